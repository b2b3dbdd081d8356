# printf-style % formatting of str: every conversion, flags, width and
# precision (also from *), mapping keys, and the error messages.
print("%s %r %a" % ("é", "é", "é"), "%5s|%-5s|%.2s|%5.1s|" % ("ab", "ab", "abc", "xyz"))
print("%d %i %u" % (3.7, -2.5, True), "%+05d|%-6d|% d|%05d" % (42, 42, 42, -42))
print("%x %X %o %#x %#X %#o %x %#x" % (255, 255, 8, 255, 255, 8, -255, -255))
print("%.3d|%5.3d|%08.3x|%-+8.2f|%e|%E|%G|%#g|%g" % (7, 7, 255, 3.14159, 12345.678, 0.000123, 1e-10, 1.0, 1e20))
print("%f %F %f %e" % (float("inf"), float("nan"), -0.0, 0), "%010f|%-10f|" % (float("-inf"), 1.5))
print("%g %g %g %.3g %#.3g %.0f %#.0f %.0e" % (0.0001, 123456789, 1.5, 2.0, 2.0, 2.5, 2.5, 12345))
print("%c%c%c %3c|%-3c|" % (65, "é", 0x1F600, "a", "b"), "%%|%5.1f%%" % 99.44)
print("%*d|%-*d|%.*f|%*.*f|%*d" % (5, 1, 5, 1, 2, 3.14159, 8, 3, 2.71828, -4, 7))
print("%(a)s %(b)d %(a)r %%" % {"a": "x", "b": 3}, "%()s" % {"": "empty"}, "%(k(x))s" % {"k(x)": 1})
print("%s" % {"a": 1}, "%s" % [1, 2], "%s" % (1,), "%s" % ((1, 2),), "x" % {}, "x" % [], "%ld %hd %Lf" % (1, 2, 3.0))
print("%d" % 2**100, "%x" % 2**100, "%o" % -2**70, "%.2f" % 2**60, "%s" % 2**100)
print("%5%" % () if False else "done", "%s %s" % ("a", "b"), "%s-%s" % tuple("xy"))
class I:
    def __index__(self):
        return 10
print("%x %d %o %c" % (I(), I(), I(), 97))
for fmt, args in [("%d", "a"), ("%x", 1.5), ("%f", "a"), ("%c", "ab"), ("%c", 1.5), ("%c", 0x110000),
                  ("%c", -1), ("%5%", ()), ("%5%", ("x",)), ("%s %s", (1,)), ("%s", (1, 2)), ("%(a)s", (1,)),
                  ("%(a)s", {"b": 1}), ("%(a", {"b": 1}), ("%", ()), ("%z", (1,)), ("%z", ()), ("%é", (1,)),
                  ("%*d", ("a", 1)), ("x", 5), ("x", ""), ("x", "a"), ("%d", None), ("%s", ()),
                  ("%(a)s %s", {"a": 1}), ("%d %(a)s", ({"a": 1},)), ("%i", "1"), ("%(a)*d", {"a": 1}),
                  ("%d", float("inf")), ("%.1000000000000d", 1), ("%f", 10**400)]:
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
