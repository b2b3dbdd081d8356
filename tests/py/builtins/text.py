# chr, ord, repr, ascii, format and their errors.
print(chr(65), chr(0x20AC), chr(0x1F600), repr(chr(0)), chr(True), ord("a"), ord("\u20ac"))
print(ord(b"a"), ord(bytearray(b"z")), ord(chr(0x10FFFF)))
print(repr("a'b"), repr('a"b'), repr([1, "x"]), repr(None), repr(1.5), repr(b"x"))
print(ascii("café"), ascii("\u20ac"), ascii([1, "é"]), ascii("plain"))
print(format(5), format(5, "x"), format(3.14159, ".2f"), format("s", ">5"), format(1234567, ","))
print(format(True), format(None), format([1]), format(2.5, ""), format(10, "08b"))


class F:
    def __format__(self, spec):
        return "F<" + spec + ">"


print(format(F(), "abc"), f"{F():xyz}", "{:q}".format(F()))
for t in [lambda: chr("a"), lambda: chr(1.5), lambda: chr(2**40), lambda: chr(-1),
          lambda: chr(0x110000), lambda: chr(), lambda: ord("ab"), lambda: ord(""),
          lambda: ord(5), lambda: ord(b"ab"), lambda: format(5, 5), lambda: format(),
          lambda: repr(), lambda: ascii(1, 2), lambda: format(object(), "x")]:
    try:
        print("ok", t())
    except Exception as e:
        print(type(e).__name__ + ":", e)
