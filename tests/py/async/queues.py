# asyncio.Queue: producer/consumer ordering, maxsize back-pressure,
# task_done/join, nowait variants and their exceptions, Lifo/Priority.
import asyncio


async def producer(q, name, items):
    for item in items:
        await q.put(f"{name}{item}")
        print(f"{name} put {item} (size {q.qsize()})")
    print(f"{name} finished")


async def consumer(q, name, seen):
    while True:
        item = await q.get()
        print(f"{name} got {item}")
        seen.append(item)
        await asyncio.sleep(0)
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full(), q.qsize())
    seen = []
    consumers = [asyncio.create_task(consumer(q, f"c{i}", seen)) for i in range(2)]
    await asyncio.gather(producer(q, "p", range(4)), producer(q, "r", range(3)))
    await q.join()
    print("joined, seen", len(seen), sorted(seen))
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    print([c.cancelled() for c in consumers])

    q = asyncio.Queue(1)
    q.put_nowait("x")
    print(q.full())
    try:
        q.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull")
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    try:
        q.task_done()
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)

    waiter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print("waiter done?", waiter.done())
    await q.put("late item")
    print(await waiter)

    try:
        await asyncio.wait_for(q.get(), 0.005)
    except asyncio.TimeoutError:
        print("get timed out")

    lifo = asyncio.LifoQueue()
    prio = asyncio.PriorityQueue()
    for v in (3, 1, 2):
        lifo.put_nowait(v)
        prio.put_nowait(v)
    print([lifo.get_nowait() for _ in range(3)], [prio.get_nowait() for _ in range(3)])


asyncio.run(main())
