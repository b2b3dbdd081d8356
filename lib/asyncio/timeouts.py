"""asyncio.timeout / timeout_at (3.11): a context manager that cancels the
current task at a deadline and turns that cancellation into TimeoutError."""

from . import events
from . import tasks
from .exceptions import CancelledError

__all__ = ('Timeout', 'timeout', 'timeout_at')

_CREATED, _ENTERED, _EXPIRING, _EXPIRED, _EXITED = range(5)


class Timeout:
    def __init__(self, when):
        self._when = when
        self._state = _CREATED
        self._handle = None
        self._task = None
        self._cancelling = 0

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state != _ENTERED:
            raise RuntimeError('Timeout has not been entered' if self._state == _CREATED
                               else 'Cannot reschedule after exit')
        self._when = when
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if when is not None:
            loop = events.get_running_loop()
            if when <= loop.time():
                self._handle = loop.call_soon(self._expire)
            else:
                self._handle = loop.call_at(when, self._expire)

    def expired(self):
        return self._state in (_EXPIRING, _EXPIRED)

    def __repr__(self):
        names = ('created', 'active', 'expiring', 'expired', 'finished')
        when = f' when={self._when}' if self._state == _ENTERED else ''
        return f'<Timeout [{names[self._state]}]{when}>'

    async def __aenter__(self):
        task = tasks.current_task()
        if task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self._state = _ENTERED
        self._task = task
        self._cancelling = task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if self._state == _EXPIRING:
            self._state = _EXPIRED
            # Only our own cancellation becomes a timeout.
            if self._task.uncancel() <= self._cancelling and exc_type is CancelledError:
                raise TimeoutError from exc_val
        elif self._state == _ENTERED:
            self._state = _EXITED
        return None

    def _expire(self):
        self._task.cancel()
        self._state = _EXPIRING
        self._handle = None


def timeout(delay):
    """Cancel the block after `delay` seconds (None: never)."""
    loop = events.get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    """Cancel the block at loop time `when` (None: never)."""
    return Timeout(when)
