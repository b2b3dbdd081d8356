# functools.lru_cache and functools.cache. The cache is an insertion-ordered
# dict used as the LRU list: a hit moves its key to the end, an overflow drops
# the first key. Keys are built the way CPython builds them, so hits agree.

from collections import namedtuple
from functools import _Sentinel

__name__ = 'functools'   # what __module__ of the functions below shows

_CacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'],
                        module='functools')

_KWD_MARK = (_Sentinel(),)   # separates positional from keyword arguments in a key


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += _KWD_MARK
        for item in kwds.items():
            key += item
    if typed:
        key += tuple([type(v) for v in args])
        if kwds:
            key += tuple([type(v) for v in kwds.values()])
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


def lru_cache(maxsize=128, typed=False):
    """Decorator: memoize a function, keeping the maxsize most recent calls."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _decorate(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _decorate(user_function, maxsize, typed)
    return decorating_function


def cache(user_function, /):
    """Simple unbounded cache; same as lru_cache(maxsize=None)."""
    return _decorate(user_function, None, False)


def _decorate(user_function, maxsize, typed):
    from functools import update_wrapper
    wrapper = _make_wrapper(user_function, maxsize, typed)

    def cache_parameters():
        return {'maxsize': maxsize, 'typed': typed}
    wrapper.cache_parameters = cache_parameters
    return update_wrapper(wrapper, user_function)


def _make_wrapper(user_function, maxsize, typed):
    cache = {}
    stats = [0, 0]          # hits, misses
    missing = _Sentinel()
    fast_types = {int, str}

    def make_key(args, kwds, typed):
        # the common cases inline: one int/str argument is its own key
        if not kwds and not typed:
            if len(args) == 1 and type(args[0]) in fast_types:
                return args[0]
            return args
        return _make_key(args, kwds, typed)

    if maxsize == 0:
        def wrapper(*args, **kwds):
            stats[1] += 1
            return user_function(*args, **kwds)

    elif maxsize is None:
        def wrapper(*args, **kwds):
            key = make_key(args, kwds, typed)
            result = cache.get(key, missing)
            if result is not missing:
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result

    else:
        def wrapper(*args, **kwds):
            key = make_key(args, kwds, typed)
            result = cache.pop(key, missing)
            if result is not missing:
                cache[key] = result       # now the most recently used
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            if key in cache:
                # a recursive call already stored this key
                return result
            if len(cache) >= maxsize:
                del cache[next(iter(cache))]
            cache[key] = result
            return result

    def cache_info():
        """Report cache statistics."""
        return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        """Clear the cache and cache statistics."""
        cache.clear()
        stats[0] = stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper
