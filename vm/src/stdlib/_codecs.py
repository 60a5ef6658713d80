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
        import encodings  # registers its search function, as CPython does at start-up
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
    handler = lookup_error(errors)
    prefix, name = _BOM.get(name, (b"", name))
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
            replacement, pos = handler(exc)
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
    handler = lookup_error(errors)
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
            replacement, pos = handler(exc)
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
unicode_escape_encode, unicode_escape_decode = _codec_pair("unicode-escape")
raw_unicode_escape_encode, raw_unicode_escape_decode = _codec_pair("raw-unicode-escape")
del _codec_pair


def _text_codec(obj, encoding, errors, encoding_dir):
    """str.encode / bytes.decode for a codec only the registry knows, or an error handler
    registered from Python."""
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
    table = {}
    for i, c in enumerate(decoding_table):
        if c != "\ufffe":
            table.setdefault(ord(c), i)
    return EncodingMap(table)


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
