# Operators on instances whose class defines them in Python run the method
# as a frame (BINARY_PY); NotImplemented must continue with the reflected rule.
class V:
    def __init__(self, x): self.x = x
    def __add__(self, o):
        if isinstance(o, V): return V(self.x + o.x)
        return NotImplemented
    def __mul__(self, k):
        if k == 0: return NotImplemented
        return V(self.x * k)
    def __rmul__(self, k): return "rmul"
    def __repr__(self): return "V(%r)" % self.x
class W(V):
    def __radd__(self, o): return "W.radd"
vs = [V(i) for i in range(30)]
acc = V(0)
for v in vs: acc = acc + v
print(acc)
for k in [2, 3.5, 0, 2]:
    try: print(vs[3] * k)
    except TypeError as e: print("TypeError", e)
for i in range(20): vs[1] + vs[2]
print(vs[1] + W(5), W(1) + V(2))
try: vs[1] + 5
except TypeError as e: print("TypeError", e)
class Z:
    def __add__(self, o): return NotImplemented
for i in range(20):
    try: Z() + Z()
    except TypeError as e: m = str(e)
print(m)
def deep(n):
    return V(1) + V(n) if n == 0 else deep(n - 1)
print(deep(50))
class R:
    def __add__(self, o): raise ValueError("inside add")
try:
    for i in range(20): R() + R()
except ValueError as e: print("ValueError", e)
