# asyncio.Lock, Event, Semaphore, BoundedSemaphore, Condition: FIFO wake-up
# order, async with, and their errors.
import asyncio


async def locked_section(lock, name, log):
    async with lock:
        log.append(f"{name} in")
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        log.append(f"{name} out")


async def waiter(event, name):
    print(f"{name} waiting")
    await event.wait()
    print(f"{name} released")
    return name


async def limited(sem, name, active, peak):
    async with sem:
        active[0] += 1
        peak[0] = max(peak[0], active[0])
        print(f"{name} acquired, active {active[0]}")
        # Yield without a timer: timed sleeps would make the order depend on
        # how fast the machine runs (under ASan, say).
        await asyncio.sleep(0)
        active[0] -= 1
    print(f"{name} released")


async def main():
    lock = asyncio.Lock()
    print(lock.locked())
    log = []
    await asyncio.gather(*(locked_section(lock, n, log) for n in "abc"))
    print(log)
    await lock.acquire()
    print(lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(event, f"w{i}")) for i in range(3)]
    await asyncio.sleep(0)
    print("is_set", event.is_set())
    event.set()
    print(await asyncio.gather(*tasks))
    print(await event.wait())
    event.clear()
    print("cleared", event.is_set())

    sem = asyncio.Semaphore(2)
    active, peak = [0], [0]
    await asyncio.gather(*(limited(sem, f"s{i}", active, peak) for i in range(5)))
    print("peak", peak[0], sem.locked())

    bounded = asyncio.BoundedSemaphore(1)
    await bounded.acquire()
    bounded.release()
    try:
        bounded.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)

    cond = asyncio.Condition()
    items = []

    async def consume(name):
        async with cond:
            await cond.wait_for(lambda: items)
            print(name, "took", items.pop(0))

    consumers = [asyncio.create_task(consume(f"k{i}")) for i in range(2)]
    await asyncio.sleep(0)
    for v in ("first", "second"):
        async with cond:
            items.append(v)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*consumers)

    lock2 = asyncio.Lock()
    await lock2.acquire()
    blocked = asyncio.create_task(lock2.acquire())
    await asyncio.sleep(0)
    blocked.cancel()
    await asyncio.sleep(0)
    print("cancelled waiter", blocked.cancelled(), lock2.locked())
    lock2.release()
    print(lock2.locked())


asyncio.run(main())
