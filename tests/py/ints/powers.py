# ** on ints: exact results, negative exponents give floats, three-argument pow.
for base in (0, 1, -1, 2, -2, 3, 10, -10, 2**50):
    print(base, [base ** e for e in range(6)])
print(2 ** 100, (-3) ** 41, 7 ** 77)
print(2 ** -1, 2 ** -2, (-2) ** -3, 10 ** -5, 4 ** 0.5, 2 ** 0.5, 0 ** 0)
print((-8) ** (1 / 3))
print(pow(3, 4), pow(3, 4, 5), pow(2, 100, 10**9 + 7), pow(-3, 3, 7), pow(3, 3, -7))
print(pow(3, -1, 7), pow(38, -1, 97), pow(-2, -3, 11), pow(5, 0, 1), pow(5, -1, 1))
print(pow(2, 10**6, 10**9) , pow(10**30, 10**30, 12345))
for bad in ("0 ** -1", "pow(2, -1, 4)", "pow(2, 3, 0)", "pow(0, -2)"):
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
print(2 ** 64 == 18446744073709551616, (2 ** 64) ** 2 == 2 ** 128)
