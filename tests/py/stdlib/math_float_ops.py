# math functions of two or more floats: pow, fmod, remainder, atan2,
# copysign, hypot, dist, isclose, fsum, prod, and log with a base or of
# ints too large for a float.
import math

inf, nan = math.inf, math.nan


def show(label, f, *args, **kw):
    try:
        print(label, repr(f(*args, **kw)))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(label, type(e).__name__ + ":", e)


specials = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, 3.0, -3.0, inf, -inf, nan]
for name in ["pow", "fmod", "remainder", "atan2", "copysign"]:
    f = getattr(math, name)
    for x in specials:
        row = []
        for y in specials:
            try:
                row.append(repr(f(x, y)))
            except ValueError:
                row.append("VE")
            except OverflowError:
                row.append("OE")
        print(name, x, " ".join(row))
show("pow(10, 400)", math.pow, 10, 400)
show("pow(-8, 1/3)", math.pow, -8, 1 / 3)
show("pow(2, 10**400)", math.pow, 2, 10 ** 400)
show("pow(1)", math.pow, 1)
show("fmod(7, 3)", math.fmod, 7, 3)
show("remainder(10, 4)", math.remainder, 10, 4)
show("remainder(11, 4)", math.remainder, 11, 4)

# hypot and dist: correctly rounded norms
print("hypot", math.hypot(), math.hypot(-3), math.hypot(3, 4), math.hypot(1, 2, 2),
      math.hypot(1e308, 1e308), math.hypot(1e-320, 1e-320), math.hypot(inf, nan),
      math.hypot(nan, 1), math.hypot(0.1, 0.2, 0.3, 0.4))
vals = [((i * 7919) % 1000 - 500) / 37.0 for i in range(60)]
for k in range(2, 7):
    print("hypot", k, math.hypot(*vals[k:2 * k]), math.dist(vals[:k], vals[k:2 * k]))
print("dist", math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], (4, 5, 6)), math.dist((), ()),
      math.dist(iter([1.5]), (0,)))
show("dist mismatch", math.dist, (1, 2), (1,))
show("dist str", math.dist, (1, "a"), (1, 2))
show("dist int", math.dist, 1, 2)
show("hypot str", math.hypot, 1, "a")

# isclose
print("isclose", math.isclose(1, 1 + 1e-10), math.isclose(1, 1.1), math.isclose(0, 1e-10),
      math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(100, 101, rel_tol=0.01),
      math.isclose(inf, inf), math.isclose(inf, -inf), math.isclose(nan, nan),
      math.isclose(a=1, b=1.0))
show("isclose neg tol", math.isclose, 1, 2, rel_tol=-1)
show("isclose 3 pos", math.isclose, 1, 2, 3)
show("isclose bad kw", math.isclose, 1, 2, tol=3)
show("isclose missing", math.isclose, 1)
show("isclose dup", math.isclose, 1, 2, a=1)

# fsum: exact; the classic cancellation cases
print("fsum", math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1, 1e100, 1, -1e100]),
      math.fsum([1e-16, 1, 1e16]), math.fsum([]), math.fsum(range(10)),
      math.fsum(iter([0.5, 0.25])), math.fsum([2 ** 53, 1, 1e-16]))
print("fsum half-even", math.fsum([1.0, 2.0 ** -53]), math.fsum([1.0, 2.0 ** -53, 2.0 ** -80]),
      math.fsum([1.0, -(2.0 ** -54), -(2.0 ** -80)]))
print("fsum special", math.fsum([inf, 1]), math.fsum([inf, inf]), math.fsum([nan, 1]),
      math.fsum([-inf, 1e308]))
show("fsum inf-inf", math.fsum, [inf, -inf])
show("fsum overflow", math.fsum, [1e308, 1e308])
show("fsum overflow2", math.fsum, [1.7976931348623157e308, 1e292])
show("fsum str", math.fsum, [1, "a"])
show("fsum int", math.fsum, 1)
terms = [(-1) ** k / (2 * k + 1) for k in range(1000)]
print("fsum leibniz", math.fsum(terms) * 4, math.fsum(reversed(terms)) * 4)

# prod: start, exact ints, any multiplication
print("prod", math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 4]),
      math.prod(range(1, 21)), math.prod([2 ** 60, 2 ** 60]), math.prod([True, True]),
      math.prod(["ab", 2]), math.prod([], start="x"), math.prod([1.5], start=2))
show("prod 2 pos", math.prod, [1], 2)
show("prod bad kw", math.prod, [1], x=3)
show("prod none", math.prod)
show("prod mix", math.prod, [[1]], start=[2])

# logs: bases, big ints, domain errors
print("log", math.log(8, 2), math.log(100, 10), math.log(1), math.log(math.e), math.log(0.5, 4))
print("log big", math.log(10 ** 1000), math.log(10 ** 1000, 10), math.log2(2 ** 2000),
      math.log10(10 ** 500), math.log(2 ** 1024), math.log2(3 ** 2000), math.log(7 ** 999, 7 ** 3))
for x in [0, -1, -(10 ** 1000), 0.0, -inf, False]:
    show("log(%r)" % x, math.log, x)
show("log(1, 1)", math.log, 1, 1)
show("log(2, 0)", math.log, 2, 0)
show("log(2, 'a')", math.log, 2, "a")
print("log inf/nan", math.log(inf), math.log(nan), math.log2(inf), math.log10(nan))
