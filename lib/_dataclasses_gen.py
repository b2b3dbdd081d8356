# The work behind @dataclass: collect the fields of a class (and of its
# dataclass bases), then compile __init__, __repr__, __eq__, the orderings,
# __hash__ and the frozen __setattr__/__delattr__ for exactly those fields.

import sys
from dataclasses import (Field, field, MISSING, KW_ONLY, InitVar,
                         FrozenInstanceError, _DataclassParams, _FIELD,
                         _FIELD_CLASSVAR, _FIELD_INITVAR, _FIELDS, _PARAMS,
                         _POST_INIT_NAME)


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()

# ---- classifying annotations -------------------------------------------------

def _string_names(annotation, *names):
    text = annotation.strip()
    for name in names:
        if text == name or text.startswith(name + '['):
            return True
    return False


def _is_classvar(a_type):
    if isinstance(a_type, str):
        return _string_names(a_type, 'ClassVar', 'typing.ClassVar', 't.ClassVar')
    typing = sys.modules.get('typing')
    if typing is None:
        return False
    return (a_type is typing.ClassVar
            or getattr(a_type, '__origin__', None) is typing.ClassVar)


def _is_initvar(a_type):
    if isinstance(a_type, str):
        return _string_names(a_type, 'InitVar', 'dataclasses.InitVar')
    return a_type is InitVar or type(a_type) is InitVar


def _is_kw_only(a_type):
    if isinstance(a_type, str):
        return _string_names(a_type, 'KW_ONLY', 'dataclasses.KW_ONLY')
    return a_type is KW_ONLY


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    if _is_classvar(a_type):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(a_type):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError('field %s cannot have a default factory' % f.name)
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    elif f.kw_only is not MISSING:
        raise TypeError('field %s is a ClassVar but specifies kw_only' % f.name)
    if f._field_type is _FIELD and type(f.default).__hash__ is None:
        raise ValueError('mutable default %s for field %s is not allowed: use '
                         'default_factory' % (type(f.default), f.name))
    return f

# ---- compiling methods ------------------------------------------------------

def _create_fn(cls, name, params, body, namespace):
    """Compile `def name(params): body` with namespace as its globals."""
    source = 'def %s(%s):\n%s' % (name, ', '.join(params),
                                  '\n'.join('    ' + line for line in body))
    namespace = dict(namespace)
    exec(source, namespace)
    fn = namespace[name]
    fn.__qualname__ = '%s.%s' % (cls.__qualname__, name)
    return fn


def _set_new_attribute(cls, name, value):
    """Set cls.name unless the class body defined it; True if it was defined."""
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _field_init(f, frozen, namespace, self_name):
    default_name = '__dataclass_dflt_%s__' % f.name
    if f.default_factory is not MISSING:
        namespace[default_name] = f.default_factory
        if f.init:
            value = '%s() if %s is __dataclass_HAS_DEFAULT_FACTORY__ else %s' % (
                default_name, f.name, f.name)
        else:
            value = '%s()' % default_name
    elif f.init:
        if f.default is not MISSING:
            namespace[default_name] = f.default
        value = f.name
    else:
        return None
    if f._field_type is _FIELD_INITVAR:
        return None
    if frozen:
        return '__dataclass_builtins_object__.__setattr__(%s, %r, %s)' % (
            self_name, f.name, value)
    return '%s.%s = %s' % (self_name, f.name, value)


def _init_param(f):
    if f.default is MISSING and f.default_factory is MISSING:
        default = ''
    elif f.default is not MISSING:
        default = '=__dataclass_dflt_%s__' % f.name
    else:
        default = '=__dataclass_HAS_DEFAULT_FACTORY__'
    return '%s:__dataclass_type_%s__%s' % (f.name, f.name, default)


def _init_fn(cls, all_fields, std_fields, kw_only_fields, frozen, has_post_init):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError('non-default argument %r follows default argument'
                                % (f.name,))
    self_name = '__dataclass_self__' if 'self' in [f.name for f in all_fields] else 'self'
    namespace = {'__dataclass_HAS_DEFAULT_FACTORY__': _HAS_DEFAULT_FACTORY,
                 '__dataclass_builtins_object__': object,
                 'MISSING': MISSING}
    for f in all_fields:
        namespace['__dataclass_type_%s__' % f.name] = f.type
    body = []
    for f in all_fields:
        line = _field_init(f, frozen, namespace, self_name)
        if line:
            body.append(line)
    if has_post_init:
        args = ', '.join(f.name for f in all_fields if f._field_type is _FIELD_INITVAR)
        body.append('%s.%s(%s)' % (self_name, _POST_INIT_NAME, args))
    if not body:
        body = ['pass']
    params = [self_name] + [_init_param(f) for f in std_fields if f.init]
    kw = [_init_param(f) for f in kw_only_fields if f.init]
    if kw:
        params += ['*'] + kw
    fn = _create_fn(cls, '__init__', params, body, namespace)
    fn.__annotations__['return'] = None
    return fn


def _repr_fn(cls, flds):
    inner = ', '.join('%s={self.%s!r}' % (f.name, f.name) for f in flds)
    body = ['return self.__class__.__qualname__ + f"(%s)"' % inner]
    plain = _create_fn(cls, '__repr__', ['self'], body, {})
    running = set()

    def __repr__(self):
        key = id(self)
        if key in running:
            return '...'
        running.add(key)
        try:
            return plain(self)
        finally:
            running.discard(key)
    __repr__.__qualname__ = plain.__qualname__
    __repr__.__wrapped__ = plain
    __repr__._dataclass_generated = True     # pprint lays these out field by field
    return __repr__


def _tuple_str(obj_name, flds):
    if not flds:
        return '()'
    return '(%s,)' % ','.join('%s.%s' % (obj_name, f.name) for f in flds)


def _cmp_fn(cls, name, op, flds):
    body = ['if other.__class__ is self.__class__:',
            '    return %s%s%s' % (_tuple_str('self', flds), op, _tuple_str('other', flds)),
            'return NotImplemented']
    return _create_fn(cls, name, ['self', 'other'], body, {})


def _hash_fn(cls, flds):
    body = ['return hash(%s)' % _tuple_str('self', flds)]
    return _create_fn(cls, '__hash__', ['self'], body, {})


def _frozen_methods(cls, field_names):
    names = frozenset(field_names)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError('cannot assign to field %r' % (name,))
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError('cannot delete field %r' % (name,))
        super(cls, self).__delattr__(name)
    for fn in (__setattr__, __delattr__):
        fn.__qualname__ = '%s.%s' % (cls.__qualname__, fn.__name__)
    return __setattr__, __delattr__

# ---- __hash__ policy ----------------------------------------------------------

def _hash_set_none(cls, fields):
    return None


def _hash_add(cls, fields):
    flds = [f for f in fields if (f.compare if f.hash is None else f.hash)]
    return _hash_fn(cls, flds)


def _hash_exception(cls, fields):
    raise TypeError('Cannot overwrite attribute __hash__ in class %s' % cls.__name__)


def _hash_action(unsafe_hash, eq, frozen, has_explicit_hash):
    """What to do about __hash__, given the decorator's flags and whether the
    class body defined one: nothing, set it to None, add one, or refuse."""
    if unsafe_hash:
        return _hash_exception if has_explicit_hash else _hash_add
    if not eq or has_explicit_hash:
        return None
    return _hash_add if frozen else _hash_set_none

# ---- the class ---------------------------------------------------------------

def _type_text(tp):
    if isinstance(tp, type):
        if tp.__module__ == 'builtins':
            return tp.__qualname__
        return '%s.%s' % (tp.__module__, tp.__qualname__)
    if isinstance(tp, str):
        return tp
    return repr(tp).replace('typing.', '')


def _signature_doc(cls, init_fields):
    parts = []
    for f in init_fields:
        text = '%s: %s' % (f.name, _type_text(f.type))
        if f.default is not MISSING:
            text += ' = %r' % (f.default,)
        elif f.default_factory is not MISSING:
            text += ' = <factory>'
        parts.append(text)
    return '%s(%s)' % (cls.__name__, ', '.join(parts))


def process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                  kw_only, slots, weakref_slot):
    fields = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = b.__dict__.get(_FIELDS)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    kw_only_seen = False
    for name, tp in cls_annotations.items():
        if _is_kw_only(tp):
            if kw_only_seen:
                raise TypeError('%r is KW_ONLY, but KW_ONLY has already been '
                                'specified' % (name,))
            kw_only_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, tp, kw_only))
    for f in cls_fields:
        fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError('%r is a field but has no type annotation' % (name,))

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    setattr(cls, _FIELDS, fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING
                             or (class_hash is None and '__eq__' in cls.__dict__))
    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values()
                       if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields = [f for f in all_init_fields if not f.kw_only]
    kw_only_init_fields = [f for f in all_init_fields if f.kw_only]
    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, '__init__',
                           _init_fn(cls, all_init_fields, std_init_fields,
                                    kw_only_init_fields, frozen, has_post_init))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]
    if repr:
        _set_new_attribute(cls, '__repr__', _repr_fn(cls, [f for f in field_list if f.repr]))
    cmp_fields = [f for f in field_list if f.compare]
    if eq:
        _set_new_attribute(cls, '__eq__', _cmp_fn(cls, '__eq__', '==', cmp_fields))
    if order:
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            if _set_new_attribute(cls, name, _cmp_fn(cls, name, op, cmp_fields)):
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider '
                                'using functools.total_ordering' % (name, cls.__name__))
    if frozen:
        for fn in _frozen_methods(cls, [f.name for f in field_list]):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError('Cannot overwrite attribute %s in class %s'
                                % (fn.__name__, cls.__name__))

    action = _hash_action(bool(unsafe_hash), bool(eq), bool(frozen), has_explicit_hash)
    if action is not None:
        cls.__hash__ = action(cls, field_list)

    if not getattr(cls, '__doc__', None):
        try:
            cls.__doc__ = _signature_doc(cls, [f for f in all_init_fields if f.init])
        except (AttributeError, TypeError):
            pass
    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_init_fields))
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)
    import abc
    abc.update_abstractmethods(cls)
    return cls


def _add_slots(cls, is_frozen, weakref_slot):
    """Recreate cls with __slots__ for its fields (a class's slots are fixed
    when it is made)."""
    from dataclasses import fields as _fields
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in _fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        slots = base.__dict__.get('__slots__', ())
        inherited.update((slots,) if isinstance(slots, str) else slots)
    cls_dict['__slots__'] = tuple(n for n in field_names if n not in inherited) + \
        (('__weakref__',) if weakref_slot else ())
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    if is_frozen:
        def __getstate__(self):
            return [getattr(self, name) for name in field_names]

        def __setstate__(self, state):
            for name, value in zip(field_names, state):
                object.__setattr__(self, name, value)
        new_cls.__getstate__ = __getstate__
        new_cls.__setstate__ = __setstate__
    return new_cls
