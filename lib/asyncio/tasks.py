"""Tasks run coroutines on the loop: each step sends into the coroutine
until it yields a future to wait for (or None, after `sleep(0)`). Also the
helpers built on tasks: sleep, gather, wait, wait_for, as_completed, shield."""

import types

from . import coroutines
from . import events
from . import futures
from .exceptions import CancelledError, TimeoutError

__all__ = ('Task', 'create_task', 'ensure_future', 'sleep', 'gather', 'wait', 'wait_for',
           'as_completed', 'shield', 'current_task', 'all_tasks',
           'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED')

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_current_tasks = {}   # loop -> the task running a step now
_all_tasks = []       # every task not yet done (in creation order)
_task_counter = 0


class Task(futures.Future):
    """A coroutine scheduled on the loop, itself a future of its result."""

    def __init__(self, coro, *, loop=None, name=None, context=None):
        global _task_counter
        super().__init__(loop=loop)
        if not coroutines.iscoroutine(coro) and not isinstance(coro, types.GeneratorType):
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        _task_counter += 1
        self._name = f'Task-{_task_counter}' if name is None else str(name)
        self._coro = coro
        self._fut_waiter = None
        self._must_cancel = False
        self._num_cancels_requested = 0
        self._loop.call_soon(self._step)
        _all_tasks.append(self)

    def __repr__(self):
        state = self._state.lower()
        coro = getattr(self._coro, '__qualname__', '?')
        extra = ''
        if self._state == futures._FINISHED:
            if self._exception is not None:
                extra = f' exception={self._exception!r}'
            else:
                extra = f' result={self._result!r}'
        return f"<Task {state} name='{self._name}' coro=<{coro}()>{extra}>"

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_coro(self):
        return self._coro

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def cancel(self, msg=None):
        if self.done():
            return False
        self._num_cancels_requested += 1
        # Cancelling what we wait for wakes us with CancelledError.
        if self._fut_waiter is not None and self._fut_waiter.cancel(msg=msg):
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _finish(self):
        if self in _all_tasks:
            _all_tasks.remove(self)

    def _step(self, exc=None):
        if self.done():
            raise futures.InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        loop = self._loop
        previous = _current_tasks.get(loop)
        _current_tasks[loop] = self
        try:
            if exc is None:
                yielded = self._coro.send(None)
            else:
                yielded = self._coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                self._must_cancel = False
                futures.Future.cancel(self, msg=self._cancel_message)
            else:
                futures.Future.set_result(self, stop.value)
            self._finish()
        except CancelledError as cancelled:
            self._cancelled_exc = cancelled
            futures.Future.cancel(self)
            self._finish()
        except (KeyboardInterrupt, SystemExit) as fatal:
            futures.Future.set_exception(self, fatal)
            self._finish()
            raise
        except BaseException as error:
            futures.Future.set_exception(self, error)
            self._finish()
        else:
            self._after_yield(yielded)
        finally:
            if previous is None:
                _current_tasks.pop(loop, None)
            else:
                _current_tasks[loop] = previous

    def _after_yield(self, yielded):
        blocking = getattr(yielded, '_asyncio_future_blocking', None)
        if blocking is not None:
            if yielded.get_loop() is not self._loop:
                error = RuntimeError(f'Task {self!r} got Future {yielded!r} attached to a different loop')
                self._loop.call_soon(self._step, error)
            elif blocking:
                if yielded is self:
                    self._loop.call_soon(self._step,
                                         RuntimeError(f'Task cannot await on itself: {self!r}'))
                    return
                yielded._asyncio_future_blocking = False
                yielded.add_done_callback(self._wakeup)
                self._fut_waiter = yielded
                if self._must_cancel and yielded.cancel(msg=self._cancel_message):
                    self._must_cancel = False
            else:
                error = RuntimeError(f'yield was used instead of yield from in task {self!r} '
                                     f'with {yielded!r}')
                self._loop.call_soon(self._step, error)
        elif yielded is None:
            self._loop.call_soon(self._step)  # a bare yield: let the others run
        else:
            self._loop.call_soon(self._step, RuntimeError(f'Task got bad yield: {yielded!r}'))

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()


def create_task(coro, *, name=None, context=None):
    return events.get_running_loop().create_task(coro, name=name)


def ensure_future(coro_or_future, *, loop=None):
    if futures.isfuture(coro_or_future):
        return coro_or_future
    if loop is None:
        loop = events.get_event_loop()
    if coroutines.iscoroutine(coro_or_future) or isinstance(coro_or_future, types.GeneratorType):
        return loop.create_task(coro_or_future)
    if hasattr(coro_or_future, '__await__'):
        return loop.create_task(_await_it(coro_or_future))
    raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')


async def _await_it(awaitable):
    return await awaitable


def current_task(loop=None):
    if loop is None:
        loop = events.get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    if loop is None:
        loop = events.get_running_loop()
    return {t for t in _all_tasks if t._loop is loop and not t.done()}


@types.coroutine
def _yield_once():
    yield


async def sleep(delay, result=None):
    """Suspend for `delay` seconds; sleep(0) just lets other tasks run."""
    if delay <= 0:
        await _yield_once()
        return result
    loop = events.get_running_loop()
    future = loop.create_future()
    timer = loop.call_later(delay, futures._set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        timer.cancel()


class _GatheringFuture(futures.Future):
    """gather()'s outer future: cancelling it cancels the children."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        cancelled_any = False
        for child in self._children:
            if child.cancel(msg=msg):
                cancelled_any = True
        if cancelled_any:
            self._cancel_requested = True
        return cancelled_any


def gather(*aws, return_exceptions=False):
    """A future of the results of every awaitable, in argument order."""
    if not aws:
        loop = events.get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer
    loop = None
    children = []
    by_arg = {}
    for arg in aws:
        key = id(arg)
        if key in by_arg:
            fut = by_arg[key][1]
        else:
            fut = ensure_future(arg, loop=loop)
            by_arg[key] = (arg, fut)
        if loop is None:
            loop = fut.get_loop()
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    state = {'done': 0}
    total = len(by_arg)  # each distinct awaitable reports once

    def child_done(fut):
        state['done'] += 1
        if outer.done():
            if not fut.cancelled():
                fut.exception()  # retrieved: nobody else will look
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state['done'] == total:
            results = []
            for child in children:
                if child.cancelled():
                    results.append(child._make_cancelled_error())
                else:
                    exc = child.exception()
                    results.append(child.result() if exc is None else exc)
            if outer._cancel_requested:
                outer.set_exception(CancelledError())
            else:
                outer.set_result(results)

    for arg, fut in by_arg.values():
        fut.add_done_callback(child_done)
    return outer


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut):
    """Cancel `fut` and wait until it has really finished."""
    loop = events.get_running_loop()
    waiter = loop.create_future()
    fut.add_done_callback(lambda f: _release_waiter(waiter))
    try:
        fut.cancel()
        await waiter
    finally:
        pass


async def wait_for(fut, timeout):
    """Await `fut`, cancelling it and raising TimeoutError after `timeout`."""
    loop = events.get_running_loop()
    if timeout is None:
        return await fut
    fut = ensure_future(fut, loop=loop)
    if timeout <= 0:
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    timer = loop.call_later(timeout, _release_waiter, waiter)

    def on_done(f):
        _release_waiter(waiter)

    fut.add_done_callback(on_done)
    try:
        try:
            await waiter
        except CancelledError:
            # We were cancelled ourselves: take the child down with us.
            if fut.done():
                return fut.result()
            fut.remove_done_callback(on_done)
            await _cancel_and_wait(fut)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(on_done)
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timer.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures/tasks in `fs`; returns (done, pending) sets."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    loop = events.get_running_loop()
    fs = set(fs)
    if any(coroutines.iscoroutine(f) for f in fs):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    waiter = loop.create_future()
    timer = None
    if timeout is not None:
        timer = loop.call_later(timeout, _release_waiter, waiter)
    counter = {'left': len(fs)}

    def on_done(f):
        counter['left'] -= 1
        if (counter['left'] <= 0 or return_when == FIRST_COMPLETED or
                (return_when == FIRST_EXCEPTION and not f.cancelled() and
                 f.exception() is not None)):
            if timer is not None:
                timer.cancel()
            _release_waiter(waiter)

    for f in fs:
        f.add_done_callback(on_done)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(on_done)
    done, pending = set(), set()
    for f in fs:
        (done if f.done() else pending).add(f)
    return done, pending


def as_completed(fs, *, timeout=None):
    """Iterate over awaitables yielding each result as soon as it is ready."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
    loop = events.get_event_loop()
    todo = [ensure_future(f, loop=loop) for f in set(fs)]
    finished = []
    waiters = []
    timer = None

    def wake_one():
        while waiters:
            w = waiters.pop(0)
            if not w.done():
                w.set_result(None)
                return

    def on_done(f):
        if f in todo:
            todo.remove(f)
        finished.append(f)
        wake_one()
        if not todo and timer is not None:
            timer.cancel()

    def on_timeout():
        for f in todo:
            f.remove_done_callback(on_done)
        finished.append(None)  # marks the timeout
        todo.clear()
        wake_one()

    for f in todo:
        f.add_done_callback(on_done)
    if todo and timeout is not None:
        timer = loop.call_later(timeout, on_timeout)

    async def next_done():
        if not finished:
            w = loop.create_future()
            waiters.append(w)
            await w
        f = finished.pop(0)
        if f is None:
            raise TimeoutError
        return f.result()

    for _ in range(len(todo)):
        yield next_done()


def shield(arg):
    """A future that follows `arg` but whose cancellation leaves `arg` running."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()

    def inner_done(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        futures._copy_state(inner, outer)

    def outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(inner_done)

    inner.add_done_callback(inner_done)
    outer.add_done_callback(outer_done)
    return outer
