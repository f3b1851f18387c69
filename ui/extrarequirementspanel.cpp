#include "extrarequirementspanel.h"

#include "criteriontextseditor.h"
#include "document/commands/setverdictcommand.h"
#include "document/schooldocument.h"
#include "models/criteriatreemodel.h"
#include "verdicthtml.h"

#include <QComboBox>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Minh::Gui {

namespace {

QString esc(const QString &text)
{
    return VerdictHtml::escape(text);
}

} // namespace

ExtraRequirementsPanel::ExtraRequirementsPanel(QWidget *parent)
    : QSplitter(Qt::Vertical, parent)
    , m_verdicts(new QTextBrowser(this))
    , m_chooser(new QComboBox)
    , m_texts(new CriterionTextsEditor)
{
    setObjectName(QStringLiteral("extraRequirementsPanel"));
    m_verdicts->setObjectName(QStringLiteral("extraRequirementsVerdicts"));
    m_texts->setObjectName(QStringLiteral("extraRequirementTextsEditor"));
    m_verdicts->setOpenLinks(false);
    connect(m_verdicts, &QTextBrowser::anchorClicked, this, &ExtraRequirementsPanel::judge);

    auto *textsPage = new QWidget(this);
    auto *layout = new QVBoxLayout(textsPage);
    auto *chooserLabel = new QLabel(tr("Texts of the requirement:"), textsPage);
    chooserLabel->setBuddy(m_chooser);
    m_chooser->setObjectName(QStringLiteral("extraRequirementChooser"));
    m_chooser->setParent(textsPage);
    layout->addWidget(chooserLabel);
    layout->addWidget(m_chooser);
    auto *scroll = new QScrollArea(textsPage);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_texts);
    layout->addWidget(scroll, 1);
    connect(m_chooser, &QComboBox::currentIndexChanged, this, [this] {
        if (m_chooser->currentIndex() >= 0) {
            m_texts->showExtraRequirement(m_chooser->currentData().toInt());
        }
    });
    setStretchFactor(0, 2);
    setStretchFactor(1, 3);
}

void ExtraRequirementsPanel::setDocument(Core::SchoolDocument *document)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    connect(document, &Core::SchoolDocument::judgementsChanged, this, &ExtraRequirementsPanel::refresh);
    m_texts->setDocument(document);
    refresh();
    fillChooser();
}

void ExtraRequirementsPanel::fillChooser()
{
    const QSignalBlocker blocker(m_chooser);
    m_chooser->clear();
    if (m_document && m_document->isOpen()) {
        const Core::ExtraRequirements &extra = m_document->framework().extraRequirements();
        for (const Core::ExtraRequirement &r : extra.requirements) {
            // Framework text, not translated; shortened so the box stays as wide as the window.
            const QString text = QStringLiteral("%1. %2").arg(r.number).arg(r.text);
            m_chooser->addItem(text.size() > 110 ? text.left(108) + QStringLiteral("…") : text, r.number);
            m_chooser->setItemData(m_chooser->count() - 1, text, Qt::ToolTipRole);
        }
    }
    m_texts->showExtraRequirement(m_chooser->count() > 0 ? m_chooser->itemData(0).toInt() : 0);
}

void ExtraRequirementsPanel::showRequirement(int number)
{
    const int index = m_chooser->findData(number);
    if (index >= 0) {
        m_chooser->setCurrentIndex(index);
    }
}

// Links are "requirement:<n>:<met|notmet|none>".
void ExtraRequirementsPanel::judge(const QUrl &link)
{
    const auto parsed = VerdictHtml::parse(link, QStringLiteral("requirement"));
    bool ok = false;
    const int number = parsed ? parsed->first.toInt(&ok) : 0;
    if (!ok || !m_document || m_document->isReadOnly()) {
        return;
    }
    const Core::Verdict verdict = parsed->second;
    const int scroll = m_verdicts->verticalScrollBar()->value();
    m_document->undoStack()->push(new Core::SetVerdictCommand(m_document, number, verdict));
    m_verdicts->verticalScrollBar()->setValue(scroll);
    showRequirement(number);
}

void ExtraRequirementsPanel::refresh()
{
    if (!m_document || !m_document->isOpen() || m_document->framework().extraRequirements().isEmpty()) {
        m_verdicts->clear();
        return;
    }
    const Core::ExtraRequirements &extra = m_document->framework().extraRequirements();
    const Core::Evaluation evaluation = m_document->evaluate();
    // Framework texts (title, article, intro, requirements) are data and are not translated.
    QString html = QStringLiteral("<h2>%1 (%2)</h2><p>%3</p>").arg(esc(extra.title), esc(extra.article), esc(extra.intro));
    if (!extra.verified && !extra.note.isEmpty()) {
        html += QStringLiteral("<p style='color:#a15c00'>%1</p>").arg(esc(extra.note));
    }
    html += QStringLiteral("<p><b>%1</b></p>")
                .arg(esc(evaluation.schoolLevel >= extra.level ? tr("The school reaches %1.").arg(extra.title)
                                                               : tr("School level now: %1.")
                                                                     .arg(Core::CriteriaTreeModel::levelText(evaluation.schoolLevel))));
    html += QStringLiteral("<table cellspacing='0' cellpadding='4' width='100%'>");
    for (const Core::ExtraRequirement &r : extra.requirements) {
        const QString cell = VerdictHtml::cell(m_document->judgements().extraRequirement(r.number), QStringLiteral("requirement"),
                                               m_document->isReadOnly() ? QString() : QString::number(r.number));
        html += QStringLiteral("<tr><td width='70%'>%1. %2</td>%3</tr>").arg(r.number).arg(esc(r.text), cell);
    }
    html += QStringLiteral("</table>");
    m_verdicts->setHtml(html);
}

} // namespace Minh::Gui
