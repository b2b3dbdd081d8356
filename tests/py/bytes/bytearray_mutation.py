# bytearray mutation: item and slice assignment and deletion, +=, *=, and
# the list-like methods.
def show(label, f):
    b = bytearray(b"abcdef")
    try:
        r = f(b)
        print(label, b, r)
    except Exception as e:
        print(label, type(e).__name__, e)
def setitem(k, v):
    def f(b):
        b[k] = v
    return f
def delitem(k):
    def f(b):
        del b[k]
    return f
show("set0", setitem(0, 65))
show("set-1", setitem(-1, 90))
show("set256", setitem(0, 256))
show("setstr", setitem(0, "a"))
show("set10", setitem(10, 1))
show("set-7", setitem(-7, 1))
show("setkey", setitem("a", 1))
show("slice", setitem(slice(1, 3), b"XYZ"))
show("slicelist", setitem(slice(1, 3), [1, 2]))
show("sliceint", setitem(slice(1, 3), 5))
show("slicestr", setitem(slice(1, 3), "ab"))
show("sliceself", lambda b: b.__setitem__(slice(0, 2), b))
show("ext2", setitem(slice(None, None, 2), b"XYZ"))
show("ext2bad", setitem(slice(None, None, 2), b"XY"))
show("rev", setitem(slice(None, None, -1), b"ABCDEF"))
show("insert-at", setitem(slice(3, 3), b"--"))
show("empty", setitem(slice(1, 5), b""))
show("del0", delitem(0))
show("delslice", delitem(slice(1, 4)))
show("delext", delitem(slice(None, None, 2)))
show("delrev", delitem(slice(None, None, -2)))
show("del10", delitem(10))
show("append", lambda b: b.append(33))
show("append256", lambda b: b.append(256))
show("appendstr", lambda b: b.append("a"))
show("extend", lambda b: b.extend([1, 2]))
show("extendb", lambda b: b.extend(b"xy"))
show("extendgen", lambda b: b.extend(x for x in range(3)))
show("extendstr", lambda b: b.extend("xy"))
show("extendint", lambda b: b.extend(1))
show("extendbad", lambda b: b.extend([300]))
show("pop", lambda b: b.pop())
show("pop0", lambda b: b.pop(0))
show("pop10", lambda b: b.pop(10))
show("popempty", lambda b: bytearray().pop())
show("insert", lambda b: b.insert(1, 65))
show("insertbig", lambda b: b.insert(100, 65))
show("insertneg", lambda b: b.insert(-100, 65))
show("insert256", lambda b: b.insert(0, 256))
show("remove", lambda b: b.remove(98))
show("remove-missing", lambda b: b.remove(120))
show("clear", lambda b: b.clear())
show("copy", lambda b: b.copy())
show("reverse", lambda b: b.reverse())
b = bytearray(b"ab")
c = b
b += b"cd"
b += bytearray(b"!")
b *= 2
print(b, c is b)
b *= 0
print(b, len(b), c)
try:
    c += "x"
except TypeError as e:
    print(e)
big = bytearray()
for i in range(1000):
    big.append(i % 256)
print(len(big), big[999], sum(big), big.count(0))
while big:
    big.pop()
print(big)
x = bytearray(b"hello")
for i, ch in enumerate(x):
    if ch == ord("l"):
        x[i] = ord("L")
print(x, x.upper(), bytes(x), x == b"heLLo")
