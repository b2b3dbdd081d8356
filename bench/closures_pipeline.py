# closures_pipeline.py - closures and generators: counters made with
# nonlocal, function factories, decorators that wrap calls, generator
# pipelines chained by generator expressions, yield from and itertools-free
# windowing.
# bench: default=300000
import sys


def make_counter():
    count = 0

    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump


def scaled(factor):
    return lambda v: v * factor + 1


def logged(fn):
    calls = make_counter()

    def wrapper(*args):
        calls()
        return fn(*args)
    wrapper.calls = calls
    return wrapper


@logged
def mix(a, b):
    return (a * 31 + b) % 65521


def numbers(n):
    x = 1
    for _ in range(n):
        x = (x * 75 + 74) % 65537
        yield x


def windows(source, size):
    window = []
    for item in source:
        window.append(item)
        if len(window) == size:
            yield tuple(window)
            del window[0]


def evens_then_odds(source):
    buffered = []
    for v in source:
        if v % 2 == 0:
            yield v
        else:
            buffered.append(v)
    yield from buffered


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300000
    triple = scaled(3)
    counter = make_counter()
    acc = 0
    for w in windows((triple(v) % 1000 for v in numbers(n)), 3):
        acc = mix(acc, w[0] + w[1] - w[2])
        counter(2)
    ordered = evens_then_odds(v % 97 for v in numbers(n // 3))
    first = [next(ordered) for _ in range(5)]
    rest = sum(ordered)
    adders = [scaled(k) for k in range(10)]
    folded = 0
    for i in range(n // 10):
        folded = adders[i % 10](folded) % 1000003
    print("acc", acc, "calls", mix.calls(0), "counter", counter(0))
    print("first", first, "rest", rest, "folded", folded)


main()
