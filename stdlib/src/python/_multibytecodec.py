"""The codec classes under CPython's East Asian codecs (`encodings.shift_jis` and the
others subclass them): `MultibyteCodec` with stateless `encode`/`decode`, and the
incremental and stream versions, which keep an unfinished byte sequence between calls.
The conversions themselves are the native `_krait_cjk`'s; error handlers are looked up in
the codec registry as for every codec."""

import _krait_cjk
from _codecs import lookup_error


def _encode(name, text, errors):
    if not isinstance(text, str):
        raise TypeError("couldn't convert the object to str.")
    pieces = []
    pos = 0
    while True:
        data, bad = _krait_cjk.encode(name, text[pos:] if pos else text)
        pieces.append(data)
        if bad < 0:
            return b"".join(pieces)
        bad += pos
        exc = UnicodeEncodeError(name, text, bad, bad + 1, "illegal multibyte sequence")
        if errors == "strict":
            raise exc
        replacement, pos = lookup_error(errors)(exc)
        if isinstance(replacement, str):
            data, failed = _krait_cjk.encode(name, replacement)
            if failed >= 0:
                raise exc
            replacement = data
        elif not isinstance(replacement, bytes):
            raise TypeError("encoding error handler must return (str, int) tuple")
        pieces.append(replacement)
        if pos < 0:
            pos += len(text)
        if not 0 <= pos <= len(text):
            raise IndexError(f"position {pos} from error handler out of bounds")


def _decode(name, data, errors, final):
    """The text of `data` and how many of its bytes it took (fewer than all only when it
    ends inside a sequence and `final` is false)."""
    pieces = []
    pos = 0
    while True:
        text, used, bad = _krait_cjk.decode(name, data[pos:] if pos else data, final)
        pieces.append(text)
        used += pos
        if bad == 0:
            return "".join(pieces), used
        if bad < 0:
            reason = "incomplete multibyte sequence"
            bad = -bad
        else:
            reason = "illegal multibyte sequence"
        exc = UnicodeDecodeError(name, data, used, used + bad, reason)
        if errors == "strict":
            raise exc
        replacement, pos = lookup_error(errors)(exc)
        if not isinstance(replacement, str):
            raise TypeError("decoding error handler must return (str, int) tuple")
        pieces.append(replacement)
        if pos < 0:
            pos += len(data)
        if not 0 <= pos <= len(data):
            raise IndexError(f"position {pos} from error handler out of bounds")


def _bytes_of(data):
    if isinstance(data, bytes):
        return data
    return bytes(memoryview(data))


class MultibyteCodec:
    """One East Asian codec: what `getcodec` of `_codecs_jp` and the others returns."""

    def __init__(self, name):
        self._name = name

    def encode(self, input, errors=None):
        return _encode(self._name, input, errors or "strict"), len(input)

    def decode(self, input, errors=None):
        data = _bytes_of(input)
        text, _ = _decode(self._name, data, errors or "strict", True)
        return text, len(data)

    def __repr__(self):
        return f"<_multibytecodec.MultibyteCodec object at {id(self):#x}>"


def _getcodec(names, name):
    if not isinstance(name, str):
        raise TypeError("encoding name must be a string.")
    if name not in names or not _krait_cjk.supported(name):
        raise LookupError("no such codec is supported.")
    return MultibyteCodec(name)


class MultibyteIncrementalEncoder:
    def __init__(self, errors="strict"):
        self.errors = errors

    def encode(self, input, final=False):
        return _encode(self.codec._name, input, self.errors)

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        if not isinstance(state, int):
            raise TypeError("setstate() argument must be int")


class MultibyteIncrementalDecoder:
    def __init__(self, errors="strict"):
        self.errors = errors
        self._pending = b""

    def decode(self, input, final=False):
        data = self._pending + _bytes_of(input)
        text, used = _decode(self.codec._name, data, self.errors, final)
        self._pending = data[used:]
        return text

    def reset(self):
        self._pending = b""

    def getstate(self):
        return self._pending, 0

    def setstate(self, state):
        pending, _ = state
        self._pending = _bytes_of(pending)


class MultibyteStreamReader:
    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors
        self._pending = b""

    def _decode_more(self, data, final):
        data = self._pending + data
        text, used = _decode(self.codec._name, data, self.errors, final)
        self._pending = data[used:]
        return text

    def read(self, size=None):
        if size is None or size < 0:
            return self._decode_more(self.stream.read(), True)
        text = ""
        while True:
            data = self.stream.read(size)
            text += self._decode_more(data, not data)
            if not data or text:
                return text

    def readline(self, size=None):
        line = ""
        while True:
            data = self.stream.readline() if size is None or size < 0 else self.stream.readline(size)
            line += self._decode_more(data, not data)
            if not data or line.endswith(("\n", "\r")) or (size is not None and 0 <= size <= len(line)):
                return line

    def readlines(self, sizehint=None):
        return self.read().splitlines(True)

    def reset(self):
        self._pending = b""


class MultibyteStreamWriter:
    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors

    def write(self, data):
        self.stream.write(_encode(self.codec._name, data, self.errors))

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def reset(self):
        pass
