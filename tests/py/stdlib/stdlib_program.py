# A small inventory/scheduling program using many library modules together:
# dataclasses + enum + typing + collections + heapq + itertools + functools.
from __future__ import annotations
from dataclasses import dataclass, field
from enum import Enum, auto
from typing import Dict, List, Optional, NamedTuple
from collections import defaultdict, Counter, deque, OrderedDict
from functools import total_ordering, lru_cache, reduce
import heapq
import itertools
import operator
import textwrap
import copy


class Category(Enum):
    TOOL = auto()
    FOOD = auto()
    TOY = auto()


class Money(NamedTuple):
    cents: int

    def __str__(self):
        return "$%d.%02d" % divmod(self.cents, 100)

    def __add__(self, other):
        return Money(self.cents + other.cents)


@total_ordering
@dataclass
class Item:
    sku: str
    name: str
    category: Category
    price: Money
    stock: int = 0
    tags: List[str] = field(default_factory=list)

    def __lt__(self, other):
        return (self.price.cents, self.sku) < (other.price.cents, other.sku)


@dataclass
class Inventory:
    items: Dict[str, Item] = field(default_factory=OrderedDict)
    log: deque = field(default_factory=lambda: deque(maxlen=3))

    def add(self, item: Item) -> None:
        self.items[item.sku] = item
        self.log.append("add " + item.sku)

    def by_category(self) -> Dict[Category, List[str]]:
        groups = defaultdict(list)
        for item in self.items.values():
            groups[item.category].append(item.sku)
        return dict(groups)

    def cheapest(self, n: int) -> List[Item]:
        return heapq.nsmallest(n, self.items.values())

    def total_value(self) -> Money:
        return reduce(operator.add, (Money(i.price.cents * i.stock) for i in self.items.values()), Money(0))

    def find(self, sku: str) -> Optional[Item]:
        return self.items.get(sku)


inv = Inventory()
rows = [("T1", "hammer", Category.TOOL, 1599, 4, ["steel"]), ("F1", "apple", Category.FOOD, 50, 120, ["fresh", "red"]),
        ("Y1", "yo-yo", Category.TOY, 350, 10, []), ("T2", "wrench", Category.TOOL, 1250, 2, ["steel", "metric"]),
        ("F2", "bread", Category.FOOD, 299, 15, ["fresh"]), ("Y2", "kite", Category.TOY, 1250, 1, ["outdoor"])]
for sku, name, cat, cents, stock, tags in rows:
    inv.add(Item(sku, name, cat, Money(cents), stock, tags))
print(inv.by_category())
print([str(i.price) for i in inv.cheapest(3)], [i.sku for i in sorted(inv.items.values(), reverse=True)])
print("total", inv.total_value(), list(inv.log))
tag_counts = Counter(itertools.chain.from_iterable(i.tags for i in inv.items.values()))
print(tag_counts.most_common(2), sorted(tag_counts.elements())[:4])
print(max(inv.items.values()).name, min(inv.items.values(), key=operator.attrgetter("stock")).name)
snapshot = copy.deepcopy(inv)
inv.items["T1"].stock = 0
print(snapshot.items["T1"].stock, inv.items["T1"].stock, snapshot.items["T1"] == inv.items["T1"])
for cat, group in itertools.groupby(sorted(inv.items.values(), key=lambda i: i.category.value), key=operator.attrgetter("category")):
    print(cat.name.ljust(5), ", ".join(i.name for i in group))

@lru_cache(maxsize=None)
def ways(amount: int, coins: tuple) -> int:
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    return ways(amount - coins[0], coins) + ways(amount, coins[1:])
print("ways", ways(250, (100, 50, 25, 10, 5, 1)), ways.cache_info().currsize > 0)
report = "Inventory holds " + ", ".join("%d %s" % (i.stock, i.name) for i in inv.items.values()) + "."
print(textwrap.fill(report, 40, initial_indent="> ", subsequent_indent="  "))
pairs = list(itertools.combinations(sorted(inv.items), 2))
print(len(pairs), pairs[:3], list(itertools.accumulate(i.stock for i in inv.items.values())))
