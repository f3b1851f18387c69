#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTreeWidget;
class QTreeWidgetItem;

namespace Minh::Core {
class CouncilModel;
class SchoolDocument;
} // namespace Minh::Core

namespace Minh::Gui {

// The self-assessment council: members with their position, role, duty and working group in a
// table, and on the right the criteria the chosen member writes, ticked in a list.
class CouncilView : public QWidget
{
    Q_OBJECT

public:
    explicit CouncilView(QWidget *parent = nullptr);

    void setDocument(Core::SchoolDocument *document);
    void selectMember(qint64 id);
    Core::CouncilModel *model() const { return m_model; }

private:
    void addMember();
    void removeMember();
    void fillCriteria();
    void refreshAssignments();
    void showGroups();
    void criterionToggled(QTreeWidgetItem *item);
    int currentRow() const;

    Core::SchoolDocument *m_document = nullptr;
    Core::CouncilModel *m_model;
    QTableView *m_table;
    QTreeWidget *m_criteria;
    QLabel *m_criteriaTitle;
    QLabel *m_groups;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace Minh::Gui
