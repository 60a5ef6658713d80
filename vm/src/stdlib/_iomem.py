"""The classes of the `io` module, written in Python: the abstract bases (IOBase,
RawIOBase, BufferedIOBase, TextIOBase), the in-memory streams (StringIO, BytesIO), FileIO,
the buffered streams (BufferedReader, BufferedWriter, BufferedRandom, BufferedRWPair) and
TextIOWrapper. `io` takes these names from here on first use.

They are the public classes: Python code subclasses them and builds them over any stream.
The files `open` makes and the standard streams are instances of native classes which, once
this module has loaded, derive from the classes here of the same names (see the end of the
module), so they are instances of `io.TextIOWrapper` and the rest while their methods stay
native."""

from io import UnsupportedOperation, SEEK_SET, SEEK_CUR, SEEK_END
try:
    # ABCs, so that other stream classes can `register` as io streams; a VM without the
    # bundled library has plain classes.
    from abc import ABCMeta as _Meta
except ImportError:
    _Meta = type


class IOBase(metaclass=_Meta):
    """The base of every stream: closing, context management, line iteration."""

    _closed = False

    @property
    def closed(self):
        return self._closed

    def close(self):
        # Flushed first, as CPython's streams are (a subclass's flush included).
        if not self._closed:
            try:
                self.flush()
            finally:
                self._closed = True

    def _check_open(self):
        if self.closed:
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

    def seek(self, pos, whence=0):
        raise UnsupportedOperation("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        raise UnsupportedOperation("truncate")

    # The checks CPython's streams offer their subclasses.
    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError("I/O operation on closed file." if msg is None else msg)

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise UnsupportedOperation("File or stream is not readable." if msg is None else msg)

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise UnsupportedOperation("File or stream is not writable." if msg is None else msg)

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise UnsupportedOperation("File or stream is not seekable." if msg is None else msg)

    def readline(self, size=-1):
        # One byte at a time (or up to the end of a line `peek` shows): the generic way,
        # for streams that only define `read`.
        if size is None:
            size = -1
        line = bytearray()
        peek = getattr(self, "peek", None)
        while size < 0 or len(line) < size:
            n = 1
            if peek is not None:
                ahead = peek(1)
                if not ahead:
                    break
                i = ahead.find(b"\n") + 1
                n = i if i > 0 else len(ahead)
                if size >= 0:
                    n = min(n, size - len(line))
            b = self.read(n)
            if not b:
                break
            line += b
            if line.endswith(b"\n"):
                break
        return bytes(line)

    def readlines(self, hint=-1):
        if hint is None:
            hint = -1
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


def _close_on_collection(self):
    # Collected while open: closed, which flushes (CPython's streams do the same). Only the
    # streams over other streams or descriptors have it: a finalizer makes every instance
    # cost more to collect, and the in-memory streams have nothing to release.
    try:
        closed = self.closed
    except Exception:
        return
    if not closed:
        try:
            self.close()
        except Exception:
            pass


class RawIOBase(IOBase):
    """A stream of bytes read and written with one system call each."""

    __del__ = _close_on_collection

    def read(self, size=-1):
        if size is None or size < 0:
            return self.readall()
        b = bytearray(size.__index__())
        n = self.readinto(b)
        if n is None:
            return None
        del b[n:]
        return bytes(b)

    def readall(self):
        chunks = []
        while True:
            data = self.read(8192)
            if not data:
                break
            chunks.append(data)
        if not chunks and data is None:
            return None
        return b"".join(chunks)


class BufferedIOBase(IOBase):
    """A binary stream with a buffer: reads return what was asked for unless at the end."""

    def read(self, size=-1):
        raise UnsupportedOperation("read")

    def read1(self, size=-1):
        return self.read(size)

    def write(self, b):
        raise UnsupportedOperation("write")

    def detach(self):
        raise UnsupportedOperation("detach")

    def readinto(self, b):
        return self._readinto(b, self.read)

    def readinto1(self, b):
        return self._readinto(b, self.read1)

    def _readinto(self, b, read):
        view = memoryview(b).cast("B")
        data = read(len(view))
        n = len(data)
        view[:n] = data
        return n


class TextIOBase(IOBase):
    encoding = None
    errors = None
    newlines = None

    def read(self, size=-1):
        raise UnsupportedOperation("read")

    def write(self, s):
        raise UnsupportedOperation("write")

    def detach(self):
        raise UnsupportedOperation("detach")


def _size_arg(size):
    # A size or position argument: None for "all", else anything with `__index__`.
    if size is None:
        return -1
    if isinstance(size, int):
        return size
    try:
        index = size.__index__
    except AttributeError:
        raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
    return index()


class _Memory:
    # The buffer and position shared by StringIO and BytesIO; `_fill` pads a write past the
    # end. What is written at the end is kept as pieces (`_tail`) joined on the next read:
    # a stream written in many small pieces (pickle's frames, a report built line by line)
    # costs the size of what was written, not that times the number of writes.

    def _check_open(self):
        if self._closed:
            raise ValueError(self._closed_message)

    def _init(self, initial):
        self._buf = initial
        self._tail = []
        self._len = len(initial)
        self._pos = 0

    def _value(self):
        # The whole buffer, with the pieces written at the end joined in.
        if self._tail:
            self._tail.insert(0, self._buf)
            self._buf = self._fill[:0].join(self._tail)
            self._tail = []
        return self._buf

    def getvalue(self):
        self._check_open()
        return self._value()

    def __copy__(self):
        # A copy has its own list of pieces (the default copy would share it).
        cls = type(self)
        new = cls.__new__(cls)
        new.__dict__.update(self.__dict__)
        new._tail = list(self._tail)
        return new

    def read(self, size=-1):
        if self._closed:
            raise ValueError(self._closed_message)
        if not isinstance(size, int):
            size = _size_arg(size)
        buf = self._value() if self._tail else self._buf
        pos = self._pos
        if size < 0:
            end = self._len
        else:
            end = min(self._len, pos + size)
        if end <= pos:
            return buf[:0]
        self._pos = end
        return buf[pos:end]

    def readline(self, size=-1):
        if self._closed:
            raise ValueError(self._closed_message)
        if not isinstance(size, int):
            size = _size_arg(size)
        buf = self._value() if self._tail else self._buf
        pos = self._pos
        nl = buf.find(self._newline, pos)
        end = self._len if nl < 0 else nl + 1
        if size >= 0:
            end = min(end, pos + size)
        if end <= pos:
            return buf[:0]
        self._pos = end
        return buf[pos:end]

    def write(self, data):
        self._check_open()
        self._check_type(data)
        return self._put(data)

    def _put(self, data):
        # Writes `data` (already of the stream's type) at the position.
        n = len(data)
        if n == 0:
            return 0
        pos = self._pos
        if pos == self._len:
            self._tail.append(data)
        else:
            buf = self._value()
            if pos > len(buf):
                buf = buf + self._fill * (pos - len(buf))
            self._buf = buf[:pos] + data + buf[pos + n:]
        self._pos = pos + n
        if self._pos > self._len:
            self._len = self._pos
        return n

    def seek(self, pos, whence=SEEK_SET):
        self._check_open()
        if not isinstance(pos, int):
            try:
                pos = pos.__index__()
            except AttributeError:
                raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted "
                                "as an integer") from None
        if whence == SEEK_SET:
            if pos < 0:
                raise ValueError(f"negative seek value {pos}")
            self._pos = pos
        elif whence == SEEK_CUR:
            self._pos = max(0, self._pos + pos)
        elif whence == SEEK_END:
            self._pos = max(0, self._len + pos)
        else:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def tell(self):
        self._check_open()
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        size = self._pos if size is None else _size_arg(size)
        if size < 0:
            raise ValueError(f"negative size value {size}")
        self._buf = self._value()[:size]
        self._len = len(self._buf)
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
    _closed_message = "I/O operation on closed file"

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError(
                f"initial_value must be str or None, not {type(initial_value).__name__}")
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
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
        self._check_open()
        self._put(self._translated(s))
        return len(s)

    def seek(self, pos, whence=SEEK_SET):
        if whence == SEEK_SET and isinstance(pos, int) and pos < 0:
            raise ValueError(f"Negative seek position {pos}")
        if whence == SEEK_CUR and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == SEEK_END and pos != 0:
            raise OSError("Can't do nonzero end-relative seeks")
        return _Memory.seek(self, pos, whence)

    def readline(self, size=-1):
        # Lines end at "\n" unless `newline` says otherwise: at any of "\r", "\n" and
        # "\r\n" for "", at that string for "\r" and "\r\n".
        mode = self._translate
        if mode is None or mode == "\n":
            return _Memory.readline(self, size)
        self._check_open()
        size = _size_arg(size)
        buf, pos = self._value(), self._pos
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


class BytesIO(_Memory, BufferedIOBase):
    """A binary stream kept in memory."""

    _newline = b"\n"
    _fill = b"\0"
    _closed_message = "I/O operation on closed file."

    def __init__(self, initial_bytes=b""):
        self._init(bytes(initial_bytes) if initial_bytes is not None else b"")

    def _check_type(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            try:
                memoryview(data)
            except TypeError:
                raise TypeError("a bytes-like object is required, "
                                f"not '{type(data).__name__}'") from None

    def write(self, b):
        self._check_type(b)
        self._check_open()
        # A copy unless immutable: the caller may change a bytearray or a view's buffer.
        return self._put(b if type(b) is bytes else bytes(b))

    def getbuffer(self):
        self._check_open()
        return memoryview(self._value())

    def read1(self, size=-1):
        return self.read(size)


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
    """A text stream over any binary buffer object (one with `read`, `write`, `flush`, ...).
    Files `open` makes in text mode are instances of a native subclass."""

    __del__ = _close_on_collection

    _CHUNK_SIZE = 8192

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
        if encoding is None:
            # The locale's encoding (UTF-8), spelled as CPython reports it.
            import sys
            encoding = "utf-8" if sys.flags.utf8_mode else "UTF-8"
        elif encoding == "locale":
            encoding = "UTF-8"
        # CPython asks the buffer these three at once, so a buffer lacking one fails here.
        buffer.readable()
        buffer.writable()
        buffer.seekable()
        self._buffer = buffer
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

    # Read-only, as in CPython.
    buffer = property(lambda self: self._buffer)
    encoding = property(lambda self: self._encoding)
    errors = property(lambda self: self._errors)
    line_buffering = property(lambda self: self._line_buffering)
    write_through = property(lambda self: self._write_through)
    newlines = property(lambda self: self._decoder.newlines)

    @property
    def name(self):
        return self._buffer.name

    @property
    def closed(self):
        return self._buffer.closed

    def __repr__(self):
        # A text wrapper has no `mode` of its own: `open` gives its file objects one.
        parts = ["<_io.TextIOWrapper"]
        for attr in ("name", "mode"):
            try:
                value = getattr(self, attr)
            except Exception:
                continue
            parts.append(f"{attr}={value!r}")
        parts.append(f"encoding={self._encoding!r}>")
        return " ".join(parts)

    def _check(self):
        if self._detached:
            raise ValueError("underlying buffer has been detached")
        if self._buffer.closed:
            raise ValueError("I/O operation on closed file.")

    def readable(self):
        self._check()
        return self._buffer.readable()

    def writable(self):
        self._check()
        return self._buffer.writable()

    def seekable(self):
        self._check()
        return self._buffer.seekable()

    def isatty(self):
        self._check()
        return self._buffer.isatty()

    def fileno(self):
        return self._buffer.fileno()

    def flush(self):
        self._check()
        self._buffer.flush()

    def close(self):
        if self._detached or self._buffer.closed:
            return
        try:
            self.flush()
        finally:
            self._buffer.close()

    def detach(self):
        if self._detached:
            raise ValueError("underlying buffer has been detached")
        self.flush()
        self._detached = True
        return self._buffer

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
        self._buffer.write(out.encode(self._encoding, self._errors))
        if self._line_buffering and ("\n" in text or "\r" in text):
            self.flush()
        elif self._write_through:
            self._buffer.flush()
        return length

    def _fill(self):
        # One more chunk of decoded text, False at the end of the stream.
        if self._eof:
            return False
        reader = getattr(self._buffer, "read1", None) or self._buffer.read
        data = reader(self._CHUNK_SIZE)
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
        pos = self._buffer.tell()
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
        pos = self._buffer.seek(cookie, whence)
        self._decoder.reset()
        self._pending = ""
        self._eof = False
        return pos

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        return self._buffer.truncate(pos)

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


class FileIO(RawIOBase):
    """A raw stream over a file descriptor: one the object opens from a path (and closes),
    or one it is given."""

    _fd = -1
    _closefd = True
    _readable = _writable = _appending = _created = False

    def __init__(self, file, mode="r", closefd=True, opener=None):
        import os
        if self._fd >= 0:
            if self._closefd:
                self.close()
            else:
                self._fd = -1
        if isinstance(file, float):
            raise TypeError("expected str, bytes or os.PathLike object, not float")
        fd = -1
        if isinstance(file, int):
            fd = file
            if fd < 0:
                raise ValueError("negative file descriptor")
        if not isinstance(mode, str):
            raise TypeError(f"FileIO() argument 'mode' must be str, not {type(mode).__name__}")
        if not set(mode) <= set("rwxab+"):
            raise ValueError(f"invalid mode: {mode}")
        if sum(mode.count(c) for c in "rwxa") != 1 or mode.count("+") > 1:
            raise ValueError("Must have exactly one of create/read/write/append mode "
                             "and at most one plus")
        plus = "+" in mode
        self._readable = "r" in mode or plus
        self._writable = "r" not in mode or plus
        self._created = "x" in mode
        self._appending = "a" in mode
        if self._readable and self._writable:
            flags = os.O_RDWR
        elif self._readable:
            flags = os.O_RDONLY
        else:
            flags = os.O_WRONLY
        if "x" in mode:
            flags |= os.O_EXCL | os.O_CREAT
        elif "w" in mode:
            flags |= os.O_CREAT | os.O_TRUNC
        elif "a" in mode:
            flags |= os.O_APPEND | os.O_CREAT
        flags |= os.O_CLOEXEC
        if fd < 0:
            if not closefd:
                raise ValueError("Cannot use closefd=False with file name")
            if opener is None:
                fd = os.open(file, flags, 0o666)
            else:
                fd = opener(file, flags)
                if not isinstance(fd, int):
                    raise TypeError("expected integer from opener")
                if fd < 0:
                    raise ValueError(f"opener returned {fd}")
        self._closefd = closefd
        self._fd = fd
        try:
            st = os.fstat(fd)
            if st.st_mode & 0o170000 == 0o040000:
                import errno
                raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), file)
            if self._appending:
                os.lseek(fd, 0, SEEK_END)
        except BaseException:
            if closefd:
                os.close(fd)
            self._fd = -1
            raise
        self._blksize = 8192
        self.name = file

    @property
    def closed(self):
        return self._fd < 0

    @property
    def closefd(self):
        return self._closefd

    @property
    def mode(self):
        if self._created:
            return "xb+" if self._readable else "xb"
        if self._appending:
            return "ab+" if self._readable else "ab"
        if self._readable:
            return "rb+" if self._writable else "rb"
        return "wb"

    def _check_open(self):
        if self._fd < 0:
            raise ValueError("I/O operation on closed file")

    def _check_readable(self):
        self._check_open()
        if not self._readable:
            raise UnsupportedOperation("File not open for reading")

    def _check_writable(self):
        self._check_open()
        if not self._writable:
            raise UnsupportedOperation("File not open for writing")

    def fileno(self):
        self._check_open()
        return self._fd

    def readable(self):
        self._check_open()
        return self._readable

    def writable(self):
        self._check_open()
        return self._writable

    def seekable(self):
        self._check_open()
        try:
            self.tell()
        except OSError:
            return False
        return True

    def isatty(self):
        import os
        self._check_open()
        return os.isatty(self._fd)

    def read(self, size=-1):
        import os
        self._check_readable()
        if size is None or size < 0:
            return self.readall()
        return os.read(self._fd, size)

    def readall(self):
        import os
        self._check_readable()
        chunks = []
        while True:
            data = os.read(self._fd, 65536)
            if not data:
                break
            chunks.append(data)
        return b"".join(chunks)

    def readinto(self, b):
        import os
        self._check_readable()
        view = memoryview(b).cast("B")
        data = os.read(self._fd, len(view))
        n = len(data)
        view[:n] = data
        return n

    def write(self, b):
        import os
        self._check_writable()
        return os.write(self._fd, b)

    def seek(self, pos, whence=SEEK_SET):
        import os
        if isinstance(pos, float):
            raise TypeError("an integer is required")
        self._check_open()
        return os.lseek(self._fd, pos, whence)

    def tell(self):
        import os
        self._check_open()
        return os.lseek(self._fd, 0, SEEK_CUR)

    def truncate(self, size=None):
        import os
        self._check_writable()
        if size is None:
            size = self.tell()
        os.ftruncate(self._fd, size)
        return size

    def close(self):
        if self._fd < 0:
            return
        import os
        fd, self._fd = self._fd, -1
        if self._closefd:
            os.close(fd)

    def __enter__(self):
        self._check_open()
        return self

    def __getstate__(self):
        raise TypeError(f"cannot pickle '{type(self).__name__}' object")

    def __repr__(self):
        name = "_io.FileIO"
        if self._fd < 0:
            return f"<{name} [closed]>"
        try:
            shown = f"name={self.name!r}"
        except AttributeError:
            shown = f"fd={self._fd}"
        return f"<{name} {shown} mode={self.mode!r} closefd={self._closefd!r}>"


class BufferedRWPair(BufferedIOBase):
    """A reader and a writer stream used as one stream (a pipe pair, say)."""

    def __init__(self, reader, writer, buffer_size=8192):
        if not reader.readable():
            raise UnsupportedOperation('"reader" argument must be readable.')
        if not writer.writable():
            raise UnsupportedOperation('"writer" argument must be writable.')
        self.reader = reader
        self.writer = writer

    def read(self, size=-1):
        return self.reader.read(size)

    def readinto(self, b):
        return self.reader.readinto(b)

    def read1(self, size=-1):
        return self.reader.read(size)

    def peek(self, size=0):
        return self.reader.peek(size)

    def write(self, b):
        return self.writer.write(b)

    def flush(self):
        return self.writer.flush()

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def isatty(self):
        return self.reader.isatty() or self.writer.isatty()

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()

    @property
    def closed(self):
        return self.writer.closed


class _Buffered(BufferedIOBase):
    # What the buffered streams over a raw stream share: the raw stream's attributes,
    # closing (after a flush) and detaching.

    __del__ = _close_on_collection

    def __init__(self, raw, buffer_size=8192):
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self._raw_stream = raw
        self.buffer_size = buffer_size
        self._rbuf = b""
        self._wbuf = bytearray()

    # Read-only, as in CPython (None once detached).
    raw = property(lambda self: self._raw_stream)

    def _raw(self):
        if self._raw_stream is None:
            raise ValueError("raw stream has been detached")
        return self._raw_stream

    def _check_open(self):
        if self._raw().closed:
            raise ValueError("I/O operation on closed file.")

    @property
    def closed(self):
        return self._raw().closed

    @property
    def name(self):
        return self._raw().name

    @property
    def mode(self):
        return self._raw().mode

    def fileno(self):
        return self._raw().fileno()

    def isatty(self):
        return self._raw().isatty()

    def seekable(self):
        return self._raw().seekable()

    def readable(self):
        return self._raw().readable()

    def writable(self):
        return self._raw().writable()

    def flush(self):
        self._check_open()
        self._raw().flush()

    def close(self):
        raw = self._raw()
        if raw.closed:
            return
        try:
            self.flush()
        finally:
            raw.close()

    def detach(self):
        raw = self._raw()
        self.flush()
        self._raw_stream = None
        return raw

    def tell(self):
        pos = self._raw().tell() - len(self._rbuf) + len(self._wbuf)
        if pos < 0:
            raise OSError("Raw stream returned invalid position")
        return pos

    def seek(self, pos, whence=SEEK_SET):
        if whence not in (SEEK_SET, SEEK_CUR, SEEK_END):
            raise ValueError(f"whence value {whence} unsupported")
        self._check_open()
        self.flush()
        if whence == SEEK_CUR:
            pos -= len(self._rbuf)
        self._rbuf = b""
        return self._raw().seek(pos, whence)

    def truncate(self, pos=None):
        self._check_open()
        self.flush()
        if pos is None:
            pos = self.tell()
        self._rbuf = b""
        return self._raw().truncate(pos)

    def __repr__(self):
        name = _type_name(type(self))
        try:
            shown = self.name
        except Exception:
            return f"<{name}>"
        return f"<{name} name={shown!r}>"

    def __getstate__(self):
        raise TypeError(f"cannot pickle '{type(self).__name__}' object")


class BufferedReader(_Buffered):
    """A buffered binary stream reading from a raw stream."""

    def __init__(self, raw, buffer_size=8192):
        if not raw.readable():
            raise UnsupportedOperation("File or stream is not readable.")
        _Buffered.__init__(self, raw, buffer_size)

    def writable(self):
        return False

    def _fill(self, want):
        # Reads from the raw stream until `want` bytes are buffered or it ends.
        while len(self._rbuf) < want:
            chunk = self._raw().read(max(self.buffer_size, want - len(self._rbuf)))
            if not chunk:
                return chunk
            self._rbuf += chunk
        return b""

    def read(self, size=-1):
        self._check_open()
        if size is None:
            size = -1
        if size < -1:
            raise ValueError("read length must be non-negative or -1")
        if size == -1:
            chunks = [self._rbuf]
            self._rbuf = b""
            while True:
                chunk = self._raw().read()
                if not chunk:
                    if chunk is None and chunks == [b""]:
                        return None
                    break
                chunks.append(chunk)
            return b"".join(chunks)
        end = self._fill(size)
        if end is None and not self._rbuf:
            return None
        data, self._rbuf = self._rbuf[:size], self._rbuf[size:]
        return data

    def read1(self, size=-1):
        self._check_open()
        if size is None or size < 0:
            size = self.buffer_size
        if size == 0:
            return b""
        if not self._rbuf:
            self._rbuf = self._raw().read(max(size, self.buffer_size)) or b""
        data, self._rbuf = self._rbuf[:size], self._rbuf[size:]
        return data

    def peek(self, size=0):
        self._check_open()
        if not self._rbuf:
            self._rbuf = self._raw().read(self.buffer_size) or b""
        return self._rbuf

    def readinto(self, b):
        view = memoryview(b).cast("B")
        data = self.read(len(view))
        n = len(data)
        view[:n] = data
        return n

    def readinto1(self, b):
        view = memoryview(b).cast("B")
        data = self.read1(len(view))
        n = len(data)
        view[:n] = data
        return n

    def readline(self, size=-1):
        self._check_open()
        if size is None:
            size = -1
        start = 0
        while True:
            i = self._rbuf.find(b"\n", start)
            if i >= 0:
                end = i + 1
                break
            if 0 <= size <= len(self._rbuf):
                end = size
                break
            start = len(self._rbuf)
            chunk = self._raw().read(self.buffer_size)
            if not chunk:
                end = len(self._rbuf)
                break
            self._rbuf += chunk
        if 0 <= size < end:
            end = size
        line, self._rbuf = self._rbuf[:end], self._rbuf[end:]
        return line


class BufferedWriter(_Buffered):
    """A buffered binary stream writing to a raw stream."""

    def __init__(self, raw, buffer_size=8192):
        if not raw.writable():
            raise UnsupportedOperation("File or stream is not writable.")
        _Buffered.__init__(self, raw, buffer_size)

    def readable(self):
        # A writer does not read, whatever its raw stream can do (BufferedRandom does).
        return False

    def write(self, b):
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        self._check_open()
        if self._rbuf:
            # Writing after reading: the raw position goes back to where reading is.
            self._raw().seek(-len(self._rbuf), SEEK_CUR)
            self._rbuf = b""
        data = bytes(b)
        if len(self._wbuf) + len(data) > self.buffer_size:
            # What is buffered goes first; data too big for the buffer goes at once.
            self._flush_unlocked()
        self._wbuf += data
        if len(self._wbuf) > self.buffer_size:
            self._flush_unlocked()
        return len(data)

    def _flush_unlocked(self):
        while self._wbuf:
            n = self._raw().write(self._wbuf)
            if n is None:
                raise BlockingIOError(11, "write could not complete without blocking", 0)
            del self._wbuf[:n]

    def flush(self):
        self._check_open()
        self._flush_unlocked()
        self._raw().flush()


class BufferedRandom(BufferedWriter, BufferedReader):
    """A buffered binary stream both reading and writing a seekable raw stream."""

    def __init__(self, raw, buffer_size=8192):
        if not raw.seekable():
            raise UnsupportedOperation("File or stream is not seekable.")
        BufferedReader.__init__(self, raw, buffer_size)
        if not raw.writable():
            raise UnsupportedOperation("File or stream is not writable.")

    def readable(self):
        return self._raw().readable()

    def writable(self):
        return self._raw().writable()

    def read(self, size=-1):
        self.flush()
        return BufferedReader.read(self, size)

    def read1(self, size=-1):
        self.flush()
        return BufferedReader.read1(self, size)

    def peek(self, size=0):
        self.flush()
        return BufferedReader.peek(self, size)

    def readline(self, size=-1):
        self.flush()
        return BufferedReader.readline(self, size)


def _type_name(cls):
    # What CPython's C type slot `tp_name` holds: "_io.NAME" for io's own classes, the bare
    # name for a class made by a class statement.
    if cls.__module__ == "_io":
        return "_io." + cls.__name__
    return cls.__name__


def _adopt_native():
    # The files `open` makes (and the standard streams) are instances of native classes,
    # which from now on derive from the classes here of the same names.
    import io
    adopt = getattr(io, "_adopt_native_classes", None)
    if adopt is not None:
        adopt(TextIOWrapper, BufferedReader, BufferedWriter, BufferedRandom)


def open_code(path):
    """Opens `path` for reading as a binary file, as the importer reads source."""
    if not isinstance(path, str):
        raise TypeError(f"open_code() argument 'path' must be str, not {type(path).__name__}")
    return open(path, "rb")


for _cls in (StringIO, BytesIO, IOBase, RawIOBase, BufferedIOBase, TextIOBase,
             IncrementalNewlineDecoder, TextIOWrapper, FileIO, BufferedRWPair, BufferedReader,
             BufferedWriter, BufferedRandom):
    _cls.__module__ = "_io"
del _cls

_adopt_native()


def text_encoding(encoding, stacklevel=2):
    """The encoding a text file opened with `encoding` uses: that one if given, else
    "locale" (Krait's locale encoding is UTF-8, as in CPython's UTF-8 mode it says so)."""
    if encoding is not None:
        return encoding
    import sys
    return "utf-8" if sys.flags.utf8_mode else "locale"
