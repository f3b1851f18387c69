#include "devicelengths.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace Minh::Core {

void DeviceLengths::scale(QTextDocument *document, double factor)
{
    if (qFuzzyCompare(factor, 1.0)) {
        return;
    }
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        if (format.textIndent() != 0) {
            format.setTextIndent(format.textIndent() * factor);
            QTextCursor(block).setBlockFormat(format);
        }
    }
    cursor.endEditBlock();
}

} // namespace Minh::Core
