# printf-style formatting of bytes and bytearray.
print(b"%s %d %r" % (b"x", 3, b"y"), b"%b and %s" % (b"x", bytearray(b"y")), bytearray(b"%d") % 5)
print(b"%c%c" % (65, b"B"), b"%5.2f|%x|%#o" % (3.14159, 255, 8), b"%a" % "\xe9", b"%r" % "x")
print(b"%5b|%-5s|%.1b|" % (b"ab", b"cd", b"ef"), b"%(a)s %(b)d" % {b"a": b"x", b"b": 2}, b"%d%%" % 5)
class B:
    def __bytes__(self):
        return b"dunder"
print(b"[%s]" % B(), b"%s" % memoryview(b"mv") if False else b"skip")
for fmt, args in [(b"%s", "x"), (b"%s", 5), (b"%c", 256), (b"%c", b"ab"), (b"%c", "a"), (b"%z", 1),
                  (b"x", 5), (b"%s %s", (b"a",)), (b"%(a)s", {"a": b"x"}), (b"%d", b"1")]:
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
