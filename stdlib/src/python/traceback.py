"""Krait's traceback module: extracting, formatting and printing stack traces.

Frame entries with their source line and carets come from the VM (`_traceback.format_frame`,
the same text it prints for an uncaught exception); so does the `Type: message` line.
"""
import sys
import linecache
import _traceback

__all__ = [
    "extract_stack", "extract_tb", "format_exception", "format_exception_only",
    "format_list", "format_stack", "format_tb", "print_exc", "format_exc",
    "print_exception", "print_last", "print_stack", "print_tb", "clear_frames",
    "FrameSummary", "StackSummary", "TracebackException", "walk_stack", "walk_tb",
]

_sentinel = object()
_RECURSIVE_CUTOFF = 3

_cause_message = (
    "\nThe above exception was the direct cause of the following exception:\n\n"
)
_context_message = (
    "\nDuring handling of the above exception, another exception occurred:\n\n"
)


# ---- lists of frame summaries ----

def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


# ---- tracebacks ----

def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    return StackSummary._extract(_walk_tb_with_lasti(tb), limit=limit)


def walk_tb(tb):
    """(frame, line number) for each level of a traceback, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _walk_tb_with_lasti(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno, tb.tb_lasti
        tb = tb.tb_next


def walk_stack(f):
    """(frame, line number) from `f` outwards through its callers."""
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def _walk_stack_with_lasti(f):
    # Frames of a stack (not a traceback) are shown without carets, as CPython does.
    while f is not None:
        yield f, f.f_lineno, None
        f = f.f_back


# ---- exceptions ----

def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(
                f"Exception expected for value, {type(exc).__name__} found"
            )
        return None, None
    return value, tb


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    if value is _sentinel and tb is _sentinel and limit is None:
        # The whole report exactly as the VM prints an uncaught exception.
        if exc is None:
            return ["NoneType: None\n"]
        if isinstance(exc, BaseException):
            return _traceback.format_exception(exc, chain).splitlines(keepends=True)
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


# ---- stacks ----

def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary._extract(_walk_stack_with_lasti(f), limit=limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    """Clears the locals of every frame of a traceback (running ones are left alone)."""
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except RuntimeError:
            pass
        tb = tb.tb_next


class FrameSummary:
    """One level of a stack: file, line number, function name, source line, locals."""

    __slots__ = ("filename", "lineno", "end_lineno", "colno", "end_colno",
                 "name", "_line", "locals", "_code", "_lasti")

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None, end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        self._code = None
        self._lasti = None
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


class StackSummary(list):
    """A list of FrameSummary objects, ready for formatting."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        def with_lasti():
            for f, lineno in frame_gen:
                yield f, lineno, None
        return klass._extract(with_lasti(), limit=limit, lookup_lines=lookup_lines,
                              capture_locals=capture_locals)

    @classmethod
    def _extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        if limit is None:
            limit = getattr(sys, "tracebacklimit", None)
            if limit is not None and limit < 0:
                limit = 0
        frames = list(frame_gen)
        if limit is not None:
            if limit >= 0:
                frames = frames[:limit]
            else:
                frames = frames[limit:] if -limit < len(frames) else frames
        result = klass()
        filenames = set()
        for f, lineno, lasti in frames:
            co = f.f_code
            filenames.add(co.co_filename)
            f_locals = f.f_locals if capture_locals else None
            fs = FrameSummary(co.co_filename, lineno, co.co_name,
                              lookup_line=False, locals=f_locals)
            if lasti is not None:
                fs._code = co
                fs._lasti = lasti
            result.append(fs)
        for filename in filenames:
            linecache.checkcache(filename)
        if lookup_lines:
            for fs in result:
                fs.line
        return result

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        fs = frame_summary
        text = None
        if fs._code is not None and fs._lasti is not None:
            text = _traceback.format_frame(fs._code, fs._lasti)
            if text.count("\n") < 2:
                # The VM does not have this file's source: fall back to linecache.
                text = None
        if text is None:
            text = '  File "{}", line {}, in {}\n'.format(fs.filename, fs.lineno, fs.name)
            if fs.line:
                text += "    {}\n".format(fs.line.strip())
        if fs.locals:
            for name, value in sorted(fs.locals.items()):
                text += "    {name} = {value}\n".format(name=name, value=value)
        return text

    def format(self):
        result = []
        last = None
        count = 0
        for fs in self:
            formatted = self.format_frame_summary(fs)
            if formatted is None:
                continue
            key = (fs.filename, fs.lineno, fs.name)
            if last is None or key != last:
                if count > _RECURSIVE_CUTOFF:
                    count -= _RECURSIVE_CUTOFF
                    result.append(
                        f"  [Previous line repeated {count} more "
                        f"time{'s' if count > 1 else ''}]\n"
                    )
                last = key
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(formatted)
        if count > _RECURSIVE_CUTOFF:
            count -= _RECURSIVE_CUTOFF
            result.append(
                f"  [Previous line repeated {count} more "
                f"time{'s' if count > 1 else ''}]\n"
            )
        return result


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except BaseException:
        return f"<{what} {func.__name__}() failed>"


class TracebackException:
    """An exception ready for rendering: its stack, its text and its chained exceptions."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        is_recursive_call = _seen is not None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self._exc = exc_value
        self._tb = exc_traceback
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary._extract(
            _walk_tb_with_lasti(exc_traceback), limit=limit,
            lookup_lines=lookup_lines, capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, "exception")
        self.__notes__ = getattr(exc_value, "__notes__", None)
        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        if lookup_lines:
            for fs in self.stack:
                fs.line
        self.__suppress_context__ = (
            exc_value.__suppress_context__ if exc_value is not None else False)
        self.__cause__ = None
        self.__context__ = None
        self.exceptions = None
        kw = dict(limit=limit, lookup_lines=lookup_lines,
                  capture_locals=capture_locals, max_group_width=max_group_width,
                  max_group_depth=max_group_depth)
        if exc_value is not None:
            cause = exc_value.__cause__
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(
                    type(cause), cause, cause.__traceback__, _seen=_seen, **kw)
            context = exc_value.__context__
            if (context is not None and id(context) not in _seen
                    and not (compact and self.__cause__ is not None)):
                if not (compact and self.__suppress_context__):
                    self.__context__ = TracebackException(
                        type(context), context, context.__traceback__, _seen=_seen, **kw)
            if isinstance(exc_value, BaseExceptionGroup):
                self.exceptions = [
                    TracebackException(type(e), e, e.__traceback__, _seen=_seen, **kw)
                    for e in exc_value.exceptions
                ]

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    @property
    def exc_type_str(self):
        t = self.exc_type
        if t is None:
            return None
        mod = t.__module__
        if mod not in ("__main__", "builtins"):
            return f"{mod}.{t.__qualname__}"
        return t.__qualname__

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        if self.exc_type is None:
            yield "NoneType: None\n"
            return
        if isinstance(self._exc, BaseException):
            yield from _traceback.format_exception_only(self._exc).splitlines(keepends=True)
            return
        stype = self.exc_type_str
        if not self._str:
            yield f"{stype}\n"
        else:
            yield f"{stype}: {self._str}\n"

    def format(self, *, chain=True):
        output = []
        exc = self
        if chain:
            while exc is not None:
                if exc.__cause__ is not None:
                    msg, nxt = _cause_message, exc.__cause__
                elif exc.__context__ is not None and not exc.__suppress_context__:
                    msg, nxt = _context_message, exc.__context__
                else:
                    msg, nxt = None, None
                output.append((msg, exc))
                exc = nxt
        else:
            output.append((None, exc))
        for msg, exc in reversed(output):
            if msg is not None:
                yield msg
            if exc.exceptions is not None and isinstance(exc._exc, BaseException):
                # Exception groups: the VM draws the boxes.
                yield from _traceback.format_exception(exc._exc, False).splitlines(
                    keepends=True)
                continue
            if exc.stack:
                yield "Traceback (most recent call last):\n"
                yield from exc.stack.format()
            yield from exc.format_exception_only()

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")
