#include "criterionpanel.h"

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

CriterionPanel::CriterionPanel(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("criterionPanel"));
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, &CriterionPanel::judge);
}

// Links in the page are "verdict:<indicator>:<met|notmet|none>"; a click judges through the undo
// stack, so Ctrl+Z takes it back.
void CriterionPanel::judge(const QUrl &link)
{
    const auto parsed = VerdictHtml::parse(link, QStringLiteral("verdict"));
    const auto ref = parsed ? Core::IndicatorRef::parse(parsed->first) : std::nullopt;
    if (!ref || !m_document || m_document->isReadOnly()) {
        return;
    }
    const Core::Verdict verdict = parsed->second;
    const int scroll = verticalScrollBar()->value();
    m_document->undoStack()->push(new Core::SetVerdictCommand(m_document, *ref, verdict));
    verticalScrollBar()->setValue(scroll);
}

void CriterionPanel::setDocument(Core::SchoolDocument *document)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    m_code.clear();
    connect(document, &Core::SchoolDocument::judgementsChanged, this, &CriterionPanel::refresh);
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
            const bool repealed = !fw.isInForce(indicator, rulesDate);
            const QString ref = Core::IndicatorRef{criterion->code, level, indicator.key()}.toString();
            const QString cell =
                repealed ? VerdictHtml::noteCell(tr("Repealed by %1 (%2)").arg(indicator.repealedBy, indicator.repealedProvision))
                         : VerdictHtml::cell(m_document->judgements().indicator({criterion->code, level, indicator.key()}),
                                             QStringLiteral("verdict"), m_document->isReadOnly() ? QString() : ref);
            html += QStringLiteral("<tr><td width='70%'>%1%2%3%4</td>%5</tr>")
                        .arg(repealed ? QStringLiteral("<s>") : QString(), esc(label), esc(indicator.text),
                             repealed ? QStringLiteral("</s>") : QString(), cell);
        }
        html += QStringLiteral("</table>");
    }
    setHtml(html);
}

} // namespace Minh::Gui
