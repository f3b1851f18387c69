#pragma once

class QTextDocument;

namespace Minh::Core {

// DocumentComposer writes lengths in 96-dpi pixels, the unit QTextDocumentWriter's ODF output
// expects. QTextDocumentLayout (Qt 6.4) scales fonts, block margins, table paddings and borders to
// its paint device, but takes the first-line indent as device pixels: on a 600-dpi PDF the 1 cm
// indent of Nghị định 30 came out 1.6 mm. A copy laid out for a device has it scaled once.
class DeviceLengths
{
public:
    // Multiplies the first-line indent of every block by `factor` (device dpi / 96).
    static void scale(QTextDocument *document, double factor);
};

} // namespace Minh::Core
