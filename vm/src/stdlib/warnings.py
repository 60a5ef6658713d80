"""Warning control: Krait's bundled `warnings`, written on top of the bundled `_warnings`.

The filters, `warn` and `warn_explicit` are `_warnings`'; this module adds the API to change
the filters (`filterwarnings`, `simplefilter`, `resetwarnings`, `catch_warnings`), to show
and format warnings (`showwarning`, `formatwarning`, both replaceable), and reads the -W
options (`sys.warnoptions`) when first imported.
"""

import sys

from _warnings import (filters, _defaultaction, _onceregistry, warn, warn_explicit,
                       _filters_mutated)

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

defaultaction = _defaultaction
onceregistry = _onceregistry
_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


class _Pattern:
    """A stand-in for a compiled regular expression while Krait has no `re`: literal text
    with `\\` escapes, `.` for any character, `.*` for any run, and `\\Z` for the end.
    Matching is anchored at the start, as `re.match`."""

    def __init__(self, pattern, flags=0):
        self.pattern = pattern
        self.flags = flags

    def __eq__(self, other):
        return (isinstance(other, _Pattern) and self.pattern == other.pattern
                and self.flags == other.flags)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __repr__(self):
        if self.flags:
            return "re.compile(%r, re.IGNORECASE)" % (self.pattern,)
        return "re.compile(%r)" % (self.pattern,)

    def _tokens(self):
        tokens = []
        text = self.pattern
        i = 0
        while i < len(text):
            c = text[i]
            if c == '\\' and i + 1 < len(text):
                nxt = text[i + 1]
                tokens.append(('end', None) if nxt == 'Z' else ('char', nxt))
                i += 2
            elif c == '.' and text[i + 1:i + 2] == '*':
                tokens.append(('any*', None))
                i += 2
            elif c == '.':
                tokens.append(('any', None))
                i += 1
            else:
                tokens.append(('char', c))
                i += 1
        return tokens

    def match(self, text):
        fold = bool(self.flags)
        if fold:
            text = text.lower()

        def walk(tokens, at):
            for index, (kind, c) in enumerate(tokens):
                if kind == 'end':
                    return at == len(text)
                if kind == 'any*':
                    rest = tokens[index + 1:]
                    return any(walk(rest, start) for start in range(at, len(text) + 1))
                if at >= len(text):
                    return False
                if kind == 'char' and (c.lower() if fold else c) != text[at]:
                    return False
                at += 1
            return True

        return walk(self._tokens(), 0)


def _compile(pattern, ignore_case):
    try:
        import re
    except ImportError:
        return _Pattern(pattern, 2 if ignore_case else 0)
    return re.compile(pattern, re.I if ignore_case else 0)


def _escape(text):
    try:
        import re
    except ImportError:
        return ''.join('\\' + c if not (c.isalnum() or c == '_') else c for c in text)
    return re.escape(text)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Insert an entry into the list of warnings filters (at the front, or the end with
    `append`); `message` and `module` are regular expressions (the message's is matched
    ignoring case, from its start)."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    message = _compile(message, True) if message else None
    module = _compile(module, False) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a filter that matches every message and module."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def resetwarnings():
    """Clear the list of warning filters, so that no filter applies."""
    filters[:] = []
    _filters_mutated()


class WarningMessage(object):
    """What one warning was: the fields `showwarning` receives."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line",
                        "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None,
                 source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name, self.filename,
                                self.lineno, self.line))


def _formatwarnmsg_impl(msg):
    import _warnings
    return _warnings._format(msg.message, msg.category, msg.filename, msg.lineno, msg.line)


def formatwarning(message, category, filename, lineno, line=None):
    """The text a warning is shown as: `FILE:LINE: Category: message` and the line."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno, None,
                                              line))


def _formatwarnmsg(msg):
    if formatwarning is not _formatwarning_orig:
        return formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to `file` (default: sys.stderr)."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


def _showwarnmsg(msg):
    if showwarning is not _showwarning_orig:
        if not callable(showwarning):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


class catch_warnings(object):
    """A context manager that saves the filters and the showwarning function on entry and
    restores them on exit; with `record=True` it returns a list that collects every
    warning shown (as WarningMessage objects) instead of writing them."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        module = self._module
        self._filters = module.filters
        module.filters = self._filters[:]
        module._filters_mutated()
        self._showwarning = module.showwarning
        self._showwarnmsg_impl = module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            module._showwarnmsg_impl = log.append
            module.showwarning = module._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        module = self._module
        module.filters = self._filters
        module._filters_mutated()
        module.showwarning = self._showwarning
        module._showwarnmsg_impl = self._showwarnmsg_impl


class _OptionError(Exception):
    """A -W option that cannot be used."""


def _deprecated(name, message="{name!r} is deprecated and slated for removal in Python {remove}",
                *, remove, _version=sys.version_info):
    """Warns that module `name` goes away in version `remove` (a (major, minor) pair); once
    that version is reached (past its alphas) using it is an error instead."""
    where = "%d.%d" % (remove[0], remove[1])
    current = tuple(_version[:2])
    if current > tuple(remove) or (current == tuple(remove) and _version[3] != "alpha"):
        raise RuntimeError("%r was slated for removal after Python %s alpha" % (name, where))
    warn(message.format(name=name, remove=where), DeprecationWarning, stacklevel=3)


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as msg:
            print("Invalid -W option ignored:", msg, file=sys.stderr)


def _setoption(arg):
    parts = arg.split(':')
    if len(parts) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    while len(parts) < 5:
        parts.append('')
    action, message, category, module, lineno = [s.strip() for s in parts]
    action = _getaction(action)
    category = _getcategory(category)
    if message:
        message = _escape(message)
    if module:
        module = _escape(module) + r'\Z'
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError("invalid lineno %r" % (lineno,)) from None
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


def _getaction(action):
    if not action:
        return "default"
    if action == "all":
        return "always"
    for name in ("default", "always", "ignore", "module", "once", "error"):
        if name.startswith(action):
            return name
    raise _OptionError("invalid action: %r" % (action,))


def _getcategory(category):
    if not category:
        return Warning
    if '.' not in category:
        import builtins
        cat = getattr(builtins, category, None)
        if cat is None:
            raise _OptionError("unknown warning category: %r" % (category,))
    else:
        module_name, _, klass = category.rpartition('.')
        try:
            module = __import__(module_name, None, None, [klass])
        except ImportError:
            raise _OptionError("invalid module name: %r" % (module_name,)) from None
        try:
            cat = getattr(module, klass)
        except AttributeError:
            raise _OptionError("unknown warning category: %r" % (category,)) from None
    if not (isinstance(cat, type) and issubclass(cat, Warning)):
        raise _OptionError("invalid warning category: %r" % (category,))
    return cat


def _warn_unawaited_coroutine(coro):
    """The RuntimeWarning for a coroutine collected before anything awaited it (the
    interpreter calls this from the coroutine's finalizer)."""
    msg = f"coroutine '{coro.__qualname__}' was never awaited"
    if coro.cr_origin is not None:
        import linecache
        parts = [msg, "\nCoroutine created at (most recent call last)\n"]
        for filename, lineno, funcname in reversed(coro.cr_origin):
            parts.append(f'  File "{filename}", line {lineno}, in {funcname}\n')
            line = linecache.getline(filename, lineno).strip()
            if line:
                parts.append(f"    {line}\n")
        msg = "".join(parts).rstrip("\n")
    warn(msg, category=RuntimeWarning, stacklevel=2, source=coro)


_processoptions(sys.warnoptions)
