# async for (the __aiter__/__anext__ protocol, else, break, continue,
# exceptions) and async with (__aenter__/__aexit__, suppression), driven
# without an event loop.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Suspend:
    """An awaitable that suspends once (like a real I/O wait)."""

    def __await__(self):
        yield "suspended"


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Suspend()
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


class Resource:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    async def __aenter__(self):
        await Suspend()
        print("enter", self.name)
        return self.name.upper()

    async def __aexit__(self, typ, val, tb):
        await Suspend()
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.swallow


async def loops():
    async for i in Countdown(3):
        print("i", i)
    else:
        print("else ran")
    async for i in Countdown(5):
        if i == 3:
            continue
        if i == 1:
            break
        print("j", i)
    else:
        print("not printed")
    total = 0
    async for a in Countdown(3):
        async for b in Countdown(2):
            total += a * 10 + b
    print("total", total)
    try:
        async for i in Countdown(3):
            raise KeyError(i)
    except KeyError as e:
        print("KeyError", e)
    try:
        async for i in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)

    class NoAnext:
        def __aiter__(self):
            return self

    try:
        async for i in NoAnext():
            pass
    except TypeError as e:
        print("TypeError:", e)

    class BadAnext:
        def __aiter__(self):
            return self

        def __anext__(self):
            return 1

    try:
        async for i in BadAnext():
            pass
    except TypeError as e:
        print("TypeError:", e)
    return "loops done"


async def withs():
    async with Resource("a") as v:
        print("body", v)
    async with Resource("b", swallow=True):
        raise ValueError("swallowed")
    print("after swallow")
    try:
        async with Resource("c"):
            raise ValueError("propagates")
    except ValueError as e:
        print("caught", e)
    async with Resource("d") as d, Resource("e") as e:
        print("both", d, e)
    for k in range(3):
        async with Resource(f"loop{k}"):
            if k == 1:
                break
    try:
        async with 5:
            pass
    except TypeError as e:
        print("TypeError:", e)

    class OnlyEnter:
        async def __aenter__(self):
            return self

    try:
        async with OnlyEnter():
            pass
    except TypeError as e:
        print("TypeError:", e)
    return await returns_inside()


async def returns_inside():
    async with Resource("r"):
        return "returned from inside"


print(run(loops()))
print(run(withs()))
