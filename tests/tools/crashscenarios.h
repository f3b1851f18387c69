#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

// The crash-safety scenarios of minh-crash-harness. Each trial starts minh-edit-driver on real
// work, SIGKILLs it at a random moment, then checks the file as the next Minh would find it.
namespace CrashScenarios {

struct Tally
{
    QString scenario;
    int trials = 0;
    int killedMidWork = 0; // kills that landed while the work was in flight (not before or after it)
    QStringList failures;
    QStringList notes; // not failures, but worth knowing (leftover temporary files, …)
};

struct Context
{
    QString driver; // path of minh-edit-driver
    QString work;   // a folder of the harness's own
    QString fixtureSql; // tests/data/schema/v1.sql
    QRandomGenerator *random = nullptr;
    bool verbose = false;
};

// Edits (texts and verdicts) on one file that takes every kill in turn.
Tally edits(const Context &context, int trials);
// Evidence imports of 64 KiB – 3 MiB files on one file that takes every kill in turn.
Tally imports(const Context &context, int trials);
// A schema-1 file being backed up and migrated; a fresh copy each trial.
Tally migrations(const Context &context, int trials);
// Extraction of every evidence file into a folder; nothing partial may be left under a final name.
Tally extracts(const Context &context, int trials);

} // namespace CrashScenarios
