# str() and repr() of exceptions: zero, one and several arguments, KeyError.
cases = [
    ValueError(), ValueError("bad"), ValueError(1, 2), ValueError(None),
    ValueError(""), ValueError([1, 2]), ValueError(("t",)), TypeError("x", "y", "z"),
    KeyError(), KeyError("k"), KeyError(""), KeyError(1, 2), KeyError(("a", 1)),
    IndexError("list index out of range"), StopIteration(), StopIteration(5),
    SystemExit(), SystemExit(2), SystemExit("msg"), ZeroDivisionError("division by zero"),
    RuntimeError("a\nb"), Exception("quote's"), BaseException(3.5),
    AttributeError("no attr"), NameError("name 'x' is not defined"),
    ImportError("no"), ModuleNotFoundError("No module named 'nope'"),
    AssertionError(), NotImplementedError("todo"), Warning("careful"),
]
for e in cases:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)


class MyErr(Exception):
    pass


class WithStr(Exception):
    def __str__(self):
        return "custom str"


class WithInit(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b


class NoSuper(Exception):
    def __init__(self, x):
        self.x = x


print(repr(MyErr(1, 2)), str(MyErr(1, 2)), repr(MyErr()), repr(MyErr("m")))
print(repr(WithStr("a")), str(WithStr("a")))
w = WithInit(1, 2)
print(repr(w), str(w), w.args, w.b)
n = NoSuper(7)
print(repr(n), str(n), n.args, n.x)
print(f"{ValueError('in f-string')}", "%s" % KeyError("pct"))
print(str(ValueError("x")) == "x", repr(ValueError("x")) == "ValueError('x')")
