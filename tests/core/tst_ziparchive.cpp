// ZipWriter and ZipReader: streaming round trip read by Python's zipfile and unzip, UTF-8 names
// flagged, and every kind of hostile archive refused with a message naming the entry.

#include "package/ziparchive.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Minh::Core;

class TestZipArchive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void write_roundTrip_readByEveryTool();
    void write_entryOfUnknownSize_readBack();
    void write_mimetype_storedAtOffset38();
    void write_sizeOtherThanAnnounced_refused();
    void write_entryOver4GiB_usesZip64();
    void read_hostileArchive_refused_data();
    void read_hostileArchive_refused();
    void read_entryLimit_refusesManyEntries();
    void readAll_overLimit_refused();

private:
    QString runTool(const QString &program, const QStringList &arguments, int *exitCode);
    QTemporaryDir m_dir;
};

void TestZipArchive::initTestCase()
{
    QVERIFY(m_dir.isValid());
    int code = -1;
    runTool(QStringLiteral("python3"), {QStringLiteral(MINH_TEST_DATA "/package/hostile.py"), m_dir.path()}, &code);
    QCOMPARE(code, 0);
}

QString TestZipArchive::runTool(const QString &program, const QStringList &arguments, int *exitCode)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    process.waitForFinished(120000);
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAll());
}

void TestZipArchive::write_roundTrip_readByEveryTool()
{
    const QString path = m_dir.filePath(QStringLiteral("roundtrip.zip"));
    const QString vietnamese = QStringLiteral("evidence/Tiêu chuẩn 1/MC.1.1.01 Kế hoạch.pdf");
    QByteArray big(3 * 1024 * 1024 + 17, Qt::Uninitialized);
    for (qsizetype i = 0; i < big.size(); ++i) {
        big[i] = char((i * 7919) % 251);
    }
    {
        QSaveFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        ZipWriter zip(&file);
        QVERIFY(zip.open());
        QVERIFY(
            zip.addEntry(QStringLiteral("mimetype"), "application/vnd.etsi.asic-e+zip", ZipWriter::Compression::Store));
        QVERIFY(zip.addEntry(QStringLiteral("data/a.json"), QByteArray(10000, 'a'), ZipWriter::Compression::Deflate));
        QVERIFY(zip.beginEntry(QStringLiteral("data/b.xml"), -1, ZipWriter::Compression::Deflate));
        const QByteArray row("<row>Tiêu chí</row>\n");
        for (int i = 0; i < 1000; ++i) {
            QVERIFY(zip.write(row.constData(), row.size()));
        }
        QVERIFY(zip.finishEntry());
        QVERIFY(zip.beginEntry(vietnamese, big.size(), ZipWriter::Compression::Store));
        // Fed in pieces through the device, as EvidenceStore::read() does.
        for (qsizetype at = 0; at < big.size(); at += 1000000) {
            QCOMPARE(zip.entryDevice()->write(big.mid(at, 1000000)), big.mid(at, 1000000).size());
        }
        QVERIFY(zip.finishEntry());
        QVERIFY2(zip.close(), qPrintable(zip.errorString()));
        QVERIFY(file.commit());
    }
    int code = -1;
    const QString python = runTool(QStringLiteral("python3"),
                                   {QStringLiteral("-c"),
                                    QStringLiteral("import sys, zipfile\n"
                                                   "z = zipfile.ZipFile(sys.argv[1])\n"
                                                   "assert z.testzip() is None\n"
                                                   "i = z.infolist()\n"
                                                   "assert i[0].filename == 'mimetype' and i[0].compress_type == 0\n"
                                                   "assert i[1].compress_type == 8\n"
                                                   "assert i[2].compress_type == 8\n"
                                                   "assert z.read(i[2]).count(b'<row>') == 1000\n"
                                                   "assert i[2].file_size > 10 * i[2].compress_size\n"
                                                   "assert not i[0].flag_bits & 0x800\n"
                                                   "assert i[3].flag_bits & 0x800, 'UTF-8 flag missing'\n"
                                                   "print(i[3].filename)\n"),
                                    path},
                                   &code);
    QVERIFY2(code == 0, qPrintable(python));
    QCOMPARE(python.trimmed(), vietnamese);
    const QString unzip = runTool(QStringLiteral("unzip"), {QStringLiteral("-t"), path}, &code);
    QVERIFY2(code == 0, qPrintable(unzip));

    ZipReader reader(path);
    QVERIFY(reader.open());
    QStringList names;
    QByteArray content;
    while (reader.next() == ZipReader::Next::Entry) {
        names.append(reader.entryName());
        QVERIFY(reader.readAll(&content, 1 << 30));
    }
    QCOMPARE(names, QStringList({QStringLiteral("mimetype"), QStringLiteral("data/a.json"),
                                 QStringLiteral("data/b.xml"), vietnamese}));
    QCOMPARE(content, big);
}

void TestZipArchive::write_entryOfUnknownSize_readBack()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    ZipWriter zip(&buffer);
    QVERIFY(zip.open());
    QVERIFY(zip.beginEntry(QStringLiteral("documents/report.pdf"), -1, ZipWriter::Compression::Store));
    QVERIFY(zip.write("%PDF-1.4 streamed", 17));
    QVERIFY(zip.finishEntry());
    QVERIFY(zip.close());
    const QString path = m_dir.filePath(QStringLiteral("unknown.zip"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(buffer.data());
    file.close();
    ZipReader reader(path);
    QVERIFY(reader.open());
    QCOMPARE(reader.next(), ZipReader::Next::Entry);
    QByteArray data;
    QVERIFY2(reader.readAll(&data, 100), qPrintable(reader.errorString()));
    QCOMPARE(data, QByteArray("%PDF-1.4 streamed"));
    int code = -1;
    runTool(QStringLiteral("unzip"), {QStringLiteral("-t"), path}, &code);
    QCOMPARE(code, 0);
}

void TestZipArchive::write_mimetype_storedAtOffset38()
{
    // OpenDocument and ASiC-E (ETSI EN 319 162-1) read the type at a fixed place: the first entry
    // "mimetype", stored, no data descriptor, no extra field, so its content starts at byte 38.
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    ZipWriter zip(&buffer);
    QVERIFY(zip.open());
    QVERIFY(zip.addEntry(QStringLiteral("mimetype"), "application/vnd.etsi.asic-e+zip", ZipWriter::Compression::Store));
    QVERIFY(zip.addEntry(QStringLiteral("META-INF/manifest.xml"), "<manifest/>", ZipWriter::Compression::Deflate));
    QVERIFY(zip.close());
    const QByteArray data = buffer.data();
    const auto u16 = [&data](int at) { return quint16(uchar(data.at(at)) | uchar(data.at(at + 1)) << 8); };
    QCOMPARE(data.left(4), QByteArray("PK\x03\x04"));
    QCOMPARE(u16(6) & (1 << 3), 0); // no data descriptor
    QCOMPARE(u16(8), 0);            // stored
    QCOMPARE(u16(26), 8);           // name length
    QCOMPARE(u16(28), 0);           // extra field length
    QCOMPARE(data.mid(30, 8), QByteArray("mimetype"));
    QCOMPARE(data.mid(38, 31), QByteArray("application/vnd.etsi.asic-e+zip"));
    QCOMPARE(data.mid(69, 4), QByteArray("PK\x03\x04")); // the next entry right after
}

void TestZipArchive::write_sizeOtherThanAnnounced_refused()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    ZipWriter zip(&buffer);
    QVERIFY(zip.open());
    QVERIFY(zip.beginEntry(QStringLiteral("evidence/a.pdf"), 10, ZipWriter::Compression::Store));
    QVERIFY(zip.write("12345", 5));
    QVERIFY(!zip.finishEntry());
    QCOMPARE(zip.errorString(),
             QStringLiteral("The package cannot be written: the entry “evidence/a.pdf” has 5 bytes instead of the 10 "
                            "announced."));
}

namespace {

// Counts what is written and keeps only the end, where the ZIP64 records go: a 4 GiB archive
// that never touches the disk.
class TailDevice : public QIODevice
{
public:
    TailDevice() { open(QIODevice::WriteOnly); }
    qint64 written = 0;
    QByteArray tail;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 length) override
    {
        written += length;
        tail.append(data, length);
        if (tail.size() > 1 << 20) {
            tail = tail.right(64 * 1024);
        }
        return length;
    }
};

} // namespace

void TestZipArchive::write_entryOver4GiB_usesZip64()
{
    TailDevice device;
    ZipWriter zip(&device);
    QVERIFY(zip.open());
    const qint64 size = (qint64(1) << 32) + 1024 * 1024;
    QVERIFY(zip.beginEntry(QStringLiteral("video.mp4"), size, ZipWriter::Compression::Store));
    const QByteArray block(1024 * 1024, '\0');
    for (qint64 done = 0; done < size; done += block.size()) {
        QVERIFY(zip.write(block.constData(), block.size()));
    }
    QVERIFY(zip.finishEntry());
    QVERIFY(zip.close());
    QVERIFY(device.written > size);
    // The ZIP64 end-of-central-directory record and its locator.
    QVERIFY(device.tail.contains(QByteArray("PK\x06\x06", 4)));
    QVERIFY(device.tail.contains(QByteArray("PK\x06\x07", 4)));
}

void TestZipArchive::read_hostileArchive_refused_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("mention");
    QTest::newRow("dot-dot") << "dotdot"
                             << "“..”";
    QTest::newRow("absolute") << "absolute"
                              << "an absolute path";
    QTest::newRow("drive") << "drive"
                           << "a drive";
    QTest::newRow("backslash") << "backslash"
                               << "backslash";
    QTest::newRow("duplicate") << "duplicate"
                               << "appears twice";
    QTest::newRow("duplicate up to case") << "duplicatecase"
                                          << "appears twice";
    QTest::newRow("symbolic link") << "symlink"
                                   << "a link";
    QTest::newRow("decompression bomb") << "bomb"
                                        << "decompression bomb";
    QTest::newRow("name too long") << "longname"
                                   << "too long";
    QTest::newRow("not a zip") << "notazip"
                               << "notazip.zip";
}

void TestZipArchive::read_hostileArchive_refused()
{
    QFETCH(QString, file);
    QFETCH(QString, mention);
    const QString path = m_dir.filePath(file + QStringLiteral(".zip"));
    ZipReader reader(path);
    bool refused = !reader.open();
    while (!refused) {
        const ZipReader::Next next = reader.next();
        if (next == ZipReader::Next::End) {
            break;
        }
        refused = next == ZipReader::Next::Error || !reader.read([](const char *, qint64) { return true; });
    }
    QVERIFY2(refused, qPrintable(file));
    QVERIFY2(reader.errorString().contains(mention), qPrintable(reader.errorString()));
    QVERIFY2(reader.errorString().contains(path) || reader.errorString().contains(file),
             qPrintable(reader.errorString()));
}

void TestZipArchive::read_entryLimit_refusesManyEntries()
{
    ZipReader::Limits limits;
    limits.maximumEntries = 20;
    ZipReader reader(m_dir.filePath(QStringLiteral("manyentries.zip")), limits);
    QVERIFY(reader.open());
    int entries = 0;
    ZipReader::Next next;
    while ((next = reader.next()) == ZipReader::Next::Entry) {
        ++entries;
    }
    QCOMPARE(next, ZipReader::Next::Error);
    QCOMPARE(entries, 20);
    QVERIFY(reader.errorString().contains(QStringLiteral("more than 20 entries")));
}

void TestZipArchive::readAll_overLimit_refused()
{
    ZipReader reader(m_dir.filePath(QStringLiteral("roundtrip.zip")));
    QVERIFY(reader.open());
    QCOMPARE(reader.next(), ZipReader::Next::Entry);
    QCOMPARE(reader.next(), ZipReader::Next::Entry);
    QByteArray data;
    QVERIFY(!reader.readAll(&data, 100));
    QVERIFY(reader.errorString().contains(QStringLiteral("larger than 100 bytes")));
}

QTEST_GUILESS_MAIN(TestZipArchive)
#include "tst_ziparchive.moc"
