# functools.singledispatch and singledispatchmethod: pick an implementation by
# the type of the first argument, walking its MRO (registered ABCs are tried
# after the concrete bases, most specific first).

__name__ = 'functools'


def _is_dispatch_type(cls):
    if isinstance(cls, type):
        return True
    args = getattr(cls, '__args__', None)
    return (type(cls).__name__ in ('UnionType', '_UnionGenericAlias')
            and isinstance(args, tuple)
            and all(isinstance(a, type) for a in args))


def _find_impl(cls, registry):
    mro = getattr(cls, '__mro__', (cls, object))
    for klass in mro:
        if klass is object:
            break
        if klass in registry:
            return registry[klass]
    # ABCs (and other non-MRO classes) the type is a virtual subclass of
    matches = []
    for key in registry:
        if key is object or key in mro:
            continue
        try:
            if issubclass(cls, key):
                matches.append(key)
        except TypeError:
            pass
    if matches:
        best = matches[0]
        for key in matches[1:]:
            if issubclass(key, best) and not issubclass(best, key):
                best = key
            elif not issubclass(best, key) and not issubclass(key, best):
                raise RuntimeError('Ambiguous dispatch: {} or {}'.format(best, key))
        return registry[best]
    return registry.get(object)


def _first_annotation(func):
    annotations = getattr(func, '__annotations__', None) or {}
    for name, value in annotations.items():
        if name == 'return':
            continue
        if isinstance(value, str):
            value = eval(value, getattr(func, '__globals__', {}))
        return name, value
    return None


def singledispatch(func):
    """Turn func into a generic function dispatching on its first argument's type."""
    from functools import update_wrapper
    registry = {}
    dispatch_cache = {}

    def dispatch(cls):
        """Return the implementation registered for type cls."""
        try:
            return dispatch_cache[cls]
        except KeyError:
            pass
        impl = _find_impl(cls, registry)
        dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        """register(cls, func) or @register(cls) or @register on an annotated function."""
        if _is_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError('Invalid first argument to `register()`. '
                                '{!r} is not a class or union type.'.format(cls))
            first = _first_annotation(cls)
            if first is None:
                raise TypeError('Invalid first argument to `register()`: {!r}. '
                                'Use either `@register(some_class)` or plain '
                                '`@register` on an annotated function.'.format(cls))
            func = cls
            argname, cls = first
            if not _is_dispatch_type(cls):
                raise TypeError('Invalid annotation for {!r}. {!r} is not a '
                                'class.'.format(argname, cls))
        args = getattr(cls, '__args__', None) if not isinstance(cls, type) else None
        for klass in (args if args else (cls,)):
            registry[klass] = func
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError('{} requires at least 1 positional argument'.format(funcname))
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """A method version of singledispatch: dispatches on the first non-self argument."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('{!r} is not callable or a descriptor'.format(func))
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        from functools import update_wrapper
        dispatcher = self.dispatcher

        def _method(*args, **kwargs):
            method = dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)
