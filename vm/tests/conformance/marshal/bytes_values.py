import marshal
for v in [b"", b"abc", bytes(range(256)), b"\x00" * 50]:
    r = marshal.loads(marshal.dumps(v))
    print(type(r).__name__, r == v, len(r))
print(marshal.loads(bytearray(marshal.dumps(b"from bytearray"))))
print(marshal.loads(memoryview(marshal.dumps("from memoryview"))))
