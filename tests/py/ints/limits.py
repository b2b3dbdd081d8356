# The 4300-digit limit on int <-> decimal string conversion.
big = 10**4299
print(len(str(big)), len(repr(-big)))
try:
    str(10**4300)
except ValueError as e:
    print(e)
try:
    int("1" * 4301)
except ValueError as e:
    print(e)
try:
    f"{10**5000}"
except ValueError as e:
    print(e)
print(len(hex(10**5000)), len(format(10**5000, "x")), int("f" * 5000, 16) % 1000)
print(int("1" * 4300) % 97, len(str(int("1" * 4300))))
