<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Minh::Cli::Context</name>
    <message>
        <source>not stated by this framework</source>
        <translation>bộ tiêu chuẩn này không quy định</translation>
    </message>
    <message>
        <source>mức độ %1</source>
        <translation>mức độ %1</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>chưa đạt</translation>
    </message>
    <message>
        <source>Creates a new school file.</source>
        <translation>Tạo một tệp dữ liệu trường mới.</translation>
    </message>
    <message>
        <source>The school file to create; it must not exist.</source>
        <translation>Tệp dữ liệu trường cần tạo; chưa được có tệp nào trùng tên.</translation>
    </message>
    <message>
        <source>The framework id (see “minh-cli frameworks”).</source>
        <translation>Mã bộ tiêu chuẩn (xem “minh-cli frameworks”).</translation>
    </message>
    <message>
        <source>The school&apos;s name.</source>
        <translation>Tên trường.</translation>
    </message>
    <message>
        <source>The school year, e.g. 2025-2026.</source>
        <translation>Năm học, ví dụ 2025-2026.</translation>
    </message>
    <message>
        <source>Unknown framework “%1”; see “minh-cli frameworks”.</source>
        <translation>Không có bộ tiêu chuẩn “%1”; xem danh sách bằng lệnh “minh-cli frameworks”.</translation>
    </message>
    <message>
        <source>Give the school&apos;s name with --school.</source>
        <translation>Hãy cho biết tên trường bằng tùy chọn --school.</translation>
    </message>
    <message>
        <source>“%1” is not a school year; write it as 2025-2026.</source>
        <translation>“%1” không phải là năm học; hãy viết theo dạng 2025-2026.</translation>
    </message>
    <message>
        <source>The framework %1 is for %2 schools, not “%3”.</source>
        <translation>Bộ tiêu chuẩn %1 dành cho loại trường %2, không dành cho “%3”.</translation>
    </message>
    <message>
        <source>Created %1 for %2 under %3.</source>
        <translation>Đã tạo %1 cho %2 theo Thông tư %3.</translation>
    </message>
    <message>
        <source>Creates the demo school, a fictional school with a realistic assessment.</source>
        <translation>Tạo trường minh họa: một trường giả định có kết quả tự đánh giá sát với thực tế.</translation>
    </message>
    <message>
        <source>The framework id (default tt57-2026).</source>
        <translation>Mã bộ tiêu chuẩn (mặc định là tt57-2026).</translation>
    </message>
    <message>
        <source>Created the demo school %1 under %2.</source>
        <translation>Đã tạo trường minh họa %1 theo Thông tư %2.</translation>
    </message>
    <message>
        <source>Records verdicts: {&quot;indicators&quot;: {&quot;1.1/1/a&quot;: true, …}, &quot;level4&quot;: {&quot;1&quot;: false}}; null clears a verdict.</source>
        <translation>Ghi kết quả đánh giá: {&quot;indicators&quot;: {&quot;1.1/1/a&quot;: true, …}, &quot;level4&quot;: {&quot;1&quot;: false}}; giá trị null xóa một kết quả đã ghi.</translation>
    </message>
    <message>
        <source>The school file.</source>
        <translation>Tệp dữ liệu trường.</translation>
    </message>
    <message>
        <source>The JSON file with the verdicts (- for standard input).</source>
        <translation>Tệp JSON chứa kết quả đánh giá (ghi - để đọc từ đầu vào chuẩn).</translation>
    </message>
    <message>
        <source>Give the verdicts with --json FILE.</source>
        <translation>Hãy chỉ ra tệp kết quả đánh giá bằng --json FILE.</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n verdict(s).</source>
        <translation>
            <numerusform>Đã ghi %n kết quả đánh giá.</numerusform>
        </translation>
    </message>
    <message>
        <source>Computes the criterion, standard, school and national-standard levels.</source>
        <translation>Tính mức đạt của các tiêu chí, tiêu chuẩn, của trường và mức độ đạt chuẩn quốc gia.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>In kết quả dạng JSON.</translation>
    </message>
    <message>
        <source>School level: %1</source>
        <translation>Mức đánh giá của trường: %1</translation>
    </message>
    <message>
        <source>National standard: %1</source>
        <translation>Chuẩn quốc gia: %1</translation>
    </message>
    <message>
        <source>Standard %1: %2</source>
        <translation>Tiêu chuẩn %1: %2</translation>
    </message>
    <message>
        <source>Mức %1 is not reached because:</source>
        <translation>Chưa đạt Mức %1 vì:</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) or requirement(s) not yet judged.</source>
        <translation>
            <numerusform>Còn %n chỉ báo hoặc yêu cầu chưa đánh giá.</numerusform>
        </translation>
    </message>
    <message>
        <source>Prints the whole assessment as JSON.</source>
        <translation>In toàn bộ kết quả tự đánh giá dạng JSON.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read: %2</source>
        <translation>Không đọc được tệp “%1”: %2</translation>
    </message>
    <message>
        <source>The file “%1” is larger than %2 bytes, too large for this input.</source>
        <translation>Tệp “%1” lớn hơn %2 byte, quá lớn đối với dữ liệu đầu vào này.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Không có lệnh “%1”.</translation>
    </message>
    <message>
        <source>Lists the frameworks Minh knows.</source>
        <translation>Liệt kê các bộ tiêu chuẩn có trong Minh.</translation>
    </message>
    <message>
        <source>Validates a framework file and makes it available for new assessments.</source>
        <translation>Kiểm tra một tệp bộ tiêu chuẩn và đưa vào sử dụng cho các đợt tự đánh giá mới.</translation>
    </message>
    <message>
        <source>The framework file (JSON, Minh&apos;s framework format).</source>
        <translation>Tệp bộ tiêu chuẩn (JSON, theo định dạng bộ tiêu chuẩn của Minh).</translation>
    </message>
    <message>
        <source>Imported %1 (%2). Existing school files keep the framework they were made with; use “minh-cli upgrade” to move one to this version.</source>
        <translation>Đã nhập bộ tiêu chuẩn %1 (Thông tư %2). Các tệp dữ liệu trường đã có vẫn giữ bộ tiêu chuẩn đã dùng khi tạo tệp; dùng “minh-cli upgrade” để chuyển một tệp sang phiên bản này.</translation>
    </message>
    <message>
        <source>Shows what a newer version of the assessment&apos;s framework changes, and applies it with --apply.</source>
        <translation>Cho biết phiên bản mới hơn của bộ tiêu chuẩn mà đợt tự đánh giá đang dùng thay đổi những gì; áp dụng phiên bản đó khi có --apply.</translation>
    </message>
    <message>
        <source>Take the newer framework from this file instead of the frameworks Minh knows.</source>
        <translation>Lấy bộ tiêu chuẩn mới hơn từ tệp này thay vì từ các bộ tiêu chuẩn có trong Minh.</translation>
    </message>
    <message>
        <source>Apply the changes (verdicts of removed or reworded indicators are cleared).</source>
        <translation>Áp dụng các thay đổi (kết quả đánh giá của các chỉ báo bị bỏ hoặc được sửa lời văn sẽ bị xóa).</translation>
    </message>
    <message>
        <source>Minh knows no other version of %1.</source>
        <translation>Minh không có phiên bản nào khác của %1.</translation>
    </message>
    <message>
        <source>The assessment already uses this version of %1.</source>
        <translation>Đợt tự đánh giá đã dùng phiên bản này của %1.</translation>
    </message>
    <message>
        <source>Nothing was changed. Run again with --apply to upgrade.</source>
        <translation>Chưa có thay đổi nào được áp dụng. Hãy chạy lại lệnh với --apply để chuyển sang phiên bản mới.</translation>
    </message>
    <message>
        <source>The assessment now uses the newer version of %1.</source>
        <translation>Đợt tự đánh giá nay đã dùng phiên bản mới hơn của %1.</translation>
    </message>
    <message>
        <source>The school type, one of those the framework lists.</source>
        <translation>Loại trường, một trong các loại mà bộ tiêu chuẩn liệt kê.</translation>
    </message>
    <message>
        <source>This command takes no file.</source>
        <translation>Lệnh này không nhận tệp nào.</translation>
    </message>
    <message>
        <source>Give exactly one file.</source>
        <translation>Hãy chỉ ra đúng một tệp.</translation>
    </message>
    <message>
        <source>verified against the official document</source>
        <translation>đã đối chiếu với văn bản chính thức</translation>
    </message>
    <message>
        <source>not verified against the official document</source>
        <translation>chưa đối chiếu với văn bản chính thức</translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s) would be cleared because their indicator changed.</source>
        <translation>
            <numerusform>Sẽ xóa %n kết quả đánh giá vì chỉ báo tương ứng đã thay đổi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s) were cleared because their indicator changed.</source>
        <translation>
            <numerusform>Đã xóa %n kết quả đánh giá vì chỉ báo tương ứng đã thay đổi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give at least %n file(s) or folder(s).</source>
        <translation>
            <numerusform>Hãy chỉ ra ít nhất %n tệp hoặc thư mục.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” has the same content as a file of %2; it is stored once.</source>
        <translation>“%1” trùng nội dung với một tệp của minh chứng %2; nội dung này chỉ được lưu một lần.</translation>
    </message>
    <message>
        <source>Adds an evidence item, imports its files into the school file and prints the item&apos;s code.</source>
        <translation>Thêm một minh chứng, nhập các tệp của minh chứng vào tệp dữ liệu trường và in ra mã minh chứng.</translation>
    </message>
    <message>
        <source>Files to attach (none for an item kept only on paper).</source>
        <translation>Các tệp cần đính kèm (để trống nếu minh chứng chỉ có bản giấy).</translation>
    </message>
    <message>
        <source>The criterion where the item is first used.</source>
        <translation>Tiêu chí đầu tiên dùng minh chứng.</translation>
    </message>
    <message>
        <source>The item&apos;s title (tên minh chứng).</source>
        <translation>Tên minh chứng.</translation>
    </message>
    <message>
        <source>Number and date of issue, or time of survey.</source>
        <translation>Số, ngày ban hành hoặc thời điểm khảo sát.</translation>
    </message>
    <message>
        <source>Who issued or made it.</source>
        <translation>Nơi ban hành hoặc người thực hiện.</translation>
    </message>
    <message>
        <source>The box (hộp) it is kept in; default: the standard&apos;s number.</source>
        <translation>Số hộp đựng minh chứng; mặc định là số thứ tự của tiêu chuẩn.</translation>
    </message>
    <message>
        <source>The school year(s) it covers, e.g. 2024-2025.</source>
        <translation>Năm học của minh chứng (một hoặc nhiều năm học), ví dụ 2024-2025.</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>Ghi chú.</translation>
    </message>
    <message>
        <source>Where the original is kept, or a link.</source>
        <translation>Nơi lưu giữ bản gốc, hoặc đường liên kết.</translation>
    </message>
    <message>
        <source>Give the criterion with --criterion and the title with --title.</source>
        <translation>Hãy cho biết tiêu chí bằng tùy chọn --criterion và tên minh chứng bằng tùy chọn --title.</translation>
    </message>
    <message>
        <source>The box must be a number from 1 to 999.</source>
        <translation>Số hộp phải là số nguyên từ 1 đến 999.</translation>
    </message>
    <message>
        <source>“%1” is not a school year; write it as 2024-2025 (several separated by commas).</source>
        <translation>“%1” không phải là năm học; hãy viết theo dạng 2024-2025 (nhiều năm học thì cách nhau bằng dấu phẩy).</translation>
    </message>
    <message>
        <source>Imports more files into an existing evidence item.</source>
        <translation>Nhập thêm tệp vào một minh chứng đã có.</translation>
    </message>
    <message>
        <source>Files to attach.</source>
        <translation>Các tệp cần đính kèm.</translation>
    </message>
    <message>
        <source>The item&apos;s code.</source>
        <translation>Mã minh chứng.</translation>
    </message>
    <message numerus="yes">
        <source>Attached %n file(s) to %1.</source>
        <translation>
            <numerusform>Đã đính kèm %n tệp vào %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Records that a criterion uses an evidence item, which keeps its code.</source>
        <translation>Ghi nhận một tiêu chí dùng một minh chứng đã có; minh chứng vẫn giữ nguyên mã.</translation>
    </message>
    <message>
        <source>The criterion that uses it.</source>
        <translation>Tiêu chí dùng minh chứng.</translation>
    </message>
    <message>
        <source>Criterion %1 now uses %2.</source>
        <translation>Tiêu chí %1 nay đã dùng minh chứng %2.</translation>
    </message>
    <message>
        <source>Lists the evidence register.</source>
        <translation>In danh mục minh chứng.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n tệp</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes evidence files into a folder: one item&apos;s, or all of them in one subfolder per standard.</source>
        <translation>Ghi các tệp minh chứng ra một thư mục: các tệp của một minh chứng, hoặc tất cả các tệp, xếp vào mỗi tiêu chuẩn một thư mục con.</translation>
    </message>
    <message>
        <source>The folder to write into; created if missing.</source>
        <translation>Thư mục để ghi tệp vào; nếu chưa có thì sẽ được tạo.</translation>
    </message>
    <message>
        <source>Only this item.</source>
        <translation>Chỉ ghi các tệp của minh chứng có mã này.</translation>
    </message>
    <message>
        <source>Checks the evidence: criteria without evidence, items cited nowhere, citations of nothing, missing or damaged files, the evidence window, missing titles, dates and issuers. Exit status 1 when it finds errors.</source>
        <translation>Kiểm tra minh chứng: tiêu chí chưa có minh chứng, minh chứng không được trích dẫn ở đâu, mã được trích dẫn nhưng không có minh chứng, tệp bị thiếu hoặc bị hỏng, khoảng thời gian của minh chứng, minh chứng chưa ghi tên, ngày ban hành hoặc nơi ban hành. Mã thoát là 1 nếu phát hiện lỗi.</translation>
    </message>
    <message>
        <source>error</source>
        <translation>lỗi</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>cảnh báo</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Không phát hiện vấn đề nào.</translation>
    </message>
    <message>
        <source>kept in the file but no longer shown: %1</source>
        <translation>vẫn được giữ trong tệp nhưng không còn hiển thị: %1</translation>
    </message>
    <message>
        <source>Usage: minh-cli &lt;command&gt; [options]

Commands:
  frameworks [--json]                      list the frameworks Minh knows
  framework-import FILE                    validate and import a framework file
  new OUT.minh --framework ID --school NAME [--year YYYY-YYYY] [--type TYPE]
                                           create a school file
  demo OUT.minh [--framework ID]           create the demo school
  judge FILE --json J.json                 record verdicts from a JSON file
  level FILE [--json]                      compute the levels, with reasons
  show FILE [--json]                       the whole assessment
  upgrade FILE [--framework-file F] [--apply]
                                           show or apply a newer version of the framework
  evidence add FILE --criterion CODE --title TEXT [--issued TEXT] [--issuer TEXT]
               [--box N] [--year YYYY-YYYY] [PATH...]
                                           add an evidence item with its files; prints its code
  evidence attach FILE --code CODE PATH... attach more files to an item
  evidence cite FILE --code CODE --criterion CODE
                                           record that a criterion uses an item
  evidence list FILE [--json]              the evidence register
  evidence extract FILE OUTDIR [--code CODE]
                                           write evidence files into a folder
  evidence renumber FILE [--box-per-standard] [--apply]
                                           renumber codes without gaps, updating citations
  check FILE [--json]                      the evidence health check (exit 1 on errors)

Exit status: 0 success, 1 a check failed, 2 bad usage or bad input.
</source>
        <translation>Cách dùng: minh-cli &lt;lệnh&gt; [tùy chọn]

Các lệnh:
  frameworks [--json]                      liệt kê các bộ tiêu chuẩn có trong Minh
  framework-import FILE                    kiểm tra và nhập một tệp bộ tiêu chuẩn
  new OUT.minh --framework ID --school NAME [--year YYYY-YYYY] [--type TYPE]
                                           tạo một tệp dữ liệu trường
  demo OUT.minh [--framework ID]           tạo trường minh họa
  judge FILE --json J.json                 ghi kết quả đánh giá từ một tệp JSON
  level FILE [--json]                      tính các mức đạt được, kèm lý do
  show FILE [--json]                       in toàn bộ kết quả tự đánh giá
  upgrade FILE [--framework-file F] [--apply]
                                           xem hoặc áp dụng phiên bản mới hơn của bộ tiêu chuẩn
  evidence add FILE --criterion CODE --title TEXT [--issued TEXT] [--issuer TEXT]
               [--box N] [--year YYYY-YYYY] [PATH...]
                                           thêm một minh chứng cùng các tệp; in ra mã minh chứng
  evidence attach FILE --code CODE PATH... đính kèm thêm tệp vào một minh chứng
  evidence cite FILE --code CODE --criterion CODE
                                           ghi nhận một tiêu chí dùng một minh chứng
  evidence list FILE [--json]              danh mục minh chứng
  evidence extract FILE OUTDIR [--code CODE]
                                           xuất các tệp minh chứng ra một thư mục
  evidence renumber FILE [--box-per-standard] [--apply]
                                           đánh lại mã cho liền số, cập nhật các trích dẫn
  check FILE [--json]                      kiểm tra minh chứng (mã thoát 1 nếu có lỗi)

Mã thoát: 0 thành công; 1 có bước kiểm tra không đạt; 2 gọi lệnh sai hoặc dữ liệu đầu vào không hợp lệ.
</translation>
    </message>
    <message>
        <source>Shows how the evidence codes would be renumbered (per criterion 01, 02… without gaps) and, with --apply, renumbers them and updates every citation in the texts.</source>
        <translation>Cho xem các mã minh chứng sẽ được đánh lại thế nào (theo từng tiêu chí 01, 02… liền số) và, với --apply, đánh lại mã và cập nhật mọi trích dẫn trong các phần viết.</translation>
    </message>
    <message>
        <source>Also put every item in the box of its standard.</source>
        <translation>Đồng thời xếp mỗi minh chứng vào hộp của tiêu chuẩn tương ứng.</translation>
    </message>
    <message>
        <source>Apply the changes shown.</source>
        <translation>Áp dụng các thay đổi đã hiển thị.</translation>
    </message>
    <message>
        <source>The codes are already numbered without gaps; nothing to change.</source>
        <translation>Các mã đã được đánh liền số; không có gì cần thay đổi.</translation>
    </message>
    <message>
        <source>The texts cite %1, but no item has these codes; renumbering would make the citations point at other items. Correct them first.</source>
        <translation>Các phần viết đang trích dẫn %1 nhưng không có minh chứng nào mang mã này; nếu đánh lại mã, các trích dẫn đó sẽ trỏ sang minh chứng khác. Hãy sửa chúng trước.</translation>
    </message>
    <message>
        <source>Nothing was changed. Run again with --apply to renumber.</source>
        <translation>Chưa có thay đổi nào được áp dụng. Hãy chạy lại lệnh với --apply để đánh lại mã.</translation>
    </message>
    <message numerus="yes">
        <source>Renumbered %n item(s); citations in the texts were updated.</source>
        <translation>
            <numerusform>Đã đánh lại mã %n minh chứng; các trích dẫn trong phần viết đã được cập nhật.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown evidence command “%1”; use add, attach, cite, list, extract or renumber.</source>
        <translation>Không có lệnh minh chứng “%1”; hãy dùng add, attach, cite, list, extract hoặc renumber.</translation>
    </message>
</context>
<context>
    <name>Minh::Core::CriteriaTreeModel</name>
    <message>
        <source>Mức %1</source>
        <translation>Mức %1</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <source>Standard %1: %2</source>
        <translation>Tiêu chuẩn %1: %2</translation>
    </message>
    <message>
        <source>%1 %2 (mandatory)</source>
        <translation>%1 %2 (bắt buộc)</translation>
    </message>
    <message>
        <source>Standard / criterion</source>
        <translation>Tiêu chuẩn / tiêu chí</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Mức</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Người viết</translation>
    </message>
</context>
<context>
    <name>Minh::Core::CriterionProgress</name>
    <message>
        <source>Not started</source>
        <translation>Chưa bắt đầu</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>Evidence missing</source>
        <translation>Thiếu minh chứng</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Hoàn thành</translation>
    </message>
</context>
<context>
    <name>Minh::Core::DemoSchoolBuilder</name>
    <message>
        <source>The demo school&apos;s content is missing from this build of Minh.</source>
        <translation>Bản Minh này thiếu dữ liệu của trường minh họa.</translation>
    </message>
    <message>
        <source>The file “%1” already exists; choose another name.</source>
        <translation>Tệp “%1” đã có; hãy chọn tên khác.</translation>
    </message>
    <message>
        <source>The file “%1” could not be created.</source>
        <translation>Không tạo được tệp “%1”.</translation>
    </message>
    <message>
        <source>A temporary folder for the demo&apos;s files cannot be created.</source>
        <translation>Không tạo được thư mục tạm cho các tệp của trường minh họa.</translation>
    </message>
</context>
<context>
    <name>Minh::Core::EvidenceExtractor</name>
    <message>
        <source>“%1” is a file, not a folder.</source>
        <translation>“%1” là một tệp, không phải thư mục.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>Không tạo được thư mục “%1”.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be written: %2</source>
        <translation>Không ghi được tệp “%1”: %2</translation>
    </message>
    <message>
        <source>%1 could not be extracted: %2</source>
        <translation>Không xuất được các tệp của minh chứng %1: %2</translation>
    </message>
    <message>
        <source>There is no evidence item with the code %1.</source>
        <translation>Không có minh chứng nào mang mã %1.</translation>
    </message>
    <message>
        <source>%1 has no files; it is kept at: %2</source>
        <translation>Minh chứng %1 không có tệp nào; nơi lưu giữ: %2</translation>
    </message>
    <message>
        <source>(no place given)</source>
        <translation>(chưa ghi)</translation>
    </message>
    <message>
        <source>Standard %1</source>
        <translation>Tiêu chuẩn %1</translation>
    </message>
</context>
<context>
    <name>Minh::Core::EvidenceHealth</name>
    <message>
        <source>Criterion %1 cites %2, but no evidence item has that code.</source>
        <translation>Tiêu chí %1 trích dẫn %2, nhưng không có minh chứng nào mang mã này.</translation>
    </message>
    <message>
        <source>Standard %1 cites %2, but no evidence item has that code.</source>
        <translation>Tiêu chuẩn %1 trích dẫn %2, nhưng không có minh chứng nào mang mã này.</translation>
    </message>
    <message>
        <source>Criterion %1 has no evidence.</source>
        <translation>Tiêu chí %1 chưa có minh chứng.</translation>
    </message>
    <message>
        <source>%1 (%2) is not cited in any text.</source>
        <translation>Minh chứng %1 (%2) chưa được trích dẫn trong nội dung nào.</translation>
    </message>
    <message>
        <source>%1 has no file and no place where it is kept.</source>
        <translation>Minh chứng %1 không có tệp và chưa ghi nơi lưu giữ.</translation>
    </message>
    <message>
        <source>The file “%1” of %2 is damaged in the school file.</source>
        <translation>Tệp “%1” của minh chứng %2 bị hỏng trong tệp dữ liệu trường.</translation>
    </message>
    <message>
        <source>The file “%1” of %2 is the same as a file of %3.</source>
        <translation>Tệp “%1” của minh chứng %2 trùng với một tệp của minh chứng %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is outside the evidence window: the assessment of %2 takes evidence from the %n school year(s) up to it.</source>
        <translation>
            <numerusform>Minh chứng %1 nằm ngoài khoảng thời gian của minh chứng: đợt tự đánh giá năm học %2 lấy minh chứng trong %n năm học tính đến năm học đó.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no title.</source>
        <translation>Minh chứng %1 chưa có tên.</translation>
    </message>
    <message>
        <source>%1 has no number and date of issue or time of survey.</source>
        <translation>Minh chứng %1 chưa có số, ngày ban hành hoặc thời điểm khảo sát.</translation>
    </message>
    <message>
        <source>%1 has no issuer or author.</source>
        <translation>Minh chứng %1 chưa có nơi ban hành hoặc người thực hiện.</translation>
    </message>
</context>
<context>
    <name>Minh::Core::EvidenceRenumbering</name>
    <message>
        <source>Renumbering would give items the codes %1, which the texts already cite although no item has them. Correct those citations first (see the evidence check).</source>
        <translation>Nếu đánh lại mã, các minh chứng sẽ nhận mã %1 — những mã đang được trích dẫn trong phần viết dù không có minh chứng nào mang chúng. Hãy sửa các trích dẫn đó trước (xem phần kiểm tra minh chứng).</translation>
    </message>
</context>
<context>
    <name>Minh::Core::EvidenceStore</name>
    <message>
        <source>The school file could not be written (%1).</source>
        <translation>Không ghi được vào tệp dữ liệu trường (%1).</translation>
    </message>
    <message>
        <source>The file “%1” could not be read: %2</source>
        <translation>Không đọc được tệp “%1”: %2</translation>
    </message>
    <message>
        <source>The file “%1” could not be stored in the school file (%2). Is the disk full?</source>
        <translation>Không lưu được tệp “%1” vào tệp dữ liệu trường (%2). Có thể ổ đĩa đã đầy.</translation>
    </message>
    <message>
        <source>Importing “%1” was cancelled.</source>
        <translation>Đã hủy việc nhập “%1”.</translation>
    </message>
    <message>
        <source>“%1” is a folder; choose the files inside it.</source>
        <translation>“%1” là một thư mục; hãy chọn các tệp bên trong thư mục đó.</translation>
    </message>
    <message>
        <source>The file “%1” is already attached to this item.</source>
        <translation>Tệp “%1” đã được đính kèm vào minh chứng này.</translation>
    </message>
    <message>
        <source>The school file has no stored file with number %1.</source>
        <translation>Tệp dữ liệu trường không có tệp đã lưu nào mang số %1.</translation>
    </message>
    <message>
        <source>A stored file is damaged: part %1 is missing.</source>
        <translation>Một tệp đã lưu bị hỏng: thiếu phần %1.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Không ghi được tệp: %1</translation>
    </message>
    <message>
        <source>Extracting was cancelled.</source>
        <translation>Đã hủy việc xuất tệp.</translation>
    </message>
    <message>
        <source>A stored file is damaged: its content no longer matches its SHA-256 checksum.</source>
        <translation>Một tệp đã lưu bị hỏng: nội dung không còn khớp với mã kiểm tra SHA-256.</translation>
    </message>
    <message>
        <source>The file “%1” changed while it was being imported; import it again when it is finished.</source>
        <translation>Tệp “%1” đã thay đổi trong khi đang được nhập; hãy nhập lại khi tệp đã hoàn tất.</translation>
    </message>
    <message>
        <source>“%1” is the school file itself (or one of its working files) and cannot be evidence in it.</source>
        <translation>“%1” chính là tệp dữ liệu trường (hoặc một tệp làm việc của nó) nên không thể làm minh chứng trong chính nó.</translation>
    </message>
    <message>
        <source>“%1” is not an ordinary file.</source>
        <translation>“%1” không phải là một tệp thông thường.</translation>
    </message>
</context>
<context>
    <name>Minh::Core::FrameworkCatalog</name>
    <message>
        <source>The imported framework “%1” cannot be read: %2</source>
        <translation>Không đọc được bộ tiêu chuẩn đã nhập “%1”: %2</translation>
    </message>
    <message>
        <source>The framework file “%1” cannot be read: %2</source>
        <translation>Không đọc được tệp bộ tiêu chuẩn “%1”: %2</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>Không tạo được thư mục “%1”.</translation>
    </message>
    <message>
        <source>The framework cannot be saved to “%1”: %2</source>
        <translation>Không lưu được bộ tiêu chuẩn vào “%1”: %2</translation>
    </message>
</context>
<context>
    <name>Minh::Core::FrameworkParser</name>
    <message>
        <source>Framework file “%1”: %2</source>
        <translation>Tệp bộ tiêu chuẩn “%1”: %2</translation>
    </message>
    <message>
        <source>the field “%1” is missing.</source>
        <translation>thiếu mục “%1”.</translation>
    </message>
    <message>
        <source>the field “%1” must be text.</source>
        <translation>mục “%1” phải là văn bản.</translation>
    </message>
    <message>
        <source>the field “%1” is empty.</source>
        <translation>mục “%1” đang để trống.</translation>
    </message>
    <message>
        <source>the field “%1” must be a whole number from %2 to %3.</source>
        <translation>mục “%1” phải là số nguyên từ %2 đến %3.</translation>
    </message>
    <message>
        <source>the field “%1” must be true or false.</source>
        <translation>mục “%1” phải là true hoặc false.</translation>
    </message>
    <message>
        <source>the field “%1” must be a list.</source>
        <translation>mục “%1” phải là một danh sách.</translation>
    </message>
    <message>
        <source>“%1” must be an object.</source>
        <translation>“%1” phải là một đối tượng JSON.</translation>
    </message>
    <message>
        <source>“%1” must be a list of texts.</source>
        <translation>“%1” phải là một danh sách văn bản.</translation>
    </message>
    <message>
        <source>“%1” must be a date written as YYYY-MM-DD.</source>
        <translation>“%1” phải là ngày tháng viết theo dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>the text field “%1” is listed twice in “%2”.</source>
        <translation>mục nội dung “%1” được liệt kê hai lần trong “%2”.</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB, far more than any framework needs.</source>
        <translation>tệp lớn hơn %1 MB, vượt xa dung lượng cần cho một bộ tiêu chuẩn.</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at character %2).</source>
        <translation>tệp không phải là JSON hợp lệ (%1 tại ký tự thứ %2).</translation>
    </message>
    <message>
        <source>it is not a Minh framework file (the field “format” must be “minh-framework”).</source>
        <translation>đây không phải là tệp bộ tiêu chuẩn của Minh (mục “format” phải là “minh-framework”).</translation>
    </message>
    <message>
        <source>it was made for a newer version of Minh (format version %1; this version reads up to %2).</source>
        <translation>tệp được tạo cho phiên bản Minh mới hơn (phiên bản định dạng %1; phiên bản Minh này chỉ đọc được đến phiên bản %2).</translation>
    </message>
    <message>
        <source>the field “format_version” must be a whole number from 1 to %1.</source>
        <translation>mục “format_version” phải là số nguyên từ 1 đến %1.</translation>
    </message>
    <message>
        <source>the text at “%1” is not in Unicode NFC form; save the file with composed characters.</source>
        <translation>văn bản tại “%1” không ở dạng Unicode NFC; hãy lưu tệp bằng bảng mã Unicode dựng sẵn.</translation>
    </message>
    <message>
        <source>the id “%1” may contain only lowercase letters, digits, dots and hyphens.</source>
        <translation>mã “%1” chỉ được chứa chữ thường không dấu, chữ số, dấu chấm và dấu gạch ngang.</translation>
    </message>
    <message>
        <source>the framework has no standards.</source>
        <translation>bộ tiêu chuẩn không có tiêu chuẩn nào.</translation>
    </message>
    <message>
        <source>standard %1 appears more than once.</source>
        <translation>tiêu chuẩn %1 xuất hiện nhiều lần.</translation>
    </message>
    <message>
        <source>standard %1 has no criteria.</source>
        <translation>tiêu chuẩn %1 không có tiêu chí nào.</translation>
    </message>
    <message>
        <source>criterion code “%1” at “%2” must be “%3.n”.</source>
        <translation>mã tiêu chí “%1” tại “%2” phải có dạng “%3.n”.</translation>
    </message>
    <message>
        <source>criterion code “%1” appears more than once.</source>
        <translation>mã tiêu chí “%1” xuất hiện nhiều lần.</translation>
    </message>
    <message>
        <source>criterion %1 has indicators for Mức %2, but the framework&apos;s criteria go up to Mức %3.</source>
        <translation>tiêu chí %1 có chỉ báo ở Mức %2, nhưng các tiêu chí của bộ tiêu chuẩn chỉ có đến Mức %3.</translation>
    </message>
    <message>
        <source>criterion %1 has two indicators “%2” at Mức %3.</source>
        <translation>tiêu chí %1 có hai chỉ báo “%2” ở Mức %3.</translation>
    </message>
    <message>
        <source>“%1” is repealed by “%2”, which is not listed under “amendments”.</source>
        <translation>“%1” bị bãi bỏ theo “%2”, nhưng văn bản này không có trong danh sách “amendments”.</translation>
    </message>
    <message>
        <source>requirement %1 of “%2” appears more than once.</source>
        <translation>yêu cầu %1 của “%2” xuất hiện nhiều lần.</translation>
    </message>
    <message>
        <source>“extra_requirements” lists no requirements; leave the field out instead.</source>
        <translation>“extra_requirements” không có yêu cầu nào; trường hợp này hãy bỏ hẳn mục đó.</translation>
    </message>
    <message>
        <source>“rules.standard_level” must be “all_criteria_reach”, the only rule this version knows.</source>
        <translation>“rules.standard_level” phải là “all_criteria_reach”, quy tắc duy nhất mà phiên bản Minh này hỗ trợ.</translation>
    </message>
    <message>
        <source>“rules.school_levels” is empty: the framework must say how a school reaches each level.</source>
        <translation>“rules.school_levels” đang trống: bộ tiêu chuẩn phải quy định cách trường đạt từng mức.</translation>
    </message>
    <message>
        <source>school levels in “rules.school_levels” must be numbered 1, 2, 3… in order; found %1 at position %2.</source>
        <translation>các mức của trường trong “rules.school_levels” phải được đánh số lần lượt 1, 2, 3…; nhưng ở vị trí %2 lại là %1.</translation>
    </message>
    <message>
        <source>school level %1 has no conditions.</source>
        <translation>quy tắc Mức %1 của trường không có điều kiện nào.</translation>
    </message>
    <message>
        <source>“%1.extra_requirements” must be “all”.</source>
        <translation>“%1.extra_requirements” phải là “all”.</translation>
    </message>
    <message>
        <source>school level %1 needs the extra requirements, but the framework has none.</source>
        <translation>quy tắc Mức %1 của trường cần các yêu cầu bổ sung, nhưng bộ tiêu chuẩn không có yêu cầu bổ sung nào.</translation>
    </message>
    <message>
        <source>“%1.criteria” must be “all”, “mandatory”, “optional” or a list of criterion codes.</source>
        <translation>“%1.criteria” phải là “all”, “mandatory”, “optional” hoặc một danh sách mã tiêu chí.</translation>
    </message>
    <message>
        <source>the rule for school level %1 refers to criterion “%2”, which the framework does not have.</source>
        <translation>quy tắc Mức %1 của trường nhắc đến tiêu chí “%2”, nhưng bộ tiêu chuẩn không có tiêu chí này.</translation>
    </message>
    <message>
        <source>“%1” needs “criteria” or “extra_requirements”.</source>
        <translation>“%1” cần có “criteria” hoặc “extra_requirements”.</translation>
    </message>
    <message>
        <source>the rule for school level %1 speaks of the “%2” criteria, but the framework has none.</source>
        <translation>quy tắc Mức %1 của trường nhắc đến nhóm tiêu chí “%2”, nhưng bộ tiêu chuẩn không có tiêu chí nào thuộc nhóm này.</translation>
    </message>
    <message>
        <source>the rule for school level %1 asks for %2 criteria out of a set of only %3.</source>
        <translation>quy tắc Mức %1 của trường yêu cầu %2 tiêu chí trong một nhóm chỉ có %3 tiêu chí.</translation>
    </message>
    <message>
        <source>“%1” has an unknown field “%2”.</source>
        <translation>“%1” có mục không hợp lệ “%2”.</translation>
    </message>
    <message>
        <source>criterion %1 has no indicators.</source>
        <translation>tiêu chí %1 không có chỉ báo nào.</translation>
    </message>
    <message>
        <source>the indicator label “%1” at “%2” must be one or two lowercase letters, or empty.</source>
        <translation>ký hiệu chỉ báo “%1” tại “%2” phải là một hoặc hai chữ cái thường, hoặc để trống.</translation>
    </message>
    <message>
        <source>the extra requirements are for Mức %1, but the rule of school level %2 uses them.</source>
        <translation>các yêu cầu bổ sung dành cho Mức %1, nhưng lại được dùng trong quy tắc Mức %2 của trường.</translation>
    </message>
</context>
<context>
    <name>Minh::Core::FrameworkUpgrade</name>
    <message>
        <source>This assessment was made under %1 (%2); it cannot be moved to %3 (%4). A different framework needs a new assessment.</source>
        <translation>Đợt tự đánh giá này được thực hiện theo Thông tư %1 (mã %2); không thể chuyển sang Thông tư %3 (mã %4). Muốn dùng bộ tiêu chuẩn khác thì cần lập một đợt tự đánh giá mới.</translation>
    </message>
    <message>
        <source>New criterion %1: %2</source>
        <translation>Tiêu chí mới %1: %2</translation>
    </message>
    <message>
        <source>Criterion %1 removed: %2</source>
        <translation>Bỏ tiêu chí %1: %2</translation>
    </message>
    <message>
        <source>Criterion %1 renamed: “%2” → “%3”</source>
        <translation>Tiêu chí %1 được đổi tên: “%2” → “%3”</translation>
    </message>
    <message>
        <source>New indicator %1: %2</source>
        <translation>Chỉ báo mới %1: %2</translation>
    </message>
    <message>
        <source>Indicator %1 removed: %2</source>
        <translation>Bỏ chỉ báo %1: %2</translation>
    </message>
    <message>
        <source>Indicator %1 reworded: “%2” → “%3”</source>
        <translation>Chỉ báo %1 được sửa lời văn: “%2” → “%3”</translation>
    </message>
    <message>
        <source>Indicator %1 is no longer marked repealed.</source>
        <translation>Chỉ báo %1 không còn được ghi là bị bãi bỏ.</translation>
    </message>
    <message>
        <source>Indicator %1 is now repealed by %2.</source>
        <translation>Chỉ báo %1 nay bị bãi bỏ theo %2.</translation>
    </message>
    <message>
        <source>New requirement %1: %2</source>
        <translation>Yêu cầu mới %1: %2</translation>
    </message>
    <message>
        <source>Requirement %1 removed: %2</source>
        <translation>Bỏ yêu cầu %1: %2</translation>
    </message>
    <message>
        <source>Requirement %1 reworded: “%2” → “%3”</source>
        <translation>Yêu cầu %1 được sửa lời văn: “%2” → “%3”</translation>
    </message>
    <message>
        <source>The rules for school levels, amendments or national standard changed.</source>
        <translation>Quy tắc xác định mức của trường, các văn bản sửa đổi, bổ sung hoặc quy định về chuẩn quốc gia đã thay đổi.</translation>
    </message>
    <message>
        <source>The framework&apos;s description, status or provenance changed.</source>
        <translation>Phần mô tả, tình trạng hoặc nguồn gốc của bộ tiêu chuẩn đã thay đổi.</translation>
    </message>
    <message>
        <source>the text “%1” of criterion %2</source>
        <translation>nội dung “%1” của tiêu chí %2</translation>
    </message>
    <message>
        <source>the text “%1” of standard %2</source>
        <translation>nội dung “%1” của tiêu chuẩn %2</translation>
    </message>
    <message>
        <source>the assignment of criterion %1 to %2</source>
        <translation>việc phân công tiêu chí %1 cho %2</translation>
    </message>
    <message>
        <source>the evidence item %1 of criterion %2</source>
        <translation>minh chứng %1 của tiêu chí %2</translation>
    </message>
    <message>
        <source>the improvement-plan row “%1” of criterion %2</source>
        <translation>dòng “%1” trong kế hoạch cải tiến chất lượng của tiêu chí %2</translation>
    </message>
    <message>
        <source>Criterion %1 is no longer mandatory.</source>
        <translation>Tiêu chí %1 không còn là tiêu chí bắt buộc.</translation>
    </message>
    <message>
        <source>Criterion %1 becomes mandatory.</source>
        <translation>Tiêu chí %1 trở thành tiêu chí bắt buộc.</translation>
    </message>
    <message>
        <source>Standard %1 renamed: “%2” → “%3”</source>
        <translation>Tiêu chuẩn %1 được đổi tên: “%2” → “%3”</translation>
    </message>
    <message>
        <source>New text to write: “%1”.</source>
        <translation>Mục nội dung mới cần viết: “%1”.</translation>
    </message>
    <message>
        <source>The text “%1” is no longer part of the framework; what was written there stays in the file but is not shown.</source>
        <translation>Mục nội dung “%1” không còn trong bộ tiêu chuẩn; phần đã viết vẫn được giữ trong tệp nhưng không hiển thị.</translation>
    </message>
    <message>
        <source>The text “%1” is now called “%2”.</source>
        <translation>Mục nội dung “%1” nay được đổi tên thành “%2”.</translation>
    </message>
    <message>
        <source>The evidence codes or the evidence window changed: %1 → %2. Existing codes are kept.</source>
        <translation>Cách đánh mã minh chứng hoặc khoảng thời gian của minh chứng đã thay đổi: %1 → %2. Các mã đã có được giữ nguyên.</translation>
    </message>
</context>
<context>
    <name>Minh::Core::JudgementImport</name>
    <message>
        <source>The judgement file “%1” is not valid JSON (%2 at character %3).</source>
        <translation>Tệp kết quả đánh giá “%1” không phải là JSON hợp lệ (%2 tại ký tự thứ %3).</translation>
    </message>
    <message>
        <source>The judgement file “%1” must hold a JSON object.</source>
        <translation>Tệp kết quả đánh giá “%1” phải chứa một đối tượng JSON.</translation>
    </message>
    <message>
        <source>The judgement file “%1” has an unknown key “%2”; only “indicators” and “level4” are allowed.</source>
        <translation>Tệp kết quả đánh giá “%1” có khóa không hợp lệ “%2”; chỉ được dùng “indicators” và “level4”.</translation>
    </message>
    <message>
        <source>In the judgement file “%1”, “%2” must be an object.</source>
        <translation>Trong tệp kết quả đánh giá “%1”, “%2” phải là một đối tượng JSON.</translation>
    </message>
    <message>
        <source>The judgement file “%1” has an unknown key “%2”: indicators are written “&lt;criterion&gt;/&lt;level&gt;/&lt;letter or position&gt;”, e.g. “1.1/1/a”.</source>
        <translation>Tệp kết quả đánh giá “%1” có khóa không hợp lệ “%2”: chỉ báo được viết theo dạng “&lt;tiêu chí&gt;/&lt;mức&gt;/&lt;chữ cái hoặc số thứ tự&gt;”, ví dụ “1.1/1/a”.</translation>
    </message>
    <message>
        <source>In the judgement file “%1”, “%2” must be true, false or null.</source>
        <translation>Trong tệp kết quả đánh giá “%1”, “%2” phải là true, false hoặc null.</translation>
    </message>
    <message>
        <source>The judgement file “%1” has an unknown key “level4.%2”: the framework has no such requirement.</source>
        <translation>Tệp kết quả đánh giá “%1” có khóa không hợp lệ “level4.%2”: bộ tiêu chuẩn không có yêu cầu này.</translation>
    </message>
    <message>
        <source>In the judgement file “%1”, “level4.%2” must be true, false or null.</source>
        <translation>Trong tệp kết quả đánh giá “%1”, “level4.%2” phải là true, false hoặc null.</translation>
    </message>
    <message>
        <source>The judgement file “%1” has a key “%2” that cannot be judged. %3</source>
        <translation>Tệp kết quả đánh giá “%1” có khóa “%2” không thể đánh giá. %3</translation>
    </message>
</context>
<context>
    <name>Minh::Core::Migrator</name>
    <message>
        <source>Step %1 of the update failed: %2</source>
        <translation>Bước %1 của quá trình cập nhật tệp bị lỗi: %2</translation>
    </message>
</context>
<context>
    <name>Minh::Core::ReasonText</name>
    <message>
        <source>mandatory criteria</source>
        <translation>các tiêu chí bắt buộc</translation>
    </message>
    <message>
        <source>other (non-mandatory) criteria</source>
        <translation>các tiêu chí còn lại (không bắt buộc)</translation>
    </message>
    <message>
        <source>criteria</source>
        <translation>các tiêu chí</translation>
    </message>
    <message>
        <source>criteria %1</source>
        <translation>các tiêu chí %1</translation>
    </message>
    <message>
        <source>criterion %1 does not reach Mức %2: indicators not met or not yet judged: %3</source>
        <translation>tiêu chí %1 chưa đạt Mức %2 do các chỉ báo sau không đạt hoặc chưa đánh giá: %3</translation>
    </message>
    <message>
        <source>only %1 of the %2 reach Mức %3; at least %4 must</source>
        <translation>chỉ có %1 trong số %2 đạt Mức %3, trong khi cần ít nhất %4 tiêu chí</translation>
    </message>
    <message>
        <source>Mức %1 requirements not met or not yet judged: %2</source>
        <translation>các yêu cầu của Mức %1 không đạt hoặc chưa đánh giá: %2</translation>
    </message>
    <message>
        <source>Mức %1 must be reached first</source>
        <translation>phải đạt Mức %1 trước</translation>
    </message>
</context>
<context>
    <name>Minh::Core::SchoolDocument</name>
    <message>
        <source>The school file “%1” is damaged: it has no framework.</source>
        <translation>Tệp dữ liệu trường “%1” bị hỏng: không có bộ tiêu chuẩn.</translation>
    </message>
    <message>
        <source>The school file “%1” holds a framework that cannot be read. %2</source>
        <translation>Tệp dữ liệu trường “%1” chứa một bộ tiêu chuẩn không đọc được. %2</translation>
    </message>
    <message>
        <source>The school file “%1” is damaged: it has no school.</source>
        <translation>Tệp dữ liệu trường “%1” bị hỏng: không có thông tin về trường.</translation>
    </message>
    <message>
        <source>The school file “%1” is damaged: it has no assessment.</source>
        <translation>Tệp dữ liệu trường “%1” bị hỏng: không có đợt tự đánh giá.</translation>
    </message>
    <message>
        <source>The school file “%1” is damaged: the assessment has no valid rules date.</source>
        <translation>Tệp dữ liệu trường “%1” bị hỏng: đợt tự đánh giá không có ngày áp dụng quy định hợp lệ.</translation>
    </message>
    <message>
        <source>The school file “%1” is damaged. %2</source>
        <translation>Tệp dữ liệu trường “%1” bị hỏng. %2</translation>
    </message>
    <message>
        <source>The framework %1 has no indicator “%2”.</source>
        <translation>Bộ tiêu chuẩn theo Thông tư %1 không có chỉ báo “%2”.</translation>
    </message>
    <message>
        <source>The indicator “%1” was repealed by %2 (%3) and is not judged.</source>
        <translation>Chỉ báo “%1” đã bị bãi bỏ theo %2 (%3) nên không đánh giá.</translation>
    </message>
    <message>
        <source>No school file is open.</source>
        <translation>Chưa mở tệp dữ liệu trường nào.</translation>
    </message>
    <message>
        <source>The school file is open read-only.</source>
        <translation>Tệp dữ liệu trường đang được mở ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <source>The framework %1 has no requirement %2 for Mức %3.</source>
        <translation>Bộ tiêu chuẩn theo Thông tư %1 không có yêu cầu %2 của Mức %3.</translation>
    </message>
    <message>
        <source>The framework %1 has no criterion “%2”.</source>
        <translation>Bộ tiêu chuẩn theo Thông tư %1 không có tiêu chí “%2”.</translation>
    </message>
    <message>
        <source>The framework %1 has no standard %2.</source>
        <translation>Bộ tiêu chuẩn theo Thông tư %1 không có tiêu chuẩn %2.</translation>
    </message>
    <message>
        <source>Criteria under %1 have no text “%2”.</source>
        <translation>Tiêu chí theo Thông tư %1 không có mục văn bản “%2”.</translation>
    </message>
    <message>
        <source>Standards under %1 have no text “%2”.</source>
        <translation>Tiêu chuẩn theo Thông tư %1 không có mục văn bản “%2”.</translation>
    </message>
    <message>
        <source>There is no criterion “%1” for %2.</source>
        <translation>Không có tiêu chí “%1” cho %2.</translation>
    </message>
    <message>
        <source>An evidence item needs a title.</source>
        <translation>Minh chứng phải có tên.</translation>
    </message>
    <message>
        <source>The code %1 is already used by another evidence item.</source>
        <translation>Mã %1 đã được dùng cho một minh chứng khác.</translation>
    </message>
    <message>
        <source>There is no evidence item with the code %1.</source>
        <translation>Không có minh chứng nào mang mã %1.</translation>
    </message>
</context>
<context>
    <name>Minh::Core::SchoolFile</name>
    <message>
        <source>The file “%1” cannot be opened: %2</source>
        <translation>Không mở được tệp “%1”: %2</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>Không tìm thấy tệp “%1”.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a school file.</source>
        <translation>“%1” là một thư mục, không phải tệp dữ liệu trường.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read: %2</source>
        <translation>Không đọc được tệp “%1”: %2</translation>
    </message>
    <message>
        <source>The file “%1” is empty; it is not a Minh school file.</source>
        <translation>Tệp “%1” trống, không phải là tệp dữ liệu trường của Minh.</translation>
    </message>
    <message>
        <source>The file “%1” is not a Minh school file.</source>
        <translation>Tệp “%1” không phải là tệp dữ liệu trường của Minh.</translation>
    </message>
    <message>
        <source>The file “%1” is damaged: it ends after %2 bytes.</source>
        <translation>Tệp “%1” bị hỏng: tệp bị cụt, chỉ có %2 byte.</translation>
    </message>
    <message>
        <source>The file “%1” is damaged and cannot be opened (%2).</source>
        <translation>Tệp “%1” bị hỏng, không mở được (%2).</translation>
    </message>
    <message>
        <source>The file “%1” is a database of another program, not a Minh school file.</source>
        <translation>Tệp “%1” là cơ sở dữ liệu của một chương trình khác, không phải là tệp dữ liệu trường của Minh.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be prepared for use: %2</source>
        <translation>Không chuẩn bị được tệp “%1” để sử dụng: %2</translation>
    </message>
    <message>
        <source>The file “%1” must be updated for this version of Minh, but no backup could be made beside it, so it was left unchanged. Check that the folder is writable and has free space.</source>
        <translation>Tệp “%1” cần được cập nhật cho phiên bản Minh này, nhưng không tạo được bản sao lưu bên cạnh tệp, nên tệp được giữ nguyên. Hãy kiểm tra xem thư mục có cho phép ghi và còn chỗ trống hay không.</translation>
    </message>
    <message>
        <source>The file “%1” is read-only; changes cannot be saved.</source>
        <translation>Tệp “%1” chỉ đọc; không lưu được các thay đổi.</translation>
    </message>
    <message>
        <source>The file “%1” was made by a newer version of Minh (file version %2; this version knows up to %3). It is open read-only; install the newer Minh to change it.</source>
        <translation>Tệp “%1” được tạo bằng phiên bản Minh mới hơn (phiên bản tệp %2; phiên bản Minh này chỉ hỗ trợ đến %3). Tệp được mở ở chế độ chỉ đọc; hãy cài phiên bản Minh mới hơn để sửa tệp.</translation>
    </message>
    <message>
        <source>The file “%1” was made by an older version of Minh and must be updated, but it cannot be written.</source>
        <translation>Tệp “%1” được tạo bằng phiên bản Minh cũ hơn và cần được cập nhật, nhưng không ghi được vào tệp.</translation>
    </message>
    <message>
        <source>The file “%1” is not a complete Minh school file (it was never finished).</source>
        <translation>Tệp “%1” không phải là tệp dữ liệu trường hoàn chỉnh của Minh (tệp chưa được tạo xong).</translation>
    </message>
    <message>
        <source>The file “%1” already exists; choose another name.</source>
        <translation>Tệp “%1” đã có; hãy chọn tên khác.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be created here: %2</source>
        <translation>Không tạo được tệp “%1” ở đây: %2</translation>
    </message>
    <message>
        <source>The file “%1” could not be created: %2</source>
        <translation>Không tạo được tệp “%1”: %2</translation>
    </message>
    <message>
        <source>The file “%1” could not be updated for this version of Minh (%2). A backup of the file as it was is at “%3”.</source>
        <translation>Không thể cập nhật tệp “%1” cho phiên bản Minh này (%2). Bản sao lưu của tệp trước khi cập nhật nằm tại “%3”.</translation>
    </message>
    <message>
        <source>The file “%1” was being changed when Minh or the computer stopped, and it cannot be repaired here because it cannot be written. Copy it to a folder where it can be changed and open it there once.</source>
        <translation>Tệp “%1” đang được ghi dở thì Minh hoặc máy tính bị dừng, và không thể khôi phục tệp tại đây vì không ghi được vào tệp. Hãy chép tệp sang một thư mục cho phép ghi rồi mở tệp ở đó một lần để Minh khôi phục.</translation>
    </message>
    <message>
        <source>The file “%1” is already open for changes in another program (its lock file “%1.lock” exists). Close it there first, or open it read-only.</source>
        <translation>Tệp “%1” đang được mở để chỉnh sửa trong một chương trình khác (tệp khóa “%1.lock” đang tồn tại). Hãy đóng tệp ở đó trước, hoặc mở ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <source>The file “%1” is already open for changes in Minh on the computer “%2” (process %3). Close it there first, or open it read-only.</source>
        <translation>Tệp “%1” đang được mở để chỉnh sửa trong Minh trên máy “%2” (tiến trình %3). Hãy đóng tệp ở đó trước, hoặc mở ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <source>The file “%1” is open read-only: no lock file can be made in its folder, so Minh could not tell whether someone else is changing it.</source>
        <translation>Tệp “%1” được mở ở chế độ chỉ đọc: không tạo được tệp khóa trong thư mục của nó, nên Minh không biết có ai khác đang chỉnh sửa tệp hay không.</translation>
    </message>
</context>
<context>
    <name>Minh::Core::SetTextCommand</name>
    <message>
        <source>Text of criterion %1</source>
        <translation>Phần viết của tiêu chí %1</translation>
    </message>
    <message>
        <source>Text of standard %1</source>
        <translation>Phần viết của tiêu chuẩn %1</translation>
    </message>
</context>
<context>
    <name>Minh::Core::SetVerdictCommand</name>
    <message>
        <source>met</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>không đạt</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>chưa đánh giá</translation>
    </message>
    <message>
        <source>Indicator %1: %2</source>
        <translation>Chỉ báo %1: %2</translation>
    </message>
    <message>
        <source>Requirement %1: %2</source>
        <translation>Yêu cầu %1: %2</translation>
    </message>
</context>
<context>
    <name>Minh::Core::Sql</name>
    <message>
        <source>The school file could not be read or written (%1).</source>
        <translation>Không đọc hoặc ghi được tệp dữ liệu trường (%1).</translation>
    </message>
</context>
<context>
    <name>Minh::Core::ThumbnailService</name>
    <message>
        <source>Minh cannot create a temporary folder.</source>
        <translation>Minh không tạo được thư mục tạm.</translation>
    </message>
    <message>
        <source>The preview program “%1” cannot be started.</source>
        <translation>Không khởi động được chương trình tạo bản xem trước “%1”.</translation>
    </message>
    <message>
        <source>The preview of “%1” took too long and was stopped.</source>
        <translation>Việc tạo bản xem trước của “%1” mất quá nhiều thời gian nên đã bị dừng.</translation>
    </message>
    <message>
        <source>The preview program stopped unexpectedly.</source>
        <translation>Chương trình tạo bản xem trước bị dừng đột ngột.</translation>
    </message>
    <message>
        <source>The preview program failed.</source>
        <translation>Chương trình tạo bản xem trước bị lỗi.</translation>
    </message>
    <message>
        <source>The preview program gave no usable picture.</source>
        <translation>Chương trình tạo bản xem trước không tạo ra được hình ảnh dùng được.</translation>
    </message>
    <message>
        <source>The preview of “%1” cannot be made: %2</source>
        <translation>Không tạo được bản xem trước của “%1”: %2</translation>
    </message>
</context>
<context>
    <name>Minh::Core::Transaction</name>
    <message>
        <source>The school file is busy or cannot be written (%1).</source>
        <translation>Tệp dữ liệu trường đang bận hoặc không ghi được (%1).</translation>
    </message>
    <message>
        <source>The change could not be saved to the school file (%1).</source>
        <translation>Không lưu được thay đổi vào tệp dữ liệu trường (%1).</translation>
    </message>
</context>
<context>
    <name>Minh::Gui::CriterionPanel</name>
    <message>
        <source>Choose a criterion on the left to see its indicators.</source>
        <translation>Chọn một tiêu chí ở bên trái để xem các chỉ báo.</translation>
    </message>
    <message>
        <source>Criterion %1:</source>
        <translation>Tiêu chí %1:</translation>
    </message>
    <message>
        <source>Computed level: %1</source>
        <translation>Mức tính được: %1</translation>
    </message>
    <message>
        <source>This criterion is mandatory.</source>
        <translation>Đây là tiêu chí bắt buộc.</translation>
    </message>
    <message>
        <source>No requirement at this level.</source>
        <translation>Mức này không có yêu cầu.</translation>
    </message>
    <message>
        <source>Repealed by %1 (%2)</source>
        <translation>Bị bãi bỏ theo %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Minh::Gui::ExtraRequirementsPanel</name>
    <message>
        <source>The school reaches %1.</source>
        <translation>Trường đạt %1.</translation>
    </message>
    <message>
        <source>School level now: %1.</source>
        <translation>Mức đánh giá hiện tại của trường: %1.</translation>
    </message>
</context>
<context>
    <name>Minh::Gui::FrameworkInfoPanel</name>
    <message>
        <source>The text has been verified against the official document.</source>
        <translation>Nội dung đã được đối chiếu với văn bản chính thức.</translation>
    </message>
    <message>
        <source>The text has NOT been verified against the official document. Check it before relying on it.</source>
        <translation>Nội dung CHƯA được đối chiếu với văn bản chính thức. Hãy kiểm tra lại trước khi sử dụng.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Issued %1, effective %2; for schools of type %3.</source>
        <translation>Ban hành ngày %1, có hiệu lực từ ngày %2; áp dụng cho loại trường %3.</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Văn bản sửa đổi, bổ sung</translation>
    </message>
    <message>
        <source>effective %1</source>
        <translation>có hiệu lực từ ngày %1</translation>
    </message>
    <message>
        <source>How the school level is decided</source>
        <translation>Cách xác định mức đánh giá của trường</translation>
    </message>
    <message>
        <source>National standard</source>
        <translation>Chuẩn quốc gia</translation>
    </message>
    <message>
        <source>%1 requirements (%2)</source>
        <translation>Các yêu cầu của %1 (%2)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Nguồn tham khảo</translation>
    </message>
    <message>
        <source>Transcription notes</source>
        <translation>Ghi chú về việc chép lại văn bản</translation>
    </message>
    <message>
        <source>Source of the level mapping: %1</source>
        <translation>Nguồn của cách quy đổi mức: %1</translation>
    </message>
</context>
<context>
    <name>Minh::Gui::MainWindow</name>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Framework and sources</source>
        <translation>Bộ tiêu chuẩn và nguồn</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <source>Open the &amp;demo school</source>
        <translation>Mở trường minh &amp;họa</translation>
    </message>
    <message>
        <source>&amp;Import a framework file…</source>
        <translation>&amp;Nhập tệp bộ tiêu chuẩn…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>Open a school file</source>
        <translation>Mở tệp dữ liệu trường</translation>
    </message>
    <message>
        <source>Minh school files (*.minh);;All files (*)</source>
        <translation>Tệp dữ liệu trường của Minh (*.minh);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Import a framework file</source>
        <translation>Nhập tệp bộ tiêu chuẩn</translation>
    </message>
    <message>
        <source>Framework files (*.json);;All files (*)</source>
        <translation>Tệp bộ tiêu chuẩn (*.json);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Minh</source>
        <translation>Minh</translation>
    </message>
    <message>
        <source>The framework %1 (%2) can now be used for new assessments. Existing school files keep the framework they were made with.</source>
        <translation>Từ nay có thể dùng bộ tiêu chuẩn theo Thông tư %1 (mã %2) cho các đợt tự đánh giá mới. Các tệp dữ liệu trường đã có vẫn giữ bộ tiêu chuẩn đã dùng khi tạo tệp.</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Minh.</source>
        <translation>Ngôn ngữ mới sẽ được dùng từ lần mở Minh tiếp theo.</translation>
    </message>
    <message>
        <source>%1 — %2 — Minh</source>
        <translation>%1 — %2 — Minh</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Hoàn tác: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Làm lại: %1</translation>
    </message>
    <message>
        <source>Open it read-only?</source>
        <translation>Mở ở chế độ chỉ đọc?</translation>
    </message>
    <message>
        <source>Open read-only: changes cannot be saved.</source>
        <translation>Đang mở ở chế độ chỉ đọc: không thể lưu thay đổi.</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Mọi tình trạng</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Mọi người</translation>
    </message>
</context>
<context>
    <name>Minh::Gui::SchoolHeader</name>
    <message>
        <source>text verified against the official document</source>
        <translation>nội dung đã đối chiếu với văn bản chính thức</translation>
    </message>
    <message>
        <source>text not yet verified against the official document</source>
        <translation>nội dung chưa đối chiếu với văn bản chính thức</translation>
    </message>
    <message>
        <source>School year %1 · %2 · %3</source>
        <translation>Năm học %1 · Thông tư %2 · %3</translation>
    </message>
    <message>
        <source>School level: %1</source>
        <translation>Mức đánh giá của trường: %1</translation>
    </message>
    <message>
        <source>School level: Mức 1 not reached</source>
        <translation>Mức đánh giá của trường: chưa đạt Mức 1</translation>
    </message>
</context>
<context>
    <name>Minh::Gui::Startup</name>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>Không tạo được thư mục “%1”.</translation>
    </message>
    <message>
        <source>The demo school&apos;s framework is missing from this build of Minh.</source>
        <translation>Bản Minh này thiếu bộ tiêu chuẩn của trường minh họa.</translation>
    </message>
</context>
<context>
    <name>Minh::Gui::VerdictHtml</name>
    <message>
        <source>Not yet judged</source>
        <translation>Chưa đánh giá</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Không đạt</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Minh</source>
        <translation>Minh</translation>
    </message>
</context>
</TS>
