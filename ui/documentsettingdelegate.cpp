#include "documentsettingdelegate.h"

#include "document/documentsettings.h"
#include "models/documentsettingsmodel.h"

#include <QComboBox>
#include <QPlainTextEdit>

namespace Minh::Gui {

namespace {

Core::DocumentSettings::Input inputOf(const QModelIndex &index)
{
    return Core::DocumentSettings::Input(index.data(Core::DocumentSettingsModel::InputRole).toInt());
}

} // namespace

QWidget *DocumentSettingDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                               const QModelIndex &index) const
{
    switch (inputOf(index)) {
    case Core::DocumentSettings::Input::Choice: {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("settingChoiceEditor"));
        for (const QVariant &choice : index.data(Core::DocumentSettingsModel::ChoicesRole).toList()) {
            const QStringList pair = choice.toStringList();
            combo->addItem(pair.value(1), pair.value(0));
        }
        return combo;
    }
    case Core::DocumentSettings::Input::Lines: {
        auto *edit = new QPlainTextEdit(parent);
        edit->setObjectName(QStringLiteral("settingLinesEditor"));
        edit->setMinimumHeight(option.rect.height() * 4);
        return edit;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void DocumentSettingDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
    } else if (auto *edit = qobject_cast<QPlainTextEdit *>(editor)) {
        edit->setPlainText(index.data(Qt::EditRole).toString());
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void DocumentSettingDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData());
    } else if (auto *edit = qobject_cast<QPlainTextEdit *>(editor)) {
        model->setData(index, edit->toPlainText());
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

} // namespace Minh::Gui
