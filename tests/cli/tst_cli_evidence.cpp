// End-to-end tests of the evidence commands of minh-cli ("evidence add|attach|cite|list|extract"
// and "check"): every case runs the real executable in a fresh temporary folder and checks its
// exit code, its output and what it left in the school file and on disk.

#include "../clisupport.h"
#include "document/schooldocument.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

namespace {

using CliSupport::CliRun;
using CliSupport::ok;
using CliSupport::rejected;

const QString SchoolName = QStringLiteral("Trường THCS Nguyễn Du");




QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray randomBytes(int size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray data(size, Qt::Uninitialized);
    for (char &c : data) {
        c = char(random.bounded(256));
    }
    return data;
}

QString sha256Of(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QString fixture(const QString &name)
{
    return QStringLiteral(MINH_TEST_DATA "/evidence/") + name;
}

// Every file under `folder`, as paths relative to it, sorted.
QStringList tree(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files.append(QDir(folder).relativeFilePath(it.next()));
    }
    files.sort();
    return files;
}

QJsonObject itemIn(const QJsonArray &items, const QString &code)
{
    for (const QJsonValue &v : items) {
        if (v[QStringLiteral("code")].toString() == code) {
            return v.toObject();
        }
    }
    return {};
}

} // namespace

class TestCliEvidence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void add_printsExactlyNewCode_data();
    void add_printsExactlyNewCode();
    void add_options_landInListAndShow();
    void add_badInput_exitsTwoAndWritesNothing_data();
    void add_badInput_exitsTwoAndWritesNothing();
    void add_duplicateContent_notesItOnStderr();
    void attach_otherSpelling_addsFiles();
    void cite_otherSpelling_listsCriterionInCitedBy_data();
    void cite_otherSpelling_listsCriterionInCitedBy();
    void cite_badInput_exitsTwo_data();
    void cite_badInput_exitsTwo();

    void extractAll_writesOneFolderPerStandard();
    void extractCode_writesOneItem();
    void extractTwice_keepsFirstFilesAndNumbersSecond();
    void extract_badInput_exitsTwo_data();
    void extract_badInput_exitsTwo();

    void check_exitStatus_data();
    void check_exitStatus();
    void checkJson_countsFindingsWithKinds();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    CliRun cli(const QStringList &arguments) const;
    QString writeFile(const QString &name, const QByteArray &data) const;
    QString newSchool(const QString &framework = QStringLiteral("tt18-2018")) const;
    QString add(const QString &school, const QString &criterion, const QString &title, const QStringList &files = {},
                const QStringList &options = {}) const;
    QJsonArray listed(const QString &school) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliEvidence::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(QStringLiteral(MINH_CLI)), MINH_CLI);
    QVERIFY(QFile::exists(fixture(QStringLiteral("not-a-school.minh"))));
}

void TestCliEvidence::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCliEvidence::cleanup()
{
    m_dir.reset();
}

CliRun TestCliEvidence::cli(const QStringList &arguments) const
{
    return CliSupport::run(m_dir->path(), path(QStringLiteral("xdg-data")), arguments);
}

QString TestCliEvidence::writeFile(const QString &name, const QByteArray &data) const
{
    const QString file = path(name);
    QDir().mkpath(QFileInfo(file).absolutePath());
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size()) {
        qWarning() << "cannot write" << file;
    }
    return file;
}

QString TestCliEvidence::newSchool(const QString &framework) const
{
    const QString school = path(QStringLiteral("school.minh"));
    const CliRun run =
        cli({QStringLiteral("new"), school, QStringLiteral("--framework"), framework, QStringLiteral("--school"),
             SchoolName, QStringLiteral("--year"), QStringLiteral("2025-2026")});
    return ok(run) ? school : QString();
}

// `evidence add` that must succeed; returns the printed code without its line end.
QString TestCliEvidence::add(const QString &school, const QString &criterion, const QString &title,
                             const QStringList &files, const QStringList &options) const
{
    const CliRun run = cli(QStringList{QStringLiteral("evidence"), QStringLiteral("add"), school,
                                       QStringLiteral("--criterion"), criterion, QStringLiteral("--title"), title} +
                           options + files);
    if (!ok(run) || !run.out.endsWith(QLatin1Char('\n'))) {
        return {};
    }
    return run.out.chopped(1);
}

QJsonArray TestCliEvidence::listed(const QString &school) const
{
    const CliRun run = cli({QStringLiteral("evidence"), QStringLiteral("list"), school, QStringLiteral("--json")});
    return ok(run) ? run.json()[QStringLiteral("evidence")].toArray() : QJsonArray();
}

void TestCliEvidence::add_printsExactlyNewCode_data()
{
    QTest::addColumn<QStringList>("names");

    QTest::newRow("no file: kept on paper") << QStringList();
    QTest::newRow("one pdf") << QStringList{QStringLiteral("ke-hoach.pdf")};
    QTest::newRow("pdf, jpg and docx") << QStringList{
        QStringLiteral("quyết định.pdf"), QStringLiteral("ảnh lễ khai giảng.jpg"), QStringLiteral("báo cáo.docx")};
}

void TestCliEvidence::add_printsExactlyNewCode()
{
    QFETCH(QStringList, names);

    const QString school = newSchool();
    QVERIFY(!school.isEmpty());
    QStringList files;
    QList<QByteArray> contents;
    for (qsizetype i = 0; i < names.size(); ++i) {
        contents.append(randomBytes(3000 + int(i) * 70000, quint32(i + 1)));
        files.append(writeFile(names.at(i), contents.last()));
    }
    const QStringList base{QStringLiteral("evidence"),        QStringLiteral("add"), school,
                           QStringLiteral("--criterion"),     QStringLiteral("1.1"), QStringLiteral("--title"),
                           QStringLiteral("Kế hoạch năm học")};
    const CliRun run = cli(base + files);
    QVERIFY(ok(run));
    QCOMPARE(run.out, QStringLiteral("[H1-1.1-01]\n"));
    QCOMPARE(run.err, QString());

    const QJsonObject item = itemIn(listed(school), QStringLiteral("[H1-1.1-01]"));
    QCOMPARE(item[QStringLiteral("title")].toString(), QStringLiteral("Kế hoạch năm học"));
    QCOMPARE(item[QStringLiteral("criterion")].toString(), QStringLiteral("1.1"));
    const QJsonArray stored = item[QStringLiteral("files")].toArray();
    QCOMPARE(stored.size(), names.size());
    for (qsizetype i = 0; i < names.size(); ++i) {
        QCOMPARE(stored.at(i)[QStringLiteral("name")].toString(), names.at(i));
        QCOMPARE(stored.at(i)[QStringLiteral("size")].toInteger(), qint64(contents.at(i).size()));
        QCOMPARE(stored.at(i)[QStringLiteral("sha256")].toString(), sha256Of(contents.at(i)));
    }

    // The next item of the criterion takes the next number.
    const CliRun second = cli(base);
    QVERIFY(ok(second));
    QCOMPARE(second.out, QStringLiteral("[H1-1.1-02]\n"));
}

void TestCliEvidence::add_options_landInListAndShow()
{
    const QString school = newSchool();
    QVERIFY(!school.isEmpty());
    const QString minutes = fixture(QStringLiteral("bien-ban-hop.txt"));
    const QString code = add(
        school, QStringLiteral("1.2"), QStringLiteral("Biên bản họp Hội đồng"), {minutes},
        {QStringLiteral("--issued"), QStringLiteral("Số 05/BB-HĐTĐG, ngày 05/9/2025"), QStringLiteral("--issuer"),
         QStringLiteral("Hội đồng tự đánh giá"), QStringLiteral("--box"), QStringLiteral("3"), QStringLiteral("--year"),
         QStringLiteral("2024-2025, 2025-2026"), QStringLiteral("--notes"), QStringLiteral("Bản chính có chữ ký"),
         QStringLiteral("--location"), QStringLiteral("Tủ hồ sơ phòng Hiệu trưởng")});
    QCOMPARE(code, QStringLiteral("[H3-1.2-01]"));

    const QJsonObject expected{
        {QStringLiteral("code"), QStringLiteral("[H3-1.2-01]")},
        {QStringLiteral("title"), QStringLiteral("Biên bản họp Hội đồng")},
        {QStringLiteral("issue_info"), QStringLiteral("Số 05/BB-HĐTĐG, ngày 05/9/2025")},
        {QStringLiteral("issuer"), QStringLiteral("Hội đồng tự đánh giá")},
        {QStringLiteral("notes"), QStringLiteral("Bản chính có chữ ký")},
        {QStringLiteral("school_years"), QStringLiteral("2024-2025, 2025-2026")},
        {QStringLiteral("location"), QStringLiteral("Tủ hồ sơ phòng Hiệu trưởng")},
        {QStringLiteral("box"), 3},
        {QStringLiteral("criterion"), QStringLiteral("1.2")},
        {QStringLiteral("cited_by"), QJsonArray()},
        {QStringLiteral("kept"), false},
        {QStringLiteral("files"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("bien-ban-hop.txt")},
                                                         {QStringLiteral("size"), QFileInfo(minutes).size()},
                                                         {QStringLiteral("sha256"), sha256Of(readBytes(minutes))}}}}};
    const QJsonArray list = listed(school);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).toObject(), expected);

    const CliRun show = cli({QStringLiteral("show"), school, QStringLiteral("--json")});
    QVERIFY(ok(show));
    const QJsonArray shown = show.json()[QStringLiteral("evidence")].toArray();
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.at(0).toObject(), expected);

    const CliRun plain = cli({QStringLiteral("evidence"), QStringLiteral("list"), school});
    QVERIFY(ok(plain));
    QCOMPARE(plain.out,
             QStringLiteral(
                 "[H3-1.2-01]  Biên bản họp Hội đồng  Số 05/BB-HĐTĐG, ngày 05/9/2025  Hội đồng tự đánh giá  1 file\n"));
}

void TestCliEvidence::add_badInput_exitsTwoAndWritesNothing_data()
{
    // In arguments, {school} is the school file, {dir} the test's folder; the school file gets one
    // item first, so that a rejected command that wrote anything shows.
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("mentions");

    const QString school = QStringLiteral("{school}");
    const QStringList add{QStringLiteral("evidence"), QStringLiteral("add"), school};
    const QStringList complete = add + QStringList{QStringLiteral("--criterion"), QStringLiteral("1.1"),
                                                   QStringLiteral("--title"), QStringLiteral("Kế hoạch")};
    const auto withBox = [&](const QString &box) { return complete + QStringList{QStringLiteral("--box"), box}; };
    const auto withYear = [&](const QString &year) { return complete + QStringList{QStringLiteral("--year"), year}; };

    QTest::newRow("no --criterion") << add + QStringList{QStringLiteral("--title"), QStringLiteral("Kế hoạch")}
                                    << QStringList{QStringLiteral("--criterion")};
    QTest::newRow("no --title") << add + QStringList{QStringLiteral("--criterion"), QStringLiteral("1.1")}
                                << QStringList{QStringLiteral("--title")};
    QTest::newRow("blank --title") << add + QStringList{QStringLiteral("--criterion"), QStringLiteral("1.1"),
                                                        QStringLiteral("--title"), QStringLiteral("   ")}
                                   << QStringList{QStringLiteral("--title")};
    QTest::newRow("unknown criterion") << add + QStringList{QStringLiteral("--criterion"), QStringLiteral("9.9"),
                                                            QStringLiteral("--title"), QStringLiteral("Kế hoạch")}
                                       << QStringList{QStringLiteral("9.9")};
    QTest::newRow("box not a number") << withBox(QStringLiteral("hai")) << QStringList{QStringLiteral("box")};
    QTest::newRow("box negative") << withBox(QStringLiteral("-1")) << QStringList{QStringLiteral("box")};
    QTest::newRow("box zero") << withBox(QStringLiteral("0")) << QStringList{QStringLiteral("box")};
    QTest::newRow("box too large") << withBox(QStringLiteral("1000")) << QStringList{QStringLiteral("box")};
    QTest::newRow("year alone") << withYear(QStringLiteral("2024")) << QStringList{QStringLiteral("“2024”")};
    QTest::newRow("year short") << withYear(QStringLiteral("24-25")) << QStringList{QStringLiteral("“24-25”")};
    QTest::newRow("year with slash") << withYear(QStringLiteral("2024/2025"))
                                     << QStringList{QStringLiteral("“2024/2025”")};
    QTest::newRow("year in words") << withYear(QStringLiteral("năm nay")) << QStringList{QStringLiteral("“năm nay”")};
    QTest::newRow("year backwards") << withYear(QStringLiteral("2025-2024"))
                                    << QStringList{QStringLiteral("“2025-2024”")};
    QTest::newRow("year spans two") << withYear(QStringLiteral("2024-2026"))
                                    << QStringList{QStringLiteral("“2024-2026”")};
    QTest::newRow("missing file") << complete + QStringList{QStringLiteral("{dir}/không có.pdf")}
                                  << QStringList{QStringLiteral("không có.pdf")};
    QTest::newRow("missing file after a good one")
        << complete + QStringList{QStringLiteral("{dir}/good.pdf"), QStringLiteral("{dir}/mất.jpg")}
        << QStringList{QStringLiteral("mất.jpg")};
    QTest::newRow("folder as PATH") << complete + QStringList{QStringLiteral("{dir}/thư mục")}
                                    << QStringList{QStringLiteral("thư mục"), QStringLiteral("folder")};
    QTest::newRow("same file twice") << complete + QStringList{QStringLiteral("{dir}/good.pdf"),
                                                               QStringLiteral("{dir}/good.pdf")}
                                     << QStringList{QStringLiteral("good.pdf")};
    QTest::newRow("not a school file") << QStringList{QStringLiteral("evidence"),
                                                      QStringLiteral("add"),
                                                      QStringLiteral("{dir}/not-a-school.minh"),
                                                      QStringLiteral("--criterion"),
                                                      QStringLiteral("1.1"),
                                                      QStringLiteral("--title"),
                                                      QStringLiteral("X"),
                                                      QStringLiteral("{dir}/good.pdf")}
                                       << QStringList{QStringLiteral("not-a-school.minh")};
    QTest::newRow("no school file") << QStringList{QStringLiteral("evidence"),
                                                   QStringLiteral("add"),
                                                   QStringLiteral("{dir}/chưa có.minh"),
                                                   QStringLiteral("--criterion"),
                                                   QStringLiteral("1.1"),
                                                   QStringLiteral("--title"),
                                                   QStringLiteral("X")}
                                    << QStringList{QStringLiteral("chưa có.minh")};
}

void TestCliEvidence::add_badInput_exitsTwoAndWritesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, mentions);

    const QString school = newSchool();
    QVERIFY(!school.isEmpty());
    QCOMPARE(add(school, QStringLiteral("2.1"), QStringLiteral("Sổ theo dõi"),
                 {writeFile(QStringLiteral("first.pdf"), "first")}),
             QStringLiteral("[H2-2.1-01]"));
    writeFile(QStringLiteral("good.pdf"), randomBytes(5000, 7));
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("thư mục")));
    const QString stranger = path(QStringLiteral("not-a-school.minh"));
    QVERIFY(QFile::copy(fixture(QStringLiteral("not-a-school.minh")), stranger));

    const QByteArray schoolBefore = readBytes(school);
    const QByteArray strangerBefore = readBytes(stranger);
    const QStringList before = tree(m_dir->path());
    for (QString &argument : arguments) {
        argument.replace(QStringLiteral("{school}"), school).replace(QStringLiteral("{dir}"), m_dir->path());
    }

    QVERIFY(rejected(cli(arguments), mentions));
    QVERIFY2(readBytes(school) == schoolBefore, "the school file changed");
    QVERIFY2(readBytes(stranger) == strangerBefore, "the foreign file changed");
    QCOMPARE(tree(m_dir->path()), before);
    QCOMPARE(listed(school).size(), 1);
}

void TestCliEvidence::add_duplicateContent_notesItOnStderr()
{
    const QString school = newSchool();
    QVERIFY(!school.isEmpty());
    const QByteArray content = randomBytes(20000, 3);
    QCOMPARE(
        add(school, QStringLiteral("1.1"), QStringLiteral("Kế hoạch"), {writeFile(QStringLiteral("a.pdf"), content)}),
        QStringLiteral("[H1-1.1-01]"));

    const CliRun run =
        cli({QStringLiteral("evidence"), QStringLiteral("add"), school, QStringLiteral("--criterion"),
             QStringLiteral("2.1"), QStringLiteral("--title"), QStringLiteral("Kế hoạch (bản sao)"),
             writeFile(QStringLiteral("bản sao.pdf"), content), writeFile(QStringLiteral("khác.pdf"), "khác")});
    QVERIFY(ok(run));
    QCOMPARE(run.out, QStringLiteral("[H2-2.1-01]\n"));
    QCOMPARE(run.err,
             QStringLiteral("“bản sao.pdf” has the same content as a file of [H1-1.1-01]; it is stored once.\n"));

    const QJsonArray list = listed(school);
    QCOMPARE(itemIn(list, QStringLiteral("[H2-2.1-01]"))[QStringLiteral("files")].toArray().size(), 2);
    QCOMPARE(
        itemIn(list, QStringLiteral("[H2-2.1-01]"))[QStringLiteral("files")][0][QStringLiteral("sha256")].toString(),
        sha256Of(content));
}

void TestCliEvidence::attach_otherSpelling_addsFiles()
{
    const QString school = newSchool();
    QVERIFY(!school.isEmpty());
    QCOMPARE(add(school, QStringLiteral("1.10"), QStringLiteral("Sổ đăng bộ")), QStringLiteral("[H1-1.10-01]"));

    const CliRun run =
        cli({QStringLiteral("evidence"), QStringLiteral("attach"), school, QStringLiteral("--code"),
             QStringLiteral("h1 1.10 01"), writeFile(QStringLiteral("trang 1.jpg"), randomBytes(4000, 1)),
             writeFile(QStringLiteral("trang 2.jpg"), randomBytes(4000, 2))});
    QVERIFY(ok(run));
    QCOMPARE(run.out, QStringLiteral("Attached 2 files to [H1-1.10-01].\n"));
    const QJsonArray files = itemIn(listed(school), QStringLiteral("[H1-1.10-01]"))[QStringLiteral("files")].toArray();
    QCOMPARE(files.size(), 2);
    QCOMPARE(files.at(1)[QStringLiteral("name")].toString(), QStringLiteral("trang 2.jpg"));

    const QByteArray before = readBytes(school);
    QVERIFY(rejected(cli({QStringLiteral("evidence"), QStringLiteral("attach"), school, QStringLiteral("--code"),
                          QStringLiteral("[H1-1.10-01]"), path(QStringLiteral("trang 1.jpg"))}),
                     {QStringLiteral("trang 1.jpg"), QStringLiteral("already attached")}));
    QVERIFY(rejected(cli({QStringLiteral("evidence"), QStringLiteral("attach"), school, QStringLiteral("--code"),
                          QStringLiteral("[H1-1.9-01]"), path(QStringLiteral("trang 1.jpg"))}),
                     {QStringLiteral("[H1-1.9-01]")}));
    QVERIFY(readBytes(school) == before);
}

void TestCliEvidence::cite_otherSpelling_listsCriterionInCitedBy_data()
{
    QTest::addColumn<QString>("framework");
    QTest::addColumn<QString>("criterion");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("code");

    QTest::newRow("spaces, lower case") << QStringLiteral("tt18-2018") << QStringLiteral("1.1")
                                        << QStringLiteral("h1 1.1 01") << QStringLiteral("[H1-1.1-01]");
    QTest::newRow("as printed") << QStringLiteral("tt18-2018") << QStringLiteral("1.1") << QStringLiteral("[H1-1.1-01]")
                                << QStringLiteral("[H1-1.1-01]");
    QTest::newRow("without brackets") << QStringLiteral("tt18-2018") << QStringLiteral("1.10")
                                      << QStringLiteral("H1-1.10-01") << QStringLiteral("[H1-1.10-01]");
    QTest::newRow("2026, lower case") << QStringLiteral("tt57-2026") << QStringLiteral("1.3")
                                      << QStringLiteral("mc.1.3.01") << QStringLiteral("MC.1.3.01");
}

void TestCliEvidence::cite_otherSpelling_listsCriterionInCitedBy()
{
    QFETCH(QString, framework);
    QFETCH(QString, criterion);
    QFETCH(QString, typed);
    QFETCH(QString, code);

    const QString school = newSchool(framework);
    QVERIFY(!school.isEmpty());
    QCOMPARE(add(school, criterion, QStringLiteral("Kế hoạch")), code);

    const CliRun run = cli({QStringLiteral("evidence"), QStringLiteral("cite"), school, QStringLiteral("--code"), typed,
                            QStringLiteral("--criterion"), QStringLiteral("2.1")});
    QVERIFY(ok(run));
    QCOMPARE(run.out, QStringLiteral("Criterion 2.1 now uses %1.\n").arg(code));
    const QJsonArray list = listed(school);
    QCOMPARE(list.size(), 1);
    QCOMPARE(itemIn(list, code)[QStringLiteral("cited_by")].toArray(), QJsonArray{QStringLiteral("2.1")});

    // Citing again changes nothing.
    QVERIFY(ok(cli({QStringLiteral("evidence"), QStringLiteral("cite"), school, QStringLiteral("--code"), code,
                    QStringLiteral("--criterion"), QStringLiteral("2.1")})));
    QCOMPARE(itemIn(listed(school), code)[QStringLiteral("cited_by")].toArray(), QJsonArray{QStringLiteral("2.1")});
}

void TestCliEvidence::cite_badInput_exitsTwo_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("criterion");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("unknown code") << QStringLiteral("[H1-1.1-07]") << QStringLiteral("2.1")
                                  << QStringList{QStringLiteral("[H1-1.1-07]")};
    QTest::newRow("unknown criterion") << QStringLiteral("[H1-1.1-01]") << QStringLiteral("7.7")
                                       << QStringList{QStringLiteral("7.7")};
    QTest::newRow("not a code") << QStringLiteral("kế hoạch") << QStringLiteral("2.1")
                                << QStringList{QStringLiteral("kế hoạch")};
}

void TestCliEvidence::cite_badInput_exitsTwo()
{
    QFETCH(QString, code);
    QFETCH(QString, criterion);
    QFETCH(QStringList, mentions);

    const QString school = newSchool();
    QVERIFY(!school.isEmpty());
    QCOMPARE(add(school, QStringLiteral("1.1"), QStringLiteral("Kế hoạch")), QStringLiteral("[H1-1.1-01]"));
    const QByteArray before = readBytes(school);
    QVERIFY(rejected(cli({QStringLiteral("evidence"), QStringLiteral("cite"), school, QStringLiteral("--code"), code,
                          QStringLiteral("--criterion"), criterion}),
                     mentions));
    QVERIFY(readBytes(school) == before);
}

void TestCliEvidence::extractAll_writesOneFolderPerStandard()
{
    const QString school = newSchool();
    QVERIFY(!school.isEmpty());
    const QByteArray plan1 = randomBytes(1500, 11);
    const QByteArray plan2 = randomBytes(2500, 12);
    const QByteArray photo = randomBytes(3500, 13);
    const QByteArray register_ = randomBytes(4500, 14);
    const QByteArray minutes = readBytes(fixture(QStringLiteral("bien-ban-hop.txt")));
    QCOMPARE(add(school, QStringLiteral("1.1"), QStringLiteral("Kế hoạch năm học"),
                 {writeFile(QStringLiteral("in/kh1.pdf"), plan1), writeFile(QStringLiteral("in/kh2.pdf"), plan2),
                  writeFile(QStringLiteral("in/anh.jpg"), photo)}),
             QStringLiteral("[H1-1.1-01]"));
    QCOMPARE(add(school, QStringLiteral("1.10"), QStringLiteral("Sổ đăng bộ"),
                 {writeFile(QStringLiteral("in/so.docx"), register_)}),
             QStringLiteral("[H1-1.10-01]"));
    QCOMPARE(add(school, QStringLiteral("2.1"), QStringLiteral("Biên bản họp: tổ chuyên môn"),
                 {fixture(QStringLiteral("bien-ban-hop.txt"))}),
             QStringLiteral("[H2-2.1-01]"));
    QCOMPARE(add(school, QStringLiteral("3.2"), QStringLiteral("Hồ sơ giấy")), QStringLiteral("[H3-3.2-01]"));

    const QString out = path(QStringLiteral("trích xuất"));
    const CliRun run = cli({QStringLiteral("evidence"), QStringLiteral("extract"), school, out});
    QVERIFY(ok(run));
    const QHash<QString, QByteArray> expected{
        {QStringLiteral("Standard 1/H1-1.1-01 Kế hoạch năm học.pdf"), plan1},
        {QStringLiteral("Standard 1/H1-1.1-01 Kế hoạch năm học (2).pdf"), plan2},
        {QStringLiteral("Standard 1/H1-1.1-01 Kế hoạch năm học.jpg"), photo},
        {QStringLiteral("Standard 1/H1-1.10-01 Sổ đăng bộ.docx"), register_},
        {QStringLiteral("Standard 2/H2-2.1-01 Biên bản họp tổ chuyên môn.txt"), minutes}};
    QStringList names = expected.keys();
    names.sort();
    QCOMPARE(tree(out), names);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        QVERIFY2(readBytes(QDir(out).filePath(it.key())) == it.value(), qPrintable(it.key()));
    }
    // One subfolder per standard that has files; the paper-only item of standard 3 gives none.
    QCOMPARE(QDir(out).entryList(QDir::Dirs | QDir::NoDotAndDotDot),
             (QStringList{QStringLiteral("Standard 1"), QStringLiteral("Standard 2")}));
    QStringList printed = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString &line : printed) {
        line = QDir(out).relativeFilePath(line);
    }
    printed.sort();
    QCOMPARE(printed, names);
}

void TestCliEvidence::extractCode_writesOneItem()
{
    const QString school = newSchool();
    QVERIFY(!school.isEmpty());
    const QByteArray register_ = randomBytes(4500, 21);
    QCOMPARE(
        add(school, QStringLiteral("1.1"), QStringLiteral("Kế hoạch"), {writeFile(QStringLiteral("kh.pdf"), "kh")}),
        QStringLiteral("[H1-1.1-01]"));
    QCOMPARE(add(school, QStringLiteral("1.10"), QStringLiteral("Sổ đăng bộ"),
                 {writeFile(QStringLiteral("so.docx"), register_)}),
             QStringLiteral("[H1-1.10-01]"));

    const QString out = path(QStringLiteral("một mục"));
    const CliRun run = cli({QStringLiteral("evidence"), QStringLiteral("extract"), school, out,
                            QStringLiteral("--code"), QStringLiteral("h1 1.10 01")});
    QVERIFY(ok(run));
    QCOMPARE(tree(out), QStringList{QStringLiteral("H1-1.10-01 Sổ đăng bộ.docx")});
    QVERIFY(readBytes(QDir(out).filePath(QStringLiteral("H1-1.10-01 Sổ đăng bộ.docx"))) == register_);
    QCOMPARE(run.out, QDir(out).filePath(QStringLiteral("H1-1.10-01 Sổ đăng bộ.docx")) + QLatin1Char('\n'));
}

void TestCliEvidence::extractTwice_keepsFirstFilesAndNumbersSecond()
{
    const QString school = newSchool();
    QVERIFY(!school.isEmpty());
    const QByteArray plan = randomBytes(6000, 31);
    QCOMPARE(
        add(school, QStringLiteral("1.1"), QStringLiteral("Kế hoạch"), {writeFile(QStringLiteral("kh.pdf"), plan)}),
        QStringLiteral("[H1-1.1-01]"));

    const QString all = path(QStringLiteral("all"));
    QVERIFY(ok(cli({QStringLiteral("evidence"), QStringLiteral("extract"), school, all})));
    // The council edited the first copy; a second extraction must not overwrite it.
    const QString first = QDir(all).filePath(QStringLiteral("Standard 1/H1-1.1-01 Kế hoạch.pdf"));
    QFile edited(first);
    QVERIFY(edited.open(QIODevice::Append));
    QVERIFY(edited.write("ghi chú") > 0);
    edited.close();
    const QByteArray editedBytes = readBytes(first);
    QVERIFY(ok(cli({QStringLiteral("evidence"), QStringLiteral("extract"), school, all})));
    QCOMPARE(tree(all), (QStringList{QStringLiteral("Standard 1/H1-1.1-01 Kế hoạch (2).pdf"),
                                     QStringLiteral("Standard 1/H1-1.1-01 Kế hoạch.pdf")}));
    QVERIFY(readBytes(first) == editedBytes);
    QVERIFY(readBytes(QDir(all).filePath(QStringLiteral("Standard 1/H1-1.1-01 Kế hoạch (2).pdf"))) == plan);

    const QString one = path(QStringLiteral("one"));
    const QStringList byCode{QStringLiteral("evidence"), QStringLiteral("extract"),    school, one,
                             QStringLiteral("--code"),   QStringLiteral("[H1-1.1-01]")};
    QVERIFY(ok(cli(byCode)));
    QVERIFY(ok(cli(byCode)));
    QVERIFY(ok(cli(byCode)));
    QCOMPARE(tree(one),
             (QStringList{QStringLiteral("H1-1.1-01 Kế hoạch (2).pdf"), QStringLiteral("H1-1.1-01 Kế hoạch (3).pdf"),
                          QStringLiteral("H1-1.1-01 Kế hoạch.pdf")}));
}

void TestCliEvidence::extract_badInput_exitsTwo_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("unknown code") << QStringList{QStringLiteral("--code"), QStringLiteral("[H1-1.1-09]")}
                                  << QStringList{QStringLiteral("[H1-1.1-09]")};
    QTest::newRow("not a code") << QStringList{QStringLiteral("--code"), QStringLiteral("không phải mã")}
                                << QStringList{QStringLiteral("không phải mã")};
    QTest::newRow("OUTDIR is a file") << QStringList{QStringLiteral("--out-is-file")}
                                      << QStringList{QStringLiteral("out.pdf")};
    QTest::newRow("item on paper only") << QStringList{QStringLiteral("--code"), QStringLiteral("[H1-1.2-01]")}
                                        << QStringList{QStringLiteral("[H1-1.2-01]"), QStringLiteral("Tủ hồ sơ")};
}

void TestCliEvidence::extract_badInput_exitsTwo()
{
    QFETCH(QStringList, extra);
    QFETCH(QStringList, mentions);

    const QString school = newSchool();
    QVERIFY(!school.isEmpty());
    QCOMPARE(
        add(school, QStringLiteral("1.1"), QStringLiteral("Kế hoạch"), {writeFile(QStringLiteral("kh.pdf"), "kh")}),
        QStringLiteral("[H1-1.1-01]"));
    QCOMPARE(add(school, QStringLiteral("1.2"), QStringLiteral("Hồ sơ giấy"), {},
                 {QStringLiteral("--location"), QStringLiteral("Tủ hồ sơ số 2")}),
             QStringLiteral("[H1-1.2-01]"));
    const QByteArray before = readBytes(school);
    // A made-up flag in the table stands for "OUTDIR is an existing file".
    const bool outIsFile = extra.removeAll(QStringLiteral("--out-is-file")) > 0;
    const QString out = outIsFile ? writeFile(QStringLiteral("out.pdf"), "not a folder") : path(QStringLiteral("out"));
    QVERIFY(rejected(cli(QStringList{QStringLiteral("evidence"), QStringLiteral("extract"), school, out} + extra),
                     mentions));
    if (outIsFile) {
        QCOMPARE(readBytes(out), QByteArray("not a folder"));
    } else {
        QVERIFY(!QFileInfo::exists(out));
    }
    QVERIFY(readBytes(school) == before);
}

void TestCliEvidence::check_exitStatus_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("fresh school: warnings only")
        << QStringLiteral("fresh") << 0 << QStringList{QStringLiteral("warning: Criterion 1.1 has no evidence.")};
    QTest::newRow("citation of nothing") << QStringLiteral("unresolved") << 1
                                         << QStringList{QStringLiteral("error: Criterion 1.1 cites [H1-1.1-09], but no "
                                                                       "evidence item has that code.")};
    QTest::newRow("not a school file") << QStringLiteral("stranger") << 2
                                       << QStringList{QStringLiteral("not-a-school.minh")};
    QTest::newRow("no such file") << QStringLiteral("missing") << 2 << QStringList{QStringLiteral("chưa có.minh")};
}

void TestCliEvidence::check_exitStatus()
{
    QFETCH(QString, setup);
    QFETCH(int, exitCode);
    QFETCH(QStringList, mentions);

    QString school;
    if (setup == QStringLiteral("stranger")) {
        school = path(QStringLiteral("not-a-school.minh"));
        QVERIFY(QFile::copy(fixture(QStringLiteral("not-a-school.minh")), school));
    } else if (setup == QStringLiteral("missing")) {
        school = path(QStringLiteral("chưa có.minh"));
    } else {
        school = newSchool();
        QVERIFY(!school.isEmpty());
    }
    if (setup == QStringLiteral("unresolved")) {
        QCOMPARE(
            add(school, QStringLiteral("1.1"), QStringLiteral("Kế hoạch"), {writeFile(QStringLiteral("kh.pdf"), "kh")}),
            QStringLiteral("[H1-1.1-01]"));
        Minh::Core::SchoolDocument document;
        QVERIFY2(document.open(school), qPrintable(document.errorString()));
        QVERIFY(
            document.setCriterionText(QStringLiteral("1.1"), QStringLiteral("description"),
                                      QStringLiteral("Nhà trường có kế hoạch [H1-1.1-01] và quyết định [H1-1.1-09].")));
        document.close();
    }
    const QByteArray before = readBytes(school);

    const CliRun run = cli({QStringLiteral("check"), school});
    if (exitCode == 2) {
        QVERIFY(rejected(run, mentions));
        QVERIFY(!QFileInfo::exists(school) || readBytes(school) == before);
        return;
    }
    QCOMPARE(run.exitCode, exitCode);
    QCOMPARE(run.err, QString());
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &mention : mentions) {
        QVERIFY2(lines.contains(mention), qPrintable(run.out));
    }
    const bool anyError = std::any_of(lines.cbegin(), lines.cend(),
                                      [](const QString &l) { return l.startsWith(QStringLiteral("error: ")); });
    QCOMPARE(anyError, exitCode == 1);
    QVERIFY(std::all_of(lines.cbegin(), lines.cend(), [](const QString &l) {
        return l.startsWith(QStringLiteral("error: ")) || l.startsWith(QStringLiteral("warning: "));
    }));
    QVERIFY2(readBytes(school) == before, "check changed the school file");
}

void TestCliEvidence::checkJson_countsFindingsWithKinds()
{
    const QString school = newSchool();
    QVERIFY(!school.isEmpty());
    QCOMPARE(add(school, QStringLiteral("1.1"), QStringLiteral("Kế hoạch"), {writeFile(QStringLiteral("kh.pdf"), "kh")},
                 {QStringLiteral("--issued"), QStringLiteral("Số 1/KH, ngày 5/9/2025"), QStringLiteral("--issuer"),
                  QStringLiteral("Hiệu trưởng")}),
             QStringLiteral("[H1-1.1-01]"));
    {
        Minh::Core::SchoolDocument document;
        QVERIFY2(document.open(school), qPrintable(document.errorString()));
        QVERIFY(document.setCriterionText(QStringLiteral("1.2"), QStringLiteral("strengths"),
                                          QStringLiteral("Xem [H1-1.2-04] và [H1-1.1-01].")));
    }

    const CliRun run = cli({QStringLiteral("check"), school, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject json = run.json();
    QCOMPARE(json.keys(),
             (QStringList{QStringLiteral("errors"), QStringLiteral("findings"), QStringLiteral("warnings")}));
    const QJsonArray findings = json[QStringLiteral("findings")].toArray();
    QCOMPARE(qsizetype(json[QStringLiteral("errors")].toInt() + json[QStringLiteral("warnings")].toInt()),
             findings.size());
    QCOMPARE(json[QStringLiteral("errors")].toInt(), 1);
    // 26 of 28 criteria have nothing (1.1 owns the item, 1.2 cites it).
    QCOMPARE(json[QStringLiteral("warnings")].toInt(), 26);

    const QSet<QString> kinds{QStringLiteral("criterion_without_evidence"),
                              QStringLiteral("item_not_cited"),
                              QStringLiteral("unresolved_citation"),
                              QStringLiteral("item_without_files"),
                              QStringLiteral("damaged_file"),
                              QStringLiteral("duplicate_file"),
                              QStringLiteral("outside_window"),
                              QStringLiteral("missing_title"),
                              QStringLiteral("missing_date"),
                              QStringLiteral("missing_issuer")};
    int errors = 0;
    for (const QJsonValue &f : findings) {
        QVERIFY2(kinds.contains(f[QStringLiteral("kind")].toString()),
                 qPrintable(f[QStringLiteral("kind")].toString()));
        QVERIFY(!f[QStringLiteral("message")].toString().isEmpty());
        const QString severity = f[QStringLiteral("severity")].toString();
        QVERIFY(severity == QStringLiteral("error") || severity == QStringLiteral("warning"));
        if (severity == QStringLiteral("error")) {
            ++errors;
            QCOMPARE(f[QStringLiteral("kind")].toString(), QStringLiteral("unresolved_citation"));
            QCOMPARE(f[QStringLiteral("criterion")].toString(), QStringLiteral("1.2"));
            QCOMPARE(f[QStringLiteral("code")].toString(), QStringLiteral("[H1-1.2-04]"));
        }
    }
    QCOMPARE(errors, 1);
}

QTEST_GUILESS_MAIN(TestCliEvidence)
#include "tst_cli_evidence.moc"
