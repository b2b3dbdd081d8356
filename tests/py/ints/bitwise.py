# Shifts and bitwise operators, including negatives (two's complement) and big ints.
vals = [0, 1, -1, 5, -5, 255, -256, 2**47 - 1, -2**47, 2**70 + 5, -(2**70) - 5]
for a in vals:
    for b in (3, -3, 2**64 - 1, -(2**65)):
        print(a & b, a | b, a ^ b, end="; ")
    print()
for a in (1, -1, 7, -7, 2**40, -(2**90)):
    print(a << 0, a << 1, a << 47, a << 100, a >> 1, a >> 3, a >> 100)
print(1 << 64, -1 >> 1000, (1 << 1000) >> 998, ~0, ~(2**100))
for bad in ("1 << -1", "1 >> -1", "1 << 1.0", "1 & 1.5"):
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
print(True & True, True | False, True ^ True, True & 3, type(True & False).__name__, ~True, -True)
