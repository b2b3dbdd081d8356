# set and frozenset: reprs and iteration order of int sets, the algebra
# (operators and methods with several arguments), comparisons, hashing,
# in-place operators, subclasses and errors.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = set()
for x in [5, 3, 9, 1, 3, 12, 33]:
    s.add(x)
print(s, len(s), 3 in s, 4 in s, set(), frozenset(), frozenset([2, 1]))
t = set(range(0, 20, 3))
print(t, sorted(t))
print(s | t, s & t, s - t, t - s, s ^ t)
print(s.union([100], (101,)), s.intersection(t, {9}), s.difference([1], [3]), s.symmetric_difference([1, 2]))
print(s.issubset(s | {0}), s.issuperset([1, 3]), s.isdisjoint([2, 4]), s <= s, s < s, s >= {1}, s > s)
print({1, 2} == {2, 1}, {1, 2} == frozenset([1, 2]), {1} != {1, 2}, set() == frozenset())
u = set([1, 2, 3])
u |= {4}
u &= {1, 2, 4, 8}
u -= {2}
u ^= {1, 16}
print(u)
u.update([7], (8,))
u.intersection_update(range(10))
u.difference_update([8])
u.symmetric_difference_update({0, 4})
print(u)
u.discard(100)
u.remove(7)
print(u, u.pop(), u)
u.clear()
print(u)
f = frozenset('abc')
print(sorted(f), type(f | {'z'}).__name__, type({'z'} | f).__name__, type(f.copy()).__name__, f.copy() is f)
print(hash(frozenset([1, 2, 3])) == hash(frozenset([3, 2, 1])), hash(frozenset()) == hash(frozenset([])))
g = {frozenset([1, 2]): 'a'}
print(g[frozenset([2, 1])], {1, 2} in {frozenset([1, 2])}, frozenset([1]) in [{1}])
print(set('hello') == set('olleh'), sorted(set('mississippi')), {x % 5 for x in range(20)})
print(set([(1, 2), (3, 4)]), {None, True, 2.5} == {2.5, True, None}, {1, 1.0, True})
big = set(range(1000))
for n in range(0, 1000, 2):
    big.discard(n)
print(len(big), min(big), max(big), sum(big))
a = set([10, 20, 30, 40, 50, 60])
a -= {20}
print(a)
print({i * 8 for i in range(10)}, set(range(-5, 5)))
attempt(lambda: set().pop())
attempt(lambda: {1}.remove(2))
attempt(lambda: {[1]})
attempt(lambda: {1}.add([]))
attempt(lambda: [1] in {1})
attempt(lambda: {1} | [2])
attempt(lambda: {1} < [1])
attempt(lambda: hash({1}))
attempt(lambda: frozenset([1]).add(2))
attempt(lambda: set(1, 2))
attempt(lambda: set(1))
attempt(lambda: {1}.union(1))
attempt(lambda: {1}.issubset(5))

def mutate():
    m = {1, 2, 3}
    for x in m:
        m.add(x + 10)
attempt(mutate)

class Tags(set):
    pass

tg = Tags([3, 1])
print(tg, type(tg).__name__, type(tg | {2}).__name__, tg == {1, 3}, Tags(), frozenset({Tags([1]) and 1}))
class Frozen(frozenset):
    pass
print(Frozen([1, 2]), Frozen(), type(Frozen([1]) & {1}).__name__)
