# The registered error handlers and what they return for an encode error.
import _codecs

err = UnicodeEncodeError("ascii", "a\xe9\u20acb", 1, 3, "ordinal not in range(128)")
for name in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
    print(name, _codecs.lookup_error(name)(err))
derr = UnicodeDecodeError("ascii", b"a\xff", 1, 2, "bad")
print(_codecs.lookup_error("replace")(derr), _codecs.lookup_error("backslashreplace")(derr))
try:
    _codecs.lookup_error("strict")(err)
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
try:
    _codecs.lookup_error("nope")
except LookupError as e:
    print("LookupError", e)
_codecs.register_error("mine", lambda e: ("<%d>" % e.start, e.end))
print(_codecs.lookup_error("mine")(err))
try:
    _codecs.register_error("bad", 3)
except TypeError as e:
    print("TypeError", e)
