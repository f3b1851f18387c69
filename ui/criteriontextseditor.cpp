#include "criteriontextseditor.h"

#include "citationtextedit.h"
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
    show(Core::SetTextCommand::Owner::Criterion, code);
}

void CriterionTextsEditor::showExtraRequirement(int number)
{
    show(Core::SetTextCommand::Owner::ExtraRequirement, QString::number(number));
}

void CriterionTextsEditor::show(Core::SetTextCommand::Owner owner, const QString &key)
{
    flush();
    m_owner = owner;
    m_code = key;
    rebuild();
}

bool CriterionTextsEditor::ownerExists() const
{
    if (!m_document || !m_document->isOpen()) {
        return false;
    }
    return m_owner == Core::SetTextCommand::Owner::ExtraRequirement
               ? m_document->framework().extraRequirements().contains(m_code.toInt())
               : m_document->framework().criterion(m_code) != nullptr;
}

QString CriterionTextsEditor::storedText(const QString &field) const
{
    return m_owner == Core::SetTextCommand::Owner::ExtraRequirement ? m_document->extraRequirementText(m_code.toInt(), field)
                                                                     : m_document->criterionText(m_code, field);
}

void CriterionTextsEditor::rebuild()
{
    while (m_form->rowCount() > 0) {
        m_form->removeRow(0);
    }
    m_editors.clear();
    if (!ownerExists()) {
        return;
    }
    for (const Core::TextField &field : m_document->framework().regime().criterionFields) {
        auto *editor = new CitationTextEdit(m_document, this);
        connect(editor, &CitationTextEdit::citationActivated, this, &CriterionTextsEditor::citationActivated);
        // Distinct names for the Mức 4 texts, which another instance of this editor shows.
        editor->setObjectName((m_owner == Core::SetTextCommand::Owner::ExtraRequirement ? QStringLiteral("level4_text_")
                                                                                        : QStringLiteral("text_"))
                              + field.key);
        editor->setTabChangesFocus(true);
        editor->setReadOnly(m_document->isReadOnly());
        editor->setPlainText(storedText(field.key));
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
        if (it.value() != storedText(it.key())) {
            m_document->undoStack()->push(new Core::SetTextCommand(m_document, m_owner, m_code, it.key(), it.value()));
        }
    }
}

void CriterionTextsEditor::refreshTexts()
{
    // After undo or redo the stored text differs from what the editor shows; an editor with
    // unsaved typing is left alone.
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const QString stored = storedText(it.key());
        if (!m_pending.contains(it.key()) && it.value()->toPlainText() != stored) {
            const QSignalBlocker blocker(it.value());
            it.value()->setPlainText(stored);
        }
    }
}

} // namespace Minh::Gui
