# Makes a package that is correctly signed but says something its data do not support: sets
# evaluation.school_level in data/assessment.json to LEVEL, updates the manifest's digest and
# signs the manifest again with openssl (with -cades unless "nocades" is given).
#   resign.py SRC DST CERT.pem KEY.pem LEVEL [nocades]
import base64, hashlib, json, os, subprocess, sys, tempfile, zipfile

src, dst, cert, key, level = sys.argv[1:6]
cades = len(sys.argv) < 7
with zipfile.ZipFile(src) as z:
    entries = [(i, z.read(i.filename)) for i in z.infolist()]
data = dict((i.filename, d) for i, d in entries)
old = data["data/assessment.json"]
assessment = json.loads(old)
assessment["evaluation"]["school_level"] = int(level)
new = json.dumps(assessment, ensure_ascii=False, indent=4).encode()
manifest = data["META-INF/ASiCManifest.xml"].replace(
    base64.b64encode(hashlib.sha256(old).digest()), base64.b64encode(hashlib.sha256(new).digest()))
with tempfile.TemporaryDirectory() as t:
    with open(os.path.join(t, "m.xml"), "wb") as f:
        f.write(manifest)
    command = ["openssl", "cms", "-sign", "-binary", "-md", "sha256", "-outform", "DER", "-in", os.path.join(t, "m.xml"),
               "-signer", cert, "-inkey", key, "-out", os.path.join(t, "s.p7s")]
    subprocess.run(command + (["-cades"] if cades else []), check=True)
    with open(os.path.join(t, "s.p7s"), "rb") as f:
        signature = f.read()
replaced = {"data/assessment.json": new, "META-INF/ASiCManifest.xml": manifest, "META-INF/signature001.p7s": signature}
with zipfile.ZipFile(dst, "w") as z:
    for info, d in entries:
        z.writestr(info, replaced.get(info.filename, d))
