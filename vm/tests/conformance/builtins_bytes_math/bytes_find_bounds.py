# find/rfind/index/count read start and end as slice bounds: huge ints saturate.
import sys
b = b"abcabc"
print(b.find(b"c", sys.maxsize + 1), b.rfind(b"a", -sys.maxsize * 4), b.find(b"b", 0, 10 ** 30))
print(bytearray(b).find(b"xxx", sys.maxsize + 1, 0), b.count(b"a", -10 ** 20, 10 ** 20))
try:
    b.index(b"c", 10 ** 20)
except ValueError as e:
    print(type(e).__name__, e)
