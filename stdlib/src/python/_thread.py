"""The low-level threading primitives for a single-threaded Krait.

Krait runs one thread: there is no second thread that could release a lock, so
acquiring a held lock either fails at once (non-blocking, or after its timeout) or
would wait forever, which is reported as a deadlock instead of hanging.
`start_new_thread` cannot start a thread and raises RuntimeError."""

import sys as _sys
from time import monotonic as _monotonic, sleep as _sleep

error = RuntimeError
TIMEOUT_MAX = 9223372036.0
_MAIN_IDENT = 1


def get_ident():
    return _MAIN_IDENT


def get_native_id():
    import os
    return os.getpid()


def _check_timeout(blocking, timeout):
    if not blocking and timeout != -1:
        raise ValueError("can't specify a timeout for a non-blocking call")
    if timeout < 0 and timeout != -1:
        raise ValueError("timeout value must be positive")
    if timeout > TIMEOUT_MAX:
        raise OverflowError("timeout value is too large")


class LockType:
    """A lock: acquire() takes it, release() gives it back."""

    __slots__ = ("_held", "__weakref__")

    def __init__(self):
        self._held = False

    def acquire(self, blocking=True, timeout=-1):
        _check_timeout(blocking, timeout)
        if not self._held:
            self._held = True
            return True
        if not blocking:
            return False
        if timeout == -1:
            # Only this thread could release it: waiting would never end.
            raise RuntimeError("deadlock: acquiring a lock this thread already holds")
        _sleep(timeout)
        return False

    def acquire_lock(self, blocking=True, timeout=-1):
        return self.acquire(blocking, timeout)

    def release(self):
        if not self._held:
            raise RuntimeError("release unlocked lock")
        self._held = False

    release_lock = release

    def locked(self):
        return self._held

    locked_lock = locked

    def _at_fork_reinit(self):
        self._held = False

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        state = "locked" if self._held else "unlocked"
        return f"<{state} _thread.lock object>"


LockType.__name__ = "lock"
LockType.__qualname__ = "lock"


def allocate_lock():
    return LockType()


allocate = allocate_lock


class RLock:
    """A reentrant lock: the owning thread may take it again; each acquire needs a release."""

    def __init__(self):
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        _check_timeout(blocking, timeout)
        self._count += 1
        return True

    __enter__ = acquire

    def release(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1

    def __exit__(self, *exc):
        self.release()

    def _is_owned(self):
        return self._count > 0

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, _MAIN_IDENT)
        self._count = 0
        return state

    def _acquire_restore(self, state):
        self._count = state[0]

    def _at_fork_reinit(self):
        self._count = 0

    def __repr__(self):
        state = "locked" if self._count else "unlocked"
        return (f"<{state} _thread.RLock object owner={_MAIN_IDENT if self._count else 0} "
                f"count={self._count}>")


def start_new_thread(function, args, kwargs=None):
    raise RuntimeError("can't start new thread")


start_new = start_new_thread


def exit():
    raise SystemExit


exit_thread = exit


def interrupt_main(signum=2):
    raise KeyboardInterrupt


def _count():
    return 0


def _set_sentinel():
    return LockType()


_stack_size = 0


def stack_size(size=0):
    global _stack_size
    if size != 0 and size < 32768:
        raise ValueError("size not valid: %d bytes" % size)
    old, _stack_size = _stack_size, size
    return old


class _local:
    """Thread-local data: with one thread, plain instance attributes."""

    __slots__ = ("__dict__", "__weakref__")


class _ExceptHookArgs(tuple):
    """The argument of threading.excepthook: (exc_type, exc_value, exc_traceback, thread)."""

    n_fields = 4
    n_sequence_fields = 4
    n_unnamed_fields = 0

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 4:
            raise TypeError(f"_thread._ExceptHookArgs() takes a 4-sequence ({len(seq)}-sequence given)")
        return tuple.__new__(cls, seq)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])


def _excepthook(args):
    exc_type, exc_value, exc_tb, thread = args
    if exc_type is SystemExit:
        return
    stderr = _sys.stderr
    if stderr is None:
        return
    name = thread.name if thread is not None else get_ident()
    stderr.write(f"Exception in thread {name}:\n")
    import traceback
    for line in traceback.format_exception(exc_type, exc_value, exc_tb):
        stderr.write(line)
    stderr.flush()
