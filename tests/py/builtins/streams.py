# Stream objects: sys.stdout/stderr/stdin attributes, .buffer, and
# io.UnsupportedOperation from the wrong direction.
import sys

print(type(sys.stdout).__name__, sys.stdout.name, sys.stderr.name, sys.stdin.name)
print(sys.stdout.mode, sys.stdout.encoding, sys.stdout.closed)
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
print(repr(sys.stdin), repr(sys.stderr))
sys.stdout.flush()
sys.stdout.buffer.write(b"bytes via buffer\n")
sys.stdout.buffer.flush()
print("after buffer")
try:
    sys.stdin.write("x")
except ValueError as e:
    print(type(e).__name__, e, isinstance(e, OSError))
    print([c.__name__ for c in type(e).__mro__])
try:
    print("x", file=sys.stdin)
except OSError as e:
    print(type(e).__name__, e)
path = "/tmp/tauraro_builtins_streams_test.txt"
f = open(path, "w")
try:
    f.read()
except OSError as e:
    print(type(e).__name__, e, e.errno)
f.close()
g = open(path, "wb")
try:
    g.read()
except Exception as e:
    print(type(e).__name__, e)
g.close()
try:
    open(path, "rb").write(b"x")
except Exception as e:
    print(type(e).__name__, e)
with open(path, "w") as h:
    print(h.seekable(), h.tell(), h.write("abc"), h.tell())
    print(repr(h), h.encoding)
