import marshal
for v in ["hello", b"bytes!", 1.5, 2**100, (1, "a"), [1.5, 2.5], 3j]:
    d = marshal.dumps(v)
    names = set()
    for i in range(len(d)):
        try:
            marshal.loads(d[:i])
            names.add("ok")
        except Exception as e:
            names.add(type(e).__name__)
    print(type(v).__name__, sorted(names))
try:
    marshal.loads(b"")
except EOFError as e:
    print(type(e).__name__, e)
