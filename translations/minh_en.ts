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
  evidence keep FILE --code CODE [--no]    mark an item kept on purpose though not cited
  evidence list FILE [--json]              the evidence register
  evidence extract FILE OUTDIR [--code CODE]
                                           write evidence files into a folder
  evidence renumber FILE [--box-per-standard] [--apply]
                                           renumber codes without gaps, updating citations
  report FILE --document NAME --out OUT.pdf|OUT.odt
                                           print the report, a form or the plan
  check FILE [--json] [--dossier]          the evidence health check (exit 1 on errors);
                                           --dossier: the completeness check of the dossier
  keygen --school NAME --out school.p12 --password-file F
                                           create a school certificate (PKCS#12)
  export FILE --out PKG.zip (--p12 F --password-file F |
         --pkcs11-module SO --token LABEL --pin-file F [--key-label L])
                                           write the signed dossier
  verify PKG [--ca CA.pem] [--pin SHA256] [--json]
                                           verify a dossier (0 valid, 1 invalid, 2 unreadable)

Exit status: 0 success, 1 a check failed, 2 bad usage or bad input.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks an evidence item as kept on purpose although no text cites it, so the completeness check does not flag it (--no: undoes it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer kept on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is kept on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer kept on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown evidence command “%1”; use add, attach, cite, keep, list, extract or renumber.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the evidence: criteria without evidence, items cited nowhere, citations of nothing, missing or damaged files, the evidence window, missing titles, dates and issuers. Exit status 1 when it finds errors. With --dossier, the whole completeness check that export runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the completeness check of the signed dossier instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a school certificate (RSA-2048, self-signed) and saves it with its key as a password-protected PKCS#12 file; prints its fingerprint, which the office pins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#12 file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file holding the password (&quot;-&quot;: standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --school, --out and --password-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate SHA-256 fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the completeness check and, when it finds no error, writes the signed dossier (an ASiC-E ZIP). Exit status 1 when the check finds errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign with this PKCS#12 (.p12/.pfx) file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file holding the PKCS#12 password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign with a token through this PKCS#11 module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label of the key and certificate on the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file holding the token&apos;s PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --out and either --p12 with --password-file, or --pkcs11-module with --token and --pin-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Signed by %1 (certificate SHA-256 %2); %n file(s) in the package.</source>
        <translation>
            <numerusform>Signed by %1 (certificate SHA-256 %2); %n file in the package.</numerusform>
            <numerusform>Signed by %1 (certificate SHA-256 %2); %n files in the package.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifies a received dossier without any server: the signature, the signer and trust, every file, completeness and the school level. Exit status 0 valid, 1 invalid, 2 unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust signers that chain to these CA certificates (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the certificate with this SHA-256 fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pinned fingerprint must be 64 hexadecimal digits (colons allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT VALID (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate valid from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted (pinned fingerprint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted (chains to the CA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untrusted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected (not signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) as signed.</source>
        <translation>
            <numerusform>%n file as signed.</numerusform>
            <numerusform>%n files as signed.</numerusform>
        </translation>
    </message>
    <message>
        <source>School level stated: %1; recomputed from the data with the included framework: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: VALID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: NOT VALID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints a document of the school as PDF or ODT: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write (.pdf or .odt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the file to write with --out OUT.pdf or --out OUT.odt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the file name must end in .pdf or .odt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown document “%1”. Minh prints: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Core::AddEvidenceCommand</name>
    <message>
        <source>Add evidence %1 to criterion %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n evidence items to criterion %1</source>
        <translation>
            <numerusform>Add %n evidence item to criterion %1</numerusform>
            <numerusform>Add %n evidence items to criterion %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Minh::Core::AsicManifest</name>
    <message>
        <source>The manifest %1 in “%2” is malformed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains a document type declaration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its root element is not asic:ASiCManifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reference has no valid URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference to “%1” does not use SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the digest of “%1” is not a SHA-256 value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not name the signature %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Core::AssessmentSnapshot</name>
    <message>
        <source>“%1” should be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Minh assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has format version %2, which this version of Minh cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is malformed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Core::CiteEvidenceCommand</name>
    <message>
        <source>Link evidence %1 to criterion %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink evidence %1 from criterion %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Core::CompletenessCheck</name>
    <message>
        <source>%1 Cite it in a text or mark it as kept on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Criterion %1 has %n indicator(s) not judged.</source>
        <translation>
            <numerusform>Criterion %1 has %n indicator not judged.</numerusform>
            <numerusform>Criterion %1 has %n indicators not judged.</numerusform>
        </translation>
    </message>
    <message>
        <source>Criterion %1: “%2” is not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard %1: “%2” is not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The school level cannot be computed: %n verdict(s) are missing.</source>
        <translation>
            <numerusform>The school level cannot be computed: %n verdict is missing.</numerusform>
            <numerusform>The school level cannot be computed: %n verdicts are missing.</numerusform>
        </translation>
    </message>
    <message>
        <source>The council has no members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council has no chair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision establishing the council is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision establishing the council was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration letter is not filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration letter was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printed documents cannot be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printed documents were not checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Core::CouncilMemberCommand</name>
    <message>
        <source>Add council member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove council member %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Core::CouncilModel</name>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vice-chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writes criterion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer writes criterion %1</source>
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
    <name>Minh::Core::DocumentSettings</name>
    <message>
        <source>Accreditation (kiểm định chất lượng giáo dục)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National standard (chuẩn quốc gia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accreditation and national standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision establishing the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number and symbol (e.g. 12/QĐ-THCS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place name in the date line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managing authority (top left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s title (e.g. HIỆU TRƯỞNG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients (Nơi nhận), one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing authority (the school&apos;s name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed by (Xét đề nghị của …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose of the self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope of the self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training: time and place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources to mobilise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultants (if any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressee (Kính gửi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Core::DocumentSettingsModel</name>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Core::DossierDocuments</name>
    <message>
        <source>The document “%1” cannot be printed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document “%1” cannot be made: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Core::EditCouncilMemberCommand</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Core::EditPlanItemCommand</name>
    <message>
        <source>Plan: %1</source>
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
    <message>
        <source>Mức 4 requirement %1 cites %2, but no evidence item has that code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Core::EvidenceRegisterModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number, date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked: the item is kept on purpose although no text cites it, so the dossier accepts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept uncited</source>
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
    <name>Minh::Core::EvidenceTempFiles</name>
    <message>
        <source>Minh cannot create a temporary folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” cannot be written: %2</source>
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
    <message>
        <source>the parts in “%1” are nested too deeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a kind of block Minh can print (in “%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must name what each of its columns holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must hold texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be an object of texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document “%1” is listed twice in “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evidence code format “%1” (regime.evidence.code_format) cannot be used: it needs {standard}, {criterion} and {sequence} (or {sequence:0N}), may have {box}, joins them with letters, spaces or . - _ / only, and may be enclosed in [ ] or ( ).</source>
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
    <name>Minh::Core::MovePlanItemCommand</name>
    <message>
        <source>Move a plan row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Core::OdtReportWriter</name>
    <message>
        <source>Cannot write %1: the document cannot be converted to ODT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Core::OutlineBuilder</name>
    <message>
        <source>The framework %1 (regime %2) has no outline for the document “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Core::PackageExporter</name>
    <message numerus="yes">
        <source>The dossier is not complete: the check found %n error(s). Correct them before signing.</source>
        <translation>
            <numerusform>The dossier is not complete: the check found %n error. Correct it before signing.</numerusform>
            <numerusform>The dossier is not complete: the check found %n errors. Correct them before signing.</numerusform>
        </translation>
    </message>
    <message>
        <source>The package “%1” cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document “%1” could not be made: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be added: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Core::PackageVerifier</name>
    <message>
        <source>“%1” is not an ASiC-E dossier: its first entry is not the mimetype %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry “%1” of “%2” is larger than %3 bytes; it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no signature or no manifest: it is not a signed dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of “%1” are changed, missing or not signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in “%2” is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package holds no printed documents (report, forms, registration letter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school level stated in the dossier (%1) is not the level its data give (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier is not complete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Core::PdfReportWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Core::PlanActivitiesModel</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Core::PlanActivityCommand</name>
    <message>
        <source>Add an activity to the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an activity from the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change an activity of the plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Core::PlanRowCommand</name>
    <message>
        <source>Add a plan row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a plan row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Core::PlanTableModel</name>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content to improve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators of success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up, end of semester I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up, end of year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: the deadline %1 has passed and the action is not marked done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Core::PrintedDocumentFileWriter</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the file name must end in .pdf or .odt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Core::PrintedDocumentRegistry</name>
    <message>
        <source>Self-assessment report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion assessment forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of evidence codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision establishing the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown document “%1”. Minh prints: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Core::PrintedDocumentRenderer</name>
    <message>
        <source>The document has no pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start painting the pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add page %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
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
    <name>Minh::Core::RecoveryCopy</name>
    <message>
        <source>the copy could not be closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the finished copy could not be renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another connection kept the file locked for a minute</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Core::RemoveEvidenceCommand</name>
    <message>
        <source>Remove evidence %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Core::SaveFileCommitter</name>
    <message>
        <source>The file “%1” cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Core::SchoolCertificate</name>
    <message>
        <source>The school&apos;s name must have 1 to 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate file could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” cannot be written: %2</source>
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
    <message>
        <source>The plan has no row %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council has no member %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a school year; write it as 2025-2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school data have no figure “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document “%1” has no setting “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as 2026-09-15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a kind of registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan already has an activity %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no activity %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework %1 has no Mức 4 requirement %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Core::SchoolFiguresModel</name>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School year %1</source>
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
    <message>
        <source>The file “%1” was moved or deleted while it was open, so this change was not saved. Everything saved before it has been copied to “%2”; open that file to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” is in use by another program, so this change was not saved. Close the other program (or wait for it to finish) and make the change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change could not be saved in “%1”. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” was moved or deleted while it was open, so this change was not saved. Everything saved before it is being copied to “%2”; open that file when the copy is finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” was moved or deleted while it was open, so this change was not saved, and no copy could be made beside it (%2). Keep Minh open and put the file back, or open it from where it was moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change could not be saved in “%1” (%2). Is the disk full?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Core::SearchIndex</name>
    <message>
        <source>Criterion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1 · file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement plan, row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion %1 · indicator of Mức %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mức %1, requirement %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Core::SetDocumentSettingCommand</name>
    <message>
        <source>Settings of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Core::SetEvidenceFieldCommand</name>
    <message>
        <source>Edit evidence %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Core::SetEvidenceKeptCommand</name>
    <message>
        <source>Keep evidence %1 although no text cites it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1 needs a citation again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Core::SetSchoolFigureCommand</name>
    <message>
        <source>School data of %1</source>
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
    <message>
        <source>Text of Mức 4 requirement %1</source>
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
    <name>Minh::Core::SignatureVerifier</name>
    <message>
        <source>The CA file “%1” cannot be read as PEM certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate does not chain to the given CA: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is empty or too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is not valid DER-encoded CMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is not signed data with exactly one signer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not match the manifest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature lacks the signing-time or signing-certificate-v2 attribute that CAdES-BES requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate in the signature is not the one that was signed for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was not valid at the stated signing time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s fingerprint is not the pinned one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CA file or pinned fingerprint was given; the signer is not checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Core::SigningIdentity</name>
    <message>
        <source>The PKCS#11 module “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL&apos;s PKCS#11 engine is not installed (Debian package libengine-pkcs11-openssl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#11 module “%1” cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate was found on the token “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key on the token “%1” cannot be used (wrong PIN?): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the token “%1”, the private key does not belong to the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate file “%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large to be a certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a PKCS#12 (.p12/.pfx) certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for “%1” is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate file “%1” cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not hold both a certificate and its private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In “%1”, the private key does not belong to the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature could not be made: %1</source>
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
    <name>Minh::Core::WorkerConnection</name>
    <message>
        <source>The file “%1” cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” was moved or deleted while it was open, so nothing was read from it or written to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Core::ZipReader</name>
    <message>
        <source>“%1” is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a readable ZIP package: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package “%1” contains an entry “%2” that is refused: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an absolute path, a drive or a backslash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control character in the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“..”, “.” or an empty folder name in the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package “%1” is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package “%1” has more than %2 entries; it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package “%1” contains an entry whose name is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link or a special file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry “%1” of the package “%2” is damaged: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry “%1” of the package “%2” is damaged: its data has gaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package “%1” is refused: the entry “%2” expands to far more data than the package holds (a decompression bomb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the entry “%1” of the package “%2” was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry “%1” of the package “%2” is larger than %3 bytes; it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Core::ZipWriter</name>
    <message>
        <source>The package cannot be written: the ZIP library could not be set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package cannot be written: an entry was started at the wrong time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package cannot be written: data came outside an entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package cannot be written: it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package cannot be written: the entry “%1” has %2 bytes instead of the %3 announced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package cannot be written: the name of the entry “%1” is too long.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Gui::CitationTextEdit</name>
    <message>
        <source>%1 %2
Ctrl+click to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Gui::CouncilView</name>
    <message>
        <source>&amp;Add a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a cell to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the chosen member (Delete); Undo brings them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a member to see and tick the criteria they write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria written by %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also written by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no criteria yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No working groups yet: type a group name in the Group column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working groups write:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Gui::CriterionEvidenceView</name>
    <message>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files as evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files here from the file manager to add them as evidence of this criterion. Double-click an item to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cited, from criterion %1 · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file, kept at: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no place given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 more files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence&lt;/b&gt;: none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence&lt;/b&gt;: %1 of this criterion, %2 cited from others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item belongs to criterion %1; only its link to this criterion is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the item; criteria %1 cite it too. Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the item from the school file. Ctrl+Z brings it back.</source>
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
    <name>Minh::Gui::DocumentTextsPage</name>
    <message>
        <source>Write here what this part of the document says. Empty parts print as a dotted line for writing by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts the school writes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Gui::DocumentsMenu</name>
    <message>
        <source>&amp;Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;ODT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument texts (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Gui::DossierDialog</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A received dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of the school&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a received dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier (*.zip *.asice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted CA (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned fingerprint (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pinned fingerprint must be 64 hexadecimal digits (colons allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: signed, unchanged, complete, and the level matches its data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted: the pinned fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted: chains to the CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untrusted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer: %1 (issued by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School level stated: %1; recomputed with the included framework: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected (not signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Gui::EvidenceFileActions</name>
    <message>
        <source>%1 has no files in the school file; it is kept at: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no place given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program on this computer opens “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files written to the folder “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These items have no files in the school file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Gui::EvidenceHealthPanel</name>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to go to criterion %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to go to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Health check&lt;/b&gt;: no problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Health check&lt;/b&gt; (errors: %1, warnings: %2). Double-click a line to go to its place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Gui::EvidenceImportController</name>
    <message>
        <source>Files are still being added. Wait until that is finished, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This school file is open read-only: no evidence can be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s) as evidence for criterion %1…</source>
        <translation>
            <numerusform>Adding %n file as evidence for criterion %1…</numerusform>
            <numerusform>Adding %n files as evidence for criterion %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding “%1” as evidence for criterion %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding evidence was cancelled. Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence was added. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already evidence %2 (%3); that item is now linked to this criterion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already evidence %2 (%3) for this criterion; it was not added again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence to criterion %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Gui::EvidenceRegisterView</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy files to a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the evidence files to which folder?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: code, title, issuer, criterion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a cell to change it; Ctrl+Z takes the change back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Gui::ExportDialog</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the signed dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completeness check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate file (.p12 / .pfx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A USB token (PKCS#11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a school certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the signed dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign and export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.p12 *.pfx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#11 module:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the token&apos;s PKCS#11 module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules (*.so *.dll)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key label (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the certificate as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the school certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.p12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the errors above before signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the PKCS#11 module and the token label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the school certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” exists already; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing and writing the package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier was signed by %1 and saved as “%2”. Certificate fingerprint (SHA-256): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a finding to go to where it is fixed.</source>
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
    <message>
        <source>Texts of the requirement:</source>
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
    <message>
        <source>Evidence register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search texts, evidence, plan and council (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New school…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export the signed dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a &amp;received dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School &amp;data for printed documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No school file opened yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (whole working group)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Gui::NewSchoolWizard</name>
    <message>
        <source>New school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the new school file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minh school files (*.minh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is assessing itself, and for which school year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Trường THCS Nguyễn Du</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preschool (MN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary school (TH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower secondary school (THCS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper secondary school (THPT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School with several levels (PTNCH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School &amp;year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The circular whose standards the school is assessed against. The one in force today for this type of school is chosen already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything the council writes and attaches is kept in this one file. Keep it in a folder that is backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the school file as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text verified against the official document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text NOT yet verified against the official document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended today:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen for you: %1, in force on %2 for this type of school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No framework is in force today for this type of school; choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write the school&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the school year as two following years, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a framework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose where to save the school file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen framework is no longer available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Gui::OverviewView</name>
    <message>
        <source>Criterion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What if… suppose some indicators were met (nothing is saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the suppositions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the indicators to suppose met. The level above shows what the school would reach; the school file does not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion %1, Mức %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement %1 of Mức %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if: the school would still not reach Mức 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school does not reach Mức 1 yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if: the school would reach %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school reaches %1 now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National standard (chuẩn quốc gia): not available. The framework %1 does not say, in the text Minh has, how school levels map to national-standard levels, so Minh shows none rather than guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National standard (chuẩn quốc gia): this level would give mức độ %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National standard (chuẩn quốc gia): this level is not yet enough for recognition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The mapping has not been verified against the official text.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not reach %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With these suppositions the school would reach the highest level of this framework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school reaches the highest level of this framework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What keeps the school from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress by standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress by working group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No working groups yet: give members a working group in the Council view.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Gui::PlanRowEditor</name>
    <message>
        <source>No deadline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Gui::PlanView</name>
    <message>
        <source>&amp;Add a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a row for the criterion chosen on the left (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves the row up (Ctrl+Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves the row down (Ctrl+Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the chosen row (Delete); Undo brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) overdue</source>
        <translation>
            <numerusform>%n action overdue</numerusform>
            <numerusform>%n actions overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>No action is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Gui::RecoveryProgress</name>
    <message>
        <source>The file “%1” was moved or deleted while it was open. Minh is copying everything saved in it to “%2”. Please wait until the copy is finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a copy of your work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything saved in “%1” has been copied to “%2”. Changes can no longer be saved in the moved or deleted file: open the copy to go on working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No copy of “%1” could be made at “%2” (%3). Keep Minh open and put the file back, or open it from where it was moved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minh::Gui::SchoolDataDialog</name>
    <message>
        <source>School data for the printed documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Figures of the last %n school year(s), as the report&apos;s data tables print them.</source>
        <translation>
            <numerusform>Figures of the last school year, as the report&apos;s data tables print them.</numerusform>
            <numerusform>Figures of the last %n school years, as the report&apos;s data tables print them.</numerusform>
        </translation>
    </message>
    <message>
        <source>School data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty settings take the school&apos;s own data (name, managing authority, principal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline of activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts of the improvement plan</source>
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
    <name>Minh::Gui::SearchView</name>
    <message>
        <source>Type in the search box above (Ctrl+F). Accents do not matter: “duc” finds “Đức”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 results for “%2”; add a word to narrow them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) for “%1”. Click one to go there.</source>
        <translation>
            <numerusform>%n result for “%1”. Click it to go there.</numerusform>
            <numerusform>%n results for “%1”. Click one to go there.</numerusform>
        </translation>
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
