# random: every distribution and sequence helper, seeded, compared with
# CPython's exact values (randrange edge cases, both sample strategies).
import random

r = random.Random()
for seed in [1, 7, 123, 99999]:
    r.seed(seed)
    print("seed", seed)
    print(" randrange", [r.randrange(10) for _ in range(8)], r.randrange(5, 50, 5),
          r.randrange(50, 5, -5), r.randrange(-10, 10, 3), r.randrange(10**30))
    print(" randint", [r.randint(-3, 3) for _ in range(10)], r.randint(0, 2**70))
    print(" randrange pow2", [r.randrange(16) for _ in range(6)], [r.randrange(1) for _ in range(3)])
    print(" choice", r.choice("abcdef"), r.choice(range(100, 200)), r.choice([None, True]))
    deck = list(range(30))
    r.shuffle(deck)
    print(" shuffle", deck)
    print(" sample small", r.sample(range(10), 10), r.sample("abcdefgh", 3))
    print(" sample large", r.sample(range(10000), 12), r.sample(range(100), 5))
    print(" sample counts", r.sample(["red", "blue"], 5, counts=[4, 2]))
    print(" choices", r.choices("xyz", k=6), r.choices(range(4), [1, 0, 5, 2], k=6))
    print(" choices cum", r.choices("ab", cum_weights=[0.3, 1.0], k=5), r.choices([1, 2]))
    print(" uniform", r.uniform(-1, 1), r.uniform(5, 5))
    print(" triangular", r.triangular(), r.triangular(0, 10, 7), r.triangular(2, 2, 2))
    print(" normal", r.normalvariate(), r.normalvariate(100, 15))
    print(" gauss", r.gauss(), r.gauss(), r.gauss(3, 0.5))
    print(" lognorm", r.lognormvariate(0, 0.25))
    print(" expo", r.expovariate(0.5), r.expovariate(10))
    print(" vonmises", r.vonmisesvariate(1.0, 4.0), r.vonmisesvariate(0, 0))
    print(" gamma", r.gammavariate(0.5, 2), r.gammavariate(1.0, 3), r.gammavariate(9, 0.5))
    print(" beta", r.betavariate(2, 3), r.betavariate(0.5, 0.5))
    print(" pareto", r.paretovariate(3), "weibull", r.weibullvariate(1, 1.5))

class MyRandom(random.Random):
    def random(self):
        return 0.25

m = MyRandom(5)
print("subclass random only", [m.randrange(100) for _ in range(3)], m.choice("abcd"))

class Counting(random.Random):
    def __init__(self, seed):
        super().__init__(seed)
        self.calls = 0
    def getrandbits(self, k):
        self.calls += 1
        return super().getrandbits(k)

c = Counting(3)
print("subclass getrandbits", [c.randrange(1000) for _ in range(5)], c.calls)

errors = [
    lambda: r.randrange(0),
    lambda: r.randrange(5, 5),
    lambda: r.randrange(0, 10, 0),
    lambda: r.randrange(10, 0, 2),
    lambda: r.randrange(1.5),
    lambda: r.randrange(1, 5, step=2.5),
    lambda: r.randrange(10, step=2),
    lambda: r.choice([]),
    lambda: r.sample({1, 2, 3}, 2),
    lambda: r.sample(range(3), 4),
    lambda: r.sample(range(3), -1),
    lambda: r.choices("ab", [1, 2, 3]),
    lambda: r.choices("ab", [1], cum_weights=[1]),
    lambda: r.choices("ab", [0, 0]),
    lambda: r.choices("ab", 2),
    lambda: r.gammavariate(0, 1),
    lambda: r.sample("abc", 2, counts=[1, 2]),
]
for f in errors:
    try:
        print("no error", f())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)

print("randrange float ok", r.randrange(10.0) in range(10))
sr = random.SystemRandom()
x = sr.random()
print("system", 0.0 <= x < 1.0, 0 <= sr.randrange(10) < 10, len(sr.randbytes(4)), sr.getrandbits(0))
try:
    sr.getstate()
except NotImplementedError as e:
    print("NotImplementedError", e)
print("module funcs", random.randint is not None, callable(random.shuffle), "Random" in random.__all__)
