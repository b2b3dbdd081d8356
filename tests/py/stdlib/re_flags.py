# re: the RegexFlag values, their reprs and combinations; re.Scanner.
import re

print(re.I, re.IGNORECASE, repr(re.M), str(re.S), re.X, re.A, re.U, re.L, re.NOFLAG)
print(int(re.I), re.I.value, re.I.name, re.M + 0, re.I | re.M, repr(re.I | re.M | re.S))
print(re.I == 2, re.I | 1, re.I & re.M, re.I ^ re.I, ~re.I, 2 | re.M)
print(isinstance(re.I, int), isinstance(re.I | re.M, re.RegexFlag), type(re.I).__name__)
print("%d %s %r" % (re.I, re.I, re.I), "{}".format(re.I), f"{re.M:d}", f"{re.M:>4}")
print(re.I in (re.I | re.M), re.S in (re.I | re.M), (re.I | re.M).name)
print(re.RegexFlag(8) is re.M, re.RegexFlag(10), sorted([re.M, re.I, re.A]))
print(hash(re.I) == hash(2), {re.I: "x"}[2], re.compile("a", re.I | re.M).flags)
print(re.compile("a", flags=re.I).flags, re.compile(b"a").flags, re.compile("a").flags)
print(re.compile("(?i)a").flags, re.compile("(?s)(?m)a").flags, re.compile("(?a)a").flags)
print(re.compile("a", re.T).flags, re.compile("a", 1024).flags)
print(re.compile("(?i)x", re.M))
print(re.compile(b"x", re.L | re.I), re.compile("x", re.X | re.A))

# Scanner
def number(scanner, token):
    return ("NUM", int(token))

scanner = re.Scanner([
    (r"\d+", number),
    (r"[a-z_]\w*", lambda s, t: ("NAME", t)),
    (r"[+\-*/=()]", lambda s, t: ("OP", t)),
    (r"\s+", None),
])
print(scanner.scan("x = 3 * (y + 42) $ rest"))
print(re.Scanner([(r"a", "A"), (r"b", "B")]).scan("abba!"))
print(re.Scanner([(r"A", "A")], re.I).scan("aAa"))

print(sorted(n for n in re.__all__ if not n.startswith("_")))
