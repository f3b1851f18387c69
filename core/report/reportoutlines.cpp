#include "reportoutlines.h"

#include "framework/frameworkcatalog.h"
#include "framework/frameworkparser.h"

#include <QFile>

namespace Minh::Core {

namespace {

const QList<Framework> &shippedFrameworks()
{
    static const QList<Framework> frameworks = [] {
        QList<Framework> result;
        for (const QString &path : FrameworkCatalog::shippedResourcePaths()) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                continue;
            }
            Result<Framework> parsed = FrameworkParser::parse(file.readAll(), path);
            if (parsed) {
                result.append(std::move(parsed).value());
            }
        }
        return result;
    }();
    return frameworks;
}

} // namespace

const DocumentOutline *ReportOutlines::find(const Framework &framework, const QString &documentId)
{
    if (const DocumentOutline *own = framework.regime().document(documentId)) {
        return own;
    }
    for (const Framework &shipped : shippedFrameworks()) {
        if (shipped.regime().id == framework.regime().id) {
            if (const DocumentOutline *outline = shipped.regime().document(documentId)) {
                return outline;
            }
        }
    }
    return nullptr;
}

} // namespace Minh::Core
