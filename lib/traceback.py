# traceback: format and print exceptions and their tracebacks the way the
# interpreter does (chained causes and contexts, notes, SyntaxError carets,
# the `~~^~~` lines under source lines).

import sys
import itertools

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack', 'format_tb',
           'print_exc', 'format_exc', 'print_exception', 'print_last',
           'print_stack', 'print_tb', 'clear_frames', 'FrameSummary',
           'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb']

_cause_message = ('\nThe above exception was the direct cause '
                  'of the following exception:\n\n')
_context_message = ('\nDuring handling of the above exception, '
                    'another exception occurred:\n\n')

# ---- frames ------------------------------------------------------------------------

def _source_line(filename, lineno):
    try:
        with open(filename, encoding='utf-8') as f:
            for number, line in enumerate(f, 1):
                if number == lineno:
                    return line
    except (OSError, UnicodeDecodeError, TypeError, ValueError):
        pass
    return ''


class FrameSummary:
    """One frame of a traceback: filename, lineno, name and the source line."""
    __slots__ = ('filename', 'lineno', 'name', '_line', 'locals', 'end_lineno',
                 'colno', 'end_colno')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None,
                 line=None, end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return '<FrameSummary file {filename}, line {lineno} in {name}>'.format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _source_line(self.filename, self.lineno)
        return self._line.strip()


def walk_tb(tb):
    """(frame, lineno) for each level of a traceback; frame may be None here."""
    while tb is not None:
        yield getattr(tb, 'tb_frame', None), tb.tb_lineno
        tb = tb.tb_next


def _walk_tb_with_positions(tb):
    """(frame, (lineno, end_lineno, colno, end_colno)) for each level."""
    while tb is not None:
        frame = tb.tb_frame
        positions = (tb.tb_lineno, None, None, None)
        try:
            found = next(itertools.islice(frame.f_code.co_positions(),
                                          tb.tb_lasti // 2, None), None)
            if found is not None:
                line, end_line, col, end_col = found
                positions = (tb.tb_lineno, end_line, col, end_col)
        except AttributeError:
            pass
        yield frame, positions
        tb = tb.tb_next


def walk_stack(f):
    """(frame, lineno) from frame f outwards (needs frame objects)."""
    if f is None:
        getframe = getattr(sys, '_getframe', None)
        f = getframe().f_back.f_back if getframe else None
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def _frame_names(frame):
    if frame is None:
        return '<unknown>', '<unknown>'
    code = frame.f_code
    return code.co_filename, code.co_name


class StackSummary(list):
    """A list of FrameSummary objects, printable as traceback lines."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        if limit is not None:
            if limit >= 0:
                frame_gen = itertools.islice(frame_gen, limit)
            else:
                import collections
                frame_gen = collections.deque(frame_gen, maxlen=-limit)
        result = klass()
        for f, where in frame_gen:
            lineno, end_lineno, colno, end_colno = (
                where if isinstance(where, tuple) else (where, None, None, None))
            filename, name = _frame_names(f)
            f_locals = f.f_locals if (capture_locals and f is not None) else None
            result.append(FrameSummary(filename, lineno, name,
                                       lookup_line=False, locals=f_locals,
                                       end_lineno=end_lineno, colno=colno,
                                       end_colno=end_colno))
        if lookup_lines:
            for f in result:
                f.line
        return result

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            row.append('    {}\n'.format(frame_summary.line.strip()))
            if (frame_summary.colno is not None and frame_summary.end_colno is not None
                    and frame_summary.end_lineno is not None):
                row.append(sys._traceback_caret_line(
                    frame_summary._line, frame_summary.lineno, frame_summary.end_lineno,
                    frame_summary.colno, frame_summary.end_colno))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        """The frame lines, collapsing runs of more than 3 identical frames."""
        result = []
        last_file = last_line = last_name = None
        count = 0
        for frame_summary in self:
            same = (last_file == frame_summary.filename
                    and last_line == frame_summary.lineno
                    and last_name == frame_summary.name)
            if not same:
                if count > 3:
                    count -= 3
                    result.append('  [Previous line repeated {} more time{}]\n'
                                  .format(count, 's' if count > 1 else ''))
                last_file = frame_summary.filename
                last_line = frame_summary.lineno
                last_name = frame_summary.name
                count = 0
            count += 1
            if count > 3:
                continue
            result.append(self.format_frame_summary(frame_summary))
        if count > 3:
            count -= 3
            result.append('  [Previous line repeated {} more time{}]\n'
                          .format(count, 's' if count > 1 else ''))
        return result

# ---- exceptions --------------------------------------------------------------------

def _safe_string(value, what, func=str):
    try:
        return func(value)
    except Exception:
        return '<%s %s() failed>' % (what, func.__name__)


class TracebackException:
    """An exception captured for formatting: its type, text, stack and its
    cause/context chain."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.stack = StackSummary.extract(_walk_tb_with_positions(exc_traceback), limit=limit,
                                          lookup_lines=lookup_lines,
                                          capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        self.__suppress_context__ = \
            exc_value.__suppress_context__ if exc_value is not None else False
        self.__cause__ = None
        self.__context__ = None
        if exc_value is not None:
            cause = exc_value.__cause__
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(
                    type(cause), cause, cause.__traceback__, limit=limit,
                    lookup_lines=False, capture_locals=capture_locals, _seen=_seen)
            context = exc_value.__context__
            if (context is not None and id(context) not in _seen
                    and not (compact and (self.__cause__ is not None
                                          or self.__suppress_context__))):
                self.__context__ = TracebackException(
                    type(context), context, context.__traceback__, limit=limit,
                    lookup_lines=False, capture_locals=capture_locals, _seen=_seen)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """The 'Type: message' line(s), with SyntaxError's source and caret."""
        if self.exc_type is None:
            yield 'NoneType: None\n'
            return
        stype = self.exc_type.__qualname__
        smod = self.exc_type.__module__
        if smod not in ('__main__', 'builtins'):
            if not isinstance(smod, str):
                smod = '<unknown>'
            stype = smod + '.' + stype
        if not issubclass(self.exc_type, SyntaxError):
            yield _format_final_exc_line(stype, self._str)
        else:
            yield from self._format_syntax_error(stype)
        if isinstance(self.__notes__, (list, tuple)):
            for note in self.__notes__:
                note = _safe_string(note, 'note')
                yield from [line + '\n' for line in note.split('\n')]
        elif self.__notes__ is not None:
            yield _safe_string(self.__notes__, '__notes__', func=repr) + '\n'

    def _format_syntax_error(self, stype):
        filename_suffix = ''
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(self.filename or '<string>', self.lineno)
        elif self.filename is not None:
            filename_suffix = ' ({})'.format(self.filename)
        text = self.text
        if text is not None:
            rtext = text.rstrip('\n')
            ltext = rtext.lstrip(' \n\f')
            spaces = len(rtext) - len(ltext)
            yield '    {}\n'.format(ltext)
            if self.offset is not None:
                offset = self.offset
                end_offset = self.end_offset if self.end_offset not in {None, 0} else offset
                if offset == end_offset or end_offset == -1:
                    end_offset = offset + 1
                colno = offset - 1 - spaces
                end_colno = end_offset - 1 - spaces
                if colno >= 0:
                    caretspace = ''.join((c if c.isspace() else ' ') for c in ltext[:colno])
                    yield '    {}{}\n'.format(caretspace, '^' * (end_colno - colno))
        msg = self.msg or '<no detail available>'
        yield '{}: {}{}\n'.format(stype, msg, filename_suffix)

    def format(self, *, chain=True, _ctx=None):
        """Lines of the whole report, outermost chained exception first."""
        output = []
        exc = self
        if chain:
            while exc:
                if exc.__cause__ is not None:
                    chained_msg = _cause_message
                    chained_exc = exc.__cause__
                elif exc.__context__ is not None and not exc.__suppress_context__:
                    chained_msg = _context_message
                    chained_exc = exc.__context__
                else:
                    chained_msg = None
                    chained_exc = None
                output.append((chained_msg, exc))
                exc = chained_exc
        else:
            output.append((None, exc))
        for msg, exc in reversed(output):
            if msg is not None:
                yield msg
            if exc.stack:
                yield 'Traceback (most recent call last):\n'
                yield from exc.stack.format()
            yield from exc.format_exception_only()


def _format_final_exc_line(etype, value):
    if value is None or not value:
        return '%s\n' % etype
    return '%s: %s\n' % (etype, value)


class _Sentinel:
    pass


_sentinel = _Sentinel()   # (not object(): see functools._Sentinel)


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError('Both or neither of value and tb must be given')
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError('Exception expected for value, '
                            '{} found'.format(type(exc).__name__))
        return None, None
    return value, tb

# ---- the module functions --------------------------------------------------------

def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Print an exception and its traceback to file (default sys.stderr)."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    if file is None:
        file = sys.stderr
    for line in te.format(chain=chain):
        print(line, file=file, end='')


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines print_exception would print."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    """The final 'Type: message' line(s) of an exception report."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """The report of the exception being handled, as one string."""
    return ''.join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, 'last_type'):
        raise ValueError('no last exception')
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


def extract_tb(tb, limit=None):
    return StackSummary.extract(_walk_tb_with_positions(tb), limit=limit)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end='')


def extract_stack(f=None, limit=None):
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_stack(f=None, limit=None):
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    print_list(extract_stack(f, limit=limit), file=file)


def clear_frames(tb):
    """Nothing to clear: tracebacks keep no frame locals here."""
