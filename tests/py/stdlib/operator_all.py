# operator: the functional forms, in-place forms, getters and their reprs,
# index/length_hint and the errors.
import operator as op

print(op.add(1, 2), op.sub(5, 3), op.mul("a", 3), op.truediv(1, 4), op.floordiv(-7, 2), op.mod(-7, 2), op.pow(2, 10), op.matmul.__name__)
print(op.neg(3), op.pos(-3), op.abs(-4), op.invert(0), op.inv(1), op.not_([]), op.truth("x"), op.is_(None, None), op.is_not(1, None))
print(op.lshift(1, 3), op.rshift(16, 2), op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.eq(1, 1.0), op.ne("a", "b"), op.lt(1, 2), op.le(2, 2), op.gt(1, 2), op.ge(1, 2))
print(op.concat("ab", "cd"), op.contains("abc", "b"), op.countOf([1, 2, 1], 1), op.indexOf([4, 5], 5), op.getitem({"k": 1}, "k"))
try:
    op.concat(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    op.indexOf([1], 9)
except ValueError as e:
    print("ValueError", e)
l = [1, 2, 3]
op.setitem(l, 0, "x"); op.delitem(l, 2)
print(l, op.iadd(l, [9]) is l, l, op.imul([1], 3), op.isub(5, 2), op.ior({1}, {2}), op.iconcat([1], (2,)))
print(op.index(5), op.index(True), op.length_hint([1, 2]), op.length_hint(iter([1, 2, 3])), op.length_hint(object(), 7))
try:
    op.index(1.5)
except TypeError as e:
    print("TypeError", e)
ig = op.itemgetter(1)
ig2 = op.itemgetter(0, -1)
ag = op.attrgetter("real")
ag2 = op.attrgetter("real", "imag")
mc = op.methodcaller("split", ",", maxsplit=1)
print(ig("abc"), ig2("abc"), ag(3 + 4j), ag2(3 + 4j), mc("a,b,c"))
print(repr(ig), repr(ig2), repr(ag), repr(ag2), repr(mc), repr(op.methodcaller("upper")))
class Node:
    def __init__(self, v, nxt=None):
        self.v = v
        self.nxt = nxt
n = Node(1, Node(2, Node(3)))
print(op.attrgetter("nxt.nxt.v")(n), op.attrgetter("v", "nxt.v")(n))
try:
    op.attrgetter(1)
except TypeError as e:
    print("TypeError", e)
print(sorted([(1, "b"), (0, "c"), (1, "a")], key=op.itemgetter(0, 1)), op.__add__ is op.add, op.__not__ is op.not_, op.call(max, 1, 5))
