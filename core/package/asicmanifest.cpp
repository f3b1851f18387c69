#include "asicmanifest.h"

#include <QSet>
#include <QUrl>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace Minh::Core {

namespace {

const QString AsicNamespace = QStringLiteral("http://uri.etsi.org/02918/v1.2.1#");
const QString DsNamespace = QStringLiteral("http://www.w3.org/2000/09/xmldsig#");
const QString Sha256Algorithm = QStringLiteral("http://www.w3.org/2001/04/xmlenc#sha256");

// URIs in the manifest are relative references: percent-encoded UTF-8, slashes kept.
QString toUri(const QString &name)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(name, "/"));
}

} // namespace

QString AsicManifest::mimeTypeFor(const QString &name)
{
    const QString lower = name.toLower();
    if (lower.endsWith(QStringLiteral(".pdf"))) {
        return QStringLiteral("application/pdf");
    }
    if (lower.endsWith(QStringLiteral(".json"))) {
        return QStringLiteral("application/json");
    }
    if (lower.endsWith(QStringLiteral(".xml"))) {
        return QStringLiteral("application/xml");
    }
    if (lower.endsWith(QStringLiteral(".jpg")) || lower.endsWith(QStringLiteral(".jpeg"))) {
        return QStringLiteral("image/jpeg");
    }
    if (lower.endsWith(QStringLiteral(".png"))) {
        return QStringLiteral("image/png");
    }
    return QStringLiteral("application/octet-stream");
}

QByteArray AsicManifest::write(const QList<Reference> &references)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeNamespace(AsicNamespace, QStringLiteral("asic"));
    w.writeNamespace(DsNamespace, QStringLiteral("ds"));
    w.writeStartElement(AsicNamespace, QStringLiteral("ASiCManifest"));
    w.writeEmptyElement(AsicNamespace, QStringLiteral("SigReference"));
    w.writeAttribute(QStringLiteral("URI"), SignatureName);
    w.writeAttribute(QStringLiteral("MimeType"), QStringLiteral("application/x-pkcs7-signature"));
    for (const Reference &r : references) {
        w.writeStartElement(AsicNamespace, QStringLiteral("DataObjectReference"));
        w.writeAttribute(QStringLiteral("URI"), toUri(r.name));
        w.writeAttribute(QStringLiteral("MimeType"), r.mimeType);
        w.writeEmptyElement(DsNamespace, QStringLiteral("DigestMethod"));
        w.writeAttribute(QStringLiteral("Algorithm"), Sha256Algorithm);
        w.writeTextElement(DsNamespace, QStringLiteral("DigestValue"), QString::fromLatin1(r.sha256.toBase64()));
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

Result<QList<AsicManifest::Reference>> AsicManifest::parse(const QByteArray &xml, const QString &packageName)
{
    using R = Result<QList<Reference>>;
    const auto bad = [&](const QString &why) {
        return R::failure(tr("The manifest %1 in “%2” is malformed: %3").arg(FileName, packageName, why));
    };
    if (xml.size() > MaximumSize) {
        return bad(tr("it is larger than %1 bytes.").arg(MaximumSize));
    }
    QXmlStreamReader r(xml);
    // No DTDs at all: entity expansion is the classic way to make a small XML file huge.
    QList<Reference> references;
    QSet<QString> names;
    bool root = false;
    bool signatureReferenced = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.tokenType() == QXmlStreamReader::DTD || r.tokenType() == QXmlStreamReader::EntityReference) {
            return bad(tr("it contains a document type declaration."));
        }
        if (!r.isStartElement()) {
            continue;
        }
        if (!root) {
            if (r.namespaceUri() != AsicNamespace || r.name() != QStringLiteral("ASiCManifest")) {
                return bad(tr("its root element is not asic:ASiCManifest."));
            }
            root = true;
            continue;
        }
        if (r.namespaceUri() == AsicNamespace && r.name() == QStringLiteral("SigReference")) {
            signatureReferenced = r.attributes().value(QStringLiteral("URI")) == SignatureName;
            r.skipCurrentElement();
            continue;
        }
        if (r.namespaceUri() != AsicNamespace || r.name() != QStringLiteral("DataObjectReference")) {
            r.skipCurrentElement();
            continue;
        }
        Reference ref;
        const QString uri = r.attributes().value(QStringLiteral("URI")).toString();
        ref.name = QUrl::fromPercentEncoding(uri.toLatin1());
        ref.mimeType = r.attributes().value(QStringLiteral("MimeType")).toString();
        if (ref.name.isEmpty() || uri.toUtf8().size() > 4096) {
            return bad(tr("a reference has no valid URI."));
        }
        QString algorithm;
        QString digest;
        while (r.readNextStartElement()) {
            if (r.name() == QStringLiteral("DigestMethod")) {
                algorithm = r.attributes().value(QStringLiteral("Algorithm")).toString();
                r.skipCurrentElement();
            } else if (r.name() == QStringLiteral("DigestValue")) {
                digest = r.readElementText();
            } else {
                r.skipCurrentElement();
            }
        }
        if (algorithm != Sha256Algorithm) {
            return bad(tr("the reference to “%1” does not use SHA-256.").arg(ref.name));
        }
        ref.sha256 = QByteArray::fromBase64(digest.trimmed().toLatin1());
        if (ref.sha256.size() != 32) {
            return bad(tr("the digest of “%1” is not a SHA-256 value.").arg(ref.name));
        }
        if (names.contains(ref.name)) {
            return bad(tr("“%1” is listed twice.").arg(ref.name));
        }
        names.insert(ref.name);
        references.append(ref);
    }
    if (r.hasError()) {
        return bad(r.errorString());
    }
    if (!root) {
        return bad(tr("it is empty."));
    }
    if (!signatureReferenced) {
        return bad(tr("it does not name the signature %1.").arg(SignatureName));
    }
    return references;
}

} // namespace Minh::Core
