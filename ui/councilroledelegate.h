#pragma once

#include <QStyledItemDelegate>

namespace Minh::Gui {

// Picks a council role (chair, vice-chair, secretary, member) from a list instead of typing it.
class CouncilRoleDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace Minh::Gui
