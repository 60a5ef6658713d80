# The hash modules hashlib falls back to: MD5, SHA-1 and SHA-2 digests, incremental
# updates, copies and the objects' attributes.
import _md5, _sha1, _sha256, _sha512

for ctor in [_md5.md5, _sha1.sha1, _sha256.sha224, _sha256.sha256, _sha512.sha384, _sha512.sha512]:
    h = ctor(b"The quick brown fox ")
    c = h.copy()
    h.update(b"jumps over the lazy dog")
    print(h.name, h.digest_size, h.block_size, h.hexdigest())
    print(c.hexdigest() == ctor(b"The quick brown fox ").hexdigest(), h.digest() == bytes.fromhex(h.hexdigest()))
print(_md5.md5(string=b"a").hexdigest(), _md5.md5(b"", usedforsecurity=False).hexdigest())
print(_sha256.sha256(memoryview(b"abc")).hexdigest() == _sha256.sha256(bytearray(b"abc")).hexdigest())
print(type(_sha256.sha256()).__name__, type(_sha256.sha256()).__module__, _sha256.SHA256Type is type(_sha256.sha256()))
for expr in ['_sha256.sha256("x")', '_sha256.sha256(1)', '_sha256.sha256().update("x")',
             '_sha256.sha256(data=b"a")', '_sha256.sha256(b"a", b"b")', '_md5.md5().digest(1)']:
    try:
        print(eval(expr))
    except TypeError as e:
        print(expr, "->", e)
