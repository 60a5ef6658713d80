# UnicodeEncodeError / UnicodeDecodeError carry encoding, object, start, end and reason
try:
    "ab\xe9\xe8c".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
    print(isinstance(e, UnicodeError), isinstance(e, ValueError), str(e))
try:
    b"ok\xc3(".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
    print(e.object[e.start:e.end], str(e))
try:
    b"\xe2\x82".decode()
except UnicodeDecodeError as e:
    print(e.start, e.end, e.reason)
try:
    "\u20ac".encode("latin-1")
except ValueError as e:
    print(type(e).__name__, e.start, e.end, e.reason)
