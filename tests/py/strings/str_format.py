# str.format and format_map: numbering, attributes and indexes, conversions,
# nested specs, escapes, and the errors of the field grammar.
class P:
    x = 3
    items = [10, 20, {"k": "v"}]
    def __format__(self, spec):
        return "P<" + spec + ">"
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"
p = P()
print("{} and {}".format("a", "b"), "{1}{0}{1}".format("x", "y"), "{name}!".format(name="bob"))
print("{0.x} {0.items[1]} {0.items[2][k]} {a[0]} {a[1]}".format(p, a="ab"))
print("{!r} {!s} {!a} {!r:>8}".format("é", p, "é", "ab"), "{:spec}".format(p), "{}".format(p))
print("{:>{w}}|{:<{w}}|{:^{w}.{p}}".format("r", "l", "center", w=8, p=3))
print("{0:{1}{2}}".format(3.14159, ">", 10))
print("{:{}}".format(3, 5), "{{}} {{{0}}} {{".format(5) + "}}")
print("{0[1]} {0[-1]}".format({"1": "one", "-1": "minus", 1: "int1"}), "{0[0]}".format([7]))
print("{:,} {:_x} {:08.3f} {:+} {:e} {:%} {:#b} {:c}".format(1234567, 255, 3.14159, 5, 12345.678, 0.25, 5, 65))
print("{:*^11}|{:<5}|{:>5}|{:=+6}".format("mid", 1, "s", 42))
print("{x}{y}".format_map({"x": 1, "y": 2}), "{}".format(None), "{0}{0}".format([]))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a} {b}".format_map(Default(a=1)))
print(format(12, "04d"), format("x", "<3") + "|", format(1.5, ".3"), format(p, "z"))
for fmt, args, kw in [("{} {}", (1,), {}), ("{0} {}", (1, 2), {}), ("{} {0}", (1, 2), {}),
                      ("{a}", (), {"b": 1}), ("{", (), {}), ("}", (), {}), ("a{0", (1,), {}),
                      ("{0!}", (1,), {}), ("{0!x}", (1,), {}), ("{0!rr}", (1,), {}), ("{0.}", (p,), {}),
                      ("{0[}", ([1],), {}), ("{0[0]x}", ([1],), {}), ("{0:{1:{2}}}", (1, 2, 3), {}),
                      ("{0.nope}", (p,), {}), ("{0:x}", ("s",), {}), ("{99999999999999999999}", (), {}),
                      ("{0{}", (1,), {}), ("{0]", (1,), {}), ("{:}}", (1,), {}), ("{ }", (1,), {}),
                      ("{0:{}", (1,), {}), ("{0[]}", ([1],), {}), ("{0:d}", ("s",), {}), ("{:s}", (1,), {}),
                      ("{0}", (), {})]:
    try:
        print(repr(fmt.format(*args, **kw)))
    except Exception as e:
        print(fmt, type(e).__name__, e)
try:
    print("{0}".format_map({}))
except Exception as e:
    print(type(e).__name__, e)
try:
    print("{}".format_map())
except Exception as e:
    print(type(e).__name__, e)
