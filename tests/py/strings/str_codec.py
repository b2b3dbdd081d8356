# str.encode / bytes.decode with utf-8, ascii and latin-1 and every error
# handler, plus the UnicodeError messages and attributes.
text = "aé€😀"
print(text.encode(), text.encode("utf-8"), text.encode("UTF8"), text.encode(encoding="utf_8"))
for enc in ["ascii", "latin-1", "Latin_1", "iso-8859-1", "us-ascii"]:
    for errors in ["replace", "ignore", "backslashreplace", "xmlcharrefreplace"]:
        print(enc, errors, text.encode(enc, errors))
print("abc".encode("ascii"), "é".encode("latin-1"), "\udc80\udcff".encode("utf-8", "surrogateescape"))
print("a\ud800b".encode("utf-8", "surrogatepass"), "a\ud800b".encode("utf-8", "replace"))
data = [b"\xff", b"a\x80b", b"\xe2\x82", b"\xe2\x82x", b"\xe2x", b"\xed\xa0\x80", b"\xf0\x90\x80",
        b"\xf4\x90\x80\x80", b"\xc0\xaf", b"\xe0\x80\x80", b"\xf0\x80\x80\x80", b"\xc3", b"ok\xc3\xa9"]
for b in data:
    for errors in ["strict", "replace", "ignore", "backslashreplace", "surrogateescape"]:
        try:
            print(b, errors, repr(b.decode("utf-8", errors)))
        except UnicodeDecodeError as e:
            print(b, errors, "UnicodeDecodeError:", e, e.start, e.end, e.reason, e.encoding, e.object)
print(b"a\xffb\xfe".decode("ascii", "replace"), repr(b"a\xffb\xfe".decode("ascii", "backslashreplace")))
print(b"a\xffb\xfe".decode("latin-1"), repr(b"a\xffb".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape")))
print(b"\xc3\xa9".decode(), bytearray(b"\xc3\xa9").decode("utf-8"), b"caf\xc3\xa9".decode(errors="strict"))
for f in [lambda: "xé".encode("ascii"), lambda: "x€€y".encode("latin-1"), lambda: "x\ud800".encode("utf-8"),
          lambda: "x\ud800\udfff".encode(), lambda: "x".encode("foo"), lambda: "xé".encode("ascii", "foo"),
          lambda: "x".encode("ascii", "foo"), lambda: b"\xff".decode("utf-8", "foo"), lambda: b"a".decode("nope"),
          lambda: b"a\xff".decode("ascii"), lambda: "x".encode(1), lambda: "x".encode(errors=2),
          lambda: b"x".decode(1), lambda: "x".encode("ascii", "strict", 3), lambda: "x".encode(x=1),
          lambda: str(b"\xff", "utf-8"), lambda: str(1, "utf-8"), lambda: str("a", "utf-8")]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
try:
    "aé€".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
