#pragma once

#include <QByteArray>

// The entry points of the fuzz targets, shared by the libFuzzer programs (fuzz_*.cpp, built with
// MINH_FUZZ=ON) and by tst_fuzzregressions, which feeds every saved crash input and every seed
// through the very same code in the normal test suite.
//
// Each entry takes untrusted bytes the way Minh receives them from outside, drives the product
// code, and checks invariants that must hold for ANY input; a broken invariant aborts (the fuzzer
// reports it as a crash, the regression test fails).
namespace FuzzEntries {

// A framework file (minh-cli framework-import, the catalog's user folder): FrameworkParser, then
// the level engine and the evidence-code recogniser built from whatever the file says.
void frameworkFile(const QByteArray &data);

// Evidence codes in council texts: the first byte picks the code format (the two shipped ones, or
// the first line of the input as a format, since formats come from framework files); the rest is
// the text given to CitationParser and EvidenceCodeFormat.
void evidenceCode(const QByteArray &data);

// A damaged school file. Input starting with the SQLite header is the whole file; otherwise it is
// a list of patches applied to a real small school file (see schoolfileentry.cpp), which reaches far
// deeper than random bytes. Opened read-only, then read-write, through SchoolDocument.
void schoolFile(const QByteArray &data);

// The JSON of "minh-cli judge" (JudgementImport) against an open school under a 2018 framework
// (with Mức 4 requirements); what is accepted is applied and must read back.
void judgementJson(const QByteArray &data);

// A received dossier (minh-cli verify, "Open a received dossier"): the bytes as a package file,
// read and verified by PackageVerifier. An unreadable package must say why and name the file, and
// verifying must write nothing.
void packageFile(const QByteArray &data);

// Called once per process before the first input: a QCoreApplication, test-mode paths.
void initialize(int *argc, char ***argv);

} // namespace FuzzEntries

// An invariant that must hold for every input; abort() so that libFuzzer records the input.
#define FUZZ_CHECK(condition, what)                                                                                    \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            qCritical("fuzz invariant broken: %s (%s) at %s:%d", what, #condition, __FILE__, __LINE__);               \
            abort();                                                                                                   \
        }                                                                                                              \
    } while (false)
