#pragma once

class QTextDocument;

namespace Minh::Core::TableBorders {

// Gives every cell of every bordered table the table's border. With collapsed borders (single
// lines, as official forms have) Qt draws only the borders set on the cells, so a table whose
// cells have none prints without any line. Layout tables (border 0) are left alone.
void apply(QTextDocument *document);

} // namespace Minh::Core::TableBorders
