# re: re.error messages, positions, line/column and the other exceptions.
import re


def check(pattern, flags=0):
    try:
        re.compile(pattern, flags)
        print(ascii(pattern), "ok")
    except re.error as e:
        print(ascii(pattern), "error:", e.msg, "|", e.pos, e.lineno, e.colno, "|", e)
    except Exception as e:
        print(ascii(pattern), type(e).__name__, e)


for p in [
    "(unclosed", "(?:a", "((a)", "a)", ")", "a)b)", "*", "+a", "?", "{1}", "a**", "a*?+", "a{2}{3}",
    "^*", "$*", "\\b*", "(?i)+", "a|*", "(|*)", "a{3,2}", "x{99999999999}", "x{1,99999999999}",
    "[a", "[]", "[^]", "[a-", "[z-a]", "[a-\\d]", "[\\d-a]", "[\\x41-\\x30]", "[b-\\x30]",
    "\\", "a\\", "*\\", "(?#\\", "\\q", "[\\q]", "\\ca", "[\\A]", "\\x1", "\\x", "[\\x]",
    "\\u12", "[\\u123x]", "\\U00110000", "\\777", "[\\777]", "\\8", "[\\8]", "[\\9]", "\\1",
    "(a)\\2", "(a\\1)", "\\10", "(a)\\11", "(?", "(?P", "(?Px", "(?P<", "(?P<a", "(?P<a>",
    "(?P<1a>x)", "(?P<a-b>x)", "(?P=a)", "(?P<a>x)(?P=b)", "(?P<a>x)(?P<a>y)", "(?P=",
    "(?P<a>x)(?P=a", "(?P<a>)(?P=a\\)", "(?<", "(?<x", "(?z)", "(?#abc", "(?i", "(?i-",
    "(?im", "(?i:", "(?i=", "(?iq)", "(?-q)", "(?-", "(?-)", "(?-:)", "(?i-m)", "(?i-i:a)",
    "(?x-x:a)", "(?u-u:a)", "(?-u:a)", "(?au)", "(?L)", "(?t:a)", "(?-t:a)", "(?(1)a|b)",
    "(?(a)a)", "(?(1a)x)", "(?()x)", "(?(0)a)", "(?(-1)a)", "(?(1", "(?(1)", "(?(a",
    "(a)(?(1)a|b|c)", "(?(2)a)", "(?(2)a|b)(c)", "(?i) (?x)a", "a|(?i)b", "(?i)|a(?m)",
    "a(?i)", "((?i)a)", "(?i:(?x) a)", "(?<=a|bc)", "(?<=a*)", "(?<=a{1,2})", "(?<=(a)\\1)",
    "(?<=a(?(1)b|c))", "(a)(?<=(\\1))", "(?<=(a))(?<=\\1)", "a\nb(c", "a\n(?z)",
    "abc\n\n  (?", b"\\q", b"(?u)a", b"[\xa0-?]", b"(?\xe9)", b"(?P<a>)(?P=b\xe9)",
]:
    check(p)

for p, f in [("a", re.L), ("a", re.A | re.U), (b"a", re.U), (b"a", re.L | re.A),
             ("(?u)a", re.A), ("(?a)a", re.U)]:
    check(p, f)

# re.error itself
e = re.error("boom", "ab\ncd", 4)
print(e, "|", e.msg, e.pattern, e.pos, e.lineno, e.colno, isinstance(e, Exception))
e = re.error("plain")
print(e, e.pattern, e.pos, e.lineno, e.colno)
e = re.error("bytes", b"a\nb", 2)
print(e, e.lineno, e.colno)
print(re.error.__name__, re.error.__module__)

# replacement template errors
for repl in [r"\2", r"\g<2>", r"\g<x>", r"\g", r"\g<", r"\g<1", r"\g<>", r"\g<a b>",
             r"\g<-1>", "\\", r"\q", r"\777", r"\g<99999999999>", r"a\g<1>\\\n\9"]:
    try:
        print(ascii(repl), re.sub("(a)", repl, "xa"))
    except re.error as e:
        print(ascii(repl), "error:", e)
    except IndexError as e:
        print(ascii(repl), "IndexError:", e)

# an error raised at the top level shows re.error
re.compile("a(b")
