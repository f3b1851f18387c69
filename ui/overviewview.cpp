#include "overviewview.h"

#include "document/schooldocument.h"
#include "evaluation/reasontext.h"
#include "models/criteriatreemodel.h"
#include "models/criterionprogress.h"
#include "progresschart.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMap>
#include <QPushButton>
#include <QScrollArea>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Minh::Gui {

namespace {

constexpr int RefRole = Qt::UserRole + 1; // an indicator reference, or "extra/<n>"

QString criterionLink(const QString &code)
{
    return QStringLiteral("<a href='criterion:%1'>%2</a>")
        .arg(code.toHtmlEscaped(), OverviewView::tr("Criterion %1").arg(code).toHtmlEscaped());
}

void collect(const Core::CriterionShortfall &s, QStringList *refs)
{
    for (const Core::IndicatorRef &ref : s.indicators) {
        if (!refs->contains(ref.toString())) {
            refs->append(ref.toString());
        }
    }
}

} // namespace

OverviewView::OverviewView(QWidget *parent)
    : QWidget(parent)
    , m_level(new QLabel(this))
    , m_national(new QLabel(this))
    , m_whatIf(new QCheckBox(tr("&What if… suppose some indicators were met (nothing is saved)"), this))
    , m_whatIfReset(new QPushButton(tr("Clear the suppositions"), this))
    , m_whatIfPanel(new QWidget(this))
    , m_whatIfHelp(new QLabel(m_whatIfPanel))
    , m_whatIfList(new QListWidget(m_whatIfPanel))
    , m_blocking(new QTextBrowser(this))
    , m_chart(new ProgressChart(this))
    , m_groupChart(new ProgressChart(this))
{
    setObjectName(QStringLiteral("overviewView"));
    m_level->setObjectName(QStringLiteral("overviewLevel"));
    m_national->setObjectName(QStringLiteral("overviewNational"));
    m_whatIf->setObjectName(QStringLiteral("whatIfMode"));
    m_whatIfReset->setObjectName(QStringLiteral("whatIfReset"));
    m_whatIfList->setObjectName(QStringLiteral("whatIfIndicators"));
    m_blocking->setObjectName(QStringLiteral("blockingReasons"));
    QFont big = m_level->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_level->setFont(big);
    m_national->setWordWrap(true);
    m_whatIfHelp->setWordWrap(true);
    m_whatIfHelp->setText(tr("Tick the indicators to suppose met. The level above shows what the school would reach; "
                             "the school file does not change."));
    m_blocking->setOpenLinks(false);
    m_blocking->setMinimumHeight(200);
    m_groupChart->setObjectName(QStringLiteral("groupProgressChart"));
    m_groupChart->setLegendVisible(false);
    m_whatIfList->setMinimumHeight(120);
    m_whatIfList->setWordWrap(true);
    m_whatIfList->setSpacing(4);
    m_whatIfList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *whatIfRow = new QHBoxLayout;
    whatIfRow->addWidget(m_whatIf, 1);
    whatIfRow->addWidget(m_whatIfReset);
    auto *middle = new QHBoxLayout;
    auto *whatIfBox = new QVBoxLayout(m_whatIfPanel);
    whatIfBox->setContentsMargins(0, 0, 0, 0);
    whatIfBox->addWidget(m_whatIfHelp);
    whatIfBox->addWidget(m_whatIfList, 1);
    middle->addWidget(m_blocking, 1);
    middle->addWidget(m_whatIfPanel, 1);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_level);
    layout->addWidget(m_national);
    layout->addLayout(whatIfRow);
    layout->addLayout(middle, 1);
    // Side by side, so the reasons above keep most of a 768-pixel screen.
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_chart, 1, Qt::AlignTop);
    charts->addWidget(m_groupChart, 1, Qt::AlignTop);
    layout->addLayout(charts);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_whatIf, &QCheckBox::toggled, this, &OverviewView::setWhatIf);
    connect(m_whatIfReset, &QPushButton::clicked, this, [this] {
        const QSignalBlocker blocker(m_whatIfList);
        for (int i = 0; i < m_whatIfList->count(); ++i) {
            m_whatIfList->item(i)->setCheckState(Qt::Unchecked);
        }
        refresh();
    });
    connect(m_whatIfList, &QListWidget::itemChanged, this, &OverviewView::refresh);
    connect(m_blocking, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QStringLiteral("criterion")) {
            Q_EMIT criterionActivated(url.path());
        }
    });
    setWhatIf(false);
}

void OverviewView::setDocument(Core::SchoolDocument *document)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    connect(document, &Core::SchoolDocument::judgementsChanged, this, &OverviewView::refresh);
    connect(document, &Core::SchoolDocument::textsChanged, this, &OverviewView::refresh);
    connect(document, &Core::SchoolDocument::recordsChanged, this, &OverviewView::refresh);
    m_whatIf->setChecked(false);
    m_whatIfList->clear();
    refresh();
}

void OverviewView::setWhatIf(bool on)
{
    m_whatIfReset->setVisible(on);
    m_whatIfPanel->setVisible(on);
    if (on && m_document && m_document->isOpen()) {
        fillWhatIfList(m_document->evaluate());
    }
    refresh();
}

// The indicators (and extra requirements) that keep the school from its next level, each to be
// supposed met. The list is made when what-if starts, so ticking does not make items vanish.
void OverviewView::fillWhatIfList(const Core::Evaluation &real)
{
    const QSignalBlocker blocker(m_whatIfList);
    m_whatIfList->clear();
    const int next = real.schoolLevel + 1;
    QStringList refs;
    QList<int> extra;
    for (const Core::BlockingReason &reason : real.blocking.value(next)) {
        collect(reason.shortfall, &refs);
        for (const Core::CriterionShortfall &s : reason.shortfalls) {
            collect(s, &refs);
        }
        extra.append(reason.requirements);
    }
    const Core::Framework &fw = m_document->framework();
    for (const QString &text : refs) {
        const auto ref = Core::IndicatorRef::parse(text);
        const Core::Criterion *criterion = ref ? fw.criterion(ref->criterion) : nullptr;
        const Core::Indicator *indicator = criterion ? criterion->indicator(ref->level, ref->key) : nullptr;
        // Indicator texts are framework data, shown as they are.
        const QString label = ref ? tr("Criterion %1, Mức %2: %3")
                                        .arg(ref->criterion)
                                        .arg(ref->level)
                                        .arg(indicator ? indicator->text : ref->key)
                                  : text;
        auto *item = new QListWidgetItem(label, m_whatIfList);
        item->setData(RefRole, text);
        item->setToolTip(indicator ? indicator->text : text);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    for (int number : extra) {
        auto *item = new QListWidgetItem(tr("Requirement %1 of Mức %2").arg(number).arg(next), m_whatIfList);
        item->setData(RefRole, QStringLiteral("extra/%1").arg(number));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

Core::JudgementSet OverviewView::hypothetical() const
{
    Core::JudgementSet judgements = m_document->judgements();
    for (int i = 0; i < m_whatIfList->count(); ++i) {
        const QListWidgetItem *item = m_whatIfList->item(i);
        if (item->checkState() != Qt::Checked) {
            continue;
        }
        const QString ref = item->data(RefRole).toString();
        if (ref.startsWith(QStringLiteral("extra/"))) {
            judgements.setExtraRequirement(ref.section(QLatin1Char('/'), 1).toInt(), Core::Verdict::Met);
        } else if (const auto parsed = Core::IndicatorRef::parse(ref)) {
            judgements.setIndicator(*parsed, Core::Verdict::Met);
        }
    }
    return judgements;
}

void OverviewView::refresh()
{
    if (!m_document || !m_document->isOpen()) {
        m_level->clear();
        m_national->clear();
        m_blocking->clear();
        m_chart->setSections({});
        m_groupChart->setSections({});
        return;
    }
    const bool whatIf = m_whatIf->isChecked();
    const Core::Evaluation evaluation = whatIf ? m_document->evaluate(hypothetical()) : m_document->evaluate();
    showLevel(evaluation, whatIf);
    showNational(evaluation);
    showBlocking(evaluation, whatIf);
    showProgress();
}

void OverviewView::showLevel(const Core::Evaluation &evaluation, bool whatIf)
{
    if (evaluation.schoolLevel == 0) {
        m_level->setText(whatIf ? tr("What if: the school would still not reach Mức 1")
                                : tr("The school does not reach Mức 1 yet"));
    } else {
        const QString level = Core::CriteriaTreeModel::levelText(evaluation.schoolLevel);
        m_level->setText(whatIf ? tr("What if: the school would reach %1").arg(level)
                                : tr("The school reaches %1 now").arg(level));
    }
    // Supposed results look different from real ones, so nobody copies them into a report.
    m_level->setStyleSheet(whatIf ? QStringLiteral("color: #a15c00") : QString());
}

void OverviewView::showNational(const Core::Evaluation &evaluation)
{
    const Core::Framework &fw = m_document->framework();
    if (!evaluation.nationalStandardDegree) {
        m_national->setText(
            tr("National standard (chuẩn quốc gia): not available. The framework %1 does not say, in the "
               "text Minh has, how school levels map to national-standard levels, so Minh shows none "
               "rather than guess.")
                .arg(fw.circular()));
        return;
    }
    const int degree = *evaluation.nationalStandardDegree;
    QString text = degree > 0 ? tr("National standard (chuẩn quốc gia): this level would give mức độ %1.").arg(degree)
                              : tr("National standard (chuẩn quốc gia): this level is not yet enough for recognition.");
    if (!fw.nationalStandard().verified) {
        text += QLatin1Char(' ') + tr("(The mapping has not been verified against the official text.)");
    }
    m_national->setText(text);
}

// One criterion that falls short, with the text of each indicator still missing and its verdict.
QString OverviewView::shortfallHtml(const Core::CriterionShortfall &s) const
{
    QString html =
        QStringLiteral("<li>%1 — %2<ul>")
            .arg(criterionLink(s.criterion),
                 tr("does not reach %1").arg(Core::CriteriaTreeModel::levelText(s.requiredLevel)).toHtmlEscaped());
    const Core::Criterion *criterion = m_document->framework().criterion(s.criterion);
    for (const Core::IndicatorRef &ref : s.indicators) {
        const Core::Indicator *indicator = criterion ? criterion->indicator(ref.level, ref.key) : nullptr;
        const QString state =
            m_document->judgements().indicator(ref) == Core::Verdict::NotMet ? tr("not met") : tr("not yet judged");
        html += QStringLiteral("<li>%1 <i>(%2)</i></li>")
                    .arg((indicator ? indicator->text : ref.toString()).toHtmlEscaped(), state.toHtmlEscaped());
    }
    return html + QStringLiteral("</ul></li>");
}

void OverviewView::showBlocking(const Core::Evaluation &evaluation, bool whatIf)
{
    const int next = evaluation.schoolLevel + 1;
    if (next > m_document->framework().maxSchoolLevel()) {
        m_blocking->setHtml(
            QStringLiteral("<p>%1</p>")
                .arg((whatIf ? tr("With these suppositions the school would reach the highest level of this framework.")
                             : tr("The school reaches the highest level of this framework."))
                         .toHtmlEscaped()));
        return;
    }
    QString html =
        QStringLiteral("<h3>%1</h3><ul>")
            .arg(tr("What keeps the school from %1").arg(Core::CriteriaTreeModel::levelText(next)).toHtmlEscaped());
    for (const Core::BlockingReason &reason : evaluation.blocking.value(next)) {
        if (reason.kind == Core::BlockingReason::Kind::Criterion) {
            html += shortfallHtml(reason.shortfall);
            continue;
        }
        html += QStringLiteral("<li>%1").arg(Core::ReasonText::describe(reason).toHtmlEscaped());
        if (!reason.shortfalls.isEmpty()) {
            html += QStringLiteral("<ul>");
            for (const Core::CriterionShortfall &s : reason.shortfalls) {
                html += shortfallHtml(s);
            }
            html += QStringLiteral("</ul>");
        }
        html += QStringLiteral("</li>");
    }
    html += QStringLiteral("</ul>");
    m_blocking->setHtml(html);
}

void OverviewView::showProgress()
{
    const Core::Framework &fw = m_document->framework();
    ProgressChart::Section standards{tr("Progress by standard"), {}, {}};
    QMap<QString, int> stateOf; // criterion → state
    for (const Core::Standard &standard : fw.standards()) {
        ProgressChart::Bar bar{tr("Standard %1").arg(standard.number), {}};
        for (const Core::Criterion &c : standard.criteria) {
            const int state = int(Core::CriterionProgress::state(*m_document, c.code));
            stateOf.insert(c.code, state);
            ++bar.counts[state];
        }
        standards.bars.append(bar);
    }
    // A group writes the criteria of all its members; a criterion counts once per group.
    QMap<QString, QStringList> groups;
    for (const Core::CouncilMember &m : m_document->council()) {
        if (m.workingGroup.isEmpty()) {
            continue;
        }
        QStringList &criteria = groups[m.workingGroup];
        for (const QString &code : m.criteria) {
            if (!criteria.contains(code)) {
                criteria.append(code);
            }
        }
    }
    ProgressChart::Section byGroup{tr("Progress by working group"),
                                   {},
                                   tr("No working groups yet: give members a working group in the Council view.")};
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        ProgressChart::Bar bar{it.key(), {}};
        for (const QString &code : it.value()) {
            ++bar.counts[stateOf.value(code)];
        }
        byGroup.bars.append(bar);
    }
    m_chart->setSections({standards});
    m_groupChart->setSections({byGroup});
}

} // namespace Minh::Gui
