# str.translate and str.maketrans.
t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()))
print("abcdabcd".translate(t), "hello".translate({ord("l"): None, ord("o"): "0"}), "abc".translate({97: "XY", 98: 66}))
print("abc".translate([None] * 98 + ["Q"]), "é€".translate({0xE9: "e", 0x20AC: "EUR"}), "abc".translate({}))
print(sorted(str.maketrans({"a": 1, "b": "x", 99: None}).items()), "abc".maketrans("a", "b"))
class Table:
    def __getitem__(self, k):
        if k == 97:
            return "A"
        raise LookupError(k)
print("banana".translate(Table()))
for f in [lambda: str.maketrans(1), lambda: str.maketrans("ab", "c"), lambda: str.maketrans({"ab": 1}),
          lambda: str.maketrans({1.5: "a"}), lambda: str.maketrans("a", "b", 1), lambda: str.maketrans(1, "a"),
          lambda: str.maketrans("a", 1), lambda: str.maketrans(), lambda: "x".translate(1),
          lambda: "x".translate({120: 1.5}), lambda: "x".translate({120: 0x110000}), lambda: "x".translate({120: -1})]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
