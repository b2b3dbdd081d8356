# raise ... from, implicit __context__, re-raising, and catching by base.
def fail():
    raise KeyError("inner")


try:
    try:
        fail()
    except KeyError as e:
        raise ValueError("outer") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, repr(e.__context__))

try:
    try:
        fail()
    except KeyError:
        raise ValueError("during handling")
except ValueError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)

try:
    try:
        fail()
    except KeyError:
        raise ValueError("suppressed") from None
except ValueError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)

try:
    try:
        raise TypeError("first")
    except TypeError:
        raise
except Exception as e:
    print("re-raised", repr(e))

for cls in (ZeroDivisionError, OverflowError, KeyError, IndexError, FileNotFoundError):
    try:
        raise cls("x")
    except (ArithmeticError, LookupError) as e:
        print(cls.__name__, "caught as", type(e).__mro__[1].__name__)
    except OSError as e:
        print(cls.__name__, "caught as OSError", e.errno)

try:
    1 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e, e.args)
try:
    [][1]
except IndexError as e:
    print(type(e).__name__, e)
try:
    {}["missing"]
except KeyError as e:
    print(type(e).__name__, e, e.args)
try:
    undefined_name
except NameError as e:
    print(type(e).__name__, e)
try:
    None.attr
except AttributeError as e:
    print(type(e).__name__, e)
try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e))
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
