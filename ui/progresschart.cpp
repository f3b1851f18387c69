#include "progresschart.h"

#include "models/criterionprogress.h"

#include <QPainter>

namespace Minh::Gui {

namespace {

// Calm colours that stay apart for the colour-blind: grey, blue, amber, green.
const std::array<QColor, 4> StateColours{QColor(0xcf, 0xd4, 0xda), QColor(0x6c, 0x9b, 0xd2), QColor(0xf0, 0xb4, 0x29),
                                         QColor(0x3f, 0x9c, 0x5a)};
constexpr int Margin = 8;

} // namespace

ProgressChart::ProgressChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("progressChart"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ProgressChart::setSections(const QList<Section> &sections)
{
    m_sections = sections;
    updateGeometry();
    update();
}

void ProgressChart::setLegendVisible(bool visible)
{
    m_legend = visible;
    updateGeometry();
    update();
}

int ProgressChart::rowHeight() const
{
    return fontMetrics().height() + 8;
}

QSize ProgressChart::sizeHint() const
{
    int rows = m_legend ? 1 : 0;
    for (const Section &s : m_sections) {
        rows += 1 + std::max<int>(1, int(s.bars.size()));
    }
    return {480, rows * rowHeight() + 2 * Margin};
}

QSize ProgressChart::minimumSizeHint() const
{
    return {320, sizeHint().height()};
}

void ProgressChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int h = rowHeight();
    const int labelWidth = std::min(width() / 3, 260);
    const int countWidth = fontMetrics().horizontalAdvance(QStringLiteral("00/00 ✓")) + Margin;
    const int barLeft = Margin + labelWidth + Margin;
    const int barWidth = std::max(40, width() - barLeft - countWidth - Margin);
    int y = Margin;

    // Legend: what each colour means.
    int x = Margin;
    for (int state = 0; state < 4 && m_legend; ++state) {
        const QString name = Core::CriterionProgress::name(Core::CriterionProgress::State(state));
        p.fillRect(QRect(x, y + h / 2 - 6, 12, 12), StateColours[state]);
        x += 16;
        p.drawText(QRect(x, y, fontMetrics().horizontalAdvance(name) + 4, h), Qt::AlignVCenter, name);
        x += fontMetrics().horizontalAdvance(name) + 16;
    }
    y += m_legend ? h : 0;

    for (const Section &section : m_sections) {
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.drawText(QRect(Margin, y, width() - 2 * Margin, h), Qt::AlignBottom, section.title);
        p.setFont(font());
        y += h;
        if (section.bars.isEmpty()) {
            p.setPen(palette().color(QPalette::PlaceholderText));
            p.drawText(QRect(Margin, y, width() - 2 * Margin, h), Qt::AlignVCenter, section.emptyText);
            p.setPen(palette().color(QPalette::Text));
            y += h;
            continue;
        }
        for (const Bar &bar : section.bars) {
            const QRect labelRect(Margin, y, labelWidth, h);
            p.drawText(labelRect, Qt::AlignVCenter | Qt::AlignLeft,
                       fontMetrics().elidedText(bar.label, Qt::ElideRight, labelWidth));
            const QRect track(barLeft, y + 4, barWidth, h - 8);
            p.fillRect(track, palette().color(QPalette::AlternateBase));
            const int total = bar.total();
            int left = track.left();
            for (int state = 0; state < 4 && total > 0; ++state) {
                const int w = int(double(track.width()) * bar.counts[state] / total + 0.5);
                p.fillRect(QRect(left, track.top(), std::min(w, track.right() - left + 1), track.height()),
                           StateColours[state]);
                left += w;
            }
            p.drawText(QRect(barLeft + barWidth + Margin, y, countWidth, h), Qt::AlignVCenter | Qt::AlignLeft,
                       QStringLiteral("%1/%2 ✓").arg(bar.counts[3]).arg(total));
            y += h;
        }
    }
}

} // namespace Minh::Gui
