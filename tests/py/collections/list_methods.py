# list: construction, indexing, methods and their error messages.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = [3, 1, 4, 1, 5]
print(a, len(a), a[0], a[-1], a[1:3])
a.append(9)
a.extend((2, 6))
a.extend(x * 10 for x in range(3))
a.insert(0, -1)
a.insert(100, 99)
a.insert(-2, 'mid')
print(a)
print(a.pop(), a.pop(0), a.pop(-2))
print(a)
a.remove(1)
print(a, a.count(1), a.index(1), a.index(4, 1))
a.reverse()
print(a)
b = a.copy()
a.clear()
print(a, b, b is not a)
print(list(), list('abc'), list(range(4)), list({'x': 1, 'y': 2}), list((1, 2)))
print([1, 2] + [3], [0] * 4, 2 * [1, 2], [1] * 0, [1] * -3)
c = [1]
c += (2, 3)
c *= 2
print(c)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] <= [])
print(3 in [1, 2, 3], 'x' not in ['y'])
nested = [1, [2, 3]]
nested.append(nested)
print(nested)
attempt(lambda: [].pop())
attempt(lambda: [1].pop(5))
attempt(lambda: [1, 2].remove(3))
attempt(lambda: [1, 2].index(3))
attempt(lambda: ['a'].index('b'))
attempt(lambda: [1][2])
key = "a"
attempt(lambda: [1][key])
attempt(lambda: [1] + (2,))
attempt(lambda: [1] * 1.5)
attempt(lambda: list(1, 2))
attempt(lambda: list(5))
attempt(lambda: [].append())
attempt(lambda: [].insert(1))
attempt(lambda: hash([]))
attempt(lambda: [1, 2, 3].index(2, 'a'))
attempt(lambda: [].copy(1))

class Stack(list):
    def push(self, x):
        self.append(x)

s = Stack([1, 2])
s.push(3)
print(s, len(s), type(s).__name__, isinstance(s, list), s[1:], type(s[1:]).__name__)
print(s == [1, 2, 3], list(reversed(s)))
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
r = reversed([1, 2, 3])
print(next(r), list(r))
