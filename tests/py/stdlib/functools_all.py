# functools: reduce, partial (nesting, repr attrs), lru_cache (stats, typed,
# maxsize, clear), cache, wraps, cmp_to_key, total_ordering, cached_property,
# singledispatch.
import functools
from functools import reduce, partial, lru_cache, wraps, cmp_to_key, total_ordering, cached_property, singledispatch

print(reduce(lambda a, b: a * b, [1, 2, 3, 4]), reduce(lambda a, b: a + b, [], 7))
for bad in (lambda: reduce(max, []), lambda: reduce(max, 5)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
def power(base, exp, *, mod=None):
    return pow(base, exp, mod)
sq = partial(power, exp=2)
cube_mod = partial(partial(power, mod=7), exp=3)
print(sq(5), cube_mod(3), cube_mod.func is power, cube_mod.args, sorted(cube_mod.keywords.items()))
p2 = partial(partial(max, 1), 2)
print(p2(0), p2.args, repr(partial(max)).startswith("functools.partial(<built-in function max>"))
try:
    partial(3)
except TypeError as e:
    print("TypeError", e)

calls = []
@lru_cache(maxsize=2)
def slow(n):
    calls.append(n)
    return n * n
for n in [1, 2, 1, 3, 1, 2]:
    slow(n)
print(calls, slow.cache_info())
slow.cache_clear()
print(slow.cache_info(), slow.cache_parameters())
@lru_cache(typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed(1), typed.cache_info())
@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), fib.cache_info(), fib.__name__, fib.__wrapped__.__name__)
@functools.cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(30), fact.cache_info().misses)
@lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1)
print(nocache.cache_info())
@lru_cache(maxsize=None)
def kw(a, b=0):
    return a + b
kw(1); kw(1, b=0); kw(a=1); kw(1)
print(kw.cache_info())

def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner
@deco
def documented(x):
    """The doc."""
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented(4))

print(sorted([5, 1, 4], key=cmp_to_key(lambda a, b: b - a)), sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda a, b: len(a) - len(b))))

@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return "V(%d)" % self.v
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2), sorted([V(3), V(1), V(2)]), max(V(1), V(5)))
try:
    total_ordering(type("E", (), {}))
except ValueError as e:
    print("ValueError", e)

class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0
    @cached_property
    def area(self):
        self.computed += 1
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, c.computed)
del c.area
print(c.area, c.computed, type(Circle.area).__name__)

@singledispatch
def describe(x):
    return "object"
@describe.register
def _(x: int):
    return "int %d" % x
@describe.register(list)
def _(x):
    return "list of %d" % len(x)
@describe.register(str)
@describe.register(bytes)
def _(x):
    return "text"
print(describe(1), describe(True), describe([1, 2]), describe("s"), describe(b"b"), describe(1.5), describe.dispatch(bool).__name__)
