# string: character-class constants, capwords, Template ($-substitution,
# scanned by hand so importing string does not need re) and Formatter
# (the str.format machinery, overridable piece by piece).

import sys as _sys

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Formatter', 'Template']

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s on sep, capitalize each word, join with sep (or one space)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))

# ---- Template --------------------------------------------------------------

_sentinel_dict = {}
_ID_START = frozenset('_' + ascii_letters)
_ID_CHARS = frozenset('_' + ascii_letters + digits)
_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'


def _scan_identifier(text, pos):
    """End of the identifier starting at pos (== pos if there is none)."""
    if pos < len(text) and text[pos] in _ID_START:
        end = pos + 1
        while end < len(text) and text[end] in _ID_CHARS:
            end += 1
        return end
    return pos


class Template:
    """A string with $-placeholders: $name, ${name}; $$ is a literal $."""

    delimiter = '$'
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    flags = 2   # re.IGNORECASE

    def __init__(self, template):
        self.template = template

    def _uses_regex(self):
        cls = type(self)
        return (cls.idpattern != _DEFAULT_IDPATTERN or cls.braceidpattern is not None
                or 'pattern' in dir(cls) or cls.flags != 2)

    def _pieces(self):
        """Yield (kind, start, end, name) for each placeholder, in order; kind is
        'escaped', 'named', 'braced' or 'invalid'; start is the delimiter's
        index and, for 'invalid', end is the index just after the delimiter."""
        if self._uses_regex():
            yield from _regex_pieces(self)
            return
        text = self.template
        delim = self.delimiter
        dlen = len(delim)
        pos = text.find(delim)
        while pos >= 0:
            after = pos + dlen
            if text.startswith(delim, after):
                yield ('escaped', pos, after + dlen, None)
                pos = text.find(delim, after + dlen)
                continue
            end = _scan_identifier(text, after)
            if end > after:
                yield ('named', pos, end, text[after:end])
                pos = text.find(delim, end)
                continue
            if after < len(text) and text[after] == '{':
                end = _scan_identifier(text, after + 1)
                if end > after + 1 and end < len(text) and text[end] == '}':
                    yield ('braced', pos, end + 1, text[after + 1:end])
                    pos = text.find(delim, end + 1)
                    continue
            yield ('invalid', pos, after, None)
            pos = text.find(delim, after)

    def _invalid(self, index):
        lines = self.template[:index].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = index - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d'
                         % (lineno, colno))

    def _expand(self, mapping, kws, safe):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            from collections import ChainMap
            mapping = ChainMap(kws, mapping)
        text = self.template
        out = []
        last = 0
        for kind, start, end, name in self._pieces():
            out.append(text[last:start])
            last = end
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                if not safe:
                    self._invalid(end)
                out.append(text[start:end])
            elif safe:
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    out.append(text[start:end])
            else:
                out.append(str(mapping[name]))
        out.append(text[last:])
        return ''.join(out)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        """Replace placeholders from mapping and keywords; KeyError if one is
        missing, ValueError for a malformed placeholder."""
        return self._expand(mapping, kws, False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        """Like substitute, but leave missing or malformed placeholders as they are."""
        return self._expand(mapping, kws, True)

    def is_valid(self):
        """True if the template has no malformed placeholder."""
        for kind, start, end, name in self._pieces():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        """The placeholder names, first occurrence order, without repeats."""
        ids = []
        for kind, start, end, name in self._pieces():
            if kind in ('named', 'braced') and name not in ids:
                ids.append(name)
        return ids


def _regex_pieces(template):
    """_pieces for subclasses that customise idpattern/pattern (needs re)."""
    import re
    cls = type(template)
    pattern = getattr(cls, 'pattern', None)
    if pattern is None or isinstance(pattern, str) and 'pattern' not in dir(cls):
        delim = re.escape(cls.delimiter)
        bid = cls.braceidpattern or cls.idpattern
        pattern = (r'%s(?:(?P<escaped>%s)|(?P<named>%s)|{(?P<braced>%s)}|'
                   r'(?P<invalid>))' % (delim, delim, cls.idpattern, bid))
    if isinstance(pattern, str):
        pattern = re.compile(pattern, cls.flags | re.VERBOSE)
    for mo in pattern.finditer(template.template):
        if mo.group('escaped') is not None:
            yield ('escaped', mo.start(), mo.end(), None)
        elif mo.group('named') is not None:
            yield ('named', mo.start(), mo.end(), mo.group('named'))
        elif mo.group('braced') is not None:
            yield ('braced', mo.start(), mo.end(), mo.group('braced'))
        elif mo.group('invalid') is not None:
            yield ('invalid', mo.start(), mo.start('invalid'), None)
        else:
            raise ValueError('Unrecognized named group in pattern', pattern)


from _string_formatter import Formatter
