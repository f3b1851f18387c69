#include "evidencehealthpanel.h"

#include "document/schooldocument.h"
#include "evidence/evidencehealth.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Minh::Gui {

namespace {

constexpr int CodeRole = Qt::UserRole + 1;
constexpr int CriterionRole = Qt::UserRole + 2;

} // namespace

EvidenceHealthPanel::EvidenceHealthPanel(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("evidenceHealthPanel"));
    m_heading->setObjectName(QStringLiteral("healthHeading"));
    m_list->setObjectName(QStringLiteral("healthList"));
    m_list->setWordWrap(true);
    m_list->setIconSize(QSize(16, 16));
    m_heading->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    auto *again = new QPushButton(tr("Check again"), this);
    again->setObjectName(QStringLiteral("healthRecheckButton"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(again);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    connect(again, &QPushButton::clicked, this, &EvidenceHealthPanel::recheck);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *row) {
        const QString code = row->data(CodeRole).toString();
        if (!code.isEmpty() && m_document && m_document->evidenceItem(code)) {
            Q_EMIT itemRequested(code);
        } else if (!row->data(CriterionRole).toString().isEmpty()) {
            Q_EMIT criterionRequested(row->data(CriterionRole).toString());
        }
    });
}

void EvidenceHealthPanel::setDocument(Core::SchoolDocument *document)
{
    m_document = document;
    recheck();
}

void EvidenceHealthPanel::recheck()
{
    m_list->clear();
    if (!m_document || !m_document->isOpen()) {
        m_heading->clear();
        return;
    }
    QList<Core::HealthFinding> findings = Core::EvidenceHealth::check(*m_document);
    std::stable_sort(findings.begin(), findings.end(), [](const Core::HealthFinding &a, const Core::HealthFinding &b) {
        return a.severity == Core::HealthFinding::Severity::Error && b.severity != Core::HealthFinding::Severity::Error;
    });
    int errors = 0;
    for (const Core::HealthFinding &finding : std::as_const(findings)) {
        const bool error = finding.severity == Core::HealthFinding::Severity::Error;
        errors += error ? 1 : 0;
        auto *row = new QListWidgetItem(
            style()->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning),
            finding.message, m_list);
        row->setData(CodeRole, finding.code);
        row->setData(CriterionRole, finding.criterion);
        row->setToolTip(finding.code.isEmpty() ? tr("Double-click to go to criterion %1.").arg(finding.criterion)
                                               : tr("Double-click to go to %1.").arg(finding.code));
    }
    m_heading->setText(
        findings.isEmpty()
            ? tr("<b>Health check</b>: no problems found.")
            : tr("<b>Health check</b> (errors: %1, warnings: %2). Double-click a line to go to its place.")
                  .arg(errors)
                  .arg(findings.size() - errors));
}

} // namespace Minh::Gui
