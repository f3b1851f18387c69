#pragma once

#include "evaluation/verdict.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>
#include <utility>

namespace Minh::Gui {

// The verdict column shared by the pages that judge (criteria, Mức 4 requirements): the current
// verdict in its colour and, where the file can be changed, links to change it. A link is
// "<scheme>:<subject>:<met|notmet|none>".
class VerdictHtml
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Gui::VerdictHtml)

public:
    static QString escape(const QString &text) { return text.toHtmlEscaped(); }

    // A table cell with the verdict, and links for `scheme`:`subject` unless `subject` is empty.
    static QString cell(Core::Verdict verdict, const QString &scheme, const QString &subject);
    // A table cell with a fixed note instead of a verdict (an indicator no longer in force).
    static QString noteCell(const QString &note);

    // The subject and verdict of a link made by cell(), if it is one for `scheme`.
    static std::optional<std::pair<QString, Core::Verdict>> parse(const QUrl &link, const QString &scheme);
};

} // namespace Minh::Gui
