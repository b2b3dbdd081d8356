# Module-level names, arithmetic, calls and augmented assignment.
x = 1
y = x + 2 * 3
z = (x - y) / 4 // 2 % 7 ** 2
print(x, y, z, sep=", ")
x += 1
items = [1, 2, 3]
items[0] += 10
obj = object()
print(items[1:2], items[::2], items[x])
del y
a = b = [x, z]
