# enum.Flag and enum.IntFlag: members are bit values combined with | & ^ ~.
# Combinations that are not members become "pseudo-members" named like
# 'R|W'; FlagBoundary decides what happens to bits no member names.

import enum as _enum
from enum import Enum, ReprEnum, StrEnum, auto

__name__ = 'enum'


class FlagBoundary(StrEnum):
    """What Flag(value) does with bits that no member has."""
    STRICT = auto()     # error
    CONFORM = auto()    # drop them
    EJECT = auto()      # return a plain int
    KEEP = auto()       # keep them in a pseudo-member


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


def _bits(num, max_bits=None):
    """bin() that shows negative numbers in two's complement: '0b1 0110'."""
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace('1', '0', 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return '%s %s' % (sign, digits)


def _finish_flag(cls):
    """Compute the bit masks of a new Flag class from its members."""
    singles = 0
    multi = 0
    for m in cls._member_map_.values():
        v = m._value_
        if not isinstance(v, int):
            continue
        if v > 0 and v & (v - 1) == 0:
            singles |= v
        else:
            multi |= v
    flag_mask = singles | multi
    type.__setattr__(cls, '_singles_mask_', singles)
    type.__setattr__(cls, '_flag_mask_', flag_mask)
    type.__setattr__(cls, '_all_bits_', 2 ** flag_mask.bit_length() - 1)
    # members defined out of value order iterate (and name) in definition order
    values = [m._value_ for m in cls]
    if values != sorted(values):
        type.__setattr__(cls, '_iter_member_', cls.__dict__.get(
            '_iter_member_by_def_', Flag.__dict__['_iter_member_by_def_']))


class Flag(Enum, boundary=STRICT):
    """Enum whose members are bit flags and can be combined."""

    _boundary_ = STRICT
    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        """auto() for flags: the next power of two."""
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_(cls, value):
        """The canonical (single-bit) members in value, lowest bit first."""
        while value:
            bit = value & -value
            m = cls._value2member_map_.get(bit)
            if m is not None:
                yield m
            value ^= bit

    _iter_member_by_value_ = _iter_member_

    @classmethod
    def _iter_member_by_def_(cls, value):
        """The canonical members in value, in definition order."""
        yield from sorted(cls._iter_member_by_value_(value),
                          key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        """Make (and remember) the pseudo-member for a combination of bits."""
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        singles = cls._singles_mask_
        all_bits = cls._all_bits_
        boundary = cls._boundary_
        if not (~all_bits <= value <= all_bits) or value & (all_bits ^ flag_mask):
            if boundary == STRICT:
                width = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, _bits(value, width),
                                    _bits(flag_mask, width)))
            if boundary == CONFORM:
                value &= flag_mask
            elif boundary == EJECT:
                return value
            elif boundary == KEEP and value < 0:
                value = max(all_bits + 1, 2 ** value.bit_length()) + value
        neg_value = None
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        member_bits = value & singles
        alias_bits = value & ~singles
        if unknown and boundary != KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]'
                             % (cls.__name__, value, unknown, bin(unknown)))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        name = None
        if member_bits or alias_bits:
            members = list(cls._iter_member_(member_bits))
            combined = 0
            for m in members:
                combined |= m._value_
            if alias_bits:
                wanted = member_bits | alias_bits
                for m in cls._member_map_.values():
                    mv = m._value_
                    if mv and mv & wanted == mv and not any(m is x for x in members):
                        members.append(m)
                        combined |= mv
            unknown = value ^ combined
            if combined:
                name = '|'.join([m._name_ for m in members])
                if unknown and boundary == STRICT:
                    raise ValueError('%r: no members with value %r' % (cls, unknown))
                if unknown:
                    name += '|%s' % cls._numeric_repr_(unknown)
        pseudo._name_ = name
        if not unknown:
            pseudo = cls._value2member_map_.setdefault(value, pseudo)
            if neg_value is not None:
                cls._value2member_map_[neg_value] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return bin(self._value_).count('1')

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = getattr(self.__class__, '_value_repr_', None) or repr
        if self._name_ is None:
            return '<%s: %s>' % (cls_name, v_repr(self._value_))
        return '<%s.%s: %s>' % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return '%s.%s' % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _operand(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return other
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return other
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return other
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        inverted = getattr(self, '_inverted_', None)
        if inverted is None:
            if self._boundary_ in (EJECT, KEEP):
                inverted = self.__class__(~self._value_)
            else:
                inverted = self.__class__(self._singles_mask_ & ~self._value_)
            try:
                self._inverted_ = inverted
            except AttributeError:
                pass
        return inverted

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


# EnumType needs these while IntFlag below is being made
_enum.Flag = Flag
_enum._finish_flag = _finish_flag


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flag whose members are also ints."""
