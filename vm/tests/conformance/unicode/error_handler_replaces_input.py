# A decode error handler may replace the exception's input (decoding goes on in the new
# one, from the position it returns); an encode handler's replacement is not read back.
import _codecs as codecs
def fwd(exc):
    return ('\ufffd', exc.start+1)
codecs.register_error("fwd", fwd)
for data, enc in [(b'\xd8\xd8\xd8\xd8\xd8\x00\x00\x00','utf-16-le'),(b'\xd8\xd8\xd8\xd8\x00\xd8\x00\x00','utf-16-be'),(b'\x11\x11\x11\x11\x11\x00\x00\x00\x00\x00\x00','utf-32-le'), (b'\x11\x11\x11\x00\x00\x00\x00\x00\x00', 'utf-32-be')]:
    print(ascii(data.decode(enc, 'fwd')))
def replace_with_long(exc):
    if isinstance(exc, UnicodeDecodeError):
        exc.object = b"\x00" * 8
        return ('\ufffd', exc.start)
    exc.object = "abc"
    return ('?', exc.start + 1)
codecs.register_error("long", replace_with_long)
print(ascii(b'\x00'.decode('utf-16', 'long')))
print(ascii(b'\x00'.decode('utf-32', 'long')))
print(ascii(b'\x00'.decode('utf-16-le', 'long')))
print(ascii('\udc80xyz'.encode('ascii', 'long')))
print(ascii('\udc80xyz'.encode('utf-16-le', 'long')))
