# base64 and binascii: Base64 (standard, URL-safe, validate, padding errors),
# Base32, Base16, MIME lines, hexlify, crc32.
import base64
import binascii

samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256)), "héllo wörld".encode()]
for s in samples:
    e = base64.b64encode(s)
    print(e[:40], base64.b64decode(e) == s, base64.urlsafe_b64encode(s)[:20], base64.b32encode(s)[:24], base64.b16encode(s)[:16])
    print(base64.b32decode(base64.b32encode(s)) == s, base64.b32hexdecode(base64.b32hexencode(s)) == s, base64.b16decode(base64.b16encode(s)) == s)
print(base64.b64decode("aGVsbG8gd29ybGQ="), base64.b64decode(b"aGVs bG8=\n"), base64.urlsafe_b64decode("-_-_"), base64.b64encode(b"\xff\xfe", altchars=b"-_"))
print(base64.encodebytes(bytes(range(100))), base64.decodebytes(base64.encodebytes(b"x" * 200)) == b"x" * 200)
for bad in [b"abc", b"a", b"ab=c", "aGVsbG8=!", b"abcde"]:
    try:
        print(base64.b64decode(bad))
    except binascii.Error as e:
        print("Error", e)
for bad in (lambda: base64.b64decode("aGVs!G8=", validate=True), lambda: base64.b64decode("aGk=a", validate=True), lambda: base64.b64decode("=aGk", validate=True), lambda: base64.b64decode("aG=k", validate=True), lambda: base64.b32decode("ABC"), lambda: base64.b16decode("zz"),
            lambda: base64.b64encode("text"), lambda: base64.b64decode("é"), lambda: binascii.unhexlify("abc")):
    try:
        print(bad())
    except (binascii.Error, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(binascii.hexlify(b"\x01\xab"), binascii.hexlify(b"\x01\xab\xcd", "-"), binascii.unhexlify("01ab"), binascii.b2a_base64(b"hi"), binascii.a2b_base64("aGk="))
print(binascii.crc32(b"hello world"), binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc_hqx(b"123456789", 0), isinstance(binascii.Error(), ValueError))
print(base64.b32decode("me======", casefold=True), base64.b64decode(b"YQ"  b"==" ))
