# Phases that fill the heap with objects of one size, drop them, then
# allocate another size: emptied blocks must be reused by other size classes
# and every surviving object must keep its contents through collections.
def phase(kind, n):
    if kind == "small":
        return [(i, i + 1) for i in range(n)]
    if kind == "medium":
        return [{"k": i, "v": str(i)} for i in range(n)]
    if kind == "strings":
        return ["s" * (i % 300) + str(i) for i in range(n)]
    return [list(range(i % 40)) for i in range(n)]

keep = []
total = 0
for round_no in range(3):
    for kind in ("small", "medium", "strings", "lists"):
        objs = phase(kind, 400)
        keep.append(objs[round_no * 7 % len(objs)])
        total += len(objs)
        del objs
print(total, len(keep))
print(keep[:4])
print([len(k) if isinstance(k, (str, list)) else k for k in keep[4:]])

# Containers whose side tables grow and shrink while garbage piles up.
d = {}
for i in range(1500):
    d["key%d" % i] = i
    if i % 3 == 0:
        del d["key%d" % (i // 2)]
s = set(range(0, 3000, 7))
s -= set(range(0, 3000, 21))
lst = []
for i in range(1500):
    lst.append([i] * (i % 5))
    if len(lst) > 200:
        lst = lst[100:]
print(len(d), sum(d.values()) % 1000003, len(s), min(s), max(s), len(lst), lst[-1])

# A copy of a dict is sized to its contents; it must still grow, keep
# insertion order and compare equal.
src = {("k%d" % i): i for i in range(6)}
cp = dict(src)
print(cp == src, list(cp))
for i in range(6, 40):
    cp["k%d" % i] = i
print(len(cp), list(cp)[-3:], cp.copy() == cp, dict(cp, extra=1)["extra"])
