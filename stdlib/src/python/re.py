"""Regular expressions, as CPython 3.11's `re`.

The engine is native (the `_re` module: parser, compiler and backtracking matcher written
in Rust); this module gives it CPython's API: `Pattern`, `Match`, `RegexFlag`, `error`,
the compiled-pattern cache, replacement templates, `split`, `findall` and `finditer`.
"""

import _re

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

_MAXSIZE = 9223372036854775807

# Flag names in the order CPython's repr lists them.
_FLAG_NAMES = (
    ("TEMPLATE", 1), ("IGNORECASE", 2), ("LOCALE", 4), ("MULTILINE", 8),
    ("DOTALL", 16), ("UNICODE", 32), ("VERBOSE", 64), ("DEBUG", 128), ("ASCII", 256),
)
_REPR_ORDER = ("ASCII", "IGNORECASE", "LOCALE", "UNICODE", "MULTILINE", "DOTALL",
               "VERBOSE", "TEMPLATE", "DEBUG")
_FLAG_VALUES = dict(_FLAG_NAMES)
_ALL_FLAGS = 511


class RegexFlag(int):
    """The `re` flags: ints whose repr names them."""

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    @property
    def name(self):
        v = int(self)
        if v == 0:
            return "NOFLAG"
        names = [n for n, f in _FLAG_NAMES if v & f]
        if not names or sum(_FLAG_VALUES[n] for n in names) != v:
            return None
        return "|".join(sorted(names, key=_REPR_ORDER.index))

    @property
    def value(self):
        return int(self)

    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        if v < 0:
            return "re.RegexFlag(%d)" % v
        names = [n for n in _REPR_ORDER if v & _FLAG_VALUES[n]]
        rest = v & ~_ALL_FLAGS
        if not names:
            return "re.RegexFlag(%d)" % v
        parts = ["re." + n for n in names]
        if rest:
            parts.append(hex(rest))
        return "|".join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        if spec:
            return int.__format__(int(self), spec)
        return repr(self)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & _ALL_FLAGS)

    def __reduce__(self):
        return (RegexFlag, (int(self),))

    def __iter__(self):
        v = int(self)
        for n in _REPR_ORDER:
            if v & _FLAG_VALUES[n]:
                yield RegexFlag(_FLAG_VALUES[n])

    def __contains__(self, other):
        return int(other) & int(self) == int(other)


RegexFlag.__module__ = "re"

NOFLAG = RegexFlag(0)
TEMPLATE = T = RegexFlag(1)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
UNICODE = U = RegexFlag(32)
VERBOSE = X = RegexFlag(64)
DEBUG = RegexFlag(128)
ASCII = A = RegexFlag(256)
for _n, _f in _FLAG_NAMES:
    setattr(RegexFlag, _n, globals()[_n])
RegexFlag.NOFLAG = NOFLAG
del _n, _f


class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes: msg, pattern, pos, lineno, colno.
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            if isinstance(pattern, str):
                newline = "\n"
            else:
                newline = b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = "re"
PatternError = error


def _is_index(g):
    try:
        g.__index__
    except AttributeError:
        return False
    return True


class Pattern:
    """A compiled regular expression."""

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 're.Pattern' is not an acceptable base type")

    @property
    def pattern(self):
        return self._pattern

    @property
    def flags(self):
        return self._flags

    @property
    def groups(self):
        return self._groups

    @property
    def groupindex(self):
        return _MappingProxy(self._groupindex)

    def __repr__(self):
        flags = self._flags
        if isinstance(self._pattern, str):
            flags &= ~32
        text = repr(self._pattern)
        if len(text) > 200:
            text = text[:200]
        if not flags:
            return "re.compile(%s)" % text
        return "re.compile(%s, %r)" % (text, RegexFlag(flags))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self._flags == other._flags and type(self._pattern) is type(other._pattern)
                and self._pattern == other._pattern)

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __hash__(self):
        return hash((self._pattern, self._flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (_compile, (self._pattern, self._flags))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def _found(self, string, pos, endpos, found):
        if found is None:
            return None
        pos, endpos = self._bounds(string, pos, endpos)
        return _new_match(self, string, pos, endpos, found)

    def _bounds(self, string, pos, endpos):
        n = len(string) if isinstance(string, (str, bytes, bytearray)) else None
        if n is None:
            try:
                n = len(memoryview(string).cast("B"))
            except TypeError:
                n = 0
        pos = min(max(pos, 0), n)
        endpos = min(max(endpos, 0), n)
        return pos, endpos

    def match(self, string, pos=0, endpos=_MAXSIZE):
        """Matches at the start of the string (or at pos)."""
        return self._found(string, pos, endpos, _re.match(self._prog, string, pos, endpos, 0))

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        """Matches the whole string (or pos..endpos)."""
        return self._found(string, pos, endpos, _re.match(self._prog, string, pos, endpos, 1))

    def search(self, string, pos=0, endpos=_MAXSIZE):
        """Finds the first match anywhere."""
        return self._found(string, pos, endpos, _re.match(self._prog, string, pos, endpos, 2))

    def _scan(self, string, pos, endpos, limit):
        return _re.scan(self._prog, string, pos, endpos, limit)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        """An iterator over the matches."""
        p, e = self._bounds(string, pos, endpos)
        return iter([_new_match(self, string, p, e, f)
                     for f in self._scan(string, pos, endpos, 0)])

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        """A list of all matches: the whole match, the one group, or a tuple of groups."""
        out = []
        groups = self._groups
        for f in self._scan(string, pos, endpos, 0):
            if groups == 0:
                out.append(_slice(string, f[1], f[2]))
            elif groups == 1:
                out.append(_slice(string, f[3], f[4]) if f[3] >= 0 else string[:0] if isinstance(string, str) else b"")
            else:
                empty = "" if isinstance(string, str) else b""
                out.append(tuple(_slice(string, f[2 * g + 1], f[2 * g + 2]) if f[2 * g + 1] >= 0 else empty
                                 for g in range(1, groups + 1)))
        return out

    def split(self, string, maxsplit=0):
        """Splits the string at the matches, groups included."""
        if maxsplit < 0:
            return [string[:] if isinstance(string, str) else _slice(string, 0, len(string))]
        out = []
        last = 0
        groups = self._groups
        for f in self._scan(string, 0, _MAXSIZE, maxsplit):
            out.append(_slice(string, last, f[1]))
            for g in range(1, groups + 1):
                s = f[2 * g + 1]
                out.append(_slice(string, s, f[2 * g + 2]) if s >= 0 else None)
            last = f[2]
        out.append(_slice(string, last, len(string)))
        return out

    def sub(self, repl, string, count=0):
        """The string with matches replaced by repl."""
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        """(new string, number of substitutions)."""
        return self._subx(repl, string, count)

    def _subx(self, repl, string, count):
        isstr = isinstance(self._pattern, str)
        if callable(repl):
            template = None
        else:
            if not isinstance(repl, (str, bytes, bytearray, memoryview)):
                raise TypeError("decoding to str: need a bytes-like object, %s found"
                                % type(repl).__name__)
            template = _compile_template(self, repl)
        found = self._scan(string, 0, _MAXSIZE, count)
        # Pieces are gathered as CPython gathers them (empty slices left out), so a bad
        # replacement fails in join with the same item number.
        out = []
        last = 0
        n = len(string) if not isinstance(string, memoryview) else len(string.cast("B"))
        for f in found:
            if last < f[1]:
                out.append(_slice(string, last, f[1]))
            if template is None:
                r = repl(_new_match(self, string, 0, n, f))
                if r is not None:
                    out.append(r)
            elif len(template) == 1 and not isinstance(template[0], int):
                out.append(template[0])
            else:
                out.append(_expand_template(string, f, template, isstr))
            last = f[2]
        if last < n:
            out.append(_slice(string, last, n))
        if isstr:
            return "".join(out), len(found)
        return b"".join(out), len(found)

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        """An object whose match() and search() step through the matches."""
        return _Scanner(self, string, pos, endpos)


Pattern.__module__ = "re"


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._pos, self._end = pattern._bounds(string, pos, endpos)
        self._must_advance = False
        self._done = False

    def _step(self, mode):
        if self._done or self._pos > self._end:
            return None
        p = self.pattern
        f = _re.match(p._prog, self._string, self._pos, self._end, mode)
        if f is not None and self._must_advance and f[1] == f[2] == self._pos:
            # An empty match right after an empty one: look one further.
            f = None
            if mode == 2:
                found = _re.scan(p._prog, self._string, self._pos, self._end, 0)
                for g in found:
                    if not (g[1] == g[2] == self._pos):
                        f = g
                        break
        if f is None:
            self._done = True
            return None
        self._must_advance = f[1] == f[2]
        self._pos = f[2]
        return _new_match(p, self._string, 0, self._end, f)

    def match(self):
        return self._step(0)

    def search(self):
        return self._step(2)


class _MappingProxy:
    """A read-only view of a pattern's group names."""

    def __init__(self, d):
        self._d = d

    def __getitem__(self, k):
        return self._d[k]

    def __len__(self):
        return len(self._d)

    def __iter__(self):
        return iter(self._d)

    def __contains__(self, k):
        return k in self._d

    def get(self, k, default=None):
        return self._d.get(k, default)

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def copy(self):
        return dict(self._d)

    def __eq__(self, other):
        if isinstance(other, _MappingProxy):
            other = other._d
        return self._d == other

    def __repr__(self):
        return "mappingproxy(%r)" % (self._d,)


def _slice(string, s, e):
    if type(string) is str or type(string) is bytes:
        return string[s:e]
    if isinstance(string, str):
        return str(string[s:e])
    if isinstance(string, memoryview):
        return bytes(string.cast("B")[s:e])
    return bytes(string[s:e])


def _new_match(pattern, string, pos, endpos, found):
    m = object.__new__(Match)
    m._pattern = pattern
    m._string = string
    m._pos = pos
    m._endpos = endpos
    m._found = found
    return m


class Match:
    """The result of a successful match."""

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 're.Match' is not an acceptable base type")

    @property
    def string(self):
        return self._string

    @property
    def re(self):
        return self._pattern

    @property
    def pos(self):
        return self._pos

    @property
    def endpos(self):
        return self._endpos

    @property
    def lastindex(self):
        return self._found[0]

    @property
    def lastgroup(self):
        i = self._found[0]
        if i is None:
            return None
        for name, g in self._pattern._groupindex.items():
            if g == i:
                return name
        return None

    @property
    def regs(self):
        f = self._found
        return tuple((f[2 * g + 1], f[2 * g + 2]) for g in range(self._pattern._groups + 1))

    def _index(self, g):
        if isinstance(g, int) or (not isinstance(g, (str, bytes)) and _is_index(g)):
            try:
                i = g.__index__()
            except Exception:
                raise IndexError("no such group") from None
            if 0 <= i <= self._pattern._groups:
                return i
            raise IndexError("no such group")
        if isinstance(g, str):
            i = self._pattern._groupindex.get(g)
            if i is not None:
                return i
        raise IndexError("no such group")

    def _get(self, i, default=None):
        f = self._found
        s = f[2 * i + 1]
        if s < 0:
            return default
        return _slice(self._string, s, f[2 * i + 2])

    def group(self, *groups):
        """One group's text (group 0 by default), or a tuple of several."""
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(self._index(groups[0]))
        return tuple(self._get(self._index(g)) for g in groups)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        """Every group's text; default for groups that did not take part."""
        return tuple(self._get(i, default) for i in range(1, self._pattern._groups + 1))

    def groupdict(self, default=None):
        """The named groups' texts."""
        return {name: self._get(i, default) for name, i in self._pattern._groupindex.items()}

    def start(self, group=0):
        """Where the group starts (-1 if it did not take part)."""
        return self._found[2 * self._index(group) + 1]

    def end(self, group=0):
        """Where the group ends (-1 if it did not take part)."""
        return self._found[2 * self._index(group) + 2]

    def span(self, group=0):
        """(start, end) of the group."""
        i = self._index(group)
        return (self._found[2 * i + 1], self._found[2 * i + 2])

    def expand(self, template):
        """The template with group references replaced."""
        isstr = isinstance(self._pattern._pattern, str)
        t = _compile_template(self._pattern, template)
        return _expand_template(self._string, self._found, t, isstr)

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%r>" % (
            self._found[1], self._found[2], self._get(0))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


Match.__module__ = "re"


_TEMPLATE_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r",
                     "t": "\t", "v": "\v", "\\": "\\"}
_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_OCT = "01234567"
_DIGITS = "0123456789"


def _compile_template(pattern, repl):
    """repl as a list of literal pieces and group numbers."""
    key = (type(repl), repl, pattern)
    t = _template_cache.get(key)
    if t is not None:
        return t
    isstr = isinstance(repl, str)
    if not isstr and not isinstance(repl, bytes):
        try:
            repl = bytes(memoryview(repl))
        except TypeError:
            raise TypeError("decoding to str: need a bytes-like object, %s found"
                            % type(repl).__name__) from None
    text = repl if isstr else repl.decode("latin-1")
    parts = []
    lit = []
    i = 0
    n = len(text)
    groups = pattern._groups
    groupindex = pattern._groupindex

    def flush():
        if lit:
            parts.append("".join(lit))
            lit.clear()

    def err(msg, pos):
        return error(msg, repl, pos)

    while i < n:
        c = text[i]
        if c != "\\":
            lit.append(c)
            i += 1
            continue
        at = i
        i += 1
        if i >= n:
            raise err("bad escape (end of pattern)", at)
        c = text[i]
        i += 1
        if c == "g":
            if i >= n or text[i] != "<":
                raise err("missing <", i)
            i += 1
            start = i
            close = text.find(">", i)
            if close < 0:
                if start >= n:
                    raise err("missing group name", start)
                raise err("missing >, unterminated name", start)
            name = text[start:close]
            if not name:
                raise err("missing group name", start)
            i = close + 1
            if name.isdigit() and name.isascii():
                g = int(name)
                if g > groups:
                    raise err("invalid group reference %d" % g, start)
            elif name.isidentifier() and (isstr or name.isascii()):
                if name not in groupindex:
                    raise IndexError("unknown group name %r" % name)
                g = groupindex[name]
            else:
                raise err("bad character in group name %r" % name, start)
            flush()
            parts.append(g)
        elif c == "0":
            v = 0
            k = 0
            while k < 2 and i < n and text[i] in _OCT:
                v = v * 8 + int(text[i])
                i += 1
                k += 1
            lit.append(chr(v))
        elif c in _DIGITS:
            if (c in _OCT and i + 1 < n and text[i] in _OCT and text[i + 1] in _OCT):
                v = int(c + text[i] + text[i + 1], 8)
                if v > 0o377:
                    raise err("octal escape value \\%s outside of range 0-0o377"
                              % text[at + 1:i + 2], at)
                lit.append(chr(v))
                i += 2
            else:
                g = int(c)
                if i < n and text[i] in _DIGITS:
                    g = g * 10 + int(text[i])
                    i += 1
                if g > groups:
                    raise err("invalid group reference %d" % g, at + 1)
                flush()
                parts.append(g)
        elif c in _TEMPLATE_ESCAPES:
            lit.append(_TEMPLATE_ESCAPES[c])
        elif c in _ASCII_LETTERS:
            raise err("bad escape \\%s" % c, at)
        else:
            lit.append("\\" + c)
    flush()
    if not isstr:
        parts = [p.encode("latin-1") if isinstance(p, str) else p for p in parts]
    if len(_template_cache) >= 512:
        _template_cache.clear()
    _template_cache[key] = parts
    return parts


_template_cache = {}


def _expand_template(string, found, template, isstr):
    out = []
    for p in template:
        if isinstance(p, int):
            s = found[2 * p + 1]
            if s >= 0:
                out.append(_slice(string, s, found[2 * p + 2]))
        else:
            out.append(p)
    if isstr:
        return "".join(out)
    return b"".join(out)


# ---- module-level functions ----

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except KeyError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    if flags & 128:
        raise NotImplementedError("re.DEBUG is not supported by Krait")
    result = _re.compile(pattern, flags)
    if len(result) == 2:
        if result[1] is None:
            raise error(result[0])
        raise error(result[0], pattern, result[1])
    prog, final_flags, groups, names = result
    p = object.__new__(Pattern)
    p._pattern = pattern
    p._flags = final_flags
    p._groups = groups
    p._groupindex = dict(names)
    p._prog = prog
    if len(_cache) >= _MAXCACHE:
        # Drop the oldest entry, as CPython does.
        try:
            del _cache[next(iter(_cache))]
        except (StopIteration, RuntimeError, KeyError):
            pass
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string."""
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches"
    _cache.clear()
    _template_cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    return _compile(pattern, flags | 1)


_special_chars_map = {i: "\\" + chr(i) for i in b"()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    pattern = str(pattern, "latin1")
    return pattern.translate(_special_chars_map).encode("latin1")


class Scanner:
    """A lexer over `lexicon`, a list of (pattern, action) pairs: `scan(string)` matches the
    patterns in turn at each position (the first that matches wins), calls a callable
    action with the scanner and the matched text (a non-callable one is the result
    itself), keeps results that are not None, and stops where nothing matches or a match is
    empty; it returns the results and the text left over."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        # One alternation with a capturing group around each pattern; `_starts[i]` is the
        # number of that group, counting the groups the patterns have of their own.
        parts, starts, group = [], [], 1
        for phrase, _action in lexicon:
            starts.append(group)
            parts.append("(" + phrase + ")")
            group += 1 + compile(phrase, flags).groups
        self._starts = starts
        self.scanner = compile("|".join(parts), flags)

    def scan(self, string):
        result = []
        pos = 0
        pattern = self.scanner
        while True:
            m = pattern.match(string, pos)
            if m is None:
                break
            end = m.end()
            if end == pos:
                break
            for (_phrase, action), group in zip(self.lexicon, self._starts):
                if m.start(group) != -1:
                    break
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            pos = end
        return result, string[pos:]
