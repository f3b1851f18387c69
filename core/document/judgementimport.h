#pragma once

#include "evaluation/indicatorref.h"
#include "evaluation/verdict.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace Minh::Core {

class SchoolDocument;

// Reads verdicts from the JSON of "minh-cli judge":
// {"indicators": {"<criterion>/<level>/<key>": true|false|null}, "level4": {"<n>": true|false|null}}.
// Every key is checked against the document's framework before anything is written; the first
// unknown key is reported by name.
class JudgementImport
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::JudgementImport)

public:
    [[nodiscard]] bool read(const QByteArray &json, const QString &fileName, const SchoolDocument &document);

    const QList<QPair<IndicatorRef, Verdict>> &indicators() const { return m_indicators; }
    const QList<QPair<int, Verdict>> &extraRequirements() const { return m_extra; }
    QString errorString() const { return m_error; }

private:
    bool fail(const QString &message);

    QList<QPair<IndicatorRef, Verdict>> m_indicators;
    QList<QPair<int, Verdict>> m_extra;
    QString m_error;
};

} // namespace Minh::Core
