#include "councilview.h"

#include "councilroledelegate.h"
#include "document/schooldocument.h"
#include "models/councilmodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Minh::Gui {

using Model = Core::CouncilModel;

CouncilView::CouncilView(QWidget *parent)
    : QWidget(parent)
    , m_model(new Model(this))
    , m_table(new QTableView(this))
    , m_criteria(new QTreeWidget(this))
    , m_criteriaTitle(new QLabel(this))
    , m_groups(new QLabel(this))
    , m_add(new QPushButton(tr("&Add a member"), this))
    , m_remove(new QPushButton(tr("Remove the member"), this))
{
    setObjectName(QStringLiteral("councilView"));
    m_table->setObjectName(QStringLiteral("councilTable"));
    m_criteria->setObjectName(QStringLiteral("assignmentList"));
    m_add->setObjectName(QStringLiteral("councilAddMember"));
    m_remove->setObjectName(QStringLiteral("councilRemoveMember"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(Model::RoleColumn, new CouncilRoleDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(Model::NameColumn, QHeaderView::Stretch);
    header->resizeSection(Model::PositionColumn, 125);
    header->resizeSection(Model::RoleColumn, 95);
    header->resizeSection(Model::DutyColumn, 120);
    header->resizeSection(Model::GroupColumn, 70);
    header->setMinimumSectionSize(60);
    m_table->setColumnHidden(Model::CriteriaColumn, true); // the list on the right shows them
    m_table->setToolTip(tr("Double-click a cell to change it."));

    m_criteria->setHeaderHidden(true);
    m_criteria->setUniformRowHeights(true);
    m_criteriaTitle->setWordWrap(true);
    m_groups->setObjectName(QStringLiteral("groupSummary"));
    m_groups->setWordWrap(true);
    m_groups->setTextFormat(Qt::RichText);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_table, 1);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_criteriaTitle);
    rightLayout->addWidget(m_criteria, 1);
    rightLayout->addWidget(m_groups);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("councilSplitter"));
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    auto *remove = new QAction(m_table);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(remove);
    connect(remove, &QAction::triggered, this, &CouncilView::removeMember);
    m_remove->setToolTip(tr("Removes the chosen member (Delete); Undo brings them back"));

    connect(m_add, &QPushButton::clicked, this, &CouncilView::addMember);
    connect(m_remove, &QPushButton::clicked, this, &CouncilView::removeMember);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CouncilView::refreshAssignments);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CouncilView::refreshAssignments);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CouncilView::refreshAssignments);
    connect(m_criteria, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item) { criterionToggled(item); });
}

void CouncilView::setDocument(Core::SchoolDocument *document)
{
    m_document = document;
    fillCriteria(); // before the model resets, which refreshes the ticks of this list
    m_model->setDocument(document);
    if (m_model->rowCount() > 0) {
        m_table->setCurrentIndex(m_model->index(0, Model::NameColumn));
    }
    refreshAssignments();
}

int CouncilView::currentRow() const
{
    return m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
}

void CouncilView::selectMember(qint64 id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(Model::IdRole).toLongLong() == id) {
            m_table->setCurrentIndex(m_model->index(row, Model::NameColumn));
            return;
        }
    }
}

// Framework data (standard and criterion titles) is shown as it is, untranslated.
void CouncilView::fillCriteria()
{
    const QSignalBlocker blocker(m_criteria);
    m_criteria->clear();
    if (!m_document || !m_document->isOpen()) {
        return;
    }
    for (const Core::Standard &standard : m_document->framework().standards()) {
        auto *parent =
            new QTreeWidgetItem(m_criteria, {tr("Standard %1: %2").arg(standard.number).arg(standard.title)});
        parent->setFlags(Qt::ItemIsEnabled);
        for (const Core::Criterion &c : standard.criteria) {
            auto *item = new QTreeWidgetItem(parent, {QStringLiteral("%1 %2").arg(c.code, c.title)});
            item->setData(0, Qt::UserRole, c.code);
            item->setToolTip(0, c.title);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(0, Qt::Unchecked);
        }
    }
    m_criteria->expandAll();
}

void CouncilView::refreshAssignments()
{
    const int row = currentRow();
    const bool editable = m_document && m_document->isOpen() && !m_document->isReadOnly();
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable && row >= 0);
    m_criteria->setEnabled(editable && row >= 0);
    if (row < 0) {
        m_criteriaTitle->setText(tr("Choose a member to see and tick the criteria they write."));
    } else {
        m_criteriaTitle->setText(QStringLiteral("<b>%1</b>")
                                     .arg(tr("Criteria written by %1:")
                                              .arg(m_model->index(row, Model::NameColumn).data().toString())
                                              .toHtmlEscaped()));
    }
    showGroups();
    const QStringList assigned =
        row >= 0 ? m_model->index(row, 0).data(Model::CriteriaRole).toStringList() : QStringList();
    const qint64 id = row >= 0 ? m_model->index(row, 0).data(Model::IdRole).toLongLong() : 0;
    const QSignalBlocker blocker(m_criteria);
    for (int s = 0; s < m_criteria->topLevelItemCount(); ++s) {
        QTreeWidgetItem *standard = m_criteria->topLevelItem(s);
        for (int c = 0; c < standard->childCount(); ++c) {
            QTreeWidgetItem *item = standard->child(c);
            const QString code = item->data(0, Qt::UserRole).toString();
            item->setCheckState(0, assigned.contains(code) ? Qt::Checked : Qt::Unchecked);
            // Who else writes it, so that a gap or an overlap shows when hovering.
            QStringList others;
            for (const Core::CouncilMember &m : m_document->council()) {
                if (m.id != id && m.criteria.contains(code)) {
                    others.append(m.fullName);
                }
            }
            const Core::Criterion *criterion = m_document->framework().criterion(code);
            const QString title = criterion ? criterion->title : code;
            item->setToolTip(0, others.isEmpty()
                                    ? title
                                    : title + QLatin1Char('\n') +
                                          tr("Also written by: %1").arg(others.join(QStringLiteral(", "))));
        }
    }
}

// Which criteria each working group writes: the criteria of its members together.
void CouncilView::showGroups()
{
    QMap<QString, QStringList> groups;
    if (m_document && m_document->isOpen()) {
        for (const Core::Criterion *c : m_document->framework().criteria()) {
            for (const Core::CouncilMember &m : m_document->council()) {
                QStringList &codes = groups[m.workingGroup];
                if (!m.workingGroup.isEmpty() && m.criteria.contains(c->code) && !codes.contains(c->code)) {
                    codes.append(c->code);
                }
            }
        }
    }
    groups.remove(QString());
    QStringList lines;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        lines.append(QStringLiteral("<b>%1</b>: %2")
                         .arg(it.key().toHtmlEscaped(), it.value().isEmpty() ? tr("no criteria yet").toHtmlEscaped()
                                                                             : it.value().join(QStringLiteral(", "))));
    }
    m_groups->setText(lines.isEmpty()
                          ? tr("No working groups yet: type a group name in the Group column.").toHtmlEscaped()
                          : tr("Working groups write:").toHtmlEscaped() + QStringLiteral("<br>") +
                                lines.join(QStringLiteral("<br>")));
}

void CouncilView::criterionToggled(QTreeWidgetItem *item)
{
    const QString code = item->data(0, Qt::UserRole).toString();
    const int row = currentRow();
    if (code.isEmpty() || row < 0) {
        return;
    }
    m_model->setAssigned(row, code, item->checkState(0) == Qt::Checked);
}

void CouncilView::addMember()
{
    const int row = m_model->rowCount();
    if (m_model->addMember(row, tr("New member"))) {
        const QModelIndex name = m_model->index(row, Model::NameColumn);
        m_table->setCurrentIndex(name);
        m_table->setFocus();
        m_table->edit(name); // the name is typed over at once
    }
}

void CouncilView::removeMember()
{
    const int row = currentRow();
    if (row >= 0 && m_model->removeMember(row) && m_model->rowCount() > 0) {
        m_table->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1), Model::NameColumn));
    }
}

} // namespace Minh::Gui
