#include "registrationletterbuilder.h"

#include "document/documentsettings.h"
#include "document/schooldocument.h"
#include "documentcomposer.h"
#include "formcontext.h"
#include "pagestyle.h"

#include <QJsonObject>

namespace Minh::Core {

namespace {

const QString Form = QStringLiteral("registration_letter");

} // namespace

PrintedDocument RegistrationLetterBuilder::build(const SchoolDocument &document)
{
    const FormContext context(document);
    const QString doc = DocumentSettings::registrationLetter();
    PrintedDocument printed;
    printed.title = context.text(Form, QStringLiteral("excerpt"));
    PrintedSection section;
    section.content = PageStyle::newContent();
    DocumentComposer composer(section.content.get());

    Nd30Blocks::Header header = context.header(doc);
    header.excerpt = context.text(Form, QStringLiteral("excerpt"));
    Nd30Blocks::header(composer, header);

    const QString addressee = context.setting(doc, QStringLiteral("addressee"), QStringLiteral("Sở Giáo dục và Đào tạo"));
    Nd30Blocks::addressee(composer, {addressee});
    const QString kind = context.setting(doc, QStringLiteral("kind"), DocumentSettings::kindBoth());
    const QString kindText = context.form(Form).value(QStringLiteral("kinds")).toObject().value(kind).toString();
    const QHash<QString, QString> values{{QStringLiteral("addressee"), addressee}, {QStringLiteral("kind"), kindText}};
    for (const QString &paragraph : context.texts(Form, QStringLiteral("paragraphs"), values)) {
        composer.paragraph(paragraph);
    }
    const QString content = context.setting(doc, QStringLiteral("content"));
    for (const QString &paragraph : content.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        composer.paragraph(paragraph);
    }
    Nd30Blocks::signatureBlock(composer, context.recipients(doc, Form), context.signature(doc));
    printed.sections.append(section);
    return printed;
}

} // namespace Minh::Core
