#include "schoolheader.h"

#include "document/schooldocument.h"
#include "models/criteriatreemodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Minh::Gui {

SchoolHeader::SchoolHeader(QWidget *parent)
    : QWidget(parent)
    , m_school(new QLabel(this))
    , m_details(new QLabel(this))
    , m_level(new QLabel(this))
{
    m_school->setObjectName(QStringLiteral("schoolName"));
    m_details->setObjectName(QStringLiteral("schoolDetails"));
    m_level->setObjectName(QStringLiteral("schoolLevel"));
    QFont big = m_school->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_school->setFont(big);
    QFont levelFont = m_level->font();
    levelFont.setPointSizeF(levelFont.pointSizeF() * 1.25);
    levelFont.setBold(true);
    m_level->setFont(levelFont);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);

    auto *text = new QVBoxLayout;
    text->addWidget(m_school);
    text->addWidget(m_details);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(text, 1);
    layout->addWidget(m_level, 0, Qt::AlignRight | Qt::AlignVCenter);
}

void SchoolHeader::setDocument(Core::SchoolDocument *document)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    connect(document, &Core::SchoolDocument::judgementsChanged, this, &SchoolHeader::refresh);
    connect(document, &Core::SchoolDocument::schoolChanged, this, &SchoolHeader::refresh);
    refresh();
}

void SchoolHeader::refresh()
{
    if (!m_document || !m_document->isOpen()) {
        m_school->clear();
        m_details->clear();
        m_level->clear();
        return;
    }
    const Core::Framework &fw = m_document->framework();
    m_school->setText(m_document->school().name);
    const QString verified = fw.provenance().verified
                                 ? tr("text verified against the official document")
                                 : QStringLiteral("<span style='color:#a15c00'>%1</span>")
                                       .arg(tr("text not yet verified against the official document").toHtmlEscaped());
    m_details->setText(tr("School year %1 · %2 · %3").arg(m_document->assessment().schoolYear.toHtmlEscaped(),
                                                          fw.circular().toHtmlEscaped(), verified));
    const Core::Evaluation evaluation = m_document->evaluate();
    m_level->setText(evaluation.schoolLevel > 0 ? tr("School level: %1").arg(Core::CriteriaTreeModel::levelText(evaluation.schoolLevel))
                                                : tr("School level: Mức 1 not reached"));
}

} // namespace Minh::Gui
