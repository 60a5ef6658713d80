"""CSV parsing and writing (the module under `csv`): `reader`, `writer`, the `Dialect`
type that validates formatting parameters, the dialect registry and the field size limit.

The reader is a character state machine fed one line of the input iterator at a time,
with an end-of-line event after each line (so a line without its newline still ends the
record); a quoted field may span lines. The writer quotes a field when it holds the
delimiter, the quote character or a character of the line terminator (or always, or for
non-numbers, by `quoting`) and escapes with `escapechar` where quoting is not possible."""

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

_dialects = {}
_field_limit = 128 * 1024


class Error(Exception):
    pass


_PARAMS = ("delimiter", "doublequote", "escapechar", "lineterminator", "quotechar",
           "quoting", "skipinitialspace", "strict")


def _char(name, value, default, none_ok):
    if value is _MISSING:
        return default
    if value is None and none_ok:
        return None
    if not isinstance(value, str):
        kind = "string or None" if none_ok else "string"
        raise TypeError(f'"{name}" must be {kind}, not {type(value).__name__}')
    if str.__len__(value) != 1:
        raise TypeError(f'"{name}" must be a 1-character string')
    return str.__getitem__(value, 0)


_MISSING = object()


class Dialect:
    """CSV dialect

The Dialect type records CSV parsing and generation options.
"""

    __slots__ = ("_delimiter", "_doublequote", "_escapechar", "_lineterminator",
                 "_quotechar", "_quoting", "_skipinitialspace", "_strict")

    def __new__(cls, *args, **kwargs):
        if len(args) > 9:
            raise TypeError(f"function takes at most 9 arguments ({len(args)} given)")
        for key in kwargs:
            if key not in _PARAMS and key != "dialect":
                raise TypeError(f"'{key}' is an invalid keyword argument for this function")
        dialect = args[0] if args else kwargs.pop("dialect", None)
        for name, value in zip(_PARAMS, args[1:]):
            if name in kwargs:
                raise TypeError(f"argument for function given by name ('{name}') "
                                f"and position ({_PARAMS.index(name) + 2})")
            kwargs[name] = value
        if dialect is not None and isinstance(dialect, str):
            dialect = get_dialect(dialect)
        if isinstance(dialect, Dialect) and not kwargs:
            return dialect
        values = {}
        for name in _PARAMS:
            if name in kwargs:
                values[name] = kwargs[name]
            elif dialect is not None:
                # Any failure to read an attribute leaves the default, as in CPython.
                try:
                    values[name] = getattr(dialect, name)
                except Exception:
                    values[name] = _MISSING
            else:
                values[name] = _MISSING
        self = object.__new__(cls)
        put = object.__setattr__
        put(self, "_delimiter", _char("delimiter", values["delimiter"], ",", False))
        put(self, "_doublequote", _flag(values["doublequote"], True))
        put(self, "_escapechar", _char("escapechar", values["escapechar"], None, True))
        terminator = values["lineterminator"]
        if terminator is _MISSING:
            terminator = "\r\n"
        elif terminator is not None and not isinstance(terminator, str):
            raise TypeError('"lineterminator" must be a string')
        quotechar = values["quotechar"]
        put(self, "_quotechar", _char("quotechar", quotechar, '"', True))
        quoting = values["quoting"]
        if quoting is _MISSING:
            quoting = QUOTE_MINIMAL
            if quotechar is None:
                quoting = QUOTE_NONE
        elif type(quoting) is not int:
            raise TypeError('"quoting" must be an integer')
        elif quoting not in (0, 1, 2, 3):
            raise TypeError('bad "quoting" value')
        put(self, "_quoting", int(quoting))
        put(self, "_skipinitialspace", _flag(values["skipinitialspace"], False))
        put(self, "_strict", _flag(values["strict"], False))
        if self._quoting != QUOTE_NONE and self._quotechar is None:
            raise TypeError("quotechar must be set if quoting enabled")
        if terminator is None:
            raise TypeError("lineterminator must be set")
        put(self, "_lineterminator", terminator)
        return self

    delimiter = property(lambda self: self._delimiter)
    doublequote = property(lambda self: self._doublequote)
    escapechar = property(lambda self: self._escapechar)
    lineterminator = property(lambda self: self._lineterminator)
    quotechar = property(lambda self: self._quotechar)
    quoting = property(lambda self: self._quoting)
    skipinitialspace = property(lambda self: self._skipinitialspace)
    strict = property(lambda self: self._strict)

    def __setattr__(self, name, value):
        _read_only(self, name)

    def __delattr__(self, name):
        _read_only(self, name)

    def __reduce_ex__(self, protocol=None):
        raise TypeError(f"cannot pickle '{type(self).__name__}' instances")

    __reduce__ = __reduce_ex__


def _read_only(obj, name):
    owner = type(obj)
    if hasattr(owner, name) and not name.startswith("_"):
        if owner is not Dialect:
            raise AttributeError("readonly attribute")
        raise AttributeError(
            f"attribute '{name}' of '_csv.{owner.__name__}' objects is not writable")
    raise AttributeError(f"'_csv.{owner.__name__}' object has no attribute '{name}'")


def _flag(value, default):
    if value is _MISSING:
        return default
    return bool(value)


# The reader's states.
(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD,
 _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL) = range(9)

# The end-of-line event fed after each line of input.
_EOL = None


class Reader:
    """CSV reader

Reader objects are responsible for reading and parsing tabular data
in CSV format.
"""

    __slots__ = ("_input", "_dialect", "_line_num", "_fields", "_field", "_state",
                 "_numeric")

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create '_csv.reader' instances")

    dialect = property(lambda self: self._dialect)
    line_num = property(lambda self: self._line_num)

    def __setattr__(self, name, value):
        _read_only(self, name)

    def __reduce_ex__(self, protocol=None):
        raise TypeError("cannot pickle '_csv.reader' object")

    __reduce__ = __reduce_ex__

    def __iter__(self):
        return self

    def __next__(self):
        put = object.__setattr__
        put(self, "_fields", [])
        put(self, "_field", [])
        put(self, "_state", _START_RECORD)
        put(self, "_numeric", False)
        while True:
            try:
                line = next(self._input)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self._dialect.strict:
                        raise Error("unexpected end of data") from None
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error(f"iterator should return strings, not {type(line).__name__} "
                            "(the file should be opened in text mode)")
            put(self, "_line_num", self._line_num + 1)
            for c in line:
                self._process(c)
            self._process(_EOL)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        put(self, "_fields", [])
        return fields

    def _add(self, c):
        if len(self._field) >= _field_limit:
            raise Error(f"field larger than field limit ({_field_limit})")
        self._field.append(c)

    def _save_field(self):
        text = "".join(self._field)
        object.__setattr__(self, "_field", [])
        if self._numeric:
            object.__setattr__(self, "_numeric", False)
            text = float(text)
        self._fields.append(text)

    def _end_line(self, c):
        self._save_field()
        return _START_RECORD if c is _EOL else _EAT_CRNL

    def _process(self, c):
        d = self._dialect
        state = self._state
        if state == _START_RECORD:
            if c is _EOL:
                return
            if c == "\n" or c == "\r":
                object.__setattr__(self, "_state", _EAT_CRNL)
                return
            state = _START_FIELD
        if state == _START_FIELD:
            if c is _EOL or c == "\n" or c == "\r":
                state = self._end_line(c)
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                state = _ESCAPED_CHAR
            elif c == " " and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    object.__setattr__(self, "_numeric", True)
                self._add(c)
                state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if c == "\n" or c == "\r":
                self._add(c)
                state = _AFTER_ESCAPED_CRNL
            else:
                self._add("\n" if c is _EOL else c)
                state = _IN_FIELD
        elif state == _AFTER_ESCAPED_CRNL and c is _EOL:
            pass
        elif state == _IN_FIELD or state == _AFTER_ESCAPED_CRNL:
            if c is _EOL or c == "\n" or c == "\r":
                state = self._end_line(c)
            elif c == d.escapechar:
                state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                state = _START_FIELD
            else:
                self._add(c)
                state = _IN_FIELD
        elif state == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d.escapechar:
                state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._add(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            self._add("\n" if c is _EOL else c)
            state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add(c)
                state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                state = _START_FIELD
            elif c is _EOL or c == "\n" or c == "\r":
                state = self._end_line(c)
            elif not d.strict:
                self._add(c)
                state = _IN_FIELD
            else:
                raise Error(f"'{d.delimiter}' expected after '{d.quotechar}'")
        elif state == _EAT_CRNL:
            if c == "\n" or c == "\r":
                pass
            elif c is _EOL:
                state = _START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - do you need "
                            "to open the file in universal-newline mode?")
        object.__setattr__(self, "_state", state)


Reader.__name__ = Reader.__qualname__ = "reader"


class Writer:
    """CSV writer

Writer objects are responsible for generating tabular data
in CSV format from sequence input.
"""

    __slots__ = ("_write", "_dialect")

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create '_csv.writer' instances")

    dialect = property(lambda self: self._dialect)

    def __setattr__(self, name, value):
        _read_only(self, name)

    def __reduce_ex__(self, protocol=None):
        raise TypeError("cannot pickle '_csv.writer' object")

    __reduce__ = __reduce_ex__

    def writerow(self, row):
        """writerow(iterable)

Construct and write a CSV record from an iterable of fields.  Non-string
elements will be converted to string."""
        d = self._dialect
        try:
            fields = iter(row)
        except TypeError:
            raise Error(f"iterable expected, not {type(row).__name__}") from None
        parts = []
        for field in fields:
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            else:
                quoted = d.quoting == QUOTE_ALL
            if field is None:
                text = ""
            elif isinstance(field, str):
                text = field
            else:
                text = str(field)
            parts.append(_quote_field(d, text, quoted, False))
        if len(parts) == 1 and parts[0] == "":
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            parts[0] = _quote_field(d, "", False, True)
        record = d.delimiter.join(parts) + d.lineterminator
        return self._write(record)

    def writerows(self, rows):
        """writerows(iterable of iterables)

Construct and write a series of iterables to a csv file.  Non-string
elements will be converted to string."""
        for row in rows:
            self.writerow(row)


Writer.__name__ = Writer.__qualname__ = "writer"


def _is_number(value):
    kind = type(value)
    return any(hasattr(kind, m) for m in ("__index__", "__int__", "__float__", "__complex__"))


def _quote_field(d, text, quoted, quote_empty):
    out = []
    special = (d.delimiter, d.escapechar, d.quotechar)
    for c in text:
        if c in special or c in d.lineterminator:
            escape = False
            if d.quoting == QUOTE_NONE:
                escape = True
            else:
                if c == d.quotechar:
                    if d.doublequote:
                        out.append(c)
                    else:
                        escape = True
                elif c == d.escapechar:
                    escape = True
                if not escape:
                    quoted = True
            if escape:
                if d.escapechar is None:
                    raise Error("need to escape, but no escapechar set")
                out.append(d.escapechar)
        out.append(c)
    if not text and quote_empty:
        quoted = True
    body = "".join(out)
    if quoted:
        return d.quotechar + body + d.quotechar
    return body


def _bind(name, args, kwargs):
    if not args:
        raise TypeError(" expected at least 1 argument, got 0")
    if len(args) > 2:
        raise TypeError(f" expected at most 2 arguments, got {len(args)}")
    return Dialect(*args[1:], **kwargs)


def reader(*args, **kwargs):
    """    csv_reader = reader(iterable [, dialect='excel']
                        [optional keyword args])
    for row in csv_reader:
        process(row)

The "iterable" argument can be any object that returns a line
of input for each iteration, such as a file object or a list.  The
optional "dialect" parameter is discussed below.  The function
also accepts optional keyword arguments which override settings
provided by the dialect.

The returned object is an iterator.  Each iteration returns a row
of the CSV file (which can span multiple input lines).
"""
    if not args:
        raise TypeError(" expected at least 1 argument, got 0")
    source = iter(args[0])
    dialect = _bind("reader", args, kwargs)
    self = object.__new__(Reader)
    put = object.__setattr__
    put(self, "_input", source)
    put(self, "_dialect", dialect)
    put(self, "_line_num", 0)
    put(self, "_fields", [])
    put(self, "_field", [])
    put(self, "_state", _START_RECORD)
    put(self, "_numeric", False)
    return self


def writer(*args, **kwargs):
    """    csv_writer = csv.writer(fileobj [, dialect='excel']
                            [optional keyword args])
    for row in sequence:
        csv_writer.writerow(row)

    [or]

    csv_writer = csv.writer(fileobj [, dialect='excel']
                            [optional keyword args])
    csv_writer.writerows(rows)

The "fileobj" argument can be any object that supports the file API.
"""
    if not args:
        raise TypeError(" expected at least 1 argument, got 0")
    try:
        write = args[0].write
    except AttributeError:
        raise TypeError('argument 1 must have a "write" method') from None
    dialect = _bind("writer", args, kwargs)
    self = object.__new__(Writer)
    object.__setattr__(self, "_write", write)
    object.__setattr__(self, "_dialect", dialect)
    return self


def register_dialect(*args, **kwargs):
    """Create a mapping from a string name to a dialect class.
    dialect = csv.register_dialect(name[, dialect[, **fmtparams]])"""
    if not args:
        raise TypeError(" expected at least 1 argument, got 0")
    if len(args) > 2:
        raise TypeError(f" expected at most 2 arguments, got {len(args)}")
    name = args[0]
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = Dialect(*args[1:], **kwargs)


def unregister_dialect(name=_MISSING):
    """Delete the name/dialect mapping associated with a string name.
    csv.unregister_dialect(name)"""
    if name is _MISSING:
        raise TypeError("unregister_dialect() missing required argument 'name' (pos 1)")
    try:
        del _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def get_dialect(name=_MISSING):
    """Return the dialect instance associated with name.
    dialect = csv.get_dialect(name)"""
    if name is _MISSING:
        raise TypeError("get_dialect() missing required argument 'name' (pos 1)")
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    """Return a list of all know dialect names.
    names = csv.list_dialects()"""
    return list(_dialects)


def field_size_limit(*args, **kwargs):
    """Sets an upper limit on parsed fields.
    csv.field_size_limit([limit])

Returns old limit. If limit is not given, no new limit is set and
the old limit is returned"""
    global _field_limit
    if "new_limit" in kwargs:
        args = args + (kwargs.pop("new_limit"),)
    if kwargs:
        key = next(iter(kwargs))
        raise TypeError(f"'{key}' is an invalid keyword argument for field_size_limit()")
    if len(args) > 1:
        raise TypeError(f"field_size_limit() takes at most 1 argument ({len(args)} given)")
    old = _field_limit
    if args:
        if type(args[0]) is not int:
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


for _cls in (Dialect, Reader, Writer, Error):
    _cls.__module__ = "_csv"
del _cls
