# Async comprehensions: `async for` in list/set/dict comprehensions and
# generator expressions, `await` inside comprehensions, nesting, conditions.
import asyncio


async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def square(x):
    await asyncio.sleep(0)
    return x * x


async def main():
    print([x async for x in numbers(5)])
    print({x % 3 async for x in numbers(7)})
    print({x: str(x) async for x in numbers(3)})
    print([x async for x in numbers(10) if x % 2 if x > 3])
    print([await square(x) for x in range(5)])
    print([await square(x) async for x in numbers(4)])
    print({await square(x): x for x in range(3)})
    print([(a, b) async for a in numbers(3) for b in range(a)])
    print([(a, b) for a in range(3) async for b in numbers(a)])
    print([[y async for y in numbers(x)] async for x in numbers(4)])
    gen = (x * 10 async for x in numbers(4))
    print(type(gen).__name__)
    print([v async for v in gen])
    agen = (await square(x) for x in range(4))
    print(type(agen).__name__, [v async for v in agen])
    total = sum([x async for x in numbers(101)])
    print(total)
    try:
        [x async for x in range(3)]
    except TypeError as e:
        print("TypeError:", e)
    k = 100
    print([x + k async for x in numbers(3)])


asyncio.run(main())
