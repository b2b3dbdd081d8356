# enum: enumerations — EnumType (the metaclass that turns class attributes
# into members), Enum, IntEnum, StrEnum, auto, unique. Flag and IntFlag are in
# _enum_flag.py. Members are collected after the class body has run.

import sys as _sys

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag',
           'IntFlag', 'ReprEnum', 'auto', 'unique', 'property', 'verify',
           'member', 'nonmember', 'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT',
           'KEEP', 'global_flag_repr', 'global_enum_repr', 'global_str',
           'global_enum', 'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE',
           'pickle_by_global_name', 'pickle_by_enum_name']

# Defined further down; EnumType.__new__ runs before they exist.
Enum = Flag = ReprEnum = None

_builtin_property = property

# ---- helpers for the class body --------------------------------------------

class _AutoNull:
    pass


_auto_null = _AutoNull()   # (not object(): see functools._Sentinel)


class auto:
    """Placeholder value: replaced by _generate_next_value_() when the class is made."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class member:
    """Force an attribute of the class body to become a member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keep an attribute of the class body from becoming a member."""

    def __init__(self, value):
        self.value = value


class property(_builtin_property):
    """enum.property: a property that a member of the same name may shadow."""
    pass


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__')
            or hasattr(obj, '__delete__'))


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_'
            and name[1:2] != '_' and name[-2:-1] != '_')


def _is_private(cls_name, name):
    prefix = '_%s__' % cls_name.lstrip('_')
    return (name.startswith(prefix) and len(name) > len(prefix)
            and not name.endswith('__'))


def _member_candidates(cls_name, classdict):
    """Names in the class body that become members, in order, with their values."""
    ignore = classdict.get('_ignore_', [])
    if isinstance(ignore, str):
        ignore = ignore.replace(',', ' ').split()
    found = []
    for name, value in list(classdict.items()):
        if name in ignore or name == '_ignore_':
            continue
        if isinstance(value, member):
            found.append((name, value.value))
            continue
        if isinstance(value, nonmember):
            classdict[name] = value.value
            continue
        if (_is_dunder(name) or _is_sunder(name) or _is_private(cls_name, name)
                or _is_descriptor(value)):
            continue
        found.append((name, value))
    return found, ignore

# ---- the metaclass ---------------------------------------------------------

class EnumType(type):
    """Metaclass for Enum: makes members, supports iteration, len, lookup."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        return {}

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if Enum is None:    # creating Enum itself
            classdict = dict(classdict)
            classdict.update(_member_names_=[], _member_map_={},
                             _value2member_map_={}, _unhashable_values_=[],
                             _member_type_=object, _new_member_=None)
            return super().__new__(metacls, cls, bases, classdict, **kwds)
        classdict = dict(classdict)
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        candidates, ignore = _member_candidates(cls, classdict)
        for name, _ in candidates:
            del classdict[name]
        for name in ignore:
            classdict.pop(name, None)
        classdict.pop('_ignore_', None)
        custom_new = classdict.get('__new__')
        if isinstance(custom_new, staticmethod):
            custom_new = custom_new.__func__
        classdict['_new_member_'] = custom_new
        classdict['_member_names_'] = []
        classdict['_member_map_'] = {}
        classdict['_value2member_map_'] = {}
        classdict['_unhashable_values_'] = []
        classdict['_member_type_'] = member_type
        if Flag is not None and any(issubclass(b, Flag) for b in bases):
            classdict['_boundary_'] = boundary or getattr(first_enum, '_boundary_', None)
            classdict['_flag_mask_'] = 0
            classdict['_singles_mask_'] = 0
            classdict['_all_bits_'] = 0
            classdict['_inverted_'] = None
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)

        # repr/str/format/reduce come from the Enum side, not the data type,
        # unless the class body defines them
        for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
            if name in classdict:
                continue
            found = getattr(enum_class, name)
            if found is getattr(member_type, name) or found is getattr(object, name):
                type.__setattr__(enum_class, name, getattr(first_enum, name))

        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a data '
                                'type (i.e. int, str, float, etc.)')
            # wrapped in Python functions: installing a data type's slot
            # wrapper under another dunder name does not call it directly here
            if '__format__' not in classdict:
                type.__setattr__(enum_class, '__format__',
                                 _calling(member_type.__format__, '__format__'))
            if '__str__' not in classdict:
                method = member_type.__str__
                if method is object.__str__:
                    method = member_type.__repr__
                type.__setattr__(enum_class, '__str__', _calling(method, '__str__'))

        new = custom_new
        if new is None:
            new = getattr(first_enum, '_new_member_', None)
        last_values = []
        for name, value in candidates:
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = enum_class._generate_next_value_(
                        name, 1, len(enum_class._member_names_), last_values[:])
                value = value.value
            last_values.append(value)
            _add_member(enum_class, name, value, member_type, new)

        if Flag is not None and issubclass(enum_class, Flag):
            # the bit operators must be Flag's even when a data type (int)
            # comes first in the MRO
            for op in ('__or__', '__and__', '__xor__', '__ror__', '__rand__',
                       '__rxor__', '__invert__'):
                if op not in classdict:
                    type.__setattr__(enum_class, op, Flag.__dict__[op])
            _finish_flag(enum_class)
        return enum_class

    @classmethod
    def _get_mixins_(metacls, class_name, bases):
        """(data type members are made from, the last Enum base)."""
        if not bases:
            return object, Enum
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError('<enum %r> cannot extend %r' % (class_name, base))
        return metacls._find_data_type_(class_name, bases), first_enum

    @classmethod
    def _find_data_type_(metacls, class_name, bases):
        data_types = set()
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        data_types.add(base._member_type_)
                        break
                elif '__new__' in base.__dict__ or '__dataclass_fields__' in base.__dict__:
                    data_types.add(candidate or base)
                    break
                else:
                    candidate = candidate or base
        if len(data_types) > 1:
            raise TypeError('too many data types for %r: %r' % (class_name, data_types))
        if data_types:
            return data_types.pop()
        return object

    # ---- the class as a collection of members -------------------------------

    def __call__(cls, value, names=None, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        """Color(1) looks a member up by value; Enum('Name', 'A B C') makes a new enum."""
        if names is None:
            return cls._lookup_value_(value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def __contains__(cls, obj):
        if not isinstance(obj, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(obj).__qualname__, cls.__class__.__qualname__))
        return isinstance(obj, cls) and obj._name_ in cls._member_map_

    def __dir__(cls):
        interesting = {'__class__', '__contains__', '__doc__', '__getitem__',
                       '__iter__', '__len__', '__members__', '__module__',
                       '__name__', '__qualname__', '__init_subclass__'}
        interesting.update(cls._member_names_)
        if cls._new_member_ is not None:
            interesting.add('__new__')
        if cls._member_type_ is object:
            return sorted(interesting)
        return sorted(set(dir(cls._member_type_)) | interesting)

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @_builtin_property
    def __members__(cls):
        """Every member name (aliases too) mapped to its member, read-only."""
        from types import MappingProxyType
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return '<flag %r>' % (cls.__name__,)
        return '<enum %r>' % (cls.__name__,)

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        """The functional API: Enum('Animal', 'ANT BEE') and friends."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names = names, []
            last_values = []
            for count, name in enumerate(original):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        classdict = {}
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            getframe = getattr(_sys, '_getframe', None)
            try:
                module = getframe(2).f_globals['__name__'] if getframe else '__main__'
            except (AttributeError, ValueError, KeyError):
                module = '__main__'
        classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def _lookup_value_(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        try:
            exc = None
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and cls._boundary_ == 'eject' \
                and isinstance(result, int):
            return result
        ve_exc = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        if result is None and exc is None:
            raise ve_exc
        if exc is None:
            exc = TypeError('error in %s._missing_: returned %r instead of None '
                            'or a valid member' % (cls.__name__, result))
        if not isinstance(exc, ValueError):
            exc.__context__ = ve_exc
        raise exc


EnumMeta = EnumType


def _calling(method, name):
    def call(self, *args):
        return method(self, *args)
    call.__name__ = name
    call.__qualname__ = name
    return call


def _add_member(enum_class, name, value, member_type, new):
    """Create the member for name = value and record it (or its alias)."""
    args = value if isinstance(value, tuple) else (value,)
    if member_type is tuple:
        args = (args,)
    if new is None and member_type is object:
        enum_member = object.__new__(enum_class)
    elif new is None:
        enum_member = member_type.__new__(enum_class, *args)
    else:
        enum_member = new(enum_class, *args)
    if not hasattr(enum_member, '_value_'):
        if member_type is object:
            enum_member._value_ = value
        else:
            try:
                enum_member._value_ = member_type(*args)
            except Exception:
                enum_member._value_ = value
    value = enum_member._value_
    enum_member._name_ = name
    enum_member.__objclass__ = enum_class
    enum_member.__init__(*args)
    enum_member._sort_order_ = len(enum_class._member_names_)

    # a second name for an existing value is an alias of that member
    existing = None
    try:
        existing = enum_class._value2member_map_.get(value)
    except TypeError:
        for m in enum_class._member_map_.values():
            if m._value_ == value:
                existing = m
                break
    if existing is not None:
        enum_member = existing
    else:
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        if not is_flag or (isinstance(value, int) and value > 0
                           and value & (value - 1) == 0):
            enum_class._member_names_.append(name)
    type.__setattr__(enum_class, name, enum_member)
    enum_class._member_map_[name] = enum_member
    try:
        enum_class._value2member_map_.setdefault(value, enum_member)
    except TypeError:
        enum_class._unhashable_values_.append(value)

# ---- the base classes ------------------------------------------------------

class Enum(metaclass=EnumType):
    """Base class for enumerations: subclass it and assign the members as
    class attributes (NAME = value)."""

    def _generate_next_value_(name, start, count, last_values):
        """The value auto() gives: one more than the last value (start at first)."""
        if not last_values:
            return start
        for value in reversed(last_values):
            try:
                return value + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __init__(self, *args, **kwds):
        pass

    def __repr__(self):
        v_repr = getattr(self.__class__, '_value_repr_', None) or repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_,
                                v_repr(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __dir__(self):
        cls = self.__class__
        if cls._member_type_ is object:
            interesting = {'__class__', '__doc__', '__eq__', '__hash__',
                           '__module__', 'name', 'value'}
        else:
            interesting = set(dir(cls._member_type_))
        for name in getattr(self, '__dict__', ()):
            if name[0] != '_':
                interesting.add(name)
        for klass in cls.__mro__:
            for name in klass.__dict__:
                if name[0] != '_' and name not in cls._member_map_:
                    interesting.add(name)
        return sorted(interesting | {'__class__', '__doc__', '__eq__',
                                     '__hash__', '__module__'})

    def __init_subclass__(cls, **kwds):
        super().__init_subclass__(**kwds)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only the repr is enum-style; str() and format() are the data type's."""


class IntEnum(int, ReprEnum):
    """Enum whose members are also (and must be) ints."""


class StrEnum(str, ReprEnum):
    """Enum whose members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def unique(enumeration):
    """Class decorator: raise ValueError if any value has more than one name."""
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m.name:
            duplicates.append((name, m.name))
    if duplicates:
        alias_details = ', '.join('%s -> %s' % (alias, name)
                                  for alias, name in duplicates)
        raise ValueError('duplicate values found in %r: %s'
                         % (enumeration, alias_details))
    return enumeration


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)


from _enum_flag import (Flag, IntFlag, FlagBoundary, STRICT, CONFORM, EJECT,
                        KEEP, _finish_flag)
from _enum_extras import (EnumCheck, CONTINUOUS, NAMED_FLAGS, UNIQUE, verify,
                          global_enum, global_enum_repr, global_flag_repr,
                          global_str)
