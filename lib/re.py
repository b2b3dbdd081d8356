# re: regular expressions with CPython 3.11's syntax and results. The engine,
# Pattern and Match live in the native module _re (src/modules/re_*.cpp);
# this file adds the flags, re.error, Scanner and the public names.
"""Regular expressions: Python's pattern syntax over str and bytes.

compile() turns a pattern into a Pattern; match, fullmatch, search, findall,
finditer, sub, subn and split run one, at the module level or as methods.
"""

import _re
from _re import (compile as _compile, match, fullmatch, search, sub, subn, split,
                 findall, finditer, purge, escape, Pattern, Match)

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"


# ---------------------------------------------------------------------------
# Flags: an int subclass that prints like CPython's enum.IntFlag members.

_FLAG_NAMES = (  # definition order, which is also the order repr() lists them in
    ("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
    ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1),
    ("DEBUG", 128),
)
_ALL_FLAGS = 511


class RegexFlag(int):
    """Flags for the re functions: combine them with |."""

    _members = {}

    def __new__(cls, value=0):
        value = int(value)
        member = cls._members.get(value)
        if member is None:
            member = int.__new__(cls, value)
            cls._members[value] = member
        return member

    def _names(self):
        value = int(self)
        names = []
        for name, bit in _FLAG_NAMES:
            if value & bit:
                names.append(name)
                value &= ~bit
        return names, value

    @property
    def name(self):
        names, rest = self._names()
        if rest or not names:
            return None if (rest or int(self)) else "NOFLAG"
        return "|".join(names)

    @property
    def value(self):
        return int(self)

    def __repr__(self):
        names, rest = self._names()
        parts = ["re." + n for n in names]
        if rest:
            parts.append(hex(rest))
        return "|".join(parts) if parts else "re.NOFLAG"

    __str__ = __repr__

    def __format__(self, spec):
        if spec:
            return format(int(self), spec)
        return repr(self)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(_ALL_FLAGS & ~int(self))

    def __contains__(self, other):
        return int(other) & int(self) == int(other)

    def __iter__(self):
        for name, bit in _FLAG_NAMES:
            if int(self) & bit:
                yield RegexFlag(bit)

    def __reduce__(self):
        return RegexFlag, (int(self),)


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)


# ---------------------------------------------------------------------------
# re.error

class error(Exception):
    """A pattern or replacement template that cannot be compiled.

    msg is the bare message; pattern and pos (either may be None) say where,
    and lineno/colno give pos as a line and column.
    """

    __module__ = "re"

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


def _groupindex_view(mapping):
    # Pattern.groupindex is a mappingproxy, as in CPython; types is only
    # imported by programs that look at it.
    from types import MappingProxyType
    return MappingProxyType(mapping)


_re._set_hooks(error, _groupindex_view)


compile = _compile


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    import warnings
    warnings.warn("The re.template() function is deprecated "
                  "as it is an undocumented function "
                  "without an obvious purpose. "
                  "Use re.compile() instead.",
                  DeprecationWarning)
    return _compile(pattern, flags | TEMPLATE)


# ---------------------------------------------------------------------------
# Scanner: one alternation whose top-level groups say which phrase matched.

class Scanner:
    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        self.scanner = _compile("|".join("(%s)" % phrase for phrase, action in lexicon),
                                flags)

    def scan(self, string):
        result = []
        append = result.append
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self.lexicon[m.lastindex - 1][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                append(action)
            i = j
        return result, string[i:]
