#pragma once

#include "evaluation.h"

#include <QCoreApplication>
#include <QString>

namespace Minh::Core {

// Sentences that explain why a level is not reached, for the window and the command line.
class ReasonText
{
    Q_DECLARE_TR_FUNCTIONS(Minh::Core::ReasonText)

public:
    static QString describe(const BlockingReason &reason);
    static QString describe(const CriterionShortfall &shortfall);
    static QString setName(const QString &set);
};

} // namespace Minh::Core
