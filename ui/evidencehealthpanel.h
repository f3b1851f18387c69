#pragma once

#include <QWidget>

class QLabel;
class QListWidget;

namespace Minh::Core {
class SchoolDocument;
}

namespace Minh::Gui {

// The evidence health check as a list of findings, errors first. Activating a finding asks to
// show its place: the item when it names one, else the criterion.
class EvidenceHealthPanel : public QWidget
{
    Q_OBJECT

public:
    explicit EvidenceHealthPanel(QWidget *parent = nullptr);

    void setDocument(Core::SchoolDocument *document);
    // Runs the check again (metadata only: fast even on a large school file).
    void recheck();

Q_SIGNALS:
    void itemRequested(const QString &code);
    void criterionRequested(const QString &criterion);

private:
    Core::SchoolDocument *m_document = nullptr;
    QLabel *m_heading;
    QListWidget *m_list;
};

} // namespace Minh::Gui
