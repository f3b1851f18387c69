#pragma once

#include <QWidget>

class QLabel;

namespace Minh::Core {
class SchoolDocument;
}

namespace Minh::Gui {

// The band at the top of the window: which school, which year, under which framework (and how
// sure its text is), and the level the school reaches now.
class SchoolHeader : public QWidget
{
    Q_OBJECT

public:
    explicit SchoolHeader(QWidget *parent = nullptr);

    void setDocument(Core::SchoolDocument *document);

private:
    void refresh();

    Core::SchoolDocument *m_document = nullptr;
    QLabel *m_school;
    QLabel *m_details;
    QLabel *m_level;
};

} // namespace Minh::Gui
