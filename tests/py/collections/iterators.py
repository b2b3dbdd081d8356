# The builtin iterator classes (enumerate, zip, map, filter, reversed),
# iter(callable, sentinel), the __getitem__ sequence protocol, and
# iterators returning themselves.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(list(enumerate('abc')), list(enumerate('ab', 5)), list(enumerate('ab', start=-1)))
print(list(enumerate(range(2), 2**62)), list(enumerate([], 3)))
print(list(zip('abc', range(5))), list(zip()), list(zip([1])), list(zip('ab', 'cd', 'ef')))
print(list(zip([1, 2], [3, 4], strict=True)))
print(list(map(abs, [-1, 2, -3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(str, range(3))))
print(list(filter(None, [0, 1, '', 'x', None, [], [0]])), list(filter(lambda x: x % 2, range(7))))
print(list(filter(bool, [0, 2])), list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed((1, 2))))
print(list(reversed(range(3))), list(reversed({'a': 1, 'b': 2})))

class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10

print(list(Seq()), list(reversed(Seq())), 20 in Seq(), 25 in Seq())

class OnlyGetitem:
    def __getitem__(self, i):
        if i > 4:
            raise StopIteration
        return i

print(list(OnlyGetitem()), [x for x in OnlyGetitem() if x % 2])

class Rev:
    def __reversed__(self):
        return iter('zyx')

print(list(reversed(Rev())))
counter = iter([1, 2, 3, 4, 5, 6])
print(list(iter(lambda: next(counter), 4)), list(counter))
e = enumerate('xy')
print(iter(e) is e, next(e), next(e), next(e, 'done'))
for name, obj in [('zip', zip()), ('map', map(len, [])), ('filter', filter(None, [])),
                  ('reversed', reversed([])), ('enumerate', enumerate([]))]:
    print(name, type(obj).__name__, iter(obj) is obj, list(obj))
print(type(iter([])).__name__, type(iter(())).__name__, type(iter(range(1))).__name__,
      type(iter(set())).__name__, type(iter({})).__name__, type(iter(Seq())).__name__,
      type(iter(lambda: 1, 1)).__name__, type(reversed([])).__name__)
r = reversed([1, 2, 3])
print(r.__length_hint__(), next(r), r.__length_hint__())
attempt(lambda: list(zip([1], [1, 2], strict=True)))
attempt(lambda: list(zip([1, 2], [1], strict=True)))
attempt(lambda: list(zip([1, 2], [1, 2], [1], strict=True)))
attempt(lambda: list(zip([1], [1], [1, 2], strict=True)))
attempt(lambda: zip(1))
attempt(lambda: zip([], bad=1))
attempt(lambda: map(len))
attempt(lambda: filter(None))
attempt(lambda: reversed(5))
attempt(lambda: reversed({1, 2}))
attempt(lambda: enumerate())
attempt(lambda: enumerate([], 1.5))
attempt(lambda: enumerate([], x=1))
attempt(lambda: next(iter([])))
attempt(lambda: list(map(lambda x: 1 / x, [1, 0])))

def gen():
    yield 1
    yield 2

print(list(enumerate(gen())), list(zip(gen(), gen())), dict(zip('ab', gen())))
