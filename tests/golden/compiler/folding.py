# Constant folding: what is folded, and what must stay a run-time operation.
a = -1
b = 2 ** 10
c = 2 ** 200
d = "ab" * 3
e = (1, 2, (3, 4))
f = 1 / 0
g = not 0
h = ~5
i = 1.5 * 2
j = "x" * 10000
k = (1, -0.0, 0.0, 0, False)
l = 3 in [1, 2, 3]
m = "abc"[1]
if False:
    dead = 1
while 0:
    pass
