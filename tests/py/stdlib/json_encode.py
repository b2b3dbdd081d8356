# json.dumps/dump: separators, indent (int, str, 0), sort_keys, ensure_ascii
# escapes (surrogate pairs), key conversion, NaN/Infinity, default hooks,
# encoder subclasses and the errors for bad keys, types and cycles.
import json

data = {"name": "x", "list": [1, 2.5, None, True, False], "nested": {"a": [], "b": {}, "c": [{}]}}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(repr(json.dumps(data, indent=0)))
print(json.dumps(data, indent="\t"))
print(json.dumps(data, indent="--"))
print(json.dumps(data, indent=2, separators=(", ", ": ")).replace(" \n", "|\n"))
print(json.dumps(data, separators=(",", ":"), sort_keys=True))
print(json.dumps([[[[1]]]], indent=1))
print(json.dumps({"z": 1, "a": {"y": 2, "b": 3}}, sort_keys=True, indent=3))

for s in ["plain", "", 'quote"back\\slash', "\b\f\n\r\t", "\x00\x01\x1f\x7f", "caf\u00e9",
          "\u2028\u2029", "\U0001F600", "\ud800", "\udfff", "\u00ff\u0100\uffff", "/slash"]:
    print("str", json.dumps(s), json.dumps(s, ensure_ascii=False).encode("utf-8", "surrogatepass"))

print(json.dumps({1.5: 1, True: 2, False: 6, None: 3, 2: 4, float("inf"): 5, -7: 0, 10**20: 1}))
print(json.dumps([float("nan"), float("inf"), -float("inf"), 1e16, 1.0, -0.0, 0.1, 1e-7, 123456789.123456789, 2**64]))
print(json.dumps(3), json.dumps(-0.0), json.dumps(None), json.dumps(True), json.dumps("s"), json.dumps([]), json.dumps({}))
print(json.dumps((1, (2, 3))), json.dumps({"t": ()}))

class MyInt(int):
    def __repr__(self):
        return "MyInt!"
class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"
class MyStr(str):
    pass
class MyList(list):
    pass
class MyDict(dict):
    pass
print("subclasses", json.dumps([MyInt(5), MyFloat(2.5), MyStr("s"), MyList([1]), MyDict(a=1)]))
print("subclass key", json.dumps({MyInt(3): 1, MyStr("k"): 2}))

errors = [
    lambda: json.dumps([float("nan")], allow_nan=False),
    lambda: json.dumps({"k": float("inf")}, allow_nan=False),
    lambda: json.dumps({(1, 2): 3}),
    lambda: json.dumps({"b": 1, 2: 3}, sort_keys=True),
    lambda: json.dumps({1, 2}),
    lambda: json.dumps(b"bytes"),
    lambda: json.dumps(object),
    lambda: json.dumps([1, 2j]),
]
for f in errors:
    try:
        print("no error", f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(json.dumps({(1, 2): 3, "a": 1, None: 2}, skipkeys=True))

l = []
l.append(l)
d = {}
d["self"] = d
for obj in [l, d, [d]]:
    try:
        json.dumps(obj)
    except ValueError as e:
        print("ValueError:", e)
try:
    json.dumps(l, check_circular=False)
except RecursionError:
    print("RecursionError without the circular check")
shared = [1]
print("shared ok", json.dumps([shared, shared, {"a": shared}]))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

def to_json(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"can't encode {type(o).__name__}")

print(json.dumps({"pts": [Point(1, 2), Point(3, 4)], "tags": {"b", "a"}}, default=to_json))
try:
    json.dumps(object(), default=to_json)
except TypeError as e:
    print("TypeError:", e)

class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return [o.x, o.y]
        return super().default(o)

print(json.dumps([Point(5, 6)], cls=PointEncoder))
print(PointEncoder(indent=1).encode({"p": Point(0, 0)}))
try:
    json.dumps(1j, cls=PointEncoder)
except TypeError as e:
    print("TypeError:", e)
enc = json.JSONEncoder(sort_keys=True, separators=(";", "="))
print(enc.encode({"b": [1, 2], "a": "x"}), "".join(enc.iterencode([1, {"k": None}])))
print("encoder attrs", enc.item_separator, enc.key_separator, json.JSONEncoder().item_separator, json.JSONEncoder(indent=2).item_separator)

def self_ref(o):
    return o
try:
    json.dumps(Point(1, 1), default=self_ref)
except ValueError as e:
    print("ValueError:", e)
