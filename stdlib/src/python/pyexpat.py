"""pyexpat for Krait: CPython's interface to an XML parser, over Krait's own parser in the
native `_pyexpat` (no Expat library inside; the messages and error codes are Expat's).

The native scanner turns input into events; the parser object here calls the handlers set
on it, one event at a time, so a handler may change the handlers. Character data arrives
as soon as it is read (split at line ends, as Expat splits it); every other event once
its whole token has been read. Handlers that are stored but never called:
NotStandaloneHandler and ElementDeclHandler (element declarations go to the default
handler instead).
"""

import sys as _sys
import _pyexpat

EXPAT_VERSION = "expat_2.5.0"
version_info = (2, 5, 0)
native_encoding = "UTF-8"
features = [
    ("sizeof(XML_Char)", 1),
    ("sizeof(XML_LChar)", 1),
    ("XML_DTD", 0),
    ("XML_CONTEXT_BYTES", 1024),
    ("XML_NS", 0),
    ("XML_BLAP_MAX_AMP", 100),
    ("XML_BLAP_ACT_THRES", 8388608),
]

XML_PARAM_ENTITY_PARSING_NEVER = 0
XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE = 1
XML_PARAM_ENTITY_PARSING_ALWAYS = 2


class ExpatError(Exception):
    __module__ = "xml.parsers.expat"

error = ExpatError


def _submodule(name, doc):
    module = type(_sys)(name, doc)
    _sys.modules[name] = module
    return module


errors = _submodule("pyexpat.errors", "Constants used to describe error conditions.")
errors.codes = {}
errors.messages = {}
for _code, (_name, _message) in enumerate(zip(_pyexpat.ERROR_NAMES, _pyexpat.ERROR_MESSAGES), 1):
    setattr(errors, _name, _message)
    errors.codes[_message] = _code
    errors.messages[_code] = _message
del _code, _name, _message

model = _submodule("pyexpat.model", "Constants used to interpret content model information.")
model.XML_CTYPE_EMPTY = 1
model.XML_CTYPE_ANY = 2
model.XML_CTYPE_MIXED = 3
model.XML_CTYPE_NAME = 4
model.XML_CTYPE_CHOICE = 5
model.XML_CTYPE_SEQ = 6
model.XML_CQUANT_NONE = 0
model.XML_CQUANT_OPT = 1
model.XML_CQUANT_REP = 2
model.XML_CQUANT_PLUS = 3


def ErrorString(code):
    """Returns string error for given number."""
    return errors.messages.get(code)


_HANDLERS = (
    "StartElementHandler", "EndElementHandler", "ProcessingInstructionHandler",
    "CharacterDataHandler", "UnparsedEntityDeclHandler", "NotationDeclHandler",
    "StartNamespaceDeclHandler", "EndNamespaceDeclHandler", "CommentHandler",
    "StartCdataSectionHandler", "EndCdataSectionHandler", "DefaultHandler",
    "DefaultHandlerExpand", "NotStandaloneHandler", "ExternalEntityRefHandler",
    "StartDoctypeDeclHandler", "EndDoctypeDeclHandler", "EntityDeclHandler",
    "XmlDeclHandler", "ElementDeclHandler", "AttlistDeclHandler", "SkippedEntityHandler",
)
_HANDLER_SET = frozenset(_HANDLERS)

_FLAGS = ("buffer_text", "ordered_attributes", "specified_attributes", "namespace_prefixes")

_MADE = object()


class xmlparser:
    """XML parser"""

    __slots__ = ("_h", "_s", "_state", "__weakref__")

    def __new__(cls, *args, **kwargs):
        if not args or args[0] is not _MADE:
            raise TypeError("cannot create 'pyexpat.xmlparser' instances")
        return object.__new__(cls)

    def __init__(self, made, encoding, separator, intern):
        h = dict.fromkeys(_HANDLERS)
        object.__setattr__(self, "_h", h)
        known = encoding is None or _pyexpat.known_encoding(encoding)
        object.__setattr__(self, "_s", _pyexpat.scanner(encoding if known else None, separator))
        object.__setattr__(self, "_state", {
            "buffer_text": False, "ordered_attributes": False,
            "specified_attributes": False, "namespace_prefixes": False,
            "buffer_size": 8192, "buf": [], "buf_len": 0, "intern": intern,
            "pos": None, "error": 0, "base": None, "codec": None,
            "encoding": None if known else encoding, "foreign_dtd": False,
            "head": [], "separator": separator, "param_parsing": 0,
            "doctype": False, "doctype_ids": None,
        })

    def __getattr__(self, name):
        h = object.__getattribute__(self, "_h")
        if name in h:
            return h[name]
        st = object.__getattribute__(self, "_state")
        if name in _FLAGS:
            return st[name]
        if name == "buffer_size":
            return st["buffer_size"]
        if name == "buffer_used":
            return st["buf_len"]
        if name == "intern":
            return st["intern"]
        if name == "ErrorCode":
            return st["error"]
        # As in Expat, the error's place is the current place (where parsing stopped).
        which = _PLACES.get(name)
        if which is not None:
            pos = st["pos"]
            if pos is None:
                pos = self._s.position()
            return pos[which]
        raise AttributeError(f"'pyexpat.xmlparser' object has no attribute '{name}'")

    def __setattr__(self, name, value):
        if not isinstance(name, str):
            raise TypeError(f"attribute name must be string, not '{type(name).__name__}'")
        h = object.__getattribute__(self, "_h")
        if name in h:
            h[name] = value
            return
        st = self._state
        if name in _FLAGS:
            flag = bool(value)
            if name == "buffer_text" and not flag:
                self._flush()
            if name == "namespace_prefixes":
                self._s.set_prefixes(flag)
            st[name] = flag
            return
        if name == "buffer_size":
            if not isinstance(value, int):
                raise TypeError("buffer_size must be an integer")
            if value > _sys.maxsize or value < -_sys.maxsize - 1:
                raise OverflowError("Python int too large to convert to C long")
            if value <= 0:
                raise ValueError("buffer_size must be greater than zero")
            if value > 2147483647:
                raise ValueError("buffer_size must not be greater than 2147483647")
            self._flush()
            st["buffer_size"] = value
            return
        if name in ("ErrorCode", "ErrorLineNumber", "ErrorColumnNumber", "ErrorByteIndex",
                    "CurrentLineNumber", "CurrentColumnNumber", "CurrentByteIndex",
                    "buffer_used", "intern"):
            raise AttributeError(
                f"attribute '{name}' of 'pyexpat.xmlparser' objects is not writable")
        raise AttributeError(f"'pyexpat.xmlparser' object has no attribute '{name}'")

    def __dir__(self):
        return sorted(set(object.__dir__(self)) | _HANDLER_SET | set(_FLAGS) | {
            "buffer_size", "buffer_used", "intern", "ErrorCode", "ErrorLineNumber",
            "ErrorColumnNumber", "ErrorByteIndex", "CurrentLineNumber",
            "CurrentColumnNumber", "CurrentByteIndex"})

    # -- feeding -----------------------------------------------------------------------

    def Parse(self, data, isfinal=False):
        """Parse XML data.

        `isfinal' should be true at end of input."""
        st = self._state
        if isinstance(data, str):
            self._s.force_utf8()
            data = data.encode("utf-8", "surrogatepass")
        elif st["encoding"] is not None:
            codec = st["codec"]
            if codec is None:
                codec = st["codec"] = _decoder(st["encoding"])
                self._s.force_utf8()
                self._s.set_chunked()
            data = codec.decode(bytes(memoryview(data)), bool(isfinal)).encode("utf-8")
        else:
            try:
                data = memoryview(data)
            except TypeError:
                raise TypeError(
                    f"a bytes-like object is required, not '{type(data).__name__}'") from None
        head = st["head"]
        if head is not None:
            head.append(bytes(data))
        events, err = self._s.feed(data, bool(isfinal))
        if err is not None and err[0] == 18 and head is not None:
            # An encoding Python knows but the scanner does not: decode here from the
            # start and hand the scanner UTF-8.
            name = self._s.unknown_encoding()
            if name is not None:
                codec = st["codec"] = _decoder(name)
                st["encoding"] = name
                st["head"] = None
                sep = st["separator"]
                object.__setattr__(self, "_s", _pyexpat.scanner(None, sep))
                self._s.set_prefixes(st["namespace_prefixes"])
                self._s.force_utf8()
                self._s.set_chunked()
                data = codec.decode(b"".join(head), bool(isfinal)).encode("utf-8")
                events, err = self._s.feed(data, bool(isfinal))
        if events:
            st["head"] = None
        try:
            for ev in events:
                self._dispatch(ev)
        finally:
            st["pos"] = None
        if err is not None:
            self._fail(err)
        self._flush()
        return 1

    def ParseFile(self, file):
        """Parse XML data from file-like object."""
        try:
            read = file.read
        except AttributeError:
            raise TypeError("argument must have 'read' attribute") from None
        while True:
            data = read(2048)
            if not isinstance(data, (bytes, bytearray, str)):
                raise TypeError(
                    f"read() did not return a bytes object (type={type(data).__name__})")
            if not data:
                break
            self.Parse(data, False)
        return self.Parse(b"", True)

    def _fail(self, err):
        st = self._state
        code, line, col, byte = err
        st["error"] = code
        st["pos"] = (line, col, byte)
        e = ExpatError(f"{ErrorString(code)}: line {line}, column {col}")
        e.code = code
        e.lineno = line
        e.offset = col
        raise e

    # -- settings ----------------------------------------------------------------------

    def SetBase(self, base):
        """Set the base URL for the parser."""
        self._state["base"] = base

    def GetBase(self):
        """Return base URL string for the parser."""
        return self._state["base"]

    def GetInputContext(self):
        """Return the untranslated text of the input that caused the current event."""
        return None

    def SetParamEntityParsing(self, flag):
        """Controls parsing of parameter entities (including the external DTD subset)."""
        self._state["param_parsing"] = flag
        return 1

    def UseForeignDTD(self, flag=True):
        """Allows the application to provide an artificial external subset if one is not
        specified as part of the document instance."""
        self._state["foreign_dtd"] = bool(flag)

    def ExternalEntityParserCreate(self, context, encoding=None):
        """Create a parser for parsing an external entity based on the information passed
        to the ExternalEntityRefHandler."""
        child = xmlparser(_MADE, encoding, self._state["separator"], self._state["intern"])
        child._s.set_fragment()
        for name, value in self._h.items():
            child._h[name] = value
        for name in _FLAGS:
            child._state[name] = self._state[name]
        return child

    # -- events ------------------------------------------------------------------------

    def _flush(self):
        st = self._state
        buf = st["buf"]
        if buf:
            text = "".join(buf)
            buf.clear()
            st["buf_len"] = 0
            handler = self._h["CharacterDataHandler"]
            if handler is not None:
                handler(text)

    def _dispatch(self, ev):
        kind = ev[0]
        st = self._state
        h = self._h
        if kind == 2:
            handler = h["CharacterDataHandler"]
            if handler is None:
                return self._other(ev, None)
            text = ev[5]
            if st["buffer_text"]:
                size = st["buffer_size"]
                if st["buf_len"] + len(text) > size:
                    self._flush()
                    if len(text) > size:
                        st["pos"] = ev[1:4]
                        handler(text)
                        return
                st["buf"].append(text)
                st["buf_len"] += len(text)
                return
            st["pos"] = ev[1:4]
            handler(text)
            return
        name = _KIND_HANDLER.get(kind)
        handler = h[name] if name is not None else None
        if kind == 12 and ev[10] is not None and h["UnparsedEntityDeclHandler"] is not None:
            handler = h["UnparsedEntityDeclHandler"]
            return self._other(ev, lambda: handler(ev[5], st["base"], ev[8], ev[9], ev[10]))
        if kind == 0 and st["foreign_dtd"] and not st["doctype"]:
            st["doctype"] = True
            self._external_subset(ev, None, None)
        if kind == 10:
            st["doctype"] = True
            if ev[6] is not None:
                st["doctype_ids"] = (ev[6], ev[7])
        elif kind == 11 and st["doctype_ids"] is not None:
            self._external_subset(ev, *st["doctype_ids"])
        if kind == 20:
            if h["StartDoctypeDeclHandler"] is None:
                self._other(ev, None)
            return
        if handler is None:
            if kind in (7, 8):
                return
            return self._other(ev, None)
        args = ev[5:]
        if kind == 0:
            attrs = ev[6]
            if st["specified_attributes"]:
                attrs = attrs[:2 * ev[7]]
            if not st["ordered_attributes"]:
                attrs = dict(zip(attrs[::2], attrs[1::2]))
            args = (ev[5], attrs)
        elif kind == 12:
            args = (ev[5], ev[6], ev[7], st["base"], ev[8], ev[9], ev[10])
        elif kind == 15:
            args = (ev[5], st["base"], ev[6], ev[7])
        elif kind == 16:
            args = (ev[5], st["base"], ev[6], ev[7])
        self._other(ev, lambda: self._check(kind, ev, handler(*args)))

    def _other(self, ev, call):
        """Calls `call` for a non-text event, or the default handler with its markup."""
        st = self._state
        if call is None:
            h = self._h
            default = h["DefaultHandler"] or h["DefaultHandlerExpand"]
            raw = ev[4]
            if default is None or not raw:
                return
            call = lambda: default(raw)
        if st["buf"]:
            self._flush()
        st["pos"] = ev[1:4]
        call()

    def _check(self, kind, ev, result):
        """Handlers whose result matters: a false one is an error."""
        if kind in (16, 19):
            if not hasattr(type(result), "__index__"):
                raise TypeError(
                    f"'{type(result).__name__}' object cannot be interpreted as an integer")
            if not result.__index__():
                self._fail((21 if kind == 16 else 22,) + tuple(ev[1:4]))

    def _external_subset(self, ev, system, public):
        """With parameter entity parsing on, the external DTD subset is read through the
        ExternalEntityRefHandler (given no context)."""
        st = self._state
        handler = self._h["ExternalEntityRefHandler"]
        st["doctype_ids"] = None
        if handler is None or not st["param_parsing"]:
            return
        if st["buf"]:
            self._flush()
        st["pos"] = ev[1:4]
        self._check(16, ev, handler(None, st["base"], system, public))


_PLACES = {
    "CurrentLineNumber": 0, "CurrentColumnNumber": 1, "CurrentByteIndex": 2,
    "ErrorLineNumber": 0, "ErrorColumnNumber": 1, "ErrorByteIndex": 2,
}


_KIND_HANDLER = {
    0: "StartElementHandler", 1: "EndElementHandler", 3: "ProcessingInstructionHandler",
    4: "CommentHandler", 5: "StartCdataSectionHandler", 6: "EndCdataSectionHandler",
    7: "StartNamespaceDeclHandler", 8: "EndNamespaceDeclHandler", 9: "XmlDeclHandler",
    10: "StartDoctypeDeclHandler", 11: "EndDoctypeDeclHandler", 12: "EntityDeclHandler",
    14: "SkippedEntityHandler", 15: "NotationDeclHandler", 16: "ExternalEntityRefHandler",
    17: "AttlistDeclHandler", 18: "ElementDeclHandler", 19: "NotStandaloneHandler",
}


xmlparser.__module__ = "pyexpat"
XMLParserType = xmlparser

_NO_INTERN = object()


def _decoder(name):
    import _codecs
    return _codecs.lookup(name).incrementaldecoder()


def ParserCreate(encoding=None, namespace_separator=None, intern=_NO_INTERN):
    """Return a new XML parser object."""
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError(
            f"ParserCreate() argument 'encoding' must be str or None, not {type(encoding).__name__}")
    if namespace_separator is not None:
        if not isinstance(namespace_separator, str):
            raise TypeError(
                "ParserCreate() argument 'namespace_separator' must be str or None, not "
                f"{type(namespace_separator).__name__}")
        if len(namespace_separator) > 1:
            raise ValueError(
                "namespace_separator must be at most one character, omitted, or None")
    if intern is _NO_INTERN:
        intern = {}
    elif intern is not None and not isinstance(intern, dict):
        raise TypeError("intern must be a dictionary")
    return xmlparser(_MADE, encoding, namespace_separator, intern)
