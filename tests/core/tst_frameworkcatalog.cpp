#include "../testsupport.h"
#include "framework/frameworkcatalog.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Minh::Core;
using Origin = FrameworkCatalog::Origin;

// Makes the content of a framework file to import from the shipped tt18-2018.
using Content = std::function<QByteArray()>;
Q_DECLARE_METATYPE(Content)

namespace {

const QString EditedTitle = QStringLiteral("Quy định về kiểm định chất lượng giáo dục trường trung học (bản sửa đổi)");

QByteArray toBytes(const QJsonObject &json)
{
    return QJsonDocument(json).toJson();
}

QJsonObject retitled(const QString &id, const QString &title)
{
    QJsonObject json = TestSupport::shippedJson(id);
    json[QStringLiteral("title")] = title;
    return json;
}

QJsonObject withFirstRuleCriteria(QJsonObject json, const QJsonArray &codes)
{
    QJsonObject rules = json[QStringLiteral("rules")].toObject();
    QJsonArray levels = rules[QStringLiteral("school_levels")].toArray();
    QJsonObject level = levels[0].toObject();
    level[QStringLiteral("all_of")] =
        QJsonArray{QJsonObject{{QStringLiteral("criteria"), codes}, {QStringLiteral("reach"), 1}}};
    levels[0] = level;
    rules[QStringLiteral("school_levels")] = levels;
    json[QStringLiteral("rules")] = rules;
    return json;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every file below `root`, relative to it, with a hash of its content: what an import may have written.
QMap<QString, QByteArray> snapshot(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(root).relativeFilePath(path), TestSupport::fileHash(path).toHex());
    }
    return files;
}

QStringList ids(const FrameworkCatalog &catalog)
{
    QStringList out;
    for (const FrameworkCatalog::Entry &entry : catalog.entries()) {
        out.append(entry.framework.id());
    }
    out.sort();
    return out;
}

const QStringList ShippedIds{QStringLiteral("tt17-2018"), QStringLiteral("tt18-2018"), QStringLiteral("tt19-2018"),
                             QStringLiteral("tt57-2026"), QStringLiteral("tt57-2026-mn")};

} // namespace

class TestFrameworkCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void construct_listsShippedFrameworks();
    void importFile_modifiedCopy_supersedesShipped();
    void importFile_badFile_failsAndWritesNothing_data();
    void importFile_badFile_failsAndWritesNothing();
    void importFile_unsafeId_isRejectedAndWritesNothing_data();
    void importFile_unsafeId_isRejectedAndWritesNothing();
    void construct_brokenUserFile_isReportedAndOthersLoad();

private:
    std::unique_ptr<QTemporaryDir> m_root;
    QString m_userDir;   // where the catalog keeps imports; made by the first import
    QString m_sourceDir; // where the files to import come from
};

void TestFrameworkCatalog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestFrameworkCatalog::init()
{
    m_root = std::make_unique<QTemporaryDir>();
    QVERIFY(m_root->isValid());
    m_userDir = m_root->filePath(QStringLiteral("data/frameworks"));
    m_sourceDir = m_root->filePath(QStringLiteral("downloads"));
    QVERIFY(QDir().mkpath(m_sourceDir));
}

void TestFrameworkCatalog::cleanup()
{
    m_root.reset();
}

void TestFrameworkCatalog::construct_listsShippedFrameworks()
{
    const FrameworkCatalog catalog(m_userDir);
    QCOMPARE(catalog.userDirectory(), m_userDir);
    QCOMPARE(ids(catalog), ShippedIds);
    for (const QString &id : ShippedIds) {
        const FrameworkCatalog::Entry *entry = catalog.find(id);
        QVERIFY2(entry, qPrintable(id));
        QCOMPARE(entry->origin, Origin::Shipped);
        QCOMPARE(entry->path, QStringLiteral(":/frameworks/%1.json").arg(id));
        QCOMPARE(entry->framework.source(), TestSupport::shippedSource(id));
    }
    QVERIFY(!catalog.find(QStringLiteral("tt99-2030")));
    QVERIFY(catalog.loadErrors().isEmpty());
    QVERIFY(!QFileInfo::exists(m_userDir));
}

void TestFrameworkCatalog::importFile_modifiedCopy_supersedesShipped()
{
    const QString source = QDir(m_sourceDir).filePath(QStringLiteral("tt18 bản sửa.json"));
    const QByteArray bytes = toBytes(retitled(QStringLiteral("tt18-2018"), EditedTitle));
    QVERIFY(writeFile(source, bytes));

    FrameworkCatalog catalog(m_userDir);
    const Result<Framework> imported = catalog.importFile(source);
    QVERIFY2(imported, qPrintable(imported.error()));
    QCOMPARE(imported->id(), QStringLiteral("tt18-2018"));
    QCOMPARE(imported->title(), EditedTitle);

    const QString target = QDir(m_userDir).filePath(QStringLiteral("tt18-2018.json"));
    const FrameworkCatalog::Entry *entry = catalog.find(QStringLiteral("tt18-2018"));
    QVERIFY(entry);
    QCOMPARE(entry->origin, Origin::Imported);
    QCOMPARE(entry->path, target);
    QCOMPARE(entry->framework.title(), EditedTitle);
    QCOMPARE(ids(catalog), ShippedIds);
    QCOMPARE(QDir(m_userDir).entryList(QDir::Files), QStringList{QStringLiteral("tt18-2018.json")});
    QCOMPARE(readFile(target), bytes);

    // The import outlives the catalog that made it; the other frameworks stay shipped.
    const FrameworkCatalog later(m_userDir);
    QVERIFY(later.loadErrors().isEmpty());
    QCOMPARE(ids(later), ShippedIds);
    QCOMPARE(later.find(QStringLiteral("tt18-2018"))->origin, Origin::Imported);
    QCOMPARE(later.find(QStringLiteral("tt18-2018"))->framework.sha256(), imported->sha256());
    QCOMPARE(later.find(QStringLiteral("tt17-2018"))->origin, Origin::Shipped);
}

void TestFrameworkCatalog::importFile_badFile_failsAndWritesNothing_data()
{
    QTest::addColumn<Content>("content");
    QTest::addColumn<QString>("problem"); // the message after "Framework file “…”: "
    QTest::addColumn<bool>("exact");      // otherwise `problem` starts the message and Qt's words follow

    const QString tt18 = QStringLiteral("tt18-2018");
    QTest::newRow("invalid JSON") << Content([] { return QByteArrayLiteral("{\"format\": \"minh-framework\", "); })
                                  << QStringLiteral("it is not valid JSON (") << false;
    QTest::newRow("text not NFC") << Content([=] {
        return toBytes(retitled(tt18, EditedTitle.normalized(QString::NormalizationForm_D)));
    }) << QStringLiteral("the text at “title” is not in Unicode NFC form; save the file with composed characters.")
                                  << true;
    QTest::newRow("duplicate criterion code") << Content([=] {
        return toBytes(TestSupport::withCriterion(retitled(tt18, EditedTitle), 0, 1, [](QJsonObject &criterion) {
            criterion[QStringLiteral("code")] = QStringLiteral("1.1");
        }));
    }) << QStringLiteral("criterion code “1.1” appears more than once.")
                                              << true;
    QTest::newRow("rule names a missing criterion") << Content([=] {
        return toBytes(withFirstRuleCriteria(retitled(tt18, EditedTitle),
                                             QJsonArray{QStringLiteral("1.1"), QStringLiteral("9.9")}));
    }) << QStringLiteral("the rule for school level 1 refers to criterion “9.9”, which the framework does not have.")
                                                    << true;
}

void TestFrameworkCatalog::importFile_badFile_failsAndWritesNothing()
{
    QFETCH(Content, content);
    QFETCH(QString, problem);
    QFETCH(bool, exact);

    // A good import of the same id is already there; a bad file must not replace it.
    const QString good = QDir(m_sourceDir).filePath(QStringLiteral("good.json"));
    QVERIFY(writeFile(good, toBytes(retitled(QStringLiteral("tt18-2018"), EditedTitle))));
    FrameworkCatalog catalog(m_userDir);
    QVERIFY(catalog.importFile(good));
    const QString bad = QDir(m_sourceDir).filePath(QStringLiteral("bad.json"));
    QVERIFY(writeFile(bad, content()));
    const QMap<QString, QByteArray> before = snapshot(m_root->path());
    const Result<Framework> imported = catalog.importFile(bad);
    QVERIFY(!imported);
    const QString expected = QStringLiteral("Framework file “%1”: %2").arg(bad, problem);
    if (exact) {
        QCOMPARE(imported.error(), expected);
    } else {
        QVERIFY2(imported.error().startsWith(expected), qPrintable(imported.error()));
    }
    QCOMPARE(snapshot(m_root->path()), before);
    QCOMPARE(catalog.find(QStringLiteral("tt18-2018"))->framework.title(), EditedTitle);
    QCOMPARE(ids(catalog), ShippedIds);
}

void TestFrameworkCatalog::importFile_unsafeId_isRejectedAndWritesNothing_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("parent folder") << QStringLiteral("../evil");
    QTest::newRow("two levels up") << QStringLiteral("../../evil");
    QTest::newRow("dot dot") << QStringLiteral("..");
    QTest::newRow("down then up") << QStringLiteral("tt18/../../evil");
    QTest::newRow("absolute") << QStringLiteral("/tmp/evil");
}

void TestFrameworkCatalog::importFile_unsafeId_isRejectedAndWritesNothing()
{
    QFETCH(QString, id);

    QJsonObject json = TestSupport::shippedJson(QStringLiteral("tt18-2018"));
    json[QStringLiteral("id")] = id;
    const QString source = QDir(m_sourceDir).filePath(QStringLiteral("evil.json"));
    QVERIFY(writeFile(source, toBytes(json)));
    const QMap<QString, QByteArray> before = snapshot(m_root->path());

    FrameworkCatalog catalog(m_userDir);
    const Result<Framework> imported = catalog.importFile(source);
    QVERIFY(!imported);
    QCOMPARE(
        imported.error(),
        QStringLiteral("Framework file “%1”: the id “%2” may contain only lowercase letters, digits, dots and hyphens.")
            .arg(source, id));
    QCOMPARE(snapshot(m_root->path()), before);
    QVERIFY(!QFileInfo::exists(m_userDir));
    QVERIFY(!QFileInfo::exists(QStringLiteral("/tmp/evil.json")));
    QCOMPARE(ids(catalog), ShippedIds);
}

void TestFrameworkCatalog::construct_brokenUserFile_isReportedAndOthersLoad()
{
    QVERIFY(QDir().mkpath(m_userDir));
    const QDir dir(m_userDir);
    QVERIFY(writeFile(dir.filePath(QStringLiteral("broken.json")), QByteArrayLiteral("{ not json")));
    QVERIFY(writeFile(
        dir.filePath(QStringLiteral("nfd.json")),
        toBytes(retitled(QStringLiteral("tt57-2026"), EditedTitle.normalized(QString::NormalizationForm_D)))));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("tt19-2018.json")),
                      toBytes(retitled(QStringLiteral("tt19-2018"), EditedTitle))));

    const FrameworkCatalog catalog(m_userDir);
    const QStringList errors = catalog.loadErrors();
    QCOMPARE(errors.size(), 2);
    QVERIFY2(errors.at(0).startsWith(QStringLiteral("Framework file “%1”: it is not valid JSON (")
                                         .arg(dir.filePath(QStringLiteral("broken.json")))),
             qPrintable(errors.at(0)));
    QCOMPARE(errors.at(1),
             QStringLiteral("Framework file “%1”: the text at “title” is not in Unicode NFC form; save the "
                            "file with composed characters.")
                 .arg(dir.filePath(QStringLiteral("nfd.json"))));
    QCOMPARE(ids(catalog), ShippedIds);
    QCOMPARE(catalog.find(QStringLiteral("tt57-2026"))->origin, Origin::Shipped);
    QCOMPARE(catalog.find(QStringLiteral("tt18-2018"))->origin, Origin::Shipped);
    QCOMPARE(catalog.find(QStringLiteral("tt19-2018"))->origin, Origin::Imported);
    QCOMPARE(catalog.find(QStringLiteral("tt19-2018"))->framework.title(), EditedTitle);
}

QTEST_GUILESS_MAIN(TestFrameworkCatalog)
#include "tst_frameworkcatalog.moc"
