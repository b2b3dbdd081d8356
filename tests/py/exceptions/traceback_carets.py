# The `~~^~~` lines under traceback source lines (CPython 3.11), printed by
# the traceback module; file paths replaced so the output is portable.
import traceback


def show(fn, *args):
    try:
        fn(*args)
    except Exception:
        text = traceback.format_exc().replace(__file__, "FILE")
        print(text.rstrip("\n"))
    print("--")


def add(a, b):
    return a + b


def floor_div(a, b):
    return a   //   b


def paren_left(a, b):
    return (a) + b


def key(d):
    return d["missing"]


def nested_key(d):
    return d["a"]["c"]


def index(xs):
    print(xs[5])


def store(xs):
    xs[3] = 1


def method(obj):
    obj.nope()


def attr_whole_line(obj):
    obj.nope


def name_error():
    print(undefined_name)


def call_in_assign():
    y = add(1, "x")
    return y


def comment_after():
    add(1, "x")  # a comment


def multi_line_call():
    add(1,
        "x")


def asserts(x):
    assert x == 1 and x, "msg"


def folded():
    return "abc"[1] + 1


def in_listcomp(xs):
    return [1 / x for x in xs]


show(add, 1, "x")
show(floor_div, 1, "x")
show(paren_left, 1, "x")
show(key, {})
show(nested_key, {"a": {"b": 1}})
show(index, [1])
show(store, [])
show(method, [])
show(attr_whole_line, 5)
show(name_error)
show(call_in_assign)
show(comment_after)
show(multi_line_call)
show(asserts, 0)
show(folded)
show(in_listcomp, [1, 0])
