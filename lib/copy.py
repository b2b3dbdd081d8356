# copy: shallow (copy) and deep (deepcopy) copies. Built-in containers are
# copied directly; other objects through __copy__/__deepcopy__, a class's own
# __reduce_ex__/__reduce__, or their __dict__ and __slots__ state.

import types as _types
from copyreg import dispatch_table as _dispatch_table, __newobj__ as _newobj

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error   # backward-compatible alias

# Types whose instances are their own copies.
_ATOMIC = {type(None), type(Ellipsis), type(NotImplemented), int, float, bool,
           complex, str, bytes, range, type, property,
           _types.FunctionType, _types.BuiltinFunctionType,
           type(print), _types.CodeType}


def _reductor_of(cls):
    """The reduction the class (not object) supplies: a bound-method maker, or None."""
    for klass in cls.__mro__:
        if klass is object:
            return None
        d = klass.__dict__
        if '__reduce_ex__' in d:
            return lambda x: x.__reduce_ex__(4)
        if '__reduce__' in d:
            return lambda x: x.__reduce__()
    return None

# ---- shallow copy ----------------------------------------------------------

def copy(x):
    """Shallow copy: a new container holding the same objects."""
    cls = type(x)
    if cls in _ATOMIC or cls is tuple or cls is frozenset:
        return x
    if cls is list:
        return x[:]
    if cls is dict or cls is set or cls is bytearray:
        return x.copy()
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    reductor = _dispatch_table.get(cls)
    if reductor is not None:
        rv = reductor(x)
    else:
        reduce = _reductor_of(cls)
        rv = reduce(x) if reduce is not None else _default_reduce(x)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)

# ---- deep copy -------------------------------------------------------------

def deepcopy(x, memo=None, _nil=[]):
    """Deep copy: copies of the contents too; shared and cyclic references
    are reproduced (memo maps id(original) to copy)."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y

    cls = type(x)
    copier = _deep_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            reductor = _dispatch_table.get(cls)
            if reductor is not None:
                rv = reductor(x)
            else:
                reduce = _reductor_of(cls)
                rv = reduce(x) if reduce is not None else _default_reduce(x)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    # an object is its own deep copy only if it is atomic
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_atomic(x, memo):
    return x


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    # a cycle through the tuple may already have produced its copy
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_set(x, memo):
    y = set()
    memo[id(x)] = y
    for a in x:
        y.add(deepcopy(a, memo))
    return y


def _deepcopy_frozenset(x, memo):
    return frozenset([deepcopy(a, memo) for a in x])


def _deepcopy_bytearray(x, memo):
    return bytearray(x)


def _deepcopy_method(x, memo):
    obj = deepcopy(x.__self__, memo)
    try:
        return type(x)(x.__func__, obj)
    except TypeError:
        # the method type cannot be called here; bind through the copy instead
        return x.__func__.__get__(obj, type(obj))


_deep_dispatch = {t: _deepcopy_atomic for t in _ATOMIC}
_deep_dispatch[list] = _deepcopy_list
_deep_dispatch[tuple] = _deepcopy_tuple
_deep_dispatch[dict] = _deepcopy_dict
_deep_dispatch[set] = _deepcopy_set
_deep_dispatch[frozenset] = _deepcopy_frozenset
_deep_dispatch[bytearray] = _deepcopy_bytearray
_deep_dispatch[_types.MethodType] = _deepcopy_method


def _keep_alive(x, memo):
    """Keep x alive as long as memo (so its id is not reused meanwhile)."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]

# ---- objects without a reduction of their own ------------------------------

_BUILTIN_BASES = (int, float, complex, str, bytes, tuple, frozenset)


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (klass.__name__.lstrip('_'), name)
            names.append(name)
    return names


def _default_reduce(x):
    """What object.__reduce_ex__(2) gives: (__newobj__, (cls, *args), state,
    list items, dict items)."""
    cls = type(x)
    getnewargs = getattr(x, '__getnewargs__', None)
    if getnewargs is not None:
        args = getnewargs()
    else:
        args = ()
        for base in _BUILTIN_BASES:
            if isinstance(x, base):
                args = (base(x),)
                break
    getstate = None
    for klass in cls.__mro__:
        if klass is object:
            break
        if '__getstate__' in klass.__dict__:
            getstate = x.__getstate__
            break
    if getstate is not None:
        state = getstate()
    else:
        try:
            state = x.__dict__
        except AttributeError:
            state = None
        if not state:
            state = None
        slots = {}
        for name in _slot_names(cls):
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return (_newobj, (cls,) + tuple(args), state, listitems, dictitems)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
