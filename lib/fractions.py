# fractions: Fraction, exact rational numbers kept in lowest terms with a
# positive denominator; mixes with int (exactly), float and complex (inexactly).

import math as _math
import numbers as _numbers
import operator as _operator
import sys as _sys

__all__ = ['Fraction']

_PyHASH_MODULUS = 2 ** 61 - 1     # ints hash modulo this prime
_PyHASH_INF = 314159              # hash(float('inf'))


def _digits(s):
    """A run of digits, single underscores allowed between them."""
    return (bool(s) and s[0] != '_' and s[-1] != '_' and '__' not in s
            and s.replace('_', '').isdigit())


def _parse(text):
    """'[sign] int [/ int]' or '[sign] decimal [e exp]' -> (numerator, denominator)."""
    bad = ValueError('Invalid literal for Fraction: %r' % (text,))
    s = text.strip()
    sign = 1
    if s[:1] in ('+', '-'):
        sign = -1 if s[0] == '-' else 1
        s = s[1:]
    if '/' in s:
        num, _, den = s.partition('/')
        num, den = num.rstrip(), den.lstrip()
        if not (_digits(num) and _digits(den)):
            raise bad
        return sign * int(num), int(den)
    mantissa, exp = s, 0
    for marker in 'eE':
        if marker in s:
            mantissa, _, exp_text = s.partition(marker)
            digits = exp_text[1:] if exp_text[:1] in ('+', '-') else exp_text
            if not _digits(digits):
                raise bad
            exp = int(exp_text)
            break
    whole, dot, frac = mantissa.partition('.')
    if not whole and not frac:
        raise bad
    if (whole and not _digits(whole)) or (frac and not _digits(frac)):
        raise bad
    frac = frac.replace('_', '')
    numerator = int(whole.replace('_', '') + frac)
    denominator = 10 ** len(frac)
    if exp >= 0:
        numerator *= 10 ** exp
    else:
        denominator *= 10 ** -exp
    return sign * numerator, denominator


class Fraction(_numbers.Rational):
    """Fraction(numerator=0, denominator=1), Fraction(other_fraction),
    Fraction(float), Fraction('3/4') or Fraction('-1.25e2')."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, _numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float) or type(numerator).__name__ == 'Decimal':
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if not isinstance(numerator, str):
                raise TypeError('argument should be a string or a Rational '
                                'instance')
            numerator, denominator = _parse(numerator)
        elif type(numerator) is int is type(denominator):
            pass
        elif isinstance(numerator, _numbers.Rational) and \
                isinstance(denominator, _numbers.Rational):
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator)
        else:
            raise TypeError('both arguments should be Rational instances')

        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = _math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of a float (or int) as a Fraction."""
        if isinstance(f, _numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of a Decimal as a Fraction."""
        if isinstance(dec, _numbers.Integral):
            return cls(int(dec))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        # walk the continued fraction's convergents until the next one would
        # exceed the bound, then compare the two candidate bounds
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction(p1, q1, _normalize=False)
        return Fraction(p0 + k * p1, q0 + k * q1, _normalize=False)

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator,
                               self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # ---- arithmetic ------------------------------------------------------------
    # Each operator handles Fraction/int exactly, float and complex by
    # converting, and anything else by NotImplemented.

    def _operands(self, other):
        if isinstance(other, (int, Fraction)):
            return 'exact', other
        if isinstance(other, float):
            return 'float', other
        if isinstance(other, complex):
            return 'complex', other
        return None, other

    def __add__(a, b):
        kind, b = a._operands(b)
        if kind == 'exact':
            return _add(a, b)
        if kind:
            return float(a) + b if kind == 'float' else complex(a) + b
        return NotImplemented

    def __radd__(b, a):
        kind, a = b._operands(a)
        if kind == 'exact':
            return _add(Fraction(a), b)
        if kind:
            return a + float(b) if kind == 'float' else a + complex(b)
        return NotImplemented

    def __sub__(a, b):
        kind, b = a._operands(b)
        if kind == 'exact':
            return _sub(a, b)
        if kind:
            return float(a) - b if kind == 'float' else complex(a) - b
        return NotImplemented

    def __rsub__(b, a):
        kind, a = b._operands(a)
        if kind == 'exact':
            return _sub(Fraction(a), b)
        if kind:
            return a - float(b) if kind == 'float' else a - complex(b)
        return NotImplemented

    def __mul__(a, b):
        kind, b = a._operands(b)
        if kind == 'exact':
            return _mul(a, b)
        if kind:
            return float(a) * b if kind == 'float' else complex(a) * b
        return NotImplemented

    def __rmul__(b, a):
        kind, a = b._operands(a)
        if kind == 'exact':
            return _mul(Fraction(a), b)
        if kind:
            return a * float(b) if kind == 'float' else a * complex(b)
        return NotImplemented

    def __truediv__(a, b):
        kind, b = a._operands(b)
        if kind == 'exact':
            return _div(a, b)
        if kind:
            return float(a) / b if kind == 'float' else complex(a) / b
        return NotImplemented

    def __rtruediv__(b, a):
        kind, a = b._operands(a)
        if kind == 'exact':
            return _div(Fraction(a), b)
        if kind:
            return a / float(b) if kind == 'float' else a / complex(b)
        return NotImplemented

    def __floordiv__(a, b):
        kind, b = a._operands(b)
        if kind == 'exact':
            b = Fraction(b)
            return (a._numerator * b._denominator) // (a._denominator * b._numerator)
        if kind == 'float':
            return float(a) // b
        return NotImplemented

    def __rfloordiv__(b, a):
        kind, a = b._operands(a)
        if kind == 'exact':
            a = Fraction(a)
            return (a._numerator * b._denominator) // (a._denominator * b._numerator)
        if kind == 'float':
            return a // float(b)
        return NotImplemented

    def __mod__(a, b):
        kind, b = a._operands(b)
        if kind == 'exact':
            b = Fraction(b)
            da, db = a._denominator, b._denominator
            return Fraction((a._numerator * db) % (b._numerator * da), da * db)
        if kind == 'float':
            return float(a) % b
        return NotImplemented

    def __rmod__(b, a):
        kind, a = b._operands(a)
        if kind == 'exact':
            return Fraction(a) % b
        if kind == 'float':
            return a % float(b)
        return NotImplemented

    def __divmod__(a, b):
        kind, b = a._operands(b)
        if kind == 'exact':
            b = Fraction(b)
            da, db = a._denominator, b._denominator
            div, n_mod = divmod(a._numerator * db, da * b._numerator)
            return div, Fraction(n_mod, da * db)
        if kind == 'float':
            return divmod(float(a), b)
        return NotImplemented

    def __rdivmod__(b, a):
        kind, a = b._operands(a)
        if kind == 'exact':
            return divmod(Fraction(a), b)
        if kind == 'float':
            return divmod(a, float(b))
        return NotImplemented

    def __pow__(a, b):
        """a ** b: exact for an integral exponent, else a float (or complex)."""
        if isinstance(b, _numbers.Rational):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction(a._numerator ** power, a._denominator ** power,
                                    _normalize=False)
                if a._numerator >= 0:
                    return Fraction(a._denominator ** -power, a._numerator ** -power,
                                    _normalize=False)
                return Fraction((-a._denominator) ** -power, (-a._numerator) ** -power,
                                _normalize=False)
            return float(a) ** float(b)
        return float(a) ** b

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, _numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        return a.__int__()

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(): to the nearest int, ties to even; with ndigits a Fraction."""
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(a):
        return a._numerator / a._denominator

    def __complex__(a):
        return complex(float(a))

    def __hash__(self):
        try:
            dinv = pow(self._denominator, -1, _PyHASH_MODULUS)
        except ValueError:
            hash_ = _PyHASH_INF
        else:
            hash_ = hash(hash(abs(self._numerator)) * dinv)
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    # ---- comparisons -------------------------------------------------------------

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, _numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, _numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if _math.isnan(b) or _math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, _numbers.Rational):
            return op(self._numerator * other.denominator,
                      self._denominator * other.numerator)
        if isinstance(other, float):
            if _math.isnan(other) or _math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, _operator.lt)

    def __gt__(a, b):
        return a._richcmp(b, _operator.gt)

    def __le__(a, b):
        return a._richcmp(b, _operator.le)

    def __ge__(a, b):
        return a._richcmp(b, _operator.ge)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


def _add(a, b):
    na, da = a.numerator, a.denominator
    nb, db = b.numerator, b.denominator
    return Fraction(na * db + nb * da, da * db)


def _sub(a, b):
    na, da = a.numerator, a.denominator
    nb, db = b.numerator, b.denominator
    return Fraction(na * db - nb * da, da * db)


def _mul(a, b):
    return Fraction(a.numerator * b.numerator, a.denominator * b.denominator)


def _div(a, b):
    if b.numerator == 0:
        raise ZeroDivisionError('Fraction(%s, 0)' % (a.numerator * b.denominator))
    return Fraction(a.numerator * b.denominator, a.denominator * b.numerator)
