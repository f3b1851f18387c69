#include "councilroledelegate.h"

#include "models/councilmodel.h"

#include <QComboBox>

namespace Minh::Gui {

QWidget *CouncilRoleDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    for (auto role : {Core::CouncilRole::Chair, Core::CouncilRole::ViceChair, Core::CouncilRole::Secretary,
                      Core::CouncilRole::Member}) {
        combo->addItem(Core::CouncilModel::roleName(role), int(role));
    }
    return combo;
}

void CouncilRoleDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toInt())));
}

void CouncilRoleDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentData().toInt());
}

} // namespace Minh::Gui
