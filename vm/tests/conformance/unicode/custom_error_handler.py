# Error handlers registered with _codecs.register_error are called with the exception.
import _codecs


def angle(exc):
    if isinstance(exc, UnicodeEncodeError):
        return '<%s>' % ','.join(hex(ord(c)) for c in exc.object[exc.start:exc.end]), exc.end
    return '[%s]' % exc.object[exc.start:exc.end].hex(), exc.end


_codecs.register_error('test.angle', angle)
print('a\u20ac\u20acb\xe9'.encode('ascii', 'test.angle'))
print('a\ud800b'.encode('utf-8', 'test.angle'))
print(repr(b'a\xff\xfeb'.decode('utf-8', 'test.angle')))
print(repr(b'a\x80b'.decode('ascii', 'test.angle')))
try:
    'x'.encode('ascii', 'no.such.handler') if False else '\u20ac'.encode('ascii', 'no.such.handler')
except LookupError as e:
    print(type(e).__name__, e)
print(_codecs.lookup_error('surrogateescape').__name__, _codecs.lookup_error('strict').__name__)
