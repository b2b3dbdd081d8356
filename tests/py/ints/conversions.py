# int(x) through __int__, __index__ and __trunc__; the results must be ints.
class WithInt:
    def __int__(self):
        return 42
class WithIndex:
    def __index__(self):
        return 7
class WithTrunc:
    def __trunc__(self):
        return 9
class TruncToIndex:
    def __trunc__(self):
        return WithIndex()
class BadInt:
    def __int__(self):
        return "no"
class BadIndex:
    def __index__(self):
        return 1.5
class BadTrunc:
    def __trunc__(self):
        return 1.5
print(int(WithInt()), int(WithIndex()), int(WithTrunc()), int(TruncToIndex()))
for obj in (BadInt(), BadIndex(), BadTrunc(), object()):
    try:
        print(int(obj))
    except TypeError as e:
        print(type(obj).__name__, e)
print(hex(WithIndex()), bin(WithIndex()), [10, 20, 30, 40, 50, 60, 70, 80][WithIndex()])
print(float(WithIndex()), complex(WithIndex()))
class MyInt(int):
    def __int__(self):
        return 5
print(int(MyInt(3)), type(int(MyInt(3))).__name__)
