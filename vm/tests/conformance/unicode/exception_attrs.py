# UnicodeEncodeError / UnicodeDecodeError carry the failing span, and str() describes it.
try:
    'ab\udc80\udc81cd'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
    print(str(e))
e = UnicodeEncodeError('utf-8', 'x\ud800', 1, 2, 'surrogates not allowed')
print(str(e))
e = UnicodeDecodeError('utf-16-le', b'\x00\xd8', 0, 2, 'unexpected end of data')
print(str(e), e.object)
e = UnicodeTranslateError('\udfff', 0, 1, 'no mapping')
print(str(e))
