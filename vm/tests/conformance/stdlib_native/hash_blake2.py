# _blake2: BLAKE2b and BLAKE2s with digest size, key, salt, person and tree parameters.
import _blake2

for cls in [_blake2.blake2b, _blake2.blake2s]:
    print(cls(b"abc").hexdigest())
    print(cls(b"abc", digest_size=20).hexdigest())
    print(cls(b"message", key=b"secret key", salt=b"salt", person=b"me").hexdigest())
    print(cls(fanout=0, depth=255, leaf_size=4096, node_offset=3, node_depth=2, inner_size=16, last_node=True).hexdigest())
    h = cls()
    for chunk in [b"a" * 127, b"b" * 1, b"c" * 200]:
        h.update(chunk)
    print(h.name, h.digest_size, h.block_size, h.hexdigest() == cls(b"a" * 127 + b"b" + b"c" * 200).hexdigest())
print(_blake2.BLAKE2B_SALT_SIZE, _blake2.BLAKE2B_PERSON_SIZE, _blake2.BLAKE2B_MAX_KEY_SIZE, _blake2.BLAKE2B_MAX_DIGEST_SIZE)
print(_blake2.BLAKE2S_SALT_SIZE, _blake2.BLAKE2S_PERSON_SIZE, _blake2.BLAKE2S_MAX_KEY_SIZE, _blake2.BLAKE2S_MAX_DIGEST_SIZE)
for kw in [dict(digest_size=65), dict(digest_size=0), dict(key=b"k" * 65), dict(salt=b"s" * 17),
           dict(person=b"p" * 17), dict(fanout=256), dict(depth=0), dict(node_depth=256)]:
    try:
        _blake2.blake2b(**kw)
    except ValueError as e:
        print(type(e).__name__, e)
