# enum: Enum/IntEnum/StrEnum/Flag/IntFlag members, reprs, str/format,
# lookups, aliases, auto, unique, functional API, methods and errors.
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value, Color(2), Color["BLUE"], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), list(Color.__members__), Color.RED in Color, isinstance(Color.RED, Color), type(Color.RED))
print(f"{Color.RED}", format(Color.RED, ">10"), "%s" % Color.GREEN, str(Color.RED) == "Color.RED", hash(Color.RED) == hash(Color(1)))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED is Color(1), sorted(Color, key=lambda c: c.value), list(reversed(Color)))
for bad in (lambda: Color(7), lambda: Color["PINK"], lambda: Color.RED < Color.BLUE, lambda: 1 in Color):
    try:
        bad()
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
try:
    Color.RED = 9
except AttributeError as e:
    print("AttributeError", e)
try:
    class More(Color):
        PINK = 4
except TypeError as e:
    print("TypeError", e)

class Prio(IntEnum):
    LOW = 1
    HIGH = 3
print(Prio.LOW, repr(Prio.HIGH), Prio.LOW + 1, Prio.HIGH > Prio.LOW, Prio.LOW == 1, sorted([Prio.HIGH, Prio.LOW]), f"{Prio.HIGH}", Prio(3), [1, 2, 3, 4][Prio.HIGH])

class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    def sides(self):
        return 4 if self is Shape.SQUARE else 0
    @property
    def label(self):
        return self.name.title()
    @classmethod
    def default(cls):
        return cls.CIRCLE
print(Shape.SQUARE.value, Shape.CIRCLE.value, Shape.SQUARE.sides(), Shape.CIRCLE.label, Shape.default())

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.EARTH.value, Planet((3.303e+23, 2.4397e6)))

class Dir(StrEnum):
    NORTH = auto()
    SOUTH = "s"
print(Dir.NORTH, repr(Dir.NORTH), Dir.SOUTH == "s", Dir("north"), Dir.NORTH.upper(), f"[{Dir.SOUTH}]")

class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), bool(Perm(0)), repr(Perm(0)), ~Perm.R, rw & Perm.W, rw ^ Perm.R, Perm(7), len(rw))
try:
    Perm(8)
except ValueError as e:
    print("ValueError", e)
class Opt(IntFlag):
    A = auto()
    B = auto()
    C = auto()
print(Opt.A | Opt.C, repr(Opt.A | Opt.C), Opt.B == 2, Opt(9), repr(Opt(9)), repr(~Opt.A), Opt.A | 4, list(Opt))

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)
Animal = Enum("Animal", "ANT BEE CAT")
Sizes = Enum("Sizes", [("S", 10), ("L", 20)])
print(list(Animal), Animal.BEE.value, Sizes.L, Sizes(10), IntEnum("Num", "ONE TWO").TWO + 0)
class Mood(Enum):
    HAPPY = "h"
    @classmethod
    def _missing_(cls, value):
        return cls.HAPPY if str(value).lower().startswith("h") else None
print(Mood("HAPPY"), Mood("hmm"))
try:
    Mood("sad")
except ValueError as e:
    print("ValueError", e)
import copy
print(copy.deepcopy(Color.RED) is Color.RED, {Color.RED: 1}[Color(1)], Color.RED._value_, Color._member_names_)
