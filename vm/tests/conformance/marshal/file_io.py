import marshal, io
f = io.BytesIO()
for v in [[1, 2], "two", {"three": 3}, 4.0]:
    marshal.dump(v, f)
f.seek(0)
for _ in range(4):
    print(marshal.load(f))
try:
    marshal.load(f)
except EOFError as e:
    print(type(e).__name__)
