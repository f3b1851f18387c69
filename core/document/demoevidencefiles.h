#pragma once

#include <QString>

namespace Minh::Core {

// Draws the demo school's evidence files: real PDF, PNG, JPEG, CSV and text files with
// Vietnamese content, so that previews, extraction and packages have something true to work on.
class DemoEvidenceFiles
{
public:
    // Writes one file of `kind` (pdf, png, jpg, csv, txt) for an item into `folder` and returns
    // its path, or an empty string when this kind cannot be drawn here (PDF and pictures need fonts,
    // that is a Qt GUI application; tests without one still get the CSV and text files).
    static QString write(const QString &folder, const QString &kind, const QString &title, const QString &issuer,
                         const QString &schoolName, const QString &schoolYear);
};

} // namespace Minh::Core
