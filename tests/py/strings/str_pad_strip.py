# Trimming and padding: strip family, center/ljust/rjust with fill
# characters, zfill, expandtabs.
s = "  \t hello \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")), repr("abcba".strip("ab")))
print(repr("\u3000é\xa0".strip()), repr("ééaéé".strip("é")), repr("abc".strip("")), repr("abc".strip(None)), repr("".strip()))
for w in range(0, 9):
    print(repr("ab".center(w)), repr("abc".center(w, "*")), repr("ab".ljust(w, "é")), repr("ab".rjust(w, "-")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "".zfill(3), "-".zfill(3), "é".zfill(3), "42".zfill(-1))
print(repr("a\tbc\td".expandtabs()), repr("a\tb".expandtabs(4)), repr("ab\n\tc\r\td".expandtabs(3)), repr("\t".expandtabs(0)), repr("é\tx".expandtabs(tabsize=2)))
for f in [lambda: "a".strip(1), lambda: "a".lstrip(1, 2), lambda: "a".center(), lambda: "a".center(5, "ab"),
          lambda: "a".center(5, 1), lambda: "a".center("a"), lambda: "a".zfill("a"), lambda: "a".ljust(2**100),
          lambda: "a".expandtabs("a"), lambda: "a".expandtabs(2**40), lambda: "a".rjust(3, fillchar="x")]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
