#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Minh::Core {

// A file attached to an evidence item. Its bytes are stored once per content (sha256), however
// many items attach them.
struct EvidenceFile
{
    qint64 id = 0;
    qint64 contentId = 0;
    QString fileName; // the name it was imported with, without folders
    QString sha256;
    qint64 size = 0;
    QString addedAt;
};

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
    int sequence = 0; // the number the code was made with, per criterion
    QString criterionCode;
    QStringList citedBy;
    bool kept = false; // kept on purpose although no text cites it
    QString createdAt;
    QList<EvidenceFile> files;
};

} // namespace Minh::Core
