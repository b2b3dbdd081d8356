# The combinatoric iterators of itertools: product, permutations, combinations,
# combinations_with_replacement. Each keeps a vector of indices into a tuple
# "pool" and steps it like an odometer, yielding tuples in lexicographic order.


def _as_count(value, what):
    if not isinstance(value, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    if value < 0:
        raise ValueError(what + ' must be non-negative')
    return value


class product:
    """product(*iterables, repeat=1): the cartesian product, as tuples."""
    __module__ = "itertools"

    def __init__(self, *iterables, repeat=1):
        if not isinstance(repeat, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(repeat).__name__)
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(p) for p in iterables] * repeat
        self._pools = pools
        self._indices = None    # None before the first tuple
        self._done = any(len(p) == 0 for p in pools)

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pools = self._pools
        indices = self._indices
        if indices is None:
            self._indices = [0] * len(pools)
            self._current = [p[0] for p in pools]
            return tuple(self._current)
        current = self._current
        i = len(pools) - 1
        while i >= 0:
            pool = pools[i]
            k = indices[i] + 1
            if k < len(pool):
                indices[i] = k
                current[i] = pool[k]
                return tuple(current)
            indices[i] = 0
            current[i] = pool[0]
            i -= 1
        self._done = True
        raise StopIteration


class permutations:
    """permutations(iterable, r=None): ordered arrangements of r items."""
    __module__ = "itertools"

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        r = n if r is None else _as_count(r, 'r')
        self._pool = pool
        self._r = r
        self._indices = list(range(n))
        self._cycles = list(range(n, n - r, -1))
        self._first = True
        self._done = r > n

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r = self._pool, self._r
        indices, cycles = self._indices, self._cycles
        if self._first:
            self._first = False
            return tuple([pool[i] for i in indices[:r]])
        n = len(pool)
        i = r - 1
        while i >= 0:
            cycles[i] -= 1
            if cycles[i] == 0:
                # rotate indices[i:] left by one
                moved = indices[i]
                del indices[i]
                indices.append(moved)
                cycles[i] = n - i
            else:
                j = n - cycles[i]
                indices[i], indices[j] = indices[j], indices[i]
                return tuple([pool[k] for k in indices[:r]])
            i -= 1
        self._done = True
        raise StopIteration


class combinations:
    """combinations(iterable, r): r-item subsets in input order."""
    __module__ = "itertools"

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = _as_count(r, 'r')
        self._pool = pool
        self._r = r
        self._indices = list(range(r))
        self._first = True
        self._done = r > len(pool)

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices = self._pool, self._r, self._indices
        if self._first:
            self._first = False
            self._current = [pool[i] for i in indices]
            return tuple(self._current)
        current = self._current
        n = len(pool)
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            self._done = True
            raise StopIteration
        k = indices[i] + 1
        while i < r:
            indices[i] = k
            current[i] = pool[k]
            i += 1
            k += 1
        return tuple(current)


class combinations_with_replacement:
    """combinations_with_replacement(iterable, r): r-item multisets in order."""
    __module__ = "itertools"

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = _as_count(r, 'r')
        self._pool = pool
        self._r = r
        self._indices = [0] * r
        self._first = True
        self._done = not pool and r > 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r, indices = self._pool, self._r, self._indices
        if self._first:
            self._first = False
            self._current = [pool[i] for i in indices]
            return tuple(self._current)
        current = self._current
        n = len(pool)
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            self._done = True
            raise StopIteration
        value = indices[i] + 1
        item = pool[value]
        while i < r:
            indices[i] = value
            current[i] = item
            i += 1
        return tuple(current)
