#include "extrarequirementspanel.h"

#include "document/commands/setverdictcommand.h"
#include "document/schooldocument.h"
#include "models/criteriatreemodel.h"

#include <QScrollBar>

namespace Minh::Gui {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
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
    const QStringList parts = link.toString().split(QLatin1Char(':'));
    bool ok = false;
    const int number = parts.size() == 3 && parts.at(0) == QStringLiteral("requirement") ? parts.at(1).toInt(&ok) : 0;
    if (!ok || !m_document || m_document->isReadOnly()) {
        return;
    }
    const Core::Verdict verdict = parts.at(2) == QStringLiteral("met")      ? Core::Verdict::Met
                                  : parts.at(2) == QStringLiteral("notmet") ? Core::Verdict::NotMet
                                                                            : Core::Verdict::NotJudged;
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
        QString verdict = tr("Not yet judged");
        QString colour = QStringLiteral("#555555");
        switch (m_document->judgements().extraRequirement(r.number)) {
        case Core::Verdict::Met:
            verdict = tr("Met");
            colour = QStringLiteral("#1b6e20");
            break;
        case Core::Verdict::NotMet:
            verdict = tr("Not met");
            colour = QStringLiteral("#b3261e");
            break;
        case Core::Verdict::NotJudged:
            break;
        }
        QString choices;
        if (!m_document->isReadOnly()) {
            choices = QStringLiteral("<br><a href='requirement:%1:met'>%2</a> · <a href='requirement:%1:notmet'>%3</a> · "
                                     "<a href='requirement:%1:none'>%4</a>")
                          .arg(r.number)
                          .arg(esc(tr("Met")), esc(tr("Not met")), esc(tr("Not yet judged")));
        }
        html += QStringLiteral("<tr><td width='70%'>%1. %2</td><td style='color:%3'><b>%4</b><small>%5</small></td></tr>")
                    .arg(r.number)
                    .arg(esc(r.text), colour, esc(verdict), choices);
    }
    html += QStringLiteral("</table>");
    setHtml(html);
}

} // namespace Minh::Gui
