#include "localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace Minh::Core {

QString Localization::language()
{
    const QString forced = qEnvironmentVariable("MINH_LANG");
    if (forced == QStringLiteral("vi") || forced == QStringLiteral("en")) {
        return forced;
    }
    const QString saved = QSettings().value(QStringLiteral("language")).toString();
    return saved == QStringLiteral("en") ? saved : QStringLiteral("vi");
}

void Localization::setLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("language"), language);
}

void Localization::install(QCoreApplication *app, const QString &language)
{
    QLocale::setDefault(QLocale(language == QStringLiteral("vi") ? QLocale::Vietnamese : QLocale::English));
    // Source strings are English; English still loads its file for the plural forms.
    auto *own = new QTranslator(app);
    if (own->load(QStringLiteral(":/i18n/minh_%1.qm").arg(language))) {
        QCoreApplication::installTranslator(own);
    }
    auto *qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
}

} // namespace Minh::Core
