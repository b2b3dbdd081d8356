# bool: the int subclass with two values.
print(True, False, repr(True), str(False), type(True).__name__, isinstance(True, int))
print(True + True, True * 10, True / 2, True // 2, True % 2, True ** 5, -True, ~False)
print(True == 1, False == 0, hash(True), hash(False), True < 2)
print(bool(), bool(0), bool(1), bool(-5), bool(0.0), bool(""), bool("x"), bool([]), bool([0]))
print(bool(None), bool(2**100), bool(0j), bool(1j))
print(int(True), float(False), str(True + 0), format(True, "d"), format(True, ""), format(True, ">6"))
print({True: "a", 1: "b"}, {1: "x", True: "y"}, [True, False].count(1), sum([True, True, False]))
print(True & False, True | False, True ^ True, False ^ True, True & 1, 1 | False)
for bad in ("bool(x=1)", "bool(1, 2)"):
    try:
        print(eval(bad))
    except TypeError as e:
        print(bad, e)
print(True.real, True.imag, True.numerator, True.denominator, True.bit_length(), True.as_integer_ratio())
print(max(True, 0), min(False, -1), abs(True), divmod(True, 2), round(True), (True).conjugate())
