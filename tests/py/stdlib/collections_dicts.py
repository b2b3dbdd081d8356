# defaultdict, OrderedDict, ChainMap, UserDict/UserList/UserString.
from collections import defaultdict, OrderedDict, ChainMap, UserDict, UserList, UserString

dd = defaultdict(list)
for word in "apple avocado banana blueberry cherry".split():
    dd[word[0]].append(word)
print(dd)
print(dict(dd), dd["z"], "z" in dd, len(dd))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), defaultdict(), defaultdict(None, {1: 2}))
try:
    defaultdict()["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError", e)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 2
print(nested["a"]["b"], dict(nested["a"]), dd.copy() == dd, type(dd.copy()).__name__)

od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od, list(od))
od.move_to_end("b")
print("move_to_end", od)
od.move_to_end("c", last=False)
print("move first", od)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})
print(OrderedDict(), OrderedDict.fromkeys("xy", 0), list(reversed(OrderedDict(p=1, q=2))))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
try:
    OrderedDict().move_to_end("nope")
except KeyError as e:
    print("KeyError", e)

defaults = {"color": "red", "user": "guest"}
env = {"user": "admin"}
cm = ChainMap(env, defaults)
print(cm, cm["user"], cm["color"], len(cm), sorted(cm), "color" in cm)
child = cm.new_child({"color": "blue"})
print(child["color"], child.parents["color"], child.maps[0])
cm["new"] = 1
print(env, cm.get("zzz", "dflt"))
del cm["new"]
try:
    del cm["color"]
except KeyError as e:
    print("KeyError", e)
print(dict(cm), list(cm.items()), cm.copy())

class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
u = Lower({"A": 1})
u["B"] = 2
print(u, u.data, "a" in u, len(u), u.get("c", 0), isinstance(u, dict))
ul = UserList([3, 1, 2])
ul.sort()
ul.append(4)
print(ul, ul[1:], type(ul[1:]).__name__, ul + [5], len(ul), ul == [1, 2, 3, 4])
us = UserString("hello")
print(us.upper(), us[1:3], us + "!", len(us), "ell" in us, us == "hello", repr(us))
