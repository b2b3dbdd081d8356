# abs, divmod, pow, round, sum, bin, oct, hex.
print(abs(-5), abs(5), abs(-2.5), abs(-0.0), abs(True), abs(False), abs(-2**80))
print(abs(3 + 4j))


class Vec:
    def __init__(self, x):
        self.x = x

    def __abs__(self):
        return "abs of %d" % self.x


print(abs(Vec(3)))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2))
print(divmod(2**70, 3), divmod(True, 2), divmod(7, 2.0))


class DM:
    def __divmod__(self, other):
        return ("dm", other)

    def __rdivmod__(self, other):
        return ("rdm", other)


print(divmod(DM(), 3), divmod(3, DM()))
print(pow(2, 10), pow(2, -1), pow(2.0, 0.5), pow(2, 10, 1000), pow(3, -1, 7))
print(pow(base=2, exp=5), pow(2, 100, 10**9 + 7), pow(-2, 3), pow(0, 0))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2))
print(round(15, -1), round(25, -1), round(1.5, None), round(7), round(0.1 + 0.2, 10))
print(type(round(2.5)), type(round(2.5, 0)), type(round(7, 1)))


class R:
    def __round__(self, n=None):
        return ("round", n)


print(round(R()), round(R(), 3))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([], 5), sum(range(101)))
print(sum([0.1] * 10), sum([1, 2.5]), sum([[1], [2], [3]], []), sum(((1,), (2,)), ()))
print(sum([2**62, 2**62, 2**62]), sum([True, True, 3]), sum(x * x for x in range(10)))
print(sum([1], start=2), sum(iter([4, 5])))
print(bin(5), bin(-5), bin(0), oct(8), oct(-8), hex(255), hex(-255), hex(2**70))
print(bin(True), hex(False))


class Idx:
    def __index__(self):
        return 42


print(bin(Idx()), hex(Idx()), oct(Idx()))
print(max(1, 2), min(1.5, 2), max([3, 1, 2]), min("hello"))
