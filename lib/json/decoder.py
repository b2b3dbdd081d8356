# json.decoder: JSON text to Python values, a recursive-descent scanner whose
# error messages and positions match CPython's (JSONDecodeError with
# msg/doc/pos/lineno/colno). Written from the json module's documentation.

__all__ = ["JSONDecoder", "JSONDecodeError"]

NaN = float("nan")
PosInf = float("inf")
NegInf = float("-inf")

_WHITESPACE = " \t\n\r"
_DIGITS = "0123456789"
_HEX = "0123456789abcdefABCDEF"
_BACKSLASH = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f",
              "n": "\n", "r": "\r", "t": "\t"}
_CONSTANTS = {"-Infinity": NegInf, "Infinity": PosInf, "NaN": NaN}


class JSONDecodeError(ValueError):
    """ValueError for a document that is not valid JSON.

    msg: the unformatted message; doc: the document; pos: the index where
    parsing failed; lineno, colno: that position as line and column."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        errmsg = "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


class _NoValue(Exception):
    # Raised inside the scanner where a value was expected; becomes
    # "Expecting value" at .pos (CPython signals this with StopIteration).
    def __init__(self, pos):
        self.pos = pos


def _make_scanner(decoder):
    strict = decoder.strict
    object_hook = decoder.object_hook
    pairs_hook = decoder.object_pairs_hook
    parse_float = decoder.parse_float
    parse_int = decoder.parse_int
    parse_constant = decoder.parse_constant
    custom_float = parse_float is not float
    custom_int = parse_int is not int

    def scan_string(s, end):
        # `end` is just past the opening quote. Returns (str, index after
        # the closing quote).
        begin = end - 1
        q = s.find('"', end)
        if q >= 0:
            piece = s[end:q]
            # The common case: no escapes, no control characters.
            if "\\" not in piece and (not piece or not strict or min(piece) >= " "):
                return piece, q + 1
        n = len(s)
        chunks = []
        while True:
            q = s.find('"', end)
            b = s.find("\\", end, q if q >= 0 else n)
            stop = b if b >= 0 else q
            if stop < 0:
                stop = n
            piece = s[end:stop]
            if strict and piece and min(piece) < " ":
                for i in range(end, stop):
                    if s[i] < " ":
                        raise JSONDecodeError("Invalid control character at", s, i)
            if stop == n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            chunks.append(piece)
            if stop == q and b < 0:
                return "".join(chunks), q + 1
            # A backslash escape at `stop`.
            end = stop + 1
            if end >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            esc = s[end]
            if esc != "u":
                c = _BACKSLASH.get(esc)
                if c is None:
                    raise JSONDecodeError("Invalid \\escape", s, end - 1)
                chunks.append(c)
                end += 1
                continue
            code = _hex4(s, end + 1, end)
            end += 5
            if 0xD800 <= code <= 0xDBFF and end + 6 < n and s[end] == "\\" \
                    and s[end + 1] == "u":
                low = _hex4(s, end + 2, end + 1)
                if 0xDC00 <= low <= 0xDFFF:
                    code = 0x10000 + (((code - 0xD800) << 10) | (low - 0xDC00))
                    end += 6
            chunks.append(chr(code))

    def scan_object(s, idx):
        n = len(s)
        while idx < n and s[idx] in _WHITESPACE:
            idx += 1
        pairs = []
        if idx >= n or s[idx] != "}":
            while True:
                if idx >= n or s[idx] != '"':
                    raise JSONDecodeError(
                        "Expecting property name enclosed in double quotes", s, idx)
                key, idx = scan_string(s, idx + 1)
                while idx < n and s[idx] in _WHITESPACE:
                    idx += 1
                if idx >= n or s[idx] != ":":
                    raise JSONDecodeError("Expecting ':' delimiter", s, idx)
                idx += 1
                while idx < n and s[idx] in _WHITESPACE:
                    idx += 1
                value, idx = scan(s, idx)
                pairs.append((key, value))
                while idx < n and s[idx] in _WHITESPACE:
                    idx += 1
                if idx < n and s[idx] == "}":
                    break
                if idx >= n or s[idx] != ",":
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx += 1
                while idx < n and s[idx] in _WHITESPACE:
                    idx += 1
        idx += 1
        if pairs_hook is not None:
            return pairs_hook(pairs), idx
        result = dict(pairs)
        if object_hook is not None:
            result = object_hook(result)
        return result, idx

    def scan_array(s, idx):
        n = len(s)
        while idx < n and s[idx] in _WHITESPACE:
            idx += 1
        values = []
        if idx >= n or s[idx] != "]":
            while True:
                value, idx = scan(s, idx)
                values.append(value)
                while idx < n and s[idx] in _WHITESPACE:
                    idx += 1
                if idx < n and s[idx] == "]":
                    break
                if idx >= n or s[idx] != ",":
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx += 1
                while idx < n and s[idx] in _WHITESPACE:
                    idx += 1
        return values, idx + 1

    def scan_number(s, idx):
        # -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?, backing off a
        # fraction or exponent that has no digits (they become extra data).
        n = len(s)
        start = idx
        if idx < n and s[idx] == "-":
            idx += 1
        if idx >= n:
            raise _NoValue(start)
        c = s[idx]
        if "1" <= c <= "9":
            idx += 1
            # Skip the digits with str.lstrip, a window at a time.
            while True:
                window = s[idx:idx + 32]
                rest = window.lstrip(_DIGITS)
                idx += len(window) - len(rest)
                if rest or not window:
                    break
        elif c == "0":
            idx += 1
        else:
            raise _NoValue(start)
        is_float = False
        if idx + 1 < n and s[idx] == "." and s[idx + 1] in _DIGITS:
            is_float = True
            idx += 2
            while idx < n and s[idx] in _DIGITS:
                idx += 1
        if idx + 1 < n and s[idx] in "eE":
            e_start = idx
            idx += 1
            if idx + 1 < n and s[idx] in "+-":
                idx += 1
            while idx < n and s[idx] in _DIGITS:
                idx += 1
            if s[idx - 1] in _DIGITS:
                is_float = True
            else:
                idx = e_start
        text = s[start:idx]
        if is_float:
            return (parse_float(text) if custom_float else float(text)), idx
        return (parse_int(text) if custom_int else int(text)), idx

    def scan(s, idx):
        try:
            c = s[idx]
        except IndexError:
            raise _NoValue(idx) from None
        if c == '"':
            return scan_string(s, idx + 1)
        if c in _DIGITS or c == "-" and s[idx + 1:idx + 2] != "I":
            return scan_number(s, idx)
        if c == "{":
            return scan_object(s, idx + 1)
        if c == "[":
            return scan_array(s, idx + 1)
        if c == "n" and s[idx:idx + 4] == "null":
            return None, idx + 4
        if c == "t" and s[idx:idx + 4] == "true":
            return True, idx + 4
        if c == "f" and s[idx:idx + 5] == "false":
            return False, idx + 5
        if c == "N" and s[idx:idx + 3] == "NaN":
            return parse_constant("NaN"), idx + 3
        if c == "I" and s[idx:idx + 8] == "Infinity":
            return parse_constant("Infinity"), idx + 8
        if c == "-" and s[idx:idx + 9] == "-Infinity":
            return parse_constant("-Infinity"), idx + 9
        return scan_number(s, idx)

    def scan_once(s, idx):
        try:
            return scan(s, idx)
        except _NoValue as e:
            raise StopIteration(e.pos) from None

    return scan_once


def _hex4(s, i, err_pos):
    digits = s[i:i + 4]
    # Four hex digits and at least one character after them (the closing
    # quote at the least), or CPython reports a bad escape.
    if len(digits) == 4 and i + 4 < len(s) and all(d in _HEX for d in digits):
        return int(digits, 16)
    raise JSONDecodeError("Invalid \\uXXXX escape", s, err_pos)


class JSONDecoder:
    """Simple JSON decoder: object -> dict, array -> list, string -> str,
    number -> int or float, true/false -> True/False, null -> None, and the
    non-standard NaN, Infinity and -Infinity."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.scan_once = _make_scanner(self)

    def decode(self, s, _w=None):
        n = len(s)
        idx = 0
        while idx < n and s[idx] in _WHITESPACE:
            idx += 1
        obj, end = self.raw_decode(s, idx)
        while end < n and s[end] in _WHITESPACE:
            end += 1
        if end != n:
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end
