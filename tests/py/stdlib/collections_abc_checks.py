# collections.abc: structural isinstance checks, register(), mixin methods of
# Sequence/MutableMapping/Set, and abstract-class instantiation errors.
from collections import abc, deque, OrderedDict, Counter

samples = [[], (), "", {}, set(), frozenset(), range(3), b"", iter([]), (x for x in ()),
           len, lambda: 0, 3, 1.5, None, deque(), OrderedDict(), Counter(), {}.keys()]
names = ["Iterable", "Iterator", "Sized", "Container", "Hashable", "Callable",
         "Sequence", "MutableSequence", "Mapping", "MutableMapping", "Set",
         "MutableSet", "Generator", "Collection", "Reversible"]
for s in samples:
    print(type(s).__name__, [n for n in names if isinstance(s, getattr(abc, n))])

class Seq(abc.Sequence):
    def __init__(self, *items):
        self.items = items
    def __getitem__(self, i):
        return self.items[i]
    def __len__(self):
        return len(self.items)
s = Seq(1, 2, 3, 2)
print(list(s), 2 in s, s.index(2), s.count(2), list(reversed(s)), isinstance(s, abc.Iterable))

class Bag(abc.MutableSet):
    def __init__(self, it=()):
        self.d = {}
        for x in it:
            self.add(x)
    def __contains__(self, x):
        return x in self.d
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)
    def add(self, x):
        self.d[x] = True
    def discard(self, x):
        self.d.pop(x, None)
a, b = Bag([1, 2, 3]), Bag([2, 3, 4])
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), a <= Bag([1, 2, 3, 4]), a == Bag([3, 2, 1]))
a -= Bag([1])
print(sorted(a), a.isdisjoint([9]), len(a))

class Reg:
    pass
abc.Sequence.register(Reg)
print(isinstance(Reg(), abc.Sequence), issubclass(Reg, abc.Iterable), issubclass(Reg, abc.Mapping))
class Dummy(abc.Mapping):
    pass
try:
    Dummy()
except TypeError as e:
    print("TypeError", e)
class Half(abc.MutableMapping):
    def __getitem__(self, k): return 1
try:
    Half()
except TypeError as e:
    print("TypeError", e)
class WithLen:
    def __len__(self):
        return 0
class NoHash:
    __hash__ = None
print(isinstance(WithLen(), abc.Sized), isinstance(NoHash(), abc.Hashable), issubclass(WithLen, abc.Container))
