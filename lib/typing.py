# typing: the names used in type hints. Annotations are never enforced, so
# these objects only need to be importable, subscriptable and printable the
# way CPython prints them; NamedTuple, TypedDict, Protocol and friends are in
# _typing_classes.py.

import collections.abc as _abc
import functools as _functools
import sys as _sys
from _typing_alias import (GenericAlias as _BuiltinGenericAlias, build_class as _build_class,
                           is_class_statement as _is_class_statement)

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final',
    'ForwardRef', 'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol',
    'Tuple', 'Type', 'TypeVar', 'TypeVarTuple', 'Union', 'AbstractSet',
    'ByteString', 'Container', 'ContextManager', 'Hashable', 'ItemsView',
    'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView',
    'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence', 'Sized',
    'ValuesView', 'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine',
    'Collection', 'AsyncGenerator', 'AsyncContextManager', 'Reversible',
    'SupportsAbs', 'SupportsBytes', 'SupportsComplex', 'SupportsFloat',
    'SupportsIndex', 'SupportsInt', 'SupportsRound', 'ChainMap', 'Counter',
    'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set', 'FrozenSet',
    'NamedTuple', 'TypedDict', 'Generator', 'BinaryIO', 'IO', 'Match',
    'Pattern', 'TextIO', 'AnyStr', 'assert_type', 'assert_never', 'cast',
    'clear_overloads', 'dataclass_transform', 'final', 'get_args',
    'get_origin', 'get_overloads', 'get_type_hints', 'is_typeddict',
    'LiteralString', 'Never', 'NewType', 'no_type_check',
    'no_type_check_decorator', 'NoReturn', 'NotRequired', 'overload',
    'ParamSpecArgs', 'ParamSpecKwargs', 'Required', 'reveal_type',
    'runtime_checkable', 'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias',
    'TypeGuard', 'Unpack',
]

TYPE_CHECKING = False

# ---- printing --------------------------------------------------------------

def _type_repr(obj):
    """How typing prints a type argument: int, mod.Class, ..., ~T, typing.X."""
    if isinstance(obj, type) and not isinstance(obj, _SpecialAliasMeta):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is Ellipsis:
        return '...'
    if type(obj).__name__ == 'function':
        return obj.__name__
    if isinstance(obj, list):
        return '[%s]' % ', '.join(_type_repr(a) for a in obj)
    return repr(obj)


def _type_check(arg, msg):
    """Turn None into NoneType and a string into a ForwardRef; refuse plain values."""
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    if isinstance(arg, (int, float, complex, bytes)) and not isinstance(arg, bool):
        raise TypeError('%s Got %.100r.' % (msg, arg))
    return arg

# ---- type variables ----------------------------------------------------------

class TypeVar:
    """TypeVar('T', *constraints, bound=None, covariant=False, contravariant=False)."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__constraints__ = tuple(_type_check(t, 'TypeVar(name, constraint, ...): '
                                                 'constraints must be types.')
                                     for t in constraints)
        self.__bound__ = _type_check(bound, 'Bound must be a type.') if bound is not None else None
        self.__module__ = _caller_module()

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __reduce__(self):
        return self.__name__


class TypeVarTuple:
    """TypeVarTuple('Ts'): a variable standing for several types."""

    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]


class ParamSpecArgs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return '%s.args' % self.__origin__.__name__


class ParamSpecKwargs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return '%s.kwargs' % self.__origin__.__name__


class ParamSpec:
    """ParamSpec('P'): a variable standing for a parameter list."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __repr__(self):
        return '~' + self.__name__


def _caller_module():
    getframe = getattr(_sys, '_getframe', None)
    if getframe is None:
        return '__main__'
    try:
        return getframe(2).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return '__main__'


class ForwardRef:
    """A type written as a string, evaluated later (if ever)."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError('Forward reference must be a string -- got %r' % (arg,))
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        return eval(self.__forward_arg__, globalns, localns)

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return 'ForwardRef(%r)' % (self.__forward_arg__,)

# ---- subscripted forms ---------------------------------------------------------

def _entries_with_generic(origin, bases, later):
    """What a typing alias stands for as a base: its origin, then Generic
    unless a later base brings it."""
    res = [] if origin in bases else [origin]
    for b in later:
        if isinstance(b, (_BaseAlias, _SpecialAliasMeta)) or \
                (isinstance(b, type) and issubclass(b, Generic)):
            break
    else:
        res.append(Generic)
    return tuple(res)


class _BaseAlias:
    """Common behaviour of every typing alias: no instance checks when
    subscripted, | makes a Union, calls reach the origin."""

    def __new__(cls, *args, **kwds):
        if _is_class_statement(args):
            return _build_class(*args, **kwds)
        return object.__new__(cls)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __mro_entries__(self, bases):
        origin = getattr(self, '__origin__', None)
        if not isinstance(origin, type):
            raise TypeError('Cannot subclass %r' % (self,))
        later = bases[list(bases).index(self) + 1:] if self in bases else ()
        if origin.__dict__.get('_is_generic_base', False):
            # Generic[T] adds nothing when a later base is a subscripted generic
            for b in later:
                if isinstance(b, _BaseAlias) and b is not self:
                    return ()
            return (origin,)
        return _entries_with_generic(origin, bases, later)

    def __instancecheck__(self, obj):
        raise TypeError('Subscripted generics cannot be used with class and '
                        'instance checks')

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with class and '
                        'instance checks')


def _collect_parameters(args):
    params = []
    for a in args:
        if isinstance(a, (TypeVar, ParamSpec, TypeVarTuple)):
            if a not in params:
                params.append(a)
        else:
            for p in getattr(a, '__parameters__', ()):
                if isinstance(p, (TypeVar, ParamSpec, TypeVarTuple)) and p not in params:
                    params.append(p)
    return tuple(params)


def _substitute(arg, subst):
    if isinstance(arg, (TypeVar, ParamSpec)):
        return subst.get(arg, arg)
    if isinstance(arg, list):
        return [_substitute(a, subst) for a in arg]
    params = getattr(arg, '__parameters__', ())
    if params and isinstance(arg, _GenericAlias):
        return arg[tuple(subst.get(p, p) for p in params)]
    return arg


class _GenericAlias(_BaseAlias):
    """origin[args] for a typing generic (List[int]) or a user Generic class."""

    def __init__(self, origin, args, name=None, inst=True):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)
        self._name = name
        self._inst = inst

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__ == ():
            return '%s[()]' % name
        return '%s[%s]' % (name, ', '.join(_type_repr(a) for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, args):
        if not isinstance(args, tuple):
            args = (args,)
        params = self.__parameters__
        if not params:
            raise TypeError('%r is not a generic class' % (self,))
        if len(args) != len(params):
            raise TypeError('Too %s arguments for %r; actual %d, expected %d'
                            % ('many' if len(args) > len(params) else 'few',
                               self, len(args), len(params)))
        subst = dict(zip(params, args))
        new_args = tuple(_substitute(a, subst) for a in self.__args__)
        return self.copy_with(new_args)

    def copy_with(self, args):
        return type(self)(self.__origin__, args, name=self._name, inst=self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError('Type %s cannot be instantiated; use %s() instead'
                            % (self._name, self.__origin__.__name__))
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__') or attr in ('_name', '_inst'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


class _CallableGenericAlias(_GenericAlias):
    """Callable[[args], result]: __args__ holds the arguments then the result."""

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is Ellipsis:
            return 'typing.Callable[..., %s]' % _type_repr(args[1])
        return 'typing.Callable[[%s], %s]' % (', '.join(_type_repr(a) for a in args[:-1]),
                                              _type_repr(args[-1]))

    def copy_with(self, args):
        return _CallableGenericAlias(self.__origin__, args, name=self._name,
                                     inst=self._inst)


class _SpecialAliasMeta(type):
    """The type of List, Iterable, Callable, ...: each is a class, so that
    isinstance(x, typing.Iterable) works; printing, subscripting and calling
    go to the collection it stands for."""

    def __new__(mcls, name, bases, ns, **kwds):
        if not ns.get('_alias_', False):
            # a class statement subclassing an alias: subclass its origin
            return _build_class(name, bases, ns, **kwds)
        return super().__new__(mcls, name, bases, ns)

    def __repr__(cls):
        return 'typing.' + cls._name

    def __getitem__(cls, params):
        return cls._getitem(cls, params)

    def __call__(cls, *args, **kwargs):
        if not cls._inst:
            raise TypeError('Type %s cannot be instantiated; use %s() instead'
                            % (cls._name, cls.__origin__.__name__))
        return cls.__origin__(*args, **kwargs)

    def __instancecheck__(cls, obj):
        return isinstance(obj, cls.__origin__)

    def __subclasscheck__(cls, other):
        if isinstance(other, _SpecialAliasMeta):
            return issubclass(other.__origin__, cls.__origin__)
        return issubclass(other, cls.__origin__)

    def __getattr__(cls, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(cls.__origin__, attr)

    def __or__(cls, right):
        return Union[cls, right]

    def __ror__(cls, left):
        return Union[left, cls]

    def __mro_entries__(cls, bases):
        later = bases[list(bases).index(cls) + 1:] if cls in bases else ()
        return _entries_with_generic(cls.__origin__, bases, later)

    def __reduce__(cls):
        return cls._name


def _generic_getitem(alias, params):
    if not isinstance(params, tuple):
        params = (params,)
    msg = 'Parameters to generic types must be types.'
    params = tuple(_type_check(p, msg) for p in params)
    nparams = alias._nparams
    if nparams >= 0 and len(params) != nparams:
        raise TypeError('Too %s arguments for %r; actual %d, expected %d'
                        % ('many' if len(params) > nparams else 'few',
                           alias, len(params), nparams))
    return _GenericAlias(alias.__origin__, params, name=alias._name, inst=alias._inst)


def _tuple_getitem(alias, params):
    if params == ():
        return _GenericAlias(tuple, (), name='Tuple', inst=True)
    if not isinstance(params, tuple):
        params = (params,)
    if len(params) >= 2 and params[-1] is Ellipsis:
        params = tuple(_type_check(p, 'Tuple[t, ...]: t must be a type.')
                       for p in params[:-1])
        return _GenericAlias(tuple, params + (Ellipsis,), name='Tuple', inst=True)
    params = tuple(_type_check(p, 'Tuple[t0, t1, ...]: each t must be a type.')
                   for p in params)
    return _GenericAlias(tuple, params, name='Tuple', inst=True)


def _callable_getitem(alias, params):
    if not isinstance(params, tuple) or len(params) != 2:
        raise TypeError('Callable must be used as Callable[[arg, ...], result].')
    args, result = params
    if isinstance(args, list):
        params = tuple(_type_check(a, 'Callable[[arg, ...], result]: each arg '
                                   'must be a type.') for a in args)
    elif args is Ellipsis:
        params = (Ellipsis,)
    else:
        params = (args,)
    result = _type_check(result, 'Callable[args, result]: result must be a type.')
    return _CallableGenericAlias(alias.__origin__, params + (result,),
                                 name='Callable', inst=True)


def _SpecialGenericAlias(origin, nparams, name, inst=True, getitem=_generic_getitem):
    """Make the typing alias `name` for origin (nparams < 0: any number)."""
    ns = {'_alias_': True, '__origin__': origin, '_nparams': nparams,
          '_name': name, '_inst': inst, '_getitem': staticmethod(getitem),
          '__module__': 'typing', '__qualname__': name}
    return _SpecialAliasMeta(name, (), ns)


def _TupleType(origin, nparams, name, inst=True):
    return _SpecialGenericAlias(origin, nparams, name, inst, _tuple_getitem)


def _CallableType(origin, nparams, name, inst=True):
    return _SpecialGenericAlias(origin, nparams, name, inst, _callable_getitem)


# ---- special forms ---------------------------------------------------------------

class _SpecialForm(_BaseAlias):
    """Any, Union, Optional, ClassVar, Final, Literal, ...: printable, and
    subscripted through the function they wrap."""

    def __init__(self, getitem, name=None, doc=None):
        self._getitem = getitem
        self._name = name or getitem.__name__
        self.__doc__ = doc or getitem.__doc__

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError('Cannot instantiate %r' % self)

    def __instancecheck__(self, obj):
        raise TypeError('%s cannot be used with isinstance()' % self)

    def __subclasscheck__(self, cls):
        raise TypeError('%s cannot be used with issubclass()' % self)

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass %r' % self)


class _UnionGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is type(None):
                return 'typing.Optional[%s]' % _type_repr(args[1])
            if args[1] is type(None):
                return 'typing.Optional[%s]' % _type_repr(args[0])
        return 'typing.Union[%s]' % ', '.join(_type_repr(a) for a in args)

    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def copy_with(self, args):
        return Union[args]

    def __instancecheck__(self, obj):
        return any(isinstance(obj, a) for a in self.__args__ if isinstance(a, type))

    def __subclasscheck__(self, cls):
        return any(issubclass(cls, a) for a in self.__args__ if isinstance(a, type))


class _LiteralGenericAlias(_GenericAlias):
    def __repr__(self):
        return 'typing.Literal[%s]' % ', '.join(repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,))
        self.__metadata__ = metadata

    def __repr__(self):
        return 'typing.Annotated[%s, %s]' % (_type_repr(self.__origin__),
                                             ', '.join(repr(a) for a in self.__metadata__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)


def _any_getitem(self, parameters):
    raise TypeError('%r is not subscriptable' % self)


def _wrap_one(self, parameters, what):
    item = _type_check(parameters, '%s accepts only single type.' % what)
    return _GenericAlias(self, (item,), name=self._name)


def _union_getitem(self, parameters):
    """Union[X, Y]: X or Y; nested unions flatten, duplicates go, one arg is itself."""
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    msg = 'Union[arg, ...]: each arg must be a type.'
    flat = []
    for p in parameters:
        p = _type_check(p, msg)
        if isinstance(p, _UnionGenericAlias):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    unique = []
    for p in flat:
        if p not in unique:
            unique.append(p)
    if len(unique) == 1:
        return unique[0]
    return _UnionGenericAlias(self, tuple(unique))


def _optional_getitem(self, parameters):
    arg = _type_check(parameters, 'Optional[t] requires a single type.')
    return Union[arg, type(None)]


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    unique = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            items = p.__args__
        else:
            items = (p,)
        for item in items:
            if not any(item == u and type(item) is type(u) for u in unique):
                unique.append(item)
    return _LiteralGenericAlias(self, tuple(unique))


def _classvar_getitem(self, parameters):
    return _wrap_one(self, parameters, self._name)


def _generic_form_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters, name=self._name)


Any = _SpecialForm(_any_getitem, 'Any', 'Special type indicating an unconstrained type.')
NoReturn = _SpecialForm(_any_getitem, 'NoReturn')
Never = _SpecialForm(_any_getitem, 'Never')
Self = _SpecialForm(_any_getitem, 'Self')
LiteralString = _SpecialForm(_any_getitem, 'LiteralString')
TypeAlias = _SpecialForm(_any_getitem, 'TypeAlias')
Union = _SpecialForm(_union_getitem, 'Union')
Optional = _SpecialForm(_optional_getitem, 'Optional')
Literal = _SpecialForm(_literal_getitem, 'Literal')
ClassVar = _SpecialForm(_classvar_getitem, 'ClassVar')
Final = _SpecialForm(_classvar_getitem, 'Final')
TypeGuard = _SpecialForm(_classvar_getitem, 'TypeGuard')
Required = _SpecialForm(_classvar_getitem, 'Required')
NotRequired = _SpecialForm(_classvar_getitem, 'NotRequired')
Unpack = _SpecialForm(_classvar_getitem, 'Unpack')
Concatenate = _SpecialForm(_generic_form_getitem, 'Concatenate')


class _AnnotatedForm:
    def __repr__(self):
        return 'typing.Annotated'

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError('Annotated[...] should be used with at least two '
                            'arguments (a type and an annotation).')
        origin = _type_check(params[0], 'Annotated[t, ...]: t must be a type.')
        return _AnnotatedAlias(origin, tuple(params[1:]))

    def __call__(self, *args, **kwargs):
        raise TypeError('Type Annotated cannot be instantiated.')


Annotated = _AnnotatedForm()

# ---- aliases of the standard collections -------------------------------------

import collections as _collections
import contextlib as _contextlib

Hashable = _SpecialGenericAlias(_abc.Hashable, 0, 'Hashable')
Awaitable = _SpecialGenericAlias(_abc.Awaitable, 1, 'Awaitable')
Coroutine = _SpecialGenericAlias(_abc.Coroutine, 3, 'Coroutine')
AsyncIterable = _SpecialGenericAlias(_abc.AsyncIterable, 1, 'AsyncIterable')
AsyncIterator = _SpecialGenericAlias(_abc.AsyncIterator, 1, 'AsyncIterator')
Iterable = _SpecialGenericAlias(_abc.Iterable, 1, 'Iterable')
Iterator = _SpecialGenericAlias(_abc.Iterator, 1, 'Iterator')
Reversible = _SpecialGenericAlias(_abc.Reversible, 1, 'Reversible')
Sized = _SpecialGenericAlias(_abc.Sized, 0, 'Sized')
Container = _SpecialGenericAlias(_abc.Container, 1, 'Container')
Collection = _SpecialGenericAlias(_abc.Collection, 1, 'Collection')
Callable = _CallableType(_abc.Callable, 2, 'Callable')
AbstractSet = _SpecialGenericAlias(_abc.Set, 1, 'AbstractSet')
MutableSet = _SpecialGenericAlias(_abc.MutableSet, 1, 'MutableSet')
Mapping = _SpecialGenericAlias(_abc.Mapping, 2, 'Mapping')
MutableMapping = _SpecialGenericAlias(_abc.MutableMapping, 2, 'MutableMapping')
Sequence = _SpecialGenericAlias(_abc.Sequence, 1, 'Sequence')
MutableSequence = _SpecialGenericAlias(_abc.MutableSequence, 1, 'MutableSequence')
ByteString = _SpecialGenericAlias(_abc.ByteString, 0, 'ByteString')
Tuple = _TupleType(tuple, -1, 'Tuple', inst=False)
List = _SpecialGenericAlias(list, 1, 'List', inst=False)
Deque = _SpecialGenericAlias(_collections.deque, 1, 'Deque')
Set = _SpecialGenericAlias(set, 1, 'Set', inst=False)
FrozenSet = _SpecialGenericAlias(frozenset, 1, 'FrozenSet', inst=False)
MappingView = _SpecialGenericAlias(_abc.MappingView, 1, 'MappingView')
KeysView = _SpecialGenericAlias(_abc.KeysView, 1, 'KeysView')
ItemsView = _SpecialGenericAlias(_abc.ItemsView, 2, 'ItemsView')
ValuesView = _SpecialGenericAlias(_abc.ValuesView, 1, 'ValuesView')
ContextManager = _SpecialGenericAlias(_contextlib.AbstractContextManager, 1, 'ContextManager')
AsyncContextManager = _SpecialGenericAlias(_contextlib.AbstractAsyncContextManager, 1,
                                           'AsyncContextManager')
Dict = _SpecialGenericAlias(dict, 2, 'Dict', inst=False)
DefaultDict = _SpecialGenericAlias(_collections.defaultdict, 2, 'DefaultDict')
OrderedDict = _SpecialGenericAlias(_collections.OrderedDict, 2, 'OrderedDict')
Counter = _SpecialGenericAlias(_collections.Counter, 1, 'Counter')
ChainMap = _SpecialGenericAlias(_collections.ChainMap, 2, 'ChainMap')
Generator = _SpecialGenericAlias(_abc.Generator, 3, 'Generator')
AsyncGenerator = _SpecialGenericAlias(_abc.AsyncGenerator, 2, 'AsyncGenerator')
Type = _SpecialGenericAlias(type, 1, 'Type', inst=False)

Text = str
AnyStr = TypeVar('AnyStr', bytes, str)
AnyStr.__module__ = 'typing'

# ---- functions ---------------------------------------------------------------------

def cast(typ, val):
    """Return val unchanged (it tells a type checker val has type typ)."""
    return val


def assert_type(val, typ, /):
    return val


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError('Expected code to be unreachable, but got: %s' % value)


def reveal_type(obj, /):
    print('Runtime type is %r' % (type(obj).__name__,), file=_sys.stderr)
    return obj


def final(f):
    """Mark a method or class final (recorded as __final__ = True)."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    try:
        arg.__no_type_check__ = True
    except (AttributeError, TypeError):
        pass
    return arg


def no_type_check_decorator(decorator):
    @_functools.wraps(decorator)
    def wrapped_decorator(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    return wrapped_decorator


def dataclass_transform(*, eq_default=True, order_default=False,
                        kw_only_default=False, field_specifiers=(), **kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            'eq_default': eq_default, 'order_default': order_default,
            'kw_only_default': kw_only_default,
            'field_specifiers': field_specifiers, 'kwargs': kwargs}
        return cls_or_fn
    return decorator


def get_origin(tp):
    """The unsubscripted version of tp: get_origin(List[int]) is list."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, _BuiltinGenericAlias, _SpecialAliasMeta)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    """The arguments of a subscripted type: get_args(Dict[str, int]) is (str, int)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _CallableGenericAlias):
        args = tp.__args__
        if len(args) == 2 and args[0] is Ellipsis:
            return args
        return (list(args[:-1]), args[-1])
    if isinstance(tp, (_GenericAlias, _BuiltinGenericAlias)):
        return tp.__args__
    return ()


from _typing_classes import (Generic, Protocol, runtime_checkable, NamedTuple,
                             TypedDict, is_typeddict, NewType, overload,
                             get_overloads, clear_overloads, get_type_hints,
                             SupportsInt, SupportsFloat, SupportsComplex,
                             SupportsBytes, SupportsIndex, SupportsAbs,
                             SupportsRound, IO, TextIO, BinaryIO)


def __getattr__(name):
    # Pattern and Match need re, which is only imported when asked for
    if name in ('Pattern', 'Match'):
        import re
        origin = re.Pattern if name == 'Pattern' else re.Match
        return _SpecialGenericAlias(origin, 1, name)
    raise AttributeError("module 'typing' has no attribute %r" % (name,))
