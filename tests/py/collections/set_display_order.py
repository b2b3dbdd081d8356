# The order a set display of constants prints in. CPython's compiler folds
# {c1, c2, ...} (3+ constants) into a frozenset constant, and its constant
# de-duplication rebuilds that frozenset by iterating the first one; the
# display then merges it into a new set. Colliding ints expose the order.
print({10, 20, 30, 40, 50, 60}, {100, 5, 37, 12, 64, 9, 1000, 7})
print({1, 9, 17}, {3, 11, 19, 27, 35})
s = set()
for x in (100, 5, 37, 12, 64, 9, 1000, 7):
    s.add(x)
print(s, set([100, 5, 37, 12, 64, 9, 1000, 7]))
