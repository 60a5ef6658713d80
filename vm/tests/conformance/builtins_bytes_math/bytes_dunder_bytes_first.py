# bytes() asks __bytes__ before anything else; setting it to None blocks the conversion.
class WithBytes:
    def __init__(self, v):
        self.v = v
    def __bytes__(self):
        return self.v

class IndexWithBytes:
    def __bytes__(self):
        return b'a'
    def __index__(self):
        return 42

class StrWithBytes(str):
    def __bytes__(self):
        return b'from dunder'

print(bytes(WithBytes(b'abc')), bytes(IndexWithBytes()), bytes(StrWithBytes('x')))
print(bytes(StrWithBytes('\u20ac'), 'utf-8'))
print(bytearray(IndexWithBytes()) == bytearray(42))

class Blocked(list):
    __bytes__ = None
for arg in (WithBytes('str'), Blocked([1]), '', ):
    try:
        bytes(arg)
    except TypeError as e:
        print(type(e).__name__, e)
for args in ((0, 'ascii'), (b'', 'ascii'), ('',)):
    try:
        bytes(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    bytes('', errors='ignore')
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes(0, errors='ignore')
except TypeError as e:
    print(type(e).__name__, e)
