# types: names for the interpreter's internal types (FunctionType, ModuleType,
# GeneratorType, ...) found by looking at real objects, plus SimpleNamespace,
# MappingProxyType, new_class and friends.

import sys as _sys


def _f():
    pass


def _g():
    yield 1


class _C:
    def _m(self):
        pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
MappingProxyType = None            # defined below
SimpleNamespace = None             # defined below
try:
    CellType = type((lambda x: lambda: x)(0).__closure__[0])
except (AttributeError, TypeError, IndexError):
    CellType = None

_gen = _g()
GeneratorType = type(_gen)
del _gen

MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(_C().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
ModuleType = type(_sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)

try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
    _tb = _e.__traceback__
    FrameType = type(_tb.tb_frame) if hasattr(_tb, 'tb_frame') else None
    del _tb


async def _coro():
    pass


_c = _coro()
CoroutineType = type(_c)
_c.close()
del _c


async def _agen():
    yield


_ag = _agen()
AsyncGeneratorType = type(_ag)
del _ag

GetSetDescriptorType = type(FunctionType.__dict__['__code__']) \
    if '__code__' in getattr(FunctionType, '__dict__', {}) else None
MemberDescriptorType = GetSetDescriptorType

del _f, _g, _C, _coro

from _typing_alias import GenericAlias

# ---- SimpleNamespace -------------------------------------------------------

_repr_active = []


class SimpleNamespace:
    """A plain object whose attributes are the keyword arguments it was made with."""

    __module__ = 'types'

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        for obj in _repr_active:
            if obj is self:
                return '%s(...)' % name
        _repr_active.append(self)
        try:
            items = ', '.join('%s=%r' % (k, v) for k, v in self.__dict__.items())
        finally:
            _repr_active.pop()
        return '%s(%s)' % (name, items)

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return (type(self), (), self.__dict__)

# ---- MappingProxyType ------------------------------------------------------

class MappingProxyType:
    """mappingproxy(mapping): a read-only view of a mapping."""

    __module__ = 'builtins'
    __slots__ = ('_mapping',)

    def __new__(cls, mapping):
        if not hasattr(type(mapping), '__getitem__') or \
                isinstance(mapping, (list, tuple, str, bytes)) or \
                not hasattr(mapping, 'keys'):
            raise TypeError('mappingproxy() argument must be a mapping, not %s'
                            % type(mapping).__name__)
        self = object.__new__(cls)
        object.__setattr__(self, '_mapping', mapping)
        return self

    def __getitem__(self, key):
        return self._mapping[key]

    def __setattr__(self, name, value):
        raise AttributeError("'mappingproxy' object has no attribute %r" % name)

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def __reversed__(self):
        return reversed(self._mapping)

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __eq__(self, other):
        return self._mapping == other

    def __or__(self, other):
        if isinstance(other, MappingProxyType):
            other = other._mapping
        return dict(self._mapping) | other

    def __ror__(self, other):
        return other | dict(self._mapping)

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._mapping,)

    def __str__(self):
        return str(self._mapping)


MappingProxyType.__name__ = 'mappingproxy'
MappingProxyType.__qualname__ = 'mappingproxy'

# ---- dynamic class creation ------------------------------------------------

def resolve_bases(bases):
    """Resolve MRO entries (__mro_entries__) in bases."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, '__mro_entries__'):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError('metaclass conflict: the metaclass of a derived class '
                        'must be a (non-strict) subclass of the metaclasses of '
                        'all its bases')
    return winner


def prepare_class(name, bases=(), kwds=None):
    """Find the metaclass and the namespace for a class statement."""
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class dynamically, as a class statement would."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)


def coroutine(func):
    """Mark a generator function as a coroutine: its generators can be awaited."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    import _types
    return _types.mark_iterable_coroutine(func)


class DynamicClassAttribute(property):
    """A property that falls back to the class's __getattr__ on class access."""

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            raise AttributeError()
        return super().__get__(instance, ownerclass)


def get_original_bases(cls):
    return cls.__dict__.get('__orig_bases__', cls.__bases__)
