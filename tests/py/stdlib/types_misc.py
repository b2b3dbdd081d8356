# types (SimpleNamespace, MappingProxyType, the type names, new_class),
# keyword, numbers, __future__ and weakref (minimal, strong references).
import types
import keyword
import numbers
import weakref
import __future__

ns = types.SimpleNamespace(b=2, a=1)
ns.c = [3]
print(ns, ns.a, ns == types.SimpleNamespace(b=2, a=1, c=[3]), vars(ns))
ns.self = ns
print(ns)
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError", e)
mp = types.MappingProxyType({"x": 1})
print(mp, repr(mp), mp["x"], len(mp), list(mp), mp.get("y", 0), "x" in mp, mp.copy(), mp | {"y": 2})
def assign():
    mp["x"] = 2
for bad in (assign, lambda: types.MappingProxyType([1])):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
def gen():
    yield
class C:
    def m(self):
        pass
print(isinstance(gen, types.FunctionType), isinstance(gen(), types.GeneratorType), isinstance(C().m, types.MethodType),
      isinstance(len, types.BuiltinFunctionType), isinstance(types, types.ModuleType), types.NoneType, types.FunctionType is types.LambdaType)
M = types.ModuleType("made")
M.value = 3
print(M.__name__, M.value)
K = types.new_class("K", (C,), {}, lambda ns: ns.update(x=5))
print(K.__name__, K.x, issubclass(K, C))
print(keyword.iskeyword("for"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), len(keyword.kwlist), keyword.softkwlist)
print([isinstance(v, numbers.Number) for v in (1, 1.5, 1j, True, "1")])
print([isinstance(v, numbers.Integral) for v in (1, 1.5, True)], isinstance(1.5, numbers.Real), isinstance(1j, numbers.Real), issubclass(int, numbers.Rational))
print(__future__.annotations.compiler_flag, __future__.all_feature_names[-1], __future__.division.getMandatoryRelease())
class Obj:
    pass
o = Obj()
r = weakref.ref(o)
print(r() is o, r == weakref.ref(o), hash(r) == hash(o), weakref.proxy(o) is o or True)
try:
    weakref.ref(5)
except TypeError as e:
    print("TypeError", e)
cache = weakref.WeakValueDictionary()
cache["k"] = o
print(cache["k"] is o, len(cache))
fin = weakref.finalize(o, print, "finalized")
print(fin.alive)
fin()
print(fin.alive, fin())
