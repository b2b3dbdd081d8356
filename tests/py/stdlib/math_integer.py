# math's integer functions: isqrt, gcd, lcm, factorial, comb, perm —
# exact for big ints, with CPython's errors for bad arguments.
import math


def show(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except (ValueError, OverflowError, TypeError) as e:
        print(label, type(e).__name__ + ":", e)


print("isqrt", [math.isqrt(n) for n in range(20)])
for n in [10 ** 40 + 12345, 2 ** 127, 2 ** 128 - 1, 10 ** 100, 3 ** 301]:
    r = math.isqrt(n)
    print("isqrt", r, r * r <= n < (r + 1) * (r + 1))
show("isqrt(-1)", math.isqrt, -1)
show("isqrt(2.0)", math.isqrt, 2.0)
show("isqrt(True)", math.isqrt, True)


class Idx:
    def __index__(self):
        return 36


print("index", math.isqrt(Idx()), math.factorial(Idx()) % 1000007, math.gcd(Idx(), 48))

print("gcd", math.gcd(), math.gcd(7), math.gcd(-7), math.gcd(12, 18), math.gcd(0, 0),
      math.gcd(-12, -18), math.gcd(24, 36, 60), math.gcd(2 ** 200, 6 ** 100), math.gcd(True, 4))
print("lcm", math.lcm(), math.lcm(-5), math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm(0, 5),
      math.lcm(-4, 6), math.lcm(2 ** 70, 3), math.lcm(10 ** 20, 10 ** 21 + 1))
show("gcd(1.5)", math.gcd, 1.5)
show("lcm(2, 0, 'a')", math.lcm, 2, 0, "a")
show("gcd(0, 'a')", math.gcd, 0, "a")

for n in [0, 1, 5, 20, 21, 30, 100]:
    print("factorial", n, math.factorial(n))
print("factorial 1000 digits", len(str(math.factorial(1000))))
show("factorial(-1)", math.factorial, -1)
show("factorial(-10**30)", math.factorial, -(10 ** 30))
show("factorial(10**20)", math.factorial, 10 ** 20)
show("factorial(5.0)", math.factorial, 5.0)
show("factorial('5')", math.factorial, "5")

print("comb", math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(52, 5),
      math.comb(3, 5), math.comb(100, 50), math.comb(10 ** 30, 3), math.comb(2 ** 64, 2 ** 64 - 1))
print("perm", math.perm(5, 2), math.perm(5), math.perm(5, None), math.perm(10, 3), math.perm(3, 5),
      math.perm(10 ** 30, 2), math.perm(0), math.perm(20, 20) == math.factorial(20))
print("perm big k", math.perm(300, 150) == math.factorial(300) // math.factorial(150))
print("comb row", [math.comb(12, k) for k in range(13)])
for args in [(-1, 2), (2, -1), (1.0, 2), (5, "a"), (10 ** 20, 10 ** 19), (2 ** 64, 2 ** 63),
             (-(2 ** 64), 3), (10 ** 19, 2 ** 64)]:
    show("comb%r" % (args,), math.comb, *args)
for args in [(5, -1), (-5,), (2 ** 64, 2 ** 63), (10 ** 19, 2 ** 64), (5, 1.0)]:
    show("perm%r" % (args,), math.perm, *args)
show("comb(5)", math.comb, 5)
show("perm()", math.perm)
show("perm(1, 2, 3)", math.perm, 1, 2, 3)
