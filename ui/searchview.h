#pragma once

#include "search/searchindex.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace Minh::Core {
class SchoolDocument;
}

namespace Minh::Gui {

// Results of the toolbar's search box, as you type: every text, evidence item, plan row and
// council member that contains the words, without regard to diacritics. The index is rebuilt
// only when the document changed since the last search.
class SearchView : public QWidget
{
    Q_OBJECT

public:
    explicit SearchView(QWidget *parent = nullptr);

    void setDocument(Core::SchoolDocument *document);
    void setQuery(const QString &query);

Q_SIGNALS:
    void hitActivated(const Core::SearchHit &hit);

private:
    void activate(QListWidgetItem *item);

    Core::SchoolDocument *m_document = nullptr;
    Core::SearchIndex m_index;
    bool m_stale = true;
    QString m_query;
    QList<Core::SearchHit> m_hits;
    QLabel *m_summary;
    QListWidget *m_results;
};

} // namespace Minh::Gui
