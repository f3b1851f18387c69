#pragma once

#include <QTextBrowser>

namespace Minh::Core {
class SchoolDocument;
}

namespace Minh::Gui {

// Shows one criterion: the official text of every indicator grouped by level with the council's
// verdict, which a click changes, and the computed level.
class CriterionPanel : public QTextBrowser
{
    Q_OBJECT

public:
    explicit CriterionPanel(QWidget *parent = nullptr);

    void setDocument(Core::SchoolDocument *document);
    void showCriterion(const QString &code);
    QString criterionCode() const { return m_code; }

private:
    void refresh();
    void judge(const QUrl &link);

    Core::SchoolDocument *m_document = nullptr;
    QString m_code;
};

} // namespace Minh::Gui
