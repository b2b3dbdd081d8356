# SyntaxError and the Unicode codec errors: constructor arguments,
# attributes and messages.
s = SyntaxError("invalid syntax", ("/a/b/f.py", 3, 4, "x y\n", 3, 5))
print(str(s), s.msg, s.filename, s.lineno, s.offset, repr(s.text), s.end_lineno, s.end_offset)
print(s.args, repr(s))
print(str(SyntaxError("m", ("f.py", None, 4, "t"))))
print(str(SyntaxError("m", (None, 3, 4, "t"))))
print(str(SyntaxError("m", ("f.py", True, 4, "t"))))
print(str(SyntaxError()), SyntaxError().msg, SyntaxError().lineno)
print(str(SyntaxError("only msg")), SyntaxError("a", "b", "c").msg)
print(SyntaxError("m", ("f", 1, 2, "t")).print_file_and_line)
for info in [(1, 2), (1, 2, 3, 4, 5, 6, 7), 5]:
    try:
        SyntaxError("m", info)
    except TypeError as err:
        print("TypeError:", err)
ie = IndentationError("unexpected indent", ("m.py", 2, 1, " x", 2, 2))
print(type(ie).__name__, str(ie), isinstance(ie, SyntaxError))

d = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(str(d))
print(d.encoding, d.object, d.start, d.end, d.reason, d.args)
print(str(UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "invalid continuation byte")))
print(UnicodeDecodeError("utf-8", bytearray(b"ab"), 0, 1, "r").object)
print(str(UnicodeEncodeError("ascii", "h\xe9", 1, 2, "ordinal not in range(128)")))
print(str(UnicodeEncodeError("ascii", "h\u1234", 1, 2, "x")))
print(str(UnicodeEncodeError("ascii", "h\U00012345", 1, 2, "x")))
print(str(UnicodeEncodeError("ascii", "hxx", 1, 3, "x")))
print(str(UnicodeTranslateError("hxx", 1, 2, "x")), UnicodeTranslateError("hxx", 1, 2, "x").encoding)
print(repr(UnicodeEncodeError("ascii", "hxx", 1, 3, "x")))
for make in (lambda: UnicodeDecodeError("utf-8"),
             lambda: UnicodeDecodeError("utf-8", "str", 0, 1, "r"),
             lambda: UnicodeDecodeError(1, b"x", 0, 1, "r"),
             lambda: UnicodeDecodeError("utf-8", b"x", "a", 1, "r"),
             lambda: UnicodeDecodeError("utf-8", b"x", 0, 1, 5),
             lambda: UnicodeEncodeError("utf-8", b"x", 0, 1, "r"),
             lambda: UnicodeTranslateError("x", 0, 1)):
    try:
        make()
    except TypeError as err:
        print("TypeError:", err)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as err:
    print("decode:", err)
