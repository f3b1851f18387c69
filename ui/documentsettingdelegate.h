#pragma once

#include <QStyledItemDelegate>

namespace Minh::Gui {

// Editors for document settings: a list to choose from for a choice (the kind of registration),
// a multi-line editor for lists such as "Nơi nhận", the standard editors otherwise.
class DocumentSettingDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace Minh::Gui
