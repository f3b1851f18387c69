#include "extrarequirementspanel.h"

#include "document/commands/setverdictcommand.h"
#include "document/schooldocument.h"
#include "models/criteriatreemodel.h"
#include "verdicthtml.h"

#include <QScrollBar>

namespace Minh::Gui {

namespace {

QString esc(const QString &text)
{
    return VerdictHtml::escape(text);
}

} // namespace

ExtraRequirementsPanel::ExtraRequirementsPanel(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("extraRequirementsPanel"));
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, &ExtraRequirementsPanel::judge);
}

void ExtraRequirementsPanel::setDocument(Core::SchoolDocument *document)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    connect(document, &Core::SchoolDocument::judgementsChanged, this, &ExtraRequirementsPanel::refresh);
    refresh();
}

// Links are "requirement:<n>:<met|notmet|none>".
void ExtraRequirementsPanel::judge(const QUrl &link)
{
    const auto parsed = VerdictHtml::parse(link, QStringLiteral("requirement"));
    bool ok = false;
    const int number = parsed ? parsed->first.toInt(&ok) : 0;
    if (!ok || !m_document || m_document->isReadOnly()) {
        return;
    }
    const Core::Verdict verdict = parsed->second;
    const int scroll = verticalScrollBar()->value();
    m_document->undoStack()->push(new Core::SetVerdictCommand(m_document, number, verdict));
    verticalScrollBar()->setValue(scroll);
}

void ExtraRequirementsPanel::refresh()
{
    if (!m_document || !m_document->isOpen() || m_document->framework().extraRequirements().isEmpty()) {
        clear();
        return;
    }
    const Core::ExtraRequirements &extra = m_document->framework().extraRequirements();
    const Core::Evaluation evaluation = m_document->evaluate();
    // Framework texts (title, article, intro, requirements) are data and are not translated.
    QString html = QStringLiteral("<h2>%1 (%2)</h2><p>%3</p>").arg(esc(extra.title), esc(extra.article), esc(extra.intro));
    if (!extra.verified && !extra.note.isEmpty()) {
        html += QStringLiteral("<p style='color:#a15c00'>%1</p>").arg(esc(extra.note));
    }
    html += QStringLiteral("<p><b>%1</b></p>")
                .arg(esc(evaluation.schoolLevel >= extra.level ? tr("The school reaches %1.").arg(extra.title)
                                                               : tr("School level now: %1.")
                                                                     .arg(Core::CriteriaTreeModel::levelText(evaluation.schoolLevel))));
    html += QStringLiteral("<table cellspacing='0' cellpadding='4' width='100%'>");
    for (const Core::ExtraRequirement &r : extra.requirements) {
        const QString cell = VerdictHtml::cell(m_document->judgements().extraRequirement(r.number), QStringLiteral("requirement"),
                                               m_document->isReadOnly() ? QString() : QString::number(r.number));
        html += QStringLiteral("<tr><td width='70%'>%1. %2</td>%3</tr>").arg(r.number).arg(esc(r.text), cell);
    }
    html += QStringLiteral("</table>");
    setHtml(html);
}

} // namespace Minh::Gui
