class Base:
    """A base class."""
    count = 0
    __secret = 1

    def __init__(self, value):
        self.value = value
        self.__hidden = value

    def show(self):
        return self.__hidden + Base.__secret

class Child(Base, metaclass=type):
    def __init__(self, value):
        super().__init__(value)

    @property
    def twice(self):
        return self.value * 2

    @staticmethod
    def helper():
        return __class__

def make():
    y = 10
    class Local:
        z = y
        def get(self):
            return y
    return Local
