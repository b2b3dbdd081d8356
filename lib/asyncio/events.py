"""The event loop: a ready queue of callbacks run in FIFO order, and timers
kept in a heap ordered by (deadline, insertion number). Single-threaded;
with nothing ready the loop sleeps until the earliest timer."""

import heapq
import time

__all__ = ('Handle', 'TimerHandle', 'EventLoop', 'get_event_loop', 'new_event_loop',
           'set_event_loop', 'get_running_loop', 'AbstractEventLoop')


class Handle:
    """A callback scheduled on the loop; cancel() drops it."""

    __slots__ = ('_callback', '_args', '_cancelled', '_loop')

    def __init__(self, callback, args, loop):
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._loop = loop

    def cancel(self):
        self._cancelled = True
        self._callback = None
        self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': f'Exception in callback {self._callback!r}',
                'exception': exc,
                'handle': self,
            })

    def __repr__(self):
        state = ' cancelled' if self._cancelled else ''
        return f'<{type(self).__name__}{state} {self._callback!r}>'


class TimerHandle(Handle):
    """A callback due at loop time `when`."""

    __slots__ = ('_when', '_scheduled')

    def __init__(self, when, callback, args, loop):
        super().__init__(callback, args, loop)
        self._when = when
        self._scheduled = False

    def when(self):
        return self._when

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_cancelled(self)
        super().cancel()


class AbstractEventLoop:
    """Base class, for isinstance checks."""


_running_loop = None
_event_loop = None


class EventLoop(AbstractEventLoop):

    def __init__(self):
        self._ready = []          # handles to run, FIFO
        self._ready_head = 0      # index of the next one in _ready
        self._scheduled = []      # heap of (when, seq, TimerHandle)
        self._timer_seq = 0
        self._stopping = False
        self._closed = False
        self._running = False
        self._exception_handler = None
        self._debug = False
        self._clock_resolution = time.get_clock_info('monotonic').resolution \
            if hasattr(time, 'get_clock_info') else 1e-09
        self._asyncgens = []

    # ---- time and scheduling

    def time(self):
        return time.monotonic()

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        handle = Handle(callback, args, self)
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        return self.call_soon(callback, *args)

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        self._check_closed()
        timer = TimerHandle(when, callback, args, self)
        self._timer_seq += 1
        heapq.heappush(self._scheduled, (when, self._timer_seq, timer))
        timer._scheduled = True
        return timer

    def _timer_cancelled(self, handle):
        pass  # cancelled timers are dropped when they reach the top of the heap

    # ---- futures and tasks

    def create_future(self):
        from .futures import Future
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        from .tasks import Task
        self._check_closed()
        return Task(coro, loop=self, name=name)

    # ---- running

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def run_forever(self):
        global _running_loop
        self._check_closed()
        if self._running:
            raise RuntimeError('This event loop is already running')
        if _running_loop is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        self._running = True
        _running_loop = self
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _running_loop = None

    def run_until_complete(self, future):
        from .tasks import ensure_future
        self._check_closed()
        new_task = not _is_future(future)
        future = ensure_future(future, loop=self)
        future.add_done_callback(_stop_loop_when_done)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()  # the error is reported once, here
            raise
        finally:
            future.remove_done_callback(_stop_loop_when_done)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        self._stopping = True

    def close(self):
        if self._running:
            raise RuntimeError('Cannot close a running event loop')
        self._closed = True
        self._ready = []
        self._ready_head = 0
        self._scheduled = []

    async def shutdown_asyncgens(self):
        pass

    async def shutdown_default_executor(self):
        pass

    def _run_once(self):
        # Timers due by now join the ready queue, in deadline order.
        scheduled = self._scheduled
        while scheduled and scheduled[0][2]._cancelled:
            heapq.heappop(scheduled)
        if self._ready_head < len(self._ready) or self._stopping:
            timeout = 0
        elif scheduled:
            timeout = scheduled[0][0] - self.time()
            if timeout < 0:
                timeout = 0
        else:
            raise RuntimeError('Event loop has nothing to run: every task waits forever')
        if timeout > 0:
            time.sleep(timeout)
        end_time = self.time() + self._clock_resolution
        while scheduled:
            when, _, handle = scheduled[0]
            if handle._cancelled:
                heapq.heappop(scheduled)
                continue
            if when >= end_time:
                break
            heapq.heappop(scheduled)
            handle._scheduled = False
            self._ready.append(handle)
        # Run what is ready now; callbacks they schedule wait for the next round.
        ready = self._ready
        stop_at = len(ready)
        while self._ready_head < stop_at:
            handle = ready[self._ready_head]
            ready[self._ready_head] = None
            self._ready_head += 1
            if not handle._cancelled:
                handle._run()
        if self._ready_head >= len(self._ready):
            self._ready = []
            self._ready_head = 0
        elif self._ready_head > 1024:
            del self._ready[:self._ready_head]
            self._ready_head = 0

    # ---- errors nobody awaited

    def set_exception_handler(self, handler):
        self._exception_handler = handler

    def get_exception_handler(self):
        return self._exception_handler

    def default_exception_handler(self, context):
        import sys
        message = context.get('message') or 'Unhandled exception in event loop'
        print(message, file=sys.stderr)
        exc = context.get('exception')
        if exc is not None:
            import traceback
            traceback.print_exception(type(exc), exc, exc.__traceback__, file=sys.stderr)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            self.default_exception_handler(context)
        else:
            self._exception_handler(self, context)


def _is_future(obj):
    return getattr(obj, '_asyncio_future_blocking', None) is not None


def _stop_loop_when_done(fut):
    fut.get_loop().stop()


def get_running_loop():
    """The loop running the current task (RuntimeError when none runs)."""
    if _running_loop is None:
        raise RuntimeError('no running event loop')
    return _running_loop


def _get_running_loop():
    return _running_loop


def get_event_loop():
    """The running loop, else the thread's default loop (created on demand)."""
    global _event_loop
    if _running_loop is not None:
        return _running_loop
    if _event_loop is None or _event_loop.is_closed():
        _event_loop = EventLoop()
    return _event_loop


def set_event_loop(loop):
    global _event_loop
    _event_loop = loop


def new_event_loop():
    return EventLoop()
