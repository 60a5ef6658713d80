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

    def readline(self, size=-1):
        # Lines end at "\n" unless `newline` says otherwise: at any of "\r", "\n" and
        # "\r\n" for "", at that string for "\r" and "\r\n".
        mode = self._translate
        if mode is None or mode == "\n":
            return _Memory.readline(self, size)
        self._check_open()
        buf, pos = self._buf, self._pos
        if mode == "":
            ends = [i for i in (buf.find("\r", pos), buf.find("\n", pos)) if i >= 0]
            if not ends:
                end = len(buf)
            else:
                i = min(ends)
                end = i + 2 if buf[i] == "\r" and buf[i + 1:i + 2] == "\n" else i + 1
        else:
            i = buf.find(mode, pos)
            end = len(buf) if i < 0 else i + len(mode)
        if size is not None and size >= 0:
            end = min(end, pos + size)
        self._pos = max(pos, end)
        return buf[pos:end]

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


class _ChunkDecoder:
    """Decodes a byte stream chunk by chunk: UTF-8 through `_codecs.utf_8_decode`, which
    keeps an incomplete last character for the next chunk; other encodings through their
    incremental decoder when `codecs` is importable, else chunk by chunk (right for the
    single-byte codecs)."""

    def __init__(self, encoding, errors):
        self._errors = errors
        self._held = b""
        self._inc = None
        self._utf8 = encoding.lower().replace("_", "-") in ("utf-8", "utf8", "u8")
        if not self._utf8:
            try:
                import codecs
                self._inc = codecs.getincrementaldecoder(encoding)(errors)
            except ImportError:
                b"".decode(encoding)
            self._encoding = encoding

    def decode(self, data, final=False):
        if self._utf8:
            import _codecs
            data = self._held + bytes(data)
            text, used = _codecs.utf_8_decode(data, self._errors, final)
            self._held = data[used:]
            return text
        if self._inc is not None:
            return self._inc.decode(data, final)
        return bytes(data).decode(self._encoding, self._errors)

    def getstate(self):
        return self._held, 0

    def setstate(self, state):
        self._held = state[0]

    def reset(self):
        self._held = b""
        if self._inc is not None:
            self._inc.reset()


class TextIOWrapper(TextIOBase):
    """A text stream over any binary buffer object (one with `read`, `write`, `flush`, ...):
    what `io.TextIOWrapper(buffer, ...)` makes. Files `open` makes in text mode are the
    native kind instead."""

    _CHUNK = 8192

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if encoding is not None and not isinstance(encoding, str):
            raise TypeError(f"TextIOWrapper() argument 'encoding' must be str or None, "
                            f"not {type(encoding).__name__}")
        if errors is not None and not isinstance(errors, str):
            raise TypeError(f"TextIOWrapper() argument 'errors' must be str or None, "
                            f"not {type(errors).__name__}")
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"TextIOWrapper() argument 'newline' must be str or None, "
                            f"not {type(newline).__name__}")
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline}")
        if encoding is None or encoding == "locale":
            encoding = "utf-8"
        # CPython asks the buffer these three at once, so a buffer lacking one fails here.
        buffer.readable()
        buffer.writable()
        buffer.seekable()
        self.buffer = buffer
        self._encoding = encoding
        self._errors = "strict" if errors is None else errors
        self._newline = newline
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        self._setup()

    def _setup(self):
        decoder = _ChunkDecoder(self._encoding, self._errors)
        "".encode(self._encoding)
        newline = self._newline
        self._decoder = IncrementalNewlineDecoder(decoder, newline is None, self._errors)
        self._pending = ""
        self._eof = False
        self._detached = False

    encoding = property(lambda self: self._encoding)
    errors = property(lambda self: self._errors)
    line_buffering = property(lambda self: self._line_buffering)
    write_through = property(lambda self: self._write_through)
    newlines = property(lambda self: self._decoder.newlines)

    @property
    def name(self):
        return self.buffer.name

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def mode(self):
        return getattr(self.buffer, "mode", "r").replace("b", "")

    def __repr__(self):
        parts = ["<_io.TextIOWrapper"]
        try:
            parts.append(f"name={self.name!r}")
        except Exception:
            pass
        try:
            mode = self.buffer.mode
        except Exception:
            pass
        else:
            parts.append(f"mode={mode.replace('b', '')!r}")
        parts.append(f"encoding={self._encoding!r}>")
        return " ".join(parts)

    def _check(self):
        if self._detached:
            raise ValueError("underlying buffer has been detached")
        if self.buffer.closed:
            raise ValueError("I/O operation on closed file.")

    def readable(self):
        self._check()
        return self.buffer.readable()

    def writable(self):
        self._check()
        return self.buffer.writable()

    def seekable(self):
        self._check()
        return self.buffer.seekable()

    def isatty(self):
        self._check()
        return self.buffer.isatty()

    def fileno(self):
        return self.buffer.fileno()

    def flush(self):
        self._check()
        self.buffer.flush()

    def close(self):
        if self._detached or self.buffer.closed:
            return
        try:
            self.flush()
        finally:
            self.buffer.close()

    def detach(self):
        if self._detached:
            raise ValueError("underlying buffer has been detached")
        self.flush()
        self._detached = True
        return self.buffer

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()

    def write(self, text):
        self._check()
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        length = len(text)
        out = text
        if self._newline is None:
            pass
        elif self._newline not in ("", "\n"):
            out = out.replace("\n", self._newline)
        self._pending = ""
        self.buffer.write(out.encode(self._encoding, self._errors))
        if self._line_buffering and ("\n" in text or "\r" in text):
            self.flush()
        elif self._write_through:
            self.buffer.flush()
        return length

    def _fill(self):
        # One more chunk of decoded text, False at the end of the stream.
        if self._eof:
            return False
        reader = getattr(self.buffer, "read1", None) or self.buffer.read
        data = reader(self._CHUNK)
        if data is None:
            return False
        if not data:
            self._eof = True
            self._pending += self._decoder.decode(b"", final=True)
            return True
        self._pending += self._decoder.decode(data, final=False)
        return True

    def read(self, size=-1):
        self._check()
        if size is None:
            size = -1
        if size < 0:
            while self._fill():
                pass
            text, self._pending = self._pending, ""
            return text
        while len(self._pending) < size and self._fill():
            pass
        text, self._pending = self._pending[:size], self._pending[size:]
        return text

    def _line_end(self, start):
        # The index just past the first line end at or after `start`, or -1.
        text = self._pending
        newline = self._newline
        if newline is None or newline == "\n":
            i = text.find("\n", start)
            return -1 if i < 0 else i + 1
        if newline == "":
            for i in range(start, len(text)):
                c = text[i]
                if c == "\n":
                    return i + 1
                if c == "\r":
                    if i + 1 < len(text):
                        return i + 2 if text[i + 1] == "\n" else i + 1
                    return i + 1 if self._eof else -1
            return -1
        i = text.find(newline, start)
        return -1 if i < 0 else i + len(newline)

    def readline(self, size=-1):
        self._check()
        if size is None:
            size = -1
        while True:
            end = self._line_end(0)
            if end >= 0:
                break
            if 0 <= size <= len(self._pending):
                end = size
                break
            if not self._fill():
                end = len(self._pending)
                break
        if 0 <= size < end:
            end = size
        line, self._pending = self._pending[:end], self._pending[end:]
        return line

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self._check()
        pos = self.buffer.tell()
        held = self._decoder.decoder.getstate()[0]
        return pos - len(self._pending.encode(self._encoding, self._errors)) - len(held)

    def seek(self, cookie, whence=0):
        self._check()
        if whence == 1 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero cur-relative seeks")
        if whence == 2 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero end-relative seeks")
        if whence == 1:
            cookie, whence = self.tell(), 0
        self.flush()
        pos = self.buffer.seek(cookie, whence)
        self._decoder.reset()
        self._pending = ""
        self._eof = False
        return pos

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        return self.buffer.truncate(pos)

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis,
                    line_buffering=None, write_through=None):
        if encoding is not None:
            self._encoding = encoding
            if errors is None:
                errors = "strict"
        if errors is not None:
            self._errors = errors
        if newline is not Ellipsis:
            if newline not in (None, "", "\n", "\r", "\r\n"):
                raise ValueError(f"illegal newline value: {newline}")
            self._newline = newline
        if line_buffering is not None:
            self._line_buffering = bool(line_buffering)
        if write_through is not None:
            self._write_through = bool(write_through)
        pending = self._pending
        eof = self._eof
        self._setup()
        self._pending, self._eof = pending, eof


for _cls in (StringIO, BytesIO, IOBase, RawIOBase, BufferedIOBase, TextIOBase,
             IncrementalNewlineDecoder, TextIOWrapper):
    _cls.__module__ = "_io"
del _cls


def text_encoding(encoding, stacklevel=2):
    """The encoding a text file opened with `encoding` uses: that one if given, else
    "locale" (Krait's locale encoding is UTF-8, as in CPython's UTF-8 mode it says so)."""
    if encoding is not None:
        return encoding
    import sys
    return "utf-8" if sys.flags.utf8_mode else "locale"
