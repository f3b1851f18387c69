#pragma once

#include <QSortFilterProxyModel>

namespace Minh::Gui {

// Filters the evidence register by words typed in any column, ignoring case and Vietnamese
// diacritics (so "bien ban" finds "Biên bản" and "dang" finds "Đảng"), and sorts by the model's
// sort keys.
class EvidenceRegisterFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit EvidenceRegisterFilter(QObject *parent = nullptr);

    void setWords(const QString &text);
    static QString fold(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
};

} // namespace Minh::Gui
