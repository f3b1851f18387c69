#include "evidenceregisterfilter.h"

#include "models/evidenceregistermodel.h"

namespace Minh::Gui {

EvidenceRegisterFilter::EvidenceRegisterFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(Core::EvidenceRegisterModel::SortRole);
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

QString EvidenceRegisterFilter::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing) {
            continue;
        }
        folded.append(c == QChar(u'đ') || c == QChar(u'Đ') ? QChar(u'd') : c.toLower());
    }
    return folded;
}

void EvidenceRegisterFilter::setWords(const QString &text)
{
    m_words = fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

bool EvidenceRegisterFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty()) {
        return true;
    }
    QString row;
    for (int column = 0; column < sourceModel()->columnCount(sourceParent); ++column) {
        row += fold(sourceModel()->index(sourceRow, column, sourceParent).data().toString()) + QLatin1Char('\n');
    }
    return std::all_of(m_words.cbegin(), m_words.cend(), [&](const QString &word) { return row.contains(word); });
}

} // namespace Minh::Gui
