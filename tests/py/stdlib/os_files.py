# os: directories and files in a scratch folder (mkdir/makedirs, listdir,
# scandir, walk, stat, rename, remove), environ and the error messages.
import os

base = os.path.join("/tmp", "tauraro_os_test_%d" % os.getpid())
os.mkdir(base)
try:
    os.mkdir(base)
except FileExistsError as e:
    print("FileExistsError", e.errno, e.strerror, e.filename == base)
os.makedirs(os.path.join(base, "a", "b", "c"))
os.makedirs(os.path.join(base, "a", "b"), exist_ok=True)
try:
    os.makedirs(os.path.join(base, "a"))
except FileExistsError as e:
    print("makedirs exists", type(e).__name__)
for name, text in [("one.txt", "1"), ("two.log", "22"), ("a/three.txt", "333"),
                   ("a/b/four.py", "4444"), ("a/b/c/five", "55555")]:
    with open(os.path.join(base, name), "w") as f:
        f.write(text)
print("listdir", sorted(os.listdir(base)))
print("listdir bytes", sorted(os.listdir(base.encode())))
with os.scandir(base) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print("entry", e.name, e.is_dir(), e.is_file(), e.is_symlink(), e.path == os.path.join(base, e.name))
print("entry repr", repr(entries[0]))
for root, dirs, files in os.walk(base):
    dirs.sort()
    print("walk", os.path.relpath(root, base), dirs, sorted(files))
for root, dirs, files in os.walk(base, topdown=False):
    print("walk up", os.path.relpath(root, base), sorted(dirs), sorted(files))

p = os.path.join(base, "two.log")
st = os.stat(p)
print("stat size", st.st_size, st[6], len(st), type(st.st_mtime).__name__, type(st[8]).__name__)
print("stat ns", st.st_mtime_ns // 10**9 == st[8], isinstance(st, tuple))
print("getsize", os.path.getsize(p), os.path.isfile(p), os.path.isdir(base))
print("mode is file", st.st_mode & 0o170000 == 0o100000)
os.utime(p, (1000000000, 1500000000))
st = os.stat(p)
print("utime", st.st_atime, st.st_mtime, os.path.getmtime(p))
os.rename(p, os.path.join(base, "renamed.log"))
print("renamed", sorted(os.listdir(base)))
os.replace(os.path.join(base, "renamed.log"), os.path.join(base, "one.txt"))
with open(os.path.join(base, "one.txt")) as f:
    print("replaced content", f.read())
os.symlink(os.path.join(base, "one.txt"), os.path.join(base, "link"))
print("link", os.path.islink(os.path.join(base, "link")), os.readlink(os.path.join(base, "link")) == os.path.join(base, "one.txt"))
print("realpath", os.path.realpath(os.path.join(base, "link")) == os.path.realpath(os.path.join(base, "one.txt")))
print("lstat differs", os.lstat(os.path.join(base, "link")).st_mode != os.stat(os.path.join(base, "link")).st_mode)
print("access", os.access(base, os.R_OK), os.access(os.path.join(base, "nope"), os.F_OK))

for fn, args in [(os.remove, ("missing.txt",)), (os.rmdir, (os.path.join(base, "a"),)),
                 (os.listdir, ("no/such/dir",)), (os.stat, ("nowhere",)),
                 (os.rename, ("nothere", "elsewhere")), (os.mkdir, ("/proc/x/y",))]:
    try:
        fn(*args)
    except OSError as e:
        print(fn.__name__, type(e).__name__, e.errno, e.strerror, e.filename if e.filename != base + "/a" else "<dir>", e.filename2)
try:
    os.stat(None)
except TypeError as e:
    print("TypeError", e)
try:
    os.listdir(3.5)
except TypeError as e:
    print("TypeError", e)

cwd = os.getcwd()
os.chdir(base)
print("chdir", os.getcwd() == os.path.realpath(base), sorted(os.listdir()))
os.chdir(cwd)

# clean up bottom-up
for root, dirs, files in os.walk(base, topdown=False):
    for f in files:
        os.remove(os.path.join(root, f))
    for d in dirs:
        path = os.path.join(root, d)
        if os.path.islink(path):
            os.unlink(path)
        else:
            os.rmdir(path)
os.rmdir(base)
print("cleaned", os.path.exists(base))

os.environ["TAURARO_TEST_VAR"] = "value 1"
print("environ", os.environ["TAURARO_TEST_VAR"], os.getenv("TAURARO_TEST_VAR"), "TAURARO_TEST_VAR" in os.environ)
del os.environ["TAURARO_TEST_VAR"]
print("deleted", os.getenv("TAURARO_TEST_VAR"), os.getenv("TAURARO_TEST_VAR", "dflt"), os.environ.get("TAURARO_TEST_VAR"))
try:
    os.environ["TAURARO_TEST_VAR"]
except KeyError as e:
    print("KeyError", e)
try:
    os.environ["X"] = 1
except TypeError as e:
    print("TypeError", e)
print("environ mapping", isinstance(dict(os.environ), dict), len(os.environ) > 0, "PATH" in os.environ)
os.environ.setdefault("TAURARO_TEST_VAR2", "set")
print("setdefault", os.environ.pop("TAURARO_TEST_VAR2"), os.environ.pop("TAURARO_TEST_VAR2", None))
print("system env", os.system("test \"$TAURARO_TEST_VAR3\" = yes") != 0)
os.environ["TAURARO_TEST_VAR3"] = "yes"
print("system env set", os.system("test \"$TAURARO_TEST_VAR3\" = yes"))

print("constants", os.sep, os.linesep == "\n", os.name, os.curdir, os.pardir, os.devnull, os.pathsep, os.extsep, os.altsep)
print("pid", isinstance(os.getpid(), int), os.getpid() > 0, os.cpu_count() >= 1)
r = os.urandom(16)
print("urandom", type(r).__name__, len(r), len(os.urandom(0)))
print("fspath", os.fspath("a/b"), os.fspath(b"x"))
class P:
    def __fspath__(self):
        return "/tmp/pathlike"
print("pathlike", os.fspath(P()), os.path.join(P(), "x"), os.path.basename(P()), isinstance(P(), os.PathLike))
try:
    os.fspath(3)
except TypeError as e:
    print("TypeError", e)
print("strerror", os.strerror(2))
print("fsencode", os.fsencode("caf\u00e9"), os.fsdecode(b"abc"))
fd = os.open(os.devnull, os.O_RDONLY)
print("fd read", os.read(fd, 10), os.isatty(fd))
os.close(fd)
rfd, wfd = os.pipe()
print("pipe write", os.write(wfd, b"hello pipe"))
os.close(wfd)
print("pipe read", os.read(rfd, 100), os.read(rfd, 100))
os.close(rfd)
