"""asyncio for Tauraro: a single-threaded event loop running coroutines as
tasks, with futures, timers, queues and locks. Scheduling follows CPython's:
callbacks run in FIFO order, tasks start in creation order, and timers fire
in deadline order (ties in the order they were set)."""

from .exceptions import CancelledError, InvalidStateError, TimeoutError
from .coroutines import iscoroutine, iscoroutinefunction
from .events import (AbstractEventLoop, EventLoop, Handle, TimerHandle, get_event_loop,
                     get_running_loop, new_event_loop, set_event_loop, _get_running_loop)
from .futures import Future, isfuture, wrap_future
from .tasks import (ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, Task, all_tasks,
                    as_completed, create_task, current_task, ensure_future, gather, shield,
                    sleep, wait, wait_for)
from .locks import BoundedSemaphore, Condition, Event, Lock, Semaphore
from .queues import LifoQueue, PriorityQueue, Queue, QueueEmpty, QueueFull
from .runners import run
from .timeouts import Timeout, timeout, timeout_at
from .taskgroups import TaskGroup

BaseEventLoop = EventLoop
SelectorEventLoop = EventLoop
