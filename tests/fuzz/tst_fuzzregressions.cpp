// Every input the fuzzers ever crashed on (tests/data/fuzz-regressions/<target>/) and every seed
// of their corpora (tests/fuzz/corpus/<target>/) goes through the same entry points as the
// fuzzers, in the normal suite, so that a fixed bug stays fixed without clang or libFuzzer.
// An entry aborts when an invariant breaks, which fails this test.
#include "fuzzentries.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <functional>

namespace {

using Entry = std::function<void(const QByteArray &)>;

const QList<QPair<QString, Entry>> &entries()
{
    static const QList<QPair<QString, Entry>> all = {
        {QStringLiteral("framework_file"), FuzzEntries::frameworkFile},
        {QStringLiteral("evidence_code"), FuzzEntries::evidenceCode},
        {QStringLiteral("school_file"), FuzzEntries::schoolFile},
        {QStringLiteral("judgement_json"), FuzzEntries::judgementJson},
        {QStringLiteral("package_file"), FuzzEntries::packageFile},
    };
    return all;
}

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyTargetHasSeeds();
    void savedInput_data();
    void savedInput();
};

void TestFuzzRegressions::initTestCase()
{
    int argc = 0;
    char **argv = nullptr;
    FuzzEntries::initialize(&argc, &argv);
}

void TestFuzzRegressions::everyTargetHasSeeds()
{
    for (const auto &[target, entry] : entries()) {
        const QDir corpus(QStringLiteral(MINH_SOURCE_DIR "/tests/fuzz/corpus/") + target);
        QVERIFY2(!corpus.entryList(QDir::Files).isEmpty(), qPrintable(corpus.path()));
    }
}

void TestFuzzRegressions::savedInput_data()
{
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("path");
    for (qsizetype i = 0; i < entries().size(); ++i) {
        const QString target = entries().at(i).first;
        for (const QString &root : {QStringLiteral(MINH_TEST_DATA "/fuzz-regressions/"),
                                    QStringLiteral(MINH_SOURCE_DIR "/tests/fuzz/corpus/")}) {
            const QDir dir(root + target);
            for (const QFileInfo &file : dir.entryInfoList(QDir::Files, QDir::Name)) {
                QTest::addRow("%s/%s", qPrintable(target), qPrintable(file.fileName())) << int(i) << file.filePath();
            }
        }
    }
}

void TestFuzzRegressions::savedInput()
{
    QFETCH(int, target);
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    // Returning at all is the assertion: the entry aborts on a crash or a broken invariant.
    entries().at(target).second(file.readAll());
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
