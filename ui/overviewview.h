#pragma once

#include "evaluation/judgementset.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTextBrowser;

namespace Minh::Core {
class SchoolDocument;
struct CriterionShortfall;
struct Evaluation;
} // namespace Minh::Core

namespace Minh::Gui {

class ProgressChart;

// Where the school stands: its level now, what keeps it from the next one (with links to the
// criteria), the national-standard level this gives, progress per standard and per working group,
// and a what-if mode that supposes indicators met without saving anything.
class OverviewView : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewView(QWidget *parent = nullptr);

    void setDocument(Core::SchoolDocument *document);

Q_SIGNALS:
    void criterionActivated(const QString &code);

private:
    void refresh();
    void setWhatIf(bool on);
    void fillWhatIfList(const Core::Evaluation &real);
    Core::JudgementSet hypothetical() const;
    void showLevel(const Core::Evaluation &evaluation, bool whatIf);
    void showBlocking(const Core::Evaluation &evaluation, bool whatIf);
    QString shortfallHtml(const Core::CriterionShortfall &shortfall) const;
    void showNational(const Core::Evaluation &evaluation);
    void showProgress();

    Core::SchoolDocument *m_document = nullptr;
    QLabel *m_level;
    QLabel *m_national;
    QCheckBox *m_whatIf;
    QPushButton *m_whatIfReset;
    QWidget *m_whatIfPanel;
    QLabel *m_whatIfHelp;
    QListWidget *m_whatIfList;
    QTextBrowser *m_blocking;
    ProgressChart *m_chart;
    ProgressChart *m_groupChart;
};

} // namespace Minh::Gui
