# print: separators, end, file objects, flush, and its errors.
import sys

print()
print(1, "two", 3.0, None, True, [1, "x"], (1,), {"k": "v"})
print(1, 2, 3, sep="")
print(1, 2, 3, sep=", ", end=".\n")
print("no newline", end="")
print(" continued")
print("a", "b", sep=None, end=None)
print(*range(5))
print(*[], sep="x")
print("x", sep="-")


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.parts.append("<flush>")


c = Collector()
print("hello", 42, file=c)
print("again", file=c, sep="|", end="!", flush=True)
print(c.parts)


class S:
    def __str__(self):
        return "S-object"

    def __repr__(self):
        return "S-repr"


print(S(), [S()], "%s %r" % (S(), S()))
print("unicode: héllo wörld €", "\u2603")
print(sys.stdout.write("direct write\n"))
sys.stdout.write("partial ")
sys.stdout.write("line\n")
print(sys.stdout.encoding, sys.stdout.writable(), sys.stdout.readable())
sys.stdout.flush()
for t in [lambda: print(sep=5), lambda: print(end=5), lambda: print(x=5),
          lambda: print("a", file=5), lambda: sys.stdout.write(5)]:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
print("stderr line", file=sys.stderr)
print("done")
