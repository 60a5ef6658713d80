"""The core of the warning machinery: the filter list, warn() and warn_explicit().

Krait's own version of the module CPython implements in C. The `warnings` module (Krait's
bundled one, or CPython's own `warnings.py` when it is found first) imports these names and
adds the API around them. As CPython's core does, this one reads `filters`,
`defaultaction` and `onceregistry` from the `warnings` module once that is imported (a
`catch_warnings` block replaces `warnings.filters`), and shows a warning through
`warnings._showwarnmsg` when it exists, else writes it to `sys.stderr` itself.
"""

import sys
from _krait_warnings import caller as _caller, source_line as _source_line
# Native wrappers around _warn / _warn_explicit below: they raise what those return.
from _krait_warnings import warn, warn_explicit

# The filters of a regular (non-debug) CPython build, most specific first. A module given
# as a plain str is compared exactly; a compiled pattern is matched.
filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
_defaultaction = 'default'
_onceregistry = {}

# Bumped whenever the filters change, so every module's __warningregistry__ (which
# remembers warnings already shown) is forgotten when it was made under other filters.
_version = 1


def _filters_mutated():
    global _version
    _version += 1


def _state(name, own):
    """The `warnings` module's `name` once it is imported, else this module's `own`."""
    module = sys.modules.get('warnings')
    if module is not None:
        value = getattr(module, name, own)
        if value is not None:
            return value
    return own


def _matches(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return bool(pattern.match(text))


def _choose(category, text, module, lineno):
    """The action of the first filter that applies, and that filter."""
    for item in _state('filters', filters):
        if not isinstance(item, tuple) or len(item) != 5:
            raise ValueError("_warnings.filters item %r isn't a 5-tuple" % (item,))
        action, message, cls, mod, line = item
        if (_matches(message, text) and issubclass(category, cls)
                and _matches(mod, module) and (line == 0 or line == lineno)):
            return action, item
    return _state('defaultaction', _defaultaction), None


def _format(message, category, filename, lineno, line=None):
    text = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line is None:
        line = _line_of(filename, lineno)
    if line:
        text += "  %s\n" % line.strip()
    return text


def _line_of(filename, lineno):
    # Pseudo-files (`<string>`, `<stdin>`) have no lines to show, as in CPython.
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return None
    line = _source_line(filename, lineno)
    if line is not None:
        return line
    try:
        with open(filename) as f:
            for number, text in enumerate(f, 1):
                if number == lineno:
                    return text
    except Exception:
        pass
    return None


def _show(message, category, filename, lineno, source):
    module = sys.modules.get('warnings')
    show = getattr(module, '_showwarnmsg', None) if module is not None else None
    make = getattr(module, 'WarningMessage', None) if module is not None else None
    if show is not None and make is not None:
        if not callable(show):
            raise TypeError("warnings._showwarnmsg() must be set to a callable")
        show(make(message, category, filename, lineno, source=source))
        return
    stream = getattr(sys, 'stderr', None)
    if stream is None:
        return
    stream.write(_format(message, category, filename, lineno))


def _warn_explicit(message, category, filename, lineno, module=None, registry=None,
                   module_globals=None, source=None):
    """warn_explicit(): issue a warning attributed to `filename`:`lineno`, filters
    permitting. Returns the exception to raise (an `error` filter's), else None."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _version:
        registry.clear()
        registry['version'] = _version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    action, item = _choose(category, text, module, lineno)
    if action == 'error':
        return message
    if action == 'ignore':
        return
    if action == 'once':
        registry[key] = 1
        once = _state('onceregistry', _onceregistry)
        if once.get((text, category)):
            return
        once[(text, category)] = 1
    elif action == 'module':
        registry[key] = 1
        if registry.get((text, category, 0)):
            return
        registry[(text, category, 0)] = 1
    elif action == 'default':
        registry[key] = 1
    elif action != 'always':
        return RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s"
                            % (action, item))
    _show(message, category, filename, lineno, source)


def _warn(message, category=None, stacklevel=1, source=None):
    """warn(): issue a warning, attributed to the line `stacklevel` calls up from the
    caller. Returns the exception to raise, else None."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        return TypeError("category must be a Warning subclass, not '%s'"
                         % type(category).__name__)
    frame = _caller(stacklevel)
    if frame is None:
        globals = sys.__dict__
        filename = 'sys'
        lineno = 1
    else:
        globals, filename, lineno = frame
    registry = globals.get('__warningregistry__')
    if registry is None:
        registry = {}
        globals['__warningregistry__'] = registry
    module = globals.get('__name__') or '<string>'
    if sys.warnoptions and 'warnings' not in sys.modules:
        # The -W options take effect through the warnings module, as in CPython (which
        # imports it at start-up when there are any).
        import warnings
    return _warn_explicit(message, category, filename, lineno, module, registry, globals,
                          source)
