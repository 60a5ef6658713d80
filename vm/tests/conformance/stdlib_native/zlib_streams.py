# zlib's compressobj/decompressobj: chunked streams, flush modes, max_length with
# unconsumed_tail and eof.
import zlib

data = bytes(range(256)) * 300 + b"tail" * 1000
for wbits in [15, -15, 31]:
    co = zlib.compressobj(6, zlib.DEFLATED, wbits)
    parts = [co.compress(data[i:i + 4000]) for i in range(0, len(data), 4000)]
    parts.append(co.flush(zlib.Z_SYNC_FLUSH))
    parts.append(co.compress(b"more"))
    parts.append(co.flush())
    blob = b"".join(parts)
    do = zlib.decompressobj(wbits)
    out = b"".join(do.decompress(blob[i:i + 1000]) for i in range(0, len(blob), 1000))
    out += do.flush()
    print(wbits, out == data + b"more", do.eof, do.unused_data)
    try:
        co.flush()
    except zlib.error as e:
        print(type(e).__name__, e)
do = zlib.decompressobj()
blob = zlib.compress(data) + b"after"
first = do.decompress(blob, 100)
print(len(first), len(do.unconsumed_tail) > 0, do.eof)
do = zlib.decompressobj()
print(do.decompress(zlib.compress(b"abc")[:5]), do.eof)
print(zlib.compressobj().flush(zlib.Z_NO_FLUSH))
