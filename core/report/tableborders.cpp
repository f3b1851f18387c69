#include "tableborders.h"

#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace Minh::Core::TableBorders {

namespace {

void applyToFrame(QTextFrame *frame)
{
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child)) {
            const QTextTableFormat format = table->format();
            if (format.border() > 0 && format.borderStyle() != QTextFrameFormat::BorderStyle_None) {
                for (int row = 0; row < table->rows(); ++row) {
                    for (int column = 0; column < table->columns(); ++column) {
                        QTextTableCell cell = table->cellAt(row, column);
                        // A merged cell is reached from each position it covers; set it once.
                        if (cell.row() != row || cell.column() != column) {
                            continue;
                        }
                        QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
                        if (cellFormat.hasProperty(QTextFormat::TableCellTopBorder)) {
                            continue;
                        }
                        cellFormat.setBorder(format.border());
                        cellFormat.setBorderBrush(format.borderBrush());
                        cellFormat.setBorderStyle(format.borderStyle());
                        cell.setFormat(cellFormat);
                    }
                }
            }
        }
        applyToFrame(child);
    }
}

} // namespace

void apply(QTextDocument *document)
{
    applyToFrame(document->rootFrame());
}

} // namespace Minh::Core::TableBorders
