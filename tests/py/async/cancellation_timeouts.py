# Cancellation and timeouts: CancelledError delivered at the await point,
# finally/except in the cancelled task, cancel messages, cancelling a task
# that catches it, wait_for/TimeoutError, shield, wait(timeout).
import asyncio


async def sleeper(name, delay):
    try:
        print(f"{name} sleeping")
        await asyncio.sleep(delay)
        print(f"{name} woke")
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise
    finally:
        print(f"{name} cleanup")


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn caught the cancel")
    return "survived"


async def quick(v):
    await asyncio.sleep(0.001)
    return v


async def main():
    t = asyncio.create_task(sleeper("t", 1))
    await asyncio.sleep(0)
    print("cancel ->", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("await raised CancelledError", t.cancelled(), t.done())
    print("cancel again ->", t.cancel())
    try:
        t.result()
    except asyncio.CancelledError:
        print("result raises CancelledError")

    t = asyncio.create_task(sleeper("m", 1))
    await asyncio.sleep(0)
    t.cancel("with message")
    try:
        await t
    except asyncio.CancelledError as e:
        print("message:", e.args)

    pending = asyncio.create_task(sleeper("never-started", 1))
    pending.cancel()
    try:
        await pending
    except asyncio.CancelledError:
        print("cancelled before it started")

    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelled())

    try:
        await asyncio.wait_for(sleeper("w", 1), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("TimeoutError", type(e).__name__, type(e.__cause__).__name__)
    print(await asyncio.wait_for(quick("in time"), timeout=1))
    print(await asyncio.wait_for(quick("no timeout"), None))
    try:
        await asyncio.wait_for(sleeper("z", 1), 0)
    except TimeoutError:
        print("zero timeout")

    inner = asyncio.create_task(quick("shielded"))
    outer = asyncio.shield(inner)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled, inner cancelled?", inner.cancelled())
    print(await inner)

    async def instant(v):
        return v

    a = asyncio.create_task(instant("a"))
    b = asyncio.create_task(sleeper("b", 1))
    await asyncio.sleep(0)
    done, still = await asyncio.wait({a, b}, timeout=0.01)
    print([d.result() for d in done], len(still))
    b.cancel()
    await asyncio.gather(b, return_exceptions=True)

    group = asyncio.gather(sleeper("g1", 1), sleeper("g2", 1))
    await asyncio.sleep(0)
    group.cancel()
    try:
        await group
    except asyncio.CancelledError:
        print("gather cancelled")

    async def cancels_itself_later():
        task = asyncio.current_task()
        asyncio.get_running_loop().call_later(0.002, task.cancel)
        await asyncio.sleep(1)

    try:
        await asyncio.create_task(cancels_itself_later())
    except asyncio.CancelledError:
        print("timer cancelled the task")

    leftover = asyncio.create_task(sleeper("leftover", 1))
    await asyncio.sleep(0)
    print("main returns with a task still sleeping")
    return "end"


print(asyncio.run(main()))
print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))
