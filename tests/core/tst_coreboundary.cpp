#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

// core/ must build without Qt Widgets and Qt PrintSupport (STYLE.md): it runs headless in
// minh-cli and in office tools. The link line enforces it for the library; this test catches a
// header slipping in before anyone links.
class TestCoreBoundary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coreSources_includeNoWidgetOrPrintHeader();
};

void TestCoreBoundary::coreSources_includeNoWidgetOrPrintHeader()
{
    static const QRegularExpression forbidden(
        QStringLiteral("#\\s*include\\s*<(QtWidgets/|QtPrintSupport/)?(Q\\w*(Widget|Dialog|Application|MessageBox|MainWindow|"
                       "Printer|PrintDialog|PrintPreviewDialog|Action|Menu|Layout)|QtWidgets|QtPrintSupport)\\b"));
    // Qt GUI classes whose names end like widget classes.
    static const QRegularExpression allowed(
        QStringLiteral("<(QCoreApplication|QGuiApplication|QPageLayout|QAbstractTextDocumentLayout|QTextLayout)>"));
    int files = 0;
    QDirIterator it(QStringLiteral(MINH_SOURCE_DIR "/core"), {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        ++files;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (forbidden.match(line).hasMatch() && !allowed.match(line).hasMatch()) {
                QFAIL(qPrintable(QStringLiteral("%1 includes a widget or print header: %2").arg(file.fileName(), line)));
            }
        }
    }
    QVERIFY(files > 20);
}

QTEST_GUILESS_MAIN(TestCoreBoundary)
#include "tst_coreboundary.moc"
