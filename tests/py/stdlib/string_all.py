# string: constants, capwords, Template (substitute, safe_substitute,
# identifiers, errors, custom delimiter) and Formatter.
import string

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), len(string.printable), string.punctuation)
print(string.capwords("the quick  brown fox"), string.capwords("a,b,c", ","))
t = string.Template("$who likes ${what}; costs $$5 $x")
print(t.substitute(who="tim", what="tea", x=1), t.safe_substitute(who="ann"), t.get_identifiers(), t.is_valid())
print(t.substitute({"who": "a", "what": "b"}, x=3))
for tmpl, kw in [("$who", {}), ("bad $", {}), ("a\n b $!", {}), ("${x", {"x": 1})]:
    try:
        print(string.Template(tmpl).substitute(**kw))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(string.Template("${x").safe_substitute(x=1), string.Template("$1 $").safe_substitute())
class Pct(string.Template):
    delimiter = "%"
print(Pct("%name is %% %{age}").substitute(name="Bo", age=3))
f = string.Formatter()
print(f.format("{0}-{1}-{0}", "a", "b"), f.format("{x:>5}|{y!r}", x=1, y="s"), f.format("{} {}", 1, 2), f.format("{0[1]} {1.real}", [7, 8], 2j))
print(list(f.parse("a{b}c{d!s:>3}{{e}}")), f.vformat("{k}", (), {"k": "v"}))
for bad in ["{0} {}", "{", "}"]:
    try:
        f.format(bad, 1, 2)
    except ValueError as e:
        print("ValueError", e)
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return str(value).upper()
print(Upper().format("{} and {}", "x", "y"))
