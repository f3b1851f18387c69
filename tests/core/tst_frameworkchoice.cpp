#include "framework/frameworkcatalog.h"
#include "framework/frameworkchoice.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Minh::Core;

// The framework a new school gets by default: the one for its type in force on the day.
class TestFrameworkChoice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void preferred_data();
    void preferred();
    void forSchoolType_listsOnlyThatType();
};

void TestFrameworkChoice::preferred_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");
    QTest::newRow("THCS before TT57") << QStringLiteral("THCS") << QDate(2026, 1, 10) << QStringLiteral("tt18-2018");
    QTest::newRow("THCS on the day TT57 takes effect")
        << QStringLiteral("THCS") << QDate(2026, 7, 7) << QStringLiteral("tt57-2026");
    QTest::newRow("TH after TT57") << QStringLiteral("TH") << QDate(2026, 11, 1) << QStringLiteral("tt57-2026");
    QTest::newRow("TH before TT57") << QStringLiteral("TH") << QDate(2025, 11, 1) << QStringLiteral("tt17-2018");
    QTest::newRow("preschool after TT57")
        << QStringLiteral("MN") << QDate(2026, 9, 5) << QStringLiteral("tt57-2026-mn");
    QTest::newRow("preschool before TT57") << QStringLiteral("MN") << QDate(2024, 9, 5) << QStringLiteral("tt19-2018");
    QTest::newRow("unknown type") << QStringLiteral("XYZ") << QDate(2026, 9, 5) << QString();
    QTest::newRow("before any framework") << QStringLiteral("THCS") << QDate(2010, 1, 1) << QString();
}

void TestFrameworkChoice::preferred()
{
    QFETCH(QString, type);
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    FrameworkCatalog catalog(dir.path());
    const FrameworkCatalog::Entry *entry = FrameworkChoice::preferred(catalog.entries(), type, date);
    QCOMPARE(entry ? entry->framework.id() : QString(), expected);
}

void TestFrameworkChoice::forSchoolType_listsOnlyThatType()
{
    QTemporaryDir dir;
    FrameworkCatalog catalog(dir.path());
    QStringList ids;
    for (const FrameworkCatalog::Entry *e : FrameworkChoice::forSchoolType(catalog.entries(), QStringLiteral("MN"))) {
        ids.append(e->framework.id());
    }
    ids.sort();
    QCOMPARE(ids, (QStringList{QStringLiteral("tt19-2018"), QStringLiteral("tt57-2026-mn")}));
}

QTEST_GUILESS_MAIN(TestFrameworkChoice)
#include "tst_frameworkchoice.moc"
