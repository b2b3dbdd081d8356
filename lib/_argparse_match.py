# The small pattern matchers argparse needs, written out so that argparse
# does not depend on the re module: nargs patterns over 'A'/'O'/'-' strings,
# the usage-line splitting and clean-up, whitespace collapsing.

__name__ = 'argparse'

# ---- nargs patterns --------------------------------------------------------------
# A pattern is what argparse's _get_nargs_pattern builds, e.g. '(-*A[A-]*)':
# capture groups of atoms ('A', '-', 'O' or a [class]) with an optional
# '*' or '?'. match_groups() matches at the start, greedily with
# backtracking (like re.match), and returns the text of each group.

def _compile(pattern):
    """pattern -> list of tokens: ('(',), (')',) or (charset, min, max)."""
    tokens = []
    i = 0
    n = len(pattern)
    while i < n:
        c = pattern[i]
        if c in '()':
            tokens.append((c,))
            i += 1
            continue
        if c == '[':
            j = pattern.index(']', i)
            charset = frozenset(pattern[i + 1:j])
            i = j + 1
        else:
            charset = frozenset(c)
            i += 1
        lo, hi = 1, 1
        if i < n and pattern[i] == '*':
            lo, hi = 0, None
            i += 1
        elif i < n and pattern[i] == '?':
            lo, hi = 0, 1
            i += 1
        tokens.append((charset, lo, hi))
    return tokens


_compiled = {}


def match_groups(pattern, text):
    """The groups of pattern matched at the start of text, or None."""
    tokens = _compiled.get(pattern)
    if tokens is None:
        tokens = _compiled[pattern] = _compile(pattern)
    starts = []
    spans = []

    def walk(t, pos):
        if t == len(tokens):
            return True
        token = tokens[t]
        if token[0] == '(':
            starts.append(pos)
            if walk(t + 1, pos):
                return True
            starts.pop()
            return False
        if token[0] == ')':
            spans.append((starts[-1], pos))
            if walk(t + 1, pos):
                return True
            spans.pop()
            return False
        charset, lo, hi = token
        end = pos
        limit = len(text) if hi is None else min(len(text), pos + hi)
        while end < limit and text[end] in charset:
            end += 1
        while end - pos >= lo:
            if walk(t + 1, end):
                return True
            end -= 1
        return False

    if not walk(0, 0):
        return None
    return [text[a:b] for a, b in spans]

# ---- help text helpers -------------------------------------------------------------

_ASCII_SPACE = ' \t\n\r\x0b\x0c'


def collapse_whitespace(text):
    """Every run of ASCII whitespace becomes one space (re.sub(r'\\s+', ' ') with ASCII)."""
    out = []
    in_space = False
    for c in text:
        if c in _ASCII_SPACE:
            if not in_space:
                out.append(' ')
                in_space = True
        else:
            out.append(c)
            in_space = False
    return ''.join(out)


def squeeze_breaks(text):
    """Three or more newlines in a row become two."""
    while '\n\n\n' in text:
        text = text.replace('\n\n\n', '\n\n')
    return text


def is_negative_number(s):
    """'-5', '-.5', '-1.25' (what argparse treats as a number, not an option)."""
    if len(s) < 2 or s[0] != '-':
        return False
    body = s[1:]
    if body.isdecimal():
        return True
    whole, dot, frac = body.partition('.')
    return bool(dot) and (whole == '' or whole.isdecimal()) and frac.isdecimal()


def usage_parts(text):
    """Split usage text into parts: a bracketed group '(...)' / '[...]'
    ending at whitespace or the end counts as one part, else runs of non-space."""
    parts = []
    n = len(text)
    i = 0
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        end = -1
        opener = text[i]
        if opener in '([':
            closer = ')' if opener == '(' else ']'
            k = i + 1
            while k < n and text[k] != '\n':
                if text[k] == closer:
                    run = k
                    while run < n and text[run] == closer:
                        run += 1
                    if run == n or text[run].isspace():
                        end = run
                        break
                k += 1
        if end < 0:
            end = i
            while end < n and not text[end].isspace():
                end += 1
        parts.append(text[i:end])
        i = end
    return parts


def cleanup_usage(text):
    """Tidy joined usage parts: no space just inside brackets, no empty brackets."""
    for opener in '[(':
        text = text.replace(opener + ' ', opener)
    for closer in '])':
        text = text.replace(' ' + closer, closer)
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c in '[(':
            j = i + 1
            while j < n and text[j] == ' ':
                j += 1
            if j < n and text[j] in '])':
                i = j + 1
                continue
        out.append(c)
        i += 1
    return ''.join(out).strip()
