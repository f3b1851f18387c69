#pragma once

#include <QByteArray>
#include <QString>

// A small but complete school file for the fuzz entries: the 2026 framework, a school, verdicts,
// texts citing evidence, a council member, a plan item and one evidence item with a stored file.
// Built once per process and kept in memory; pages of 1 KiB so that patches land on every
// structure of it rather than on a few huge pages.
namespace FuzzSchool {

// The file's bytes.
const QByteArray &bytes();

// Creates the school at `path` under a 2018 framework (Mức 4 requirements) and leaves it closed.
bool create2018(const QString &path);

} // namespace FuzzSchool
