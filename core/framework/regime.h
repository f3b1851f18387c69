#pragma once

#include "documentoutline.h"

#include <QList>
#include <QString>

namespace Minh::Core {

// A text the council writes, per criterion or per standard. Titles are framework data
// (Vietnamese, as in the official forms) and never pass through tr().
struct TextField
{
    QString key;
    QString title;
};

struct EvidenceScheme
{
    QString codeFormat;     // e.g. "[H{box}-{standard}.{criterion}-{sequence:02}]"
    int windowSchoolYears = 0;
};

// The procedure a framework belongs to (forms, texts, evidence codes): "5932-2018" or "tt57-2026".
struct Regime
{
    QString id;
    QString guidance;
    QList<TextField> criterionFields;
    QList<TextField> standardFields;
    EvidenceScheme evidence;
    // The outlines of the regime's printed documents. Empty in frameworks stored in school files
    // made before outlines existed: ReportOutlines then takes the shipped framework's.
    QList<DocumentOutline> documents;

    const DocumentOutline *document(const QString &documentId) const
    {
        for (const DocumentOutline &d : documents) {
            if (d.id == documentId) {
                return &d;
            }
        }
        return nullptr;
    }
};

struct Amendment
{
    QString id;
    QString issued;
    QString effective; // ISO date; indicators it repealed are out of force from this day
    QString note;
    bool verified = false;
};

struct Provenance
{
    bool verified = false;
    QString summary;
    QStringList sources;
    QStringList notes;
    QString notesDocument;
};

} // namespace Minh::Core
