import marshal
for v in ["", "a", "héllo wörld", "日本語", "\U0001f600 emoji", "x" * 1000, "a\x00b"]:
    r = marshal.loads(marshal.dumps(v))
    print(type(r).__name__, r == v, len(r))
t = ("same", "same", "other", "same")
print(marshal.loads(marshal.dumps(t)))
