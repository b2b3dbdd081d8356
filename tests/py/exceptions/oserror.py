# OSError: errno/strerror/filename attributes, str, and the errno subclasses.
e = OSError(2, "No such file or directory", "x.txt")
print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2, e.args)
print(str(e))
print(repr(e))
print(str(OSError(2, "No such file or directory")))
print(str(OSError(1, "Operation not permitted", "a", None, "b")))
print(str(OSError("just text")), OSError("just text").errno)
print(str(OSError()), OSError().args, OSError().strerror)
print(OSError(2, "x", "f", None, "g", 6).args, OSError(2, "x", "f", None, "g", 6).errno)
print(str(OSError(None, None)))
print(OSError(1, "x", None).args, str(OSError(1, "x", None)))

# Linux errno values (EAGAIN, EALREADY, EINPROGRESS, ECHILD, EPIPE, ESHUTDOWN,
# ECONNABORTED, ECONNREFUSED, ECONNRESET, EEXIST, ENOENT, EISDIR, ENOTDIR, EINTR,
# EACCES, EPERM, ESRCH, ETIMEDOUT, EINVAL).
for name, code in [("EAGAIN", 11), ("EALREADY", 114), ("EINPROGRESS", 115), ("ECHILD", 10),
                   ("EPIPE", 32), ("ESHUTDOWN", 108), ("ECONNABORTED", 103),
                   ("ECONNREFUSED", 111), ("ECONNRESET", 104), ("EEXIST", 17),
                   ("ENOENT", 2), ("EISDIR", 21), ("ENOTDIR", 20), ("EINTR", 4),
                   ("EACCES", 13), ("EPERM", 1), ("ESRCH", 3), ("ETIMEDOUT", 110),
                   ("EINVAL", 22)]:
    print(name, type(OSError(code, "msg")).__name__, type(OSError(code)).__name__)

print(type(FileNotFoundError(13, "x")).__name__)
b = BlockingIOError(11, "busy", 5)
print(b.characters_written, b.args, str(b))
try:
    BlockingIOError(11, "busy").characters_written
except AttributeError as err:
    print("AttributeError:", err)


class MyOSError(OSError):
    pass


class InitOSError(OSError):
    def __init__(self, a, b, c):
        pass


m = MyOSError(2, "x", "f")
print(type(m).__name__, m.errno, m.args, str(m))
i = InitOSError(2, "x", "f")
print(type(i).__name__, i.errno, i.args, repr(str(i)))
try:
    FileNotFoundError(1, x=2)
except TypeError as err:
    print("TypeError:", err)
