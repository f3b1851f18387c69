#include "newschoolwizard.h"

#include "document/schooldocument.h"
#include "evidence/safefilename.h"
#include "framework/frameworkcatalog.h"
#include "framework/frameworkchoice.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Minh::Gui {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

// The status texts are long notes on where the facts come from; the list shows their start.
QString shortStatus(const QString &status)
{
    constexpr int Length = 150;
    return status.size() <= Length ? status : status.left(Length).trimmed() + QStringLiteral("…");
}

} // namespace

NewSchoolWizard::NewSchoolWizard(QWidget *parent)
    : QWizard(parent)
    , m_catalog(std::make_unique<Core::FrameworkCatalog>())
{
    setObjectName(QStringLiteral("newSchoolWizard"));
    setWindowTitle(tr("New school"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(SchoolPage, makeSchoolPage());
    setPage(FrameworkPage, makeFrameworkPage());
    setPage(FilePage, makeFilePage());
    m_askPath = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(this, tr("Save the new school file"), suggested,
                                            tr("Minh school files (*.minh)"));
    };
    resize(720, 520);
}

NewSchoolWizard::~NewSchoolWizard() = default;

QString NewSchoolWizard::defaultSchoolYear(QDate today)
{
    // The school year starts in September; in summer the council prepares the coming one.
    const int start = today.month() >= 6 ? today.year() : today.year() - 1;
    return QStringLiteral("%1-%2").arg(start).arg(start + 1);
}

void NewSchoolWizard::setToday(QDate today)
{
    m_today = today;
    m_year->setText(defaultSchoolYear(today));
}

QWizardPage *NewSchoolWizard::makeSchoolPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("The school"));
    page->setSubTitle(tr("Who is assessing itself, and for which school year."));
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("wizardSchoolName"));
    m_name->setPlaceholderText(tr("e.g. Trường THCS Nguyễn Du"));
    m_type = new QComboBox(page);
    m_type->setObjectName(QStringLiteral("wizardSchoolType"));
    m_type->addItem(tr("Preschool (MN)"), QStringLiteral("MN"));
    m_type->addItem(tr("Primary school (TH)"), QStringLiteral("TH"));
    m_type->addItem(tr("Lower secondary school (THCS)"), QStringLiteral("THCS"));
    m_type->addItem(tr("Upper secondary school (THPT)"), QStringLiteral("THPT"));
    m_type->addItem(tr("School with several levels (PTNCH)"), QStringLiteral("PTNCH"));
    m_type->setCurrentIndex(2);
    m_year = new QLineEdit(defaultSchoolYear(m_today), page);
    m_year->setObjectName(QStringLiteral("wizardSchoolYear"));
    m_year->setPlaceholderText(QStringLiteral("2026-2027"));
    m_schoolError = new QLabel(page);
    m_schoolError->setStyleSheet(QStringLiteral("color: #a11d1d"));
    m_schoolError->setWordWrap(true);
    auto *form = new QFormLayout(page);
    form->addRow(tr("School &name:"), m_name);
    form->addRow(tr("School &type:"), m_type);
    form->addRow(tr("School &year:"), m_year);
    form->addRow(m_schoolError);
    return page;
}

QWizardPage *NewSchoolWizard::makeFrameworkPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("The framework"));
    page->setSubTitle(tr("The circular whose standards the school is assessed against. The one in force today for "
                         "this type of school is chosen already."));
    m_frameworks = new QListWidget(page);
    m_frameworks->setObjectName(QStringLiteral("wizardFrameworks"));
    m_frameworks->setWordWrap(true);
    m_frameworks->setSpacing(6);
    m_frameworkNote = new QLabel(page);
    m_frameworkNote->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_frameworks, 1);
    layout->addWidget(m_frameworkNote);
    return page;
}

QWizardPage *NewSchoolWizard::makeFilePage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("The school file"));
    page->setSubTitle(tr("Everything the council writes and attaches is kept in this one file. Keep it in a folder "
                         "that is backed up."));
    m_path = new QLineEdit(page);
    m_path->setObjectName(QStringLiteral("wizardPath"));
    auto *choose = new QPushButton(tr("&Choose…"), page);
    choose->setObjectName(QStringLiteral("wizardChoosePath"));
    connect(choose, &QPushButton::clicked, this, &NewSchoolWizard::choosePath);
    m_fileError = new QLabel(page);
    m_fileError->setObjectName(QStringLiteral("wizardError"));
    m_fileError->setStyleSheet(QStringLiteral("color: #a11d1d"));
    m_fileError->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(choose);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Save the school file as:"), page));
    layout->addLayout(row);
    layout->addWidget(m_fileError);
    layout->addStretch(1);
    return page;
}

void NewSchoolWizard::initializePage(int id)
{
    if (id == FrameworkPage) {
        fillFrameworks();
    } else if (id == FilePage && m_path->text().isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString name = Core::SafeFileName::sanitize(
            QStringLiteral("%1 %2").arg(m_name->text().trimmed(), m_year->text().trimmed()));
        m_path->setText(QDir(folder).filePath(name + QStringLiteral(".minh")));
    }
}

// Framework names, circulars and statuses are data and are shown as they are.
void NewSchoolWizard::fillFrameworks()
{
    m_frameworks->clear();
    const QString type = m_type->currentData().toString();
    const auto *preferred = Core::FrameworkChoice::preferred(m_catalog->entries(), type, m_today);
    for (const Core::FrameworkCatalog::Entry *entry :
         Core::FrameworkChoice::forSchoolType(m_catalog->entries(), type)) {
        const Core::Framework &fw = entry->framework;
        const QString verified = fw.provenance().verified ? tr("Text verified against the official document.")
                                                          : tr("Text NOT yet verified against the official document.");
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 — %2\n%3\n%4")
                .arg(fw.circular(), fw.title(), tr("Status: %1").arg(shortStatus(fw.status())), verified),
            m_frameworks);
        item->setData(IdRole, fw.id());
        item->setToolTip(fw.status());
        if (entry == preferred) {
            item->setText(tr("Recommended today:") + QLatin1Char(' ') + item->text());
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
            m_frameworks->setCurrentItem(item);
        }
    }
    m_frameworkNote->setText(
        preferred ? tr("Chosen for you: %1, in force on %2 for this type of school.")
                        .arg(preferred->framework.circular(), QLocale().toString(m_today, QLocale::ShortFormat))
                  : tr("No framework is in force today for this type of school; choose one."));
}

void NewSchoolWizard::choosePath()
{
    const QString path = m_askPath(m_path->text());
    if (!path.isEmpty()) {
        m_path->setText(path.endsWith(QStringLiteral(".minh")) ? path : path + QStringLiteral(".minh"));
    }
}

bool NewSchoolWizard::schoolYearIsValid() const
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{4})$"));
    const auto match = pattern.match(m_year->text().trimmed());
    return match.hasMatch() && match.captured(2).toInt() == match.captured(1).toInt() + 1;
}

bool NewSchoolWizard::validateCurrentPage()
{
    switch (currentId()) {
    case SchoolPage:
        if (m_name->text().trimmed().isEmpty()) {
            m_schoolError->setText(tr("Please write the school's name."));
            m_name->setFocus();
            return false;
        }
        if (!schoolYearIsValid()) {
            m_schoolError->setText(
                tr("Write the school year as two following years, e.g. %1.").arg(defaultSchoolYear(m_today)));
            m_year->setFocus();
            return false;
        }
        m_schoolError->clear();
        return true;
    case FrameworkPage:
        if (!m_frameworks->currentItem()) {
            m_frameworkNote->setText(tr("Please choose a framework."));
            return false;
        }
        return true;
    case FilePage:
        return create();
    default:
        return true;
    }
}

bool NewSchoolWizard::create()
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        m_fileError->setText(tr("Please choose where to save the school file."));
        return false;
    }
    const auto *entry = m_catalog->find(m_frameworks->currentItem()->data(IdRole).toString());
    if (!entry) {
        m_fileError->setText(tr("The chosen framework is no longer available."));
        return false;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    Core::SchoolInfo school;
    school.name = m_name->text().trimmed();
    school.schoolType = m_type->currentData().toString();
    Core::SchoolDocument document;
    if (!document.create(path, entry->framework, school, m_year->text().trimmed(), m_today)) {
        m_fileError->setText(document.errorString());
        return false;
    }
    document.close(); // the window opens it
    m_created = path;
    return true;
}

} // namespace Minh::Gui
