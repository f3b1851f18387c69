#include "citationtextedit.h"

#include "citationhighlighter.h"
#include "document/schooldocument.h"
#include "evidence/citationparser.h"
#include "evidenceregisterfilter.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTextBlock>
#include <QToolTip>

namespace Minh::Gui {

namespace {

// What completion compares: lower case, no diacritics, no brackets, so "h1-1" and "bien ban" match.
QString matchKey(const QString &text)
{
    QString key = EvidenceRegisterFilter::fold(text);
    key.remove(QLatin1Char('[')).remove(QLatin1Char(']'));
    return key;
}

} // namespace

CitationTextEdit::CitationTextEdit(Core::SchoolDocument *document, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_document(document)
    , m_items(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_items, this))
    , m_highlighter(new CitationHighlighter(document, this->document()))
{
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionRole(MatchRole);
    m_completer->setMaxVisibleItems(8);
    m_completer->popup()->setObjectName(QStringLiteral("citationPopup"));
    // Wide enough for a code and the start of its title.
    m_completer->popup()->setMinimumWidth(420);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, &CitationTextEdit::insertCode);
    refreshEvidence();
}

void CitationTextEdit::refreshEvidence()
{
    m_items->clear();
    if (m_document && m_document->isOpen()) {
        for (const Core::EvidenceItem &item : m_document->evidence()) {
            auto *row = new QStandardItem(item.code + QStringLiteral("  ") + item.title);
            row->setData(item.code, CodeRole);
            row->setData(matchKey(item.code + QLatin1Char(' ') + item.title), MatchRole);
            row->setToolTip(item.title);
            m_items->appendRow(row);
        }
    }
    m_highlighter->rehighlight();
}

QString CitationTextEdit::typedPrefix() const
{
    QTextCursor cursor = textCursor();
    const QString before = cursor.block().text().left(cursor.positionInBlock());
    qsizetype start = before.size();
    while (start > 0 && !before.at(start - 1).isSpace() && before.at(start - 1) != QLatin1Char('(')) {
        --start;
    }
    return before.mid(start);
}

void CitationTextEdit::complete(bool forced)
{
    const QString prefix = typedPrefix();
    const QString key = matchKey(prefix);
    bool looksLikeCode = prefix.startsWith(QLatin1Char('['));
    // Without a bracket, only the start of an existing code opens the list: ordinary words do not.
    if (!looksLikeCode && key.size() >= 2) {
        for (int row = 0; row < m_items->rowCount() && !looksLikeCode; ++row) {
            looksLikeCode = matchKey(m_items->item(row)->data(CodeRole).toString()).startsWith(key);
        }
    }
    if (m_items->rowCount() == 0 || (!forced && !looksLikeCode)) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(key);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    QRect rect = cursorRect();
    rect.setWidth(std::min(width(), 520));
    m_completer->complete(rect);
}

void CitationTextEdit::insertCode(const QModelIndex &index)
{
    const QString code = index.data(CodeRole).toString();
    if (code.isEmpty()) {
        return;
    }
    QTextCursor cursor = textCursor();
    // The typed part is replaced, so "[h1-1" becomes the code as the regime writes it.
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, int(typedPrefix().size()));
    cursor.insertText(code);
    setTextCursor(cursor);
}

void CitationTextEdit::keyPressEvent(QKeyEvent *event)
{
    if (m_completer->popup()->isVisible()) {
        // The list takes these keys itself.
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore();
            return;
        default:
            break;
        }
    }
    const bool forced = event->key() == Qt::Key_Space && (event->modifiers() & Qt::ControlModifier);
    if (!forced) {
        QPlainTextEdit::keyPressEvent(event);
    }
    if (isReadOnly()) {
        return;
    }
    const QString typed = event->text();
    if (forced || (!typed.isEmpty() && !typed.at(0).isSpace() && typed.at(0).isPrint()) ||
        event->key() == Qt::Key_Backspace) {
        complete(forced);
    } else {
        m_completer->popup()->hide();
    }
}

QString CitationTextEdit::citationAt(int position) const
{
    if (!m_document || !m_document->isOpen()) {
        return {};
    }
    const QTextBlock block = document()->findBlock(position);
    const int inBlock = position - block.position();
    const Core::CitationParser parser(m_document->framework().regime().evidence.codeFormat);
    for (const Core::Citation &citation : parser.parse(block.text())) {
        if (inBlock >= citation.start && inBlock <= citation.start + citation.length &&
            m_document->evidenceItem(citation.normalized)) {
            return citation.normalized;
        }
    }
    return {};
}

void CitationTextEdit::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ControlModifier)) {
        const QString code = citationAt(cursorForPosition(event->position().toPoint()).position());
        if (!code.isEmpty()) {
            Q_EMIT citationActivated(code);
            event->accept();
            return;
        }
    }
    QPlainTextEdit::mousePressEvent(event);
}

bool CitationTextEdit::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_document && m_document->isOpen()) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString code = citationAt(cursorForPosition(help->pos() - viewport()->pos()).position());
        if (const Core::EvidenceItem *item = code.isEmpty() ? nullptr : m_document->evidenceItem(code)) {
            QToolTip::showText(help->globalPos(), tr("%1 %2\nCtrl+click to open it.").arg(item->code, item->title),
                               this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QPlainTextEdit::event(event);
}

} // namespace Minh::Gui
