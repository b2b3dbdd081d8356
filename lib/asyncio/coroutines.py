"""Telling coroutines and coroutine functions apart from other objects."""

import _types

__all__ = ('iscoroutine', 'iscoroutinefunction')


async def _probe():
    pass


_p = _probe()
_CoroutineType = type(_p)
_p.close()
del _p


def iscoroutine(obj):
    """True for coroutine objects (what calling an `async def` returns)."""
    return type(obj) is _CoroutineType


def iscoroutinefunction(func):
    """True for `async def` functions (also behind bound methods)."""
    func = getattr(func, '__func__', func)
    return _types.is_coroutine_function(func)
