#include "criteriontextseditor.h"

#include "citationtextedit.h"
#include "document/commands/settextcommand.h"
#include "document/schooldocument.h"

#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace Minh::Gui {

CriterionTextsEditor::CriterionTextsEditor(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
{
    setObjectName(QStringLiteral("criterionTextsEditor"));
    m_form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(700);
    connect(&m_saveTimer, &QTimer::timeout, this, &CriterionTextsEditor::flush);
}

void CriterionTextsEditor::setDocument(Core::SchoolDocument *document)
{
    flush();
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    m_code.clear();
    connect(document, &Core::SchoolDocument::textsChanged, this, &CriterionTextsEditor::refreshTexts);
    // New, removed or renamed items change what completion offers and which codes are known.
    connect(document, &Core::SchoolDocument::recordsChanged, this, [this] {
        for (QPlainTextEdit *editor : std::as_const(m_editors)) {
            static_cast<CitationTextEdit *>(editor)->refreshEvidence();
        }
    });
    rebuild();
}

void CriterionTextsEditor::showCriterion(const QString &code)
{
    flush();
    m_code = code;
    rebuild();
}

void CriterionTextsEditor::rebuild()
{
    while (m_form->rowCount() > 0) {
        m_form->removeRow(0);
    }
    m_editors.clear();
    if (!m_document || !m_document->isOpen() || !m_document->framework().criterion(m_code)) {
        return;
    }
    for (const Core::TextField &field : m_document->framework().regime().criterionFields) {
        auto *editor = new CitationTextEdit(m_document, this);
        connect(editor, &CitationTextEdit::citationActivated, this, &CriterionTextsEditor::citationActivated);
        editor->setObjectName(QStringLiteral("text_") + field.key);
        editor->setTabChangesFocus(true);
        editor->setReadOnly(m_document->isReadOnly());
        editor->setPlainText(m_document->criterionText(m_code, field.key));
        editor->setMinimumHeight(70);
        const QString key = field.key;
        connect(editor, &QPlainTextEdit::textChanged, this, [this, key, editor] {
            m_pending.insert(key, editor->toPlainText());
            m_saveTimer.start();
        });
        // Field titles are framework data (the official form's headings) and are not translated.
        auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(field.title.toHtmlEscaped()), this);
        label->setBuddy(editor);
        m_form->addRow(label, editor);
        m_editors.insert(field.key, editor);
    }
}

void CriterionTextsEditor::flush()
{
    m_saveTimer.stop();
    if (!m_document || m_pending.isEmpty()) {
        return;
    }
    const QHash<QString, QString> pending = std::exchange(m_pending, {});
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        if (it.value() != m_document->criterionText(m_code, it.key())) {
            m_document->undoStack()->push(new Core::SetTextCommand(m_document, Core::SetTextCommand::Owner::Criterion, m_code,
                                                                   it.key(), it.value()));
        }
    }
}

void CriterionTextsEditor::refreshTexts()
{
    // After undo or redo the stored text differs from what the editor shows; an editor with
    // unsaved typing is left alone.
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const QString stored = m_document->criterionText(m_code, it.key());
        if (!m_pending.contains(it.key()) && it.value()->toPlainText() != stored) {
            const QSignalBlocker blocker(it.value());
            it.value()->setPlainText(stored);
        }
    }
}

} // namespace Minh::Gui
