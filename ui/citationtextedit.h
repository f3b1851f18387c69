#pragma once

#include <QPlainTextEdit>

class QCompleter;
class QStandardItemModel;

namespace Minh::Core {
class SchoolDocument;
struct Citation;
} // namespace Minh::Core

namespace Minh::Gui {

class CitationHighlighter;

// A plain text editor for the council's texts that knows evidence codes: typing the start of a
// code (or "[", or Ctrl+Space after any word of a title) offers the school's items, and picking one
// inserts its code as the regime writes it. Codes are shown as links (unknown ones underlined in
// red); Ctrl+click on one opens its item.
class CitationTextEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    static constexpr int CodeRole = Qt::UserRole + 1;
    static constexpr int MatchRole = Qt::UserRole + 2;

    CitationTextEdit(Core::SchoolDocument *document, QWidget *parent = nullptr);

    QCompleter *completer() const { return m_completer; }
    // Fills the completer with the school's items and shows the codes again (after items changed).
    void refreshEvidence();
    // The code of the existing item cited at `position` in the text, or an empty string.
    QString citationAt(int position) const;

Q_SIGNALS:
    void citationActivated(const QString &code);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    void complete(bool forced);
    void insertCode(const QModelIndex &index);
    // The text typed just before the cursor that completion works on (from the last space).
    QString typedPrefix() const;

    Core::SchoolDocument *m_document;
    QStandardItemModel *m_items;
    QCompleter *m_completer;
    CitationHighlighter *m_highlighter;
};

} // namespace Minh::Gui
