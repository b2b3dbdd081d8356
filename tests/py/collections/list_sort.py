# list.sort and sorted: stability, key=, reverse=, mixed numbers, strings,
# and errors raised while comparing.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

data = [5, 2, 9, 1, 5, 6, -3, 0]
data.sort()
print(data)
data.sort(reverse=True)
print(data)
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'fig']
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
pairs = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'y'), (3, 'c'), (2, 'c')]
pairs.sort(key=lambda p: p[0])
print(pairs)
pairs.sort(key=lambda p: p[0], reverse=True)
print(pairs)
mixed = [3, 1.5, True, -2, 2.25, 0]
mixed.sort()
print(mixed)
floats = [3.5, -1.25, 2.0, float('inf'), -0.5]
floats.sort()
print(floats)
big = [(i * 7919) % 1000 for i in range(1000)]
big.sort()
print(big[:10], big[-3:], all(big[i] <= big[i + 1] for i in range(999)))
print(sorted({3: 'a', 1: 'b', 2: 'c'}), sorted('hello'), sorted([3, 1, 2], reverse=True))

class Rec:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        return self.n < other.n
    def __repr__(self):
        return 'Rec(%d)' % self.n

print(sorted([Rec(3), Rec(1), Rec(2)]))
attempt(lambda: [1, 'a', 2].sort())
attempt(lambda: [3, 2, 1].sort(key=lambda x: 1 / (x - 2)))
attempt(lambda: [].sort(1))
attempt(lambda: [].sort(cmp=1))

victim = [3, 1, 2]
def bad_key(x):
    victim.append(x)
    return x
attempt(lambda: victim.sort(key=bad_key))
print(victim)
l = [1, 'x', 0]
try:
    l.sort()
except TypeError:
    pass
print(len(l), sorted(map(str, l)))
