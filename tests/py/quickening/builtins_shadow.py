# Calls of len, isinstance and list.append are quickened for the builtins;
# shadowing them (a global, the builtins module, a subclass) must be seen.
import builtins


def sizes(items):
    return [len(x) for x in items]


def kinds(items, cls):
    return [isinstance(x, cls) for x in items]


def fill(target, n):
    for i in range(n):
        target.append(i)
    return target


data = [[1, 2], "abc", (1,), {"k": 1}, {1, 2, 3}, range(7), b"xy", "h\u00e9llo"]
for _ in range(20):
    sizes(data)
print(sizes(data))


class Sized:
    def __len__(self):
        return 42


print(sizes([Sized()]))
try:
    sizes([5])
except TypeError as e:
    print("TypeError:", e)

len = lambda x: "shadowed"  # a global named len
print(sizes(data[:2]))
del len
print(sizes(data[:2]))

real_len = builtins.len
builtins.len = lambda x: -1
print(sizes(data[:2]))
builtins.len = real_len
print(sizes(data[:2]))

for _ in range(20):
    kinds(data, list)
print(kinds(data, list), kinds(data, (str, bytes)), kinds([True, 1], int), kinds([1], object))


class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"


class Magic(metaclass=Meta):
    pass


print(kinds(["magic", "other"], Magic))
try:
    kinds([1], 3)
except TypeError as e:
    print("TypeError:", e)
isinstance = lambda a, b: "shadowed"
print(kinds([1], int))
del isinstance
print(kinds([1], int))

for _ in range(20):
    fill([], 3)
print(fill([], 4))


class LoudList(list):
    def append(self, v):
        list.append(self, v * 10)


print(fill(LoudList(), 3))


class Collector:
    def __init__(self):
        self.got = []

    def append(self, v):
        self.got.append(-v)


print(fill(Collector(), 3).got)
try:
    fill((), 1)
except AttributeError as e:
    print("AttributeError:", e)
