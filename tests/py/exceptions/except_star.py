# except* (PEP 654): splitting groups among clauses, re-raising the rest,
# new exceptions raised by clauses, naked exceptions, nesting.
import traceback


def run(label, fn):
    print("==", label)
    try:
        fn()
    except BaseException as e:
        print("escaped:", type(e).__name__, repr(e))
        if isinstance(e, BaseExceptionGroup):
            for sub in e.exceptions:
                print("   sub:", repr(sub), "context:", repr(sub.__context__))


def split_between_clauses():
    try:
        raise ExceptionGroup("many", [ValueError("a"), TypeError("b"), ValueError("c")])
    except* ValueError as eg:
        print("values", eg.exceptions)
    except* TypeError as eg:
        print("types", repr(eg))


def rest_propagates():
    try:
        raise ExceptionGroup("g", [KeyError("k"), OSError("o")])
    except* KeyError:
        print("key handled")


def naked_matched():
    try:
        raise ValueError("plain")
    except* ValueError as eg:
        print("wrapped", repr(eg), eg.exceptions[0].args)


def naked_unmatched():
    try:
        raise ValueError("plain")
    except* TypeError:
        print("not here")


def bare_reraise():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("re-raising values")
        raise


def raise_new():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("from handler")


def raise_new_and_rest():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise RuntimeError("new")
    except* TypeError:
        raise


def nested_groups():
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
    except* ValueError as eg:
        print("values:", repr(eg))
    except* TypeError as eg:
        print("types:", repr(eg))


def tuple_of_types():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3)])
    except* (ValueError, TypeError) as eg:
        print("either:", repr(eg))


def handled_info():
    import sys
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        print("exc_info:", repr(sys.exc_info()[1]))
    print("after:", sys.exc_info())


def else_and_finally():
    try:
        pass
    except* ValueError:
        print("no")
    else:
        print("else runs")
    finally:
        print("finally runs")


def bad_type():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ExceptionGroup:
        pass


def base_group():
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
    except* KeyboardInterrupt:
        print("interrupt handled")


def group_methods():
    eg = ExceptionGroup("x", [ValueError(1), ExceptionGroup("y", [TypeError(2)])])
    m, r = eg.split(TypeError)
    print(repr(m), repr(r))
    print(repr(eg.subgroup(lambda e: isinstance(e, ValueError))))


for name, fn in list(globals().items()):
    if callable(fn) and name not in ("run",) and fn.__module__ == "__main__" and not isinstance(fn, type):
        run(name, fn)
