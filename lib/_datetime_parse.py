# Parsing for the datetime module: ISO 8601 strings (fromisoformat) and
# strptime formats. Imported by datetime on first use; raises ValueError
# with CPython's messages for malformed input.

import time as _time
from datetime import (timedelta, timezone, _iso_to_ymd, _ord2ymd, _ymd2ord,
                      _MONTHNAMES, _FULL_MONTHNAMES, _DAYNAMES, _FULL_DAYNAMES)

# ---------------------------------------------------------------------------
# ISO 8601 parsing (fromisoformat)

def digits(s, i, n):
    part = s[i:i + n]
    if len(part) != n or not part.isdigit() or not part.isascii():
        raise ValueError("not digits")
    return int(part)


def find_iso_date_end(s):
    # Where the date part of a datetime string ends: the separator index.
    # Week dates are YYYY-Www[-D] (8 or 10) or YYYYWww[D] (7 or 8); calendar
    # dates are YYYY-MM-DD (10) or YYYYMMDD (8).
    n = len(s)
    if n <= 7:
        return n
    if s[4] == "-":
        if s[5] == "W":
            return 10 if n > 8 and s[8] == "-" else 8
        return 10
    if s[4] == "W":
        return 8 if n >= 8 and s[7:8].isdigit() else 7
    return 8


def parse_iso_date(s):
    n = len(s)
    year = digits(s, 0, 4)
    if n > 4 and (s[4] == "W" or (s[4] == "-" and s[5:6] == "W")):
        dash = s[4] == "-"
        i = 6 if dash else 5
        week = digits(s, i, 2)
        i += 2
        day = 1
        if i < n:
            if dash:
                if s[i] != "-":
                    raise ValueError("bad week date")
                i += 1
            day = digits(s, i, 1)
            i += 1
        if i != n:
            raise ValueError("bad week date")
        return _iso_to_ymd(year, week, day)
    if n == 10 and s[4] == "-" and s[7] == "-":
        return year, digits(s, 5, 2), digits(s, 8, 2)
    if n == 8:
        return year, digits(s, 4, 2), digits(s, 6, 2)
    raise ValueError("bad date")


def parse_hms(s):
    # HH[:MM[:SS[.f+]]] or the compact HH[MM[SS[.f+]]]; returns the four
    # fields.
    n = len(s)
    hour = digits(s, 0, 2)
    fields = [hour, 0, 0, 0]
    i = 2
    colon = n > 2 and s[2] == ":"
    for k in (1, 2):
        if i >= n:
            return fields
        if colon:
            if s[i] != ":":
                raise ValueError("bad time")
            i += 1
        fields[k] = digits(s, i, 2)
        i += 2
    if i < n:
        if s[i] not in ".,":
            raise ValueError("bad time")
        i += 1
        frac = s[i:]
        if not frac or not frac.isdigit() or not frac.isascii():
            raise ValueError("bad fraction")
        fields[3] = int((frac + "00000")[:6])
    return fields


def parse_iso_time(s):
    # time [tz]; tz is Z or +/-HH[:MM[:SS[.ffffff]]].
    cut = len(s)
    for j, ch in enumerate(s):
        if ch in "Z+-":
            cut = j
            break
    hh, mm, ss, us = parse_hms(s[:cut])
    tz = None
    rest = s[cut:]
    if rest:
        if rest == "Z":
            tz = timezone.utc
        else:
            th, tm, ts, tus = parse_hms(rest[1:])
            td = timedelta(hours=th, minutes=tm, seconds=ts, microseconds=tus)
            if rest[0] == "-":
                td = -td
            tz = timezone(td)
    return hh, mm, ss, us, tz


# ---------------------------------------------------------------------------
# strptime

def strptime(cls, data, fmt):
    if not isinstance(data, str):
        raise TypeError("strptime() argument 1 must be str, not %s" % type(data).__name__)
    if not isinstance(fmt, str):
        raise TypeError("strptime() argument 2 must be str, not %s" % type(fmt).__name__)
    values = {}
    pos = 0
    i = 0
    n = len(fmt)

    def fail():
        raise ValueError("time data %r does not match format %r" % (data, fmt))

    def number(maxlen, minlen=1, lo=None, hi=None, space=False):
        # Up to maxlen digits; a value out of [lo, hi] gives its last digit
        # back, as the regular expressions of CPython's _strptime would.
        nonlocal pos
        if space and data[pos:pos + 1] == " " and data[pos + 1:pos + 2] in "123456789" \
                and data[pos + 1:pos + 2]:
            pos += 1
            maxlen = 1
        j = pos
        while j < len(data) and j - pos < maxlen and data[j].isdigit() and data[j].isascii():
            j += 1
        if j - pos < minlen:
            fail()
        value = int(data[pos:j])
        if lo is not None and not lo <= value <= hi:
            if j - pos > 1 and lo <= value // 10 <= hi:
                j -= 1
                value //= 10
            else:
                fail()
        pos = j
        return value

    def word(names):
        nonlocal pos
        lowered = data[pos:].lower()
        best = None
        for idx, name in enumerate(names):
            if name and lowered.startswith(name.lower()):
                if best is None or len(name) > len(names[best]):
                    best = idx
        if best is None:
            fail()
        pos += len(names[best])
        return best

    while i < n:
        ch = fmt[i]
        i += 1
        if ch.isspace():
            # A run of whitespace in the format matches a run of at least
            # one whitespace character.
            while i < n and fmt[i].isspace():
                i += 1
            if pos >= len(data) or not data[pos].isspace():
                fail()
            while pos < len(data) and data[pos].isspace():
                pos += 1
            continue
        if ch != "%":
            if pos < len(data) and data[pos] == ch:
                pos += 1
                continue
            fail()
        if i >= n:
            raise ValueError("stray %% in format '%s'" % fmt)
        d = fmt[i]
        i += 1
        if d == "Y":
            values["year"] = number(4, 4)
        elif d == "y":
            y = number(2, 2)
            values["year"] = y + (2000 if y < 69 else 1900)
        elif d == "m":
            values["month"] = number(2, 1, 1, 12)
        elif d == "d":
            values["day"] = number(2, 1, 1, 31, True)
        elif d == "H":
            values["hour"] = number(2, 1, 0, 23)
        elif d == "I":
            values["hour12"] = number(2, 1, 1, 12, True)
        elif d == "M":
            values["minute"] = number(2, 1, 0, 59)
        elif d == "S":
            values["second"] = number(2, 1, 0, 61)
        elif d == "f":
            start = pos
            number(6)
            values["microsecond"] = int((data[start:pos] + "000000")[:6])
        elif d == "j":
            values["yday"] = number(3, 1, 1, 366)
        elif d == "p":
            values["ampm"] = word(["am", "pm"])
        elif d == "b" or d == "h":
            values["month"] = word(_MONTHNAMES[1:]) + 1
        elif d == "B":
            values["month"] = word(_FULL_MONTHNAMES[1:]) + 1
        elif d == "a":
            values["weekday"] = word(_DAYNAMES)
        elif d == "A":
            values["weekday"] = word(_FULL_DAYNAMES)
        elif d == "w":
            values["weekday"] = (number(1) - 1) % 7
        elif d == "z":
            if data[pos:pos + 1] == "Z":
                pos += 1
                values["tz"] = timedelta(0)
            else:
                sign = data[pos:pos + 1]
                if sign not in ("+", "-"):
                    fail()
                pos += 1
                hh = number(2, 2)
                if data[pos:pos + 1] == ":":
                    pos += 1
                mm = number(2, 2)
                ss = 0
                if data[pos:pos + 1] == ":" or data[pos:pos + 1].isdigit():
                    if data[pos:pos + 1] == ":":
                        pos += 1
                    ss = number(2, 2)
                off = timedelta(hours=hh, minutes=mm, seconds=ss)
                values["tz"] = -off if sign == "-" else off
        elif d == "Z":
            for name in ("UTC", "GMT") + tuple(_time.tzname):
                if data[pos:pos + len(name)].upper() == name.upper():
                    pos += len(name)
                    break
            else:
                fail()
        elif d == "%":
            if data[pos:pos + 1] != "%":
                fail()
            pos += 1
        else:
            raise ValueError("'%s' is a bad directive in format '%s'" % (d, fmt))
    if pos != len(data):
        raise ValueError("unconverted data remains: %s" % data[pos:])
    year = values.get("year", 1900)
    month = values.get("month", 1)
    day = values.get("day", 1)
    hour = values.get("hour", 0)
    if "hour12" in values:
        hour = values["hour12"] % 12
        if values.get("ampm") == 1:
            hour += 12
    if "yday" in values and "month" not in values and "day" not in values:
        year, month, day = _ord2ymd(_ymd2ord(year, 1, 1) + values["yday"] - 1)
    tz = None
    if "tz" in values:
        tz = timezone(values["tz"])
    return cls(year, month, day, hour, values.get("minute", 0), values.get("second", 0),
               values.get("microsecond", 0), tz)
