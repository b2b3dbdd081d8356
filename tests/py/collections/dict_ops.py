# dict: construction in every form, order, item access with KeyError and
# __missing__, the methods, | and |=, equality, and mutation errors.
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

d = {'b': 1, 'a': 2}
d['c'] = 3
d['b'] = 10
print(d, len(d), d['a'], 'a' in d, 'z' in d, list(d))
del d['a']
d['a'] = 4
print(d)
print(dict(), dict(x=1, y=2), dict([('k', 'v'), ['k2', 'v2']]), dict({'a': 1}, b=2))
print(dict(zip('abc', range(3))), dict.fromkeys('xy'), dict.fromkeys([1, 2], 0))
print(dict(['ab', 'cd']))
print(d.get('b'), d.get('zz'), d.get('zz', 'dflt'), d.setdefault('b', 0), d.setdefault('n', []))
d['n'].append(1)
print(d)
print(d.pop('b'), d.pop('missing', None), d)
print(d.popitem(), d)
e = d.copy()
e.update({'c': 30, 'q': 1}, r=2)
e.update([('s', 3)])
print(e, d)
print({1: 'a'} | {2: 'b', 1: 'c'})
f = {'x': 1}
f |= {'y': 2}
f |= [('z', 3)]
print(f)
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2, 3: 4} == {3: 4, 1: 2}, {} != {1: 1})
print({1: 'int', 1.0: 'float', True: 'bool'})
keys = {}
for i in range(1000):
    keys[i * 31 % 1000] = i
for i in range(0, 1000, 2):
    del keys[i]
print(len(keys), list(keys)[:5], sum(keys.values()))
nested = {'self': None}
nested['self'] = nested
print(nested)
e.clear()
print(e, len(e))
attempt(lambda: {}['missing'])
attempt(lambda: {}[(1, 2)])
attempt(lambda: {}.pop('x'))
attempt(lambda: {}.popitem())
attempt(lambda: {[1]: 2})
attempt(lambda: dict([(1, 2, 3)]))
attempt(lambda: dict([1]))
attempt(lambda: dict(1))
attempt(lambda: dict({}, {}))
attempt(lambda: {}.update(1, 2))
attempt(lambda: {} | [])
attempt(lambda: {} < {})
attempt(lambda: hash({}))
attempt(lambda: {}.get())

def mutate_while_iterating():
    g = {1: 1, 2: 2}
    for k in g:
        g[k + 10] = 0
attempt(mutate_while_iterating)

class Counter(dict):
    def __missing__(self, key):
        return 0

c = Counter()
for ch in 'abracadabra':
    c[ch] = c[ch] + 1
print(c, c['z'], 'z' in c, type(c).__name__, isinstance(c, dict))

class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)

u = Upper()
u['a'] = 1
u.update(b=2)
print(u)
print(Counter.fromkeys('ab', 5), type(Counter.fromkeys('ab')).__name__)
print(sorted({'b': 1, 'a': 2}.items()), max({'x': 1, 'y': 5}, key=lambda k: {'x': 1, 'y': 5}[k]))
