#include "demoevidencefiles.h"

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace Minh::Core {

namespace {

bool canDrawText()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

QFont serif(int pointSize, bool bold = false)
{
    QFont font(QStringLiteral("Liberation Serif"), pointSize);
    font.setStyleHint(QFont::Serif);
    font.setBold(bold);
    return font;
}

QString fileName(const QString &title, const QString &kind)
{
    QString base = title.left(60);
    base.replace(QLatin1Char('/'), QLatin1Char('-'));
    return base + QLatin1Char('.') + kind;
}

bool writeText(const QString &path, const QString &text)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0 && file.commit();
}

bool writePdf(const QString &path, const QString &title, const QString &issuer, const QString &school, const QString &year)
{
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setResolution(150);
    pdf.setTitle(title);
    pdf.setCreator(QStringLiteral("Minh (demo)"));
    QPainter painter(&pdf);
    if (!painter.isActive()) {
        return false;
    }
    const int width = pdf.width();
    painter.setFont(serif(12, true));
    painter.drawText(QRect(0, 0, width / 2, 120), Qt::AlignHCenter | Qt::AlignTop, school.toUpper());
    painter.drawText(QRect(width / 2, 0, width / 2, 120), Qt::AlignHCenter | Qt::AlignTop,
                     QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"));
    painter.setFont(serif(15, true));
    painter.drawText(QRect(0, 220, width, 160), Qt::AlignHCenter | Qt::TextWordWrap, title.toUpper());
    painter.setFont(serif(12));
    painter.drawText(QRect(0, 400, width, 60), Qt::AlignHCenter, QStringLiteral("Năm học %1").arg(year));
    const QString body = QStringLiteral(
        "Căn cứ nhiệm vụ năm học %1 và tình hình thực tế của nhà trường, %2 ban hành văn bản này nhằm cụ thể hóa "
        "các mục tiêu, chỉ tiêu và giải pháp của nhà trường. Các tổ chuyên môn, tổ văn phòng và cá nhân liên quan "
        "có trách nhiệm tổ chức thực hiện, định kỳ báo cáo kết quả vào cuối mỗi học kỳ.\n\n"
        "1. Mục tiêu: nâng cao chất lượng giáo dục toàn diện, bảo đảm các điều kiện dạy và học.\n"
        "2. Giải pháp: đổi mới phương pháp dạy học, tăng cường kiểm tra nội bộ, phối hợp với cha mẹ học sinh.\n"
        "3. Tổ chức thực hiện: phân công cụ thể cho từng bộ phận, có kiểm tra, đánh giá, điều chỉnh kịp thời.")
                             .arg(year, issuer.toLower());
    painter.drawText(QRect(60, 500, width - 120, 900), Qt::TextWordWrap, body);
    painter.setFont(serif(12, true));
    painter.drawText(QRect(width / 2, 1400, width / 2, 60), Qt::AlignHCenter, issuer.toUpper());
    return painter.end();
}

bool writePicture(const QString &path, const QString &title, const char *format, bool evening)
{
    QImage image(960, 640, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient sky(0, 0, 0, 420);
    sky.setColorAt(0, evening ? QColor(250, 180, 120) : QColor(120, 180, 240));
    sky.setColorAt(1, evening ? QColor(255, 230, 190) : QColor(220, 236, 250));
    painter.fillRect(image.rect(), sky);
    painter.fillRect(QRect(0, 420, 960, 220), QColor(110, 160, 90));
    painter.fillRect(QRect(180, 230, 600, 200), QColor(245, 215, 120));
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(170, 50, 40));
    painter.drawPolygon(QPolygon({QPoint(150, 240), QPoint(480, 120), QPoint(810, 240)}));
    painter.setBrush(QColor(90, 120, 170));
    for (int x = 220; x < 760; x += 90) {
        painter.drawRect(x, 280, 50, 60);
    }
    for (int i = 0; i < 12; ++i) {
        painter.setBrush(QColor(40 + i * 12, 60, 120 - i * 5));
        painter.drawEllipse(QPoint(90 + i * 70, 520 + (i % 3) * 20), 18, 18);
        painter.drawRect(78 + i * 70, 538 + (i % 3) * 20, 24, 40);
    }
    if (canDrawText()) {
        painter.setPen(Qt::white);
        painter.fillRect(QRect(0, 590, 960, 50), QColor(0, 0, 0, 140));
        painter.setFont(serif(16, true));
        painter.drawText(QRect(0, 590, 960, 50), Qt::AlignCenter, title);
    }
    painter.end();
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && image.save(&file, format, 85) && file.commit();
}

} // namespace

QString DemoEvidenceFiles::write(const QString &folder, const QString &kind, const QString &title, const QString &issuer,
                                 const QString &schoolName, const QString &schoolYear)
{
    const QString path = QDir(folder).filePath(fileName(title, kind));
    bool ok = false;
    if (kind == QStringLiteral("csv")) {
        ok = writeText(path, QStringLiteral("\uFEFFTT,Họ và tên,Chức vụ,Trình độ đào tạo\n"
                                            "1,Nguyễn Thị Thu Hương,Hiệu trưởng,Thạc sĩ\n"
                                            "2,Trần Văn Đức,Phó Hiệu trưởng,Đại học\n"
                                            "3,Lê Thị Mai,Nhân viên văn phòng,Cao đẳng\n"
                                            "4,Phạm Quốc Bảo,Giáo viên,Đại học\n"
                                            "5,Hoàng Thị Lan,Giáo viên,Đại học\n"));
    } else if (kind == QStringLiteral("txt")) {
        ok = writeText(path, QStringLiteral("%1\n%2\nNăm học %3\n\nThời gian: 14 giờ 00, ngày 10 tháng 9.\n"
                                            "Thành phần: toàn thể cán bộ, giáo viên, nhân viên.\n"
                                            "Nội dung: triển khai nhiệm vụ năm học; phân công chuyên môn; thống nhất "
                                            "kế hoạch kiểm tra nội bộ.\nBiên bản kết thúc lúc 16 giờ 30 cùng ngày.\n")
                                 .arg(schoolName.toUpper(), title.toUpper(), schoolYear));
    } else if (!canDrawText()) {
        return {};
    } else if (kind == QStringLiteral("pdf")) {
        ok = writePdf(path, title, issuer, schoolName, schoolYear);
    } else if (kind == QStringLiteral("png") || kind == QStringLiteral("jpg")) {
        ok = writePicture(path, title, kind == QStringLiteral("png") ? "PNG" : "JPEG", kind == QStringLiteral("jpg"));
    }
    return ok ? path : QString();
}

} // namespace Minh::Core
