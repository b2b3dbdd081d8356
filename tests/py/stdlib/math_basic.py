# math: constants, the libm wrappers, rounding to ints, decomposition and
# the error each one raises at its domain's edge.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.nan is math.nan, math.isnan(math.nan), type(math.pi).__name__)


def show(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(label, type(e).__name__ + ":", e)


inf, nan = math.inf, math.nan
one_arg = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "cos", "cosh",
           "erf", "erfc", "exp", "exp2", "expm1", "fabs", "log1p", "sin", "sinh",
           "sqrt", "tan", "tanh", "gamma", "lgamma", "log", "log2", "log10"]
points = [0, 0.5, -0.5, 1, -1, 2, 3.25, -7.5, 100, 1000, -1000, 1e-10, inf, -inf, nan, True]
for name in one_arg:
    f = getattr(math, name)
    for x in points:
        show("%s(%r)" % (name, x), f, x)

# ceil / floor / trunc give ints, and use the type's own method
for x in [2.5, -2.5, 0.0, -0.0, 7, -7, True, 1e20, 2 ** 70, 1.5e300]:
    print("round", x, math.ceil(x), math.floor(x), math.trunc(x), type(math.floor(x)).__name__)
for x in [inf, -inf, nan]:
    show("floor(%r)" % x, math.floor, x)
    show("ceil(%r)" % x, math.ceil, x)


class Rounder:
    def __ceil__(self):
        return "ceil!"

    def __floor__(self):
        return "floor!"

    def __trunc__(self):
        return "trunc!"


class Floaty:
    def __float__(self):
        return 4.75


class Indexy:
    def __index__(self):
        return 9


print(math.ceil(Rounder()), math.floor(Rounder()), math.trunc(Rounder()))
print(math.ceil(Floaty()), math.floor(Floaty()), math.sqrt(Floaty()), math.sqrt(Indexy()))
show("trunc(Floaty())", math.trunc, Floaty())
show("trunc(None)", math.trunc, None)
show("floor('x')", math.floor, "x")
show("sqrt('x')", math.sqrt, "x")
show("sqrt(big)", math.sqrt, 10 ** 400)


class MyFloat(float):
    pass


print(math.floor(MyFloat(3.5)), math.ceil(MyFloat(3.5)), math.trunc(MyFloat(-3.5)))

# classification and angles
for x in [0.0, 1e308, inf, -inf, nan, 5]:
    print("classify", x, math.isfinite(x), math.isinf(x), math.isnan(x))
print("angles", math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(1))

# decomposition
for x in [8.0, 0.75, -3.5, 0.0, -0.0, 5e-324, 1e308, inf, -inf, nan, 10 ** 300]:
    print("frexp", x, math.frexp(x), "modf", math.modf(x))
for x, i in [(0.5, 4), (3, -1), (1, 1023), (1, -1074), (1, -1075), (-1, -1080), (0, 10 ** 30),
             (inf, 5), (1, -10 ** 30), (2, True)]:
    show("ldexp(%r, %r)" % (x, i), math.ldexp, x, i)
show("ldexp(1, 1024)", math.ldexp, 1, 1024)
show("ldexp(1, 10**30)", math.ldexp, 1, 10 ** 30)
show("ldexp(1, 1.5)", math.ldexp, 1, 1.5)
for x in [1, 0, -1e308, 1.7976931348623157e308, 5e-324, inf, nan, 2 ** 52]:
    print("ulp", x, math.ulp(x))
for x, y in [(1, 2), (1, 0), (0, -1), (1.5, 1.5), (inf, 0), (0.0, -0.0)]:
    print("nextafter", x, y, math.nextafter(x, y))

# argument-count and keyword errors
show("sqrt()", math.sqrt)
show("sqrt(1, 2)", math.sqrt, 1, 2)
show("floor(1, 2)", math.floor, 1, 2)
show("log()", math.log)
show("log(1, 2, 3)", math.log, 1, 2, 3)
try:
    math.sqrt(x=4)
except TypeError as e:
    print("kw:", e)
try:
    math.log(x=4)
except TypeError as e:
    print("kw:", e)
print(math.sqrt, math.floor.__name__)
