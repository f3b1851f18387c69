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
  evidence keep FILE --code CODE [--no]    mark an item kept on purpose though not cited
  evidence list FILE [--json]              the evidence register
  evidence extract FILE OUTDIR [--code CODE]
                                           write evidence files into a folder
  evidence renumber FILE [--box-per-standard] [--apply]
                                           renumber codes without gaps, updating citations
  report FILE --document NAME --out OUT.pdf|OUT.odt
                                           print the report, a form or the plan
  check FILE [--json] [--dossier]          the evidence health check (exit 1 on errors);
                                           --dossier: the completeness check of the dossier
  keygen --school NAME --out school.p12 --password-file F
                                           create a school certificate (PKCS#12)
  export FILE --out PKG.zip (--p12 F --password-file F |
         --pkcs11-module SO --token LABEL --pin-file F [--key-label L])
                                           write the signed dossier
  verify PKG [--ca CA.pem] [--pin SHA256] [--json]
                                           verify a dossier (0 valid, 1 invalid, 2 unreadable)

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
  level FILE [--json]                      tính mức đạt, kèm lý do
  show FILE [--json]                       toàn bộ đợt tự đánh giá
  upgrade FILE [--framework-file F] [--apply]
                                           xem hoặc áp dụng phiên bản mới hơn của bộ tiêu chuẩn
  evidence add FILE --criterion CODE --title TEXT [--issued TEXT] [--issuer TEXT]
               [--box N] [--year YYYY-YYYY] [PATH...]
                                           thêm một minh chứng kèm các tệp; in ra mã minh chứng
  evidence attach FILE --code CODE PATH... đính kèm thêm tệp vào một minh chứng
  evidence cite FILE --code CODE --criterion CODE
                                           ghi nhận một tiêu chí dùng một minh chứng
  evidence keep FILE --code CODE [--no]    đánh dấu giữ lại có chủ ý một minh chứng chưa được trích dẫn
  evidence list FILE [--json]              danh mục minh chứng
  evidence extract FILE OUTDIR [--code CODE]
                                           ghi các tệp minh chứng ra một thư mục
  evidence renumber FILE [--box-per-standard] [--apply]
                                           đánh lại mã cho liền mạch, cập nhật các trích dẫn
  report FILE --document NAME --out OUT.pdf|OUT.odt
                                           in báo cáo, một biểu mẫu hoặc kế hoạch
  check FILE [--json] [--dossier]          rà soát minh chứng (mã thoát 1 khi có lỗi);
                                           --dossier: kiểm tra tính đầy đủ của hồ sơ
  keygen --school NAME --out school.p12 --password-file F
                                           tạo chứng thư số của trường (PKCS#12)
  export FILE --out PKG.zip (--p12 F --password-file F |
         --pkcs11-module SO --token LABEL --pin-file F [--key-label L])
                                           ghi hồ sơ đã ký số
  verify PKG [--ca CA.pem] [--pin SHA256] [--json]
                                           kiểm tra một hồ sơ (0 hợp lệ, 1 không hợp lệ, 2 không đọc được)

Mã thoát: 0 thành công, 1 có kiểm tra không đạt, 2 dùng sai lệnh hoặc dữ liệu đầu vào sai.
</translation>
    </message>
    <message>
        <source>Marks an evidence item as kept on purpose although no text cites it, so the completeness check does not flag it (--no: undoes it).</source>
        <translation>Đánh dấu một minh chứng là giữ lại có chủ ý dù chưa có phần viết nào trích dẫn, để bước kiểm tra tính đầy đủ không báo lỗi (--no: bỏ đánh dấu).</translation>
    </message>
    <message>
        <source>No longer kept on purpose.</source>
        <translation>Bỏ đánh dấu giữ lại có chủ ý.</translation>
    </message>
    <message>
        <source>%1 is kept on purpose.</source>
        <translation>Minh chứng %1 được giữ lại có chủ ý.</translation>
    </message>
    <message>
        <source>%1 is no longer kept on purpose.</source>
        <translation>Minh chứng %1 không còn được đánh dấu giữ lại có chủ ý.</translation>
    </message>
    <message>
        <source>Unknown evidence command “%1”; use add, attach, cite, keep, list, extract or renumber.</source>
        <translation>Không có lệnh minh chứng “%1”; hãy dùng add, attach, cite, keep, list, extract hoặc renumber.</translation>
    </message>
    <message>
        <source>Checks the evidence: criteria without evidence, items cited nowhere, citations of nothing, missing or damaged files, the evidence window, missing titles, dates and issuers. Exit status 1 when it finds errors. With --dossier, the whole completeness check that export runs.</source>
        <translation>Rà soát minh chứng: tiêu chí chưa có minh chứng, minh chứng không được trích dẫn ở đâu, trích dẫn đến mã không tồn tại, tệp bị thiếu hoặc bị hỏng, thời gian của minh chứng, thiếu tên, ngày tháng hoặc nơi ban hành. Mã thoát là 1 khi phát hiện lỗi. Với --dossier: chạy toàn bộ bước kiểm tra tính đầy đủ như khi xuất hồ sơ.</translation>
    </message>
    <message>
        <source>Run the completeness check of the signed dossier instead.</source>
        <translation>Thay vào đó, kiểm tra tính đầy đủ của hồ sơ ký số.</translation>
    </message>
    <message>
        <source>Creates a school certificate (RSA-2048, self-signed) and saves it with its key as a password-protected PKCS#12 file; prints its fingerprint, which the office pins.</source>
        <translation>Tạo chứng thư số của trường (RSA-2048, tự ký) và lưu cùng khóa vào một tệp PKCS#12 có mật khẩu bảo vệ; in ra dấu vân tay của chứng thư để cơ quan quản lý ghi nhận.</translation>
    </message>
    <message>
        <source>The PKCS#12 file to write.</source>
        <translation>Tệp PKCS#12 cần ghi.</translation>
    </message>
    <message>
        <source>A file holding the password (&quot;-&quot;: standard input).</source>
        <translation>Tệp chứa mật khẩu (&quot;-&quot;: nhập từ đầu vào chuẩn).</translation>
    </message>
    <message>
        <source>Give --school, --out and --password-file.</source>
        <translation>Hãy cho biết --school, --out và --password-file.</translation>
    </message>
    <message>
        <source>Certificate SHA-256 fingerprint: %1</source>
        <translation>Dấu vân tay SHA-256 của chứng thư số: %1</translation>
    </message>
    <message>
        <source>Runs the completeness check and, when it finds no error, writes the signed dossier (an ASiC-E ZIP). Exit status 1 when the check finds errors.</source>
        <translation>Kiểm tra tính đầy đủ và, nếu không có lỗi, ghi hồ sơ đã ký số (tệp ZIP dạng ASiC-E). Mã thoát là 1 khi bước kiểm tra phát hiện lỗi.</translation>
    </message>
    <message>
        <source>The package to write.</source>
        <translation>Tệp hồ sơ cần ghi.</translation>
    </message>
    <message>
        <source>Sign with this PKCS#12 (.p12/.pfx) file.</source>
        <translation>Ký số bằng tệp PKCS#12 (.p12/.pfx) này.</translation>
    </message>
    <message>
        <source>A file holding the PKCS#12 password.</source>
        <translation>Tệp chứa mật khẩu của tệp PKCS#12.</translation>
    </message>
    <message>
        <source>Sign with a token through this PKCS#11 module.</source>
        <translation>Ký số bằng thiết bị ký số (token) qua mô-đun PKCS#11 này.</translation>
    </message>
    <message>
        <source>The token&apos;s label.</source>
        <translation>Nhãn của token.</translation>
    </message>
    <message>
        <source>The label of the key and certificate on the token.</source>
        <translation>Nhãn của khóa và chứng thư số trên token.</translation>
    </message>
    <message>
        <source>A file holding the token&apos;s PIN.</source>
        <translation>Tệp chứa mã PIN của token.</translation>
    </message>
    <message>
        <source>Give --out and either --p12 with --password-file, or --pkcs11-module with --token and --pin-file.</source>
        <translation>Hãy cho biết --out và hoặc --p12 cùng --password-file, hoặc --pkcs11-module cùng --token và --pin-file.</translation>
    </message>
    <message numerus="yes">
        <source>Signed by %1 (certificate SHA-256 %2); %n file(s) in the package.</source>
        <translation>
            <numerusform>Người ký: %1 (chứng thư số SHA-256 %2); hồ sơ có %n tệp.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifies a received dossier without any server: the signature, the signer and trust, every file, completeness and the school level. Exit status 0 valid, 1 invalid, 2 unreadable.</source>
        <translation>Kiểm tra một hồ sơ nhận được mà không cần máy chủ: chữ ký số, người ký và độ tin cậy, từng tệp, tính đầy đủ và mức đạt của trường. Mã thoát: 0 hợp lệ, 1 không hợp lệ, 2 không đọc được.</translation>
    </message>
    <message>
        <source>The package.</source>
        <translation>Tệp hồ sơ.</translation>
    </message>
    <message>
        <source>Trust signers that chain to these CA certificates (PEM).</source>
        <translation>Tin cậy người ký có chứng thư số do các chứng thư CA này cấp (PEM).</translation>
    </message>
    <message>
        <source>Trust the certificate with this SHA-256 fingerprint.</source>
        <translation>Tin cậy chứng thư số có dấu vân tay SHA-256 này.</translation>
    </message>
    <message>
        <source>The pinned fingerprint must be 64 hexadecimal digits (colons allowed).</source>
        <translation>Dấu vân tay đã ghi nhận phải gồm 64 chữ số thập lục phân (được phép có dấu hai chấm).</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Chữ ký số: %1</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>nguyên vẹn</translation>
    </message>
    <message>
        <source>NOT VALID (%1)</source>
        <translation>KHÔNG HỢP LỆ (%1)</translation>
    </message>
    <message>
        <source>Signer: %1</source>
        <translation>Người ký: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Đơn vị cấp: %1</translation>
    </message>
    <message>
        <source>Certificate SHA-256: %1</source>
        <translation>Chứng thư số SHA-256: %1</translation>
    </message>
    <message>
        <source>Certificate valid from %1 to %2</source>
        <translation>Chứng thư số có hiệu lực từ %1 đến %2</translation>
    </message>
    <message>
        <source>Signing time: %1</source>
        <translation>Thời điểm ký: %1</translation>
    </message>
    <message>
        <source>trusted (pinned fingerprint)</source>
        <translation>tin cậy (đúng dấu vân tay đã ghi nhận)</translation>
    </message>
    <message>
        <source>trusted (chains to the CA)</source>
        <translation>tin cậy (do CA cấp)</translation>
    </message>
    <message>
        <source>untrusted (%1)</source>
        <translation>không tin cậy (%1)</translation>
    </message>
    <message>
        <source>Trust: %1</source>
        <translation>Độ tin cậy: %1</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>đã bị thay đổi</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>bị thiếu</translation>
    </message>
    <message>
        <source>unexpected (not signed)</source>
        <translation>không có trong danh sách đã ký</translation>
    </message>
    <message>
        <source>File %1: %2</source>
        <translation>Tệp %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) as signed.</source>
        <translation>
            <numerusform>%n tệp đúng như khi ký.</numerusform>
        </translation>
    </message>
    <message>
        <source>School level stated: %1; recomputed from the data with the included framework: %2</source>
        <translation>Mức đạt của trường ghi trong hồ sơ: %1; tính lại từ dữ liệu theo bộ tiêu chuẩn kèm theo: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Result: VALID</source>
        <translation>Kết quả: HỢP LỆ</translation>
    </message>
    <message>
        <source>Result: NOT VALID: %1</source>
        <translation>Kết quả: KHÔNG HỢP LỆ: %1</translation>
    </message>
    <message>
        <source>Prints a document of the school as PDF or ODT: %1.</source>
        <translation>In một văn bản của trường ra tệp PDF hoặc ODT: %1.</translation>
    </message>
    <message>
        <source>The document to print.</source>
        <translation>Văn bản cần in.</translation>
    </message>
    <message>
        <source>The file to write (.pdf or .odt).</source>
        <translation>Tệp cần ghi (.pdf hoặc .odt).</translation>
    </message>
    <message>
        <source>Give the file to write with --out OUT.pdf or --out OUT.odt.</source>
        <translation>Hãy cho biết tệp cần ghi bằng --out OUT.pdf hoặc --out OUT.odt.</translation>
    </message>
    <message>
        <source>Cannot write %1: the file name must end in .pdf or .odt.</source>
        <translation>Không ghi được %1: tên tệp phải có đuôi .pdf hoặc .odt.</translation>
    </message>
    <message>
        <source>Unknown document “%1”. Minh prints: %2.</source>
        <translation>Không có văn bản “%1”. Minh in được: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Đã ghi %1 (%n trang).</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Đã ghi %1.</translation>
    </message>
</context>
<context>
    <name>Minh::Core::AddEvidenceCommand</name>
    <message>
        <source>Add evidence %1 to criterion %2</source>
        <translation>Thêm minh chứng %1 vào tiêu chí %2</translation>
    </message>
    <message numerus="yes">
        <source>Add %n evidence items to criterion %1</source>
        <translation>
            <numerusform>Thêm %n minh chứng vào tiêu chí %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Minh::Core::AsicManifest</name>
    <message>
        <source>The manifest %1 in “%2” is malformed: %3</source>
        <translation>Tệp kê khai (manifest) %1 trong “%2” bị sai cấu trúc: %3</translation>
    </message>
    <message>
        <source>it is larger than %1 bytes.</source>
        <translation>tệp lớn hơn %1 byte.</translation>
    </message>
    <message>
        <source>it contains a document type declaration.</source>
        <translation>tệp có khai báo kiểu tài liệu (DTD).</translation>
    </message>
    <message>
        <source>its root element is not asic:ASiCManifest.</source>
        <translation>phần tử gốc không phải là asic:ASiCManifest.</translation>
    </message>
    <message>
        <source>a reference has no valid URI.</source>
        <translation>có một tham chiếu không có URI hợp lệ.</translation>
    </message>
    <message>
        <source>the reference to “%1” does not use SHA-256.</source>
        <translation>tham chiếu đến “%1” không dùng SHA-256.</translation>
    </message>
    <message>
        <source>the digest of “%1” is not a SHA-256 value.</source>
        <translation>giá trị băm của “%1” không phải là giá trị SHA-256.</translation>
    </message>
    <message>
        <source>“%1” is listed twice.</source>
        <translation>“%1” được liệt kê hai lần.</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>tệp trống.</translation>
    </message>
    <message>
        <source>it does not name the signature %1.</source>
        <translation>tệp không nêu chữ ký số %1.</translation>
    </message>
</context>
<context>
    <name>Minh::Core::AssessmentSnapshot</name>
    <message>
        <source>“%1” should be %2.</source>
        <translation>“%1” phải là %2.</translation>
    </message>
    <message>
        <source>“%1” is not a Minh assessment.</source>
        <translation>“%1” không phải là dữ liệu tự đánh giá của Minh.</translation>
    </message>
    <message>
        <source>“%1” has format version %2, which this version of Minh cannot read.</source>
        <translation>“%1” có định dạng phiên bản %2, phiên bản Minh này không đọc được.</translation>
    </message>
    <message>
        <source>“%1” is malformed: %2</source>
        <translation>“%1” bị sai cấu trúc: %2</translation>
    </message>
</context>
<context>
    <name>Minh::Core::CiteEvidenceCommand</name>
    <message>
        <source>Link evidence %1 to criterion %2</source>
        <translation>Liên kết minh chứng %1 với tiêu chí %2</translation>
    </message>
    <message>
        <source>Unlink evidence %1 from criterion %2</source>
        <translation>Bỏ liên kết minh chứng %1 khỏi tiêu chí %2</translation>
    </message>
</context>
<context>
    <name>Minh::Core::CompletenessCheck</name>
    <message>
        <source>%1 Cite it in a text or mark it as kept on purpose.</source>
        <translation>%1 Hãy trích dẫn minh chứng này trong một phần viết hoặc đánh dấu giữ lại có chủ ý.</translation>
    </message>
    <message numerus="yes">
        <source>Criterion %1 has %n indicator(s) not judged.</source>
        <translation>
            <numerusform>Tiêu chí %1 còn %n chỉ báo chưa đánh giá.</numerusform>
        </translation>
    </message>
    <message>
        <source>Criterion %1: “%2” is not written.</source>
        <translation>Tiêu chí %1: chưa viết phần “%2”.</translation>
    </message>
    <message>
        <source>Standard %1: “%2” is not written.</source>
        <translation>Tiêu chuẩn %1: chưa viết phần “%2”.</translation>
    </message>
    <message numerus="yes">
        <source>The school level cannot be computed: %n verdict(s) are missing.</source>
        <translation>
            <numerusform>Chưa tính được mức đạt của trường: còn thiếu %n kết quả đánh giá.</numerusform>
        </translation>
    </message>
    <message>
        <source>The council has no members.</source>
        <translation>Hội đồng tự đánh giá chưa có thành viên nào.</translation>
    </message>
    <message>
        <source>The council has no chair.</source>
        <translation>Hội đồng tự đánh giá chưa có chủ tịch.</translation>
    </message>
    <message>
        <source>The decision establishing the council is missing.</source>
        <translation>Còn thiếu quyết định thành lập hội đồng tự đánh giá.</translation>
    </message>
    <message>
        <source>The decision establishing the council was not checked.</source>
        <translation>Quyết định thành lập hội đồng tự đánh giá chưa được kiểm tra.</translation>
    </message>
    <message>
        <source>The registration letter is not filled in.</source>
        <translation>Văn bản đăng ký chưa được điền.</translation>
    </message>
    <message>
        <source>The registration letter was not checked.</source>
        <translation>Văn bản đăng ký chưa được kiểm tra.</translation>
    </message>
    <message>
        <source>The printed documents cannot be made: %1</source>
        <translation>Không tạo được các văn bản in: %1</translation>
    </message>
    <message>
        <source>The printed documents were not checked.</source>
        <translation>Các văn bản in chưa được kiểm tra.</translation>
    </message>
</context>
<context>
    <name>Minh::Core::CouncilMemberCommand</name>
    <message>
        <source>Add council member %1</source>
        <translation>Thêm thành viên hội đồng %1</translation>
    </message>
    <message>
        <source>Remove council member %1</source>
        <translation>Xóa thành viên hội đồng %1</translation>
    </message>
</context>
<context>
    <name>Minh::Core::CouncilModel</name>
    <message>
        <source>Chair</source>
        <translation>Chủ tịch</translation>
    </message>
    <message>
        <source>Vice-chair</source>
        <translation>Phó Chủ tịch</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Thư ký</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Ủy viên</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm công tác</translation>
    </message>
    <message>
        <source>Writes criteria</source>
        <translation>Viết tiêu chí</translation>
    </message>
    <message>
        <source>writes criterion %1</source>
        <translation>viết tiêu chí %1</translation>
    </message>
    <message>
        <source>no longer writes criterion %1</source>
        <translation>thôi viết tiêu chí %1</translation>
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
    <name>Minh::Core::DocumentSettings</name>
    <message>
        <source>Accreditation (kiểm định chất lượng giáo dục)</source>
        <translation>Kiểm định chất lượng giáo dục</translation>
    </message>
    <message>
        <source>National standard (chuẩn quốc gia)</source>
        <translation>Công nhận đạt chuẩn quốc gia</translation>
    </message>
    <message>
        <source>Accreditation and national standard</source>
        <translation>Kiểm định chất lượng giáo dục và công nhận đạt chuẩn quốc gia</translation>
    </message>
    <message>
        <source>Decision establishing the council</source>
        <translation>Quyết định thành lập hội đồng tự đánh giá</translation>
    </message>
    <message>
        <source>Self-assessment plan</source>
        <translation>Kế hoạch tự đánh giá</translation>
    </message>
    <message>
        <source>Registration letter</source>
        <translation>Văn bản đăng ký đánh giá ngoài</translation>
    </message>
    <message>
        <source>Number and symbol (e.g. 12/QĐ-THCS)</source>
        <translation>Số và ký hiệu (ví dụ: 12/QĐ-THCS)</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <source>Place name in the date line</source>
        <translation>Địa danh ở dòng ngày tháng</translation>
    </message>
    <message>
        <source>Managing authority (top left)</source>
        <translation>Cơ quan chủ quản (góc trên bên trái)</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Signer&apos;s title (e.g. HIỆU TRƯỞNG)</source>
        <translation>Chức vụ người ký (ví dụ: HIỆU TRƯỞNG)</translation>
    </message>
    <message>
        <source>Recipients (Nơi nhận), one per line</source>
        <translation>Nơi nhận, mỗi dòng một nơi</translation>
    </message>
    <message>
        <source>Issuing authority (the school&apos;s name)</source>
        <translation>Cơ quan ban hành (tên trường)</translation>
    </message>
    <message>
        <source>Proposed by (Xét đề nghị của …)</source>
        <translation>Xét đề nghị của …</translation>
    </message>
    <message>
        <source>Purpose of the self-assessment</source>
        <translation>Mục đích tự đánh giá</translation>
    </message>
    <message>
        <source>Scope of the self-assessment</source>
        <translation>Phạm vi tự đánh giá</translation>
    </message>
    <message>
        <source>Training: time and place</source>
        <translation>Tập huấn: thời gian và địa điểm</translation>
    </message>
    <message>
        <source>Resources to mobilise</source>
        <translation>Các nguồn lực cần huy động</translation>
    </message>
    <message>
        <source>Consultants (if any)</source>
        <translation>Chuyên gia tư vấn (nếu có)</translation>
    </message>
    <message>
        <source>The school asks for</source>
        <translation>Nội dung trường đề nghị</translation>
    </message>
    <message>
        <source>Addressee (Kính gửi)</source>
        <translation>Kính gửi</translation>
    </message>
    <message>
        <source>Additional content</source>
        <translation>Nội dung bổ sung</translation>
    </message>
    <message>
        <source>Self-assessment report</source>
        <translation>Báo cáo tự đánh giá</translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation>Kế hoạch cải tiến chất lượng</translation>
    </message>
</context>
<context>
    <name>Minh::Core::DocumentSettingsModel</name>
    <message>
        <source>Setting</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nội dung</translation>
    </message>
</context>
<context>
    <name>Minh::Core::DossierDocuments</name>
    <message>
        <source>The document “%1” cannot be printed: %2</source>
        <translation>Không in được văn bản “%1”: %2</translation>
    </message>
    <message>
        <source>The document “%1” cannot be made: %2</source>
        <translation>Không tạo được văn bản “%1”: %2</translation>
    </message>
</context>
<context>
    <name>Minh::Core::EditCouncilMemberCommand</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Minh::Core::EditPlanItemCommand</name>
    <message>
        <source>Plan: %1</source>
        <translation>Kế hoạch: %1</translation>
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
    <message>
        <source>Mức 4 requirement %1 cites %2, but no evidence item has that code.</source>
        <translation>Tiêu chí Mức 4 số %1 dẫn %2, nhưng không có minh chứng nào mang mã này.</translation>
    </message>
</context>
<context>
    <name>Minh::Core::EvidenceRegisterModel</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên minh chứng</translation>
    </message>
    <message>
        <source>Number, date</source>
        <translation>Số, ngày ban hành</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Nơi ban hành</translation>
    </message>
    <message>
        <source>School years</source>
        <translation>Năm học</translation>
    </message>
    <message>
        <source>Kept at</source>
        <translation>Nơi lưu giữ</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Ticked: the item is kept on purpose although no text cites it, so the dossier accepts it.</source>
        <translation>Đánh dấu: minh chứng được giữ lại có chủ ý dù chưa có nội dung nào viện dẫn, nên hồ sơ vẫn chấp nhận.</translation>
    </message>
    <message>
        <source>Kept uncited</source>
        <translation>Giữ dù chưa viện dẫn</translation>
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
    <name>Minh::Core::EvidenceTempFiles</name>
    <message>
        <source>Minh cannot create a temporary folder.</source>
        <translation>Minh không tạo được thư mục tạm.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be written: %2</source>
        <translation>Không ghi được tệp “%1”: %2</translation>
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
    <message>
        <source>the parts in “%1” are nested too deeply.</source>
        <translation>các phần trong “%1” lồng nhau quá nhiều cấp.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of block Minh can print (in “%2”).</source>
        <translation>“%1” không phải là loại khối mà Minh in được (trong “%2”).</translation>
    </message>
    <message>
        <source>“%1” must name what each of its columns holds.</source>
        <translation>“%1” phải nêu nội dung của từng cột.</translation>
    </message>
    <message>
        <source>“%1” must hold texts.</source>
        <translation>“%1” phải chứa các đoạn văn bản.</translation>
    </message>
    <message>
        <source>“%1” must be an object of texts.</source>
        <translation>“%1” phải là một đối tượng gồm các đoạn văn bản.</translation>
    </message>
    <message>
        <source>“%1” must be a text.</source>
        <translation>“%1” phải là một đoạn văn bản.</translation>
    </message>
    <message>
        <source>the document “%1” is listed twice in “%2”.</source>
        <translation>văn bản “%1” được liệt kê hai lần trong “%2”.</translation>
    </message>
    <message>
        <source>the evidence code format “%1” (regime.evidence.code_format) cannot be used: it needs {standard}, {criterion} and {sequence} (or {sequence:0N}), may have {box}, joins them with letters, spaces or . - _ / only, and may be enclosed in [ ] or ( ).</source>
        <translation>không dùng được định dạng mã minh chứng “%1” (regime.evidence.code_format): định dạng cần có {standard}, {criterion} và {sequence} (hoặc {sequence:0N}), có thể có {box}, chỉ được nối bằng chữ cái, dấu cách hoặc . - _ /, và có thể đặt trong [ ] hoặc ( ).</translation>
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
    <name>Minh::Core::MovePlanItemCommand</name>
    <message>
        <source>Move a plan row</source>
        <translation>Di chuyển một dòng kế hoạch</translation>
    </message>
</context>
<context>
    <name>Minh::Core::OdtReportWriter</name>
    <message>
        <source>Cannot write %1: the document cannot be converted to ODT.</source>
        <translation>Không ghi được %1: không chuyển được văn bản sang định dạng ODT.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
</context>
<context>
    <name>Minh::Core::OutlineBuilder</name>
    <message>
        <source>The framework %1 (regime %2) has no outline for the document “%3”.</source>
        <translation>Bộ tiêu chuẩn %1 (chế độ %2) không có dàn ý cho văn bản “%3”.</translation>
    </message>
</context>
<context>
    <name>Minh::Core::PackageExporter</name>
    <message numerus="yes">
        <source>The dossier is not complete: the check found %n error(s). Correct them before signing.</source>
        <translation>
            <numerusform>Hồ sơ chưa đầy đủ: bước kiểm tra phát hiện %n lỗi. Hãy sửa các lỗi này trước khi ký số.</numerusform>
        </translation>
    </message>
    <message>
        <source>The package “%1” cannot be written: %2</source>
        <translation>Không ghi được tệp hồ sơ “%1”: %2</translation>
    </message>
    <message>
        <source>The document “%1” could not be made: %2</source>
        <translation>Không tạo được văn bản “%1”: %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Đã hủy việc xuất hồ sơ.</translation>
    </message>
    <message>
        <source>“%1” could not be added: %2</source>
        <translation>Không thêm được “%1”: %2</translation>
    </message>
</context>
<context>
    <name>Minh::Core::PackageVerifier</name>
    <message>
        <source>“%1” is not an ASiC-E dossier: its first entry is not the mimetype %2.</source>
        <translation>“%1” không phải là hồ sơ ASiC-E: mục đầu tiên không phải là mimetype %2.</translation>
    </message>
    <message>
        <source>The entry “%1” of “%2” is larger than %3 bytes; it is refused.</source>
        <translation>Mục “%1” của “%2” lớn hơn %3 byte nên bị từ chối.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>“%1” trống.</translation>
    </message>
    <message>
        <source>“%1” has no signature or no manifest: it is not a signed dossier.</source>
        <translation>“%1” không có chữ ký số hoặc không có tệp kê khai: đây không phải là hồ sơ đã ký số.</translation>
    </message>
    <message>
        <source>Files of “%1” are changed, missing or not signed.</source>
        <translation>Có tệp trong “%1” đã bị thay đổi, bị thiếu hoặc chưa được ký.</translation>
    </message>
    <message>
        <source>“%1” in “%2” is not valid JSON.</source>
        <translation>“%1” trong “%2” không phải là JSON hợp lệ.</translation>
    </message>
    <message>
        <source>The package holds no printed documents (report, forms, registration letter).</source>
        <translation>Hồ sơ không có văn bản in nào (báo cáo, biểu mẫu, văn bản đăng ký).</translation>
    </message>
    <message>
        <source>The school level stated in the dossier (%1) is not the level its data give (%2).</source>
        <translation>Mức đạt của trường ghi trong hồ sơ (%1) không khớp với mức tính từ dữ liệu (%2).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>The dossier is not complete.</source>
        <translation>Hồ sơ chưa đầy đủ.</translation>
    </message>
</context>
<context>
    <name>Minh::Core::PdfReportWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
</context>
<context>
    <name>Minh::Core::PlanActivitiesModel</name>
    <message>
        <source>Period</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Người thực hiện</translation>
    </message>
</context>
<context>
    <name>Minh::Core::PlanActivityCommand</name>
    <message>
        <source>Add an activity to the plan</source>
        <translation>Thêm một hoạt động vào kế hoạch</translation>
    </message>
    <message>
        <source>Remove an activity from the plan</source>
        <translation>Xóa một hoạt động khỏi kế hoạch</translation>
    </message>
    <message>
        <source>Change an activity of the plan</source>
        <translation>Sửa một hoạt động của kế hoạch</translation>
    </message>
</context>
<context>
    <name>Minh::Core::PlanRowCommand</name>
    <message>
        <source>Add a plan row</source>
        <translation>Thêm một dòng kế hoạch</translation>
    </message>
    <message>
        <source>Remove a plan row</source>
        <translation>Xóa một dòng kế hoạch</translation>
    </message>
</context>
<context>
    <name>Minh::Core::PlanTableModel</name>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Content to improve</source>
        <translation>Nội dung cần cải tiến</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Biện pháp thực hiện</translation>
    </message>
    <message>
        <source>Indicators of success</source>
        <translation>Kết quả cần đạt</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Nguồn lực</translation>
    </message>
    <message>
        <source>Expected evidence</source>
        <translation>Minh chứng dự kiến</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <source>Follow-up, end of semester I</source>
        <translation>Theo dõi cuối học kỳ I</translation>
    </message>
    <message>
        <source>Follow-up, end of year</source>
        <translation>Theo dõi cuối năm học</translation>
    </message>
    <message>
        <source>Overdue: the deadline %1 has passed and the action is not marked done.</source>
        <translation>Quá hạn: đã qua thời hạn %1 mà biện pháp chưa được đánh dấu là đã xong.</translation>
    </message>
    <message>
        <source>Standard %1</source>
        <translation>Tiêu chuẩn %1</translation>
    </message>
</context>
<context>
    <name>Minh::Core::PrintedDocumentFileWriter</name>
    <message>
        <source>Cancelled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <source>Cannot write %1: the file name must end in .pdf or .odt.</source>
        <translation>Không ghi được %1: tên tệp phải có đuôi .pdf hoặc .odt.</translation>
    </message>
</context>
<context>
    <name>Minh::Core::PrintedDocumentRegistry</name>
    <message>
        <source>Self-assessment report</source>
        <translation>Báo cáo tự đánh giá</translation>
    </message>
    <message>
        <source>Criterion assessment forms</source>
        <translation>Phiếu đánh giá tiêu chí</translation>
    </message>
    <message>
        <source>List of evidence codes</source>
        <translation>Danh mục mã minh chứng</translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation>Kế hoạch cải tiến chất lượng</translation>
    </message>
    <message>
        <source>Self-assessment plan</source>
        <translation>Kế hoạch tự đánh giá</translation>
    </message>
    <message>
        <source>Decision establishing the council</source>
        <translation>Quyết định thành lập hội đồng tự đánh giá</translation>
    </message>
    <message>
        <source>Registration letter</source>
        <translation>Văn bản đăng ký đánh giá ngoài</translation>
    </message>
    <message>
        <source>Unknown document “%1”. Minh prints: %2.</source>
        <translation>Không có văn bản “%1”. Minh in được: %2.</translation>
    </message>
</context>
<context>
    <name>Minh::Core::PrintedDocumentRenderer</name>
    <message>
        <source>The document has no pages.</source>
        <translation>Văn bản không có trang nào.</translation>
    </message>
    <message>
        <source>Cannot start painting the pages.</source>
        <translation>Không bắt đầu vẽ các trang được.</translation>
    </message>
    <message>
        <source>Cannot add page %1.</source>
        <translation>Không thêm được trang %1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Đã hủy.</translation>
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
    <name>Minh::Core::RecoveryCopy</name>
    <message>
        <source>the copy could not be closed</source>
        <translation>không đóng được bản sao</translation>
    </message>
    <message>
        <source>the finished copy could not be renamed</source>
        <translation>không đổi tên được bản sao đã chép xong</translation>
    </message>
    <message>
        <source>another connection kept the file locked for a minute</source>
        <translation>một kết nối khác đã khóa tệp suốt một phút</translation>
    </message>
</context>
<context>
    <name>Minh::Core::RemoveEvidenceCommand</name>
    <message>
        <source>Remove evidence %1</source>
        <translation>Xóa minh chứng %1</translation>
    </message>
</context>
<context>
    <name>Minh::Core::SaveFileCommitter</name>
    <message>
        <source>The file “%1” cannot be written: %2</source>
        <translation>Không ghi được tệp “%1”: %2</translation>
    </message>
</context>
<context>
    <name>Minh::Core::SchoolCertificate</name>
    <message>
        <source>The school&apos;s name must have 1 to 64 characters.</source>
        <translation>Tên trường phải có từ 1 đến 64 ký tự.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Mật khẩu phải có ít nhất %1 ký tự.</translation>
    </message>
    <message>
        <source>The key could not be generated.</source>
        <translation>Không tạo được khóa.</translation>
    </message>
    <message>
        <source>The certificate could not be made.</source>
        <translation>Không tạo được chứng thư số.</translation>
    </message>
    <message>
        <source>The certificate file could not be made.</source>
        <translation>Không tạo được tệp chứng thư số.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be written: %2</source>
        <translation>Không ghi được tệp “%1”: %2</translation>
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
    <message>
        <source>The plan has no row %1.</source>
        <translation>Kế hoạch không có dòng %1.</translation>
    </message>
    <message>
        <source>The council has no member %1.</source>
        <translation>Hội đồng không có thành viên %1.</translation>
    </message>
    <message>
        <source>“%1” is not a school year; write it as 2025-2026.</source>
        <translation>“%1” không phải là năm học; hãy viết theo dạng 2025-2026.</translation>
    </message>
    <message>
        <source>The school data have no figure “%1”.</source>
        <translation>Dữ liệu của trường không có số liệu “%1”.</translation>
    </message>
    <message>
        <source>The document “%1” has no setting “%2”.</source>
        <translation>Văn bản “%1” không có mục thiết lập “%2”.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as 2026-09-15.</source>
        <translation>“%1” không phải là ngày; hãy viết theo dạng 2026-09-15.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of registration.</source>
        <translation>“%1” không phải là một hình thức đăng ký.</translation>
    </message>
    <message>
        <source>The plan already has an activity %1.</source>
        <translation>Kế hoạch đã có hoạt động %1.</translation>
    </message>
    <message>
        <source>The plan has no activity %1.</source>
        <translation>Kế hoạch không có hoạt động %1.</translation>
    </message>
    <message>
        <source>The framework %1 has no Mức 4 requirement %2.</source>
        <translation>Bộ tiêu chuẩn %1 không có tiêu chí Mức 4 số %2.</translation>
    </message>
</context>
<context>
    <name>Minh::Core::SchoolFiguresModel</name>
    <message>
        <source>Figure</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>School year %1</source>
        <translation>Năm học %1</translation>
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
    <message>
        <source>The file “%1” was moved or deleted while it was open, so this change was not saved. Everything saved before it has been copied to “%2”; open that file to go on.</source>
        <translation>Tệp “%1” đã bị chuyển đi hoặc bị xóa trong khi đang mở, nên thay đổi này chưa được lưu. Mọi nội dung đã lưu trước đó đã được chép sang “%2”; hãy mở tệp đó để làm tiếp.</translation>
    </message>
    <message>
        <source>The file “%1” is in use by another program, so this change was not saved. Close the other program (or wait for it to finish) and make the change again.</source>
        <translation>Tệp “%1” đang được một chương trình khác sử dụng, nên thay đổi này chưa được lưu. Hãy đóng chương trình đó (hoặc chờ nó xong) rồi thực hiện lại thay đổi.</translation>
    </message>
    <message>
        <source>This change could not be saved in “%1”. %2</source>
        <translation>Không lưu được thay đổi này vào “%1”. %2</translation>
    </message>
    <message>
        <source>The file “%1” was moved or deleted while it was open, so this change was not saved. Everything saved before it is being copied to “%2”; open that file when the copy is finished.</source>
        <translation>Tệp “%1” đã bị chuyển đi hoặc bị xóa trong khi đang mở, nên thay đổi này chưa được lưu. Mọi nội dung đã lưu trước đó đang được chép sang “%2”; hãy mở tệp đó khi việc chép hoàn tất.</translation>
    </message>
    <message>
        <source>The file “%1” was moved or deleted while it was open, so this change was not saved, and no copy could be made beside it (%2). Keep Minh open and put the file back, or open it from where it was moved.</source>
        <translation>Tệp “%1” đã bị chuyển đi hoặc bị xóa trong khi đang mở, nên thay đổi này chưa được lưu và không tạo được bản sao bên cạnh (%2). Hãy để Minh mở, đặt tệp về chỗ cũ, hoặc mở tệp từ nơi nó đã được chuyển tới.</translation>
    </message>
    <message>
        <source>This change could not be saved in “%1” (%2). Is the disk full?</source>
        <translation>Không lưu được thay đổi này vào “%1” (%2). Có thể ổ đĩa đã đầy.</translation>
    </message>
</context>
<context>
    <name>Minh::Core::SearchIndex</name>
    <message>
        <source>Criterion %1</source>
        <translation>Tiêu chí %1</translation>
    </message>
    <message>
        <source>Council: %1</source>
        <translation>Hội đồng: %1</translation>
    </message>
    <message>
        <source>Evidence %1</source>
        <translation>Minh chứng %1</translation>
    </message>
    <message>
        <source>Evidence %1 · file</source>
        <translation>Minh chứng %1 · tệp</translation>
    </message>
    <message>
        <source>Improvement plan, row %1</source>
        <translation>Kế hoạch cải tiến chất lượng, dòng %1</translation>
    </message>
    <message>
        <source>Standard %1 · %2</source>
        <translation>Tiêu chuẩn %1 · %2</translation>
    </message>
    <message>
        <source>Criterion %1 · %2</source>
        <translation>Tiêu chí %1 · %2</translation>
    </message>
    <message>
        <source>Criterion %1 · indicator of Mức %2</source>
        <translation>Tiêu chí %1 · chỉ báo Mức %2</translation>
    </message>
    <message>
        <source>Mức %1, requirement %2 · %3</source>
        <translation>Mức %1, yêu cầu %2 · %3</translation>
    </message>
</context>
<context>
    <name>Minh::Core::SetDocumentSettingCommand</name>
    <message>
        <source>Settings of “%1”</source>
        <translation>Thiết lập của “%1”</translation>
    </message>
</context>
<context>
    <name>Minh::Core::SetEvidenceFieldCommand</name>
    <message>
        <source>Edit evidence %1</source>
        <translation>Sửa minh chứng %1</translation>
    </message>
</context>
<context>
    <name>Minh::Core::SetEvidenceKeptCommand</name>
    <message>
        <source>Keep evidence %1 although no text cites it</source>
        <translation>Giữ minh chứng %1 dù chưa có nội dung nào viện dẫn</translation>
    </message>
    <message>
        <source>Evidence %1 needs a citation again</source>
        <translation>Minh chứng %1 lại cần được viện dẫn</translation>
    </message>
</context>
<context>
    <name>Minh::Core::SetSchoolFigureCommand</name>
    <message>
        <source>School data of %1</source>
        <translation>Dữ liệu trường năm học %1</translation>
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
    <message>
        <source>Text of Mức 4 requirement %1</source>
        <translation>Nội dung tiêu chí Mức 4 số %1</translation>
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
    <name>Minh::Core::SignatureVerifier</name>
    <message>
        <source>The CA file “%1” cannot be read as PEM certificates.</source>
        <translation>Không đọc được tệp CA “%1” dưới dạng chứng thư số PEM.</translation>
    </message>
    <message>
        <source>The certificate does not chain to the given CA: %1</source>
        <translation>Chứng thư số không do CA đã chọn cấp: %1</translation>
    </message>
    <message>
        <source>The signature is empty or too large.</source>
        <translation>Chữ ký số trống hoặc quá lớn.</translation>
    </message>
    <message>
        <source>The signature is not valid DER-encoded CMS.</source>
        <translation>Chữ ký số không phải là dữ liệu CMS mã hóa DER hợp lệ.</translation>
    </message>
    <message>
        <source>The signature is not signed data with exactly one signer.</source>
        <translation>Chữ ký số không phải là dữ liệu đã ký có đúng một người ký.</translation>
    </message>
    <message>
        <source>The signature does not match the manifest: %1</source>
        <translation>Chữ ký số không khớp với tệp kê khai: %1</translation>
    </message>
    <message>
        <source>The signature lacks the signing-time or signing-certificate-v2 attribute that CAdES-BES requires.</source>
        <translation>Chữ ký số thiếu thuộc tính signing-time hoặc signing-certificate-v2 mà chuẩn CAdES-BES yêu cầu.</translation>
    </message>
    <message>
        <source>The certificate in the signature is not the one that was signed for.</source>
        <translation>Chứng thư số trong chữ ký không phải là chứng thư số đã được dùng để ký.</translation>
    </message>
    <message>
        <source>The certificate was not valid at the stated signing time.</source>
        <translation>Chứng thư số không còn hiệu lực vào thời điểm ký đã nêu.</translation>
    </message>
    <message>
        <source>The certificate&apos;s fingerprint is not the pinned one.</source>
        <translation>Dấu vân tay của chứng thư số không khớp với dấu vân tay đã ghi nhận.</translation>
    </message>
    <message>
        <source>No CA file or pinned fingerprint was given; the signer is not checked.</source>
        <translation>Chưa cung cấp tệp CA hoặc dấu vân tay đã ghi nhận; người ký chưa được kiểm tra.</translation>
    </message>
</context>
<context>
    <name>Minh::Core::SigningIdentity</name>
    <message>
        <source>The PKCS#11 module “%1” does not exist.</source>
        <translation>Không có mô-đun PKCS#11 “%1”.</translation>
    </message>
    <message>
        <source>OpenSSL&apos;s PKCS#11 engine is not installed (Debian package libengine-pkcs11-openssl).</source>
        <translation>Chưa cài đặt engine PKCS#11 của OpenSSL (gói Debian libengine-pkcs11-openssl).</translation>
    </message>
    <message>
        <source>The PKCS#11 module “%1” cannot be used: %2</source>
        <translation>Không dùng được mô-đun PKCS#11 “%1”: %2</translation>
    </message>
    <message>
        <source>No certificate was found on the token “%1”.</source>
        <translation>Không tìm thấy chứng thư số nào trên token “%1”.</translation>
    </message>
    <message>
        <source>The private key on the token “%1” cannot be used (wrong PIN?): %2</source>
        <translation>Không dùng được khóa bí mật trên token “%1” (có thể sai mã PIN): %2</translation>
    </message>
    <message>
        <source>On the token “%1”, the private key does not belong to the certificate.</source>
        <translation>Trên token “%1”, khóa bí mật không đi cùng chứng thư số.</translation>
    </message>
    <message>
        <source>The certificate file “%1” cannot be read: %2</source>
        <translation>Không đọc được tệp chứng thư số “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is too large to be a certificate file.</source>
        <translation>“%1” quá lớn, không thể là tệp chứng thư số.</translation>
    </message>
    <message>
        <source>“%1” is not a PKCS#12 (.p12/.pfx) certificate file.</source>
        <translation>“%1” không phải là tệp chứng thư số PKCS#12 (.p12/.pfx).</translation>
    </message>
    <message>
        <source>The password for “%1” is wrong.</source>
        <translation>Mật khẩu của “%1” không đúng.</translation>
    </message>
    <message>
        <source>The certificate file “%1” cannot be opened: %2</source>
        <translation>Không mở được tệp chứng thư số “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” does not hold both a certificate and its private key.</source>
        <translation>“%1” không chứa đủ cả chứng thư số và khóa bí mật đi kèm.</translation>
    </message>
    <message>
        <source>In “%1”, the private key does not belong to the certificate.</source>
        <translation>Trong “%1”, khóa bí mật không đi cùng chứng thư số.</translation>
    </message>
    <message>
        <source>The signature could not be made: %1</source>
        <translation>Không tạo được chữ ký số: %1</translation>
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
    <name>Minh::Core::WorkerConnection</name>
    <message>
        <source>The file “%1” cannot be opened: %2</source>
        <translation>Không mở được tệp “%1”: %2</translation>
    </message>
    <message>
        <source>The file “%1” was moved or deleted while it was open, so nothing was read from it or written to it.</source>
        <translation>Tệp “%1” đã bị chuyển đi hoặc bị xoá trong lúc đang mở, nên không có gì được đọc từ tệp hay ghi vào tệp.</translation>
    </message>
</context>
<context>
    <name>Minh::Core::ZipReader</name>
    <message>
        <source>“%1” is not a file.</source>
        <translation>“%1” không phải là một tệp.</translation>
    </message>
    <message>
        <source>“%1” is not a readable ZIP package: %2</source>
        <translation>“%1” không phải là tệp ZIP đọc được: %2</translation>
    </message>
    <message>
        <source>The package “%1” contains an entry “%2” that is refused: %3</source>
        <translation>Tệp “%1” có mục “%2” bị từ chối: %3</translation>
    </message>
    <message>
        <source>its name is too long.</source>
        <translation>tên quá dài.</translation>
    </message>
    <message>
        <source>an absolute path, a drive or a backslash.</source>
        <translation>đường dẫn tuyệt đối, tên ổ đĩa hoặc dấu gạch chéo ngược.</translation>
    </message>
    <message>
        <source>a control character in the name.</source>
        <translation>tên có ký tự điều khiển.</translation>
    </message>
    <message>
        <source>“..”, “.” or an empty folder name in the path.</source>
        <translation>đường dẫn có “..”, “.” hoặc tên thư mục trống.</translation>
    </message>
    <message>
        <source>the name appears twice.</source>
        <translation>tên xuất hiện hai lần.</translation>
    </message>
    <message>
        <source>“%1” is not open.</source>
        <translation>“%1” chưa được mở.</translation>
    </message>
    <message>
        <source>The package “%1” is damaged: %2</source>
        <translation>Tệp “%1” bị hỏng: %2</translation>
    </message>
    <message>
        <source>The package “%1” has more than %2 entries; it is refused.</source>
        <translation>Tệp “%1” có nhiều hơn %2 mục nên bị từ chối.</translation>
    </message>
    <message>
        <source>The package “%1” contains an entry whose name is not valid UTF-8.</source>
        <translation>Tệp “%1” có một mục mang tên không phải UTF-8 hợp lệ.</translation>
    </message>
    <message>
        <source>a link or a special file.</source>
        <translation>liên kết hoặc tệp đặc biệt.</translation>
    </message>
    <message>
        <source>it is encrypted.</source>
        <translation>mục đã bị mã hóa.</translation>
    </message>
    <message>
        <source>The entry “%1” of the package “%2” is damaged: %3</source>
        <translation>Mục “%1” của tệp “%2” bị hỏng: %3</translation>
    </message>
    <message>
        <source>The entry “%1” of the package “%2” is damaged: its data has gaps.</source>
        <translation>Mục “%1” của tệp “%2” bị hỏng: dữ liệu bị thiếu hụt.</translation>
    </message>
    <message>
        <source>The package “%1” is refused: the entry “%2” expands to far more data than the package holds (a decompression bomb).</source>
        <translation>Tệp “%1” bị từ chối: mục “%2” khi giải nén lớn hơn rất nhiều so với dữ liệu trong tệp (bom giải nén).</translation>
    </message>
    <message>
        <source>Reading the entry “%1” of the package “%2” was stopped.</source>
        <translation>Đã dừng đọc mục “%1” của tệp “%2”.</translation>
    </message>
    <message>
        <source>The entry “%1” of the package “%2” is larger than %3 bytes; it is refused.</source>
        <translation>Mục “%1” của tệp “%2” lớn hơn %3 byte nên bị từ chối.</translation>
    </message>
</context>
<context>
    <name>Minh::Core::ZipWriter</name>
    <message>
        <source>The package cannot be written: the ZIP library could not be set up.</source>
        <translation>Không ghi được tệp hồ sơ: không khởi tạo được thư viện ZIP.</translation>
    </message>
    <message>
        <source>The package cannot be written: an entry was started at the wrong time.</source>
        <translation>Không ghi được tệp hồ sơ: một mục được bắt đầu không đúng lúc.</translation>
    </message>
    <message>
        <source>The package cannot be written: data came outside an entry.</source>
        <translation>Không ghi được tệp hồ sơ: có dữ liệu nằm ngoài các mục.</translation>
    </message>
    <message>
        <source>The package cannot be written: it was not opened.</source>
        <translation>Không ghi được tệp hồ sơ: tệp chưa được mở.</translation>
    </message>
    <message>
        <source>The package cannot be written: %1</source>
        <translation>Không ghi được tệp hồ sơ: %1</translation>
    </message>
    <message>
        <source>The package cannot be written: the entry “%1” has %2 bytes instead of the %3 announced.</source>
        <translation>Không ghi được tệp hồ sơ: mục “%1” có %2 byte thay vì %3 byte như đã báo trước.</translation>
    </message>
    <message>
        <source>The package cannot be written: the name of the entry “%1” is too long.</source>
        <translation>Không ghi được tệp hồ sơ: tên của mục “%1” quá dài.</translation>
    </message>
</context>
<context>
    <name>Minh::Gui::CitationTextEdit</name>
    <message>
        <source>%1 %2
Ctrl+click to open it.</source>
        <translation>%1 %2
Nhấn Ctrl và bấm chuột để mở.</translation>
    </message>
</context>
<context>
    <name>Minh::Gui::CouncilView</name>
    <message>
        <source>&amp;Add a member</source>
        <translation>&amp;Thêm thành viên</translation>
    </message>
    <message>
        <source>Remove the member</source>
        <translation>Xóa thành viên</translation>
    </message>
    <message>
        <source>Double-click a cell to change it.</source>
        <translation>Nhấp đúp vào một ô để sửa.</translation>
    </message>
    <message>
        <source>Removes the chosen member (Delete); Undo brings them back</source>
        <translation>Xóa thành viên đang chọn (Delete); dùng Hoàn tác để khôi phục</translation>
    </message>
    <message>
        <source>Standard %1: %2</source>
        <translation>Tiêu chuẩn %1: %2</translation>
    </message>
    <message>
        <source>Choose a member to see and tick the criteria they write.</source>
        <translation>Chọn một thành viên để xem và đánh dấu các tiêu chí người đó viết.</translation>
    </message>
    <message>
        <source>Criteria written by %1:</source>
        <translation>Các tiêu chí do %1 viết:</translation>
    </message>
    <message>
        <source>Also written by: %1</source>
        <translation>Cùng viết với: %1</translation>
    </message>
    <message>
        <source>no criteria yet</source>
        <translation>chưa có tiêu chí nào</translation>
    </message>
    <message>
        <source>No working groups yet: type a group name in the Group column.</source>
        <translation>Chưa có nhóm công tác: hãy gõ tên nhóm vào cột Nhóm công tác.</translation>
    </message>
    <message>
        <source>Working groups write:</source>
        <translation>Các nhóm công tác viết:</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Thành viên mới</translation>
    </message>
</context>
<context>
    <name>Minh::Gui::CriterionEvidenceView</name>
    <message>
        <source>Add files…</source>
        <translation>Thêm tệp…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <source>Add files as evidence</source>
        <translation>Thêm tệp làm minh chứng</translation>
    </message>
    <message>
        <source>Drop files here from the file manager to add them as evidence of this criterion. Double-click an item to open it.</source>
        <translation>Kéo tệp từ trình quản lý tệp thả vào đây để thêm làm minh chứng cho tiêu chí này. Nhấp đúp vào một minh chứng để mở.</translation>
    </message>
    <message>
        <source>cited, from criterion %1 · </source>
        <translation>được trích dẫn, thuộc tiêu chí %1 · </translation>
    </message>
    <message>
        <source>no file, kept at: %1</source>
        <translation>không có tệp, nơi lưu giữ: %1</translation>
    </message>
    <message>
        <source>(no place given)</source>
        <translation>(chưa ghi nơi lưu giữ)</translation>
    </message>
    <message>
        <source>%1 and %2 more files</source>
        <translation>%1 và %2 tệp khác</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence&lt;/b&gt;: none yet</source>
        <translation>&lt;b&gt;Minh chứng&lt;/b&gt;: chưa có</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence&lt;/b&gt;: %1 of this criterion, %2 cited from others</source>
        <translation>&lt;b&gt;Minh chứng&lt;/b&gt;: %1 minh chứng của tiêu chí này, %2 minh chứng trích dẫn từ tiêu chí khác</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Bỏ liên kết</translation>
    </message>
    <message>
        <source>This item belongs to criterion %1; only its link to this criterion is removed.</source>
        <translation>Minh chứng này thuộc tiêu chí %1; chỉ bỏ liên kết của nó với tiêu chí này.</translation>
    </message>
    <message>
        <source>Deletes the item; criteria %1 cite it too. Ctrl+Z brings it back.</source>
        <translation>Xóa minh chứng; các tiêu chí %1 cũng đang trích dẫn minh chứng này. Nhấn Ctrl+Z để khôi phục.</translation>
    </message>
    <message>
        <source>Deletes the item from the school file. Ctrl+Z brings it back.</source>
        <translation>Xóa minh chứng khỏi tệp dữ liệu trường. Nhấn Ctrl+Z để khôi phục.</translation>
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
    <name>Minh::Gui::DocumentTextsPage</name>
    <message>
        <source>Write here what this part of the document says. Empty parts print as a dotted line for writing by hand.</source>
        <translation>Viết tại đây nội dung của phần này. Phần để trống được in thành dòng chấm để viết tay.</translation>
    </message>
    <message>
        <source>Parts the school writes</source>
        <translation>Các phần nhà trường viết</translation>
    </message>
</context>
<context>
    <name>Minh::Gui::DocumentsMenu</name>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Văn bản</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Lưu thành tệp</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Xem trước khi in…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Lưu thành &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;ODT…</source>
        <translation>Lưu thành &amp;ODT…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument texts (*.odt)</source>
        <translation>Văn bản OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>Minh::Gui::DossierDialog</name>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>A received dossier</source>
        <translation>Hồ sơ nhận được</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of the school&apos;s certificate</source>
        <translation>Dấu vân tay SHA-256 của chứng thư số của trường</translation>
    </message>
    <message>
        <source>Dossier:</source>
        <translation>Hồ sơ:</translation>
    </message>
    <message>
        <source>Open a received dossier</source>
        <translation>Mở hồ sơ nhận được</translation>
    </message>
    <message>
        <source>Dossier (*.zip *.asice)</source>
        <translation>Hồ sơ (*.zip *.asice)</translation>
    </message>
    <message>
        <source>Trusted CA (optional):</source>
        <translation>CA tin cậy (không bắt buộc):</translation>
    </message>
    <message>
        <source>Choose the CA certificates</source>
        <translation>Chọn các chứng thư số CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Chứng thư số (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Pinned fingerprint (optional):</source>
        <translation>Dấu vân tay đã ghi nhận (không bắt buộc):</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>The pinned fingerprint must be 64 hexadecimal digits (colons allowed).</source>
        <translation>Dấu vân tay đã ghi nhận phải gồm 64 chữ số thập lục phân (được phép có dấu hai chấm).</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <source>The dossier cannot be read: %1</source>
        <translation>Không đọc được hồ sơ: %1</translation>
    </message>
    <message>
        <source>Valid: signed, unchanged, complete, and the level matches its data.</source>
        <translation>Hợp lệ: đã ký số, không bị thay đổi, đầy đủ, và mức đạt khớp với dữ liệu.</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>Không hợp lệ: %1</translation>
    </message>
    <message>
        <source>trusted: the pinned fingerprint</source>
        <translation>tin cậy: đúng dấu vân tay đã ghi nhận</translation>
    </message>
    <message>
        <source>trusted: chains to the CA</source>
        <translation>tin cậy: do CA cấp</translation>
    </message>
    <message>
        <source>untrusted: %1</source>
        <translation>không tin cậy: %1</translation>
    </message>
    <message>
        <source>School: %1</source>
        <translation>Trường: %1</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Chữ ký số: %1</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>nguyên vẹn</translation>
    </message>
    <message>
        <source>Signer: %1 (issued by %2)</source>
        <translation>Người ký: %1 (đơn vị cấp: %2)</translation>
    </message>
    <message>
        <source>Certificate SHA-256: %1</source>
        <translation>Chứng thư số SHA-256: %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>Có hiệu lực từ %1 đến %2</translation>
    </message>
    <message>
        <source>Signed on %1</source>
        <translation>Ký ngày %1</translation>
    </message>
    <message>
        <source>Trust: %1</source>
        <translation>Độ tin cậy: %1</translation>
    </message>
    <message>
        <source>School level stated: %1; recomputed with the included framework: %2</source>
        <translation>Mức đạt của trường ghi trong hồ sơ: %1; tính lại theo bộ tiêu chuẩn kèm theo: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đúng</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>đã bị thay đổi</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>bị thiếu</translation>
    </message>
    <message>
        <source>unexpected (not signed)</source>
        <translation>không có trong danh sách đã ký</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Lỗi: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Cảnh báo: %1</translation>
    </message>
</context>
<context>
    <name>Minh::Gui::EvidenceFileActions</name>
    <message>
        <source>%1 has no files in the school file; it is kept at: %2</source>
        <translation>Minh chứng %1 không có tệp trong tệp dữ liệu trường; nơi lưu giữ: %2</translation>
    </message>
    <message>
        <source>(no place given)</source>
        <translation>(chưa ghi nơi lưu giữ)</translation>
    </message>
    <message>
        <source>No program on this computer opens “%1”.</source>
        <translation>Máy tính này không có chương trình nào mở được “%1”.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>Không tạo được thư mục “%1”.</translation>
    </message>
    <message>
        <source>Files written to the folder “%1”: %2.</source>
        <translation>Đã ghi các tệp vào thư mục “%1”: %2.</translation>
    </message>
    <message>
        <source>These items have no files in the school file: %1.</source>
        <translation>Các minh chứng sau không có tệp trong tệp dữ liệu trường: %1.</translation>
    </message>
</context>
<context>
    <name>Minh::Gui::EvidenceHealthPanel</name>
    <message>
        <source>Check again</source>
        <translation>Kiểm tra lại</translation>
    </message>
    <message>
        <source>Double-click to go to criterion %1.</source>
        <translation>Nhấp đúp để chuyển đến tiêu chí %1.</translation>
    </message>
    <message>
        <source>Double-click to go to %1.</source>
        <translation>Nhấp đúp để chuyển đến %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Health check&lt;/b&gt;: no problems found.</source>
        <translation>&lt;b&gt;Rà soát minh chứng&lt;/b&gt;: không phát hiện vấn đề nào.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Health check&lt;/b&gt; (errors: %1, warnings: %2). Double-click a line to go to its place.</source>
        <translation>&lt;b&gt;Rà soát minh chứng&lt;/b&gt; (lỗi: %1, cảnh báo: %2). Nhấp đúp vào một dòng để chuyển đến chỗ cần sửa.</translation>
    </message>
</context>
<context>
    <name>Minh::Gui::EvidenceImportController</name>
    <message>
        <source>Files are still being added. Wait until that is finished, then try again.</source>
        <translation>Đang thêm tệp. Hãy chờ xong rồi thử lại.</translation>
    </message>
    <message>
        <source>This school file is open read-only: no evidence can be added.</source>
        <translation>Tệp dữ liệu trường này đang mở ở chế độ chỉ đọc: không thể thêm minh chứng.</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s) as evidence for criterion %1…</source>
        <translation>
            <numerusform>Đang thêm %n tệp làm minh chứng cho tiêu chí %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Adding evidence</source>
        <translation>Thêm minh chứng</translation>
    </message>
    <message>
        <source>Adding “%1” as evidence for criterion %2…</source>
        <translation>Đang thêm “%1” làm minh chứng cho tiêu chí %2…</translation>
    </message>
    <message>
        <source>Adding evidence was cancelled. Nothing was added.</source>
        <translation>Đã hủy việc thêm minh chứng. Chưa có gì được thêm.</translation>
    </message>
    <message>
        <source>No evidence was added. %1</source>
        <translation>Chưa thêm được minh chứng nào. %1</translation>
    </message>
    <message>
        <source>“%1” is already evidence %2 (%3); that item is now linked to this criterion.</source>
        <translation>“%1” đã là minh chứng %2 (%3); minh chứng này nay được liên kết với tiêu chí đang chọn.</translation>
    </message>
    <message>
        <source>“%1” is already evidence %2 (%3) for this criterion; it was not added again.</source>
        <translation>“%1” đã là minh chứng %2 (%3) của tiêu chí này nên không được thêm lần nữa.</translation>
    </message>
    <message>
        <source>Add evidence to criterion %1</source>
        <translation>Thêm minh chứng cho tiêu chí %1</translation>
    </message>
</context>
<context>
    <name>Minh::Gui::EvidenceRegisterView</name>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Copy files to a folder…</source>
        <translation>Sao chép tệp ra thư mục…</translation>
    </message>
    <message>
        <source>Copy the evidence files to which folder?</source>
        <translation>Sao chép các tệp minh chứng vào thư mục nào?</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <source>Filter: code, title, issuer, criterion…</source>
        <translation>Lọc: mã, tên, nơi ban hành, tiêu chí…</translation>
    </message>
    <message>
        <source>Double-click a cell to change it; Ctrl+Z takes the change back.</source>
        <translation>Nhấp đúp vào một ô để sửa; nhấn Ctrl+Z để hoàn tác.</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>Số minh chứng: %1</translation>
    </message>
    <message>
        <source>Items: %1 of %2</source>
        <translation>Số minh chứng: %1/%2</translation>
    </message>
</context>
<context>
    <name>Minh::Gui::ExportDialog</name>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Export the signed dossier</source>
        <translation>Xuất hồ sơ đã ký số</translation>
    </message>
    <message>
        <source>Completeness check:</source>
        <translation>Kiểm tra tính đầy đủ:</translation>
    </message>
    <message>
        <source>A certificate file (.p12 / .pfx)</source>
        <translation>Tệp chứng thư số (.p12 / .pfx)</translation>
    </message>
    <message>
        <source>A USB token (PKCS#11)</source>
        <translation>Thiết bị ký số USB (token PKCS#11)</translation>
    </message>
    <message>
        <source>Create a school certificate</source>
        <translation>Tạo chứng thư số của trường</translation>
    </message>
    <message>
        <source>Package:</source>
        <translation>Tệp hồ sơ:</translation>
    </message>
    <message>
        <source>Save the signed dossier</source>
        <translation>Lưu hồ sơ đã ký số</translation>
    </message>
    <message>
        <source>Dossier (*.zip)</source>
        <translation>Hồ sơ (*.zip)</translation>
    </message>
    <message>
        <source>Sign and export</source>
        <translation>Ký số và xuất hồ sơ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Certificate file:</source>
        <translation>Tệp chứng thư số:</translation>
    </message>
    <message>
        <source>Choose a certificate file</source>
        <translation>Chọn tệp chứng thư số</translation>
    </message>
    <message>
        <source>Certificates (*.p12 *.pfx)</source>
        <translation>Chứng thư số (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <source>PKCS#11 module:</source>
        <translation>Mô-đun PKCS#11:</translation>
    </message>
    <message>
        <source>Choose the token&apos;s PKCS#11 module</source>
        <translation>Chọn mô-đun PKCS#11 của token</translation>
    </message>
    <message>
        <source>Modules (*.so *.dll)</source>
        <translation>Mô-đun (*.so *.dll)</translation>
    </message>
    <message>
        <source>Token label:</source>
        <translation>Nhãn token:</translation>
    </message>
    <message>
        <source>Key label (optional):</source>
        <translation>Nhãn khóa (không bắt buộc):</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>Mã PIN:</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>Trường:</translation>
    </message>
    <message>
        <source>Save the certificate as:</source>
        <translation>Lưu chứng thư số thành:</translation>
    </message>
    <message>
        <source>Save the school certificate</source>
        <translation>Lưu chứng thư số của trường</translation>
    </message>
    <message>
        <source>Certificates (*.p12)</source>
        <translation>Chứng thư số (*.p12)</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Lỗi: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Cảnh báo: %1</translation>
    </message>
    <message>
        <source>The dossier is complete.</source>
        <translation>Hồ sơ đã đầy đủ.</translation>
    </message>
    <message>
        <source>Correct the errors above before signing.</source>
        <translation>Hãy sửa các lỗi nêu trên trước khi ký số.</translation>
    </message>
    <message>
        <source>Choose where to save the package.</source>
        <translation>Hãy chọn nơi lưu tệp hồ sơ.</translation>
    </message>
    <message>
        <source>Choose the certificate file.</source>
        <translation>Hãy chọn tệp chứng thư số.</translation>
    </message>
    <message>
        <source>Give the PKCS#11 module and the token label.</source>
        <translation>Hãy cho biết mô-đun PKCS#11 và nhãn token.</translation>
    </message>
    <message>
        <source>Choose where to save the school certificate.</source>
        <translation>Hãy chọn nơi lưu chứng thư số của trường.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Hai mật khẩu không giống nhau.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Mật khẩu phải có ít nhất %1 ký tự.</translation>
    </message>
    <message>
        <source>“%1” exists already; choose another name.</source>
        <translation>“%1” đã có; hãy chọn tên khác.</translation>
    </message>
    <message>
        <source>Signing and writing the package…</source>
        <translation>Đang ký số và ghi tệp hồ sơ…</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Đã hủy việc xuất hồ sơ; chưa có gì được ghi.</translation>
    </message>
    <message>
        <source>The dossier was signed by %1 and saved as “%2”. Certificate fingerprint (SHA-256): %3</source>
        <translation>Hồ sơ đã được %1 ký số và lưu thành “%2”. Dấu vân tay chứng thư số (SHA-256): %3</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Double-click a finding to go to where it is fixed.</source>
        <translation>Nhấp đúp vào một mục để đến nơi cần sửa.</translation>
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
    <message>
        <source>Texts of the requirement:</source>
        <translation>Nội dung của tiêu chí:</translation>
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
    <message>
        <source>Evidence register</source>
        <translation>Danh mục minh chứng</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation>Kế hoạch cải tiến chất lượng</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Hội đồng</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>Search texts, evidence, plan and council (Ctrl+F)</source>
        <translation>Tìm trong phần viết, minh chứng, kế hoạch và hội đồng (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New school…</source>
        <translation>Tạo t&amp;rường mới…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <source>&amp;Export the signed dossier…</source>
        <translation>&amp;Xuất hồ sơ đã ký số…</translation>
    </message>
    <message>
        <source>Open a &amp;received dossier…</source>
        <translation>Mở hồ sơ nhận &amp;về…</translation>
    </message>
    <message>
        <source>School &amp;data for printed documents…</source>
        <translation>&amp;Dữ liệu trường cho văn bản in…</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Tìm kiếm…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;%1 %2 — %3</source>
        <translation>&amp;%1 %2 — %3</translation>
    </message>
    <message>
        <source>No school file opened yet</source>
        <translation>Chưa mở tệp dữ liệu trường nào</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Xóa danh sách</translation>
    </message>
    <message>
        <source>%1 (whole working group)</source>
        <translation>%1 (cả nhóm)</translation>
    </message>
</context>
<context>
    <name>Minh::Gui::NewSchoolWizard</name>
    <message>
        <source>New school</source>
        <translation>Trường mới</translation>
    </message>
    <message>
        <source>Save the new school file</source>
        <translation>Lưu tệp dữ liệu trường mới</translation>
    </message>
    <message>
        <source>Minh school files (*.minh)</source>
        <translation>Tệp dữ liệu trường của Minh (*.minh)</translation>
    </message>
    <message>
        <source>The school</source>
        <translation>Nhà trường</translation>
    </message>
    <message>
        <source>Who is assessing itself, and for which school year.</source>
        <translation>Trường nào tự đánh giá, và cho năm học nào.</translation>
    </message>
    <message>
        <source>e.g. Trường THCS Nguyễn Du</source>
        <translation>ví dụ: Trường THCS Nguyễn Du</translation>
    </message>
    <message>
        <source>Preschool (MN)</source>
        <translation>Trường mầm non (MN)</translation>
    </message>
    <message>
        <source>Primary school (TH)</source>
        <translation>Trường tiểu học (TH)</translation>
    </message>
    <message>
        <source>Lower secondary school (THCS)</source>
        <translation>Trường trung học cơ sở (THCS)</translation>
    </message>
    <message>
        <source>Upper secondary school (THPT)</source>
        <translation>Trường trung học phổ thông (THPT)</translation>
    </message>
    <message>
        <source>School with several levels (PTNCH)</source>
        <translation>Trường phổ thông có nhiều cấp học (PTNCH)</translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation>&amp;Tên trường:</translation>
    </message>
    <message>
        <source>School &amp;type:</source>
        <translation>&amp;Loại trường:</translation>
    </message>
    <message>
        <source>School &amp;year:</source>
        <translation>&amp;Năm học:</translation>
    </message>
    <message>
        <source>The framework</source>
        <translation>Bộ tiêu chuẩn</translation>
    </message>
    <message>
        <source>The circular whose standards the school is assessed against. The one in force today for this type of school is chosen already.</source>
        <translation>Thông tư quy định các tiêu chuẩn dùng để đánh giá trường. Minh đã chọn sẵn thông tư đang có hiệu lực đối với loại trường này.</translation>
    </message>
    <message>
        <source>The school file</source>
        <translation>Tệp dữ liệu trường</translation>
    </message>
    <message>
        <source>Everything the council writes and attaches is kept in this one file. Keep it in a folder that is backed up.</source>
        <translation>Mọi nội dung hội đồng viết và đính kèm đều được lưu trong một tệp này. Hãy đặt tệp trong một thư mục có sao lưu thường xuyên.</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>Save the school file as:</source>
        <translation>Lưu tệp dữ liệu trường thành:</translation>
    </message>
    <message>
        <source>Text verified against the official document.</source>
        <translation>Nội dung đã được đối chiếu với văn bản chính thức.</translation>
    </message>
    <message>
        <source>Text NOT yet verified against the official document.</source>
        <translation>Nội dung CHƯA được đối chiếu với văn bản chính thức.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Tình trạng: %1</translation>
    </message>
    <message>
        <source>Recommended today:</source>
        <translation>Khuyên dùng hiện nay:</translation>
    </message>
    <message>
        <source>Chosen for you: %1, in force on %2 for this type of school.</source>
        <translation>Đã chọn sẵn: %1, đang có hiệu lực (tính đến ngày %2) đối với loại trường này.</translation>
    </message>
    <message>
        <source>No framework is in force today for this type of school; choose one.</source>
        <translation>Hiện không có bộ tiêu chuẩn nào đang có hiệu lực đối với loại trường này; hãy tự chọn một bộ.</translation>
    </message>
    <message>
        <source>Please write the school&apos;s name.</source>
        <translation>Vui lòng nhập tên trường.</translation>
    </message>
    <message>
        <source>Write the school year as two following years, e.g. %1.</source>
        <translation>Hãy viết năm học gồm hai năm liên tiếp, ví dụ: %1.</translation>
    </message>
    <message>
        <source>Please choose a framework.</source>
        <translation>Vui lòng chọn một bộ tiêu chuẩn.</translation>
    </message>
    <message>
        <source>Please choose where to save the school file.</source>
        <translation>Vui lòng chọn nơi lưu tệp dữ liệu trường.</translation>
    </message>
    <message>
        <source>The chosen framework is no longer available.</source>
        <translation>Bộ tiêu chuẩn đã chọn không còn dùng được.</translation>
    </message>
</context>
<context>
    <name>Minh::Gui::OverviewView</name>
    <message>
        <source>Criterion %1</source>
        <translation>Tiêu chí %1</translation>
    </message>
    <message>
        <source>&amp;What if… suppose some indicators were met (nothing is saved)</source>
        <translation>&amp;Giả sử… một số chỉ báo đã đạt (không lưu lại)</translation>
    </message>
    <message>
        <source>Clear the suppositions</source>
        <translation>Bỏ các giả định</translation>
    </message>
    <message>
        <source>Tick the indicators to suppose met. The level above shows what the school would reach; the school file does not change.</source>
        <translation>Đánh dấu các chỉ báo giả sử là đạt. Mức đạt ở trên cho biết trường sẽ đạt mức nào; tệp dữ liệu trường không thay đổi.</translation>
    </message>
    <message>
        <source>Criterion %1, Mức %2: %3</source>
        <translation>Tiêu chí %1, Mức %2: %3</translation>
    </message>
    <message>
        <source>Requirement %1 of Mức %2</source>
        <translation>Yêu cầu %1 của Mức %2</translation>
    </message>
    <message>
        <source>What if: the school would still not reach Mức 1</source>
        <translation>Giả sử: trường vẫn chưa đạt Mức 1</translation>
    </message>
    <message>
        <source>The school does not reach Mức 1 yet</source>
        <translation>Trường chưa đạt Mức 1</translation>
    </message>
    <message>
        <source>What if: the school would reach %1</source>
        <translation>Giả sử: trường sẽ đạt %1</translation>
    </message>
    <message>
        <source>The school reaches %1 now</source>
        <translation>Hiện nay trường đạt %1</translation>
    </message>
    <message>
        <source>National standard (chuẩn quốc gia): not available. The framework %1 does not say, in the text Minh has, how school levels map to national-standard levels, so Minh shows none rather than guess.</source>
        <translation>Chuẩn quốc gia: chưa xác định được. Trong văn bản mà Minh có, bộ tiêu chuẩn %1 không quy định mức đánh giá của trường tương ứng với mức độ chuẩn quốc gia nào, nên Minh không hiển thị thay vì phỏng đoán.</translation>
    </message>
    <message>
        <source>National standard (chuẩn quốc gia): this level would give mức độ %1.</source>
        <translation>Chuẩn quốc gia: mức này tương ứng với chuẩn quốc gia mức độ %1.</translation>
    </message>
    <message>
        <source>National standard (chuẩn quốc gia): this level is not yet enough for recognition.</source>
        <translation>Chuẩn quốc gia: mức này chưa đủ để được công nhận.</translation>
    </message>
    <message>
        <source>(The mapping has not been verified against the official text.)</source>
        <translation>(Cách quy đổi này chưa được đối chiếu với văn bản chính thức.)</translation>
    </message>
    <message>
        <source>does not reach %1</source>
        <translation>chưa đạt %1</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>không đạt</translation>
    </message>
    <message>
        <source>not yet judged</source>
        <translation>chưa đánh giá</translation>
    </message>
    <message>
        <source>With these suppositions the school would reach the highest level of this framework.</source>
        <translation>Với các giả định này, trường sẽ đạt mức cao nhất của bộ tiêu chuẩn.</translation>
    </message>
    <message>
        <source>The school reaches the highest level of this framework.</source>
        <translation>Trường đạt mức cao nhất của bộ tiêu chuẩn.</translation>
    </message>
    <message>
        <source>What keeps the school from %1</source>
        <translation>Những điều còn cản trở trường đạt %1</translation>
    </message>
    <message>
        <source>Progress by standard</source>
        <translation>Tiến độ theo tiêu chuẩn</translation>
    </message>
    <message>
        <source>Standard %1</source>
        <translation>Tiêu chuẩn %1</translation>
    </message>
    <message>
        <source>Progress by working group</source>
        <translation>Tiến độ theo nhóm công tác</translation>
    </message>
    <message>
        <source>No working groups yet: give members a working group in the Council view.</source>
        <translation>Chưa có nhóm công tác: hãy phân nhóm công tác cho các thành viên trong mục Hội đồng.</translation>
    </message>
</context>
<context>
    <name>Minh::Gui::PlanRowEditor</name>
    <message>
        <source>No deadline</source>
        <translation>Không có thời hạn</translation>
    </message>
</context>
<context>
    <name>Minh::Gui::PlanView</name>
    <message>
        <source>&amp;Add a row</source>
        <translation>&amp;Thêm dòng</translation>
    </message>
    <message>
        <source>Remove the row</source>
        <translation>Xóa dòng</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Chuyển lên</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Chuyển xuống</translation>
    </message>
    <message>
        <source>Adds a row for the criterion chosen on the left (Insert)</source>
        <translation>Thêm một dòng cho tiêu chí đang chọn ở bên trái (Insert)</translation>
    </message>
    <message>
        <source>Moves the row up (Ctrl+Alt+Up)</source>
        <translation>Chuyển dòng lên trên (Ctrl+Alt+Up)</translation>
    </message>
    <message>
        <source>Moves the row down (Ctrl+Alt+Down)</source>
        <translation>Chuyển dòng xuống dưới (Ctrl+Alt+Down)</translation>
    </message>
    <message>
        <source>Removes the chosen row (Delete); Undo brings it back</source>
        <translation>Xóa dòng đang chọn (Delete); dùng Hoàn tác để khôi phục</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) overdue</source>
        <translation>
            <numerusform>%n biện pháp quá hạn</numerusform>
        </translation>
    </message>
    <message>
        <source>No action is overdue.</source>
        <translation>Không có biện pháp nào quá hạn.</translation>
    </message>
</context>
<context>
    <name>Minh::Gui::RecoveryProgress</name>
    <message>
        <source>The file “%1” was moved or deleted while it was open. Minh is copying everything saved in it to “%2”. Please wait until the copy is finished.</source>
        <translation>Tệp “%1” đã bị chuyển đi hoặc bị xóa trong khi đang mở. Minh đang chép mọi nội dung đã lưu trong tệp sang “%2”. Xin chờ đến khi việc chép hoàn tất.</translation>
    </message>
    <message>
        <source>Saving a copy of your work</source>
        <translation>Đang lưu bản sao công việc</translation>
    </message>
    <message>
        <source>Everything saved in “%1” has been copied to “%2”. Changes can no longer be saved in the moved or deleted file: open the copy to go on working.</source>
        <translation>Mọi nội dung đã lưu trong “%1” đã được chép sang “%2”. Không thể lưu thêm thay đổi vào tệp đã bị chuyển đi hoặc bị xóa: hãy mở bản sao để làm việc tiếp.</translation>
    </message>
    <message>
        <source>No copy of “%1” could be made at “%2” (%3). Keep Minh open and put the file back, or open it from where it was moved.</source>
        <translation>Không tạo được bản sao của “%1” tại “%2” (%3). Hãy để Minh mở, đặt tệp về chỗ cũ, hoặc mở tệp từ nơi nó đã được chuyển tới.</translation>
    </message>
</context>
<context>
    <name>Minh::Gui::SchoolDataDialog</name>
    <message>
        <source>School data for the printed documents</source>
        <translation>Dữ liệu trường cho các văn bản in</translation>
    </message>
    <message numerus="yes">
        <source>Figures of the last %n school year(s), as the report&apos;s data tables print them.</source>
        <translation>
            <numerusform>Số liệu của %n năm học gần nhất, như trong các bảng số liệu của báo cáo.</numerusform>
        </translation>
    </message>
    <message>
        <source>School data</source>
        <translation>Dữ liệu trường</translation>
    </message>
    <message>
        <source>Empty settings take the school&apos;s own data (name, managing authority, principal).</source>
        <translation>Các mục để trống sẽ lấy dữ liệu có sẵn của trường (tên trường, cơ quan chủ quản, hiệu trưởng).</translation>
    </message>
    <message>
        <source>Timeline of activities</source>
        <translation>Tiến trình các hoạt động</translation>
    </message>
    <message>
        <source>Add an activity</source>
        <translation>Thêm một hoạt động</translation>
    </message>
    <message>
        <source>Remove the activity</source>
        <translation>Xóa hoạt động</translation>
    </message>
    <message>
        <source>Texts of the report</source>
        <translation>Nội dung báo cáo</translation>
    </message>
    <message>
        <source>Texts of the improvement plan</source>
        <translation>Nội dung kế hoạch cải tiến</translation>
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
    <name>Minh::Gui::SearchView</name>
    <message>
        <source>Type in the search box above (Ctrl+F). Accents do not matter: “duc” finds “Đức”.</source>
        <translation>Gõ vào ô tìm kiếm ở trên (Ctrl+F). Không cần gõ dấu: “duc” sẽ tìm thấy “Đức”.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Không tìm thấy kết quả nào cho “%1”.</translation>
    </message>
    <message>
        <source>The first %1 results for “%2”; add a word to narrow them.</source>
        <translation>%1 kết quả đầu tiên cho “%2”; hãy thêm từ để thu hẹp kết quả.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) for “%1”. Click one to go there.</source>
        <translation>
            <numerusform>%n kết quả cho “%1”. Bấm vào một kết quả để chuyển đến đó.</numerusform>
        </translation>
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
