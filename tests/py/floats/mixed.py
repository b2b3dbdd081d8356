# int/float mixing: exact comparisons, hashing equal values, conversions.
print(2**53 + 1 > 2.0**53, 2**53 + 1 == 2.0**53, float(2**53 + 1), int(2.0**53) + 1)
print(10**400 > 1e308, 1e308 < 10**309, 2**1024 > 1.7976931348623157e308, 2**1023 == 2.0**1023)
print(hash(2**60) == hash(2.0**60), hash(0.5) == hash(1 / 2), hash(1e20) == hash(10**20))
print({1: "a", 1.0: "b"}, {2.0: "x", 2: "y"}, len({0, 0.0, False, -0.0}), 10**20 in {1e20})
print(1 / 3 * 3 == 1, 0.1 * 3 == 0.3, 3 * 0.1 == 0.30000000000000004)
print(int(2.5), int(-2.5), int(1e20), float(10**20), float(2**64 - 1), float(-(10**308)))
for bad in ("float(10**400)", "10**400 * 1.0", "1.0 + 10**400", "10**400 / 1.5", "(10**400) ** 0.5"):
    try:
        print(eval(bad))
    except OverflowError as e:
        print(bad, e)
print((10**400) // 1e300 if False else "skip", 10**20 / 10**10, 2**1100 // 2**1000, 7 // 2.0)
print(sorted([1, 1.5, 0.5, True, -1, 2**0.5]), max(1, 1.0), min(1.0, 1), max(2, 2.5))
print(divmod(7, 2.5), divmod(-7, 2.5), divmod(2**70, 0.5), 7 % 2.5, -7 % 2.5, pow(2, 0.5), pow(2.0, 3))
print(round(7 / 3, 3), round(2**0.5, 5), abs(-3) * 1.5, 5 - 0.5, True + 0.5, False * 2.5)
