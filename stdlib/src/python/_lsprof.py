"""Deterministic profiling (the module under `cProfile`): `Profiler` counts the calls of
each function and the time spent in it and in what it calls, per caller, over the VM's
profile hook (`sys.setprofile`).

What differs from CPython's: the hook reports Python functions only (Krait emits no
`c_call` events), so builtins get no entries; `enable()` takes over `sys.setprofile`
(a profile function set before is replaced, as in CPython); the profiler's own methods
are left out. Times are in seconds from `time.perf_counter`, or the `timer` given
(multiplied by `timeunit` when that is not 0)."""

import sys as _sys
import time as _time


class _StructSeq(tuple):
    # A struct sequence: a tuple whose items are also named fields.
    _fields = ()
    n_fields = n_sequence_fields = 0
    n_unnamed_fields = 0

    def __new__(cls, values):
        values = tuple(values)
        if len(values) != len(cls._fields):
            raise TypeError(f"{cls.__module__}.{cls.__name__}() takes a "
                            f"{len(cls._fields)}-sequence ({len(values)}-sequence given)")
        return tuple.__new__(cls, values)

    def __repr__(self):
        inner = ", ".join(f"{n}={v!r}" for n, v in zip(self._fields, self))
        return f"{self.__module__}.{type(self).__name__}({inner})"

    def __reduce__(self):
        return type(self), (tuple(self),)


def _field(i):
    return property(lambda self: tuple.__getitem__(self, i))


class profiler_entry(_StructSeq):
    _fields = ("code", "callcount", "reccallcount", "totaltime", "inlinetime", "calls")
    n_fields = n_sequence_fields = 6


class profiler_subentry(_StructSeq):
    _fields = ("code", "callcount", "reccallcount", "totaltime", "inlinetime")
    n_fields = n_sequence_fields = 5


for _cls in (profiler_entry, profiler_subentry):
    for _i, _name in enumerate(_cls._fields):
        setattr(_cls, _name, _field(_i))
    _cls.__module__ = "_lsprof"
del _cls, _i, _name


class _Stat:
    # Counters of one function, or of one caller-callee pair.
    __slots__ = ("code", "calls", "reccalls", "total", "inline", "level", "subs")

    def __init__(self, code):
        self.code = code
        self.calls = self.reccalls = 0
        self.total = self.inline = 0.0
        self.level = 0
        self.subs = None


class Profiler:
    """Profiler(timer=None, timeunit=None, subcalls=True, builtins=True)

    Builds a profiler object using the specified timer function.
    The default timer is a fast built-in one based on real time.
    For custom timer functions returning integers, timeunit can
    be a float specifying a scale (i.e. how long each integer unit
    is, in seconds).
"""

    def __init__(self, *args, **kwargs):
        if len(args) + len(kwargs) > 4:
            raise TypeError(f"Profiler() takes at most 4 arguments "
                            f"({len(args) + len(kwargs)} given)")
        self._setup(*args, **kwargs)

    def _setup(self, timer=None, timeunit=0.0, subcalls=True, builtins=True):
        self._timer = timer
        self._unit = float(timeunit)
        self._subcalls = bool(subcalls)
        self._builtins = bool(builtins)
        self._stats = {}
        # The running calls: [frame, stat, start, time in subcalls].
        self._stack = []
        self._enabled = False

    def _now(self):
        if self._timer is None:
            return _time.perf_counter()
        t = self._timer()
        return t * self._unit if self._unit else float(t)

    def __call__(self, frame, event, arg):
        # The profile function: the profiler itself, so that `sys.getprofile()` is it.
        if event == "call":
            code = frame.f_code
            if code.co_filename == __file__:
                return
            stat = self._stats.get(code)
            if stat is None:
                stat = self._stats[code] = _Stat(code)
            stat.level += 1
            if self._subcalls and self._stack:
                caller = self._stack[-1][1]
                if caller.subs is None:
                    caller.subs = {}
                sub = caller.subs.get(code)
                if sub is None:
                    sub = caller.subs[code] = _Stat(code)
                sub.level += 1
            self._stack.append([frame, stat, self._now(), 0.0])
        elif event == "return":
            if not self._stack or self._stack[-1][0] is not frame:
                # A frame that was running when profiling began, or the profiler's own.
                if any(item[0] is frame for item in self._stack):
                    while self._stack[-1][0] is not frame:
                        self._stop(self._now())
                else:
                    return
            self._stop(self._now())

    def _stop(self, now):
        frame, stat, start, subt = self._stack.pop()
        elapsed = now - start
        inline = elapsed - subt
        caller = self._stack[-1] if self._stack else None
        if caller is not None:
            caller[3] += elapsed
        for s in (stat, caller[1].subs.get(stat.code) if caller and self._subcalls else None):
            if s is None:
                continue
            s.level -= 1
            if s.level == 0:
                s.total += elapsed
            else:
                s.reccalls += 1
            s.inline += inline
            s.calls += 1

    def enable(self, subcalls=None, builtins=None):
        """enable(subcalls=True, builtins=True)

Start collecting profiling information.
If 'subcalls' is True, also records for each function
statistics separated according to its current caller.
If 'builtins' is True, records the time spent in
built-in functions separately from their caller.
"""
        if subcalls is not None:
            self._subcalls = bool(subcalls)
        if builtins is not None:
            self._builtins = bool(builtins)
        self._enabled = True
        _sys.setprofile(self)

    def disable(self):
        """disable()

Stop collecting profiling information.
"""
        if self._enabled:
            _sys.setprofile(None)
            self._enabled = False
        now = self._now()
        while self._stack:
            self._stop(now)

    def clear(self):
        """clear()

Clear all profiling information collected so far.
"""
        self._stats = {}
        self._stack = []

    def getstats(self):
        """list_of_profiler_entry = getstats()

Return all information collected by the profiler.
Each profiler_entry is a tuple-like object with the
following attributes:

    code          code object
    callcount     how many times this was called
    reccallcount  how many times called recursively
    totaltime     total time in this entry
    inlinetime    inline time in this entry (not in subcalls)
    calls         details of the calls

The calls attribute is either None or a list of
profiler_subentry objects:

    code          called code object
    callcount     how many times this is called
    reccallcount  how many times this is called recursively
    totaltime     total time spent in this call
    inlinetime    inline time (not in further subcalls)
"""
        out = []
        for stat in self._stats.values():
            if stat.calls == 0:
                continue
            calls = None
            if stat.subs is not None:
                calls = [profiler_subentry((s.code, s.calls, s.reccalls, s.total, s.inline))
                         for s in stat.subs.values() if s.calls]
            out.append(profiler_entry((stat.code, stat.calls, stat.reccalls, stat.total,
                                       stat.inline, calls)))
        return out


Profiler.__module__ = "_lsprof"
