// "minh-cli keygen", "export", "verify" and "check --dossier": the real executable in a fresh
// folder, exit codes and JSON as the README promises.

#include "../clisupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using CliSupport::CliRun;

class TestCliPackage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keygen_printsFingerprint();
    void keygen_shortPassword_rejected();
    void export_demo_writesPackage();
    void verify_valid_exitZeroAndJson();
    void verify_wrongPin_exitOne();
    void verify_tampered_exitOne();
    void verify_notAPackage_exitTwo();
    void export_wrongPassword_rejectedWithoutFile();
    void export_incomplete_exitOneWithoutFile();
    void checkDossier_listsFindings();
    void evidenceKeep_silencesItemNotCited();

private:
    CliRun cli(const QStringList &arguments)
    {
        return CliSupport::run(m_dir.path(), m_dir.filePath(QStringLiteral("data")), arguments);
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    void writeFile(const QString &name, const QByteArray &data)
    {
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(data);
    }

    QTemporaryDir m_dir;
    QString m_fingerprint;
};

void TestCliPackage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    writeFile(QStringLiteral("password"), "school-password\n");
    writeFile(QStringLiteral("short"), "short\n");
    QVERIFY(CliSupport::ok(cli({QStringLiteral("demo"), path(QStringLiteral("demo.minh"))})));
}

void TestCliPackage::keygen_printsFingerprint()
{
    const CliRun run =
        cli({QStringLiteral("keygen"), QStringLiteral("--school"), QStringLiteral("Trường THCS Nguyễn Du"),
             QStringLiteral("--out"), path(QStringLiteral("school.p12")), QStringLiteral("--password-file"),
             path(QStringLiteral("password"))});
    QVERIFY(CliSupport::ok(run));
    QVERIFY(run.out.startsWith(QStringLiteral("Certificate SHA-256 fingerprint: ")));
    m_fingerprint = run.out.trimmed().section(QLatin1Char(' '), -1);
    QCOMPARE(m_fingerprint.size(), 64);
    QVERIFY(QFile::exists(path(QStringLiteral("school.p12"))));
}

void TestCliPackage::keygen_shortPassword_rejected()
{
    const CliRun run =
        cli({QStringLiteral("keygen"), QStringLiteral("--school"), QStringLiteral("X"), QStringLiteral("--out"),
             path(QStringLiteral("weak.p12")), QStringLiteral("--password-file"), path(QStringLiteral("short"))});
    QVERIFY(CliSupport::rejected(run, {QStringLiteral("at least 8 characters")}));
    QVERIFY(!QFile::exists(path(QStringLiteral("weak.p12"))));
}

void TestCliPackage::export_demo_writesPackage()
{
    const CliRun run =
        cli({QStringLiteral("export"), path(QStringLiteral("demo.minh")), QStringLiteral("--out"),
             path(QStringLiteral("dossier.zip")), QStringLiteral("--p12"), path(QStringLiteral("school.p12")),
             QStringLiteral("--password-file"), path(QStringLiteral("password"))});
    QVERIFY(CliSupport::ok(run));
    QVERIFY(run.out.contains(m_fingerprint));
    QVERIFY(QFile::exists(path(QStringLiteral("dossier.zip"))));

    // Every printed document is in the package as a real PDF of this school.
    QProcess list;
    list.start(QStringLiteral("unzip"), {QStringLiteral("-Z1"), path(QStringLiteral("dossier.zip"))});
    QVERIFY(list.waitForFinished(60000));
    const QString names = QString::fromUtf8(list.readAllStandardOutput());
    for (const char *document : {"01-report.pdf", "02-criterion-forms.pdf", "03-evidence-list.pdf", "04-plan.pdf",
                                 "05-self-assessment-plan.pdf", "06-council-decision.pdf", "07-registration-letter.pdf"}) {
        QVERIFY2(names.contains(QStringLiteral("documents/") + QLatin1String(document)), document);
    }
    QProcess report;
    report.setStandardOutputFile(path(QStringLiteral("report.pdf")));
    report.start(QStringLiteral("unzip"),
                 {QStringLiteral("-p"), path(QStringLiteral("dossier.zip")), QStringLiteral("documents/01-report.pdf")});
    QVERIFY(report.waitForFinished(60000));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {path(QStringLiteral("report.pdf")), QStringLiteral("-")});
    QVERIFY(text.waitForFinished(60000));
    QVERIFY(QString::fromUtf8(text.readAllStandardOutput()).contains(QStringLiteral("BÁO CÁO TỰ ĐÁNH GIÁ")));
}

void TestCliPackage::verify_valid_exitZeroAndJson()
{
    const CliRun text =
        cli({QStringLiteral("verify"), path(QStringLiteral("dossier.zip")), QStringLiteral("--pin"), m_fingerprint});
    QVERIFY(CliSupport::ok(text));
    QVERIFY(text.out.contains(QStringLiteral("Signer: Trường THCS Nguyễn Du")));
    QVERIFY(text.out.contains(QStringLiteral("trusted (pinned fingerprint)")));
    QVERIFY(text.out.contains(QStringLiteral("Result: VALID")));
    // The decision and the letter travel as documents, so the office's check covers them.
    QVERIFY(!text.out.contains(QStringLiteral("was not checked")));
    const CliRun json = cli({QStringLiteral("verify"), path(QStringLiteral("dossier.zip")), QStringLiteral("--pin"),
                             m_fingerprint, QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject o = json.json();
    QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("minh-verification"));
    QCOMPARE(o.value(QStringLiteral("valid")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("signature")).toObject().value(QStringLiteral("trust")).toString(),
             QStringLiteral("pinned"));
    QCOMPARE(o.value(QStringLiteral("signature")).toObject().value(QStringLiteral("certificate_sha256")).toString(),
             m_fingerprint);
    QCOMPARE(o.value(QStringLiteral("stated_level")), o.value(QStringLiteral("recomputed_level")));
    const QJsonArray files = o.value(QStringLiteral("files")).toArray();
    QVERIFY(files.size() > 3);
    for (const QJsonValue &f : files) {
        QCOMPARE(f.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    }
}

void TestCliPackage::verify_wrongPin_exitOne()
{
    const CliRun run = cli({QStringLiteral("verify"), path(QStringLiteral("dossier.zip")), QStringLiteral("--pin"),
                            QString(64, QLatin1Char('0')), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.json().value(QStringLiteral("signature")).toObject().value(QStringLiteral("trust")).toString(),
             QStringLiteral("untrusted"));
    const CliRun badPin = cli({QStringLiteral("verify"), path(QStringLiteral("dossier.zip")), QStringLiteral("--pin"),
                               QStringLiteral("xyz")});
    QVERIFY(CliSupport::rejected(badPin, {QStringLiteral("64 hexadecimal digits")}));
}

void TestCliPackage::verify_tampered_exitOne()
{
    QProcess python;
    python.start(QStringLiteral("python3"), {QStringLiteral(MINH_TEST_DATA "/package/tamper.py"),
                                             path(QStringLiteral("dossier.zip")), path(QStringLiteral("tampered.zip")),
                                             QStringLiteral("flip"), QStringLiteral("data/assessment.json")});
    QVERIFY(python.waitForFinished(60000));
    QCOMPARE(python.exitCode(), 0);
    const CliRun run = cli({QStringLiteral("verify"), path(QStringLiteral("tampered.zip"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.contains(QStringLiteral("File data/assessment.json: changed")));
    QVERIFY(run.out.contains(QStringLiteral("Result: NOT VALID")));
}

void TestCliPackage::verify_notAPackage_exitTwo()
{
    writeFile(QStringLiteral("garbage.zip"), QByteArray(5000, 'g'));
    const CliRun run = cli({QStringLiteral("verify"), path(QStringLiteral("garbage.zip"))});
    QVERIFY(CliSupport::rejected(run, {path(QStringLiteral("garbage.zip"))}));
    const CliRun json = cli({QStringLiteral("verify"), path(QStringLiteral("garbage.zip")), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 2);
    QCOMPARE(json.json().value(QStringLiteral("readable")).toBool(), false);
}

void TestCliPackage::export_wrongPassword_rejectedWithoutFile()
{
    const CliRun run =
        cli({QStringLiteral("export"), path(QStringLiteral("demo.minh")), QStringLiteral("--out"),
             path(QStringLiteral("nope.zip")), QStringLiteral("--p12"), path(QStringLiteral("school.p12")),
             QStringLiteral("--password-file"), path(QStringLiteral("short"))});
    QVERIFY(CliSupport::rejected(run, {QStringLiteral("password"), path(QStringLiteral("school.p12"))}));
    QVERIFY(!QFile::exists(path(QStringLiteral("nope.zip"))));
}

void TestCliPackage::export_incomplete_exitOneWithoutFile()
{
    QVERIFY(
        CliSupport::ok(cli({QStringLiteral("new"), path(QStringLiteral("blank.minh")), QStringLiteral("--framework"),
                            QStringLiteral("tt18-2018"), QStringLiteral("--school"), QStringLiteral("Trường mới")})));
    const CliRun run =
        cli({QStringLiteral("export"), path(QStringLiteral("blank.minh")), QStringLiteral("--out"),
             path(QStringLiteral("blank.zip")), QStringLiteral("--p12"), path(QStringLiteral("school.p12")),
             QStringLiteral("--password-file"), path(QStringLiteral("password"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("The council has no members.")));
    QVERIFY(run.err.contains(QStringLiteral("not complete")));
    QVERIFY(!QFile::exists(path(QStringLiteral("blank.zip"))));
}

void TestCliPackage::checkDossier_listsFindings()
{
    const CliRun blank = cli({QStringLiteral("check"), path(QStringLiteral("blank.minh")), QStringLiteral("--dossier"),
                              QStringLiteral("--json")});
    QCOMPARE(blank.exitCode, 1);
    QVERIFY(blank.json().value(QStringLiteral("errors")).toInt() > 0);
    const QJsonObject first = blank.json().value(QStringLiteral("findings")).toArray().first().toObject();
    QCOMPARE(first.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    QVERIFY(!first.value(QStringLiteral("place")).toString().isEmpty());
    const CliRun demo = cli({QStringLiteral("check"), path(QStringLiteral("demo.minh")), QStringLiteral("--dossier")});
    QCOMPARE(demo.exitCode, 0);
    QVERIFY(!demo.out.contains(QStringLiteral("was not checked")));

    // A letter without its addressee blocks the dossier.
    QVERIFY(QFile::copy(path(QStringLiteral("demo.minh")), path(QStringLiteral("letterless.minh"))));
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {path(QStringLiteral("letterless.minh")),
                                             QStringLiteral("DELETE FROM document_setting WHERE "
                                                            "document = 'registration_letter' AND field = 'addressee'")});
    QVERIFY(sqlite.waitForFinished(60000));
    QCOMPARE(sqlite.exitCode(), 0);
    const CliRun letterless = cli({QStringLiteral("check"), path(QStringLiteral("letterless.minh")),
                                   QStringLiteral("--dossier"), QStringLiteral("--json")});
    QCOMPARE(letterless.exitCode, 1);
    bool found = false;
    for (const QJsonValue &f : letterless.json().value(QStringLiteral("findings")).toArray()) {
        found = found || f.toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("registration_letter_incomplete");
    }
    QVERIFY(found);
}

void TestCliPackage::evidenceKeep_silencesItemNotCited()
{
    const CliRun added = cli({QStringLiteral("evidence"), QStringLiteral("add"), path(QStringLiteral("blank.minh")),
                              QStringLiteral("--criterion"), QStringLiteral("1.1"), QStringLiteral("--title"),
                              QStringLiteral("Sổ đăng bộ")});
    QVERIFY(CliSupport::ok(added));
    const QString code = added.out.trimmed();
    const auto notCited = [&]() {
        const QJsonArray findings = cli({QStringLiteral("check"), path(QStringLiteral("blank.minh")),
                                         QStringLiteral("--dossier"), QStringLiteral("--json")})
                                        .json()
                                        .value(QStringLiteral("findings"))
                                        .toArray();
        return std::any_of(findings.begin(), findings.end(), [&](const QJsonValue &f) {
            return f.toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("item_not_cited") &&
                   f.toObject().value(QStringLiteral("where")).toString() == code;
        });
    };
    QVERIFY(notCited());
    QVERIFY(CliSupport::ok(cli({QStringLiteral("evidence"), QStringLiteral("keep"), path(QStringLiteral("blank.minh")),
                                QStringLiteral("--code"), code})));
    QVERIFY(!notCited());
    QVERIFY(CliSupport::ok(cli({QStringLiteral("evidence"), QStringLiteral("keep"), path(QStringLiteral("blank.minh")),
                                QStringLiteral("--code"), code, QStringLiteral("--no")})));
    QVERIFY(notCited());
}

QTEST_GUILESS_MAIN(TestCliPackage)
#include "tst_cli_package.moc"
