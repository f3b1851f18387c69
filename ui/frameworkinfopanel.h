#pragma once

#include <QTextBrowser>

namespace Minh::Core {
class Framework;
}

namespace Minh::Gui {

// Where the assessment's framework comes from: circular, status, whether its text was verified
// against the official document, sources and open doubts, and the rules as the data states them.
class FrameworkInfoPanel : public QTextBrowser
{
    Q_OBJECT

public:
    explicit FrameworkInfoPanel(QWidget *parent = nullptr);

    void showFramework(const Core::Framework &framework);
};

} // namespace Minh::Gui
