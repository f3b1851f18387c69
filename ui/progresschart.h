#pragma once

#include <QList>
#include <QString>
#include <QWidget>

#include <array>

namespace Minh::Gui {

// Horizontal bars, one per standard or working group, split by how far its criteria are (not
// started, in progress, evidence missing, complete). Painted by hand: Qt Charts is not needed for
// a few bars and is not on every school's Debian.
class ProgressChart : public QWidget
{
    Q_OBJECT

public:
    struct Bar
    {
        QString label;
        std::array<int, 4> counts{}; // by CriterionProgress::State
        int total() const { return counts[0] + counts[1] + counts[2] + counts[3]; }
    };
    struct Section
    {
        QString title;
        QList<Bar> bars;
        QString emptyText; // shown when there are no bars
    };

    explicit ProgressChart(QWidget *parent = nullptr);

    void setSections(const QList<Section> &sections);
    void setLegendVisible(bool visible);
    const QList<Section> &sections() const { return m_sections; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int rowHeight() const;

    QList<Section> m_sections;
    bool m_legend = true;
};

} // namespace Minh::Gui
