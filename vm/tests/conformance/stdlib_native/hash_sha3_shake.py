# _sha3: the SHA-3 digests and the SHAKE extendable-output functions.
import _sha3

for name in ["sha3_224", "sha3_256", "sha3_384", "sha3_512"]:
    h = getattr(_sha3, name)(b"abc")
    h.update(b"def" * 100)
    print(h.name, h.digest_size, h.block_size, h.hexdigest())
for name in ["shake_128", "shake_256"]:
    h = getattr(_sha3, name)()
    h.update(b"abc")
    print(h.name, h.digest_size, h.block_size, h.hexdigest(8), len(h.digest(500)))
    print(h.digest(300)[:16] == h.digest(16), h.copy().hexdigest(4))
print(type(_sha3.sha3_256), isinstance(_sha3.sha3_256(), _sha3.sha3_256))
for expr in ['_sha3.shake_128().digest()', '_sha3.shake_128().digest(-1)', '_sha3.sha3_256("x")']:
    try:
        print(eval(expr))
    except (TypeError, ValueError) as e:
        print(expr, "->", type(e).__name__, e)
