# open(): binary files — rb/wb/ab/r+b/w+b, bytes and bytearray writes,
# read sizes, readline, iteration, seek from the start/current/end, tell,
# truncate, and binary-mode argument errors.
import os

p = "/tmp/tauraro_files_binary_%d.bin" % os.getpid()
with open(p, "wb") as f:
    print(f.write(b"\x00\x01abc\n"), f.write(bytearray(b"zz\n")), f.tell(), f.mode, type(f).__name__)
    f.writelines([b"1\n", bytearray(b"2\n")])
with open(p, "rb") as f:
    print(f.read(2), f.tell(), f.readline(), f.read(1), f.read(), f.read(), type(f).__name__)
with open(p, "rb") as f:
    print(list(f))
with open(p, "rb") as f:
    print(f.readlines())
with open(p, "r+b") as f:
    f.seek(2)
    f.write(b"XY")
    f.seek(-2, 2)
    print(f.read(), f.tell(), type(f).__name__)
    f.seek(-3, 1)
    print(f.read(1))
    print(f.seek(0), f.read(4))
    print(f.truncate(3))
print(os.path.getsize(p))
with open(p, "ab") as f:
    f.write(bytes(range(250, 256)))
with open(p, "rb") as f:
    data = f.read()
print(data, len(data))
with open(p, "w+b") as f:
    f.write(b"fresh")
    f.seek(0)
    print(f.read())
blob = bytes(i % 256 for i in range(100000))
with open(p, "wb") as f:
    f.write(blob)
with open(p, "rb") as f:
    chunks = []
    while True:
        c = f.read(4096)
        if not c:
            break
        chunks.append(c)
print("chunks", len(chunks), b"".join(chunks) == blob)
with open(p, "rb") as f:
    f.seek(50000)
    print(f.read(3), f.tell())
    f.seek(-1, 2)
    print(f.read(), f.read(5))
for kw in [{"encoding": "utf-8"}, {"errors": "strict"}, {"newline": "\n"}]:
    try:
        open(p, "rb", **kw)
    except ValueError as e:
        print("ValueError", e)
with open(p, "wb") as f:
    try:
        f.write("text")
    except TypeError as e:
        print("TypeError", e)
with open(p, "rb") as f:
    try:
        f.write(b"x")
    except OSError as e:
        print(type(e).__name__, e)
with open(p, "wb") as f:
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, e)
f = open(p, "rb")
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError", e)
print(f.closed)
with open(p, "w") as t:
    t.buffer.write(b"raw\n")
with open(p, "rb") as f:
    print(f.read())
os.remove(p)
