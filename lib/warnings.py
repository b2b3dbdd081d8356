# warnings: warn() and the filters that decide whether a warning is shown
# once, always, never, or raised; shown as "file:line: Category: message" on
# stderr. Without sys._getframe the caller's location is unknown and "sys:1"
# is reported, as CPython does when the stack is too shallow.

import sys as _sys

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning',
           'filterwarnings', 'simplefilter', 'resetwarnings', 'catch_warnings']

# (action, message regex or None, category, module regex or None, lineno)
filters = []
defaultaction = 'default'
onceregistry = {}
_filters_version = 1

_ACTIONS = ('error', 'ignore', 'always', 'default', 'module', 'once')


def _filters_mutated():
    global _filters_version
    _filters_version += 1

# ---- showing ---------------------------------------------------------------

def _source_line(filename, lineno):
    try:
        with open(filename, encoding='utf-8') as f:
            for number, line in enumerate(f, 1):
                if number == lineno:
                    return line
    except (OSError, UnicodeDecodeError, TypeError):
        pass
    return None


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning writes: 'file:line: Category: message' and the source line."""
    text = '%s:%s: %s: %s\n' % (filename, lineno, category.__name__, message)
    if line is None:
        line = _source_line(filename, lineno)
    if line:
        text += '  %s\n' % line.strip()
    return text


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = _sys.stderr
        if file is None:
            return
    text = formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    try:
        file.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to a file (stderr by default); replaceable."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning


def _showwarnmsg(msg):
    # honour a user replacement of showwarning
    if showwarning is not _showwarning_orig:
        if not callable(showwarning):
            raise TypeError('warnings.showwarning() must be set to a function or method')
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)

# ---- filters ---------------------------------------------------------------

_REGEX_SPECIALS = frozenset('.^$*+?{}[]\\|()')


class _Pattern:
    """A filter's message/module pattern: a regex matched at the start.
    Plain text needs no re module (the common case); anything else uses re."""

    def __init__(self, text, ignore_case):
        self.text = text
        self.ignore_case = ignore_case
        self.regex = None
        if any(c in _REGEX_SPECIALS for c in text):
            import re
            self.regex = re.compile(text, re.I if ignore_case else 0)

    def match(self, s):
        if self.regex is not None:
            return self.regex.match(s) is not None
        if self.ignore_case:
            return s[:len(self.text)].lower() == self.text.lower()
        return s.startswith(self.text)

    def __repr__(self):
        return 're.compile(%r, re.IGNORECASE)' % (self.text,) if self.ignore_case \
            else 're.compile(%r)' % (self.text,)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def filterwarnings(action, message='', category=Warning, module='', lineno=0,
                   append=False):
    """Add a filter: action for warnings whose text matches message (a regex,
    case-insensitive), of category, raised in a module matching module."""
    assert action in _ACTIONS, 'invalid action: %r' % (action,)
    assert isinstance(message, str), 'message must be a string'
    assert isinstance(category, type), 'category must be a class'
    assert issubclass(category, Warning), 'category must be a Warning subclass'
    assert isinstance(module, str), 'module must be a string'
    assert isinstance(lineno, int) and lineno >= 0, 'lineno must be an int >= 0'
    message = _Pattern(message, True) if message else None
    module = _Pattern(module, False) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter matching every warning of category."""
    assert action in _ACTIONS, 'invalid action: %r' % (action,)
    assert isinstance(lineno, int) and lineno >= 0, 'lineno must be an int >= 0'
    _add_filter(action, None, category, None, lineno, append=append)


def resetwarnings():
    """Remove every filter (the default action then applies)."""
    filters[:] = []
    _filters_mutated()


def _matches(pattern, text):
    return pattern is None or pattern.match(text)

# ---- warning ---------------------------------------------------------------

def _caller(stacklevel):
    """(filename, lineno, module name, module globals) of the frame stacklevel up."""
    getframe = getattr(_sys, '_getframe', None)
    if getframe is not None:
        try:
            frame = getframe(stacklevel + 1)
        except ValueError:
            frame = None
        if frame is not None:
            g = frame.f_globals
            return (frame.f_code.co_filename, frame.f_lineno,
                    g.get('__name__', '<string>'), g)
    return ('sys', 1, 'sys', _sys.__dict__)


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or ignore it, or raise it, as the filters say."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'"
                        % type(category).__name__)
    filename, lineno, module, globals_ = _caller(stacklevel)
    registry = globals_.setdefault('__warningregistry__', {}) \
        if isinstance(globals_, dict) else {}
    warn_explicit(message, category, filename, lineno, module, registry,
                  globals_, source)


def warn_explicit(message, category, filename, lineno, module=None,
                  registry=None, module_globals=None, source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or '<unknown>'
        if module[-3:].lower() == '.py':
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat)
                and _matches(mod, module) and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == 'ignore':
        return
    if action == 'error':
        raise message
    if action == 'once':
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == 'always':
        pass
    elif action == 'module':
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == 'default':
        registry[key] = 1
    else:
        raise RuntimeError('Unrecognized action (%r) in warnings.filters:\n %s'
                           % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))

# ---- recording -------------------------------------------------------------

class WarningMessage(object):
    """One issued warning, as catch_warnings(record=True) collects them."""

    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file',
                        'line', 'source')

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ('{message : %r, category : %r, filename : %r, lineno : %s, '
                'line : %r}' % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


class catch_warnings(object):
    """Save the filters and showwarning on entry and restore them on exit;
    with record=True, warnings are appended to the list with-as gives."""

    def __init__(self, *, record=False, module=None, action=None,
                 category=Warning, lineno=0, append=False):
        self._record = record
        self._module = _sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append('record=True')
        if self._module is not _sys.modules['warnings']:
            args.append('module=%r' % self._module)
        return '%s(%s)' % (type(self).__name__, ', '.join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError('Cannot enter %r twice' % self)
        self._entered = True
        module = self._module
        self._filters = module.filters
        module.filters = self._filters[:]
        module._filters_mutated()
        self._showwarning = module.showwarning
        self._showwarnmsg_impl = module._showwarnmsg_impl
        if self._filter is not None:
            module.simplefilter(*self._filter)
        if self._record:
            log = []
            module._showwarnmsg_impl = log.append
            module.showwarning = module._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError('Cannot exit %r without entering first' % self)
        module = self._module
        module.filters = self._filters
        module._filters_mutated()
        module.showwarning = self._showwarning
        module._showwarnmsg_impl = self._showwarnmsg_impl


# CPython's default filters (without -W options or a debug build)
simplefilter('ignore', ResourceWarning, append=True)
simplefilter('ignore', ImportWarning, append=True)
simplefilter('ignore', PendingDeprecationWarning, append=True)
simplefilter('ignore', DeprecationWarning, append=True)


class _Prefix:
    """A pattern matching names that start with a fixed text (no re needed)."""

    def __init__(self, text):
        self.text = text

    def match(self, s):
        return s.startswith(self.text)

    def __repr__(self):
        return 're.compile(%r)' % (self.text,)


filters.insert(0, ('default', None, DeprecationWarning, _Prefix('__main__'), 0))
