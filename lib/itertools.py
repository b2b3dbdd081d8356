# itertools: iterator building blocks (infinite, terminating, combinatoric).
# Each one is a class, as in CPython, so type(), isinstance and reprs agree;
# the combinatoric ones live in _itertools_comb.py.

import sys as _sys

__all__ = [
    'accumulate', 'chain', 'combinations', 'combinations_with_replacement',
    'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby',
    'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
    'takewhile', 'tee', 'zip_longest',
]


def _is_number(x):
    return isinstance(x, (int, float, complex)) or hasattr(type(x), '__add__')

# ---- infinite iterators ----------------------------------------------------

class count:
    """count(start=0, step=1): start, start+step, start+2*step, ..."""

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if isinstance(v, (str, bytes, list, tuple)) or not _is_number(v):
                raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        step = self._step
        if isinstance(step, int) and step == 1 and type(step) is not bool:
            return 'count(%r)' % (self._n,)
        return 'count(%r, %r)' % (self._n, step)


class cycle:
    """cycle(iterable): the items of iterable, then again, forever."""

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._saved = []
        self._index = -1    # -1 while the source is still being read

    def __iter__(self):
        return self

    def __next__(self):
        if self._index < 0:
            for item in self._it:
                self._saved.append(item)
                return item
            if not self._saved:
                raise StopIteration
            self._index = 0
        saved = self._saved
        item = saved[self._index]
        self._index = (self._index + 1) % len(saved)
        return item


class repeat:
    """repeat(object[, times]): object, again and again (times times)."""

    def __init__(self, object, times=None):
        self._obj = object
        if times is None:
            self._left = -1
        else:
            if not isinstance(times, int):
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % type(times).__name__)
            self._left = times if times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        left = self._left
        if left == 0:
            raise StopIteration
        if left > 0:
            self._left = left - 1
        return self._obj

    def __length_hint__(self):
        if self._left < 0:
            raise TypeError('len() of unsized object')
        return self._left

    def __repr__(self):
        if self._left < 0:
            return 'repeat(%r)' % (self._obj,)
        return 'repeat(%r, %d)' % (self._obj, self._left)

# ---- iterators that end with their shortest input --------------------------

def _add(a, b):
    return a + b


class accumulate:
    """accumulate(iterable, func=add, *, initial=None): running totals."""

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = _add if func is None else func
        self._total = initial
        self._started = initial is not None
        self._pending_initial = initial is not None

    def __iter__(self):
        return self

    def __next__(self):
        if self._pending_initial:
            self._pending_initial = False
            return self._total
        item = next(self._it)
        if self._started:
            self._total = self._func(self._total, item)
        else:
            self._started = True
            self._total = item
        return self._total


class chain:
    """chain(*iterables): the items of each iterable in turn."""

    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        self = cls.__new__(cls)
        self._sources = iter(iterable)
        self._active = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            active = self._active
            if active is None:
                try:
                    active = self._active = iter(next(self._sources))
                except StopIteration:
                    self._sources = iter(())
                    raise
            for item in active:
                return item
            self._active = None

    def __class_getitem__(cls, item):
        return cls


class compress:
    """compress(data, selectors): items of data whose selector is true."""

    def __init__(self, data, selectors):
        self._pairs = zip(data, selectors)

    def __iter__(self):
        return self

    def __next__(self):
        for item, keep in self._pairs:
            if keep:
                return item
        raise StopIteration


class dropwhile:
    """dropwhile(predicate, iterable): skip items while predicate holds."""

    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._dropping:
            pred = self._pred
            for item in self._it:
                if not pred(item):
                    self._dropping = False
                    return item
            raise StopIteration
        return next(self._it)


class takewhile:
    """takewhile(predicate, iterable): items while predicate holds."""

    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        if not self._done:
            for item in self._it:
                if self._pred(item):
                    return item
                break
            self._done = True
        raise StopIteration


class filterfalse:
    """filterfalse(predicate, iterable): items for which predicate is false."""

    def __init__(self, predicate, iterable):
        self._pred = bool if predicate is None else predicate
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        pred = self._pred
        for item in self._it:
            if not pred(item):
                return item
        raise StopIteration


class starmap:
    """starmap(function, iterable): function(*args) for each args."""

    def __init__(self, function, iterable):
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        return self._func(*next(self._it))


class pairwise:
    """pairwise(iterable): overlapping pairs (a, b), (b, c), ..."""

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._prev = None
        self._started = False

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        if not self._started:
            self._started = True
            try:
                self._prev = next(it)
            except StopIteration:
                self._it = None
                raise
        try:
            item = next(it)
        except StopIteration:
            self._it = None
            self._prev = None
            raise
        pair = (self._prev, item)
        self._prev = item
        return pair


_islice_index_msg = ('Indices for islice() must be None or an integer: '
                     '0 <= x <= sys.maxsize.')


def _islice_arg(value, message):
    if value is None:
        return None
    try:
        n = value.__index__()
    except (AttributeError, TypeError):
        raise ValueError(message) from None
    if n < 0 or n > _sys.maxsize:
        raise ValueError(message)
    return n


class islice:
    """islice(iterable, stop) / islice(iterable, start, stop[, step])."""

    def __init__(self, iterable, *args):
        nargs = len(args)
        if nargs == 1:
            start, step = None, None
            stop = _islice_arg(args[0], 'Stop argument for islice() must be '
                               'None or an integer: 0 <= x <= sys.maxsize.')
        elif 2 <= nargs <= 3:
            start = _islice_arg(args[0], _islice_index_msg)
            stop = _islice_arg(args[1], _islice_index_msg)
            step = None
            if nargs == 3 and args[2] is not None:
                try:
                    step = args[2].__index__()
                except (AttributeError, TypeError):
                    step = -1
                if step <= 0:
                    raise ValueError('Step for islice() must be a positive '
                                     'integer or None.')
        elif nargs == 0:
            raise TypeError('islice expected at least 2 arguments, got 1')
        else:
            raise TypeError('islice expected at most 4 arguments, got %d'
                            % (nargs + 1))
        self._it = iter(iterable)
        self._next = 0 if start is None else start   # index of the next item wanted
        self._stop = stop
        self._step = 1 if step is None else step
        self._pos = 0                                # index of the next source item

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        want = self._next
        stop = self._stop
        if stop is not None and want >= stop:
            # consume up to stop, as CPython does, then finish
            while self._pos < stop:
                try:
                    next(it)
                except StopIteration:
                    break
                self._pos += 1
            self._it = None
            raise StopIteration
        while self._pos < want:
            try:
                next(it)
            except StopIteration:
                self._it = None
                raise
            self._pos += 1
        try:
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._pos += 1
        self._next = want + self._step
        return item


class zip_longest:
    """zip_longest(*iterables, fillvalue=None): zip padding the shorter ones."""

    def __init__(self, *iterables, fillvalue=None):
        self._its = [iter(x) for x in iterables]
        self._active = len(self._its)
        self._fill = fillvalue

    def __iter__(self):
        return self

    def __next__(self):
        its = self._its
        if not its or self._active == 0:
            raise StopIteration
        values = []
        for i, it in enumerate(its):
            if it is None:
                values.append(self._fill)
                continue
            try:
                values.append(next(it))
            except StopIteration:
                self._active -= 1
                if self._active == 0:
                    self._its = []
                    raise
                its[i] = None
                values.append(self._fill)
        return tuple(values)

# ---- groupby ---------------------------------------------------------------

class groupby:
    """groupby(iterable, key=None): (key, group-iterator) for runs of equal keys."""

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = self._currkey = self._currvalue = _EMPTY
        self._grouper = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        self._currkey = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value

    def __next__(self):
        self._grouper = None
        # skip what is left of the current group
        while True:
            if self._currkey is _EMPTY:
                pass
            elif self._tgtkey is _EMPTY:
                break
            elif not (self._tgtkey is self._currkey
                      or self._tgtkey == self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        grouper = self._grouper = _grouper(self, self._tgtkey)
        return (self._currkey, grouper)


# "no value here" marker, never equal to anything the user passes
class _Empty:
    pass


_EMPTY = _Empty()   # (not object(): see functools._Sentinel)


class _grouper:
    def __init__(self, parent, key):
        self._parent = parent
        self._key = key

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._grouper is not self:
            raise StopIteration
        if parent._currvalue is _EMPTY:
            parent._step()
        if not (self._key is parent._currkey or self._key == parent._currkey):
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = _EMPTY
        return value

# ---- tee -------------------------------------------------------------------

class _TeeLink:
    __slots__ = ('value', 'next')

    def __init__(self):
        self.value = None
        self.next = None


class _tee:
    """One of the independent iterators tee() returns; they share a linked buffer."""

    def __init__(self, it, link):
        self._it = it
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            value = next(self._it)
            link.value = value
            link.next = _TeeLink()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._it, self._link)


def tee(iterable, n=2):
    """tee(iterable, n=2): n independent iterators over one iterable."""
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(n).__name__)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        first = it.__copy__()
    else:
        first = _tee(it, _TeeLink())
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)


from _itertools_comb import (product, permutations, combinations,
                             combinations_with_replacement)

