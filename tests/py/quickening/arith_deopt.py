# Arithmetic and comparison sites quicken on the operand types they see and
# must fall back (deoptimise) when the types change.


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


def div(a, b):
    return a / b


def fdiv(a, b):
    return a // b


def mod(a, b):
    return a % b


def less(a, b):
    return a < b


def equal(a, b):
    return a == b


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __lt__(self, other):
        return self.cents < other.cents

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __repr__(self):
        return "Money(%d)" % self.cents


# Warm every site on ints, then switch types.
for i in range(50):
    add(i, 1)
    sub(i, 1)
    mul(i, 3)
    fdiv(i, 3)
    mod(i, 7)
    less(i, 10)
    equal(i, 10)
print(add(2, 3), add(2.5, 0.25), add("ab", "cd"), add([1], [2]), add(Money(5), Money(7)))
print(sub(10, 4), sub(1.5, 0.25), sub({1, 2}, {2}))
print(mul(6, 7), mul(1.5, 4.0), mul("ab", 3), mul(2, 3.5))
print(less(1, 2), less(2.5, 1.0), less("a", "b"), less(Money(1), Money(2)), less(True, 2))
print(equal(3, 3), equal(3, 3.0), equal(Money(4), Money(4)), equal("x", "x"), equal(None, 0))
print(fdiv(7, 2), fdiv(-7, 2), fdiv(7.5, 2), mod(-7, 3), mod(7.5, 2), mod("%d!", 5))

# Int results that leave the small-int range.
big = 1
for i in range(200):
    big = mul(big, 3) if i % 2 else add(big, big)
print(big)
print(add(2 ** 62, 2 ** 62), sub(-(2 ** 62), 2 ** 62), mul(2 ** 40, 2 ** 40))

# Floats warmed, then an error the generic path must raise.
for i in range(50):
    div(float(i), 2.0)
try:
    div(1.0, 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
for i in range(50):
    mod(i, 5)
try:
    mod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    add(1, "x")
except TypeError as e:
    print("TypeError:", e)

# In-place operators at one site over changing types.
acc = 0
for x in [1, 2, 3, 0.5, 0.25, 10 ** 20, -3]:
    acc += x
print(acc)
s = ""
for x in "abc":
    s += x
print(s)
lst = []
for x in range(3):
    lst += [x]
print(lst)

# A site that flips between types many times stays correct after it gives up.
vals = [1, 2.0, "s", 3, 4.0, "t"] * 10
out = []
for v in vals:
    out.append(add(v, v))
print(out[:6], len(out))
print([less(a, b) for a, b in [(1, 2), (2.0, 1.0), (1, 2.5), (float("nan"), 1.0), (3, 3)]])

# True division quickens on ints and floats alike (ints convert exactly).
quotients = []
for a, b in [(1, 3), (7, 2), (2.5, 2), (3, 0.5), (-7, 2), (10 ** 6, 7), (2 ** 47 - 1, 3),
             (1, 2 ** 47 - 1), (10 ** 30, 7), (5, True), (0, -3), (-0.0, 5)]:
    quotients.append(div(a, b))
print(quotients)
for bad in [(1, 0), (1.5, 0), (2, 0.0), ("a", 2)]:
    try:
        div(*bad)
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)

# Mixed int and float operands (the int converts exactly).
mixed = [(1, 2.5), (2.5, 1), (-3, 0.1), (2 ** 47 - 1, 0.5), (0.5, -(2 ** 47)), (3, float("nan")),
         (float("inf"), 7), (10 ** 20, 1.5), (True, 0.5)]
print([add(a, b) for a, b in mixed])
print([sub(a, b) for a, b in mixed])
print([mul(a, b) for a, b in mixed])
print([less(a, b) for a, b in mixed], [equal(a, b) for a, b in mixed])
print([a <= b for a, b in mixed], [a != b for a, b in mixed], [a >= b for a, b in mixed])
print(equal(2 ** 47 - 1, float(2 ** 47 - 1)), less(2 ** 47 - 1, 2.0 ** 47), equal(1, 1.0))
