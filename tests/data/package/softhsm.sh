#!/bin/sh
# Creates a SoftHSM2 token in folder $1 (with its softhsm2.conf) holding an RSA key and a
# self-signed certificate labelled "signer"; token "minh-test", user PIN 1234.
set -e
dir="$1"
module="$2"
mkdir -p "$dir/tokens"
printf 'directories.tokendir = %s/tokens\nobjectstore.backend = file\nlog.level = ERROR\n' "$dir" > "$dir/softhsm2.conf"
export SOFTHSM2_CONF="$dir/softhsm2.conf"
softhsm2-util --init-token --free --label minh-test --pin 1234 --so-pin 56785678 >/dev/null
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$dir/key.pem" -out "$dir/cert.pem" -days 365 \
    -subj "/CN=Token signer" -addext keyUsage=critical,digitalSignature 2>/dev/null
openssl pkcs8 -topk8 -nocrypt -in "$dir/key.pem" -outform DER -out "$dir/key.der"
openssl x509 -in "$dir/cert.pem" -outform DER -out "$dir/cert.der"
pkcs11-tool --module "$module" --token-label minh-test --login --pin 1234 \
    --write-object "$dir/key.der" --type privkey --id 01 --label signer >/dev/null
pkcs11-tool --module "$module" --token-label minh-test --login --pin 1234 \
    --write-object "$dir/cert.der" --type cert --id 01 --label signer >/dev/null
# The key was written unencrypted only inside this temporary test folder; remove it.
rm -f "$dir/key.pem" "$dir/key.der"
