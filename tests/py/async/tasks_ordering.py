# asyncio scheduling order: tasks start in creation order, sleep(0) yields
# to the others, timers fire by deadline (ties in order), gather keeps
# argument order, call_soon callbacks are FIFO, done callbacks run after.
import asyncio

log = []


async def worker(name, steps):
    for i in range(steps):
        print(f"{name}: step {i}")
        await asyncio.sleep(0)
    print(f"{name}: done")
    return f"{name}-result"


async def timed(name, delay):
    await asyncio.sleep(delay)
    print(f"{name} woke after {delay}")
    return delay


async def main():
    print("main starts", asyncio.current_task().get_name())
    tasks = [asyncio.create_task(worker(n, k)) for n, k in (("A", 3), ("B", 1), ("C", 2))]
    print("created", [t.get_name() for t in tasks], [t.done() for t in tasks])
    await asyncio.sleep(0)
    print("main after one yield")
    results = await asyncio.gather(*tasks)
    print(results)
    # Sleeps started in deadline order (a slow machine cannot reorder them);
    # results still come back in argument order.
    print(await asyncio.gather(timed("fast", 0.002), timed("mid", 0.004), timed("slow", 0.006)))
    # Timers against one clock reading: deadline order, ties in FIFO order.
    loop = asyncio.get_running_loop()
    now = loop.time()
    fired = loop.create_future()
    for name, offset in (("late", 0.006), ("early", 0.002), ("tie-1", 0.004),
                         ("tie-2", 0.004), ("tie-3", 0.004)):
        loop.call_at(now + offset, print, "timer", name)
    loop.call_at(now + 0.008, fired.set_result, None)
    cancelled = loop.call_at(now + 0.003, print, "never printed")
    cancelled.cancel()
    await fired

    loop = asyncio.get_running_loop()
    for i in range(3):
        loop.call_soon(print, "callback", i)
    t = asyncio.create_task(worker("D", 1))
    t.add_done_callback(lambda fut: print("done callback:", fut.result()))
    await t
    loop.call_later(0.001, print, "later callback")
    await asyncio.sleep(0.002)

    named = asyncio.create_task(worker("E", 0), name="custom")
    print(named.get_name())
    named.set_name("renamed")
    print(named.get_name(), await named)

    async def failing():
        await asyncio.sleep(0)
        raise ValueError("bad task")

    f = asyncio.create_task(failing())
    await asyncio.wait([f])
    print(f.done(), type(f.exception()).__name__, f.exception())
    try:
        f.result()
    except ValueError as e:
        print("result raised", e)
    print(await asyncio.gather(failing(), worker("F", 1), return_exceptions=True))
    try:
        await asyncio.gather(failing(), worker("G", 2))
    except ValueError as e:
        print("gather raised", e)
    for _ in range(4):
        await asyncio.sleep(0)
    print(len(asyncio.all_tasks()), asyncio.current_task() in asyncio.all_tasks())
    print(await asyncio.gather())

    fut = loop.create_future()
    print(fut.done(), fut.cancelled())
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    loop.call_later(0.001, fut.set_result, "future value")
    print(await fut, fut.done())
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError:
        print("already done")
    return "main result"


print(asyncio.run(main()))
loop = asyncio.new_event_loop()
print(loop.run_until_complete(worker("H", 1)))
print(loop.is_closed(), loop.is_running())
loop.close()
print(loop.is_closed())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
print(asyncio.iscoroutinefunction(worker), asyncio.iscoroutinefunction(print))
c = worker("I", 0)
print(asyncio.iscoroutine(c), asyncio.iscoroutine(worker))
c.close()
