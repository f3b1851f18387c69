#include "frameworkinfopanel.h"

#include "framework/framework.h"

namespace Minh::Gui {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString list(const QStringList &items)
{
    QString html = QStringLiteral("<ul>");
    for (const QString &item : items) {
        html += QStringLiteral("<li>%1</li>").arg(esc(item));
    }
    return html + QStringLiteral("</ul>");
}

} // namespace

FrameworkInfoPanel::FrameworkInfoPanel(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("frameworkInfoPanel"));
    setOpenExternalLinks(false);
}

void FrameworkInfoPanel::showFramework(const Core::Framework &fw)
{
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p>").arg(esc(fw.circular()), esc(fw.title()));
    const QString badge = fw.provenance().verified
                              ? QStringLiteral("<p style='color:#1b6e20'><b>%1</b></p>").arg(esc(tr("The text has been verified against the official document.")))
                              : QStringLiteral("<p style='color:#a15c00'><b>%1</b></p>")
                                    .arg(esc(tr("The text has NOT been verified against the official document. Check it "
                                                "before relying on it.")));
    html += badge;
    html += QStringLiteral("<p>%1</p>").arg(esc(fw.provenance().summary));
    html += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(esc(tr("Status")), esc(fw.status()));
    html += QStringLiteral("<p>%1</p>").arg(esc(tr("Issued %1, effective %2; for schools of type %3.")
                                                    .arg(fw.issued(), fw.effective(), fw.schoolTypes().join(QStringLiteral(", ")))));
    if (!fw.amendments().isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Amendments")));
        for (const Core::Amendment &a : fw.amendments()) {
            html += QStringLiteral("<p><b>%1</b> — %2<br>%3</p>")
                        .arg(esc(a.id), esc(tr("effective %1").arg(a.effective)), esc(a.note));
        }
    }
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("How the school level is decided")));
    html += QStringLiteral("<p><i>%1</i></p>").arg(esc(fw.ruleText().article)) + list(fw.ruleText().summary);
    html += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(esc(tr("National standard")), esc(fw.nationalStandard().text));
    if (!fw.nationalStandard().mappingSource.isEmpty()) {
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("Source of the level mapping: %1").arg(fw.nationalStandard().mappingSource)));
    }
    if (!fw.extraRequirements().isEmpty()) {
        const Core::ExtraRequirements &x = fw.extraRequirements();
        html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("%1 requirements (%2)").arg(x.title, x.article)));
        if (!x.verified && !x.note.isEmpty()) {
            html += QStringLiteral("<p style='color:#a15c00'>%1</p>").arg(esc(x.note));
        }
    }
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Sources"))) + list(fw.provenance().sources);
    if (!fw.provenance().notes.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Transcription notes"))) + list(fw.provenance().notes);
    }
    setHtml(html);
}

} // namespace Minh::Gui
