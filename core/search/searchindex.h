#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Minh::Core {

class SchoolDocument;

// One place where the searched words occur.
struct SearchHit
{
    enum class Kind
    {
        Criterion, // a criterion's title, indicator or written text
        Standard,  // a standard's written text
        ExtraRequirement, // the written text of a Mức 4 requirement (2018), key = its number
        Evidence,  // an evidence item's metadata or file name
        Plan,      // an improvement-plan row
        Council    // a council member
    };
    Kind kind = Kind::Criterion;
    QString key;       // criterion code, standard number, evidence code, plan or member id
    QString criterion; // the criterion to show for it, where there is one
    QString place;     // where it was found, e.g. "Criterion 1.2 · Điểm mạnh"
    QString snippet;   // the text around the first match
};

// Every text of an open school (framework texts, the council's texts, evidence metadata, plan and
// council) folded by SearchText, in memory. Searching is a scan of folded strings: with 2,000
// evidence items that is a few milliseconds, and nothing touches the file while the user types.
// The owner calls rebuild() when the document changed.
class SearchIndex
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::SearchIndex)

public:
    void rebuild(const SchoolDocument &document);
    void clear() { m_entries.clear(); }
    qsizetype size() const { return m_entries.size(); }

    // Entries that contain every word of `query`: those with the words side by side as typed
    // first, then those with them anywhere; each group in document order.
    QList<SearchHit> search(const QString &query, int limit = 200) const;

private:
    struct Entry
    {
        SearchHit::Kind kind;
        QString key;
        QString criterion;
        QString place;
        QString text;
        QString folded;
    };

    void add(SearchHit::Kind kind, const QString &key, const QString &criterion, const QString &place,
             const QString &text);

    QList<Entry> m_entries;
};

} // namespace Minh::Core
