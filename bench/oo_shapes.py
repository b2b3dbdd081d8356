# oo_shapes.py - class-heavy code: a small hierarchy of shapes with
# __init__ chains through super(), properties, class attributes, __eq__ /
# __hash__ / __lt__ / __repr__, a visitor with method dispatch by name, and
# instances used as dict keys.
# bench: default=80000
import sys


class Shape:
    kind = "shape"
    count = 0

    def __init__(self, x, y):
        self.x = x
        self.y = y
        Shape.count += 1

    def area(self):
        return 0

    def moved(self, dx, dy):
        return self.__class__(*self.args(dx, dy))

    def accept(self, visitor):
        return getattr(visitor, "visit_" + self.kind)(self)

    def __eq__(self, other):
        return type(self) is type(other) and self.key() == other.key()

    def __hash__(self):
        return hash(self.key())

    def __lt__(self, other):
        return (self.area(), self.key()) < (other.area(), other.key())


class Rect(Shape):
    kind = "rect"

    def __init__(self, x, y, w, h):
        super().__init__(x, y)
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def args(self, dx, dy):
        return (self.x + dx, self.y + dy, self.w, self.h)

    def key(self):
        return (1, self.x, self.y, self.w, self.h)

    def __repr__(self):
        return f"Rect({self.x}, {self.y}, {self.w}, {self.h})"


class Square(Rect):
    kind = "square"

    def __init__(self, x, y, side):
        super().__init__(x, y, side, side)

    def args(self, dx, dy):
        return (self.x + dx, self.y + dy, self.w)

    def __repr__(self):
        return f"Square({self.x}, {self.y}, {self.w})"


class Circle(Shape):
    kind = "circle"

    def __init__(self, x, y, r):
        super().__init__(x, y)
        self._r = r

    @property
    def r(self):
        return self._r

    def area(self):
        return 3 * self.r * self.r

    def args(self, dx, dy):
        return (self.x + dx, self.y + dy, self.r)

    def key(self):
        return (2, self.x, self.y, self.r)

    def __repr__(self):
        return f"Circle({self.x}, {self.y}, {self.r})"


class Perimeter:
    def visit_rect(self, s):
        return 2 * (s.w + s.h)

    def visit_square(self, s):
        return 4 * s.w

    def visit_circle(self, s):
        return 6 * s.r


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 80000
    shapes = []
    for i in range(n):
        k = i % 3
        if k == 0:
            shapes.append(Rect(i % 50, i % 70, 1 + i % 9, 1 + i % 5))
        elif k == 1:
            shapes.append(Square(i % 40, i % 30, 1 + i % 7))
        else:
            shapes.append(Circle(i % 60, i % 20, 1 + i % 6))
    moved = [s.moved(1, -1) for s in shapes]
    visitor = Perimeter()
    perimeter = 0
    area = 0
    for s in moved:
        perimeter += s.accept(visitor)
        area += s.area()
    distinct = {}
    for s in shapes:
        distinct[s] = distinct.get(s, 0) + 1
    same = sum(1 for a, b in zip(shapes, shapes[1:]) if a == b)
    ranked = sorted(distinct)[:3]
    print("made", Shape.count, "distinct", len(distinct), "same", same)
    print("perimeter", perimeter, "area", area)
    print("smallest", ranked)


main()
