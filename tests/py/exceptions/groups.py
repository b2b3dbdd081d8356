# ExceptionGroup and BaseExceptionGroup: construction, str/repr, split,
# subgroup, derive.
eg = ExceptionGroup("many", [ValueError(1), TypeError("t"), ValueError(2)])
print(type(eg).__name__, str(eg), repr(eg))
print(eg.message, eg.exceptions, eg.args)
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), issubclass(ExceptionGroup, BaseExceptionGroup))
print([c.__name__ for c in ExceptionGroup.__mro__])
print(type(BaseExceptionGroup("b", [ValueError()])).__name__, type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)
print(str(ExceptionGroup("one", [KeyError("k")])))
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(TypeError)), eg.subgroup(KeyError))
print(eg.split(lambda e: isinstance(e, ValueError) and e.args[0] == 2))
print(eg.subgroup(lambda e: True) is eg, eg.split((TypeError, ValueError)))
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
m, r = nested.split(ValueError)
print(repr(m))
print(repr(r))
eg.add_note("a note")
m2, r2 = eg.split(TypeError)
print(m2.__notes__, r2.__notes__)
print(repr(eg.derive([KeyError("d")])))
for make in (lambda: ExceptionGroup("x", []), lambda: ExceptionGroup("x", 5),
             lambda: ExceptionGroup("x", [1]), lambda: ExceptionGroup(5, [ValueError()]),
             lambda: ExceptionGroup("x", [KeyboardInterrupt()]), lambda: ExceptionGroup("x"),
             lambda: eg.split(5)):
    try:
        make()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


class MyGroup(ExceptionGroup):
    pass


g = MyGroup("mine", [ValueError()])
print(type(g).__name__, repr(g), type(g.derive([TypeError()])).__name__)
try:
    raise ExceptionGroup("raised", [ValueError("v")])
except ExceptionGroup as e:
    print("caught", e, e.exceptions)
