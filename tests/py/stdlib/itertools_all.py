# itertools: every iterator, its argument forms, reprs and errors.
import itertools as it
import operator

print(list(it.islice(it.count(), 4)), list(it.islice(it.count(2.5, -0.5), 3)), repr(it.count(3)), repr(it.count(1, 2)))
c = it.count(5)
next(c)
print(repr(c), list(it.islice(it.cycle([1, 2]), 5)), list(it.cycle([])), repr(it.repeat("x", 2)), list(it.repeat(1, -1)))
print(list(it.accumulate([1, 2, 3], initial=10)), list(it.accumulate([])), list(it.accumulate([], initial=0)), list(it.accumulate([2, 3, 4], operator.mul)))
print(list(it.chain("ab", [1])), list(it.chain.from_iterable(["xy", "z"])), list(it.chain()))
print(list(it.compress(range(6), [1, 0, 1])), list(it.dropwhile(lambda x: x < 3, [1, 5, 2])), list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(it.filterfalse(None, [0, 1, "", "a"])), list(it.starmap(operator.add, [(1, 2), (3, 4)])), list(it.pairwise("abcd")), list(it.pairwise("a")))
for args in [(5,), (2, 8), (2, None), (1, 10, 3), (None, None, 2), (0,)]:
    print("islice", args, list(it.islice(range(10), *args)))
for args in [(-1,), (1, -2), (0, 5, 0), ("a",), (1, 2, 3, 4)]:
    try:
        it.islice([], *args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
src = iter(range(10))
print(list(it.islice(src, 2, 4)), next(src))
print(list(it.zip_longest("abc", [1], fillvalue=0)), list(it.zip_longest()), list(it.zip_longest([1, 2])))
groups = it.groupby("aaabccdd")
print([(k, list(g)) for k, g in groups])
g = it.groupby([1, 1, 2, 2, 3])
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
print([(k, len(list(v))) for k, v in it.groupby(sorted("mississippi"))], [k for k, _ in it.groupby([])])
a, b, c = it.tee(range(4), 3)
print(next(a), list(b), list(a), list(c), it.tee([1], 0))
print(list(it.product("ab", repeat=2)), list(it.product([1, 2], "x", [True])), list(it.product()), list(it.product([], [1])))
print(list(it.permutations([1, 2, 3])), list(it.permutations("abc", 2)), list(it.permutations([], 0)), list(it.permutations([1], 2)))
print(list(it.combinations(range(4), 2)), list(it.combinations("ab", 3)), list(it.combinations("ab", 0)))
print(list(it.combinations_with_replacement("abc", 2)), list(it.combinations_with_replacement([], 2)), len(list(it.combinations_with_replacement(range(5), 3))))
for bad in (lambda: it.combinations("a", -1), lambda: it.permutations("a", -2), lambda: it.product("a", repeat=-1), lambda: it.repeat(1, "x")):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(type(it.chain()).__name__, type(it.count()).__name__, type(it.product()).__name__, isinstance(it.count(), it.count))
print(sum(1 for _ in it.permutations(range(6))), list(it.islice(it.product(range(3), repeat=3), 5, 8)))
