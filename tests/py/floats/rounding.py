# round(): banker's rounding to an int, correctly rounded to n digits.
for v in (0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1e16 + 1, -0.0, 7.0):
    print(v, round(v), type(round(v)).__name__)
cases = [(2.675, 2), (1.005, 2), (0.125, 2), (0.375, 2), (1234.5678, -2), (123.456, -1),
         (-123.456, 1), (1e300, -300), (1.5, -400), (-1.5, -400), (5e-324, 400), (0.5, 0),
         (-0.4, 0), (1.15, 1), (2.5, None), (1e22, 5), (123456.789, -3), (0.285, 2),
         (float("inf"), 2), (float("-inf"), -2), (3.14159, 3), (1.7976931348623157e308, -300)]
for v, n in cases:
    print(v, n, round(v, n))
for bad in ("round(float('inf'))", "round(float('nan'))", "round(1.7976931348623157e308, -308)",
            "round(1.5, 1.5)", "round(1.5, '1')"):
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
print(round(1.5, 2**100), round(1.5, -(2**100)))
print([round(x / 8, 1) for x in range(-8, 9)])
