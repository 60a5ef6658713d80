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


_error_handlers = {
    "strict": strict_errors,
    "ignore": ignore_errors,
    "replace": replace_errors,
    "backslashreplace": backslashreplace_errors,
    "xmlcharrefreplace": xmlcharrefreplace_errors,
    "namereplace": namereplace_errors,
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

def _codec_pair(name):
    def encoder(s, errors=None):
        return s.encode(name, errors or "strict"), len(s)

    def decoder(data, errors=None, final=False):
        data = bytes(data)
        return data.decode(name, errors or "strict"), len(data)

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
del _codec_pair
