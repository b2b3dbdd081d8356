# os: the operating-system interface on top of the native posix module:
# environ, stat_result, makedirs/walk/scandir and os.path (posixpath).
# Written from the os module's documentation.

import sys
import abc as _abc
import posix as _posix
from posix import *
import posixpath as path
from posixpath import (curdir, pardir, sep, pathsep, defpath, extsep, altsep,
                       devnull)

sys.modules["os.path"] = path

name = "posix"
linesep = "\n"
error = OSError
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
supports_bytes_environ = True

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFLNK = 0o120000
_S_IFREG = 0o100000


# -- paths --------------------------------------------------------------------

fspath = path._fspath


class PathLike(_abc.ABC):
    """Abstract base class for objects with a __fspath__ method."""

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, "__fspath__")
        return NotImplemented


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode("utf-8", "surrogateescape")
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode("utf-8", "surrogateescape")
    return filename


# -- the environment ------------------------------------------------------------

class _Environ:
    """os.environ: a str-to-str mapping that writes changes to the process
    environment (putenv/unsetenv), as child processes see it."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        _posix.putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        if key not in self._data:
            raise KeyError(key)
        _posix.unsetenv(key)
        del self._data[key]

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def __eq__(self, other):
        if isinstance(other, _Environ):
            other = other._data
        return self._data == other

    __hash__ = None

    def __repr__(self):
        items = ", ".join("%r: %r" % kv for kv in self._data.items())
        return "environ({%s})" % items

    def __or__(self, other):
        new = dict(self._data)
        new.update(other)
        return new

    def __ror__(self, other):
        new = dict(other)
        new.update(self._data)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self[key]

    _MISSING = object()

    def pop(self, key, default=_MISSING):
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default is _Environ._MISSING:
            raise KeyError(key)
        return default

    def popitem(self):
        if not self._data:
            raise KeyError("popitem(): dictionary is empty")
        key = next(reversed(list(self._data)))
        return key, self.pop(key)

    def clear(self):
        for key in list(self._data):
            del self[key]

    def update(self, other=(), **kwds):
        if hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value


environ = _Environ(_posix._environ())


def getenv(key, default=None):
    return environ.get(key, default)


def get_exec_path(env=None):
    if env is None:
        env = environ
    p = env.get("PATH")
    if p is None:
        p = defpath
    return p.split(pathsep)


# -- stat ---------------------------------------------------------------------

class stat_result(tuple):
    """The result of os.stat(): a 10-tuple (st_mode, ..., st_ctime as whole
    seconds) whose attributes also give float times, nanoseconds and more."""

    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3
    _fields = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid",
               "st_size", "st_atime", "st_mtime", "st_ctime")

    def __new__(cls, raw, extra=None):
        raw = tuple(raw)
        if len(raw) == 16:
            # The native layout: float times at 7..9, then ns, blksize,
            # blocks, rdev.
            head = raw[:7] + (int(raw[7]), int(raw[8]), int(raw[9]))
            self = tuple.__new__(cls, head)
            self._extra = raw[7:]
        else:
            if len(raw) < 10:
                raise TypeError("os.stat_result() takes an at least 10-sequence "
                                "(%d-sequence given)" % len(raw))
            self = tuple.__new__(cls, raw[:10])
            t = raw[7:10]
            self._extra = (tuple(float(x) for x in t) + tuple(x * 10**9 for x in t)
                           + (None, None, None))
        return self

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._extra[0])
    st_mtime = property(lambda self: self._extra[1])
    st_ctime = property(lambda self: self._extra[2])
    st_atime_ns = property(lambda self: self._extra[3])
    st_mtime_ns = property(lambda self: self._extra[4])
    st_ctime_ns = property(lambda self: self._extra[5])
    st_blksize = property(lambda self: self._extra[6])
    st_blocks = property(lambda self: self._extra[7])
    st_rdev = property(lambda self: self._extra[8])

    def __repr__(self):
        fields = ", ".join("%s=%r" % (n, v) for n, v in zip(self._fields, self))
        return "os.stat_result(%s)" % fields

    def __reduce__(self):
        return (stat_result, (tuple(self),))




def stat(path, *, dir_fd=None, follow_symlinks=True):
    return stat_result(_posix.stat(path, follow_symlinks=follow_symlinks))


def lstat(path, *, dir_fd=None):
    return stat_result(_posix.lstat(path))


def fstat(fd):
    return stat_result(_posix.fstat(fd))


class terminal_size(tuple):
    """(columns, lines) of a terminal window."""

    def __new__(cls, seq):
        return tuple.__new__(cls, seq)

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return "os.terminal_size(columns=%r, lines=%r)" % (self[0], self[1])


def get_terminal_size(fd=1):
    return terminal_size(_posix.get_terminal_size(fd))


# -- directories --------------------------------------------------------------

def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass  # another process made it meanwhile
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, "ASCII")
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


class DirEntry:
    """One entry of scandir(): its name and path, with the file type the
    directory listing reported."""

    def __init__(self, directory, name, is_dir, is_file, is_link):
        self.name = name
        if directory == curdir or directory == b".":
            self.path = name
        else:
            self.path = path.join(directory, name)
        self._is_dir = is_dir
        self._is_file = is_file
        self._is_link = is_link
        self._stat = None
        self._lstat = None

    def is_dir(self, *, follow_symlinks=True):
        if self._is_link and not follow_symlinks:
            return False
        return self._is_dir

    def is_file(self, *, follow_symlinks=True):
        if self._is_link and not follow_symlinks:
            return False
        return self._is_file

    def is_symlink(self):
        return self._is_link

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def is_junction(self):
        return False

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return "<DirEntry %r>" % (self.name,)


class _ScandirIterator:
    def __init__(self, entries):
        self._it = iter(entries)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()
        return False

    def close(self):
        self._it = iter(())


def scandir(path=None):
    if path is None:
        path = curdir
    directory = fspath(path)
    raw = _posix._scandir(directory)
    return _ScandirIterator([DirEntry(directory, *entry) for entry in raw])


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    stack = [top]
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            yield top  # a bottom-up result whose subdirectories are done
            continue
        dirs = []
        nondirs = []
        walk_dirs = []
        try:
            entries = list(scandir(top))
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        for entry in entries:
            is_dir = entry.is_dir()
            if is_dir:
                dirs.append(entry.name)
            else:
                nondirs.append(entry.name)
            if not topdown and is_dir:
                if followlinks or not entry.is_symlink():
                    walk_dirs.append(entry.path)
        if topdown:
            yield top, dirs, nondirs
            for dirname in reversed(dirs):
                new_path = path.join(top, dirname)
                if followlinks or not path.islink(new_path):
                    stack.append(new_path)
        else:
            stack.append((top, dirs, nondirs))
            for new_path in reversed(walk_dirs):
                stack.append(new_path)


# -- processes ------------------------------------------------------------------

def WIFEXITED(status):
    return (status & 0x7F) == 0


def WEXITSTATUS(status):
    return (status >> 8) & 0xFF


def WIFSIGNALED(status):
    return ((status & 0x7F) + 1) >> 1 > 0 and not WIFEXITED(status)


def WTERMSIG(status):
    return status & 0x7F


def waitstatus_to_exitcode(status):
    if WIFEXITED(status):
        return WEXITSTATUS(status)
    return -WTERMSIG(status)


def getlogin():
    name_ = environ.get("LOGNAME") or environ.get("USER")
    if name_:
        return name_
    raise OSError(6, "No such device or address")


def get_blocking(fd):
    return True


def _exists(name_):
    return name_ in globals()
