# Ints just past the inline (48-bit) range and up to 128 bits: the wide
# fast paths of + - * // % & | ^ must agree with arbitrary precision.
edges = [0, 1, -1, 2**47 - 1, -2**47, 2**47, -2**47 - 1, 2**62, -2**62,
         2**63 - 1, -(2**63 - 1), 2**63, -2**63, 2**64 + 5, -2**64 - 5,
         1103515245, 2147483648, 12345, 7, -7, True, False]
acc = 0
ops = 0
for a in edges:
    for b in edges:
        for r in (a + b, a - b, a * b, a & b, a | b, a ^ b):
            acc = (acc * 31 + r) % (2**89 - 1)
            ops += 1
        if b:
            q, m = a // b, a % b
            assert q * b + m == a, (a, b)
            acc = (acc * 31 + q + m) % (2**89 - 1)
print(ops, acc)

# An LCG whose products leave the inline range every step.
state = 20240611
total = 0
for _ in range(2000):
    state = (state * 1103515245 + 12345) % 2147483648
    total += state >> 16
print(state, total)

# Results that land exactly on the range boundaries.
print(2**47 - 1 + 1, -2**47 - 1 + 1, (2**63 - 1) * -1, (2**63 - 1) + 1)
print(type(2**62 * 2), (2**62 * 4) // 4 == 2**62, -(2**63) // -1)
print((2**62) % -3, (-2**62) % 3, (-2**62) // 7, 2**62 // -7)
print(divmod(2**62 + 3, 2**31), (2**63 - 1) ^ -1, (2**62) & -(2**62))
