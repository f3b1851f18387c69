#include "reportcommands.h"

#include "cli.h"
#include "document/schooldocument.h"
#include "report/printeddocumentfilewriter.h"
#include "report/printeddocumentregistry.h"

#include <QCommandLineParser>
#include <QDir>

namespace Minh::Cli {

int report(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Context::tr("Prints a document of the school as PDF or ODT: %1.")
                                         .arg(Core::PrintedDocumentRegistry::names().join(QStringLiteral(", "))));
    parser.addPositionalArgument(QStringLiteral("FILE"), Context::tr("The school file."));
    parser.addOption({QStringLiteral("document"), Context::tr("The document to print."), QStringLiteral("NAME"),
                      QStringLiteral("report")});
    parser.addOption({QStringLiteral("out"), Context::tr("The file to write (.pdf or .odt)."), QStringLiteral("OUT")});
    if (!context.parse(parser, arguments, 1)) {
        return parser.isSet(QStringLiteral("help")) ? Success : BadInput;
    }
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        return context.fail(Context::tr("Give the file to write with --out OUT.pdf or --out OUT.odt."));
    }
    if (Core::PrintedDocumentFileWriter::formatOf(out) == Core::PrintedDocumentFileWriter::Format::Unknown) {
        return context.fail(Context::tr("Cannot write %1: the file name must end in .pdf or .odt.").arg(QDir::toNativeSeparators(out)));
    }
    const QString name = parser.value(QStringLiteral("document"));
    if (!Core::PrintedDocumentRegistry::names().contains(name)) {
        return context.fail(Context::tr("Unknown document “%1”. Minh prints: %2.")
                                .arg(name, Core::PrintedDocumentRegistry::names().join(QStringLiteral(", "))));
    }
    Core::SchoolDocument document;
    if (!context.open(document, parser.positionalArguments().constFirst(), Core::SchoolFile::Access::ReadOnly)) {
        return BadInput;
    }
    const Core::Result<Core::PrintedDocument> printed = Core::PrintedDocumentRegistry::build(name, document);
    if (!printed) {
        return context.fail(printed.error());
    }
    Core::PrintedDocumentFileWriter writer;
    if (!writer.write(printed.value(), out)) {
        return context.fail(writer.errorString());
    }
    if (writer.pageCount() > 0) {
        context.out << Context::tr("Wrote %1 (%n page(s)).", nullptr, writer.pageCount()).arg(QDir::toNativeSeparators(out)) << '\n';
    } else {
        context.out << Context::tr("Wrote %1.").arg(QDir::toNativeSeparators(out)) << '\n';
    }
    return Success;
}

} // namespace Minh::Cli
