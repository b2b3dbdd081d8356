# weakref: MINIMAL VERSION. Tauraro's collector has no weak references yet,
# so a ref() holds its object strongly: calling it always returns the object,
# callbacks never fire, and the Weak* containers keep their entries alive.
# Programs that only use weak references as caches or back-links still work.

__all__ = ['ref', 'proxy', 'getweakrefcount', 'getweakrefs',
           'WeakKeyDictionary', 'ReferenceType', 'ProxyType',
           'CallableProxyType', 'ProxyTypes', 'WeakValueDictionary',
           'WeakSet', 'WeakMethod', 'finalize']

# Objects of these types cannot be weakly referenced in CPython either.
_NOT_REFERENCEABLE = (int, float, complex, str, bytes, tuple, list, dict,
                      bool, type(None), bytearray, frozenset, set)


def _check_referenceable(obj):
    if type(obj) in _NOT_REFERENCEABLE:
        raise TypeError("cannot create weak reference to '%s' object"
                        % type(obj).__name__)


class ref:
    """ref(object[, callback]): a reference to object; ref() returns it.
    (Strong in this runtime: the object stays alive as long as the ref.)"""

    __slots__ = ('_obj', '__callback__', '_hash')

    def __init__(self, obj, callback=None):
        _check_referenceable(obj)
        self._obj = obj
        self.__callback__ = callback
        self._hash = None

    def __call__(self):
        return self._obj

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(self._obj)
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, ref):
            return NotImplemented
        return self._obj == other._obj

    def __ne__(self, other):
        if not isinstance(other, ref):
            return NotImplemented
        return self._obj != other._obj

    def __repr__(self):
        return '<weakref; to %r>' % (type(self._obj).__name__,)

    def __class_getitem__(cls, item):
        return cls


ReferenceType = ref


class WeakMethod(ref):
    """A ref to a bound method that does not keep... (here: keeps) its object."""
    __slots__ = ()

    def __init__(self, meth, callback=None):
        try:
            meth.__self__
            meth.__func__
        except AttributeError:
            raise TypeError('argument should be a bound method, not {}'
                            .format(type(meth))) from None
        super().__init__(meth, callback)


def proxy(obj, callback=None):
    """A proxy for obj; here the object itself."""
    _check_referenceable(obj)
    return obj


class ProxyType:
    pass


class CallableProxyType:
    pass


ProxyTypes = (ProxyType, CallableProxyType)


def getweakrefcount(obj):
    return 0


def getweakrefs(obj):
    return []


class WeakValueDictionary(dict):
    """A dict whose values would be weakly held (here: strongly)."""

    def valuerefs(self):
        return [ref(v) for v in self.values()]

    def itervaluerefs(self):
        return iter(self.valuerefs())

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __repr__(self):
        return '<WeakValueDictionary with %d entries>' % len(self)


class WeakKeyDictionary(dict):
    """A dict whose keys would be weakly held (here: strongly)."""

    def keyrefs(self):
        return [ref(k) for k in self.keys()]

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __repr__(self):
        return '<WeakKeyDictionary with %d entries>' % len(self)


class WeakSet(set):
    """A set whose members would be weakly held (here: strongly)."""

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __repr__(self):
        return '{%s}' % ', '.join(map(repr, self)) if self else 'WeakSet()'


class finalize:
    """finalize(obj, func, *args, **kwargs): call func(*args, **kwargs) when
    called (here, never automatically: objects are not collected early).
    Pending finalizers with atexit=True run when the program exits."""

    _registry = []

    def __init__(self, obj, func, /, *args, **kwargs):
        self._info = (func, args, kwargs)
        self._obj = obj
        self.atexit = True
        finalize._registry.append(self)

    def __call__(self, _=None):
        info = self._info
        if info is None:
            return None
        self._info = None
        func, args, kwargs = info
        return func(*args, **kwargs)

    def detach(self):
        info = self._info
        if info is None:
            return None
        self._info = None
        func, args, kwargs = info
        return (self._obj, func, args, kwargs)

    def peek(self):
        info = self._info
        if info is None:
            return None
        func, args, kwargs = info
        return (self._obj, func, args, kwargs)

    @property
    def alive(self):
        return self._info is not None

    def __repr__(self):
        return '<finalize object; %s>' % ('alive' if self.alive else 'dead')
