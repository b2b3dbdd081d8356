# abc: abstract methods (incl. properties/classmethods), the 3.11 error
# wording, ABC vs ABCMeta, register and issubclass/isinstance hooks.
from abc import ABC, ABCMeta, abstractmethod, abstractproperty

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def perimeter(self):
        ...
    def describe(self):
        return "%s with area %s" % (type(self).__name__, self.area())

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def perimeter(self):
        return 4 * self.s

class Partial(Shape):
    def area(self):
        return 0

for cls in (Shape, Partial):
    try:
        cls()
    except TypeError as e:
        print("TypeError", e)
print(Square(3).describe(), sorted(Shape.__abstractmethods__), Partial.__abstractmethods__, Square.__abstractmethods__)

class Named(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...
    @classmethod
    @abstractmethod
    def make(cls):
        ...
class Impl(Named):
    name = "impl"
    @classmethod
    def make(cls):
        return cls()
try:
    Named()
except TypeError as e:
    print("TypeError", e)
print(Impl.make().name, isinstance(Impl(), Named), type(Named).__name__)

class Drawable(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            return any("draw" in B.__dict__ for B in C.__mro__) or NotImplemented
        return NotImplemented
class Pic:
    def draw(self):
        pass
print(isinstance(Pic(), Drawable), issubclass(int, Drawable))

class Plugin(ABC):
    pass
@Plugin.register
class Ext:
    pass
print(issubclass(Ext, Plugin), isinstance(Ext(), Plugin), Plugin.register(int) is int, isinstance(3, Plugin), issubclass(bool, Plugin))
try:
    Plugin.register(3)
except TypeError as e:
    print("TypeError", e)
class Sub(Plugin):
    pass
Sub.register(str)
print(issubclass(str, Plugin), issubclass(str, Sub), issubclass(float, Plugin))
try:
    issubclass(3, Plugin)
except TypeError as e:
    print("TypeError", e)
