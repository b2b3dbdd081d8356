"""asyncio.run: a fresh loop for one main coroutine, cleaned up after."""

from . import coroutines
from . import events
from . import tasks

__all__ = ('run',)


def run(main, *, debug=None):
    if events._get_running_loop() is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    if not coroutines.iscoroutine(main):
        raise ValueError(f'a coroutine was expected, got {main!r}')
    loop = events.new_event_loop()
    if debug is not None:
        loop.set_debug(debug)
    events.set_event_loop(loop)
    try:
        return loop.run_until_complete(main)
    finally:
        try:
            _cancel_all_tasks(loop)
        finally:
            events.set_event_loop(None)
            loop.close()


def _cancel_all_tasks(loop):
    """Cancel what main left running and let those tasks finish."""
    left = [t for t in tasks._all_tasks if t._loop is loop and not t.done()]
    if not left:
        return
    for task in left:
        task.cancel()
    loop.run_until_complete(tasks.gather(*left, return_exceptions=True))
    for task in left:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })
