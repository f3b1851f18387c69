#pragma once

#include "document/evidencecodechange.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Minh::Core {

class SchoolDocument;

// Renumbering is never silent: preview() computes every change (per criterion, numbers 01, 02…
// without gaps, in the current order; boxes kept, or reset to one per standard), and apply()
// makes exactly those changes, rewriting every citation of a renamed code in the same transaction.
class EvidenceRenumbering
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::EvidenceRenumbering)

public:
    enum class Boxes
    {
        Keep,
        OnePerStandard
    };

    EvidenceRenumbering(SchoolDocument *document, Boxes boxes = Boxes::Keep);

    QList<EvidenceCodeChange> preview() const;
    // New codes that texts already cite without there being such an item (a citation of a
    // deleted or mistyped item): renumbering would make those citations point at another item, so
    // apply() refuses until they are corrected.
    QStringList conflicts() const;
    [[nodiscard]] bool apply();
    QString errorString() const { return m_error; }

private:
    SchoolDocument *m_document;
    Boxes m_boxes;
    QString m_error;
};

} // namespace Minh::Core
