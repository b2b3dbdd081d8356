# fractions.Fraction: construction from ints/floats/strings, exact
# arithmetic, mixing with float, comparisons, hashing, rounding, limits.
from fractions import Fraction as F
import numbers, math
print(F(3, 4), repr(F(6, -8)), F('3/4'), F(' -1.25e2 '), F(0.1), F('1_000/3'), F(F(1, 3)), F(2.5))
a, b = F(1, 3), F(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, a ** -2, (-a) ** -3, a ** F(1, 2), 2 ** F(2), 2 ** F(1, 2))
print(a + 1, 1 + a, a + 0.5, 0.5 + a, a * 3, 3 - a, 1 / a, a < b, a > 0.3, a == F(2, 6), a == 1/3, F(1) == 1, F(1, 2) == 0.5)
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(1, 3)))
print(round(F(5, 2)), round(F(7, 2)), round(F(1, 3), 2), math.floor(F(-7, 2)), math.ceil(F(-7, 2)), int(F(-7, 2)), float(F(1, 3)))
print(F(3.141592653589793).limit_denominator(1000), F(1, 3).limit_denominator(2), F(113, 355).limit_denominator(10))
print(isinstance(F(1), numbers.Rational), isinstance(1, numbers.Integral), isinstance(1.0, numbers.Real), isinstance(1j, numbers.Complex), isinstance(1.0, numbers.Rational), isinstance(True, numbers.Number))
for bad in ['1/0', 'x', '1.2.3', '', '3/']:
    try: print(F(bad))
    except (ValueError, ZeroDivisionError) as e: print(type(e).__name__, e)
try: F(1, 0)
except ZeroDivisionError as e: print(e)
print(sum([F(1, n) for n in range(1, 10)]), abs(F(-2, 3)), bool(F(0)), F(7, 3).as_integer_ratio(), max(F(1,2), F(2,3)))
print(sorted([F(1, 2), 0.3, 1, F(-1, 5)]))
