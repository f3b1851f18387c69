// The program the crash-safety harness kills at random moments while it does real work on a
// school file. Every line it prints on stdout is a promise the harness checks after the kill.
//
//   minh-edit-driver FILE COUNT
//       Makes COUNT edits, reporting each ("committed <n>") as soon as SchoolDocument says it is
//       saved. Edit n (from 1): odd n sets the description of criterion 1.1 to "edit <n>"; even n
//       judges indicator 1.1/1/a, Met when n/2 is odd and NotMet when it is even.
//   minh-edit-driver --import FILE FOLDER FIRST COUNT
//       Imports evidence items FIRST, FIRST+1, …: item n has the title CrashWorkload::importTitle(n)
//       and one file with CrashWorkload::importContent(n), written to FOLDER first; reports
//       "committed <n>" after each.
//   minh-edit-driver --migrate FILE
//       Prints "opening", opens an older school file for changes (which backs it up and migrates
//       it), prints "migrated".
//   minh-edit-driver --extract FILE FOLDER
//       Prints "extracting", writes every evidence file into FOLDER, prints "extracted".

#include "crashworkload.h"
#include "document/schooldocument.h"
#include "evidence/evidenceextractor.h"

#include <QCoreApplication>
#include <QDir>
#include <QStringList>
#include <QTextStream>

using namespace Minh::Core;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

void say(const QString &line)
{
    out() << line << '\n';
    out().flush();
}

int failed(const QString &message)
{
    QTextStream(stderr) << message << '\n';
    return 1;
}

int edits(SchoolDocument &document, int count)
{
    const IndicatorRef indicator{QStringLiteral("1.1"), 1, QStringLiteral("a")};
    for (int n = 1; n <= count; ++n) {
        const bool saved =
            n % 2 == 1 ? document.setCriterionText(QStringLiteral("1.1"), QStringLiteral("description"),
                                                   QStringLiteral("edit %1").arg(n))
                       : document.setIndicatorVerdict(indicator, (n / 2) % 2 == 1 ? Verdict::Met : Verdict::NotMet);
        if (!saved) {
            return failed(QStringLiteral("edit %1 failed: %2").arg(n).arg(document.errorString()));
        }
        say(QStringLiteral("committed %1").arg(n));
    }
    return 0;
}

int imports(SchoolDocument &document, const QString &folder, int first, int count)
{
    const QString criterion = document.framework().criteria().first()->code;
    for (int n = first; n < first + count; ++n) {
        const QString source = QDir(folder).filePath(QStringLiteral("import-%1.bin").arg(n));
        if (!CrashWorkload::writeImportFile(source, n)) {
            return failed(QStringLiteral("cannot write %1").arg(source));
        }
        EvidenceItem item;
        item.criterionCode = criterion;
        item.title = CrashWorkload::importTitle(n);
        if (!document.addEvidence(item, {source})) {
            return failed(QStringLiteral("import %1 failed: %2").arg(n).arg(document.errorString()));
        }
        QFile::remove(source);
        say(QStringLiteral("committed %1").arg(n));
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const QString mode = args.value(0).startsWith(QLatin1String("--")) ? args.value(0) : QString();
    const QStringList rest = mode.isEmpty() ? args : args.mid(1);
    bool ok = !rest.isEmpty();
    const auto number = [&](int i) {
        bool valid = false;
        const int value = rest.value(i).toInt(&valid);
        ok = ok && valid && value >= 0;
        return value;
    };
    SchoolDocument document;
    document.setAuthor(QStringLiteral("minh-edit-driver"));
    if (mode == QLatin1String("--migrate") && rest.size() == 1) {
        say(QStringLiteral("opening"));
        if (!document.open(rest.at(0))) {
            return failed(document.errorString());
        }
        say(QStringLiteral("migrated"));
        return 0;
    }
    if (ok && !document.open(rest.at(0))) {
        return failed(document.errorString());
    }
    if (mode.isEmpty() && rest.size() == 2) {
        const int count = number(1);
        return ok ? edits(document, count) : failed(QStringLiteral("usage: minh-edit-driver FILE COUNT"));
    }
    if (mode == QLatin1String("--import") && rest.size() == 4) {
        const int first = number(2);
        const int count = number(3);
        return ok ? imports(document, rest.at(1), first, count) : failed(QStringLiteral("bad numbers"));
    }
    if (mode == QLatin1String("--extract") && rest.size() == 2 && ok) {
        say(QStringLiteral("extracting"));
        EvidenceExtractor extractor(document);
        if (!extractor.extractAll(rest.at(1))) {
            return failed(extractor.errorString());
        }
        say(QStringLiteral("extracted"));
        return 0;
    }
    QTextStream(stderr) << "usage: minh-edit-driver FILE COUNT | --import FILE FOLDER FIRST COUNT | --migrate FILE | "
                           "--extract FILE FOLDER\n";
    return 2;
}
