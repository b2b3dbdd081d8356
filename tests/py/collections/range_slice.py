# range and slice objects: construction, len, indexing and slicing,
# membership, index/count, reversed, equality, hashing, huge bounds.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

r = range(10)
print(r, range(2, 8), range(0, 20, 3), range(5, 0, -1), len(r), r[3], r[-1], list(r[2:8:2]))
print(r[::-1], r[1:], r[:-2], r[::3], range(0, 20, 3)[1::2], range(5, 0, -1)[::2])
print(list(range(5, 0, -2)), list(range(0)), list(range(3, 3)), list(range(-3, 3)), len(range(10, 0)))
print(7 in r, 10 in r, -1 in r, 3.0 in r, 'a' in r, True in r, 6 in range(0, 20, 3), 7 in range(0, 20, 3))
print(r.index(4), r.count(4), r.count(11), range(0, 20, 3).index(9), r.count(2.0))
print(range(3) == range(3), range(0) == range(5, 2), range(0, 3, 2) == range(0, 4, 2), range(1, 2) == range(1, 2, 7))
print(hash(range(0)) == hash(range(3, 3)), hash(range(1, 2)) == hash(range(1, 2, 9)), range(3) != [0, 1, 2])
print(r.start, r.stop, r.step, range(1, 9, 2).step, bool(range(0)), bool(range(1)))
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(range(0))))
big = range(2**64, 2**64 + 10, 3)
print(big, len(big), big[1], list(big), 2**64 + 3 in big, big.index(2**64 + 6))
huge = range(-2**70, 2**70)
print(huge[2**69], huge[-1], 0 in huge, huge[::2**68])
attempt(lambda: len(huge))
attempt(lambda: range())
attempt(lambda: range(1, 2, 0))
attempt(lambda: range(1.5))
attempt(lambda: range(1, 2, 3, 4))
attempt(lambda: range(5)[5])
attempt(lambda: range(5)['a'])
attempt(lambda: range(5).index(7))
attempt(lambda: range(5)[::0])
total = 0
for i in range(100000):
    total += i
print(total)
it = iter(range(3))
print(next(it), it.__length_hint__(), list(it))

s = slice(1, 10, 2)
print(s, slice(5), slice(None, None, -1), s.start, s.stop, s.step, slice(1, 2).step)
print(s.indices(5), slice(None).indices(3), slice(-100, 100, -1).indices(10), slice(2, None, -2).indices(7))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3))
print('abcdefgh'[s], [0, 1, 2, 3, 4, 5][slice(None, None, -2)], (0, 1, 2, 3)[slice(1, None)])

class Idx:
    def __index__(self):
        return 2

print([10, 20, 30, 40][Idx()], [10, 20, 30, 40][Idx():], range(10)[Idx()], slice(Idx()).indices(5))
attempt(lambda: hash(slice(1)))
attempt(lambda: slice())
attempt(lambda: slice(1, 2).indices(-1))
attempt(lambda: slice('a').indices(3))
attempt(lambda: [1, 2, 3]['a':'b'])
