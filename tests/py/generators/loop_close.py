# A generator made by the loop's own call is closed as soon as the loop is
# left early (CPython frees it); one referenced elsewhere is not.
def numbers(tag, n=5):
    try:
        for i in range(n):
            yield i
    finally:
        print("  closed", tag)

for x in numbers("break"):
    if x == 2:
        break
print("after break")

def first_big(limit):
    for x in numbers("return"):
        if x > limit:
            return x
    return None
print("returned", first_big(1))

try:
    for x in numbers("raise"):
        if x == 1:
            raise ValueError("boom")
except ValueError as e:
    print("caught", e)

for i in range(2):
    for x in numbers("inner %d" % i):
        if x == 1:
            break
    print("outer", i)

# Referenced by a name: the loop does not own it.
g = numbers("named")
for x in g:
    if x == 1:
        break
print("named continues with", next(g))
for x in g:
    pass
print("named drained")

# Already started before the loop: not owned either.
h = numbers("started")
next(h)
for x in iter(h):
    break
print("started continues with", next(h))
h.close()

# A generator delegating to another: closing the outer closes the inner loop.
def outer():
    try:
        for x in numbers("delegate inner"):
            yield x * 10
    finally:
        print("  outer finally")
for v in outer():
    if v >= 10:
        break
print("after delegate")

# Exhausted loops close nothing twice.
for x in numbers("exhausted", 2):
    pass
print("after exhausted")

# Generator expressions over a call.
for y in (x * x for x in range(10)):
    if y > 10:
        break
print("genexp", y)

# continue does not close.
count = 0
for x in numbers("continue", 3):
    if x == 0:
        continue
    count += 1
print("count", count)

# try/finally inside the loop body runs before the generator closes.
for x in numbers("with finally"):
    try:
        break
    finally:
        print("  body finally")
print("done")
