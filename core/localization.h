#pragma once

#include <QString>

class QCoreApplication;

namespace Minh::Core {

// Chooses and installs the interface language: Vietnamese by default, English as the second.
// MINH_LANG (vi|en) overrides the saved choice, which lets tests and scripts pin a language.
class Localization
{
public:
    static QString language();
    static void setLanguage(const QString &language);
    static void install(QCoreApplication *app, const QString &language);
};

} // namespace Minh::Core
