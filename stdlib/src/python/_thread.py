"""The low-level threading primitives, over Krait's green threads.

Threads are interleaved by the VM (`_krait_thread`): a thread runs until it has used its
switch interval or has to wait. Waiting never blocks the process while another thread can
run: a lock's `acquire` retries in a loop around `_krait_thread.wait(lock, timeout)`, which
lets the other threads run until `release` notifies the lock (or the timeout passes).
The VM switches threads only at backward jumps (and inside `wait`), so the few statements
between two of them run as one step: that is what makes the checks below atomic."""

import sys as _sys
from time import monotonic as _monotonic
import _krait_thread

error = RuntimeError
TIMEOUT_MAX = 9223372036.0

get_ident = _krait_thread.get_ident
get_native_id = _krait_thread.get_native_id
_wait = _krait_thread.wait
_notify = _krait_thread.notify


def _check_timeout(blocking, timeout):
    if not blocking and timeout != -1:
        raise ValueError("can't specify a timeout for a non-blocking call")
    if timeout < 0 and timeout != -1:
        raise ValueError("timeout value must be positive")
    if timeout > TIMEOUT_MAX:
        raise OverflowError("timeout value is too large")


class LockType:
    """A lock: acquire() takes it, waiting while another thread holds it; release() gives
    it back (any thread may)."""

    __slots__ = ("_held", "_waiters", "__weakref__")

    def __init__(self):
        self._held = False
        self._waiters = 0

    def acquire(self, blocking=True, timeout=-1):
        _check_timeout(blocking, timeout)
        if not self._held:
            self._held = True
            return True
        if not blocking:
            return False
        deadline = None if timeout == -1 else _monotonic() + timeout
        self._waiters += 1
        try:
            while self._held:
                if deadline is None:
                    _wait(self, None)
                else:
                    left = deadline - _monotonic()
                    if left <= 0:
                        return False
                    _wait(self, left)
            self._held = True
            return True
        finally:
            self._waiters -= 1

    def acquire_lock(self, blocking=True, timeout=-1):
        return self.acquire(blocking, timeout)

    def release(self):
        if not self._held:
            raise RuntimeError("release unlocked lock")
        self._held = False
        if self._waiters:
            _notify(self)

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
        return f"<{state} _thread.lock object at {id(self):#x}>"


LockType.__name__ = "lock"
LockType.__qualname__ = "lock"


# A class, not a function: like CPython's builtin, it does not bind as a method when
# stored in a class (`locktype = _thread.allocate_lock`).
allocate_lock = LockType
allocate = allocate_lock


class RLock:
    """A reentrant lock: the owning thread may take it again; each acquire needs a release."""

    def __init__(self):
        self._block = LockType()
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            _check_timeout(blocking, timeout)
            self._count += 1
            return True
        if not self._block.acquire(blocking, timeout):
            return False
        self._owner = me
        self._count = 1
        return True

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident() or self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if not self._count:
            self._owner = None
            self._block.release()

    def __exit__(self, *exc):
        self.release()

    def _is_owned(self):
        return self._owner == get_ident() and self._count > 0

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        self._block.release()
        return state

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def _at_fork_reinit(self):
        self._block = LockType()
        self._owner = None
        self._count = 0

    def __repr__(self):
        state = "locked" if self._count else "unlocked"
        owner = self._owner if self._count else 0
        return (f"<{state} {type(self).__module__}.{type(self).__qualname__} object "
                f"owner={owner} count={self._count} at {id(self):#x}>")


RLock.__module__ = "_thread"


def start_new_thread(function, args, kwargs=None):
    if not callable(function):
        raise TypeError("first arg must be callable")
    if not isinstance(args, tuple):
        raise TypeError("2nd arg must be a tuple")
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError("optional 3rd arg must be a dictionary")
    return _krait_thread.start(function, args, kwargs)


start_new = start_new_thread


def exit():
    raise SystemExit


exit_thread = exit


def interrupt_main(signum=2):
    # A signal Python does not handle (ignored, or left to the OS) does nothing.
    import _signal
    handler = _signal.getsignal(signum)
    if handler in (_signal.SIG_IGN, _signal.SIG_DFL, None):
        return
    if signum != 2:
        handler(signum, None)
        return
    _krait_thread.interrupt_main()


def _count():
    return _krait_thread.count()


def daemon_threads_allowed():
    return True


# The locks `_set_sentinel` gave each thread, released when the thread ends.
_sentinels = {}


def _set_sentinel():
    lock = LockType()
    _sentinels.setdefault(get_ident(), []).append(lock)
    return lock


def _thread_done():
    """Called by the VM in a thread that has ended: its `threading.local` data goes, and
    whoever waits for its end (`Thread.join`) is released."""
    me = get_ident()
    for impl in _local_impls.pop(me, ()):
        impl = impl()
        if impl is not None:
            impl.dicts.pop(me, None)
    for lock in _sentinels.pop(me, ()):
        if lock.locked():
            lock.release()


_stack_size = 0


def stack_size(size=0):
    global _stack_size
    if size != 0 and size < 32768:
        raise ValueError("size not valid: %d bytes" % size)
    old, _stack_size = _stack_size, size
    return old


# Per thread, weak references to the `_local` implementations it has data in.
_local_impls = {}


class _LocalImpl:
    __slots__ = ("dicts", "args", "__weakref__")

    def __init__(self, args):
        self.dicts = {}
        self.args = args


def _local_dict(self):
    """The calling thread's attribute dict of the `_local` object `self` (made, and
    `__init__` run with the constructor's arguments, on a thread's first use)."""
    impl = object.__getattribute__(self, "_local__impl")
    me = get_ident()
    d = impl.dicts.get(me)
    if d is None:
        from _weakref import ref
        d = {}
        impl.dicts[me] = d
        _local_impls.setdefault(me, []).append(ref(impl))
        args, kwargs = impl.args
        cls = type(self)
        if cls.__init__ is not object.__init__:
            cls.__init__(self, *args, **kwargs)
    return d


def _data_descriptor(cls, name):
    """Whether the class attribute `name` of `cls` is a data descriptor (which wins over
    the thread's attributes)."""
    for base in cls.__mro__:
        attr = base.__dict__.get(name, _local)
        if attr is not _local:
            kind = type(attr)
            return hasattr(kind, "__set__") or hasattr(kind, "__delete__")
    return False


class _local:
    """Thread-local data: each thread sees its own attributes (kept, per thread, in a dict
    of the object's `_local__impl`)."""

    __slots__ = ("_local__impl", "__weakref__")

    def __new__(cls, /, *args, **kw):
        if (args or kw) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        from _weakref import ref
        impl = _LocalImpl((args, kw))
        object.__setattr__(self, "_local__impl", impl)
        me = get_ident()
        impl.dicts[me] = {}
        _local_impls.setdefault(me, []).append(ref(impl))
        return self

    def __getattribute__(self, name):
        d = _local_dict(self)
        if name == "__dict__":
            return d
        if name in d and not _data_descriptor(type(self), name):
            return d[name]
        try:
            return object.__getattribute__(self, name)
        except AttributeError:
            if type(self) is not _local or name in ("_local__impl",):
                raise
        # CPython names the type with its module.
        raise AttributeError(f"'_thread._local' object has no attribute '{name}'")

    def __setattr__(self, name, value):
        if name == "__dict__":
            raise AttributeError(f"{type(self).__name__!r} object attribute '__dict__' is read-only")
        d = _local_dict(self)
        if _data_descriptor(type(self), name):
            return object.__setattr__(self, name, value)
        d[name] = value

    def __delattr__(self, name):
        if name == "__dict__":
            raise AttributeError(f"{type(self).__name__!r} object attribute '__dict__' is read-only")
        d = _local_dict(self)
        if _data_descriptor(type(self), name):
            return object.__delattr__(self, name)
        try:
            del d[name]
        except KeyError:
            raise AttributeError(name) from None


_local.__module__ = "_thread"


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
        if thread is None:
            return
        stderr = getattr(thread, "_stderr", None)
        if stderr is None:
            return
    name = thread.name if thread is not None else get_ident()
    stderr.write(f"Exception in thread {name}:\n")
    import traceback
    for line in traceback.format_exception(exc_type, exc_value, exc_tb):
        stderr.write(line)
    stderr.flush()
