# collections.deque: both ends, maxlen, rotate, index/remove/insert, reprs,
# comparisons, and the errors of each operation.
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft("ab")
print(d, d.count(7), d.index(7), 3 in d, "z" in d)
d.rotate(2)
print("rotate 2", d)
d.rotate(-3)
print("rotate -3", d)
d.reverse()
print("reverse", d)
d.insert(1, "x")
d.remove("b")
print("insert/remove", d, list(reversed(d)))
del d[0]
d[0] = "first"
print("del/set", d, d.copy(), d == d.copy(), d is not d.copy())

b = deque(range(10), maxlen=3)
print(b, b.maxlen)
b.append(10)
b.appendleft(-1)
print(b)
b.extend([20, 21])
print(b, repr(deque(maxlen=0)), deque("abc", 5))
z = deque(maxlen=0)
z.append(1)
print("maxlen 0", z)

for op in (lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[3],
           lambda: deque([1]).remove(5), lambda: deque([1]).index(5),
           lambda: deque([1], 1).insert(0, 2), lambda: deque(maxlen=-1),
           lambda: deque([1])["a"]):
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__, e)

q = deque()
for i in range(1000):
    q.append(i)
    if i % 3 == 0:
        q.popleft()
print("queue", len(q), q[0], q[-1], sum(q))
print(deque([1, 2]) < deque([1, 3]), deque([1]) == [1], deque([1, 2]) + deque([3]), deque([1, 2]) * 2)
e = deque([1, 2, 3])
e += [4]
e *= 2
print(e, bool(deque()), bool(e))
r = deque([1])
r.append(r)
print(r)
try:
    for x in e:
        e.append(x)
except RuntimeError as err:
    print("RuntimeError", err)
class MyDeque(deque):
    pass
print(MyDeque([1, 2], maxlen=4), deque([1, 2, 3, 2]).index(2, 2), deque("hello").index("l", -2))
