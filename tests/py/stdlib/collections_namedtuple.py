# collections.namedtuple: fields, defaults, rename, _make/_asdict/_replace,
# reprs, tuple behaviour, errors.
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p.x, p[1], p == (1, 2), isinstance(p, tuple), len(p))
print(Point._fields, Point(x=3, y=4), Point._make([5, 6]), p._asdict(), p._replace(y=9))
x, y = p
print(x + y, hash(p) == hash((1, 2)), Point.__name__, Point.__doc__, Point.x.__doc__)
Person = namedtuple("Person", ["name", "age", "city"], defaults=["Nowhere"])
print(Person("Ann", 31), Person._field_defaults, Person("Bo", 2, "Rome"))
R = namedtuple("R", "a, def, a, _b", rename=True)
print(R._fields, R(1, 2, 3, 4))
for args in [("P", "x 1y"), ("P", "x def"), ("P", "x _y"), ("P", "x x"), ("1P", "x")]:
    try:
        namedtuple(*args)
    except ValueError as e:
        print("ValueError", e)
for call in (lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point._make([1]),
             lambda: p._replace(z=1), lambda: Point(1, x=2)):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError", e)
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2
v = Vec(1, 2) + Vec(3, 4)
print(v, v.norm2, sorted([Point(2, 1), Point(1, 5), Point(1, 2)]), max(Point(0, 9), Point(1, 0)))
print(Point(1, [2]) == Point(1, [2]), Point(*range(2)), dict(zip(Point._fields, p)))
