# list slicing: reads with every step, slice assignment (growing,
# shrinking, extended), deletion, and the errors.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = list(range(10))
print(a[2:5], a[:3], a[7:], a[::2], a[::-1], a[-3:], a[-100:100], a[5:2], a[8:2:-2])
print(a[::3], a[1::-1], a[:-1:4], a[100:], a[slice(1, 4)])
b = a[:]
b[2:5] = ['x']
print(b)
b[1:1] = [7, 7, 7]
print(b)
b[:] = 'abc'
print(b)
b[len(b):] = range(3)
print(b)
b[-2:] = []
print(b)
c = list(range(8))
c[::2] = [10, 20, 30, 40]
print(c)
c[::-3] = 'XYZ'
print(c)
del c[::2]
print(c)
del c[1:3]
print(c)
d = list(range(10))
del d[::-4]
print(d)
e = [1, 2, 3]
e[1:2] = e
print(e)
f = [0, 1, 2, 3]
f[3:1] = [9]
print(f)
g = [1, 2, 3]
del g[0]
g[-1] = 'last'
print(g)
attempt(lambda: list(range(5)).__setitem__(slice(0, 5, 2), [1, 2]))
attempt(lambda: [1, 2].__setitem__(slice(0, 1), 5))
attempt(lambda: [1, 2][::0])
attempt(lambda: [1, 2]['a':])
attempt(lambda: [1, 2].__setitem__(5, 0))
attempt(lambda: [1, 2].__delitem__(-3))
h = list(range(6))
h[1:5:2] = (x for x in 'ab')
print(h)
big = list(range(20))
print(big[2**70:], big[-2**70:3], big[::2**70])
