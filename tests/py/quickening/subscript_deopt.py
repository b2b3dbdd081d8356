# Subscript sites quicken for exact list/tuple/dict receivers and must fall
# back for subclasses, other types and out-of-range indexes.


def get(c, k):
    return c[k]


def put(c, k, v):
    c[k] = v


class MyList(list):
    def __getitem__(self, i):
        return ("mine", list.__getitem__(self, i))

    def __setitem__(self, i, v):
        list.__setitem__(self, i, v * 2)


class Missing(dict):
    def __missing__(self, key):
        return "missing " + str(key)


lst = list(range(10))
for i in range(40):
    get(lst, i % 10)
print(get(lst, 3), get(lst, -1), get((1, 2, 3), 1), get("hello", 1), get({"a": 1}, "a"))
print(get(MyList([5, 6]), 0), get(Missing(), "k"), get(range(10), 4), get(lst, slice(1, 3)))
try:
    get(lst, 10)
except IndexError as e:
    print("IndexError:", e)
try:
    get(lst, -11)
except IndexError as e:
    print("IndexError:", e)
try:
    get(lst, "x")
except TypeError as e:
    print("TypeError:", e)

t = (10, 20, 30)
for i in range(30):
    get(t, i % 3)
print(get(t, -1), get([7, 8], 0))
try:
    get(t, 3)
except IndexError as e:
    print("IndexError:", e)

d = {"a": 1, 2: "two", (1, 2): "pair"}
for i in range(30):
    get(d, "a")
print(get(d, 2), get(d, (1, 2)), get(Missing(a=1), "a"), get(Missing(), "zz"))
try:
    get(d, "nope")
except KeyError as e:
    print("KeyError:", e)
try:
    get(d, [1])
except TypeError as e:
    print("TypeError:", e)


class Key:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        return hash(self.k)

    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k


d[Key(1)] = "key one"
print(get(d, Key(1)))

lst2 = [0] * 5
for i in range(40):
    put(lst2, i % 5, i)
print(lst2)
put(lst2, -1, "last")
ml = MyList([1, 2, 3])
put(ml, 0, 21)
print(lst2, list(ml))
try:
    put(lst2, 5, 0)
except IndexError as e:
    print("IndexError:", e)
dd = {}
for i in range(30):
    put(dd, i % 4, i)
put(dd, "s", 1)
m = Missing()
put(m, "k", 2)
print(dd, m, m["k"], m["other"])
try:
    put((1, 2), 0, 5)
except TypeError as e:
    print("TypeError:", e)


# Iteration over tuples and dicts.
total = 0
for x in (1, 2, 3):
    total += x
for k in {"a": 1, "b": 2}:
    total += len(k)
for k, v in {"a": 1, "b": 2}.items():
    total += v
print(total)
