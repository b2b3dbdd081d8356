# Attribute sites cache (class, shape) pairs, several per site when the
# receivers vary; every change of class or shape must be noticed.


class A:
    def __init__(self):
        self.x = 1
        self.y = 2

    def get(self):
        return self.x


class B(A):
    def __init__(self):
        self.y = 20  # another attribute order: another shape
        self.x = 10


class C(A):
    pass


class D:
    x = "class attr"


def read_x(o):
    return o.x


objs = [A(), B(), C(), D(), A(), B()]
for _ in range(10):
    print([read_x(o) for o in objs])
    break
for _ in range(30):
    [read_x(o) for o in objs]
print([read_x(o) for o in objs])

# Many receiver classes at one site: more than the polymorphic cache holds.
classes = [type("K%d" % i, (), {"x": i}) for i in range(12)]
insts = [k() for k in classes]
for i, o in enumerate(insts):
    if i % 3 == 0:
        o.x = -i
print([read_x(o) for o in insts] * 1 == [read_x(o) for o in insts], [read_x(o) for o in insts])

# Shapes changing under a cached store and load.
a = A()
for i in range(20):
    a.x = i
print(a.x, a.get())
del a.x
print(a.get() if hasattr(a, "x") else "no x", hasattr(a, "x"))
a.x = 5
a.z = 9
print(a.get(), a.z, sorted(a.__dict__))
a.__dict__["x"] = 77  # dict mode
print(a.get(), read_x(a))


# A property added to the class shadows the instance attribute.
class E:
    def __init__(self, v):
        self.v = v


def read_v(o):
    return o.v


es = [E(i) for i in range(5)]
print([read_v(e) for e in es])
E.v = property(lambda self: "prop")
print([read_v(e) for e in es])
del E.v
print([read_v(e) for e in es])

# Class attribute changes under LOAD_ATTR_CLASS.
print([read_x(D()) for _ in range(3)])
D.x = "changed"
print(read_x(D()))


# Method sites with several receiver classes, then a class gains an override.
class Shape:
    def area(self):
        return 0


class Sq(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class Ci(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3 * self.r * self.r


def total(shapes):
    return sum(s.area() for s in shapes)


shapes = [Sq(2), Ci(1), Shape(), Sq(3)] * 5
print(total(shapes))
Shape.area = lambda self: 1000
print(total(shapes))
shapes[0].area = lambda: -1
print(total(shapes))


# Stores adding attributes in __init__ shared by subclasses.
class Base:
    def __init__(self, n):
        self.n = n
        self.m = n * 2


class S1(Base):
    pass


class S2(Base):
    def __init__(self, n):
        self.first = True
        super().__init__(n)


made = [cls(i) for i in range(10) for cls in (Base, S1, S2)]
print([(o.n, o.m, getattr(o, "first", None)) for o in made[:6]])
print(sum(o.m for o in made))


class Slots:
    __slots__ = ("n", "m")

    def __init__(self, n):
        self.n = n
        self.m = n


print([Slots(i).m for i in range(3)])
