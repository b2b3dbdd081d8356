# os.path (posixpath): the pure string functions on str and bytes, edge
# cases of join/split/splitext/normpath/relpath/commonpath, expansion of ~
# and $VARS, and their type errors.
import os
import os.path
import posixpath

print(os.path is posixpath, os.path.sep, os.path.pathsep, os.path.defpath, os.path.devnull)
cases = ["", "/", "//", "///", "a", "a/", "/a", "a/b", "a/b/", "/a/b/c.txt", "a//b", "./a", "../a",
         "a/./b/../c", "//a//b//", "/..", "a/..", "a/../..", ".hidden", "..dots", "a.b.c", "a/.b",
         "a.", "dir.d/file", "/x/y/.z.tar.gz"]
for p in cases:
    print(repr(p), os.path.split(p), os.path.splitext(p), repr(os.path.basename(p)), repr(os.path.dirname(p)),
          repr(os.path.normpath(p)), os.path.isabs(p), os.path.splitdrive(p))
for p in [b"/a/b.c", b"a//b/../c", b"", b"x.tar.gz"]:
    print(p, os.path.split(p), os.path.splitext(p), os.path.basename(p), os.path.dirname(p), os.path.normpath(p))
print(os.path.join("a"), os.path.join("a", ""), os.path.join("", "b"), os.path.join("a", "b", "/c", "d"),
      os.path.join("/", "x"), os.path.join("a/", "/"), os.path.join(b"a", b"b"))
for bad in [("a", b"b"), (b"a", "b"), (1, "a"), ("a", None)]:
    try:
        os.path.join(*bad)
    except TypeError as e:
        print("TypeError", e)
print(os.path.relpath("/a/b/c", "/a/b"), os.path.relpath("/a", "/a"), os.path.relpath("/a/b", "/c/d"),
      os.path.relpath(b"/x/y", b"/x"))
try:
    os.path.relpath("")
except ValueError as e:
    print("ValueError", e)
print(os.path.commonprefix([]), os.path.commonprefix(["abc", "abd", "ab"]), os.path.commonprefix([[1, 2], [1, 3]]))
print(os.path.commonpath(["/a/b/c", "/a/b/d", "/a/b"]), os.path.commonpath(["a/b", "a/c"]), os.path.commonpath(["/", "/a"]),
      os.path.commonpath([b"/x/y", b"/x/z"]))
for bad in [[], ["/a", "b"]]:
    try:
        os.path.commonpath(bad)
    except ValueError as e:
        print("ValueError", e)
os.environ["HOME"] = "/home/tester"
os.environ["TAURARO_X"] = "ex"
print(os.path.expanduser("~"), os.path.expanduser("~/docs"), os.path.expanduser("a~"), os.path.expanduser("~root/x"),
      os.path.expanduser(b"~/b"))
print(os.path.expandvars("$TAURARO_X/${TAURARO_X}/$NOT_SET_VAR_X/${NOT_SET}/$/$$"), os.path.expandvars(b"$TAURARO_X-x"),
      os.path.expandvars("no vars"))
print(os.path.abspath("/a/../b"), os.path.abspath("x").endswith("/x"), os.path.normcase("AbC"))
print(os.path.exists("/"), os.path.isdir("/"), os.path.isfile("/"), os.path.islink("/"), os.path.ismount("/"),
      os.path.exists(""), os.path.lexists("/nonexistent_xyz"), os.path.exists("/bad\0path"))
print(os.path.realpath("/"), os.path.realpath("/tmp/../tmp/./"), os.path.samefile("/", "/."))
try:
    os.path.getsize("/nonexistent_xyz")
except FileNotFoundError as e:
    print("FileNotFoundError", e)
