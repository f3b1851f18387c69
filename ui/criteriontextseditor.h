#pragma once

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
// mạnh…), with evidence codes completed and shown as links. Typing is saved a moment after it
// pauses, through the undo stack, where a burst of typing merges into one step.
class CriterionTextsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit CriterionTextsEditor(QWidget *parent = nullptr);

    void setDocument(Core::SchoolDocument *document);
    void showCriterion(const QString &code);
    // Saves what is typed but not yet saved (before switching criterion or closing).
    void flush();

Q_SIGNALS:
    // Ctrl+click on a cited evidence code.
    void citationActivated(const QString &code);

private:
    void rebuild();
    void refreshTexts();

    Core::SchoolDocument *m_document = nullptr;
    QString m_code;
    QFormLayout *m_form;
    QHash<QString, QPlainTextEdit *> m_editors; // field key → editor
    QHash<QString, QString> m_pending;          // field key → text typed, not yet saved
    QTimer m_saveTimer;
};

} // namespace Minh::Gui
