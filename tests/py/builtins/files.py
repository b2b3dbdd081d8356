# open(): text and binary files, modes, iteration, seek/tell, errors.
path = "/tmp/tauraro_builtins_files_test.txt"
with open(path, "w") as f:
    print(type(f).__name__, f.name, f.mode, f.closed, f.writable(), f.readable())
    print(f.write("first line\n"), f.write("second\nthird"))
    print("printed via file=", file=f)
print(f.closed)

with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(repr(f.readline()), repr(f.readline(3)), repr(f.readline()))
    print(f.readlines())
    print(repr(f.readline()), repr(f.read()))
with open(path) as f:
    print([line.rstrip("\n") for line in f])
with open(path, "a") as f:
    f.write("appended\n")
with open(path, "r") as f:
    lines = f.readlines()
    print(len(lines), lines[-1])
with open(path) as f:
    print(f.read(5), f.tell(), f.read(3))
    f.seek(0)
    print(repr(f.read(5)))

with open(path, "w", encoding="utf-8") as f:
    f.write("h\u00e9llo \u20ac\n\u2603\n")
with open(path, encoding="utf-8") as f:
    text = f.read()
    print(text, len(text))
with open(path, "rb") as f:
    data = f.read()
    print(type(f).__name__, data, len(data))

with open(path, "wb") as f:
    print(type(f).__name__, f.write(b"bytes\r\nline two\rthree\n"), f.write(bytearray(b"ba")))
with open(path, "rb") as f:
    print(f.readline(), f.read(4), f.read())
with open(path) as f:
    print(repr(f.read()))
with open(path, newline="") as f:
    print(repr(f.read()))
with open(path, "r+b") as f:
    print(type(f).__name__, f.read(5))
    f.seek(0)
    f.write(b"BYTES")
    f.seek(0)
    print(f.read(7))

with open(path, "w") as f:
    f.write("x")
f = open(path)
f.close()
f.close()
for t in [lambda: f.read(), lambda: open(path, "z"), lambda: open(path, "rw"),
          lambda: open(path, "rbt"), lambda: open(path, "rb", encoding="utf-8"),
          lambda: open(path, "b"), lambda: open(path, "rr"), lambda: open([]),
          lambda: open("/nonexistent/dir/file.txt"), lambda: open("/tmp"),
          lambda: open(path, "w", encoding="bogus"), lambda: open(path, "w", newline="x"),
          lambda: open(path, "wb").write("s"), lambda: open(path, "w").write(b"s")]:
    try:
        t()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    open("/nonexistent/x")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, e.args)
