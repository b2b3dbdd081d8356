# A small tour of what Tauraro runs: classes, generators, closures, big ints.
class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"


def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1


def counter():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    return bump


print("Sannu! Hello from Tauraro.")
print(Vector(1, 2) + Vector(3, 4))
gen = primes()
print("first primes:", [next(gen) for _ in range(10)])
bump = counter()
bump(); bump()
print("counter:", bump())
print("2**100 =", 2 ** 100)
print("squares:", {n: n * n for n in range(6)})
words = "the quick brown fox jumps over the lazy dog".split()
print("longest:", max(words, key=len), "| sorted:", sorted(set(words))[:4])
