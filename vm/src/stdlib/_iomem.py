"""In-memory streams for the `io` module: StringIO and BytesIO, and the abstract base
classes (IOBase, TextIOBase, BufferedIOBase, RawIOBase) they and user streams derive from.
`io` takes these names from here on first use."""

from io import UnsupportedOperation, SEEK_SET, SEEK_CUR, SEEK_END


class IOBase:
    """The base of every stream: closing, context management, line iteration."""

    _closed = False

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def _check_open(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._check_open()
        return False

    def flush(self):
        self._check_open()

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_open()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    encoding = None
    errors = None
    newlines = None


class _Memory:
    # The buffer and position shared by StringIO and BytesIO; `_empty` is "" or b"".

    def _check_open(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    def _init(self, initial):
        self._buf = initial
        self._pos = 0

    def getvalue(self):
        self._check_open()
        return self._buf

    def read(self, size=-1):
        self._check_open()
        if size is None or size < 0:
            end = len(self._buf)
        else:
            end = min(len(self._buf), self._pos + size)
        data = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return data

    def readline(self, size=-1):
        self._check_open()
        nl = self._buf.find(self._newline, self._pos)
        end = len(self._buf) if nl < 0 else nl + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        data = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return data

    def write(self, data):
        self._check_open()
        self._check_type(data)
        n = len(data)
        if n == 0:
            return 0
        buf = self._buf
        if self._pos > len(buf):
            buf = buf + self._fill * (self._pos - len(buf))
        self._buf = buf[:self._pos] + data + buf[self._pos + n:]
        self._pos += n
        return n

    def seek(self, pos, whence=SEEK_SET):
        self._check_open()
        if whence == SEEK_SET:
            if pos < 0:
                raise ValueError(f"negative seek value {pos}")
            self._pos = pos
        elif whence == SEEK_CUR:
            self._pos = max(0, self._pos + pos)
        elif whence == SEEK_END:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def tell(self):
        self._check_open()
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(f"negative size value {size}")
        self._buf = self._buf[:size]
        return size

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True


class StringIO(_Memory, TextIOBase):
    """A text stream kept in memory."""

    _newline = "\n"
    _fill = "\0"

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError(
                f"initial_value must be str or None, not {type(initial_value).__name__}")
        if newline is not None and newline not in ("", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline!r}")
        self._translate = newline
        self._init(self._translated(initial_value))

    def _translated(self, text):
        if self._translate is None:
            return text.replace("\r\n", "\n").replace("\r", "\n")
        if self._translate in ("\r", "\r\n"):
            return text.replace("\n", self._translate)
        return text

    def _check_type(self, data):
        if not isinstance(data, str):
            raise TypeError(f"string argument expected, got '{type(data).__name__}'")

    def write(self, s):
        self._check_type(s)
        n = len(s)
        _Memory.write(self, self._translated(s))
        return n

    def seek(self, pos, whence=SEEK_SET):
        if whence == SEEK_SET and pos < 0:
            raise ValueError(f"Negative seek position {pos}")
        return _Memory.seek(self, pos, whence)

    @property
    def line_buffering(self):
        return False

    def __repr__(self):
        return f"<_io.StringIO object at {hex(id(self))}>"


class BytesIO(_Memory, BufferedIOBase):
    """A binary stream kept in memory."""

    _newline = b"\n"
    _fill = b"\0"

    def __init__(self, initial_bytes=b""):
        self._init(bytes(initial_bytes) if initial_bytes is not None else b"")

    def _check_type(self, data):
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")

    def write(self, b):
        self._check_type(b)
        return _Memory.write(self, bytes(b))

    def getbuffer(self):
        self._check_open()
        return memoryview(self._buf)

    def read1(self, size=-1):
        return self.read(size)

    def __repr__(self):
        return f"<_io.BytesIO object at {hex(id(self))}>"


class IncrementalNewlineDecoder:
    """Wraps an incremental decoder (or none, for str input) to recognise "\n", "\r" and
    "\r\n" line ends across chunk boundaries, optionally translating them to "\n"."""

    # Bits of `_seen`, one per kind of line end met so far.
    _LF, _CR, _CRLF = 1, 2, 4
    # `newlines` for each value of `_seen`.
    _KINDS = (None, "\n", "\r", ("\r", "\n"), "\r\n", ("\n", "\r\n"),
              ("\r", "\r\n"), ("\r", "\n", "\r\n"))

    def __init__(self, decoder, translate, errors="strict"):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self._seen = 0
        # A "\r" that ended the last chunk: held back until we know whether "\n" follows.
        self._pending_cr = False

    def decode(self, input, final=False):
        if self.decoder is None:
            text = input
        else:
            text = self.decoder.decode(input, final=final)
        if not isinstance(text, str):
            raise TypeError("decoder should return a string result, not "
                            f"'{type(text).__name__}'")
        if self._pending_cr and (text or final):
            text = "\r" + text
            self._pending_cr = False
        if text.endswith("\r") and not final:
            text = text[:-1]
            self._pending_cr = True
        crlf = text.count("\r\n")
        cr = text.count("\r") - crlf
        lf = text.count("\n") - crlf
        if lf:
            self._seen |= self._LF
        if cr:
            self._seen |= self._CR
        if crlf:
            self._seen |= self._CRLF
        if self.translate:
            if crlf:
                text = text.replace("\r\n", "\n")
            if cr:
                text = text.replace("\r", "\n")
        return text

    def getstate(self):
        if self.decoder is None:
            buf, flag = b"", 0
        else:
            buf, flag = self.decoder.getstate()
        return buf, (flag << 1) | int(self._pending_cr)

    def setstate(self, state):
        buf, flag = state
        self._pending_cr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buf, flag >> 1))

    def reset(self):
        self._seen = 0
        self._pending_cr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return self._KINDS[self._seen]


for _cls in (StringIO, BytesIO, IOBase, RawIOBase, BufferedIOBase, TextIOBase,
             IncrementalNewlineDecoder):
    _cls.__module__ = "_io"
del _cls


def text_encoding(encoding, stacklevel=2):
    """The encoding a text file opened with `encoding` uses: that one if given, else
    "locale" (Krait's locale encoding is UTF-8, as in CPython's UTF-8 mode it says so)."""
    if encoding is not None:
        return encoding
    import sys
    return "utf-8" if sys.flags.utf8_mode else "locale"
