def simple(a, b=2, *args, c, d=4, **kw) -> int:
    """Docstring."""
    return a + b + c + d

def outer():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

def deco(f):
    return f

@deco
@deco
def decorated(x: int, /, y: "str" = "s"):
    return lambda z, *, w=1: x + z + w

def gen(n):
    for i in range(n):
        received = yield i
    yield from range(3)
    return "done"

def unbound():
    print(later)
    later = 1
    del later
