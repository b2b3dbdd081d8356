# pprint: layout of nested dicts/lists/tuples/sets, long strings and bytes,
# width/indent/depth/compact/sort_dicts, collections types, dataclasses.
import pprint
from collections import OrderedDict, defaultdict, Counter, ChainMap, deque
from dataclasses import dataclass, field
import types

data = {"name": "Widget", "tags": ["tool", "metal", "heavy-duty", "imported"], "dims": {"w": 2.5, "h": 10, "d": 0.75},
        "history": [(2019, "created"), (2020, "updated"), (2021, "recalled"), (2022, "discontinued")], "ok": True, "none": None}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, indent=4, width=50)
pprint.pprint(data, depth=1)
pprint.pprint(data, sort_dicts=False, width=60)
pprint.pp(data, width=70)
print(pprint.pformat(list(range(40)), compact=True, width=40))
print(pprint.pformat(list(range(40)), width=40)[:60])
print(pprint.pformat([[1, 2, [3, 4, [5, 6, [7, 8]]]]] * 3, width=20))
long = "The quick brown fox jumps over the lazy dog. " * 4
pprint.pprint(long)
pprint.pprint({"text": long, "lines": "line one\nline two\n" * 3}, width=50)
pprint.pprint(b"\x00\x01 binary data with a length longer than the width allows" * 2, width=40)
pprint.pprint(bytearray(b"abcdefghijklmnopqrstuvwxyz" * 3), width=30)
pprint.pprint({3, 1, 2, 10, 7, 8, 9, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25}, width=30)
pprint.pprint(frozenset(range(30)), width=40)
pprint.pprint((1,), width=2)
pprint.pprint(((1, 2), (3, 4), ("a" * 30, "b" * 30)), width=30)
od = OrderedDict((k, k * 2) for k in "abcdefghij")
pprint.pprint(od, width=40)
dd = defaultdict(list, {k: [k] * 3 for k in "xyz"})
pprint.pprint(dd, width=30)
pprint.pprint(Counter("abracadabra simsalabim"), width=30)
pprint.pprint(ChainMap({"a": 1, "b": 2}, {"c": 3, "d": 4}), width=20)
pprint.pprint(deque(range(20), maxlen=25), width=30)
pprint.pprint(deque(range(20)), width=30)
pprint.pprint(types.SimpleNamespace(alpha=1, beta=[1, 2, 3], gamma={"k": "v" * 20}), width=30)
@dataclass
class Point:
    x: int
    y: int
    tags: list = field(default_factory=list)
pprint.pprint([Point(1, 2, ["a" * 10, "b" * 10]), Point(3, 4)], width=30)
rec = [1, 2]
rec.append(rec)
print(pprint.isrecursive(rec), pprint.isreadable([1, 2]), pprint.isreadable(object), pprint.saferepr({"b": 1, "a": [2]}))
pprint.pprint({"z": 1, "a": 2, 3: "mixed", (1, 2): None}, width=20)
pprint.pprint(10 ** 30, underscore_numbers=True)
for bad in (lambda: pprint.PrettyPrinter(indent=-1), lambda: pprint.PrettyPrinter(depth=0), lambda: pprint.PrettyPrinter(width=0)):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
