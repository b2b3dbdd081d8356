# re: Unicode and IGNORECASE semantics (case-folding classes, special
# characters), ASCII mode, bytes patterns, and long subjects.
import re

def show(p, s, f=0):
    print(ascii(p), ascii(s), ascii(re.findall(p, s, f)))

# case-insensitive literals and classes, including the characters whose case
# mappings are irregular (Kelvin sign, long s, dotless i, sigma forms, ...)
show("k", "kK\u212a", re.I)
show("\u212a", "kK\u212a", re.I)
show("s", "sS\u017f", re.I)
show("[s]", "sS\u017f", re.I)
show("[a-z]+", "Stra\u017fe \u212aelvin", re.I)
show("[^a-z]+", "Stra\u017fe \u212aelvin", re.I)
show("i", "iI\u0130\u0131", re.I)
show("\u0131", "iI\u0130\u0131", re.I)
show("\u03c3", "\u03a3\u03c3\u03c2", re.I)
show("[\u03c2]", "\u03a3\u03c3\u03c2", re.I)
show("\u00b5", "\u00b5\u03bc\u039c", re.I)
show("\u00df", "\u00df\u1e9e SS ss", re.I)
show("\u01c5", "\u01c4\u01c5\u01c6", re.I)
show("[\u0100-\u0105]+", "\u0100\u0101\u0102\u0103\u0104\u0105\u0106", re.I)
show("\u0400", "\u0400\u0450", re.I)
show("[\U00010400]", "\U00010400\U00010428", re.I)
show("k", "kK\u212a", re.I | re.A)
show("[k]", "kK\u212a", re.I | re.A)
show("[^k]", "kK\u212a", re.I | re.A)
show(r"(?i)(a)\1", "aA Aa aa")
show(r"(?i)(\u017f)\1", "\u017fs \u017fS \u017f\u017f")
show(r"(.)\1", "aa \u00e9\u00e9 \U0001F600\U0001F600")

# Unicode categories
show(r"\w+", "caf\u00e9 na\u00efve \u4e2d\u6587 \u0661\u0662 \u00b2 x_y")
show(r"\d+", "\u0661\u0662 \u00b2 \u2460 12")
show(r"\s+", "a\u3000b\x85c\u200bd\x1fe")
show(r"\W+", "a\u00e9!\u2014b")
show(r"\b\w", "\u00e9t\u00e9 d'\u00e9t\u00e9")
show(r"\w+", "caf\u00e9", re.A)
show(r"[\w]+", "caf\u00e9", re.A)
show(r"[^\W]+", "caf\u00e9 x")
show(r".", "\u2028\n\r", re.S)
show(r"^.", "a\u2028b\nc", re.M)

# bytes patterns are ASCII-only
show(rb"\w+", b"caf\xe9 x_1")
show(rb"\s+", b"a\x1cb\x85c d")
show(rb"[a-z]+", b"ABC def", re.I)
show(rb"\xe9", b"\xe9\xc9", re.I)
show(rb"[\x80-\xff]+", b"ab\x80\xffcd")
show(rb"\d", b"1\xb2")

# long subjects: the matcher keeps its backtracking on the heap
s = "ab" * 50000 + "c"
print(len(re.match(r"(?:a|b)*c", s).group()), re.match(r"(a|b)*c", s).span(1))
print(len(re.findall(r"a", s)), re.search(r"c$", s).span(), re.match(r"(?:ab)*?c", s) is None)
print(re.match(r"(.)*", "x" * 100000).span(1), len(re.sub(r"b", "", s)))
print(re.match(r"(?:(a)|b)+", "ab" * 20000).span(1), re.fullmatch(r"(ab)+", "ab" * 30000).span(1))
print(re.search(r"(\w+)\s+\1", "x " * 10000 + "word word").group(1))
u = "\u00e9" * 30000 + "x"
print(re.search("x", u).span(), len(re.findall("\u00e9", u)), re.match(r"\w+", u).end())
