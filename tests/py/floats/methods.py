# float methods: is_integer, as_integer_ratio, hex/fromhex, conjugate, real/imag, rounding dunders.
for v in (0.0, -0.0, 1.0, 2.5, -2.5, 0.1, 1e300, 5e-324, 1e16, -7.75):
    print(v, v.is_integer(), v.as_integer_ratio(), v.hex(), v.conjugate(), v.real, v.imag,
          v.__trunc__(), v.__floor__(), v.__ceil__(), v.__int__())
for s in ("0x1.8p1", " 0x1.8000000000000p+0 ", "-0x1p-1074", "0x1p-1075", "0x3p-1075", "0X1P+3",
          "1.", "0x.8", "abc", "inf", "-infinity", "nan", "0x1.fffffffffffff7p1023"):
    print(repr(s), float.fromhex(s))
for bad in ("float.fromhex('0x1.fffffffffffff8p1023')", "float.fromhex('0x')", "float.fromhex('1p')",
            "float.fromhex('0x1g')", "float('inf').as_integer_ratio()", "float('nan').as_integer_ratio()",
            "float('inf').__floor__()", "float('nan').__trunc__()"):
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
print(float("inf").hex(), (-0.0).hex(), (2.0 ** -1022).hex(), float.fromhex((0.1).hex()) == 0.1)
print((2.5).__round__(), (3.5).__round__(), (2.5).__divmod__(2), (2.5).__rdivmod__(7), (2.5).__getnewargs__())
print(float.__getformat__("double"), (1.5).__float__(), (-1.5).__abs__(), float.__mul__(2.0, 3))
print(float.__add__(1.5, 1), (1.5).__radd__(1), (1.5).__eq__(1.5), (1.5).__lt__(2), (1.5).__add__("x"))
