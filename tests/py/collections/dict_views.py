# dict views: reprs, live updates, reversed, membership, set operations
# on keys and items, comparisons, and iteration errors.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
d['d'] = 4
print(len(k), list(v), ('d', 4) in i, ('d', 5) in i, 'a' in k, 4 in v)
print(list(reversed(d)), list(reversed(k)), list(reversed(v)), list(reversed(i)))
# (str sets print in hash order, which CPython randomises: sort them)
print(k & {'a', 'z'}, sorted(k | {'z'}), sorted(k - {'a', 'b'}), sorted(k ^ {'a', 'q'}))
print(type(k | {'z'}).__name__, type(i - set()).__name__, d.keys() & [5], d.items() - d.items())
print({'b', 'x'} & k, ['a'] + sorted({'q'} | k), {'a', 'q'} - k)
print(i & {('a', 1), ('b', 0)}, sorted(i | {('z', 26)}))
print(k == {'a', 'b', 'c', 'd'}, k == {'a'}, k < {'a', 'b', 'c', 'd', 'e'}, k >= {'a'})
print(i == {('a', 1), ('b', 2), ('c', 3), ('d', 4)}, k.isdisjoint({'x'}), k.isdisjoint('a'))
print(v == v, d.keys() == d.keys())
print(type(k).__name__, type(iter(k)).__name__, type(iter(i)).__name__, type(reversed(v)).__name__)
for key, value in d.items():
    print(key, value, end='; ')
print()
print(dict.fromkeys(k, 0), sorted(set(k)), sorted(v), list(zip(k, v)))
n = {1: 'a', 2: 'b', 9: 'c'}
print(n.keys() | {3}, n.keys() - {2}, n.keys() ^ {9, 10}, {0, 1} & n.keys(), n.items() & {(9, 'c')})
it = iter(d)
print(next(it), it.__length_hint__())
attempt(lambda: hash(k))
attempt(lambda: k | 1)
attempt(lambda: k & 1)

def grow_during_view():
    e = {1: 2}
    for x in e.values():
        e[x + 1] = 0
attempt(grow_during_view)

def shrink_during_items():
    e = {1: 2, 3: 4}
    for x in e.items():
        del e[3]
attempt(shrink_during_items)

def swap_keys():
    e = {1: 0, 2: 0}
    for x in e:
        del e[x]
        e[x + 100] = 0
attempt(swap_keys)
print({}.keys(), {}.items(), {1: {}.values()})
