# collections.Counter: counting, most_common ties, elements, arithmetic,
# in-place operators, comparisons and the repr's ordering.
from collections import Counter

c = Counter("abracadabra")
print(c)
print(c.most_common(), c.most_common(2), c.most_common(0))
print(sorted(c.elements()), c["z"], c.total(), len(c))
c.update("aaz")
c.update({"b": 10})
print(c)
c.subtract({"a": 20, "q": 1})
print(c)
print(+c, -c)
d = Counter(a=3, b=1, c=0)
e = Counter(a=1, b=2, d=4)
print(d + e, d - e, d & e, d | e)
d += e
print("iadd", d)
d -= Counter(a=10)
print("isub", d)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=3) > Counter(a=1))
print(Counter(), Counter({"x": -1}), Counter(cats=4, dogs=8))
words = "the cat and the hat and the bat".split()
print(Counter(words).most_common(3))
ties = Counter("zyxzyx")
print(ties.most_common(), list(ties))
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print("NotImplementedError", e)
del c["never"]
print(dict(Counter("hello")), Counter("hello") == {"h": 1, "e": 1, "l": 2, "o": 1})
print(sorted(Counter(range(5)).items()), Counter([1, 1, 2]).most_common(1)[0])
