# json.encoder: Python values to JSON text with CPython's exact formatting
# (separators, indent, key conversion, \uXXXX escapes, NaN/Infinity, errors).
# Written from the json module's documentation.

__all__ = ["JSONEncoder", "encode_basestring", "encode_basestring_ascii"]

INFINITY = float("inf")

# The two-character escapes JSON defines; every other control character is
# written as \u00XX (lowercase hex, as CPython writes them).
_SHORT_ESCAPES = {
    "\\": "\\\\", '"': '\\"', "\b": "\\b", "\f": "\\f",
    "\n": "\\n", "\r": "\\r", "\t": "\\t",
}
_ESCAPE = dict(_SHORT_ESCAPES)
for _i in range(0x20):
    _ESCAPE.setdefault(chr(_i), "\\u%04x" % _i)
del _i


def encode_basestring(s):
    """A JSON string for s, keeping non-ASCII characters as they are."""
    if s.isprintable():
        if '"' in s or "\\" in s:
            s = s.replace("\\", "\\\\").replace('"', '\\"')
        return '"' + s + '"'
    escape = _ESCAPE
    return '"' + "".join([escape.get(c, c) for c in s]) + '"'


def _ascii_escape(c):
    n = ord(c)
    if n < 0x10000:
        return "\\u%04x" % n
    # Outside the BMP: a UTF-16 surrogate pair.
    n -= 0x10000
    return "\\u%04x\\u%04x" % (0xD800 | (n >> 10), 0xDC00 | (n & 0x3FF))


def encode_basestring_ascii(s):
    """A JSON string for s using only ASCII (\\uXXXX for everything else)."""
    if s.isascii() and s.isprintable():
        if '"' in s or "\\" in s:
            s = s.replace("\\", "\\\\").replace('"', '\\"')
        return '"' + s + '"'
    escape = _ESCAPE
    out = []
    for c in s:
        if " " <= c <= "~":
            out.append(escape.get(c, c))
        else:
            e = escape.get(c)
            out.append(e if e is not None else _ascii_escape(c))
    return '"' + "".join(out) + '"'


class JSONEncoder:
    """Extensible JSON encoder for Python data structures.

    dict -> object, list/tuple -> array, str -> string, int/float -> number,
    True/False -> true/false, None -> null. Override default() to encode
    other types."""

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f"Object of type {o.__class__.__name__} "
                        f"is not JSON serializable")

    def encode(self, o):
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = []
        self._encode_into(o, chunks)
        return "".join(chunks)

    def iterencode(self, o, _one_shot=False):
        chunks = []
        self._encode_into(o, chunks)
        return iter(chunks)

    def _encode_into(self, o, chunks):
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        _make_encoder(
            {} if self.check_circular else None, self.default,
            encode_basestring_ascii if self.ensure_ascii else encode_basestring,
            indent, self.key_separator, self.item_separator, self.sort_keys,
            self.skipkeys, self.allow_nan)(o, chunks)


def _make_encoder(markers, _default, _encoder, _indent, _key_separator,
                  _item_separator, _sort_keys, _skipkeys, _allow_nan):
    # Returns encode(o, out) appending o's JSON text to the list `out`; on an
    # error `out` holds what was written before it (json.dump writes that).
    _repr_float = float.__repr__
    _repr_int = int.__repr__

    def floatstr(o):
        if o != o:
            text = "NaN"
        elif o == INFINITY:
            text = "Infinity"
        elif o == -INFINITY:
            text = "-Infinity"
        else:
            return _repr_float(o)
        if not _allow_nan:
            raise ValueError("Out of range float values are not JSON compliant")
        return text

    def enter(o):
        if markers is not None:
            marker = id(o)
            if marker in markers:
                raise ValueError("Circular reference detected")
            markers[marker] = o
            return marker
        return None

    def encode(o, out, level):
        if isinstance(o, str):
            out.append(_encoder(o))
        elif o is None:
            out.append("null")
        elif o is True:
            out.append("true")
        elif o is False:
            out.append("false")
        elif isinstance(o, int):
            out.append(_repr_int(o))
        elif isinstance(o, float):
            out.append(floatstr(o))
        elif isinstance(o, (list, tuple)):
            encode_list(o, out, level)
        elif isinstance(o, dict):
            encode_dict(o, out, level)
        else:
            marker = enter(o)
            encode(_default(o), out, level)
            if marker is not None:
                del markers[marker]

    def encode_list(lst, out, level):
        if not lst:
            out.append("[]")
            return
        marker = enter(lst)
        if _indent is not None:
            level += 1
            newline = "\n" + _indent * level
            separator = _item_separator + newline
            out.append("[" + newline)
        else:
            newline = None
            separator = _item_separator
            out.append("[")
        first = True
        for value in lst:
            if first:
                first = False
            else:
                out.append(separator)
            encode(value, out, level)
        if newline is not None:
            level -= 1
            out.append("\n" + _indent * level)
        out.append("]")
        if marker is not None:
            del markers[marker]

    def encode_dict(dct, out, level):
        if not dct:
            out.append("{}")
            return
        marker = enter(dct)
        if _indent is not None:
            level += 1
            newline = "\n" + _indent * level
            separator = _item_separator + newline
            out.append("{" + newline)
        else:
            newline = None
            separator = _item_separator
            out.append("{")
        items = sorted(dct.items()) if _sort_keys else dct.items()
        first = True
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = floatstr(key)
            elif key is True:
                key = "true"
            elif key is False:
                key = "false"
            elif key is None:
                key = "null"
            elif isinstance(key, int):
                key = _repr_int(key)
            elif _skipkeys:
                continue
            else:
                raise TypeError(f"keys must be str, int, float, bool or None, "
                                f"not {key.__class__.__name__}")
            if first:
                first = False
            else:
                out.append(separator)
            out.append(_encoder(key))
            out.append(_key_separator)
            encode(value, out, level)
        if newline is not None:
            level -= 1
            out.append("\n" + _indent * level)
        out.append("}")
        if marker is not None:
            del markers[marker]

    return lambda o, out: encode(o, out, 0)
