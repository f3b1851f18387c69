#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

// Vietnamese is the default interface language, so every message must have a Vietnamese text
// that keeps the source's placeholders; English needs only its plural forms.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vietnamese_isCompleteWithSamePlaceholders();
    void english_hasPluralForms();
    void embeddedCatalogue_translatesAtRunTime();

private:
    struct Message
    {
        QString context;
        QString source;
        QStringList translations;
        bool unfinished = false;
        bool numerus = false;
    };
    static QList<Message> read(const QString &path);
    static QSet<QString> placeholders(const QString &text);
};

QList<TestTranslations::Message> TestTranslations::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            if (!current.source.isEmpty()) {
                messages.append(current);
            }
            current = Message{context, {}, {}, false, xml.attributes().value(QStringLiteral("numerus")) == u"yes"};
        } else if (xml.name() == u"source") {
            current.source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            current.unfinished = xml.attributes().value(QStringLiteral("type")) == u"unfinished";
            if (!current.numerus) {
                current.translations.append(xml.readElementText());
            }
        } else if (xml.name() == u"numerusform") {
            current.translations.append(xml.readElementText());
        }
    }
    if (!current.source.isEmpty()) {
        messages.append(current);
    }
    return messages;
}

QSet<QString> TestTranslations::placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d|n)"));
    QSet<QString> found;
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        found.insert(it.next().captured(0));
    }
    return found;
}

void TestTranslations::vietnamese_isCompleteWithSamePlaceholders()
{
    const QList<Message> messages = read(QStringLiteral(MINH_SOURCE_DIR "/translations/minh_vi.ts"));
    QVERIFY(messages.size() > 100);
    for (const Message &m : messages) {
        const QString where = m.context + QStringLiteral(": ") + m.source;
        QVERIFY2(!m.unfinished, qPrintable(QStringLiteral("not translated: ") + where));
        QVERIFY2(!m.translations.isEmpty() && !m.translations.first().isEmpty(), qPrintable(where));
        for (const QString &t : m.translations) {
            QVERIFY2(placeholders(t) == placeholders(m.source), qPrintable(QStringLiteral("placeholders differ: ") + where));
            QVERIFY2(t == t.normalized(QString::NormalizationForm_C), qPrintable(where));
        }
    }
}

void TestTranslations::english_hasPluralForms()
{
    const QList<Message> messages = read(QStringLiteral(MINH_SOURCE_DIR "/translations/minh_en.ts"));
    int plurals = 0;
    for (const Message &m : messages) {
        if (m.numerus) {
            ++plurals;
            QVERIFY2(!m.unfinished && m.translations.size() == 2, qPrintable(m.source));
        }
    }
    QVERIFY(plurals > 0);
}

void TestTranslations::embeddedCatalogue_translatesAtRunTime()
{
    QTranslator vi;
    QVERIFY(vi.load(QStringLiteral(":/i18n/minh_vi.qm")));
    QCOMPARE(vi.translate("Minh::Core::SchoolFile", "The file “%1” is not a Minh school file."),
             QStringLiteral("Tệp “%1” không phải là tệp dữ liệu trường của Minh."));
    QTranslator en;
    QVERIFY(en.load(QStringLiteral(":/i18n/minh_en.qm")));
    // QTranslator picks the plural form; QCoreApplication::translate() later fills in %n.
    QCOMPARE(en.translate("Minh::Cli::Context", "Recorded %n verdict(s).", nullptr, 1), QStringLiteral("Recorded %n verdict."));
    QCOMPARE(en.translate("Minh::Cli::Context", "Recorded %n verdict(s).", nullptr, 3), QStringLiteral("Recorded %n verdicts."));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
