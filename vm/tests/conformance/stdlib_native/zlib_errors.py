# zlib's errors: bad levels and options, corrupt and truncated streams, checksums.
import zlib

for expr in ['zlib.compress(b"a", 10)', 'zlib.decompress(b"abc")',
             'zlib.decompress(zlib.compress(b"abc")[:-3])', 'zlib.decompress(b"x\\x9c\\xff\\xff")',
             'zlib.compressobj(10)', 'zlib.decompressobj(wbits=100)', 'zlib.compress("s")',
             'zlib.decompressobj().decompress(b"x", -1)', 'zlib.compressobj(method=9)',
             'zlib.decompress(zlib.compress(b"abc", wbits=31)[:-1], 31)']:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
print(issubclass(zlib.error, Exception), zlib.error.__module__)
print(zlib.crc32(b"hello"), zlib.crc32(b"world", zlib.crc32(b"hello ")), zlib.crc32(b"a", -1))
print(zlib.adler32(b""), zlib.adler32(b"hello"), zlib.adler32(b"x" * 100000), zlib.adler32(b"abc", 12345678))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.Z_BEST_COMPRESSION,
      zlib.Z_BEST_SPEED, zlib.Z_DEFAULT_COMPRESSION, zlib.Z_FINISH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH)
