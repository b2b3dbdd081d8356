# Frames, code objects and class bookkeeping seen from Python.
import sys


def who_called():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno, sorted(f.f_locals)


def caller():
    a, b = 1, 2
    return who_called()


print(caller())
print(sys._getframe().f_code.co_name, sys._getframe().f_back)
try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError:", e)

try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_frame.f_globals is globals())


def sample(a, b=2, *args, c, **kw):
    local = a + b

    def inner():
        return local
    return inner


code = sample.__code__
print(code.co_name, code.co_argcount, code.co_kwonlyargcount, code.co_posonlyargcount)
print(code.co_varnames[:5], code.co_cellvars, code.co_firstlineno)
print(sample(1, c=3).__code__.co_freevars)
print(code.co_flags & 0x4 != 0, code.co_flags & 0x8 != 0)


class Base:
    pass


class Left(Base):
    pass


class Right(Base):
    pass


print([c.__name__ for c in Base.__subclasses__()])
print(Left.__subclasses__())


class Slotted:
    __slots__ = ("x", "__hidden")

    def __init__(self):
        self.x = 1
        self.__hidden = 2

    def hidden(self):
        return self.__hidden


s = Slotted()
print(s.x, s.hidden(), s._Slotted__hidden)
try:
    s.other = 3
except AttributeError as e:
    print("AttributeError:", e)


class BigHash:
    def __hash__(self):
        return 2 ** 62


class MinusOne:
    def __hash__(self):
        return -1


class Huge:
    def __hash__(self):
        return 2 ** 70


print(hash(BigHash()), hash(MinusOne()), hash(Huge()))
