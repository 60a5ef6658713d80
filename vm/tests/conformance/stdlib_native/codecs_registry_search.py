# _codecs: search functions find codecs by normalised name; lookups are cached.
import _codecs

calls = []


def search(name):
    calls.append(name)
    if name == "my_codec":
        return (lambda s, errors="strict": (s.upper().encode(), len(s)),
                lambda b, errors="strict": (bytes(b).decode().lower(), len(b)), None, None)
    return None


_codecs.register(search)
info = _codecs.lookup("My Codec")
print(calls, info[0]("abc"), info[1](b"XYZ"))
_codecs.lookup("my_codec")
print(calls)
print(_codecs.encode("hi", "my_codec"), _codecs.decode(b"HI", "my_codec"))
try:
    _codecs.lookup(5)
except TypeError as e:
    print("TypeError", e)
try:
    _codecs.register(3)
except TypeError as e:
    print("TypeError", e)
print(_codecs.utf_8_encode("h\xe9"), _codecs.utf_8_decode(b"h\xc3\xa9"))
print(_codecs.latin_1_encode("\xe9"), _codecs.ascii_decode(b"ok"))
