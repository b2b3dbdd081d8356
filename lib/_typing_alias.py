# GenericAlias: what subscripting a generic class gives (Iterable[int],
# deque[str], ...). It remembers origin and arguments, prints like CPython's,
# and calls through to the origin. Shared by collections.abc, types and typing.


def _type_repr(obj):
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is Ellipsis:
        return '...'
    if isinstance(obj, (list, tuple)):
        return '[%s]' % ', '.join(_type_repr(a) for a in obj)
    if type(obj).__name__ == 'function':
        return obj.__name__
    return repr(obj)


def is_class_statement(args):
    """True if a call got (name, bases, namespace): a class statement naming
    a non-class base calls that base's type with them."""
    return (len(args) == 3 and isinstance(args[0], str)
            and isinstance(args[1], tuple) and isinstance(args[2], dict))


def build_class(name, bases, ns, **kwds):
    """Make the class of a class statement whose bases include aliases,
    replacing each by its __mro_entries__ (what CPython's class statement does
    itself) and picking the most derived metaclass."""
    new_bases = []
    for base in bases:
        entries = None
        if not isinstance(base, type) or hasattr(type(base), '__mro_entries__'):
            entries = getattr(base, '__mro_entries__', None)
        if entries is None:
            new_bases.append(base)
            continue
        for entry in entries(bases):
            if entry not in new_bases:
                new_bases.append(entry)
    ns = dict(ns)
    ns.setdefault('__orig_bases__', bases)
    meta = type
    for base in new_bases:
        base_meta = type(base)
        if issubclass(base_meta, meta):
            meta = base_meta
        elif not issubclass(meta, base_meta):
            raise TypeError('metaclass conflict: the metaclass of a derived class '
                            'must be a (non-strict) subclass of the metaclasses '
                            'of all its bases')
    return meta(name, tuple(new_bases), ns, **kwds)


class GenericAlias:
    """origin[args]: a parameterised generic type."""

    def __new__(cls, *args, **kwds):
        if is_class_statement(args):
            return build_class(*args, **kwds)
        return object.__new__(cls)

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = tuple(a for a in args
                                    if type(a).__name__ in ('TypeVar', 'ParamSpec'))

    def __repr__(self):
        args = self.__args__
        if not args:
            inner = '()'
        else:
            inner = ', '.join(_type_repr(a) for a in args)
        return '%s[%s]' % (_type_repr(self.__origin__), inner)

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __getitem__(self, items):
        if not isinstance(items, tuple):
            items = (items,)
        params = self.__parameters__
        if not params:
            raise TypeError('%r is not a generic class' % (self,))
        if len(items) != len(params):
            raise TypeError('Too %s arguments for %r; actual %d, expected %d'
                            % ('many' if len(items) > len(params) else 'few',
                               self, len(items), len(params)))
        subst = dict(zip(params, items))
        new_args = tuple(subst.get(a, a) if type(a).__name__ == 'TypeVar' else a
                         for a in self.__args__)
        return type(self)(self.__origin__, new_args)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__
                and self.__args__ == other.__args__)

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        import typing
        return typing.Union[self, other]

    def __ror__(self, other):
        import typing
        return typing.Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError('isinstance() argument 2 cannot be a parameterized generic')

    def __subclasscheck__(self, cls):
        raise TypeError('issubclass() argument 2 cannot be a parameterized generic')

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)
