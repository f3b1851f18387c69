#pragma once

#include <QTextBrowser>

namespace Minh::Core {
class SchoolDocument;
}

namespace Minh::Gui {

// The school-wide requirements of a level above the criteria (Mức 4 of the 2018 circulars), each
// with the council's verdict, which a click changes through the undo stack.
class ExtraRequirementsPanel : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ExtraRequirementsPanel(QWidget *parent = nullptr);

    void setDocument(Core::SchoolDocument *document);

private:
    void refresh();
    void judge(const QUrl &link);

    Core::SchoolDocument *m_document = nullptr;
};

} // namespace Minh::Gui
