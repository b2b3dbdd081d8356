# float arithmetic, mixing with ints and bools; Python's floor division and modulo.
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.0, 3), (-0.0, 3), (0.0, -3),
         (1e300, 1e-300), (5.0, float("inf")), (-5.0, float("inf")), (3, 0.5), (True, 0.25),
         (2**60, 0.5), (0.1, 0.03)]
for a, b in pairs:
    print(a, b, a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
print(1.5 + 2, 2 + 1.5, 3 * 0.1, 0.1 * 3, 1 - 0.9, 7 / 2.0, 7.0 // 2, -7.0 % 3)
print(2.0 ** 10, 2.0 ** -1, (-2.0) ** 3, (-2.0) ** 2, 4.0 ** 0.5, 2 ** 0.5, 10.0 ** -2)
print((-8.0) ** (1 / 3), (-1) ** 0.5, 0.0 ** 0, float("inf") ** -1, 1.0 ** float("nan"))
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 5e-324 / 2, 2.0 ** -2000)
print(-(1.5), +(-1.5), abs(-2.5), abs(-0.0), -(0.0))
for bad in ("1.0 / 0", "1.0 // 0", "1.0 % 0", "divmod(1.0, 0)", "0.0 ** -1", "10.0 ** 400",
            "(-2.0) ** 1e300", "2**1024 * 1.0", "1.5 << 1", "~1.5", "1.5 & 1"):
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
acc = 0.0
for i in range(1, 101):
    acc += 1.0 / i
print(acc)
x = 2.5
x += 1
x *= 2
x /= 4
x -= 0.25
x **= 2
x //= 1
x %= 3
print(x)
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]), 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15)
