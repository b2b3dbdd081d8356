# Methods shared by bytes and bytearray (results keep the receiver's type).
for T in (bytes, bytearray):
    s = T(b"  Hello World, hello!  ")
    print(T.__name__)
    print(s.find(b"llo"), s.find(108), s.rfind(b"llo"), s.index(b"W"), s.rindex(b"l"), s.count(b"l"), s.count(b""), s.find(b"l", 5, 10))
    print(s.startswith(b"  H"), s.endswith((b"x", b"  ")), s.startswith(b"Hello", 2), s.endswith(b"d", 0, 13))
    print(s.replace(b"l", b"L"), s.replace(b"l", b"", 2), s.replace(b"", b"|")[:10], s.removeprefix(b"  "), s.removesuffix(b"!  "))
    print(s.split(), s.split(b","), s.split(None, 1), s.rsplit(None, 1), s.split(b"l", 2), s.rsplit(b"l", 2))
    print(s.strip(), s.lstrip(), s.rstrip(), s.strip(b" !H"), T(b"a\x1cb").split(), T(b"\t\x0b\x0cx\r\n").strip())
    print(s.partition(b","), s.rpartition(b"l"), s.partition(b"zz"), s.rpartition(b"zz"))
    print(T(b",").join([b"a", bytearray(b"b"), T(b"c")]), T(b"").join([]), T(b"-").join(T(b"x") for _ in range(3)))
    print(s.upper(), s.lower(), s.swapcase(), s.title(), T(b"hELLO wORLD").capitalize(), T(b"o'neil x1y").title())
    print(T(b"abc").isalpha(), T(b"a1").isalnum(), T(b"12").isdigit(), T(b" \t").isspace(), T(b"\x80").isascii(), T(b"").isalpha())
    print(T(b"ABC").isupper(), T(b"abc1").islower(), T(b"Ab Cd").istitle(), T(b"Ab cd").istitle(), T(b"1").isupper())
    print(T(b"abc").center(9, b"*"), T(b"abc").ljust(5), T(b"abc").rjust(5, bytearray(b"0")), T(b"-12").zfill(6), T(b"ab").center(1))
    print(T(b"a\tb\n\tc").expandtabs(4), T(b"a\nb\r\nc\rd").splitlines(), T(b"a\nb\r\n").splitlines(True), T(b"").splitlines())
    print(s.decode(), T(b"caf\xc3\xa9").decode("utf-8"), T(b"\xe9").decode("latin-1"), T(b"a\xff").decode("ascii", "replace"))
    table = bytes.maketrans(b"abc", b"xyz")
    print(T(b"aabbcc").translate(table), T(b"abcd").translate(None, b"bd"), T(b"abc").translate(table, delete=b"a"), len(table))
for f in [lambda: b"abc".find("a"), lambda: b"abc".count("a"), lambda: b"abc".index(300), lambda: b"abc".index(b"z"),
          lambda: bytearray(b"abc").rindex(b"z"), lambda: b"abc".strip("a"), lambda: b"abc".split(maxsplit="a"),
          lambda: b"abc".join([1]), lambda: b"abc".join(5), lambda: b"abc".join(["a"]), lambda: b"abc".replace("b", b"x"),
          lambda: b"abc".replace(b"b", b"-", "x"), lambda: b"abc".partition(b""), lambda: b"abc".startswith((b"x", 1)),
          lambda: b"abc".startswith("a"), lambda: b"abc".removeprefix("a"), lambda: b"abc".split(b""),
          lambda: b"abc".center(9, "*"), lambda: b"abc".center(9, b"**"), lambda: b"abc".translate(b"x"),
          lambda: bytes.maketrans(b"a", b"bc"), lambda: bytes.maketrans("a", "b"), lambda: b"abc".upper(1),
          lambda: b"abc".find(), lambda: b"abc".split(x=1), lambda: b"x".decode(1), lambda: b"abc".translate(),
          lambda: b"abc".center(2**100), lambda: b"abc" * (2**100), lambda: b"abc".expandtabs("x")]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
