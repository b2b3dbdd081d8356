# bytes and bytearray core: construction, repr, indexing, slicing,
# iteration, membership, comparison, hashing, + and *.
print(bytes(), bytes(3), bytes([1, 2, 255]), bytes(range(65, 70)), bytes(b"xy"), bytes(bytearray(b"ab")))
print(bytes("é", "utf-8"), bytes("abc", encoding="ascii"), bytes("é", "latin-1", "strict"), bytes((x for x in [104, 105])))
print(bytearray(), bytearray(3), bytearray(b"abc"), bytearray("é", "utf-8"), bytearray([0, 127, 128]))
print(repr(b'\'"\t\n\r\x00\x7f\x80\\'), repr(b"'"), repr(b'"'), repr(bytearray(b"'\"")), str(b"x"), b"" == bytes())
b = b"hello"
print(b[0], b[-1], b[1:3], b[::-1], b[10:], b[::2], list(b), len(b), b[:0])
ba = bytearray(b"hello")
print(ba[0], ba[-1], ba[1:3], ba[::-1], list(ba), len(ba))
print(104 in b, 300 in b if False else None, b"ell" in b, b"" in b, bytearray(b"ll") in b, b"el" in ba)
print(b"a" + b"b", b"a" + bytearray(b"b"), bytearray(b"a") + b"b", b"ab" * 3, 2 * bytearray(b"x"), b"x" * -1)
print(b"a" < b"b", b"a" < b"ab", b"b" > b"abc", b"a" == bytearray(b"a"), b"a" == "a", b"a" != "a", bytearray(b"a") < b"b")
print(hash(b"abc") == hash(b"ab" + b"c"), hash(b"") == hash(bytes()), bool(b""), bool(b"\x00"))
print(type(iter(b"")).__name__, type(iter(bytearray())).__name__, list(reversed(b"ab")), sorted(b"cab"))
print(bytes.fromhex("ab cd 0F"), bytearray.fromhex("ff00"), bytes.fromhex(""), b"\x00\x01ab\xff".hex())
print(b"\x00\x01ab\xff".hex(":"), b"\x00\x01ab\xff".hex(":", 2), b"\x00\x01ab\xff".hex(":", -2), b"abc".hex(b"-"), bytearray(b"abc").hex(sep="_", bytes_per_sep=1))
class B:
    def __bytes__(self):
        return b"from-dunder"
class Idx:
    def __index__(self):
        return 2
print(bytes(B()), bytes([Idx(), 3]), b"abc"[Idx()], bytes(Idx()))
for f in [lambda: bytes(-1), lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes(["a"]), lambda: bytes("abc"),
          lambda: bytes("abc", "ascii", "x", "y"), lambda: bytes(1, "ascii"), lambda: bytes(b"a", "ascii"),
          lambda: bytes(1.5), lambda: bytes(None), lambda: bytes(x=1), lambda: bytes(errors="strict"),
          lambda: bytearray(1.5), lambda: bytearray([256]), lambda: bytearray("é"), lambda: bytearray(-1),
          lambda: bytes.fromhex("abc"), lambda: bytes.fromhex("zz"), lambda: bytes.fromhex(" a b"),
          lambda: bytes.fromhex(1), lambda: bytes.fromhex("0 1"), lambda: b"ab".hex("::"), lambda: b"ab".hex(1),
          lambda: b"ab".hex("é"), lambda: b"\x00"[1], lambda: b"\x00"[str("a")], lambda: bytearray(b"\x00")[1],
          lambda: bytearray(b"\x00")["a"], lambda: "a" in b"abc", lambda: 300 in b"abc", lambda: b"a" + "b",
          lambda: bytearray(b"a") + 1, lambda: 1 + b"a", lambda: b"a" * "b", lambda: b"a" < "b",
          lambda: hash(bytearray()), lambda: b"abc"[2**100]]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
