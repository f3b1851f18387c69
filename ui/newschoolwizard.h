#pragma once

#include <QDate>
#include <QWizard>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace Minh::Core {
class FrameworkCatalog;
}

namespace Minh::Gui {

// Makes a new school file in three steps: the school (name, type, school year), the framework
// (preselected from the type and the date, each shown with its circular, status and whether its
// text is verified), and where to save the file. The file exists once the wizard is accepted.
class NewSchoolWizard : public QWizard
{
    Q_OBJECT

public:
    enum Page
    {
        SchoolPage,
        FrameworkPage,
        FilePage
    };

    explicit NewSchoolWizard(QWidget *parent = nullptr);
    ~NewSchoolWizard() override;

    // Asks where to save, starting from a suggested path; empty when cancelled. Replaceable so that
    // tests never block on a file dialog.
    void setSavePathQuestion(std::function<QString(const QString &suggested)> ask) { m_askPath = std::move(ask); }
    // The day that decides the preselected framework and the school year; today by default.
    void setToday(QDate today);

    QString createdPath() const { return m_created; }

    static QString defaultSchoolYear(QDate today);

protected:
    bool validateCurrentPage() override;
    void initializePage(int id) override;

private:
    QWizardPage *makeSchoolPage();
    QWizardPage *makeFrameworkPage();
    QWizardPage *makeFilePage();
    void fillFrameworks();
    void choosePath();
    bool create();
    bool schoolYearIsValid() const;

    std::unique_ptr<Core::FrameworkCatalog> m_catalog;
    QDate m_today = QDate::currentDate();
    QLineEdit *m_name = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_year = nullptr;
    QLabel *m_schoolError = nullptr;
    QListWidget *m_frameworks = nullptr;
    QLabel *m_frameworkNote = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_fileError = nullptr;
    QString m_created;
    std::function<QString(const QString &)> m_askPath;
};

} // namespace Minh::Gui
