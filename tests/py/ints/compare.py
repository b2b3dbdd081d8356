# Comparisons between ints and with floats are exact.
print(2**53 + 1 > 2.0**53, 2**53 + 1 == 2.0**53, 2**53 == 2.0**53, 2.0**53 < 2**53 + 1)
print(10**400 > 1e308, -(10**400) < -1e308, 10**400 < float("inf"), -(10**400) > float("-inf"))
print(1 == 1.0, 1 < 1.5, 2 > 1.5, -1 > -1.5, 3 <= 3.0, 3 >= 3.0000000000000004)
nan = float("nan")
print(1 < nan, 1 > nan, 1 == nan, 1 != nan, 10**100 == nan, 10**100 != nan)
print(sorted([3, 2**70, -5, 2.5, -(2**80), 0, True, 1e30]))
print(max(2**100, 1e30), min(-(2**100), -1e30), 2**100 in [1.2676506002282294e30])
print(1 < 2 < 3, 3 > 2**60 > 1, 2**100 == 2**100, 2**100 is not None, (10**20) != (10**20 + 1))
print([x for x in range(-3, 4) if -2 <= x < 2])
try:
    print(1 < "a")
except TypeError as e:
    print(e)
print(1 == "1", 1 != "1", 1 == None, 2**100 == [])
