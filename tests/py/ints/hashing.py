# Hashes match CPython's modular scheme, so equal numbers hash equal.
vals = [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, 2**61 + 1, -(2**61), 2**64, -(2**64),
        2**100, 10**30, -(10**30), 123456789012345678901234567890]
for v in vals:
    print(v, hash(v))
print(hash(1) == hash(1.0) == hash(True), hash(2**70) == hash(2.0**70), hash(-3) == hash(-3.0))
d = {10**20: "big"}
print(d[10**20], d.get(1e20), {1, 1.0, True}, len({2**80, 2.0**80}))
