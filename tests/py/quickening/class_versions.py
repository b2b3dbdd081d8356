# Inline caches key on each class's version: changing one class (or a base)
# must be seen by every warmed-up site that depends on it, and must not
# disturb sites that depend on other classes.


class Base:
    kind = "base"
    count = 0

    def __init__(self, x):
        self.x = x
        Base.count += 1  # a class attribute changing in a hot path

    def describe(self):
        return "Base(%d)" % self.x


class Child(Base):
    def describe(self):
        return "Child(%d)" % self.x


class Other:
    def __init__(self, x):
        self.x = x

    def describe(self):
        return "Other(%d)" % self.x


def warm(objs, n=60):
    out = None
    for _ in range(n):
        out = [(o.x, o.kind if hasattr(o, "kind") else None, o.describe()) for o in objs]
    return out


objs = [Base(1), Child(2), Other(3)]
print(warm(objs))
print("count", Base.count)

# A base's class attribute changes: the subclass sees it, Other is unaffected.
Base.kind = "changed"
print(warm(objs))

# A method replaced on the base: Child keeps its own, Base uses the new one.
Base.describe = lambda self: "new Base(%d)" % self.x
print(warm(objs))
del Child.describe
print(warm(objs))

# A property added after instance attribute loads were cached.
def get_x(self):
    return -self.__dict__["x"]


Base.x = property(get_x, lambda self, v: self.__dict__.__setitem__("x", v))
print(warm(objs))
objs[0].x = 10  # the store now goes through the property
print(objs[0].__dict__, warm(objs, 3))
del Base.x
print(warm(objs, 3))

# Class attribute loads through the class object.


def read_kind(cls, n=60):
    r = None
    for _ in range(n):
        r = cls.kind
    return r


print(read_kind(Base), read_kind(Child))
Base.kind = "again"
print(read_kind(Base), read_kind(Child))
Child.kind = "own"
print(read_kind(Base), read_kind(Child))

# Operators and constructors specialised on a class, then changed.


class Vec:
    def __init__(self, a):
        self.a = a

    def __add__(self, other):
        return Vec(self.a + other.a)


def total(n):
    v = Vec(0)
    for i in range(n):
        v = v + Vec(i)
    return v.a


print(total(50))
Vec.__add__ = lambda self, other: Vec(self.a * 2 + other.a)
print(total(10))


def init2(self, a):
    self.a = a * 100


Vec.__init__ = init2
print(total(5))

# A metaclass that gains an attribute after class-level loads were cached.


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    tag = "class tag"


def read_tag(n=60):
    r = None
    for _ in range(n):
        r = WithMeta.tag
    return r


print(read_tag())
Meta.tag = property(lambda cls: "meta property")
print(read_tag())

# Many instances of a class whose counter changes every time.


class Counted:
    made = 0

    def __init__(self, v):
        self.v = v
        Counted.made = Counted.made + 1

    def double(self):
        return self.v * 2


acc = 0
for i in range(2000):
    c = Counted(i)
    acc += c.double() + c.v
print(acc, Counted.made)
