# re: sub/subn templates and callables, split, findall/finditer with empty matches.
import re

# empty matches (3.7+ rules)
print(re.sub("x*", "-", "abxd"))
print(re.sub("", "-", "abc"), re.sub("$", "!", "a\nb\n"), re.sub("(?m)$", "!", "a\nb\n"))
print(re.findall("|a", "a"), re.findall("a|", "ba"), re.findall(r"\b", "a b"), re.findall("x*", "axxb"))
print([m.span() for m in re.finditer("", "ab")], [m.span() for m in re.finditer(r"\w*", "ab cd")])
print(re.split(r"\b", "a b"), re.split("x*", "axbc"), re.split("", "abc"), re.split(r"(?=b)", "abab"))
print(re.split(r"\s*", "a b  c"), re.split(r"(\s*)", "a b"))

# split details
print(re.split("(x)|(y)", "axbyc"), re.split("(a)(b)?", "xaby"))
print(re.split(",", "a,b,c,d", maxsplit=2), re.split(",", "a,b", maxsplit=-1), re.split(",", ""))
print(re.split(r"\W+", "Words, words, words."), re.split(r"(\W+)", "Words, words, words."))
print(re.split("[a-f]+", "0a3B9", flags=re.I), re.split("x", "axbxc", 1))

# sub templates
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@home ann@work"))
print(re.sub(r"(?P<w>\w+)", r"<\g<w>|\g<1>|\g<0>>", "ab cd"))
print(re.sub(r"a", r"\n\t\\\.\-\"", "a") == "\n\t\\\\.\\-\\\"")
print(repr(re.sub(r"a", r"\0\01\012\101\1012", "xa")))
print(re.sub(r"(a)|b", r"[\1]", "ab"))
print(re.sub(r"(a)(b)?", r"\2\1", "a ab"))
print(re.sub("a", "\\\\", "aa"), re.sub("a", r"\\\\", "a"))
print(re.sub("(a)", r"\g<1>0", "a"), re.sub("(a)", r"\10", "a") if False else "")
print(re.sub("a", "b", "aaaa", 2), re.sub("a", "b", "aaaa", count=0), re.sub("a", "b", "aaa", -1))
print(re.subn("a", "b", "aaaa", 3), re.subn("z", "b", "aaa"), re.subn("", "-", "ab"))
print(re.sub("A", "b", "aAa", flags=re.I), re.sub("a", "b", "xAx", 0, re.I))

# callable replacements
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 apples, 12 pears"))
print(re.sub(r"(\w)(\w*)", lambda m: m.group(1).upper() + m.group(2), "hello big world"))
print(re.sub("a", lambda m: None, "banana"), re.subn("a", lambda m: "", "banana"))
calls = []
def rec(m):
    calls.append((m.span(), m.pos, m.endpos, m.string))
    return "<%s>" % m.group()
print(re.sub("n|", rec, "ann"), calls)
def nested(m):
    return re.sub("[aeiou]", lambda m2: m2.group().upper(), m.group())
print(re.sub(r"\w+", nested, "hello world"))
for bad in [lambda m: 1, lambda m: b"x"]:
    try:
        re.sub("a", bad, "bab")
    except TypeError as e:
        print("TypeError", e)
try:
    re.sub(b"a", lambda m: "x", b"bab")
except TypeError as e:
    print("TypeError", e)

# bytes templates
print(re.sub(rb"(\w)", rb"\1\1", b"ab"), re.sub(rb"a", rb"\n\t", b"a"), re.subn(rb"\d", b"#", b"a1b2"))
print(re.sub(rb"(?P<x>a)", rb"\g<x>!", b"aa"))

# Match.expand
m = re.match(r"(?P<first>\w+) (?P<last>\w+)(x)?", "Jane Doe")
print(m.expand(r"\2, \1"), m.expand(r"\g<last>-\g<first>[\3]"), m.expand(r"\g<0>"))
print(re.match(rb"(a)", b"a").expand(rb"<\1>"))

# findall shapes
print(re.findall(r"\w", "ab"), re.findall(r"(\w)", "ab"), re.findall(r"(\w)(\d)?", "a1b"))
print(re.findall(r"(a)|b", "ab"), re.findall(rb"(a)|b", b"ab"), re.findall("((a)b)", "abab"))

# finditer is lazy and resumable
it = re.finditer(r"\d", "1a2b3")
print(type(it).__name__, next(it).group(), [m.group() for m in it])
print([m.group() for m in re.compile(r"\w+").finditer("a bb ccc", 2, 7)])

# unicode subjects keep code point positions
s = "héllo wörld 😀 ünïcode"
print([(m.group(), m.span()) for m in re.finditer(r"\w+", s)])
print(re.sub(r"ö", "oe", s), re.split(r"\s", s), re.search("😀", s).span())
print(re.sub(r"(\w)(\w)", r"\2\1", "αβγδ"), re.findall(r".", "a€😀"))

# replacements that are neither text nor callable
for r in [1, None, [1]]:
    try:
        re.sub("a", r, "bab")
    except TypeError as e:
        print("TypeError", e)
try:
    re.match("a", "a").expand(1)
except TypeError as e:
    print("TypeError", e)
