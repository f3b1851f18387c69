#pragma once

#include "framework/framework.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Minh::Core {

class SchoolDocument;

// Makes the bundled demo school: a fictional school under any framework, with Vietnamese texts
// (from resources/demo/demo-school.json), a council, judgements at mixed levels (every Mức 1
// indicator met, some higher indicators not met or not yet judged), an improvement plan,
// school data for the printed documents and evidence metadata coded by the framework's own scheme.
class DemoSchoolBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::DemoSchoolBuilder)

public:
    explicit DemoSchoolBuilder(const Framework &framework);

    [[nodiscard]] bool create(const QString &path, SchoolDocument *document);
    QString errorString() const { return m_error; }

    static QString schoolYear();

private:
    bool fillJudgements(SchoolDocument *document);
    bool fillTexts(SchoolDocument *document);
    bool fillRecords(SchoolDocument *document);
    bool fillSchoolData(SchoolDocument *document);
    bool fail(const QString &message);

    const Framework &m_framework;
    QJsonObject m_content;
    QString m_error;
};

} // namespace Minh::Core
