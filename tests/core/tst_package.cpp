// The signed dossier end to end: export with each kind of signer, verify, tamper with each kind
// of file, trust by CA and by pin, legacy PKCS#12, a SoftHSM2 token, interoperability with
// openssl cms, Python's zipfile and unzip, and the completeness check that gates the export.

#include "../testsupport.h"
#include "document/demoschoolbuilder.h"
#include "document/schooldocument.h"
#include "package/asicmanifest.h"
#include "package/completenesscheck.h"
#include "package/packageexporter.h"
#include "package/packageverifier.h"
#include "package/schoolcertificate.h"
#include "package/signatureverifier.h"
#include "package/signingidentity.h"
#include "package/ziparchive.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Minh::Core;

namespace {

const QByteArray SchoolPassword = "school-password";
const QString SoftHsmModule = QStringLiteral("/usr/lib/softhsm/libsofthsm2.so");

PackageDocuments fakeDocuments()
{
    const auto standIn = [](QIODevice *out, QString *) { return out->write("%PDF-1.4\n% a stand-in\n") > 0; };
    // The verifier looks for the decision and the letter by the names DossierDocuments gives them.
    return {{QStringLiteral("Báo cáo tự đánh giá.pdf"), standIn},
            {QStringLiteral("06-council-decision.pdf"), standIn},
            {QStringLiteral("07-registration-letter.pdf"), standIn}};
}

QStringList listing(const QString &folder)
{
    QStringList names;
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        names.append(path + QLatin1Char(' ') + QString::number(QFileInfo(path).size()));
    }
    names.sort();
    return names;
}

} // namespace

class TestPackage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void export_schoolCertificate_validAndPinned();
    void export_entryOrder_deterministic();
    void export_mimetype_atOffset38();
    void verify_trust_data();
    void verify_trust();
    void interop_opensslPythonUnzip_accept();
    void pkcs12_legacy_opens();
    void pkcs12_wrongPassword_refused();
    void pkcs11_softHsmToken_signsAndVerifies();
    void tamper_eachFileKind_detected_data();
    void tamper_eachFileKind_detected();
    void tamper_missingAndUnexpected_detected();
    void verify_neverWrites();
    void verify_statedLevelNotSupported_invalid();
    void verify_signatureWithoutCadesAttributes_invalid();
    void verify_hostileSignatureAndManifest_refused();
    void export_cancelled_leavesNothing();
    void export_incomplete_blockedAndLeavesNothing();
    void completeness_blankSchool_findings();
    void completeness_hooks_errorWhenFalse();
    void completeness_keptItem_notFlagged();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    int run(const QString &program, const QStringList &arguments, QString *output = nullptr);
    bool exportWith(const SigningIdentity &identity, const QString &out);
    PackageReport tampered(const QString &mode, const QString &entry, const TrustAnchors &anchors);

    QTemporaryDir m_dir;
    std::optional<Framework> m_framework;
    SchoolDocument m_demo;
    QString m_schoolFingerprint;
    QString m_package;
    QStringList m_entries;
};

int TestPackage::run(const QString &program, const QStringList &arguments, QString *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_dir.path());
    process.start(program, arguments);
    if (!process.waitForFinished(120000)) {
        return -1;
    }
    const QString text = QString::fromUtf8(process.readAll());
    if (output) {
        *output = text;
    }
    if (process.exitCode() != 0) {
        qWarning().noquote() << program << arguments << "failed:" << text;
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

bool TestPackage::exportWith(const SigningIdentity &identity, const QString &out)
{
    PackageExporter exporter(m_demo, identity);
    exporter.setDocuments(fakeDocuments());
    const bool ok = exporter.exportTo(out);
    if (!ok) {
        qWarning().noquote() << exporter.errorString();
    }
    m_entries = exporter.entries();
    return ok;
}

void TestPackage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_framework = TestSupport::shippedFramework(QStringLiteral("tt57-2026"));
    DemoSchoolBuilder builder(*m_framework);
    QVERIFY2(builder.create(path(QStringLiteral("demo.minh")), &m_demo), qPrintable(builder.errorString()));

    SchoolCertificate certificate;
    QVERIFY2(
        certificate.create(QStringLiteral("Trường THCS Nguyễn Du"), SchoolPassword, path(QStringLiteral("school.p12"))),
        qPrintable(certificate.errorString()));
    m_schoolFingerprint = certificate.certificate().sha256;
    QCOMPARE(certificate.certificate().subject, QStringLiteral("Trường THCS Nguyễn Du"));

    // A CA, a signer it certifies, another CA, and the signer again as a legacy PKCS#12.
    const QString o = QStringLiteral("openssl");
    QFile ext(path(QStringLiteral("leaf.ext")));
    QVERIFY(ext.open(QIODevice::WriteOnly));
    ext.write("keyUsage=critical,digitalSignature,nonRepudiation\nextendedKeyUsage=emailProtection\n");
    ext.close();
    for (const QString &ca : {QStringLiteral("ca"), QStringLiteral("other")}) {
        QCOMPARE(run(o, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                         QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                         ca + QStringLiteral(".key"), QStringLiteral("-out"), ca + QStringLiteral(".pem"),
                         QStringLiteral("-days"), QStringLiteral("3650"), QStringLiteral("-subj"),
                         QStringLiteral("/CN=Test CA ") + ca}),
                 0);
    }
    QCOMPARE(
        run(o, {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                QStringLiteral("-keyout"), QStringLiteral("leaf.key"), QStringLiteral("-out"),
                QStringLiteral("leaf.csr"), QStringLiteral("-subj"), QStringLiteral("/CN=Principal")}),
        0);
    QCOMPARE(run(o, {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("leaf.csr"),
                     QStringLiteral("-CA"), QStringLiteral("ca.pem"), QStringLiteral("-CAkey"),
                     QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"), QStringLiteral("-out"),
                     QStringLiteral("leaf.pem"), QStringLiteral("-days"), QStringLiteral("365"),
                     QStringLiteral("-extfile"), QStringLiteral("leaf.ext")}),
             0);
    QCOMPARE(run(o, {QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"),
                     QStringLiteral("leaf.key"), QStringLiteral("-in"), QStringLiteral("leaf.pem"),
                     QStringLiteral("-certfile"), QStringLiteral("ca.pem"), QStringLiteral("-out"),
                     QStringLiteral("leaf.p12"), QStringLiteral("-passout"), QStringLiteral("pass:leaf-pass")}),
             0);
    QCOMPARE(run(o, {QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-legacy"),
                     QStringLiteral("-inkey"), QStringLiteral("leaf.key"), QStringLiteral("-in"),
                     QStringLiteral("leaf.pem"), QStringLiteral("-out"), QStringLiteral("legacy.p12"),
                     QStringLiteral("-passout"), QStringLiteral("pass:legacy-pass")}),
             0);

    auto identity = SigningIdentity::fromPkcs12(path(QStringLiteral("school.p12")), SchoolPassword);
    QVERIFY2(identity, qPrintable(identity.error()));
    m_package = path(QStringLiteral("dossier.zip"));
    QVERIFY(exportWith(*identity, m_package));
}

void TestPackage::export_schoolCertificate_validAndPinned()
{
    const TrustAnchors pinned{QString(), m_schoolFingerprint};
    const PackageReport report = PackageVerifier::verify(m_package, pinned);
    QVERIFY2(report.isValid(pinned), qPrintable(report.problem));
    QCOMPARE(report.signature.trust, SignatureCheck::Trust::Pinned);
    QCOMPARE(report.signature.signer.subject, QStringLiteral("Trường THCS Nguyễn Du"));
    QCOMPARE(report.signature.signer.sha256, m_schoolFingerprint);
    QVERIFY(report.signature.cadesAttributes);
    QVERIFY(qAbs(report.signature.signingTime.secsTo(QDateTime::currentDateTimeUtc())) < 3600);
    QVERIFY(report.statedLevel.has_value());
    QCOMPARE(report.recomputedLevel, report.statedLevel);
    QCOMPARE(report.schoolName, m_demo.school().name);
    QCOMPARE(report.files.size(), m_entries.size() - 3); // without mimetype, manifest and signature
    QVERIFY(!CompletenessCheck::hasErrors(report.completeness));

    // Without anchors the signature is still checked; the signer stays untrusted.
    const PackageReport open = PackageVerifier::verify(m_package, {});
    QVERIFY(open.isValid({}));
    QCOMPARE(open.signature.trust, SignatureCheck::Trust::Untrusted);
    // A pin of another certificate: untrusted, so not valid.
    const TrustAnchors wrongPin{QString(), QString(64, QLatin1Char('a'))};
    const PackageReport wrong = PackageVerifier::verify(m_package, wrongPin);
    QVERIFY(!wrong.isValid(wrongPin));
    QVERIFY(wrong.signature.trustProblem.contains(QStringLiteral("not the pinned one")));
}

void TestPackage::export_entryOrder_deterministic()
{
    QCOMPARE(m_entries.value(0), QStringLiteral("mimetype"));
    QCOMPARE(m_entries.value(1), PackageExporter::AssessmentName);
    QCOMPARE(m_entries.value(2), PackageExporter::FrameworkName);
    QCOMPARE(m_entries.value(3), QStringLiteral("documents/Báo cáo tự đánh giá.pdf"));
    QCOMPARE(m_entries.value(4), QStringLiteral("documents/06-council-decision.pdf"));
    QCOMPARE(m_entries.value(5), QStringLiteral("documents/07-registration-letter.pdf"));
    QVERIFY(m_entries.value(6).startsWith(QStringLiteral("evidence/Standard 1/")));
    QCOMPARE(m_entries.constLast(), AsicManifest::SignatureName);
    auto identity = SigningIdentity::fromPkcs12(path(QStringLiteral("school.p12")), SchoolPassword);
    QVERIFY(identity);
    const QStringList first = m_entries;
    QVERIFY(exportWith(*identity, path(QStringLiteral("again.zip"))));
    QCOMPARE(m_entries, first);
    // The framework copy is the exact bytes the school file holds.
    ZipReader reader(path(QStringLiteral("again.zip")));
    QVERIFY(reader.open());
    QByteArray framework;
    while (reader.next() == ZipReader::Next::Entry) {
        if (reader.entryName() == PackageExporter::FrameworkName) {
            QVERIFY(reader.readAll(&framework, 1 << 24));
        }
    }
    QCOMPARE(framework, m_demo.framework().source());
}

void TestPackage::export_mimetype_atOffset38()
{
    // ETSI EN 319 162-1 (ASiC-E): the first entry is "mimetype", stored, without extra field or
    // data descriptor, so strict validators find the type at byte 38.
    QFile package(m_package);
    QVERIFY(package.open(QIODevice::ReadOnly));
    const QByteArray head = package.read(128);
    QCOMPARE(head.mid(30, 8), QByteArray("mimetype"));
    QCOMPARE(head.mid(38, 31), QByteArray("application/vnd.etsi.asic-e+zip"));
    QCOMPARE(head.at(6) & (1 << 3), 0);
}

void TestPackage::verify_trust_data()
{
    QTest::addColumn<QString>("ca");
    QTest::addColumn<bool>("trusted");
    QTest::newRow("its CA") << "ca.pem" << true;
    QTest::newRow("another CA") << "other.pem" << false;
}

void TestPackage::verify_trust()
{
    QFETCH(QString, ca);
    QFETCH(bool, trusted);
    auto identity = SigningIdentity::fromPkcs12(path(QStringLiteral("leaf.p12")), "leaf-pass");
    QVERIFY2(identity, qPrintable(identity.error()));
    const QString out = path(QStringLiteral("ca-signed.zip"));
    QVERIFY(exportWith(*identity, out));
    const TrustAnchors anchors{path(ca), QString()};
    const PackageReport report = PackageVerifier::verify(out, anchors);
    QVERIFY(report.signature.intact);
    QCOMPARE(report.signature.signer.subject, QStringLiteral("Principal"));
    QCOMPARE(report.isValid(anchors), trusted);
    QCOMPARE(report.signature.trust,
             trusted ? SignatureCheck::Trust::CertificateAuthority : SignatureCheck::Trust::Untrusted);
    if (!trusted) {
        QVERIFY2(report.signature.trustProblem.contains(QStringLiteral("does not chain")),
                 qPrintable(report.signature.trustProblem));
    }
}

void TestPackage::interop_opensslPythonUnzip_accept()
{
    auto identity = SigningIdentity::fromPkcs12(path(QStringLiteral("leaf.p12")), "leaf-pass");
    QVERIFY(identity);
    const QString out = path(QStringLiteral("interop.zip"));
    QVERIFY(exportWith(*identity, out));
    const QString folder = path(QStringLiteral("extracted"));
    QCOMPARE(run(QStringLiteral("python3"),
                 {QStringLiteral("-m"), QStringLiteral("zipfile"), QStringLiteral("-e"), out, folder}),
             0);
    QCOMPARE(run(QStringLiteral("openssl"),
                 {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-binary"),
                  QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"),
                  folder + QStringLiteral("/META-INF/signature001.p7s"), QStringLiteral("-content"),
                  folder + QStringLiteral("/META-INF/ASiCManifest.xml"), QStringLiteral("-CAfile"),
                  path(QStringLiteral("ca.pem")), QStringLiteral("-out"), QStringLiteral("/dev/null")}),
             0);
    QString text;
    QCOMPARE(run(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\n"
                                 "assert z.read('mimetype') == b'application/vnd.etsi.asic-e+zip'\n"
                                 "assert all(i.flag_bits & 0x800 for i in z.infolist() if not i.filename.isascii())\n"),
                  out}),
             0);
    QCOMPARE(run(QStringLiteral("unzip"), {QStringLiteral("-t"), out}, &text), 0);
    QVERIFY(text.contains(QStringLiteral("No errors detected")));
}

void TestPackage::pkcs12_legacy_opens()
{
    QString info;
    run(QStringLiteral("openssl"),
        {QStringLiteral("pkcs12"), QStringLiteral("-info"), QStringLiteral("-legacy"), QStringLiteral("-noout"),
         QStringLiteral("-in"), path(QStringLiteral("legacy.p12")), QStringLiteral("-passin"),
         QStringLiteral("pass:legacy-pass")},
        &info);
    QVERIFY2(info.contains(QStringLiteral("RC2")) || info.contains(QStringLiteral("3DES")), qPrintable(info));
    auto identity = SigningIdentity::fromPkcs12(path(QStringLiteral("legacy.p12")), "legacy-pass");
    QVERIFY2(identity, qPrintable(identity.error()));
    QCOMPARE(identity->certificate().subject, QStringLiteral("Principal"));
    QVERIFY(exportWith(*identity, path(QStringLiteral("legacy.zip"))));
    QVERIFY(PackageVerifier::verify(path(QStringLiteral("legacy.zip")), {}).signature.intact);
}

void TestPackage::pkcs12_wrongPassword_refused()
{
    auto identity = SigningIdentity::fromPkcs12(path(QStringLiteral("school.p12")), "wrong-password");
    QVERIFY(!identity);
    QCOMPARE(identity.error(),
             QStringLiteral("The password for “%1” is wrong.").arg(path(QStringLiteral("school.p12"))));
    auto notP12 = SigningIdentity::fromPkcs12(path(QStringLiteral("ca.pem")), "x");
    QVERIFY(!notP12);
    QVERIFY(notP12.error().contains(QStringLiteral("is not a PKCS#12")));
}

void TestPackage::pkcs11_softHsmToken_signsAndVerifies()
{
    if (QStandardPaths::findExecutable(QStringLiteral("softhsm2-util")).isEmpty() || !QFile::exists(SoftHsmModule)) {
        QSKIP("softhsm2-util or the SoftHSM2 module is missing (Debian package softhsm2); the PKCS#11 path is not "
              "tested.");
    }
    QTemporaryDir token;
    QCOMPARE(run(QStringLiteral(MINH_TEST_DATA "/package/softhsm.sh"), {token.path(), SoftHsmModule}), 0);
    qputenv("SOFTHSM2_CONF", QFile::encodeName(token.filePath(QStringLiteral("softhsm2.conf"))));
    {
        auto wrongPin = SigningIdentity::fromPkcs11(SoftHsmModule, QStringLiteral("minh-test"), "9999");
        QVERIFY(!wrongPin);
    }
    auto identity =
        SigningIdentity::fromPkcs11(SoftHsmModule, QStringLiteral("minh-test"), "1234", QStringLiteral("signer"));
    QVERIFY2(identity, qPrintable(identity.error()));
    QCOMPARE(identity->certificate().subject, QStringLiteral("Token signer"));
    const QString out = path(QStringLiteral("token.zip"));
    QVERIFY(exportWith(*identity, out));
    const TrustAnchors anchors{token.filePath(QStringLiteral("cert.pem")), QString()};
    const PackageReport report = PackageVerifier::verify(out, anchors);
    QVERIFY2(report.isValid(anchors), qPrintable(report.problem + report.signature.trustProblem));
    QCOMPARE(report.signature.trust, SignatureCheck::Trust::CertificateAuthority);
}

PackageReport TestPackage::tampered(const QString &mode, const QString &entry, const TrustAnchors &anchors)
{
    const QString out = path(QStringLiteral("tampered.zip"));
    QFile::remove(out);
    if (run(QStringLiteral("python3"),
            {QStringLiteral(MINH_TEST_DATA "/package/tamper.py"), m_package, out, mode, entry}) != 0) {
        return {};
    }
    return PackageVerifier::verify(out, anchors);
}

void TestPackage::tamper_eachFileKind_detected_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<bool>("signatureIntact");
    QTest::newRow("assessment data") << PackageExporter::AssessmentName << true;
    QTest::newRow("framework copy") << PackageExporter::FrameworkName << true;
    QTest::newRow("printed document") << QStringLiteral("documents/Báo cáo tự đánh giá.pdf") << true;
    QTest::newRow("evidence file") << QString() << true;
    QTest::newRow("manifest") << AsicManifest::FileName << false;
    QTest::newRow("signature") << AsicManifest::SignatureName << false;
}

void TestPackage::tamper_eachFileKind_detected()
{
    QFETCH(QString, entry);
    QFETCH(bool, signatureIntact);
    if (entry.isEmpty()) {
        entry = m_entries.value(7);
        QVERIFY(entry.startsWith(PackageExporter::EvidenceFolder));
    }
    const TrustAnchors anchors{QString(), m_schoolFingerprint};
    const PackageReport report = tampered(QStringLiteral("flip"), entry, anchors);
    QVERIFY(report.readable);
    QVERIFY(!report.isValid(anchors));
    QVERIFY(!report.problem.isEmpty());
    QCOMPARE(report.signature.intact, signatureIntact);
    if (signatureIntact) {
        const auto changed =
            std::find_if(report.files.cbegin(), report.files.cend(),
                         [&](const PackageReport::File &f) { return f.status != PackageReport::File::Status::Ok; });
        QVERIFY(changed != report.files.cend());
        QCOMPARE(changed->name, entry);
        QCOMPARE(changed->status, PackageReport::File::Status::Changed);
    }
}

void TestPackage::tamper_missingAndUnexpected_detected()
{
    const TrustAnchors anchors{QString(), m_schoolFingerprint};
    const PackageReport dropped = tampered(QStringLiteral("drop"), m_entries.value(5), anchors);
    QVERIFY(!dropped.isValid(anchors));
    QVERIFY(std::any_of(dropped.files.cbegin(), dropped.files.cend(), [&](const PackageReport::File &f) {
        return f.name == m_entries.value(5) && f.status == PackageReport::File::Status::Missing;
    }));
    const PackageReport added = tampered(QStringLiteral("add"), QStringLiteral("evidence/extra.pdf"), anchors);
    QVERIFY(!added.isValid(anchors));
    QVERIFY(std::any_of(added.files.cbegin(), added.files.cend(), [](const PackageReport::File &f) {
        return f.name == QStringLiteral("evidence/extra.pdf") && f.status == PackageReport::File::Status::Unexpected;
    }));
    const PackageReport noMimetype = tampered(QStringLiteral("drop"), QStringLiteral("mimetype"), anchors);
    QVERIFY(!noMimetype.readable);
    QVERIFY(noMimetype.problem.contains(QStringLiteral("not an ASiC-E dossier")));
}

void TestPackage::verify_neverWrites()
{
    // The temporary folder is moved into the test's own folder, so a temporary file would show.
    const QByteArray oldTemp = qgetenv("TMPDIR");
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("tmp")));
    qputenv("TMPDIR", QFile::encodeName(path(QStringLiteral("tmp"))));
    const QStringList before = listing(m_dir.path());
    (void)PackageVerifier::verify(m_package, {});
    (void)PackageVerifier::verify(QStringLiteral(MINH_TEST_DATA "/package/hostile.py"), {});
    (void)PackageVerifier::verify(path(QStringLiteral("tampered.zip")), {});
    const QStringList after = listing(m_dir.path());
    oldTemp.isNull() ? qunsetenv("TMPDIR") : qputenv("TMPDIR", oldTemp);
    QCOMPARE(after, before);
}

void TestPackage::verify_statedLevelNotSupported_invalid()
{
    // Correctly signed by a trusted signer, but the level it states is not what its data give.
    const QString out = path(QStringLiteral("wrong-level.zip"));
    QCOMPARE(run(QStringLiteral("python3"),
                 {QStringLiteral(MINH_TEST_DATA "/package/resign.py"), m_package, out, path(QStringLiteral("leaf.pem")),
                  path(QStringLiteral("leaf.key")), QStringLiteral("4")}),
             0);
    const TrustAnchors anchors{path(QStringLiteral("ca.pem")), QString()};
    const PackageReport report = PackageVerifier::verify(out, anchors);
    QVERIFY2(report.signature.intact, qPrintable(report.signature.problem));
    QCOMPARE(report.signature.trust, SignatureCheck::Trust::CertificateAuthority);
    QVERIFY(report.filesIntact());
    QCOMPARE(report.statedLevel, std::optional<int>(4));
    QVERIFY(report.recomputedLevel.value_or(4) < 4);
    QVERIFY(!report.isValid(anchors));
    QVERIFY2(report.problem.contains(QStringLiteral("is not the level its data give")), qPrintable(report.problem));
}

void TestPackage::verify_signatureWithoutCadesAttributes_invalid()
{
    const QString out = path(QStringLiteral("no-cades.zip"));
    const PackageReport original = PackageVerifier::verify(m_package, {});
    QCOMPARE(
        run(QStringLiteral("python3"), {QStringLiteral(MINH_TEST_DATA "/package/resign.py"), m_package, out,
                                        path(QStringLiteral("leaf.pem")), path(QStringLiteral("leaf.key")),
                                        QString::number(original.statedLevel.value_or(0)), QStringLiteral("nocades")}),
        0);
    const PackageReport report = PackageVerifier::verify(out, {});
    QVERIFY(!report.signature.intact);
    QVERIFY2(report.signature.problem.contains(QStringLiteral("CAdES-BES")), qPrintable(report.signature.problem));
}

void TestPackage::verify_hostileSignatureAndManifest_refused()
{
    const SignatureCheck garbage =
        SignatureVerifier::verify(QByteArrayLiteral("\x30\x82\xff\xff not DER"), "manifest", {});
    QVERIFY(!garbage.intact);
    QCOMPARE(garbage.problem, QStringLiteral("The signature is not valid DER-encoded CMS."));
    const auto dtd = AsicManifest::parse("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\">]><x>&a;</x>",
                                         QStringLiteral("p.zip"));
    QVERIFY(!dtd);
    QVERIFY(dtd.error().contains(QStringLiteral("document type declaration")));
    const auto wrongRoot = AsicManifest::parse("<root/>", QStringLiteral("p.zip"));
    QVERIFY(!wrongRoot);
    QVERIFY(wrongRoot.error().contains(QStringLiteral("p.zip")));
    QByteArray duplicate =
        AsicManifest::write({{QStringLiteral("a.pdf"), QStringLiteral("application/pdf"), QByteArray(32, 'x')},
                             {QStringLiteral("a.pdf"), QStringLiteral("application/pdf"), QByteArray(32, 'y')}});
    const auto twice = AsicManifest::parse(duplicate, QStringLiteral("p.zip"));
    QVERIFY(!twice);
    QVERIFY(twice.error().contains(QStringLiteral("listed twice")));
    const auto giant = AsicManifest::parse(QByteArray(AsicManifest::MaximumSize + 1, ' '), QStringLiteral("p.zip"));
    QVERIFY(!giant);
    const auto good =
        AsicManifest::parse(AsicManifest::write({{QStringLiteral("evidence/Tiêu chuẩn 1/a b.pdf"),
                                                  QStringLiteral("application/pdf"), QByteArray(32, 'x')}}),
                            QStringLiteral("p.zip"));
    QVERIFY(good);
    QCOMPARE(good->value(0).name, QStringLiteral("evidence/Tiêu chuẩn 1/a b.pdf"));
}

void TestPackage::export_cancelled_leavesNothing()
{
    auto identity = SigningIdentity::fromPkcs12(path(QStringLiteral("school.p12")), SchoolPassword);
    QVERIFY(identity);
    PackageExporter exporter(m_demo, *identity);
    const QString out = path(QStringLiteral("cancelled.zip"));
    QVERIFY(!exporter.exportTo(out, [](qint64 done, qint64) { return done == 0; }));
    QCOMPARE(exporter.errorString(), QStringLiteral("The export was cancelled."));
    QVERIFY(!QFile::exists(out));
    PackageExporter failing(m_demo, *identity);
    failing.setDocuments({{QStringLiteral("report.pdf"), [](QIODevice *, QString *error) {
                               *error = QStringLiteral("no font");
                               return false;
                           }}});
    QVERIFY(!failing.exportTo(out));
    QVERIFY(failing.errorString().contains(QStringLiteral("no font")));
    QVERIFY(!QFile::exists(out));
}

void TestPackage::export_incomplete_blockedAndLeavesNothing()
{
    TestSupport::School school;
    QVERIFY(school.create());
    auto identity = SigningIdentity::fromPkcs12(path(QStringLiteral("school.p12")), SchoolPassword);
    QVERIFY(identity);
    PackageExporter exporter(school.document, *identity);
    const QString out = path(QStringLiteral("incomplete.zip"));
    QVERIFY(!exporter.exportTo(out));
    QVERIFY(exporter.errorString().contains(QStringLiteral("not complete")));
    QVERIFY(CompletenessCheck::hasErrors(exporter.findings()));
    QVERIFY(!QFile::exists(out));
}

void TestPackage::completeness_blankSchool_findings()
{
    TestSupport::School school;
    QVERIFY(school.create());
    const QList<CompletenessFinding> findings = CompletenessCheck::check(school.document);
    QStringList kinds;
    for (const CompletenessFinding &f : findings) {
        kinds.append(f.kind);
    }
    QVERIFY(kinds.contains(QStringLiteral("criterion_not_judged")));
    QVERIFY(kinds.contains(QStringLiteral("criterion_text_missing")));
    QVERIFY(kinds.contains(QStringLiteral("school_level_not_computed")));
    QVERIFY(kinds.contains(QStringLiteral("council_missing")));
    QVERIFY(kinds.contains(QStringLiteral("council_decision_missing_not_checked")));
    const auto judged = std::find_if(findings.cbegin(), findings.cend(), [](const CompletenessFinding &f) {
        return f.kind == QStringLiteral("criterion_not_judged");
    });
    QCOMPARE(judged->place, CompletenessFinding::Place::Criterion);
    QVERIFY(!judged->where.isEmpty());
    QVERIFY(judged->message.contains(judged->where));
    // Errors come first.
    QCOMPARE(findings.constFirst().severity, CompletenessFinding::Severity::Error);
}

void TestPackage::completeness_hooks_errorWhenFalse()
{
    CompletenessHooks hooks;
    hooks.councilDecisionPresent = [] { return false; };
    hooks.registrationLetterFilled = [] { return true; };
    hooks.documentsGenerate = [] { return QStringLiteral("the font is missing"); };
    const QList<CompletenessFinding> findings = CompletenessCheck::check(m_demo, hooks);
    QStringList errors;
    for (const CompletenessFinding &f : findings) {
        if (f.severity == CompletenessFinding::Severity::Error) {
            errors.append(f.kind);
        }
    }
    errors.sort();
    QCOMPARE(errors, QStringList({QStringLiteral("council_decision_missing"), QStringLiteral("documents_fail")}));
}

void TestPackage::completeness_keptItem_notFlagged()
{
    TestSupport::School school;
    QVERIFY(school.create());
    EvidenceItem item;
    item.title = QStringLiteral("Sổ đăng bộ");
    item.criterionCode = school.document.framework().criteria().constFirst()->code;
    QVERIFY(school.document.addEvidenceItem(item));
    const QString code = school.document.evidence().constFirst().code;
    const auto notCited = [&]() {
        const auto findings = CompletenessCheck::check(school.document);
        return std::any_of(findings.cbegin(), findings.cend(), [&](const CompletenessFinding &f) {
            return f.kind == QStringLiteral("item_not_cited") && f.where == code &&
                   f.severity == CompletenessFinding::Severity::Error;
        });
    };
    QVERIFY(notCited());
    QVERIFY(school.document.setEvidenceKept(code, true));
    QVERIFY(school.document.evidence().constFirst().kept);
    QVERIFY(!notCited());
    // The flag survives reopening the file (schema 5).
    school.document.close();
    QVERIFY(school.document.open(school.path));
    QVERIFY(school.document.evidence().constFirst().kept);
}

QTEST_MAIN(TestPackage)
#include "tst_package.moc"
