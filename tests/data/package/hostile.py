# Builds the hostile ZIP files of tst_ziparchive in the folder given as argument; each is named
# after the problem it carries.
import os, sys, zipfile

out = sys.argv[1]

def make(name, entries, compression=zipfile.ZIP_STORED):
    with zipfile.ZipFile(os.path.join(out, name + ".zip"), "w", compression) as z:
        for entry in entries:
            if isinstance(entry, zipfile.ZipInfo):
                z.writestr(entry, b"link target")
            else:
                z.writestr(entry[0], entry[1])

make("dotdot", [("mimetype", b"x"), ("data/../../evil.txt", b"evil")])
make("absolute", [("/etc/evil.txt", b"evil")])
make("drive", [("C:/evil.txt", b"evil")])
make("backslash", [("..\\evil.txt", b"evil")])
make("duplicate", [("a.txt", b"one"), ("a.txt", b"two")])
make("duplicatecase", [("Report.pdf", b"one"), ("report.PDF", b"two")])
link = zipfile.ZipInfo("link")
link.external_attr = (0o120777 << 16)
link.create_system = 3
make("symlink", [("ok.txt", b"fine"), link])
make("bomb", [("zeros.bin", b"\0" * (64 * 1024 * 1024))], zipfile.ZIP_DEFLATED)
make("manyentries", [("f%03d.txt" % i, b"x") for i in range(50)])
make("longname", [("n" * 2000 + ".txt", b"x")])
with open(os.path.join(out, "notazip.zip"), "wb") as f:
    f.write(b"PK\x03\x04 this is not really a zip file" * 10)
