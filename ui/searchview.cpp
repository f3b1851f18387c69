#include "searchview.h"

#include "document/schooldocument.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace Minh::Gui {

namespace {

constexpr int Limit = 200;

} // namespace

SearchView::SearchView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_results(new QListWidget(this))
{
    setObjectName(QStringLiteral("searchView"));
    m_summary->setObjectName(QStringLiteral("searchSummary"));
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setWordWrap(true);
    m_results->setAlternatingRowColors(true);
    m_results->setSpacing(2);
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_results, 1);
    connect(m_results, &QListWidget::itemActivated, this, &SearchView::activate);
    connect(m_results, &QListWidget::itemClicked, this, &SearchView::activate);
    setQuery(QString());
}

void SearchView::setDocument(Core::SchoolDocument *document)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    m_stale = true;
    // Any change makes the index stale; it is rebuilt at the next search, not at every keystroke
    // of the council's writing.
    const auto stale = [this] {
        m_stale = true;
        if (isVisible() && !m_query.isEmpty()) {
            setQuery(m_query);
        }
    };
    connect(document, &Core::SchoolDocument::textsChanged, this, stale);
    connect(document, &Core::SchoolDocument::recordsChanged, this, stale);
    connect(document, &Core::SchoolDocument::schoolChanged, this, stale);
    setQuery(m_query);
}

void SearchView::setQuery(const QString &query)
{
    m_query = query;
    m_results->clear();
    m_hits.clear();
    if (query.trimmed().isEmpty() || !m_document || !m_document->isOpen()) {
        m_summary->setText(tr("Type in the search box above (Ctrl+F). Accents do not matter: “duc” finds “Đức”."));
        return;
    }
    if (m_stale) {
        m_index.rebuild(*m_document);
        m_stale = false;
    }
    m_hits = m_index.search(query, Limit);
    for (const Core::SearchHit &hit : std::as_const(m_hits)) {
        auto *item = new QListWidgetItem(QStringLiteral("%1\n%2").arg(hit.place, hit.snippet), m_results);
        item->setToolTip(hit.snippet);
    }
    m_summary->setText(
        m_hits.isEmpty() ? tr("Nothing found for “%1”.").arg(query)
        : m_hits.size() >= Limit
            ? tr("The first %1 results for “%2”; add a word to narrow them.").arg(Limit).arg(query)
            : tr("%n result(s) for “%1”. Click one to go there.", nullptr, int(m_hits.size())).arg(query));
}

void SearchView::activate(QListWidgetItem *item)
{
    const int row = m_results->row(item);
    if (row >= 0 && row < m_hits.size()) {
        Q_EMIT hitActivated(m_hits.at(row));
    }
}

} // namespace Minh::Gui
