# Rewrites a package with one change, keeping every other entry and the order:
#   tamper.py SRC DST flip NAME   change one byte in the middle of entry NAME
#   tamper.py SRC DST drop NAME   leave entry NAME out
#   tamper.py SRC DST add NAME    add an entry NAME that the manifest does not list
import sys, zipfile

src, dst, mode, name = sys.argv[1:5]
with zipfile.ZipFile(src) as a, zipfile.ZipFile(dst, "w") as b:
    found = False
    for info in a.infolist():
        data = a.read(info.filename)
        if info.filename == name:
            found = True
            if mode == "drop":
                continue
            if mode == "flip":
                middle = len(data) // 2
                data = data[:middle] + bytes([data[middle] ^ 0x01]) + data[middle + 1:]
        b.writestr(info, data)
    if mode == "add":
        b.writestr(name, b"not signed")
        found = True
    sys.exit(0 if found else 3)
