#include "criterionpanel.h"

#include "document/schooldocument.h"
#include "models/criteriatreemodel.h"

namespace Minh::Gui {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

CriterionPanel::CriterionPanel(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("criterionPanel"));
    setOpenLinks(false);
}

void CriterionPanel::setDocument(Core::SchoolDocument *document)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    m_code.clear();
    connect(document, &Core::SchoolDocument::judgementsChanged, this, &CriterionPanel::refresh);
    connect(document, &Core::SchoolDocument::textsChanged, this, &CriterionPanel::refresh);
    refresh();
}

void CriterionPanel::showCriterion(const QString &code)
{
    m_code = code;
    refresh();
}

void CriterionPanel::refresh()
{
    if (!m_document || !m_document->isOpen()) {
        clear();
        return;
    }
    const Core::Framework &fw = m_document->framework();
    const Core::Criterion *criterion = fw.criterion(m_code);
    if (!criterion) {
        setHtml(QStringLiteral("<p style='color:#555'>%1</p>").arg(esc(tr("Choose a criterion on the left to see its indicators."))));
        return;
    }
    const QDate rulesDate = m_document->assessment().rulesDate;
    const Core::Evaluation evaluation = m_document->evaluate();
    const Core::CriterionResult *result = evaluation.criterion(criterion->code);
    QString html = QStringLiteral("<h2>%1 %2</h2>").arg(esc(tr("Criterion %1:").arg(criterion->code)), esc(criterion->title));
    html += QStringLiteral("<p><b>%1</b></p>")
                .arg(esc(tr("Computed level: %1").arg(Core::CriteriaTreeModel::levelText(result ? result->level : 0))));
    if (criterion->mandatory) {
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("This criterion is mandatory.")));
    }
    for (int level = 1; level <= fw.maxCriterionLevel(); ++level) {
        const QList<Core::Indicator> &indicators = criterion->indicators(level);
        html += QStringLiteral("<h3>%1</h3>").arg(esc(Core::CriteriaTreeModel::levelText(level)));
        if (indicators.isEmpty()) {
            html += QStringLiteral("<p style='color:#555'>%1</p>").arg(esc(tr("No requirement at this level.")));
            continue;
        }
        html += QStringLiteral("<table cellspacing='0' cellpadding='4' width='100%'>");
        for (const Core::Indicator &indicator : indicators) {
            const QString label = indicator.label.isEmpty() ? QString() : indicator.label + QStringLiteral(") ");
            QString verdict;
            QString colour = QStringLiteral("#555555");
            if (!fw.isInForce(indicator, rulesDate)) {
                verdict = tr("Repealed by %1 (%2)").arg(indicator.repealedBy, indicator.repealedProvision);
            } else {
                switch (m_document->judgements().indicator({criterion->code, level, indicator.key()})) {
                case Core::Verdict::Met:
                    verdict = tr("Met");
                    colour = QStringLiteral("#1b6e20");
                    break;
                case Core::Verdict::NotMet:
                    verdict = tr("Not met");
                    colour = QStringLiteral("#b3261e");
                    break;
                case Core::Verdict::NotJudged:
                    verdict = tr("Not yet judged");
                    break;
                }
            }
            const bool repealed = !fw.isInForce(indicator, rulesDate);
            html += QStringLiteral("<tr><td width='78%'>%1%2%3%4</td><td style='color:%5'><b>%6</b></td></tr>")
                        .arg(repealed ? QStringLiteral("<s>") : QString(), esc(label), esc(indicator.text),
                             repealed ? QStringLiteral("</s>") : QString(), colour, esc(verdict));
        }
        html += QStringLiteral("</table>");
    }
    for (const Core::TextField &field : fw.regime().criterionFields) {
        const QString text = m_document->criterionText(criterion->code, field.key);
        html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(esc(field.title), text.isEmpty() ? QStringLiteral("<i>%1</i>").arg(esc(tr("Not written yet."))) : esc(text));
    }
    setHtml(html);
}

} // namespace Minh::Gui
