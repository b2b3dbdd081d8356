# collections.deque: a double-ended queue with an optional maximum length.
# Items live in one list, _items[_head:]; popleft leaves a gap at the front
# that appendleft refills, and the gap is trimmed once it is half the list.

import sys as _sys


def _index_arg(value):
    if isinstance(value, int):
        return value
    try:
        return type(value).__index__(value)
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__) from None


class deque:
    """deque([iterable[, maxlen]]): list-like sequence with fast appends and
    pops on both ends; a full bounded deque drops items from the other end."""

    __module__ = 'collections'

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._items = []
        self._head = 0
        self._maxlen = maxlen
        self._state = 0       # bumped by every mutation, checked by iterators
        if iterable is not ():
            self.extend(iterable)

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    # ---- the two ends ------------------------------------------------------

    def append(self, x):
        """Add an element to the right side of the deque."""
        self._state += 1
        self._items.append(x)
        m = self._maxlen
        if m is not None and len(self._items) - self._head > m:
            self._drop_left()

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        self._state += 1
        if self._head == 0:
            gap = max(8, len(self._items))
            self._items[0:0] = [None] * gap
            self._head = gap
        self._head -= 1
        self._items[self._head] = x
        m = self._maxlen
        if m is not None and len(self._items) - self._head > m:
            self._items.pop()

    def pop(self):
        """Remove and return the rightmost element."""
        if len(self._items) == self._head:
            raise IndexError('pop from an empty deque')
        self._state += 1
        x = self._items.pop()
        if len(self._items) == self._head:
            self._items = []
            self._head = 0
        return x

    def popleft(self):
        """Remove and return the leftmost element."""
        items = self._items
        head = self._head
        if len(items) == head:
            raise IndexError('pop from an empty deque')
        self._state += 1
        x = items[head]
        items[head] = None
        self._head = head + 1
        if head >= 16 and head * 2 >= len(items):
            del items[:head + 1]
            self._head = 0
        return x

    def _drop_left(self):
        items = self._items
        head = self._head
        items[head] = None
        self._head = head + 1
        if head >= 16 and head * 2 >= len(items):
            del items[:head + 1]
            self._head = 0

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = list(iterable)
        if self._maxlen is None:
            self._state += 1
            self._items.extend(iterable)
        else:
            for x in iterable:
                self.append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        self._state += 1
        self._items = []
        self._head = 0

    # ---- the whole sequence ------------------------------------------------

    def _live(self):
        """The elements as a fresh list, left to right."""
        return self._items[self._head:]

    def _reset(self, items):
        self._state += 1
        self._items = items
        self._head = 0

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1); negative n rotates left."""
        n = _index_arg(n)
        size = len(self._items) - self._head
        if size <= 1:
            return
        n %= size
        if n:
            items = self._live()
            self._reset(items[-n:] + items[:-n])

    def reverse(self):
        """Reverse *IN PLACE*."""
        items = self._live()
        items.reverse()
        self._reset(items)

    def count(self, value):
        """Return number of occurrences of value."""
        n = 0
        state = self._state
        for x in self._live():
            if x is value or x == value:
                n += 1
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        return n

    def index(self, value, start=0, stop=_sys.maxsize):
        """Return first index of value; raises ValueError if the value is not present."""
        size = len(self._items) - self._head
        start = _index_arg(start)
        stop = _index_arg(stop)
        if start < 0:
            start = max(start + size, 0)
        if stop < 0:
            stop = max(stop + size, 0)
        stop = min(stop, size)
        state = self._state
        items = self._items
        head = self._head
        for i in range(start, stop):
            x = items[head + i]
            if x is value or x == value:
                return i
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        raise ValueError('%r is not in deque' % (value,))

    def insert(self, index, value):
        """Insert value before index."""
        index = _index_arg(index)
        size = len(self._items) - self._head
        if self._maxlen is not None and size >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        if index < 0:
            index = max(index + size, 0)
        self._state += 1
        self._items.insert(self._head + min(index, size), value)

    def remove(self, value):
        """Remove first occurrence of value."""
        items = self._items
        for i in range(self._head, len(items)):
            x = items[i]
            if x is value or x == value:
                if self._items is not items:
                    raise IndexError('deque mutated during remove().')
                self._state += 1
                del items[i]
                return
        raise ValueError('%r is not in deque' % (value,))

    def copy(self):
        """Return a shallow copy of a deque."""
        new = type(self).__new__(type(self))
        deque.__init__(new, (), self._maxlen)
        new._items = self._live()
        return new

    __copy__ = copy

    # ---- the sequence protocol ---------------------------------------------

    def __len__(self):
        return len(self._items) - self._head

    def __bool__(self):
        return len(self._items) > self._head

    def _position(self, index):
        if not isinstance(index, int):
            if hasattr(type(index), '__index__'):
                index = type(index).__index__(index)
            else:
                raise TypeError('sequence index must be integer, not %r'
                                % type(index).__name__)
        size = len(self._items) - self._head
        if index < 0:
            index += size
        if index < 0 or index >= size:
            raise IndexError('deque index out of range')
        return self._head + index

    def __getitem__(self, index):
        return self._items[self._position(index)]

    def __setitem__(self, index, value):
        self._items[self._position(index)] = value

    def __delitem__(self, index):
        pos = self._position(index)
        self._state += 1
        del self._items[pos]

    def __iter__(self):
        items = self._items
        state = self._state
        i = self._head
        while True:
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
            if i >= len(items):
                return
            yield items[i]
            i += 1

    def __reversed__(self):
        items = self._items
        state = self._state
        i = len(items) - 1
        while True:
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
            if i < self._head:
                return
            yield items[i]
            i -= 1

    def __contains__(self, value):
        state = self._state
        for x in self._live():
            if x is value or x == value:
                return True
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        return False

    # ---- operators ---------------------------------------------------------

    def __add__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        n = _index_arg(n)
        new = self.copy()
        new._state = 0
        if n <= 0:
            new._items = []
        elif self._maxlen is None:
            new._items = self._live() * n
        else:
            items = self._live()
            for _ in range(n - 1):
                new.extend(items)
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        result = self * n
        self._reset(result._items)
        return self

    def _compare(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        return op(self._live(), other._live())

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    __hash__ = None

    def __repr__(self):
        if _repr_running(self):
            return '[...]'
        try:
            body = repr(self._live())
        finally:
            _repr_done(self)
        name = type(self).__name__
        if self._maxlen is None:
            return '%s(%s)' % (name, body)
        return '%s(%s, maxlen=%d)' % (name, body, self._maxlen)

    def __reduce__(self):
        return (type(self), ((), self._maxlen), None, iter(self))

    def __class_getitem__(cls, item):
        from _typing_alias import GenericAlias
        return GenericAlias(cls, item)


# Objects whose repr is being computed; a deque that contains itself prints [...].
_repr_active = []


def _repr_running(obj):
    for x in _repr_active:
        if x is obj:
            return True
    _repr_active.append(obj)
    return False


def _repr_done(obj):
    for i in range(len(_repr_active) - 1, -1, -1):
        if _repr_active[i] is obj:
            del _repr_active[i]
            return
