#pragma once

#include <QString>
#include <QStringList>

namespace Minh::Core {

// An evidence item's metadata (minh chứng). It belongs to the criterion where it was first used
// and may be cited by others; its files come with the evidence store.
struct EvidenceItem
{
    qint64 id = 0;
    QString code;
    QString title;
    QString issueInfo; // số, ngày ban hành / thời điểm khảo sát
    QString issuer;    // nơi ban hành / nhóm, cá nhân thực hiện
    QString notes;
    QString schoolYears;
    QString location;
    int box = 0;
    QString criterionCode;
    QStringList citedBy;
    QString createdAt;
};

} // namespace Minh::Core
