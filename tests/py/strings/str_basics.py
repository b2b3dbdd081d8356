# str core: length, indexing, slicing, concatenation, repetition, comparison,
# membership, iteration, repr and str().
s = "hello"
u = "héllo wörld €😀"
print(len(s), len(u), len(""))
print(s[0], s[-1], u[1], u[-1], u[12])
print(s[1:3], s[::-1], u[::2], u[-3:], u[3:100], repr(s[5:]))
print(u[::-1])
print(s[::2], s[1::2], s[-1:-6:-2], s[10:0:-1])
print(s + " " + u)
print(s * 3, 3 * "ab", "x" * 0, "x" * -2, repr("" * 5))
print("abc" < "abd", "abc" < "ab", "b" > "abc", "é" > "z", "😀" > "€", "a" == "a", "a" != "a")
print("ell" in s, "xyz" in s, "" in s, "ö" in u, "😀" in u)
print(list("abc"), list("é€😀"))
for ch in "añ😀":
    print(ch, ord(ch))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\there\nnew\\"))
print(repr("\x00\x1f\x7f\x80\xa0\xad é \u200b \U0001f600 \ud800"))
print(str("abc"), str(42), str(3.5), str(None), str([1, "a"]), str(), repr(str(b"xy")))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"), str(bytearray(b"xy"), "latin-1"))
print(hash("abc") == hash("ab" + "c"), hash("") == 0)
print(bool(""), bool("a"), len("a" * 1000))
x = "abc"
x += "def"
x *= 2
print(x)
print("".join(reversed("stressed")))
print(max("hello"), min("hello"), sorted("banana"))
print("%s" % "percent", "{}".format("format"), f"{s!r:>10}")
print(format("abc", "^9"), format("abc", ""), format("abc", ".2"), format("é", "*>4"))
it = iter("ab")
print(next(it), next(it), next(it, "done"))
print(type(iter("a")).__name__, type(iter("é")).__name__)
