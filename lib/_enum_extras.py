# Extras of the enum module: verify() with the EnumCheck constraints, and the
# global_enum decorators that make members module-level names.

import sys as _sys
from enum import StrEnum, Enum

__name__ = 'enum'


class EnumCheck(StrEnum):
    """Constraints verify() can check."""
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Class decorator checking an enumeration against EnumCheck constraints."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        cls_name = enumeration.__name__
        for check in self.checks:
            if check is UNIQUE:
                duplicates = [(name, m.name) for name, m in
                              enumeration.__members__.items() if name != m.name]
                if duplicates:
                    details = ', '.join('%s -> %s' % pair for pair in duplicates)
                    raise ValueError('aliases found in %r: %s' % (enumeration, details))
            elif check is CONTINUOUS:
                values = set(e.value for e in enumeration)
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                missing = [v for v in range(low, high + 1) if v not in values]
                if missing:
                    raise ValueError('invalid enum %r: missing values %s'
                                     % (cls_name, ', '.join(map(str, missing))))
            elif check is NAMED_FLAGS:
                member_values = 0
                for m in enumeration:
                    member_values |= m._value_
                missing_names = []
                for name, alias in enumeration._member_map_.items():
                    if name in enumeration._member_names_:
                        continue
                    if alias._value_ & ~member_values:
                        missing_names.append(name)
                if missing_names:
                    raise ValueError('invalid Flag %r: aliases %s are missing combined values'
                                     % (cls_name, ', '.join(missing_names)))
        return enumeration


def global_enum_repr(self):
    module = self.__class__.__module__.split('.')[-1]
    return '%s.%s' % (module, self._name_)


def global_flag_repr(self):
    module = self.__class__.__module__.split('.')[-1]
    if self._name_ is None:
        return '%s.%s(%r)' % (module, self.__class__.__name__, self._value_)
    return '|'.join('%s.%s' % (module, name) for name in self._name_.split('|'))


def global_str(self):
    if self._name_ is None:
        return '%s(%r)' % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Decorator: put the members in the module namespace and print them that way."""
    from enum import Flag
    if issubclass(cls, Flag):
        type.__setattr__(cls, '__repr__', global_flag_repr)
    else:
        type.__setattr__(cls, '__repr__', global_enum_repr)
    if update_str:
        type.__setattr__(cls, '__str__', global_str)
    module = _sys.modules.get(cls.__module__)
    if module is not None:
        module.__dict__.update(cls.__members__)
    return cls
