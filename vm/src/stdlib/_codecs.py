"""The codec registry under CPython's `codecs` module: search functions, error handlers,
and the encoders and decoders of the codecs Krait's str and bytes implement natively
(utf-8, ascii, latin-1 and the others `str.encode` knows), exposed as CPython's
`utf_8_encode`-style functions."""

_search_functions = []
_cache = {}


def register(search_function):
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    if search_function in _search_functions:
        _search_functions.remove(search_function)
        _cache.clear()


def _normalize(encoding):
    return encoding.lower().replace(" ", "_")


def lookup(encoding):
    if not isinstance(encoding, str):
        raise TypeError(f"lookup() argument must be str, not {type(encoding).__name__}")
    key = _normalize(encoding)
    if key in _cache:
        return _cache[key]
    if not _search_functions:
        try:
            import encodings  # registers its search function, as CPython does at start-up
        except ImportError:
            pass
    for search in _search_functions:
        info = search(key)
        if info is not None:
            if not isinstance(info, tuple) or len(info) != 4:
                raise TypeError("codec search functions must return 4-tuples")
            _cache[key] = info
            return info
    raise LookupError(f"unknown encoding: {encoding}")


def encode(obj, encoding="utf-8", errors="strict"):
    return lookup(encoding)[0](obj, errors)[0]


def decode(obj, encoding="utf-8", errors="strict"):
    return lookup(encoding)[1](obj, errors)[0]


def _forget_codec(encoding):
    _cache.pop(_normalize(encoding), None)


# ---- error handlers ----

def strict_errors(exc):
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def _check(exc):
    if not isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        raise TypeError(f"don't know how to handle {type(exc).__name__} in error callback")


def ignore_errors(exc):
    _check(exc)
    return "", exc.end


def replace_errors(exc):
    _check(exc)
    if isinstance(exc, UnicodeDecodeError):
        return "\ufffd", exc.end
    return "?" * (exc.end - exc.start), exc.end


def backslashreplace_errors(exc):
    _check(exc)
    if isinstance(exc, UnicodeDecodeError):
        return "".join(f"\\x{b:02x}" for b in exc.object[exc.start:exc.end]), exc.end
    out = []
    for ch in exc.object[exc.start:exc.end]:
        c = ord(ch)
        out.append(f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}" if c < 0x10000 else f"\\U{c:08x}")
    return "".join(out), exc.end


def xmlcharrefreplace_errors(exc):
    if not isinstance(exc, UnicodeEncodeError):
        _check(exc)
        raise TypeError(f"don't know how to handle {type(exc).__name__} in error callback")
    return "".join(f"&#{ord(c)};" for c in exc.object[exc.start:exc.end]), exc.end


def namereplace_errors(exc):
    if not isinstance(exc, UnicodeEncodeError):
        _check(exc)
        raise TypeError(f"don't know how to handle {type(exc).__name__} in error callback")
    return backslashreplace_errors(exc)


def surrogateescape_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        chars = exc.object[exc.start:exc.end]
        if all(0xDC80 <= ord(c) <= 0xDCFF for c in chars):
            return bytes(ord(c) - 0xDC00 for c in chars), exc.end
        raise exc
    if isinstance(exc, UnicodeDecodeError):
        data = exc.object[exc.start:exc.end]
        if all(b >= 0x80 for b in data):
            return "".join(chr(0xDC00 + b) for b in data), exc.end
        raise exc
    _check(exc)
    raise exc


def _surrogate_unit(encoding):
    name = encoding.lower().replace("_", "-")
    if name in ("utf-8", "utf8"):
        return "utf-8", None
    for prefix, size in (("utf-16", 2), ("utf-32", 4)):
        if name.startswith(prefix):
            return prefix, "big" if name.endswith("be") else "little"
    return None, None


def surrogatepass_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        kind, order = _surrogate_unit(exc.encoding)
        chars = exc.object[exc.start:exc.end]
        if kind is None or not all(0xD800 <= ord(c) <= 0xDFFF for c in chars):
            raise exc
        return b"".join(c.encode(kind + ("" if order is None else "-le" if order == "little" else "-be"), "surrogatepass") for c in chars), exc.end
    if isinstance(exc, UnicodeDecodeError):
        kind, order = _surrogate_unit(exc.encoding)
        data = exc.object
        if kind == "utf-8":
            chunk = data[exc.start:exc.start + 3]
            if len(chunk) == 3 and chunk[0] == 0xED and 0xA0 <= chunk[1] <= 0xBF and 0x80 <= chunk[2] <= 0xBF:
                return chunk.decode("utf-8", "surrogatepass"), exc.start + 3
        elif kind is not None:
            size = 2 if kind == "utf-16" else 4
            chunk = data[exc.start:exc.start + size]
            if len(chunk) == size:
                n = int.from_bytes(chunk, order)
                if 0xD800 <= n <= 0xDFFF:
                    return chr(n), exc.start + size
        raise exc
    _check(exc)
    raise exc


surrogateescape_errors.__name__ = "surrogateescape"
surrogatepass_errors.__name__ = "surrogatepass"

_error_handlers = {
    "strict": strict_errors,
    "ignore": ignore_errors,
    "replace": replace_errors,
    "backslashreplace": backslashreplace_errors,
    "xmlcharrefreplace": xmlcharrefreplace_errors,
    "namereplace": namereplace_errors,
    "surrogateescape": surrogateescape_errors,
    "surrogatepass": surrogatepass_errors,
}


def register_error(name, handler):
    if not callable(handler):
        raise TypeError("handler must be callable")
    _error_handlers[name] = handler


def lookup_error(name):
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError(f"unknown error handler name '{name}'") from None


# ---- codecs implemented by str.encode / bytes.decode ----

# The error handlers str.encode and bytes.decode apply themselves; any other name is looked
# up here and called by `_encode_custom` / `_decode_custom`.
_NATIVE_HANDLERS = frozenset(("strict", "ignore", "replace", "backslashreplace",
                              "xmlcharrefreplace", "surrogateescape", "surrogatepass"))

# Codecs with a byte order mark: their pieces are encoded little-endian behind one mark.
_BOM = {"utf-16": (b"\xff\xfe", "utf-16-le"), "utf-32": (b"\xff\xfe\x00\x00", "utf-32-le")}


def _encode_custom(s, name, errors):
    prefix, name = _BOM.get(name.lower().replace("_", "-"), (b"", name))
    out = [prefix]
    pos = 0
    while True:
        try:
            out.append(s[pos:].encode(name))
            break
        except UnicodeEncodeError as e:
            start, end = pos + e.start, pos + e.end
            out.append(s[pos:start].encode(name))
            exc = UnicodeEncodeError(e.encoding, s, start, end, e.reason)
            # The handler is looked up only when needed, as CPython does.
            replacement, pos = lookup_error(errors)(exc)
            if pos < 0:
                pos += len(s)
            if not 0 <= pos <= len(s):
                raise IndexError(f"position {pos} from error handler out of bounds")
            if isinstance(replacement, str):
                out.append(replacement.encode(name))
            else:
                out.append(bytes(replacement))
    return b"".join(out)


def _decode_custom(data, name, errors):
    data = bytes(data)
    out = []
    pos = 0
    while True:
        try:
            out.append(data[pos:].decode(name))
            break
        except UnicodeDecodeError as e:
            start, end = pos + e.start, pos + e.end
            out.append(data[pos:start].decode(name))
            exc = UnicodeDecodeError(e.encoding, data, start, end, e.reason)
            # The handler is looked up only when needed, as CPython does.
            replacement, pos = lookup_error(errors)(exc)
            # The handler may have replaced the input: decoding goes on in the new one.
            data = bytes(exc.object)
            if pos < 0:
                pos += len(data)
            if not 0 <= pos <= len(data):
                raise IndexError(f"position {pos} from error handler out of bounds")
            out.append(replacement)
    return "".join(out)


def _codec_pair(name):
    def encoder(s, errors=None):
        if not isinstance(s, str):
            raise TypeError(f"{name.replace('-', '_')}_encode() argument 1 must be str, not {type(s).__name__}")
        errors = errors or "strict"
        if errors not in _NATIVE_HANDLERS:
            return _encode_custom(s, name, errors), len(s)
        return s.encode(name, errors), len(s)

    def decoder(data, errors=None, final=False):
        data = bytes(data)
        errors = errors or "strict"
        if errors not in _NATIVE_HANDLERS:
            return _decode_custom(data, name, errors), len(data)
        return data.decode(name, errors), len(data)

    return encoder, decoder


utf_8_encode, utf_8_decode = _codec_pair("utf-8")
ascii_encode, ascii_decode = _codec_pair("ascii")
latin_1_encode, latin_1_decode = _codec_pair("latin-1")
utf_16_encode, utf_16_decode = _codec_pair("utf-16")
utf_16_le_encode, utf_16_le_decode = _codec_pair("utf-16-le")
utf_16_be_encode, utf_16_be_decode = _codec_pair("utf-16-be")
utf_32_encode, utf_32_decode = _codec_pair("utf-32")
utf_32_le_encode, utf_32_le_decode = _codec_pair("utf-32-le")
utf_32_be_encode, utf_32_be_decode = _codec_pair("utf-32-be")
unicode_escape_encode, _unicode_escape_whole = _codec_pair("unicode-escape")
raw_unicode_escape_encode, _raw_unicode_escape_whole = _codec_pair("raw-unicode-escape")


def _escape_tail(data, raw):
    """Where an escape left incomplete at the end of `data` starts (len(data) if none), so
    that a non-final decode leaves it for the next call."""
    n = len(data)
    start = n
    i = n - 1
    while i >= 0 and n - i <= 10:
        if data[i] == 0x5C:
            run = 1
            while i - run >= 0 and data[i - run] == 0x5C:
                run += 1
            if run % 2:
                start = i
            break
        i -= 1
    if start == n:
        return n
    rest = data[start + 1:]
    if not rest:
        return start
    kind = rest[0]
    hexdigits = b"0123456789abcdefABCDEF"
    need = {0x75: 4, 0x55: 8} if raw else {0x78: 2, 0x75: 4, 0x55: 8}
    if kind in need:
        digits = rest[1:]
        if len(digits) < need[kind] and all(d in hexdigits for d in digits):
            return start
    elif kind == 0x4E and not raw and b"}" not in rest:
        return start
    return n


def _partial_escape_decoder(whole, raw):
    def decode(data, errors=None, final=True):
        data = bytes(data)
        if not final:
            data = data[:_escape_tail(data, raw)]
        return whole(data, errors)
    return decode


unicode_escape_decode = _partial_escape_decoder(_unicode_escape_whole, False)
raw_unicode_escape_decode = _partial_escape_decoder(_raw_unicode_escape_whole, True)
del _codec_pair


def _text_codec(obj, encoding, errors, encoding_dir, native):
    """str.encode / bytes.decode for a codec only the registry knows, or (`native`) a codec
    of str.encode's own with an error handler registered from Python."""
    if native:
        if encoding_dir:
            return _encode_custom(obj, encoding, errors)
        return _decode_custom(obj, encoding, errors)
    info = lookup(encoding)
    if not getattr(info, "_is_text_encoding", True):
        verb = "encode" if encoding_dir else "decode"
        raise LookupError(f"'{encoding}' is not a text encoding; "
                          f"use codecs.{verb}() to handle arbitrary codecs")
    result = info[0 if encoding_dir else 1](obj, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        what = "encoder" if encoding_dir else "decoder"
        raise TypeError(f"{what} must return a tuple (object, integer)")
    return result[0]


# ---- charmap codecs (the code pages of the encodings package) ----

class EncodingMap:
    """The reverse of a decoding table, made by `charmap_build`."""

    def __init__(self, table):
        self._table = table

    def size(self):
        return len(self._table)


EncodingMap.__module__ = "builtins"


def charmap_build(decoding_table):
    if len(decoding_table) != 256:
        return {ord(c): i for i, c in enumerate(decoding_table)}
    return EncodingMap({ord(c): i for i, c in enumerate(decoding_table) if c != "\ufffe"})


def _charmap_encode_char(c, mapping):
    """The bytes `c` maps to, or None when it maps to nothing."""
    n = ord(c)
    if mapping is None:
        return bytes((n,)) if n < 256 else None
    if isinstance(mapping, EncodingMap):
        b = mapping._table.get(n)
        return None if b is None else bytes((b,))
    try:
        b = mapping[n]
    except LookupError:
        return None
    if b is None:
        return None
    if isinstance(b, int):
        if not 0 <= b < 256:
            raise TypeError("character mapping must be in range(256)")
        return bytes((b,))
    if isinstance(b, bytes):
        return b
    raise TypeError("character mapping must return integer, bytes or None, not "
                    + type(b).__name__)


def charmap_encode(s, errors=None, mapping=None):
    errors = errors or "strict"
    out = []
    i = 0
    n = len(s)
    while i < n:
        b = _charmap_encode_char(s[i], mapping)
        if b is not None:
            out.append(b)
            i += 1
            continue
        end = i + 1
        while end < n and _charmap_encode_char(s[end], mapping) is None:
            end += 1
        exc = UnicodeEncodeError("charmap", s, i, end, "character maps to <undefined>")
        replacement, i = lookup_error(errors)(exc)
        if i < 0:
            i += n
        if isinstance(replacement, str):
            for c in replacement:
                b = _charmap_encode_char(c, mapping)
                if b is None:
                    raise exc
                out.append(b)
        else:
            out.append(bytes(replacement))
    return b"".join(out), n


def charmap_decode(data, errors=None, mapping=None):
    errors = errors or "strict"
    data = bytes(data)
    if mapping is None:
        return data.decode("latin-1"), len(data)
    out = []
    i = 0
    n = len(data)
    while i < n:
        b = data[i]
        if isinstance(mapping, str):
            c = mapping[b] if b < len(mapping) else "\ufffe"
        else:
            try:
                c = mapping[b]
            except LookupError:
                c = None
            if isinstance(c, int):
                if not 0 <= c <= 0x10FFFF:
                    raise TypeError("character mapping must be in range(0x110000)")
                c = chr(c)
            elif c is not None and not isinstance(c, str):
                raise TypeError("character mapping must return integer, None or str")
        if c is not None and c != "\ufffe":
            out.append(c)
            i += 1
            continue
        exc = UnicodeDecodeError("charmap", data, i, i + 1, "character maps to <undefined>")
        replacement, i = lookup_error(errors)(exc)
        if i < 0:
            i += n
        out.append(replacement)
    return "".join(out), n


# ---- byte order aware UTF-16 / UTF-32 decoding (the stream readers use these) ----

def _ex_decode(data, errors, byteorder, final, width, name):
    data = bytes(data)
    errors = errors or "strict"
    start = 0
    if byteorder == 0:
        le, be = (b"\xff\xfe", b"\xfe\xff") if width == 2 else (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")
        if data[:width] == le:
            byteorder, start = -1, width
        elif data[:width] == be:
            byteorder, start = 1, width
        elif len(data) < width and not final:
            return "", 0, 0
    codec = name + ("-be" if byteorder == 1 else "-le")
    body = data[start:]
    end = len(body) if final else _complete_units(body, width, byteorder == 1)
    text = _decoder_for(codec)(body[:end], errors)[0]
    return text, start + end, byteorder


def _complete_units(data, width, big):
    """How much of `data` is whole code units (and, for UTF-16, not a dangling high
    surrogate), so an incremental decoder keeps the rest for later."""
    end = len(data) - len(data) % width
    if width == 2 and end >= 2:
        unit = data[end - 2:end]
        high = unit[0] if big else unit[1]
        if 0xD8 <= high <= 0xDB:
            end -= 2
    return end


def _complete_utf8(data):
    """The length of `data` without an incomplete UTF-8 sequence at its end."""
    n = len(data)
    for back in range(1, min(3, n) + 1):
        b = data[n - back]
        if b < 0x80:
            return n
        if 0xC2 <= b <= 0xF4:
            need = 2 if b < 0xE0 else 3 if b < 0xF0 else 4
            if need <= back:
                return n
            # Only a sequence that can still become valid waits for more bytes.
            if back > 1:
                lo, hi = {0xE0: (0xA0, 0xBF), 0xED: (0x80, 0x9F), 0xF0: (0x90, 0xBF),
                          0xF4: (0x80, 0x8F)}.get(b, (0x80, 0xBF))
                if not lo <= data[n - back + 1] <= hi:
                    return n
            return n - back
        if b >= 0xC0:
            return n
    return n


def utf_16_ex_decode(data, errors=None, byteorder=0, final=False):
    return _ex_decode(data, errors, byteorder, final, 2, "utf-16")


def utf_32_ex_decode(data, errors=None, byteorder=0, final=False):
    return _ex_decode(data, errors, byteorder, final, 4, "utf-32")


# ---- escape_encode / escape_decode: bytes as in a bytes literal ----

def escape_encode(data, errors=None):
    if not isinstance(data, bytes):
        raise TypeError(f"argument 1 must be bytes, not {type(data).__name__}")
    out = []
    for b in data:
        if b == 0x5C:
            out.append(b"\\\\")
        elif b == 0x27:
            out.append(b"\\'")
        elif b == 0x09:
            out.append(b"\\t")
        elif b == 0x0A:
            out.append(b"\\n")
        elif b == 0x0D:
            out.append(b"\\r")
        elif 0x20 <= b < 0x7F:
            out.append(bytes((b,)))
        else:
            out.append(b"\\x%02x" % b)
    return b"".join(out), len(data)


_SIMPLE_ESCAPES = {ord("\n"): b"", ord("\\"): b"\\", ord("'"): b"'", ord('"'): b'"',
                   ord("a"): b"\x07", ord("b"): b"\x08", ord("f"): b"\x0c", ord("n"): b"\n",
                   ord("r"): b"\r", ord("t"): b"\t", ord("v"): b"\x0b"}


def escape_decode(data, errors=None):
    if isinstance(data, str):
        data = data.encode("utf-8")
    data = bytes(data)
    errors = errors or "strict"
    out = bytearray()
    i = 0
    n = len(data)
    while i < n:
        b = data[i]
        if b != 0x5C:
            out.append(b)
            i += 1
            continue
        if i + 1 >= n:
            raise ValueError("Trailing \\ in string")
        e = data[i + 1]
        i += 2
        if e in _SIMPLE_ESCAPES:
            out += _SIMPLE_ESCAPES[e]
        elif 0x30 <= e <= 0x37:
            v = e - 0x30
            for _ in range(2):
                if i < n and 0x30 <= data[i] <= 0x37:
                    v = v * 8 + data[i] - 0x30
                    i += 1
            out.append(v & 0xFF)
        elif e == ord("x"):
            digits = data[i:i + 2]
            valid = 0
            while valid < len(digits) and chr(digits[valid]) in "0123456789abcdefABCDEF":
                valid += 1
            if valid == 2:
                out.append(int(digits, 16))
                i += 2
                continue
            at = i - 2
            i += valid
            if errors == "strict":
                raise ValueError(f"invalid \\x escape at position {at}")
            elif errors == "replace":
                out.append(0x3F)
            elif errors != "ignore":
                raise ValueError(f"decoding error; unknown error handling code: {errors}")
        else:
            out.append(0x5C)
            out.append(e)
    return bytes(out), n


# ---- UTF-7 (RFC 2152) ----

_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_VALUE = {ord(c): i for i, c in enumerate(_B64)}
# Characters the encoder writes as themselves (RFC 2152's sets D and O, less '+', '\\'
# and '~', which CPython encodes in base64 too).
_UTF7_DIRECT = frozenset(
    "\t\n\r !\"#$%&'()*,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`"
    "abcdefghijklmnopqrstuvwxyz{|}")


def utf_7_encode(s, errors=None):
    if not isinstance(s, str):
        raise TypeError(f"utf_7_encode() argument 1 must be str, not {type(s).__name__}")
    out = []
    bits = 0
    nbits = 0
    shifted = False
    for c in s:
        if c in _UTF7_DIRECT:
            if shifted:
                if nbits:
                    out.append(_B64[(bits << (6 - nbits)) & 0x3F])
                bits = nbits = 0
                shifted = False
                if ord(c) in _B64_VALUE or c == "-":
                    out.append("-")
            out.append(c)
            continue
        if c == "+" and not shifted:
            out.append("+-")
            continue
        if not shifted:
            out.append("+")
            shifted = True
        n = ord(c)
        units = (n,) if n < 0x10000 else (0xD800 + ((n - 0x10000) >> 10), 0xDC00 + ((n - 0x10000) & 0x3FF))
        for unit in units:
            bits = (bits << 16) | unit
            nbits += 16
            while nbits >= 6:
                nbits -= 6
                out.append(_B64[(bits >> nbits) & 0x3F])
            bits &= (1 << nbits) - 1
    if shifted:
        if nbits:
            out.append(_B64[(bits << (6 - nbits)) & 0x3F])
        out.append("-")
    return "".join(out).encode("ascii"), len(s)


def utf_7_decode(data, errors=None, final=False):
    data = bytes(data)
    errors = errors or "strict"
    out = []
    i = 0
    n = len(data)
    shift_start = None    # where the current base64 run's '+' is
    shift_out = 0         # len(out) when that run began
    bits = 0
    nbits = 0
    high = None           # a high surrogate waiting for its low half

    def fail(start, end, reason):
        exc = UnicodeDecodeError("utf7", data, start, end, reason)
        replacement, pos = lookup_error(errors)(exc)
        out.append(replacement)
        return pos if pos >= 0 else pos + n

    while i < n:
        b = data[i]
        if shift_start is not None:
            if b in _B64_VALUE:
                bits = (bits << 6) | _B64_VALUE[b]
                nbits += 6
                i += 1
                if nbits >= 16:
                    nbits -= 16
                    unit = (bits >> nbits) & 0xFFFF
                    bits &= (1 << nbits) - 1
                    if high is not None:
                        if 0xDC00 <= unit <= 0xDFFF:
                            out.append(chr(0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00)))
                            high = None
                            continue
                        out.append(chr(high))
                        high = None
                    if 0xD800 <= unit <= 0xDBFF:
                        high = unit
                    else:
                        out.append(chr(unit))
                continue
            # The run ends here; a bad ending swallows the character that ends it.
            start = shift_start
            shift_start = None
            if nbits >= 6 or bits:
                high = None
                reason = ("partial character in shift sequence" if nbits >= 6
                          else "non-zero padding bits in shift sequence")
                bits = nbits = 0
                i = fail(start, i + 1, reason)
                continue
            if high is not None and b < 0x80:
                out.append(chr(high))
            high = None
            bits = nbits = 0
            if b == 0x2D:
                i += 1
            continue
        if b == 0x2B:
            nxt = data[i + 1] if i + 1 < n else None
            if nxt == 0x2D:
                out.append("+")
                i += 2
            elif nxt is not None and nxt not in _B64_VALUE:
                i = fail(i, i + 2, "ill-formed sequence")
            else:
                shift_start = i
                shift_out = len(out)
                i += 1
            continue
        if b >= 0x80:
            i = fail(i, i + 1, "unexpected special character")
            continue
        out.append(chr(b))
        i += 1
    if shift_start is not None:
        if not final:
            del out[shift_out:]
            return "".join(out), shift_start
        if high is not None or nbits >= 6 or bits:
            fail(shift_start, n, "unterminated shift sequence")
    return "".join(out), n


# ---- incremental decoding of the UTFs: keep an incomplete tail for the next call ----

def _decoder_for(name):
    def decode(data, errors=None):
        data = bytes(data)
        errors = errors or "strict"
        if errors not in _NATIVE_HANDLERS:
            return _decode_custom(data, name, errors), len(data)
        return data.decode(name, errors), len(data)
    return decode


def _incremental(name, width, big):
    whole = _decoder_for(name)

    def decode(data, errors=None, final=False):
        data = bytes(data)
        if not final:
            end = _complete_utf8(data) if width == 1 else _complete_units(data, width, big)
            data = data[:end]
        return whole(data, errors)
    return decode


class _BuiltinCodecFunction:
    """A codec function as a class attribute does not bind (CPython's are builtins):
    `encodings.utf_8.StreamWriter.encode` is `codecs.utf_8_encode` itself."""

    __slots__ = ("_f", "__name__")

    def __init__(self, f, name):
        self._f = f
        self.__name__ = name

    def __call__(self, *args, **kwargs):
        return self._f(*args, **kwargs)

    def __repr__(self):
        return f"<built-in function {self.__name__}>"


utf_8_decode = _incremental("utf-8", 1, False)
utf_16_le_decode = _incremental("utf-16-le", 2, False)
utf_16_be_decode = _incremental("utf-16-be", 2, True)
utf_32_le_decode = _incremental("utf-32-le", 4, False)
utf_32_be_decode = _incremental("utf-32-be", 4, True)


def utf_16_decode(data, errors=None, final=False):
    return _ex_decode(data, errors, 0, final, 2, "utf-16")[:2]


def utf_32_decode(data, errors=None, final=False):
    return _ex_decode(data, errors, 0, final, 4, "utf-32")[:2]


def readbuffer_encode(data, errors=None):
    if isinstance(data, str):
        data = data.encode("utf-8")
    data = bytes(data)
    return data, len(data)


for _name in ("utf_8", "ascii", "latin_1", "utf_16", "utf_16_le", "utf_16_be", "utf_32",
              "utf_32_le", "utf_32_be", "unicode_escape", "raw_unicode_escape", "utf_7"):
    for _dir in ("_encode", "_decode"):
        globals()[_name + _dir] = _BuiltinCodecFunction(globals()[_name + _dir], _name + _dir)
for _name in ("utf_16_ex_decode", "utf_32_ex_decode", "escape_encode", "escape_decode",
              "charmap_encode", "charmap_decode", "charmap_build", "readbuffer_encode"):
    globals()[_name] = _BuiltinCodecFunction(globals()[_name], _name)
del _name, _dir
