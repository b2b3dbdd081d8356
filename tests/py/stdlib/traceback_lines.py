# traceback: the exception lines (format_exception_only, the last line of
# format_exc), chained causes/contexts, notes, SyntaxError carets.
# (Frame lines are not compared: they need frame objects.)
import traceback

def last_lines(exc):
    lines = "".join(traceback.format_exception(exc)).splitlines()
    return [l for l in lines if not l.startswith("  ")]

try:
    {}["missing"]
except KeyError as e:
    print(traceback.format_exception_only(e))
    print(repr(traceback.format_exc().splitlines()[-1]))
try:
    raise ValueError("outer") from KeyError("inner")
except ValueError as e:
    print(last_lines(e))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    print(last_lines(e))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("hidden context") from None
except RuntimeError as e:
    print(last_lines(e))
e = ValueError("with notes")
e.add_note("first note")
e.add_note("second\nnote")
print(traceback.format_exception_only(e), traceback.format_exception_only(ValueError()))
class Custom(Exception):
    pass
print(traceback.format_exception_only(Custom("x")), traceback.format_exception_only(None))
try:
    compile("x = (1,\n", "snippet.py", "exec")
except SyntaxError as e:
    print(traceback.format_exception_only(e)[-1])
try:
    compile("a b", "<demo>", "exec")
except SyntaxError as e:
    print("".join(traceback.format_exception_only(e)))
te = traceback.TracebackException.from_exception(KeyError("k"))
print(list(te.format_exception_only()), str(te), te.exc_type.__name__)
s = traceback.StackSummary.from_list([("f.py", 3, "fn", "x = 1"), ("g.py", 7, "<module>", "")])
print(s.format())
print(traceback.FrameSummary("a.py", 1, "main", line="pass"), traceback.FrameSummary("a.py", 1, "main", line="pass").line)
