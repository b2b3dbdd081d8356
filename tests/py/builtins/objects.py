# getattr/setattr/hasattr/delattr, callable, hash, id, isinstance,
# issubclass, vars, dir.
class P:
    cls_attr = 1

    def __init__(self):
        self.x = 10

    def method(self):
        return "m"


p = P()
print(getattr(p, "x"), getattr(p, "cls_attr"), getattr(p, "nope", "dflt"), getattr(p, "method")())
setattr(p, "y", 20)
print(p.y, hasattr(p, "y"), hasattr(p, "zz"), hasattr(p, "method"))
delattr(p, "y")
print(hasattr(p, "y"), sorted(vars(p)), vars(p) is p.__dict__)
print(callable(len), callable(P), callable(p), callable(p.method), callable(5), callable(None))
print(hash(1) == hash(1.0), hash("a") == hash("a"), hash(()) == hash(()), hash(True), hash(-1))
print(id(p) == id(p), id(p) != id(P()), type(id(p)).__name__)
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance(1, (str, (float, int))))
print(isinstance(p, P), isinstance(p, object), isinstance(P, type), isinstance("s", str))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(P, P), issubclass(KeyError, LookupError))


class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"

    def __subclasscheck__(cls, sub):
        return sub is int


class Magic(metaclass=Meta):
    pass


print(isinstance("magic", Magic), isinstance("other", Magic), issubclass(int, Magic), issubclass(str, Magic))
print(isinstance(1, int | str), issubclass(bool, int | None))
d = dir(p)
print([n for n in d if not n.startswith("__")], "__init__" in d, d == sorted(d))
print([n for n in dir(P) if not n.startswith("__")], "x" in dir(P))
print("append" in dir([]), "keys" in dir({}), "__add__" in dir(1), dir(int) == sorted(dir(int)))


class WithDir:
    def __dir__(self):
        return ["b", "a", "c"]


print(dir(WithDir()))
for t in [lambda: getattr(1, 2), lambda: getattr(1, "x"), lambda: getattr(1),
          lambda: hasattr(1, 2), lambda: setattr(1, 2, 3), lambda: setattr(1, "x", 3),
          lambda: delattr(1, 2), lambda: delattr(p, "nothere"), lambda: hash([]),
          lambda: hash({}), lambda: isinstance(1, 5), lambda: isinstance(1, (str, (float, 5))),
          lambda: issubclass(1, int), lambda: issubclass(int, 1), lambda: vars(5),
          lambda: callable(), lambda: id(), lambda: isinstance(1)]:
    try:
        print("ok", t())
    except Exception as e:
        print(type(e).__name__ + ":", e)
