# timeit: Timer with string and callable statements, setup, globals,
# repeat/autorange shapes (timings themselves are not printed).
import timeit

t = timeit.timeit("x = sum(range(10))", number=100)
print(type(t).__name__, t >= 0.0)
r = timeit.repeat(lambda: None, repeat=3, number=10)
print(len(r), all(v >= 0 for v in r))
timer = timeit.Timer("y = a * 2", setup="a = 3")
print(timer.timeit(5) >= 0, "_t0 = _timer()" in timer.src)
calls = []
timeit.Timer(lambda: calls.append(1)).timeit(7)
print(len(calls))
g = {"v": 4, "seen": []}
timeit.timeit("seen.append(v + 1)", globals=g, number=3)
print(g["seen"])
number, taken = timeit.Timer("pass").autorange()
print(number >= 1, taken >= 0.2)
for bad in (lambda: timeit.Timer(3), lambda: timeit.Timer("x =")):
    try:
        bad()
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__)
print(timeit.default_timer is not None)
