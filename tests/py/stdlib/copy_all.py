# copy: shallow and deep copies of containers, instances (dict and slots),
# shared/cyclic structure, __copy__/__deepcopy__, __reduce__, memo.
import copy

class P:
    def __init__(self, x, tags):
        self.x = x
        self.tags = tags
    def __repr__(self):
        return "P(%r, %r)" % (self.x, self.tags)
p = P(1, ["a"])
s, d = copy.copy(p), copy.deepcopy(p)
p.tags.append("b")
print(s, d, s.tags is p.tags, d.tags is p.tags)

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = [1]
class Sub(Slotted):
    __slots__ = ("c",)
x = Sub()
x.c = {"k": [1]}
y = copy.deepcopy(x)
print(y.a, y.c, hasattr(y, "b"), y.a is x.a, y.c["k"] is x.c["k"])

class WithState:
    def __init__(self):
        self.v = 1
    def __getstate__(self):
        return {"v": self.v * 10}
    def __setstate__(self, st):
        self.v = st["v"] + 1
print(copy.copy(WithState()).v, copy.deepcopy(WithState()).v)

class Reduced:
    def __init__(self, a, b=0):
        self.a, self.b = a, b
    def __reduce__(self):
        return (Reduced, (self.a, self.b))
r = copy.deepcopy(Reduced([1], 2))
print(r.a, r.b)

class L(list):
    pass
class D(dict):
    pass
l = L([[1], 2]); l.extra = "e"
dd = D(a=[1]); dd.flag = True
l2, d2 = copy.deepcopy(l), copy.copy(dd)
print(type(l2).__name__, l2, l2.extra, l2[0] is l[0], type(d2).__name__, d2, d2.flag, d2["a"] is dd["a"])
shared = [1]
t = (shared, shared, "s")
t2 = copy.deepcopy(t)
print(t2, t2[0] is t2[1], t2[0] is shared, copy.deepcopy((1, "a")) is not None)
cyc = {"self": None}
cyc["self"] = cyc
c2 = copy.deepcopy(cyc)
print(c2["self"] is c2, c2 is cyc)
memo = {}
a = [1]
b = copy.deepcopy([a, a], memo)
print(b[0] is b[1], id(a) in memo)
print(copy.copy(frozenset([1])), copy.deepcopy({1, 2}), copy.copy(bytearray(b"ab")), copy.deepcopy(range(3)), copy.copy(int) is int)
def f():
    pass
print(copy.deepcopy(f) is f, copy.copy(len) is len, copy.deepcopy([f])[0] is f)
class Meth:
    def m(self):
        return self.n
    n = 4
bound = Meth().m
print(copy.deepcopy(bound)(), copy.copy(None), copy.deepcopy(3.5))
