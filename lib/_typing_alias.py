# GenericAlias: what subscripting a generic class gives (Iterable[int],
# deque[str], ...), and the class-statement helpers typing's aliases use.


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


# The runtime's types.GenericAlias (what list[int] is) serves every generic
# class written in Python too.
GenericAlias = type(list[int])
