# open(): text files — modes r/w/a/x/+, newline= on reading and writing,
# utf-8/latin-1/ascii, read/readline/readlines/iteration, seek/tell,
# writelines, truncate, with, closed, and OSError subclasses.
import os

p = "/tmp/tauraro_files_text_%d.txt" % os.getpid()
with open(p, "w") as f:
    print(f.write("line1\nline2\r\nline3\rline4"), f.tell())
    f.writelines(["a\n", "b\n"])
    print(f.closed, f.mode, f.name == p, f.encoding, f.readable(), f.writable())
print(f.closed)
with open(p, "rb") as f:
    print(f.read())
with open(p) as f:
    print(repr(f.read()))
for nl in ["", "\n", "\r", "\r\n"]:
    with open(p, newline=nl) as f:
        print("newline", repr(nl), f.readlines())
with open(p) as f:
    print("iterate", [line for line in f])
with open(p) as f:
    print("readline", repr(f.readline()), repr(f.readline(3)), repr(f.readline(0)), f.tell())
    print("read", repr(f.read(4)), repr(f.read()), repr(f.read()), repr(f.readline()))
for nl in ["\r\n", "\r", ""]:
    with open(p, "w", newline=nl) as f:
        f.write("x\ny\n")
    with open(p, "rb") as f:
        print("write newline", repr(nl), f.read())
with open(p, "w", encoding="latin-1") as f:
    f.write("caf\xe9 \xff")
with open(p, "rb") as f:
    print("latin-1 bytes", f.read())
with open(p, encoding="latin-1") as f:
    print("latin-1 text", f.read(), f.tell())
with open(p, encoding="iso-8859-1") as f:
    print("read(3)", f.read(3), f.read(1), f.encoding)
try:
    with open(p, encoding="ascii") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
try:
    with open(p, "w", encoding="ascii") as f:
        f.write("ok ")
        f.write("caf\xe9\xe9!")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
try:
    with open(p, "w", encoding="latin-1") as f:
        f.write("\u20ac")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
with open(p, "w", encoding="utf-8") as f:
    f.write("h\xe9llo w\xf6rld \u2713\n" * 3)
with open(p, encoding="UTF8") as f:
    print(f.read(3), f.tell(), f.readline(), f.read(2))
with open(p, "rb") as f:
    raw = f.read()
print("utf-8 bytes", len(raw), raw[:12])
try:
    with open(p, "wb") as f:
        f.write(b"ok\xff\xfe")
    with open(p) as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e.reason, e.start, e.end)
with open(p, "w") as f:
    f.write("0123456789\n")
with open(p, "r+") as f:
    f.seek(0, 2)
    f.write("end\n")
    f.seek(0)
    print("r+", repr(f.read()))
    f.seek(5)
    f.write("XY")
with open(p) as f:
    print("overwrite", repr(f.read()))
with open(p, "a+") as f:
    f.write("more")
    f.seek(0)
    print("a+", repr(f.read()))
with open(p, "a") as f:
    print("append tell", f.tell())
with open(p, "r+") as f:
    print("truncate", f.truncate(4), f.read())
with open(p) as f:
    print("after truncate", repr(f.read()))
with open(p, "w") as f:
    f.write("abc")
    print("truncate grows", f.truncate(6))
print("size", os.path.getsize(p))
try:
    open(p, "x")
except FileExistsError as e:
    print("FileExistsError", e.errno, e.strerror)
os.remove(p)
with open(p, "x") as f:
    f.write("created")
with open(p) as f:
    print("x mode", f.read())
try:
    open("/tmp/no/such/dir/file.txt")
except FileNotFoundError as e:
    print("FileNotFoundError", e)
try:
    open("/tmp", "r")
except IsADirectoryError as e:
    print("IsADirectoryError", e)
for mode in ["rw", "rr", "q", "", "rbt", "w+a"]:
    try:
        open(p, mode)
    except ValueError as e:
        print("mode", repr(mode), "ValueError", e)
for kw in [{"newline": "x"}, {"encoding": "bogus"}, {"mode": "rb", "encoding": "utf-8"}, {"mode": "rb", "newline": ""}]:
    try:
        open(p, **kw)
    except (ValueError, LookupError) as e:
        print(kw, type(e).__name__, e)
f = open(p)
f.close()
f.close()
for op in [f.read, f.readline, lambda: f.write("x"), lambda: f.seek(0), f.tell, lambda: next(f)]:
    try:
        op()
    except ValueError as e:
        print("closed", e)
with open(p, "w") as f:
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, e)
with open(p) as f:
    try:
        f.write("x")
    except OSError as e:
        print(type(e).__name__, e)
with open(p, "w") as f:
    try:
        f.write(b"bytes")
    except TypeError as e:
        print("TypeError", e)
    try:
        f.seek(1, 1)
    except OSError as e:
        print("OSError", e)
print("fileno int", isinstance(open(p).fileno(), int))
lines = ["row %d\n" % i for i in range(2000)]
with open(p, "w") as f:
    f.writelines(lines)
with open(p) as f:
    got = f.readlines()
print("many lines", got == lines, len(got))
with open(p) as f:
    print("readlines hint", len(f.readlines(20)))
with open(p) as f:
    count = 0
    for line in f:
        count += 1
        if count == 10:
            break
    print("partial iteration then read", repr(f.readline()))
os.remove(p)
print("removed", os.path.exists(p))
with open(p, "w", newline="\r\n", encoding="latin-1") as f:
    print("a", "\xe9", 5, 1.5, ["\xe9"], file=f)
    print("x\ny", file=f, end="\n\n")
with open(p, "rb") as f:
    print("print to file", f.read())
os.remove(p)
