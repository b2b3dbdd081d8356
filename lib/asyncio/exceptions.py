"""asyncio's exception classes (asyncio.TimeoutError is the builtin one in 3.11)."""

__all__ = ('CancelledError', 'InvalidStateError', 'TimeoutError')

TimeoutError = TimeoutError


class CancelledError(BaseException):
    """The task or future was cancelled."""


class InvalidStateError(Exception):
    """The operation is not allowed in the future's current state."""
