#pragma once

#include "document/commands/settextcommand.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

class QFormLayout;
class QPlainTextEdit;

namespace Minh::Core {
class SchoolDocument;
}

namespace Minh::Gui {

// The texts the council writes for one criterion (the regime's fields: mô tả hiện trạng, điểm
// mạnh…), or for one Mức 4 requirement, which the 2018 forms treat as a criterion of Mức 4 with
// the same fields. Evidence codes are completed and shown as links. Typing is saved a moment after it
// pauses, through the undo stack, where a burst of typing merges into one step.
class CriterionTextsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit CriterionTextsEditor(QWidget *parent = nullptr);

    void setDocument(Core::SchoolDocument *document);
    void showCriterion(const QString &code);
    void showExtraRequirement(int number);
    // Saves what is typed but not yet saved (before switching criterion or closing).
    void flush();

Q_SIGNALS:
    // Ctrl+click on a cited evidence code.
    void citationActivated(const QString &code);

private:
    void show(Core::SetTextCommand::Owner owner, const QString &key);
    void rebuild();
    void refreshTexts();
    bool ownerExists() const;
    QString storedText(const QString &field) const;

    Core::SchoolDocument *m_document = nullptr;
    Core::SetTextCommand::Owner m_owner = Core::SetTextCommand::Owner::Criterion;
    QString m_code; // the criterion's code, or the requirement's number
    QFormLayout *m_form;
    QHash<QString, QPlainTextEdit *> m_editors; // field key → editor
    QHash<QString, QString> m_pending;          // field key → text typed, not yet saved
    QTimer m_saveTimer;
};

} // namespace Minh::Gui
