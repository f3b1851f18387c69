<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Minh::Cli::Context</name>
    <message>
        <source>not stated by this framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mức độ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a new school file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school file to create; it must not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework id (see “minh-cli frameworks”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school year, e.g. 2025-2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown framework “%1”; see “minh-cli frameworks”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the school&apos;s name with --school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a school year; write it as 2025-2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework %1 is for %2 schools, not “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 for %2 under %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates the demo school, a fictional school with a realistic assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework id (default tt57-2026).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the demo school %1 under %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records verdicts: {&quot;indicators&quot;: {&quot;1.1/1/a&quot;: true, …}, &quot;level4&quot;: {&quot;1&quot;: false}}; null clears a verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON file with the verdicts (- for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the verdicts with --json FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n verdict(s).</source>
        <translation>
            <numerusform>Recorded %n verdict.</numerusform>
            <numerusform>Recorded %n verdicts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Computes the criterion, standard, school and national-standard levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National standard: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mức %1 is not reached because:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) or requirement(s) not yet judged.</source>
        <translation>
            <numerusform>%n indicator or requirement not yet judged.</numerusform>
            <numerusform>%n indicators or requirements not yet judged.</numerusform>
        </translation>
    </message>
    <message>
        <source>Prints the whole assessment as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” is larger than %2 bytes, too large for this input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the frameworks Minh knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validates a framework file and makes it available for new assessments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework file (JSON, Minh&apos;s framework format).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 (%2). Existing school files keep the framework they were made with; use “minh-cli upgrade” to move one to this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows what a newer version of the assessment&apos;s framework changes, and applies it with --apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the newer framework from this file instead of the frameworks Minh knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the changes (verdicts of removed or reworded indicators are cleared).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minh knows no other version of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment already uses this version of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Run again with --apply to upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment now uses the newer version of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school type, one of those the framework lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This command takes no file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified against the official document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified against the official document</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s) would be cleared because their indicator changed.</source>
        <translation>
            <numerusform>%n verdict would be cleared because its indicator changed.</numerusform>
            <numerusform>%n verdicts would be cleared because their indicators changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s) were cleared because their indicator changed.</source>
        <translation>
            <numerusform>%n verdict was cleared because its indicator changed.</numerusform>
            <numerusform>%n verdicts were cleared because their indicators changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give at least %n file(s) or folder(s).</source>
        <translation>
            <numerusform>Give at least %n file or folder.</numerusform>
            <numerusform>Give at least %n files or folders.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” has the same content as a file of %2; it is stored once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds an evidence item, imports its files into the school file and prints the item&apos;s code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to attach (none for an item kept only on paper).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criterion where the item is first used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item&apos;s title (tên minh chứng).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number and date of issue, or time of survey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who issued or made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box (hộp) it is kept in; default: the standard&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school year(s) it covers, e.g. 2024-2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the original is kept, or a link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the criterion with --criterion and the title with --title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box must be a number from 1 to 999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a school year; write it as 2024-2025 (several separated by commas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports more files into an existing evidence item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to attach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item&apos;s code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Attached %n file(s) to %1.</source>
        <translation>
            <numerusform>Attached %n file to %1.</numerusform>
            <numerusform>Attached %n files to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Records that a criterion uses an evidence item, which keeps its code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criterion that uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion %1 now uses %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the evidence register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes evidence files into a folder: one item&apos;s, or all of them in one subfolder per standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to write into; created if missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the evidence: criteria without evidence, items cited nowhere, citations of nothing, missing or damaged files, the evidence window, missing titles, dates and issuers. Exit status 1 when it finds errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the file but no longer shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: minh-cli &lt;command&gt; [options]

Commands:
  frameworks [--json]                      list the frameworks Minh knows
  framework-import FILE                    validate and import a framework file
  new OUT.minh --framework ID --school NAME [--year YYYY-YYYY] [--type TYPE]
                                           create a school file
  demo OUT.minh [--framework ID]           create the demo school
  judge FILE --json J.json                 record verdicts from a JSON file
  level FILE [--json]                      compute the levels, with reasons
  show FILE [--json]                       the whole assessment
  upgrade FILE [--framework-file F] [--apply]
                                           show or apply a newer version of the framework
  evidence add FILE --criterion CODE --title TEXT [--issued TEXT] [--issuer TEXT]
               [--box N] [--year YYYY-YYYY] [PATH...]
                                           add an evidence item with its files; prints its code
  evidence attach FILE --code CODE PATH... attach more files to an item
  evidence cite FILE --code CODE --criterion CODE
                                           record that a criterion uses an item
  evidence list FILE [--json]              the evidence register
  evidence extract FILE OUTDIR [--code CODE]
                                           write evidence files into a folder
  evidence renumber FILE [--box-per-standard] [--apply]
                                           renumber codes without gaps, updating citations
  check FILE [--json]                      the evidence health check (exit 1 on errors)

Exit status: 0 success, 1 a check failed, 2 bad usage or bad input.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows how the evidence codes would be renumbered (per criterion 01, 02… without gaps) and, with --apply, renumbers them and updates every citation in the texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also put every item in the box of its standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the changes shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The codes are already numbered without gaps; nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The texts cite %1, but no item has these codes; renumbering would make the citations point at other items. Correct them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Run again with --apply to renumber.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Renumbered %n item(s); citations in the texts were updated.</source>
        <translation>
            <numerusform>Renumbered %n item; citations in the texts were updated.</numerusform>
            <numerusform>Renumbered %n items; citations in the texts were updated.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown evidence command “%1”; use add, attach, cite, list, extract or renumber.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Core::CriteriaTreeModel</name>
    <message>
        <source>Mức %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (mandatory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard / criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Core::CriterionProgress</name>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Core::DemoSchoolBuilder</name>
    <message>
        <source>The demo school&apos;s content is missing from this build of Minh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary folder for the demo&apos;s files cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Core::EvidenceExtractor</name>
    <message>
        <source>“%1” is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be extracted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no evidence item with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no files; it is kept at: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no place given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Core::EvidenceHealth</name>
    <message>
        <source>Criterion %1 cites %2, but no evidence item has that code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard %1 cites %2, but no evidence item has that code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion %1 has no evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is not cited in any text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no file and no place where it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” of %2 is damaged in the school file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” of %2 is the same as a file of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is outside the evidence window: the assessment of %2 takes evidence from the %n school year(s) up to it.</source>
        <translation>
            <numerusform>%1 is outside the evidence window: the assessment of %2 takes evidence from that %n school year only.</numerusform>
            <numerusform>%1 is outside the evidence window: the assessment of %2 takes evidence from the %n school years up to and including it.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no number and date of issue or time of survey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no issuer or author.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Core::EvidenceRenumbering</name>
    <message>
        <source>Renumbering would give items the codes %1, which the texts already cite although no item has them. Correct those citations first (see the evidence check).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Core::EvidenceStore</name>
    <message>
        <source>The school file could not be written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” could not be stored in the school file (%2). Is the disk full?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing “%1” was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder; choose the files inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” is already attached to this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school file has no stored file with number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stored file is damaged: part %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extracting was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stored file is damaged: its content no longer matches its SHA-256 checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” changed while it was being imported; import it again when it is finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is the school file itself (or one of its working files) and cannot be evidence in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an ordinary file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Core::FrameworkCatalog</name>
    <message>
        <source>The imported framework “%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework file “%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework cannot be saved to “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Core::FrameworkParser</name>
    <message>
        <source>Framework file “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field “%1” is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field “%1” must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field “%1” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field “%1” must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field “%1” must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field “%1” must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a list of texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a date written as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text field “%1” is listed twice in “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 MB, far more than any framework needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a Minh framework file (the field “format” must be “minh-framework”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was made for a newer version of Minh (format version %1; this version reads up to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field “format_version” must be a whole number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text at “%1” is not in Unicode NFC form; save the file with composed characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id “%1” may contain only lowercase letters, digits, dots and hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the framework has no standards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard %1 appears more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard %1 has no criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion code “%1” at “%2” must be “%3.n”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion code “%1” appears more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion %1 has indicators for Mức %2, but the framework&apos;s criteria go up to Mức %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion %1 has two indicators “%2” at Mức %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is repealed by “%2”, which is not listed under “amendments”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requirement %1 of “%2” appears more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“extra_requirements” lists no requirements; leave the field out instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“rules.standard_level” must be “all_criteria_reach”, the only rule this version knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“rules.school_levels” is empty: the framework must say how a school reaches each level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>school levels in “rules.school_levels” must be numbered 1, 2, 3… in order; found %1 at position %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>school level %1 has no conditions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1.extra_requirements” must be “all”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>school level %1 needs the extra requirements, but the framework has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1.criteria” must be “all”, “mandatory”, “optional” or a list of criterion codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule for school level %1 refers to criterion “%2”, which the framework does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs “criteria” or “extra_requirements”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule for school level %1 speaks of the “%2” criteria, but the framework has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule for school level %1 asks for %2 criteria out of a set of only %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has an unknown field “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion %1 has no indicators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the indicator label “%1” at “%2” must be one or two lowercase letters, or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the extra requirements are for Mức %1, but the rule of school level %2 uses them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Core::FrameworkUpgrade</name>
    <message>
        <source>This assessment was made under %1 (%2); it cannot be moved to %3 (%4). A different framework needs a new assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New criterion %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion %1 removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion %1 renamed: “%2” → “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New indicator %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator %1 removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator %1 reworded: “%2” → “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator %1 is no longer marked repealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator %1 is now repealed by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New requirement %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement %1 removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement %1 reworded: “%2” → “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules for school levels, amendments or national standard changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework&apos;s description, status or provenance changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text “%1” of criterion %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text “%1” of standard %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the assignment of criterion %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evidence item %1 of criterion %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the improvement-plan row “%1” of criterion %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion %1 is no longer mandatory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion %1 becomes mandatory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard %1 renamed: “%2” → “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New text to write: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text “%1” is no longer part of the framework; what was written there stays in the file but is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text “%1” is now called “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence codes or the evidence window changed: %1 → %2. Existing codes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Core::JudgementImport</name>
    <message>
        <source>The judgement file “%1” is not valid JSON (%2 at character %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The judgement file “%1” must hold a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The judgement file “%1” has an unknown key “%2”; only “indicators” and “level4” are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the judgement file “%1”, “%2” must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The judgement file “%1” has an unknown key “%2”: indicators are written “&lt;criterion&gt;/&lt;level&gt;/&lt;letter or position&gt;”, e.g. “1.1/1/a”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the judgement file “%1”, “%2” must be true, false or null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The judgement file “%1” has an unknown key “level4.%2”: the framework has no such requirement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the judgement file “%1”, “level4.%2” must be true, false or null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The judgement file “%1” has a key “%2” that cannot be judged. %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Core::Migrator</name>
    <message>
        <source>Step %1 of the update failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Core::ReasonText</name>
    <message>
        <source>mandatory criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other (non-mandatory) criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criteria %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion %1 does not reach Mức %2: indicators not met or not yet judged: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1 of the %2 reach Mức %3; at least %4 must</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mức %1 requirements not met or not yet judged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mức %1 must be reached first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Core::SchoolDocument</name>
    <message>
        <source>The school file “%1” is damaged: it has no framework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school file “%1” holds a framework that cannot be read. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school file “%1” is damaged: it has no school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school file “%1” is damaged: it has no assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school file “%1” is damaged: the assessment has no valid rules date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school file “%1” is damaged. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework %1 has no indicator “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicator “%1” was repealed by %2 (%3) and is not judged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No school file is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school file is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework %1 has no requirement %2 for Mức %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework %1 has no criterion “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework %1 has no standard %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria under %1 have no text “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards under %1 have no text “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no criterion “%1” for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An evidence item needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 is already used by another evidence item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no evidence item with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Core::SchoolFile</name>
    <message>
        <source>The file “%1” cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder, not a school file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” is empty; it is not a Minh school file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” is not a Minh school file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” is damaged: it ends after %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” is damaged and cannot be opened (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” is a database of another program, not a Minh school file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” cannot be prepared for use: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” must be updated for this version of Minh, but no backup could be made beside it, so it was left unchanged. Check that the folder is writable and has free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” is read-only; changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” was made by a newer version of Minh (file version %2; this version knows up to %3). It is open read-only; install the newer Minh to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” was made by an older version of Minh and must be updated, but it cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” is not a complete Minh school file (it was never finished).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” cannot be created here: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” could not be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” could not be updated for this version of Minh (%2). A backup of the file as it was is at “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” was being changed when Minh or the computer stopped, and it cannot be repaired here because it cannot be written. Copy it to a folder where it can be changed and open it there once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” is already open for changes in another program (its lock file “%1.lock” exists). Close it there first, or open it read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” is already open for changes in Minh on the computer “%2” (process %3). Close it there first, or open it read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” is open read-only: no lock file can be made in its folder, so Minh could not tell whether someone else is changing it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Core::SetTextCommand</name>
    <message>
        <source>Text of criterion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of standard %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Core::SetVerdictCommand</name>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Core::Sql</name>
    <message>
        <source>The school file could not be read or written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Core::ThumbnailService</name>
    <message>
        <source>Minh cannot create a temporary folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview program “%1” cannot be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview of “%1” took too long and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview program stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview program failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview program gave no usable picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview of “%1” cannot be made: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Core::Transaction</name>
    <message>
        <source>The school file is busy or cannot be written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved to the school file (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Gui::CriterionPanel</name>
    <message>
        <source>Choose a criterion on the left to see its indicators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This criterion is mandatory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requirement at this level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repealed by %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Gui::ExtraRequirementsPanel</name>
    <message>
        <source>The school reaches %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School level now: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Gui::FrameworkInfoPanel</name>
    <message>
        <source>The text has been verified against the official document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text has NOT been verified against the official document. Check it before relying on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued %1, effective %2; for schools of type %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effective %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the school level is decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requirements (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcription notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of the level mapping: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Gui::MainWindow</name>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework and sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a framework file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a school file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minh school files (*.minh);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a framework file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework %1 (%2) can now be used for new assessments. Existing school files keep the framework they were made with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used from the next start of Minh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — Minh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it read-only?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open read-only: changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Gui::SchoolHeader</name>
    <message>
        <source>text verified against the official document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text not yet verified against the official document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School year %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School level: Mức 1 not reached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Gui::Startup</name>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo school&apos;s framework is missing from this build of Minh.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Gui::VerdictHtml</name>
    <message>
        <source>Not yet judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Minh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
