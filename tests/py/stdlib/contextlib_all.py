# contextlib: contextmanager (normal exit, exceptions, suppression,
# decorator use), suppress, closing, nullcontext, ExitStack, redirect_stdout.
import contextlib
import sys
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack

@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)

with tag("a") as t:
    print("inside", t)
try:
    with tag("b"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)

@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", e)
with swallow():
    raise KeyError("k")
print("after swallow")

@tag("deco")
def decorated(x):
    print("running", x)
    return x * 2
print(decorated(3), decorated(4))

@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
@contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
try:
    with suppress(KeyError):
        [][1]
except IndexError:
    print("not suppressed")

class Res:
    def __init__(self, n):
        self.n = n
    def close(self):
        print("close", self.n)
with closing(Res(1)) as r:
    print("using", r.n)
with nullcontext(5) as v:
    print("null", v)

with ExitStack() as stack:
    for i in range(3):
        stack.enter_context(tag("s%d" % i))
    stack.callback(print, "callback ran")
    print("body")
with ExitStack() as stack:
    stack.push(lambda *exc: print("exit saw", exc[0].__name__) or True)
    raise OSError("x")
print("exitstack suppressed")
with ExitStack() as outer:
    inner = ExitStack()
    inner.callback(print, "moved")
    outer.enter_context(inner.pop_all())
print("after pop_all")
try:
    with ExitStack() as s:
        s.enter_context(3)
except TypeError as e:
    print("TypeError", e)

class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        pass
sink = Sink()
with contextlib.redirect_stdout(sink):
    print("captured", 1)
print("sink", sink.parts, sys.stdout is sys.__stdout__ if hasattr(sys, "__stdout__") else True)
print(isinstance(nullcontext(), contextlib.AbstractContextManager), issubclass(Res, contextlib.AbstractContextManager))
