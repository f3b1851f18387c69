#include "schooldatadialog.h"

#include "document/documentsettings.h"
#include "document/schooldocument.h"
#include "documentsettingdelegate.h"
#include "documenttextspage.h"
#include "models/documentsettingsmodel.h"
#include "models/planactivitiesmodel.h"
#include "models/schoolfiguresmodel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Minh::Gui {

namespace {

QTableView *tableView(QAbstractItemModel *model, const QString &objectName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                          | QAbstractItemView::AnyKeyPressed);
    view->verticalHeader()->hide();
    view->setWordWrap(true);
    return view;
}

} // namespace

SchoolDataDialog::SchoolDataDialog(Core::SchoolDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_tabs(new QTabWidget(this))
    , m_figures(new Core::SchoolFiguresModel(this))
    , m_activities(new Core::PlanActivitiesModel(this))
{
    setObjectName(QStringLiteral("schoolDataDialog"));
    setWindowTitle(tr("School data for the printed documents"));
    m_tabs->setObjectName(QStringLiteral("schoolDataTabs"));
    m_figures->setDocument(document);
    m_activities->setDocument(document);

    auto *figuresPage = new QWidget(m_tabs);
    auto *figuresLayout = new QVBoxLayout(figuresPage);
    figuresLayout->addWidget(new QLabel(tr("Figures of the last %n school year(s), as the report's data tables print them.",
                                           nullptr, int(m_figures->schoolYears().size())),
                                        figuresPage));
    QTableView *figures = tableView(m_figures, QStringLiteral("schoolFiguresView"), figuresPage);
    figures->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    figuresLayout->addWidget(figures);
    m_tabs->addTab(figuresPage, tr("School data"));
    addTextsPage(Core::DocumentSettings::report());
    addTextsPage(Core::DocumentSettings::plan());

    auto *decision = new Core::DocumentSettingsModel(Core::DocumentSettings::councilDecision(), this);
    decision->setDocument(document);
    m_tabs->addTab(settingsPage(decision, QStringLiteral("councilDecisionSettingsView")),
                   Core::DocumentSettings::documentName(Core::DocumentSettings::councilDecision()));
    m_tabs->addTab(planPage(), Core::DocumentSettings::documentName(Core::DocumentSettings::selfAssessmentPlan()));
    auto *letter = new Core::DocumentSettingsModel(Core::DocumentSettings::registrationLetter(), this);
    letter->setDocument(document);
    m_tabs->addTab(settingsPage(letter, QStringLiteral("registrationLetterSettingsView")),
                   Core::DocumentSettings::documentName(Core::DocumentSettings::registrationLetter()));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("schoolDataButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(1060, 640); // room for every tab's title on a 1366-pixel screen
}

void SchoolDataDialog::addTextsPage(const QString &printedDocument)
{
    auto *model = new Core::DocumentSettingsModel(printedDocument, this);
    model->setDocument(m_document);
    if (model->rowCount() == 0) {
        return; // the regime's outline asks for no text in this document
    }
    auto *page = new DocumentTextsPage(model, m_document->isReadOnly(), m_tabs);
    m_textPages.append(page);
    m_tabs->addTab(page, printedDocument == Core::DocumentSettings::report() ? tr("Texts of the report")
                                                                               : tr("Texts of the improvement plan"));
}

void SchoolDataDialog::done(int result)
{
    for (DocumentTextsPage *page : std::as_const(m_textPages)) {
        page->flush();
    }
    QDialog::done(result);
}

QWidget *SchoolDataDialog::settingsPage(Core::DocumentSettingsModel *model, const QString &objectName)
{
    auto *page = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(page);
    QTableView *view = tableView(model, objectName, page);
    view->setItemDelegateForColumn(1, new DocumentSettingDelegate(view));
    view->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    view->resizeColumnToContents(0);
    view->resizeRowsToContents();
    connect(model, &QAbstractItemModel::dataChanged, view, &QTableView::resizeRowsToContents);
    layout->addWidget(new QLabel(tr("Empty settings take the school's own data (name, managing authority, principal)."), page));
    layout->addWidget(view);
    return page;
}

QWidget *SchoolDataDialog::planPage()
{
    auto *page = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(page);
    auto *settings = new Core::DocumentSettingsModel(Core::DocumentSettings::selfAssessmentPlan(), this);
    settings->setDocument(m_document);
    QTableView *settingsView = tableView(settings, QStringLiteral("selfAssessmentPlanSettingsView"), page);
    settingsView->setItemDelegateForColumn(1, new DocumentSettingDelegate(settingsView));
    settingsView->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    settingsView->resizeColumnToContents(0);
    layout->addWidget(settingsView, 1);

    layout->addWidget(new QLabel(tr("Timeline of activities"), page));
    m_activitiesView = tableView(m_activities, QStringLiteral("planActivitiesView"), page);
    m_activitiesView->horizontalHeader()->setSectionResizeMode(Core::PlanActivitiesModel::ActivityColumn, QHeaderView::Stretch);
    layout->addWidget(m_activitiesView, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add an activity"), page);
    add->setObjectName(QStringLiteral("addPlanActivityButton"));
    auto *remove = new QPushButton(tr("Remove the activity"), page);
    remove->setObjectName(QStringLiteral("removePlanActivityButton"));
    const bool writable = !m_document->isReadOnly();
    add->setEnabled(writable);
    remove->setEnabled(writable);
    connect(add, &QPushButton::clicked, this, [this] { m_activities->addActivity(); });
    connect(remove, &QPushButton::clicked, this, [this] {
        m_activities->removeActivity(m_activitiesView->currentIndex().row());
    });
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    return page;
}

} // namespace Minh::Gui
