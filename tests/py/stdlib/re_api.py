# re: the module functions, Pattern and Match objects, their attributes and reprs.
import re

# module-level functions
print(re.match(r"(\w+) (\w+)", "Isaac Newton, physicist").groups())
print(re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"))
print(re.search(r"o", "hello world").span())
print(re.findall(r"o", "foo boo"), re.findall(r"(o)(o)?", "foo bo"))
print([m.span() for m in re.finditer(r"\d+", "a1 b22 c333")])
print(re.sub(r"\d", "#", "a1b22"), re.subn(r"\d", "#", "a1b22"))
print(re.split(r",", "a,b,,c"), re.split(r"(,)", "a,b"), re.split(r",", "a,b,c", 1))
print(re.escape("a.b*c?d[e]f{g}h|i^j$k\\l(m)n+o-p#q r\ts&t~u"), re.escape(b"a.b c"))
print(re.escape("αβ.γ"), re.escape(""), re.escape("_x9"))

# compile and Pattern attributes
p = re.compile(r"(?P<first>\w+)\s(?P<last>\w+)(!)?", re.I)
print(p.pattern, p.flags, p.groups, p.groupindex, sorted(p.groupindex.items()))
print(p, repr(p), type(p).__name__, type(p) is re.Pattern)
print(re.compile(b"ab+"), re.compile("x", re.M | re.S), re.compile("y", re.A), re.compile("z", re.X))
print(re.compile("a") == re.compile("a"), re.compile("a") == re.compile("a", re.I), re.compile("a") != re.compile("b"))
print(hash(re.compile("abc")) == hash(re.compile("abc")))
print(re.compile(p) is p)
print(repr(re.compile("q" * 250))[:40], len(repr(re.compile("q" * 250))))
print(re.compile("'\"\n\\d"))

# Pattern methods with pos / endpos
q = re.compile(r"\d")
print(q.match("a1", 1), q.match("a1", 0), q.search("12345", 2, 4), q.findall("12345", 1, 3))
print(q.fullmatch("a1b", 1, 2), q.search("123", 5), q.search("123", -10).span(), q.match("1", 0, 100).endpos)
print([m.group() for m in q.finditer("1a2b3", 1)], q.sub("x", "1a2", 1), q.subn("x", "123", count=2))
print(q.split("a1b2c", maxsplit=1), q.scanner("1a2").search().span())
sc = q.scanner("12a3")
print(sc.match().span(), sc.match().span(), sc.match(), sc.match(), sc.pattern is q)
print(re.compile("").match("abc", 2, 1), re.compile("").search("abc", 2, 1), re.compile("x*").findall("abc", 1, 2))

# Match objects
m = re.match(r"(?P<a>\w)(?P<b>\d)?(x)?", "k")
print(m, repr(m), type(m).__name__, type(m) is re.Match)
print(m.group(), m.group(0), m.group(1), m.group("a"), m.group(1, "b", 3), m[0], m["a"], m[2])
print(m.groups(), m.groups("-"), m.groups(default=0), m.groupdict(), m.groupdict("?"))
print(m.start(), m.end(), m.span(), m.start(2), m.end("b"), m.span(3), m.regs)
print(m.string, m.re is re.compile(r"(?P<a>\w)(?P<b>\d)?(x)?"), m.pos, m.endpos, m.lastindex, m.lastgroup)
for bad in [4, -1, "zz", 1.5, 2 ** 80]:
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError", e)
try:
    m.group([1])
except TypeError as e:
    print("TypeError", e)
m2 = re.search(r"(a)(b(c))", "xabcx")
print(m2.lastindex, m2.lastgroup, m2.regs, m2.expand(r"[\3\2\1\g<0>]"), m2.group(True))
print(re.match(r"(?P<x>a)|(?P<y>b)", "b").lastgroup, re.match(r"((a)b)", "ab").lastindex)
print(re.match("a+", "a" * 100))
print(re.match(".*", "short \n"), re.match(".+", "éè€😀"))
print(re.match(b"a.", b"a\xff"), re.match(b".", b"\x00"))
m3 = re.match(r"(\w+)", "hello")
import copy
print(copy.copy(m3) is m3, copy.deepcopy(m3) is m3, copy.copy(re.compile("x")) is re.compile("x"))

# bytes and bytearray subjects
print(re.findall(rb"\w+", b"ab cd"), re.sub(rb"b", b"B", b"abc"), re.split(rb"\s", b"a b"))
ba = re.match(rb"(a)(b)", bytearray(b"abc"))
print(ba.group(), ba.group(1), ba.span(2), re.findall(rb"a", bytearray(b"aXa")))
print(re.sub(rb"a", b"x", bytearray(b"aba")), re.split(rb"b", bytearray(b"aba")))

# type errors
for f in [lambda: re.match("a", b"a"), lambda: re.match(b"a", "a"), lambda: re.match("a", 1),
          lambda: re.compile(1), lambda: re.compile(re.compile("a"), re.I),
          lambda: re.compile("a", re.L), lambda: re.compile(b"a", re.U),
          lambda: re.compile("a", re.A | re.U), lambda: re.Pattern(), lambda: re.Match()]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# purge keeps working
re.purge()
print(re.match("a", "a").span())

# groupindex is a read-only mapping view
gi = re.compile(r"(?P<a>x)(?P<b>y)").groupindex
print(gi, repr(gi), type(gi).__name__, gi["a"], len(gi), list(gi), dict(gi))
try:
    gi["c"] = 3
except TypeError as e:
    print("TypeError", e)
