# typing and collections.abc aliases used as base classes; the mixin
# methods of Sequence/MutableMapping; builtin registrations.
import typing as t
from collections.abc import Iterable, Mapping
import collections.abc as cabc
T = t.TypeVar('T'); U = t.TypeVar('U')
print(isinstance([], t.List), isinstance({}, t.Mapping), isinstance(3, t.Iterable), issubclass(list, t.Sequence))
class MyList(t.List[int]):
    pass
print(MyList.__mro__, MyList([1, 2]), MyList.__orig_bases__)
class Box(t.Generic[T]):
    def __init__(self, v: T): self.v = v
print(Box.__parameters__, Box[int], Box.__mro__, Box(3).v)
class Pair(Box[T], t.Generic[T, U]): pass
print(Pair.__parameters__, Pair.__mro__)
class It(t.Iterator[int]):
    def __init__(self): self.i = 0
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(It()), isinstance(It(), cabc.Iterator), It.__mro__)
print(Iterable[int], Mapping[str, int], cabc.Callable[[int], str])
class C(cabc.Sequence):
    def __getitem__(self, i): return [1,2,3][i]
    def __len__(self): return 3
c = C()
print(list(c), 2 in c, c.index(3), c.count(1), list(reversed(c)), isinstance(c, cabc.Reversible))
class M(cabc.MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = M(); m.update(a=1, b=2); m.setdefault('c', 3)
print(dict(m), m.pop('a'), m.get('z', 9), list(m.items()), m.keys() == {'b', 'c'}, m == {'b': 2, 'c': 3})
try: cabc.Sequence()
except TypeError as e: print(e)
class Bad(cabc.Mapping): pass
try: Bad()
except TypeError as e: print(e)
print(isinstance(len, cabc.Callable), isinstance(lambda: 0, cabc.Callable), isinstance(3, cabc.Callable), isinstance((x for x in []), cabc.Generator))
print(isinstance({}.keys(), cabc.Set), isinstance(frozenset(), cabc.Hashable), isinstance([], cabc.Hashable), isinstance("", cabc.Sequence), isinstance(b"", cabc.ByteString))
