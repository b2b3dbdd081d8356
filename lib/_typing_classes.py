# The class-making parts of typing: Generic, Protocol (+ runtime_checkable),
# NamedTuple and TypedDict (class syntax and functional form), NewType,
# overload registry, get_type_hints, the Supports* protocols and IO.

import sys as _sys
from abc import ABCMeta, abstractmethod
from collections import namedtuple as _namedtuple
from typing import (TypeVar, ParamSpec, TypeVarTuple, _GenericAlias,
                    _type_check, _caller_module, Union, ForwardRef)

__name__ = 'typing'

# ---- Generic -----------------------------------------------------------------

class Generic:
    """Base class for generic classes: class Box(Generic[T]): ..."""
    __slots__ = ()
    _is_protocol = False
    _is_generic_base = True

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls.__dict__.get('_is_generic_base', False):
            if not params:
                raise TypeError('Parameter list to %s[...] cannot be empty'
                                % cls.__qualname__)
            if not all(isinstance(p, (TypeVar, ParamSpec, TypeVarTuple)) for p in params):
                raise TypeError('Parameters to %s[...] must all be type variables '
                                'or parameter specification variables.' % cls.__name__)
            if len(set(params)) != len(params):
                raise TypeError('Parameters to %s[...] must all be unique' % cls.__name__)
            return _GenericAlias(cls, params)
        params = tuple(_type_check(p, 'Parameters to generic types must be types.')
                       for p in params)
        expected = cls.__dict__.get('__parameters__', ())
        if expected and len(params) != len(expected):
            raise TypeError('Too %s arguments for %s; actual %d, expected %d'
                            % ('many' if len(params) > len(expected) else 'few',
                               cls, len(params), len(expected)))
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if '__parameters__' in cls.__dict__:
            return
        orig_bases = cls.__dict__.get('__orig_bases__', cls.__bases__)
        params = []
        for base in orig_bases:
            for p in getattr(base, '__parameters__', ()):
                if isinstance(p, (TypeVar, ParamSpec, TypeVarTuple)) and p not in params:
                    params.append(p)
        cls.__parameters__ = tuple(params)

# ---- Protocol ----------------------------------------------------------------

_EXCLUDED = frozenset({
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__',
    '__module__', '__new__', '__slots__', '__subclasshook__', '__weakref__',
    '__class_getitem__', '_is_protocol', '_is_runtime_protocol',
    '_is_generic_base', '__parameters__', '__orig_bases__', '__qualname__',
    '__match_args__', '__init_subclass__', '__classcell__', '__protocol_attrs__',
})


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        annotations = base.__dict__.get('__annotations__', {})
        for attr in list(base.__dict__) + list(annotations):
            if not attr.startswith('_abc_') and attr not in _EXCLUDED:
                attrs.add(attr)
    return attrs


def _proto_hook(cls, other):
    if not cls.__dict__.get('_is_protocol', False):
        return NotImplemented
    if not getattr(cls, '_is_runtime_protocol', False):
        raise TypeError('Instance and class checks can only be used with '
                        '@runtime_checkable protocols')
    for attr in _protocol_attrs(cls):
        for base in other.__mro__:
            if attr in base.__dict__:
                if base.__dict__[attr] is None:
                    return NotImplemented
                break
            if attr in base.__dict__.get('__annotations__', {}):
                break
        else:
            return NotImplemented
    return True


class _ProtocolMeta(ABCMeta):
    def __instancecheck__(cls, instance):
        if cls.__dict__.get('_is_protocol', False):
            if not getattr(cls, '_is_runtime_protocol', False):
                raise TypeError('Instance and class checks can only be used with '
                                '@runtime_checkable protocols')
            if super().__instancecheck__(instance):
                return True
            for attr in _protocol_attrs(cls):
                if not hasattr(instance, attr):
                    return False
                if callable(getattr(cls, attr, None)) and getattr(instance, attr) is None:
                    return False
            return True
        return super().__instancecheck__(instance)


def _no_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError('Protocols cannot be instantiated')


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for structural types: a class matches a runtime_checkable
    protocol when it has the protocol's attributes."""
    __slots__ = ()
    _is_protocol = True
    _is_generic_base = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = classmethod(_proto_hook)
        if cls._is_protocol and '__init__' not in cls.__dict__:
            cls.__init__ = _no_init


def runtime_checkable(cls):
    """Class decorator: allow isinstance/issubclass with a Protocol class."""
    if not issubclass(cls, Generic) or not getattr(cls, '_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol '
                        'classes, got %r' % (cls,))
    cls._is_runtime_protocol = True
    return cls

# ---- NamedTuple --------------------------------------------------------------

_prohibited = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                         '_fields', '_field_defaults', '_make', '_replace',
                         '_asdict', '_source'})
_special = frozenset({'__module__', '__name__', '__annotations__', '__qualname__'})


def _make_nmtuple(name, types, module, defaults=()):
    fields = [n for n, t in types]
    types = {n: _type_check(t, 'field %s annotation must be a type' % n)
             for n, t in types}
    nm_tpl = _namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = types
    return nm_tpl


class _NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        if ns.get('_root', False):
            return super().__new__(cls, typename, bases, ns)
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError('Non-default namedtuple field %s cannot follow '
                                'default field%s %s'
                                % (field_name, 's' if len(default_names) > 1 else '',
                                   ', '.join(default_names)))
        nm_tpl = _make_nmtuple(typename, types.items(),
                               defaults=[ns[n] for n in default_names],
                               module=ns.get('__module__', '__main__'))
        for key in ns:
            if key in _prohibited:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            if key not in _special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl

    def __call__(cls, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = kwargs.items()
        elif kwargs:
            raise TypeError('Either list of fields or keywords can be provided '
                            'to NamedTuple, not both')
        return _make_nmtuple(typename, fields, module=_caller_module())


class NamedTuple(metaclass=_NamedTupleMeta):
    """Typed version of namedtuple: class P(NamedTuple): x: int; y: int = 0."""
    _root = True

# ---- TypedDict ---------------------------------------------------------------

class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        if ns.get('_root', False):
            return super().__new__(cls, name, bases, ns)
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type and a '
                                'non-TypedDict base class')
        ns = dict(ns)
        own = ns.pop('__annotations__', {})
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own = {n: _type_check(t, msg) for n, t in own.items()}
        annotations.update(own)
        for key, tp in own.items():
            origin = getattr(tp, '__origin__', None)
            origin_name = getattr(origin, '_name', None)
            if origin_name == 'Required':
                required.add(key)
            elif origin_name == 'NotRequired':
                optional.add(key)
            elif total:
                required.add(key)
            else:
                optional.add(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        tp_dict.__total__ = total
        return tp_dict

    def __init__(cls, *args, **kwargs):
        pass

    def __call__(cls, *args, **kwargs):
        if cls.__dict__.get('_root', False):
            return _typeddict_function(*args, **kwargs)
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def _typeddict_function(typename, fields=None, /, *, total=True, **kwargs):
    if fields is None:
        fields = kwargs
    ns = {'__annotations__': dict(fields), '__module__': _caller_module()}
    return _TypedDictMeta.__new__(_TypedDictMeta, typename, (), ns, total=total)


class TypedDict(metaclass=_TypedDictMeta):
    """A dict with a fixed set of typed keys; instances are plain dicts."""
    _root = True


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)

# ---- NewType and overloads ---------------------------------------------------

class NewType:
    """NewType('UserId', int): a distinct name for a type; calling it returns its argument."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = _caller_module()

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass an instance of NewType. Perhaps you '
                        'were looking for: `%s = NewType(%r, %s)`'
                        % (self.__name__, self.__name__, self.__name__))

    def __repr__(self):
        return '%s.%s' % (self.__module__, self.__qualname__)

    def __call__(self, x):
        return x

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        'You should not call an overloaded function. A series of @typing.overload-'
        'decorated functions outside a stub module should always be followed by an '
        'implementation that is not @typing.overload-decorated.')


def _overload_key(func):
    func = getattr(func, '__func__', func)
    return (getattr(func, '__module__', None), getattr(func, '__qualname__', None))


def overload(func):
    """Record an overload signature; the undecorated definition that follows is
    the one that runs."""
    _overload_registry.setdefault(_overload_key(func), []).append(func)
    return _overload_dummy


def get_overloads(func):
    return list(_overload_registry.get(_overload_key(func), []))


def clear_overloads():
    _overload_registry.clear()

# ---- get_type_hints ----------------------------------------------------------

def _eval_hint(value, globalns, localns):
    if value is None:
        return type(None)
    if isinstance(value, ForwardRef):
        value = value.__forward_arg__
    if isinstance(value, str):
        return eval(value, globalns, localns)
    return value


def _strip_extras(tp):
    metadata = getattr(tp, '__metadata__', None)
    if metadata is not None:
        return tp.__origin__
    return tp


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class (through its MRO), module or function,
    with string annotations evaluated."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            if globalns is None:
                module = _sys.modules.get(base.__module__)
                base_globals = getattr(module, '__dict__', {})
            else:
                base_globals = globalns
            ann = base.__dict__.get('__annotations__', {})
            base_locals = dict(vars(base)) if localns is None else localns
            for name, value in ann.items():
                hints[name] = _eval_hint(value, base_globals, base_locals)
    else:
        if globalns is None:
            if hasattr(obj, '__globals__'):
                globalns = obj.__globals__
            elif type(obj).__name__ == 'module':
                globalns = obj.__dict__
            else:
                globalns = {}
        ann = getattr(obj, '__annotations__', None)
        if ann is None:
            raise TypeError('%r is not a module, class, method, or function.' % (obj,))
        for name, value in ann.items():
            hints[name] = _eval_hint(value, globalns, localns)
    if not include_extras:
        hints = {k: _strip_extras(v) for k, v in hints.items()}
    return hints

# ---- the Supports* protocols and IO --------------------------------------------

T_co = TypeVar('T_co', covariant=True)


@runtime_checkable
class SupportsInt(Protocol):
    __slots__ = ()

    @abstractmethod
    def __int__(self) -> int:
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    __slots__ = ()

    @abstractmethod
    def __float__(self) -> float:
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    __slots__ = ()

    @abstractmethod
    def __complex__(self) -> complex:
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    __slots__ = ()

    @abstractmethod
    def __bytes__(self) -> bytes:
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    __slots__ = ()

    @abstractmethod
    def __index__(self) -> int:
        pass


@runtime_checkable
class SupportsAbs(Protocol[T_co]):
    __slots__ = ()

    @abstractmethod
    def __abs__(self):
        pass


@runtime_checkable
class SupportsRound(Protocol[T_co]):
    __slots__ = ()

    @abstractmethod
    def __round__(self, ndigits=0):
        pass


class IO(Generic[TypeVar('AnyStr', bytes, str)]):
    """Generic base for file objects (only for annotations)."""
    __slots__ = ()
    mode = name = closed = None


class BinaryIO(IO):
    """IO of bytes."""
    __slots__ = ()


class TextIO(IO):
    """IO of str."""
    __slots__ = ()
