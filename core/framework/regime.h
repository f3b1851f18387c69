#pragma once

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
