# dataclasses: generated methods, defaults/factories, field options,
# order/frozen/unsafe_hash, __post_init__, InitVar, ClassVar, kw_only,
# inheritance, asdict/astuple/replace/fields, make_dataclass and errors.
from dataclasses import (dataclass, field, fields, asdict, astuple, replace, is_dataclass,
                         make_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING)
from typing import ClassVar, List

@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0
    secret: str = field(default="s", repr=False, compare=False)

a = Item("pen", 1.5)
print(a, a == Item("pen", 1.5, secret="other"), a != Item("pen"), Item.count, [f.name for f in fields(a)])
print(asdict(a), astuple(a), replace(a, price=2.0), is_dataclass(a), is_dataclass(Item), is_dataclass(3))
print(Item.__init__.__qualname__, Item.__match_args__, Item.__hash__)
for bad in (lambda: Item(), lambda: Item("a", 1, [], "x", 5), lambda: replace(3), lambda: fields(3), lambda: asdict(Item)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

@dataclass(order=True, frozen=True)
class Ver:
    major: int
    minor: int = 0
print(sorted([Ver(1, 2), Ver(1), Ver(0, 9)]), Ver(1) < Ver(1, 1), hash(Ver(1, 2)) == hash(Ver(1, 2)), {Ver(1): "one"}[Ver(1, 0)])
try:
    Ver(1).major = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError", e, isinstance(e, AttributeError))
try:
    del Ver(1).minor
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)

@dataclass
class Temp:
    celsius: float
    scale: InitVar[float] = 1.0
    fahrenheit: float = field(init=False)
    def __post_init__(self, scale):
        self.celsius *= scale
        self.fahrenheit = self.celsius * 9 / 5 + 32
t = Temp(100)
print(t, Temp(10, 2), [f.name for f in fields(Temp)])

@dataclass
class Opts:
    path: str
    _: KW_ONLY
    verbose: bool = False
    level: int = 1
print(Opts("p", level=3), Opts("q", verbose=True))
try:
    Opts("p", True)
except TypeError as e:
    print("TypeError", e)

@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1), K(b=0, a=5))

@dataclass
class Base:
    x: int
    y: int = 1
@dataclass
class Child(Base):
    z: int = 2
    x: int = 10
print(Child(), Child(1, 2, 3), [f.name for f in fields(Child)], Child.__mro__[1].__name__)

@dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = field(default_factory=list, hash=False)
print(hash(H(1)) == hash(H(1, [2])), H(1) == H(1, [2]))

@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), hash(NoEq(1)) is not None)

@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
root = Node(1, [Node(2), Node(3, [Node(4)])])
print(root, asdict(root))
print(astuple(root), replace(root, val=9).children is root.children)

try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class Bad2:
        x: list = []
except ValueError as e:
    print("ValueError", e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError", e)

P = make_dataclass("P", [("x", int), ("y", int, field(default=5))], namespace={"norm": lambda self: self.x + self.y})
print(P(1), P(1).norm(), P.__name__)

@dataclass
class Recursive:
    me: object = None
r = Recursive()
r.me = r
print(r)
@dataclass(repr=False)
class NoRepr:
    a: int
print(NoRepr(1).__repr__ is object.__repr__ or "custom")
