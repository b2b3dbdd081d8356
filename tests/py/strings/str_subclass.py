# str subclasses: construction, methods returning plain str, attributes.
class S(str):
    def shout(self):
        return self.upper() + "!"
t = S("sub")
print(t, type(t).__name__, t.upper(), type(t.upper()).__name__, t + "x", len(t), t == "sub")
print(t.shout(), repr(t), str(t), type(str(t)).__name__, isinstance(t, str), t[1], hash(t) == hash("sub"))
t.extra = 5
print(t.extra, t * 2, "x" + t, S(), S(42), S(b"ab", "ascii"), {t: 1}["sub"])
class T(str):
    def __new__(cls, value):
        return super().__new__(cls, value.strip())
print(repr(T("  padded  ")), type(T(" x ")).__name__)
