# asyncio.TaskGroup and asyncio.timeout (3.11): children awaited at the end
# of the block, the first failure cancels the rest, errors raised as an
# ExceptionGroup; timeouts turn their own cancellation into TimeoutError.
import asyncio

cancelled = []

async def job(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ValueError(f"{name} failed")
        print(name, "finished")
        return name
    except asyncio.CancelledError:
        cancelled.append(name)
        raise

async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(job("a", 0.001))
        b = tg.create_task(job("b", 0.002))
    print(a.result(), b.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("c", 10, fail=True))
            tg.create_task(job("d", 10))
            tg.create_task(job("e", 0, fail=True))
    except BaseExceptionGroup as eg:
        print(type(eg).__name__, eg.message, sorted(str(e) for e in eg.exceptions))
    print("cancelled:", sorted(cancelled))
    try:
        async with asyncio.timeout(0.005) as t:
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out", t.expired())
    async with asyncio.timeout(1) as t:
        await asyncio.sleep(0.001)
    print("in time", t.expired())
    async with asyncio.timeout(None) as t:
        t.reschedule(asyncio.get_running_loop().time() + 1)
        await asyncio.sleep(0)
    print(t.expired())
    try:
        async with asyncio.timeout(0.002):
            async with asyncio.timeout(1):
                await asyncio.sleep(0.5)
    except TimeoutError:
        print("outer timeout")
    print(asyncio.current_task().cancelling())

asyncio.run(main())
