// minh-edit-driver FILE COUNT
//
// Opens an existing school file and makes COUNT edits, one after another, reporting each one on
// stdout ("committed <n>") as soon as SchoolDocument says it is saved. tst_crashsafety kills this
// program at random moments and then checks that every reported edit is in the file.
//
// Edit n (from 1): odd n sets the description of criterion 1.1 to "edit <n>"; even n judges
// indicator 1.1/1/a, Met when n/2 is odd and NotMet when it is even. The test relies on this
// pattern to know what the file must hold after edit n.

#include "document/schooldocument.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

using namespace Minh::Core;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    bool countOk = false;
    const int count = args.size() == 3 ? args.at(2).toInt(&countOk) : 0;
    if (!countOk || count < 0) {
        err << "usage: minh-edit-driver FILE COUNT\n";
        return 2;
    }
    SchoolDocument document;
    document.setAuthor(QStringLiteral("minh-edit-driver"));
    if (!document.open(args.at(1))) {
        err << document.errorString() << '\n';
        return 1;
    }
    const IndicatorRef indicator{QStringLiteral("1.1"), 1, QStringLiteral("a")};
    for (int n = 1; n <= count; ++n) {
        const bool saved =
            n % 2 == 1 ? document.setCriterionText(QStringLiteral("1.1"), QStringLiteral("description"),
                                                   QStringLiteral("edit %1").arg(n))
                       : document.setIndicatorVerdict(indicator, (n / 2) % 2 == 1 ? Verdict::Met : Verdict::NotMet);
        if (!saved) {
            err << "edit " << n << " failed: " << document.errorString() << '\n';
            return 1;
        }
        out << "committed " << n << '\n';
        out.flush();
    }
    return 0;
}
