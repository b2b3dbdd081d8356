# sys.exc_info() and __context__ seen from generators and coroutines: their own
# handlers first, else what the code resuming them is handling.
import sys

def g():
    print(sys.exc_info()[0])
    yield 1
    print(sys.exc_info()[0])
    try:
        raise KeyError
    except KeyError:
        yield 2
        print(sys.exc_info()[0])
    print(sys.exc_info()[0])
    yield 3
it = g()
try:
    raise ValueError
except ValueError:
    next(it)
next(it)
try:
    raise TypeError
except TypeError:
    next(it)
    print("caller", sys.exc_info()[0])
next(it, None)
def h():
    try:
        yield
    finally:
        raise IndexError
x = h(); next(x)
try:
    raise ValueError('v')
except ValueError:
    try:
        x.close()
    except IndexError as e:
        print(repr(e.__context__))


class Exit:
    async def __aenter__(self):
        return self

    async def __aexit__(self, typ, val, tb):
        print("aexit sees", sys.exc_info()[0].__name__, typ.__name__)
        raise KeyError("from aexit")


async def body():
    try:
        async with Exit():
            raise ValueError("in body")
    except KeyError as e:
        print("KeyError context:", repr(e.__context__))
    try:
        raise OSError("handled")
    except OSError:
        await Pause()
        print("after await still handling", sys.exc_info()[0].__name__)
    print("outside handler", sys.exc_info()[0])


class Pause:
    def __await__(self):
        yield


c = body()
c.send(None)
try:
    raise IndexError
except IndexError:
    try:
        c.send(None)
    except StopIteration:
        print("caller still handling", sys.exc_info()[0].__name__)
