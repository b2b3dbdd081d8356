# Exception attributes: args, __cause__, __context__, __suppress_context__,
# __traceback__, with_traceback, add_note, arbitrary instance attributes.
e = ValueError("a", 1)
print(e.args)
e.args = [1, 2, 3]
print(e.args, str(e), repr(e))
e.args = "ab"
print(e.args)
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)

c = KeyError("cause")
e.__cause__ = c
print(e.__cause__ is c, e.__suppress_context__)
e.__cause__ = None
print(e.__cause__, e.__suppress_context__)
e.__suppress_context__ = False
print(e.__suppress_context__)
e.__context__ = c
print(e.__context__ is c)

for bad in ("__cause__", "__context__"):
    try:
        setattr(e, bad, 5)
    except TypeError as err:
        print("TypeError:", err)
try:
    ValueError().with_traceback(5)
except TypeError as err:
    print("TypeError:", err)
r = ValueError("w")
print(r.with_traceback(None) is r)

n = ValueError("noted")
n.add_note("first")
n.add_note("second")
print(n.__notes__)
try:
    n.add_note(5)
except TypeError as err:
    print("TypeError:", err)

x = RuntimeError("attrs")
x.code = 5
x.detail = "more"
print(x.code, x.detail, sorted(x.__dict__))
print(ValueError().__dict__)


class AppError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code


try:
    raise AppError(404, "not found")
except AppError as err:
    print(err.code, err, err.args, repr(err))

s = StopIteration(10)
print(s.value, s.args)
s.value = 11
print(s.value, s.args)
print(SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
print(ImportError("m", name="mod", path="/p").name, ImportError("m", name="mod", path="/p").path)
print(ImportError("m").msg, ImportError().msg, ImportError("a", "b").msg)
print(repr(str(ImportError("a", "b"))))
print(AttributeError("m", name="n", obj=3).name, AttributeError("m", name="n", obj=3).obj)
print(AttributeError("m").name, NameError("m", name="x").name, NameError("m").name)
for call in (lambda: ValueError(x=1), lambda: ImportError(x=1),
             lambda: AttributeError(x=1), lambda: NameError(x=1), lambda: OSError(x=1)):
    try:
        call()
    except TypeError as err:
        print("TypeError:", err)
print(ValueError(1).__reduce__(), KeyError("k").__reduce__())
