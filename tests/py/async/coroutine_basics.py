# Coroutine objects: type, repr, send/throw/close, cr_* attributes, awaiting
# custom awaitables and types.coroutine generators, and the errors.
import types


async def double(x):
    return x * 2


async def waits_twice():
    a = await double(1)
    b = await double(a)
    return a + b


def drive(coro):
    """Run a coroutine that never suspends on a real event."""
    try:
        while True:
            print("yielded", coro.send(None))
    except StopIteration as e:
        return e.value


c = double(21)
print(type(c).__name__, type(c) is types.CoroutineType)
print(repr(c).startswith("<coroutine object double at 0x"), repr(c).endswith(">"))
print(c.__name__, c.__qualname__, c.cr_running, c.cr_code is double.__code__, c.cr_await)
print(drive(c))
print(c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
print(drive(waits_twice()))


class Ticket:
    """An awaitable whose __await__ is a generator."""

    def __init__(self, n):
        self.n = n

    def __await__(self):
        got = yield f"ticket {self.n}"
        return (self.n, got)


@types.coroutine
def raw_yield(value):
    sent = yield value
    return sent


async def uses_awaitables():
    r1 = await Ticket(3)
    r2 = await raw_yield("raw")
    return r1, r2


co = uses_awaitables()
print(co.send(None))
print(co.cr_await is not None, type(co.cr_await).__name__)
print(co.send("first"))
try:
    co.send("second")
except StopIteration as e:
    print("result", e.value)


async def bad_await(x):
    return await x


for obj in (5, "s", [1], None):
    try:
        bad_await(obj).send(None)
    except TypeError as e:
        print("TypeError:", e)


def plain_gen():
    yield 1


try:
    bad_await(plain_gen()).send(None)
except TypeError as e:
    print("TypeError:", e)


class BadAwait:
    def __await__(self):
        return 42


try:
    bad_await(BadAwait()).send(None)
except TypeError as e:
    print("TypeError:", e)


async def reuse():
    inner = double(5)
    print(await inner)
    try:
        await inner
    except RuntimeError as e:
        print("RuntimeError:", e)
    return "reused"


print(drive(reuse()))


async def guarded():
    try:
        await Ticket(1)
        await Ticket(2)
    except ValueError as e:
        print("caught inside", e)
        return "recovered"
    finally:
        print("finally runs")


g = guarded()
print(g.send(None))
try:
    g.throw(ValueError("injected"))
except StopIteration as e:
    print("throw result", e.value)

g = guarded()
print(g.send(None))
g.close()
print("closed", g.cr_await)
g.close()


async def stubborn():
    try:
        await Ticket(0)
    except GeneratorExit:
        await Ticket(1)


s = stubborn()
s.send(None)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

w = double(1).__await__()
print(type(w).__name__)
try:
    next(w)
except StopIteration as e:
    print("wrapper value", e.value)


async def raises_stop():
    raise StopIteration(3)


try:
    raises_stop().send(None)
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

try:
    double(1).send(5)
except TypeError as e:
    print("TypeError:", e)

done_coro = double(2)
try:
    done_coro.send(None)
except StopIteration:
    pass
try:
    done_coro.throw(ValueError)
except RuntimeError as e:
    print("throw into finished:", e)
done_coro.close()
fresh = double(3)
try:
    fresh.throw(ValueError("before start"))
except ValueError as e:
    print("thrown before start:", e)


class Delegate:
    """An awaitable's iterator with close() and throw(): close() is what a
    closing coroutine calls on it."""

    def __iter__(self):
        return self

    def __next__(self):
        return "step"

    def close(self):
        print("Delegate.close")

    def throw(self, *args):
        print("Delegate.throw", args)
        raise args[0]


class UsesDelegate:
    def __await__(self):
        return Delegate()


async def awaits_delegate():
    await UsesDelegate()


d = awaits_delegate()
print(d.send(None))
d.close()
