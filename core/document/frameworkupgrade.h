#pragma once

#include "framework/frameworkdiff.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Minh::Core {

class SchoolDocument;

// Moves an open assessment to a newer version of its own framework, explicitly: preview() lists
// every change and the verdicts that will be cleared (indicators removed or reworded, whose old
// verdict no longer answers the new text); apply() then stores the new framework copy and clears
// exactly those verdicts, in one transaction.
class FrameworkUpgrade
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::FrameworkUpgrade)

public:
    FrameworkUpgrade(SchoolDocument *document, const Framework &newer);

    [[nodiscard]] bool preview();
    [[nodiscard]] bool apply();

    const QList<FrameworkChange> &changes() const { return m_changes; }
    // Judged indicators and requirements whose verdicts apply() clears.
    QStringList clearedJudgements() const { return m_cleared; }
    // Records the assessment keeps that the newer framework no longer shows (texts of removed
    // fields or criteria, assignments, evidence and plan rows of removed criteria). They stay in
    // the file; the list says where they are.
    QStringList orphanedRecords() const { return m_orphans; }
    bool isUpToDate() const { return m_changes.isEmpty() && m_sameSource; }
    QString errorString() const { return m_error; }

    static QString describe(const FrameworkChange &change);

private:
    void findOrphans();

    SchoolDocument *m_document;
    Framework m_newer; // a copy: callers often pass a framework they have just parsed
    QList<FrameworkChange> m_changes;
    QStringList m_cleared;
    QStringList m_orphans;
    bool m_sameSource = false;
    bool m_previewed = false;
    QString m_error;
};

} // namespace Minh::Core
