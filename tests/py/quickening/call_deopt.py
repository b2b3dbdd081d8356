# Call sites quicken to the Python function, class or builtin they saw and
# must notice when the callable changes.


def f(x):
    return x + 1


def run(n):
    return [f(i) for i in range(n)]


print(run(5))


def f(x):  # redefined while the site inside run() is cached
    return x * 10


print(run(5))


def g(a, b=5):
    return a + b


def call_g(*args):
    return g(*args)


def sites():
    out = []
    for i in range(40):
        out.append(g(i, 1))
    out.append(g(1))       # default used at another site
    return out[-3:]


print(sites())

h = lambda a, b: a - b
fs = [h, lambda a, b: a * b, lambda a, *r: (a, r), max]
for fn in fs:
    print([fn(i, 2) for i in range(3)])


def gen(n):
    yield n
    yield n + 1


def caller(fn):
    return fn(3)


for _ in range(20):
    caller(f)
print(type(caller(gen)).__name__, list(caller(gen)))
print(caller(f), caller(str), caller(lambda x: [x]))

# Wrong argument counts at a cached site raise the usual TypeError.
def two(a, b):
    return a + b


def call_two(*args):
    return two(*args)


for i in range(20):
    two(i, i)
try:
    two(1)
except TypeError as e:
    print("TypeError:", e)


# Classes whose __init__ is a Python function.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def make(cls, n):
    return [cls(i, i + 1) for i in range(n)]


ps = make(P, 30)
print(ps[-1].x, ps[-1].y, type(ps[0]).__name__)


def new_init(self, x, y):
    self.x = -x
    self.y = -y


P.__init__ = new_init  # changes what the cached class call runs
print([(p.x, p.y) for p in make(P, 3)])


class Q(P):
    def __new__(cls, *args):
        obj = super().__new__(cls)
        obj.made_by_new = True
        return obj


print([(q.x, q.made_by_new) for q in make(Q, 2)])


class R:
    def __init__(self, x, y):
        self.s = x + y
        if x > 25:
            return x


try:
    make(R, 30)
except TypeError as e:
    print("TypeError:", e)


class Kw:
    def __init__(self, a, b=2, *, c=3):
        self.t = (a, b, c)


print([Kw(i).t for i in range(3)], Kw(1, c=9).t, Kw(1, b=7).t)


class Slow:
    def __init__(self, a):
        self.a = a


def mk(a):
    return Slow(a)


for i in range(20):
    mk(i)
try:
    Slow()
except TypeError as e:
    print("TypeError:", e)


class Meta(type):
    def __call__(cls, *args):
        return ("meta", args)


class WithMeta(metaclass=Meta):
    def __init__(self, a, b):
        pass


print(make(WithMeta, 2))


# Methods: the cached function changes when the class attribute does.
class C:
    def m(self, v):
        return v + 1


def use(o, n):
    return [o.m(i) for i in range(n)]


c = C()
print(use(c, 3))
C.m = lambda self, v: v * 100
print(use(c, 3))
c.m = lambda v: "instance"
print(use(c, 2))


# Recursion through a cached call site still hits the limit.
def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)


# Fresh closures of one code object at one call site: each keeps its cells.
def make_adder(n):
    def add(x):
        return x + n
    return add


adders = [make_adder(i) for i in range(25)]
print([a(100) for a in adders][::6])


def apply_all(fns, v):
    return [fn(v) for fn in fns]


print(apply_all(adders[:3] + [lambda v: -v] + adders[3:5], 1))
