# The built-in exception classes: their bases and MROs, the aliases.
names = ["BaseException", "Exception", "ArithmeticError", "ZeroDivisionError",
         "OverflowError", "FloatingPointError", "AssertionError", "AttributeError",
         "LookupError", "IndexError", "KeyError", "NameError", "UnboundLocalError",
         "TypeError", "ValueError", "UnicodeError", "UnicodeDecodeError",
         "UnicodeEncodeError", "UnicodeTranslateError", "RuntimeError",
         "RecursionError", "NotImplementedError", "StopIteration",
         "StopAsyncIteration", "GeneratorExit", "KeyboardInterrupt", "SystemExit",
         "ImportError", "ModuleNotFoundError", "OSError", "FileNotFoundError",
         "FileExistsError", "PermissionError", "IsADirectoryError",
         "NotADirectoryError", "EOFError", "MemoryError", "SyntaxError",
         "IndentationError", "TabError", "BufferError", "Warning", "UserWarning",
         "DeprecationWarning", "RuntimeWarning", "SyntaxWarning", "FutureWarning",
         "PendingDeprecationWarning", "ImportWarning", "UnicodeWarning",
         "BytesWarning", "ResourceWarning", "EncodingWarning", "ReferenceError",
         "SystemError", "TimeoutError", "ConnectionError", "BrokenPipeError",
         "ChildProcessError", "ProcessLookupError", "InterruptedError",
         "BlockingIOError", "ConnectionAbortedError", "ConnectionRefusedError",
         "ConnectionResetError"]
b = __builtins__ if isinstance(__builtins__, dict) else vars(__builtins__)
for n in names:
    cls = b[n]
    print(n, cls.__name__, cls.__base__.__name__, [c.__name__ for c in cls.__mro__])

print(EnvironmentError is OSError, IOError is OSError)
print(issubclass(KeyError, LookupError), issubclass(KeyError, IndexError))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException))
print(isinstance(ZeroDivisionError(), ArithmeticError))
print(ValueError.__module__, repr(ValueError), type(ValueError))
print(ZeroDivisionError.__qualname__)


class MyError(ValueError):
    pass


class Deeper(MyError):
    pass


print([c.__name__ for c in Deeper.__mro__])
print(issubclass(Deeper, ValueError), isinstance(Deeper("x"), Exception))
try:
    raise Deeper("deep")
except ValueError as e:
    print("caught", type(e).__name__, e)
