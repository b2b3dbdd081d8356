# float() from strings and other objects.
texts = ["1.5", "  -2.25  ", "1_000.5", "1e10", "1E-3", "+.5", "5.", "-0", "inf", "-Infinity",
         "nan", "  NaN ", "1e500", "1e-500", "١٢.٥", "\u20031.5\u2003", "", "abc", "1__0",
         "1_", "_1", "1._5", "1e", "e5", "0x10", "1.5j", "nan(1)", "1,5", "--1", "1e1_0", "."]
for t in texts:
    try:
        print(repr(t), float(t))
    except ValueError as e:
        print(repr(t), "ValueError", e)
print(float(b"2.5"), float(bytearray(b" 3 ")), float(7), float(-(2**70)), float(True), float())
for bad in ("float(b'x')", "float(None)", "float([])", "float(x=1)", "float(1, 2)", "float(2**1024)"):
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 3
class Bad:
    def __float__(self):
        return 1
print(float(F()), float(I()))
try:
    float(Bad())
except TypeError as e:
    print(e)
print(float("0.1") == 0.1, float("2.2250738585072011e-308"), float("4.9406564584124654e-324"))
