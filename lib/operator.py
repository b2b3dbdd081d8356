# operator: the language's operators as plain functions, plus itemgetter,
# attrgetter and methodcaller. Part of Tauraro's Python-level standard library.

__all__ = [
    'abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf',
    'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand',
    'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul', 'index',
    'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift', 'is_', 'is_not',
    'isub', 'itemgetter', 'itruediv', 'ixor', 'le', 'length_hint', 'lshift',
    'lt', 'matmul', 'methodcaller', 'mod', 'mul', 'ne', 'neg', 'not_', 'or_',
    'pos', 'pow', 'rshift', 'setitem', 'sub', 'truediv', 'truth', 'xor',
]

_builtin_abs = abs

# ---- comparisons and truth -------------------------------------------------

def lt(a, b): return a < b
def le(a, b): return a <= b
def eq(a, b): return a == b
def ne(a, b): return a != b
def ge(a, b): return a >= b
def gt(a, b): return a > b
def not_(a): return not a
def truth(a): return True if a else False
def is_(a, b): return a is b
def is_not(a, b): return a is not b

# ---- arithmetic and bitwise ------------------------------------------------

def abs(a): return _builtin_abs(a)
def add(a, b): return a + b
def and_(a, b): return a & b
def floordiv(a, b): return a // b
def inv(a): return ~a
invert = inv
def lshift(a, b): return a << b
def mod(a, b): return a % b
def mul(a, b): return a * b
def matmul(a, b): return a @ b
def neg(a): return -a
def or_(a, b): return a | b
def pos(a): return +a
def pow(a, b): return a ** b
def rshift(a, b): return a >> b
def sub(a, b): return a - b
def truediv(a, b): return a / b
def xor(a, b): return a ^ b


def index(a):
    """Return a converted to an integer; same as a.__index__()."""
    try:
        method = type(a).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(a).__name__) from None
    return method(a)

# ---- sequences -------------------------------------------------------------

def _check_concat(a):
    if not hasattr(a, '__getitem__'):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)


def concat(a, b):
    _check_concat(a)
    return a + b


def contains(a, b): return b in a


def countOf(a, b):
    n = 0
    for item in a:
        if item is b or item == b:
            n += 1
    return n


def indexOf(a, b):
    for i, item in enumerate(a):
        if item is b or item == b:
            return i
    raise ValueError('sequence.index(x): x not in sequence')


def getitem(a, b): return a[b]


def setitem(a, b, c):
    a[b] = c


def delitem(a, b):
    del a[b]


def length_hint(obj, default=0):
    """Estimate len(obj): its length, else its __length_hint__, else default."""
    if not isinstance(default, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(default).__name__)
    try:
        return len(obj)
    except TypeError:
        pass
    try:
        hint = type(obj).__length_hint__
    except AttributeError:
        return default
    value = hint(obj)
    if value is NotImplemented:
        return default
    if not isinstance(value, int):
        raise TypeError('__length_hint__ must be an integer, not %s'
                        % type(value).__name__)
    if value < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return value


def call(obj, /, *args, **kwargs):
    return obj(*args, **kwargs)

# ---- in-place forms --------------------------------------------------------

def iadd(a, b):
    a += b
    return a

def iand(a, b):
    a &= b
    return a

def iconcat(a, b):
    _check_concat(a)
    a += b
    return a

def ifloordiv(a, b):
    a //= b
    return a

def ilshift(a, b):
    a <<= b
    return a

def imod(a, b):
    a %= b
    return a

def imul(a, b):
    a *= b
    return a

def imatmul(a, b):
    a @= b
    return a

def ior(a, b):
    a |= b
    return a

def ipow(a, b):
    a **= b
    return a

def irshift(a, b):
    a >>= b
    return a

def isub(a, b):
    a -= b
    return a

def itruediv(a, b):
    a /= b
    return a

def ixor(a, b):
    a ^= b
    return a

# ---- callable builders -----------------------------------------------------

class itemgetter:
    """itemgetter(item, ...): a callable fetching obj[item] (a tuple for several)."""
    __slots__ = ('_items', '_single')

    def __init__(self, item, *items):
        self._items = (item,) + items
        self._single = not items

    def __call__(self, obj):
        if self._single:
            return obj[self._items[0]]
        return tuple([obj[i] for i in self._items])

    def __repr__(self):
        return 'operator.itemgetter(%s)' % ', '.join(map(repr, self._items))

    def __reduce__(self):
        return (type(self), self._items)


def _resolve_dotted(obj, dotted):
    for name in dotted:
        obj = getattr(obj, name)
    return obj


class attrgetter:
    """attrgetter(attr, ...): a callable fetching obj.attr; dotted names walk."""
    __slots__ = ('_attrs', '_paths', '_single')

    def __init__(self, attr, *attrs):
        names = (attr,) + attrs
        for name in names:
            if not isinstance(name, str):
                raise TypeError('attribute name must be a string')
        self._attrs = names
        self._paths = tuple([tuple(name.split('.')) for name in names])
        self._single = not attrs

    def __call__(self, obj):
        if self._single:
            return _resolve_dotted(obj, self._paths[0])
        return tuple([_resolve_dotted(obj, p) for p in self._paths])

    def __repr__(self):
        return 'operator.attrgetter(%s)' % ', '.join(map(repr, self._attrs))

    def __reduce__(self):
        return (type(self), self._attrs)


class methodcaller:
    """methodcaller(name, *args, **kwargs): a callable doing obj.name(*args, **kwargs)."""
    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(self, name, /, *args, **kwargs):
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = args
        self._kwargs = kwargs

    def __call__(self, obj):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        parts = [repr(self._name)]
        parts.extend(map(repr, self._args))
        parts.extend('%s=%r' % (k, v) for k, v in self._kwargs.items())
        return 'operator.methodcaller(%s)' % ', '.join(parts)

# ---- dunder aliases (operator.__add__ is operator.add, ...) ----------------

def _install_dunder_aliases():
    g = globals()
    for name in ('abs', 'add', 'and', 'call', 'concat', 'contains', 'delitem',
                 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand',
                 'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul',
                 'index', 'inv', 'invert', 'ior', 'ipow', 'irshift', 'isub',
                 'itruediv', 'ixor', 'le', 'lshift', 'lt', 'matmul', 'mod',
                 'mul', 'ne', 'neg', 'not', 'or', 'pos', 'pow', 'rshift',
                 'setitem', 'sub', 'truediv', 'xor'):
        g['__%s__' % name] = g[name + '_' if name in ('and', 'or', 'not') else name]


_install_dunder_aliases()
del _install_dunder_aliases
