#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Minh::Core {

// META-INF/ASiCManifest.xml of an ASiC-E container (ETSI EN 319 162-1): the signature's
// reference and every other file with its SHA-256. The signature covers this file only, so the
// digests here are what binds the files to the signature.
class AsicManifest
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::AsicManifest)

public:
    struct Reference
    {
        QString name; // path inside the package, UTF-8, "/" separated
        QString mimeType;
        QByteArray sha256; // raw 32 bytes
    };

    static constexpr qint64 MaximumSize = 16 * 1024 * 1024;
    static inline const QString FileName = QStringLiteral("META-INF/ASiCManifest.xml");
    static inline const QString SignatureName = QStringLiteral("META-INF/signature001.p7s");
    static inline const QString MimeTypeName = QStringLiteral("mimetype");
    static inline const QByteArray MimeType = QByteArrayLiteral("application/vnd.etsi.asic-e+zip");

    static QByteArray write(const QList<Reference> &references);
    // Parses a manifest from a package (untrusted): SHA-256 digests only, no duplicate names,
    // names that a package may hold.
    static Result<QList<Reference>> parse(const QByteArray &xml, const QString &packageName);
    // The MIME type recorded for a file, from its extension.
    static QString mimeTypeFor(const QString &name);
};

} // namespace Minh::Core
