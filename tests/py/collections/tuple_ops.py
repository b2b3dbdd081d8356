# tuple: construction, indexing and slicing, concatenation and repetition,
# comparison, hashing, count/index, subclasses, and the errors.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

t = (1, 2, 3, 2)
print(t, (), (1,), tuple(), tuple([4, 5]), tuple('ab'), tuple(range(3)), tuple({1: 2}))
print(t[0], t[-1], t[1:3], t[::-1], t[::2], len(t), t.count(2), t.index(2), t.index(2, 2))
print(t + (4,), (0,) * 3, 2 * ('a', 'b'), t * 0, () + ())
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 5), (1, 2) == (1, 2), (1, 2) != (1, 2))
print(2 in t, 7 in t, (1, (2, 3)) == (1, (2, 3)))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) != hash((2, 1)), hash(()) == hash(tuple()))
print(hash((1, 'a', (2.5, None))) == hash((1, 'a', (2.5, None))))
d = {(0, 0): 'origin', (1, 2): 'p'}
print(d[(1, 2)], d[0, 0])
a, b, *rest = (1, 2, 3, 4)
print(a, b, rest)
x = ([1, 2],)
x[0].append(x)
print(x)
attempt(lambda: (1, 2)[5])
key = 'a'
attempt(lambda: (1, 2)[key])
attempt(lambda: (1,) + [2])
attempt(lambda: (1,) * 'a')
attempt(lambda: (1, 2).index(3))
attempt(lambda: hash(([],)))
attempt(lambda: tuple(1))
attempt(lambda: tuple(1, 2))
attempt(lambda: (1, 2).count())
attempt(lambda: (1,) < ('a',))

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]

p = Point(3, 4)
print(p, p.x, p[1], len(p), isinstance(p, tuple), type(p).__name__, p + (5,), p == (3, 4))
print(tuple(p), type(tuple(p)).__name__)
print(sum((1, 2, 3)), max((4, 9, 2)), sorted((3, 1, 2)))
