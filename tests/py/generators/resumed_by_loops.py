# Generators resumed by `for` and by `yield from`, whose frames the
# interpreter runs inline: values, return values, exceptions in both
# directions, the exception being handled, re-entry and deep chains.
import sys
import traceback


def count(n):
    for i in range(n):
        yield i
    return "done"


def relay(n):
    got = yield from count(n)
    yield ("relay got", got)
    return got


print(list(relay(3)))
print([x for x in count(4)])

# send() through a chain of yield-froms


def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            return received
        received.append(x)


def outer():
    r = yield from echo()
    yield ("echoed", r)


g = outer()
print(next(g), g.send("a"), g.send("b"), g.send(None))

# an exception raised inside a generator resumed by a for loop


def boom(n):
    yield 1
    if n:
        raise ValueError("boom %d" % n)
    yield 2


try:
    for x in boom(7):
        print("got", x)
except ValueError as e:
    print("caught", e)
    tb = traceback.extract_tb(e.__traceback__)
    print([f.name for f in tb])

# through yield from: the traceback has every frame


def middle():
    yield from boom(3)


try:
    for x in middle():
        pass
except ValueError as e:
    print([f.name for f in traceback.extract_tb(e.__traceback__)])

# StopIteration inside a generator becomes RuntimeError (PEP 479)


def leaks_stop():
    yield 1
    raise StopIteration("leaked")


try:
    for x in leaks_stop():
        pass
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))


def leaks_via_next():
    it = iter([])
    yield next(it)


try:
    print(list(leaks_via_next()))
except RuntimeError as e:
    print("RuntimeError:", e)

# the exception being handled, seen from inside a resumed generator


def show_handled():
    yield repr(sys.exc_info()[1])
    try:
        raise KeyError("inner")
    except KeyError:
        yield repr(sys.exc_info()[1])
    yield repr(sys.exc_info()[1])


try:
    raise TypeError("outer")
except TypeError:
    for v in show_handled():
        print("handled:", v)
print("after:", sys.exc_info()[1])

# a generator resuming itself: "generator already executing"


def selfish():
    yield 1
    for y in me:
        yield y


me = selfish()
try:
    for v in me:
        print("selfish", v)
except ValueError as e:
    print("ValueError:", e)

# a generator finished by for loop stays finished
c = count(2)
print(list(c), list(c), next(c, "exhausted"))

# deep chains of yield from


def chain(depth):
    if depth == 0:
        yield "bottom"
        return 0
    r = yield from chain(depth - 1)
    return r + 1


def drive(depth):
    g = chain(depth)
    out = []
    while True:
        try:
            out.append(next(g))
        except StopIteration as s:
            return out, s.value


print(drive(50))


def runaway(n):
    yield from runaway(n + 1)
    yield n


try:
    for _ in runaway(0):
        pass
except RecursionError as e:
    print("RecursionError:", e)

# break out of a generator loop: the generator is closed


def closing():
    try:
        yield 1
        yield 2
    finally:
        print("closing ran")


for v in closing():
    print("first", v)
    break

# throw() into a generator suspended inside a yield from


def catcher():
    try:
        yield "waiting"
    except KeyError as e:
        yield "caught " + str(e)


def wrapper():
    yield from catcher()


w = wrapper()
print(next(w), w.throw(KeyError("k")))

# a coroutine awaited through a chain, driven by send


class Suspend:
    def __await__(self):
        v = yield "suspended"
        return v


async def leaf():
    return await Suspend()


async def root():
    a = await leaf()
    b = await leaf()
    return a + b


co = root()
print(co.send(None), co.send(10))
try:
    co.send(32)
except StopIteration as s:
    print("coroutine returned", s.value)
