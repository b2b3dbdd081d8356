# str splitting and joining: split/rsplit with and without separators and
# maxsplit, splitlines, partition/rpartition, join.
s = "  the quick\tbrown\n\nfox  "
print(s.split(), s.split(None, 1), s.split(maxsplit=2), s.rsplit(), s.rsplit(None, 1), s.rsplit(maxsplit=0))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2), "".split(","), "".split())
print("a--b--c".split("--"), "a--b--c".rsplit("--", 1), "abc".split("abc"), "abcabc".split("bc"))
print("a\u3000b\xa0c\u2028d".split(), "x\x1cy\x1fz".split(), "é ö  ü".split(" "))
print("   ".split(), "   ".split(" "), " a ".split(" ", 1), " a ".rsplit(" ", 1))
print("one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029".splitlines())
print("a\nb\r\n\nc".splitlines(True), "".splitlines(), "\n".splitlines(), "x\n".splitlines(keepends=True))
print("key=value=x".partition("="), "key=value=x".rpartition("="), "abc".partition("z"), "abc".rpartition("z"))
print("héllo wörld".partition("ö"), "aXbXc".rpartition("X"))
print(",".join(["a", "b", "c"]), "".join([]), "-".join("abc"), " é ".join(("x", "y")), "x".join(["only"]))
print("".join(str(i) for i in range(10)), ", ".join(map(str, [1, 2, 3])), "|".join({"k": 1}))
for bad in [lambda: "a".split(""), lambda: "a".split(1), lambda: "a".split(maxsplit="x"),
            lambda: "a".rsplit(""), lambda: "a".partition(""), lambda: "a".partition(1),
            lambda: ",".join(["a", 1]), lambda: ",".join([b"a"]), lambda: ",".join(5),
            lambda: "a".split(",", 1, 2), lambda: "a".split(x=1), lambda: "a".split(",", sep=","),
            lambda: "a".splitlines(None), lambda: "a".join()]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print("a b c".split(sep=None, maxsplit=1), "a,b".split(sep=","), "l1\nl2".splitlines(keepends=False))
