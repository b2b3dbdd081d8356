# random: the Mersenne Twister's outputs for many int, negative, big, float,
# str and bytes seeds, getrandbits of every width, and getstate/setstate.
import random

for s in [0, 1, 2, 42, 12345, 2**31 - 1, 2**32, 2**32 + 1, 2**64 - 1, 2**100 + 12345,
          -1, -42, -(2**70), 10**50, True, False]:
    random.seed(s)
    print("seed", s, random.random(), random.random(), random.getrandbits(64))

for s in ["", "a", "hello world", "x" * 200, "caf\u00e9 \u2713", b"", b"bytes seed",
          bytearray(b"ba"), 1.5, -1.5, 0.0, 1e300]:
    random.seed(s)
    print("seed", repr(s)[:30], random.random(), random.randrange(1000))

random.seed("abc", version=1)
print("version 1 str", random.random())
random.seed(b"abc", version=1)
print("version 1 bytes", random.random())

random.seed(99)
for k in [0, 1, 2, 7, 31, 32, 33, 63, 64, 65, 100, 128, 1000]:
    print("bits", k, random.getrandbits(k))
print("randbytes", random.randbytes(0), random.randbytes(5), random.randbytes(17).hex())

r = random.Random(2024)
state = r.getstate()
print("state", state[0], len(state[1]), state[1][-1], state[2])
a = [r.random() for _ in range(700)]
r.setstate(state)
b = [r.random() for _ in range(700)]
print("replay", a == b, a[-1])
mid = r.getstate()
print("mid index", mid[1][-1])
r.gauss(0, 1)
s2 = r.getstate()
print("gauss cached", s2[2] is not None)
x = r.gauss(0, 1)
r.setstate(s2)
print("gauss replay", r.gauss(0, 1) == x)

for bad in [(1, 2), "state", (3, (0,) * 10, None), (9, (), None)]:
    try:
        r.setstate(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    random.getrandbits(-1)
except ValueError as e:
    print("ValueError", e)
try:
    random.seed([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    random.Random(1, 2)
except TypeError as e:
    print("TypeError", e)
