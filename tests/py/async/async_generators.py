# Async generators: type and repr, __anext__/asend/athrow/aclose, finally
# blocks, awaiting inside them, errors, anext()/aiter() builtins.
import asyncio
import types


async def ticker(n, delay=0):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            got = yield i
            if got is not None:
                print("ticker got", got)
    finally:
        print("ticker finally")


async def echo():
    value = None
    while True:
        try:
            value = yield value
        except ValueError as e:
            value = f"handled {e}"


async def main():
    g = ticker(3)
    print(type(g).__name__, type(g) is types.AsyncGeneratorType)
    print(repr(g).startswith("<async_generator object ticker at 0x"))
    print(g.__name__, g.ag_running, g.ag_code is ticker.__code__)
    print(aiter(g) is g)
    print(await g.__anext__())
    print(await g.asend("hello"))
    print(await anext(g))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("exhausted")
    print(await anext(g, "default"))
    print(await g.aclose())

    print([x async for x in ticker(4, 0.001)])
    t5 = ticker(5)
    async for x in t5:
        if x == 2:
            break
    print("broke out")
    await t5.aclose()

    e = echo()
    print(await e.asend(None))
    print(await e.asend(1))
    print(await e.athrow(ValueError("oops")))
    print(await e.asend(2))
    await e.aclose()
    try:
        await e.asend(3)
    except StopAsyncIteration:
        print("closed echo stops")

    g = ticker(3)
    await g.__anext__()
    try:
        await g.athrow(KeyError("k"))
    except KeyError as err:
        print("athrow propagated", err)
    print(await g.aclose())

    async def ignores_exit():
        try:
            yield 1
        except GeneratorExit:
            yield 2

    bad = ignores_exit()
    await bad.__anext__()
    try:
        await bad.aclose()
    except RuntimeError as err:
        print("RuntimeError:", err)

    async def stops():
        yield 1
        raise StopAsyncIteration

    try:
        async for _ in stops():
            pass
    except RuntimeError as err:
        print("RuntimeError:", err)

    never = ticker(2)
    print(await never.aclose())
    try:
        await never.__anext__()
    except StopAsyncIteration:
        print("closed before start")

    async def gen_with_return_none():
        yield "only"
        return

    print([v async for v in gen_with_return_none()])
    try:
        await anext(5)
    except TypeError as err:
        print("TypeError:", err)
    try:
        aiter(5)
    except TypeError as err:
        print("TypeError:", err)
    a = g.asend(None)
    print(type(a).__name__, type(g.athrow(ValueError)).__name__, type(g.aclose()).__name__)


asyncio.run(main())
