# iter, next, len, all, any, max, min, sorted.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.args, e.value)
print(len([1, 2]), len("héllo"), len({}), len(range(10)), len((1,)), len(b"ab"))


class L:
    def __len__(self):
        return 7


print(len(L()))
count = [0]


def counter():
    count[0] += 1
    return count[0]


print(list(iter(counter, 4)))
print(all([]), all([1, 2]), all([1, 0]), any([]), any([0, 0]), any([0, 3]), all(x > 0 for x in [1, 2]))
print(max([3, 1, 2]), max(3, 1, 2), min([3, 1, 2]), min(3, 1, 2), max("abc"), min([2.5, 1]))
print(max([], default=None), min([], default="empty"), max([1, 3, 2], key=lambda x: -x))
print(max(["aa", "b", "cc"], key=len), min(["aa", "b", "cc"], key=len), max([1, 2], key=None))
print(max([(1, "a"), (1, "b")]), max(1, 1.0), max(1.0, 1), min(0, -0.0))
print(sorted([3, 1, 2]), sorted("bca"), sorted([3, 1, 2], reverse=True), sorted({3: 1, 1: 2}))
print(sorted(["b", "A", "c"], key=str.lower), sorted([(2, "a"), (1, "b")]), sorted([]))
data = [("x", 2), ("y", 1), ("z", 2)]
print(sorted(data, key=lambda p: p[1]), sorted(data, key=lambda p: p[1], reverse=True))
s = [5, 4]
print(sorted(s) is not s, s)


class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError


print(list(iter(Seq())), max(Seq()))
for t in [lambda: iter(5), lambda: iter(5, 6), lambda: next([]), lambda: next(5),
          lambda: len(5), lambda: len(), lambda: max(), lambda: max([]), lambda: min([]),
          lambda: max(5), lambda: max([], 1, default=3), lambda: max(1, 2, default=3),
          lambda: max(1, 2, x=3), lambda: max([1, "a"]), lambda: sorted(),
          lambda: sorted([1], None), lambda: sorted([1], x=1), lambda: sorted([1, "a"]),
          lambda: all(), lambda: any(5), lambda: next(iter([]))]:
    try:
        print("ok", t())
    except Exception as e:
        print(type(e).__name__ + ":", e)
