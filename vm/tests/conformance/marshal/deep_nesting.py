import marshal
v = []
for _ in range(100):
    v = [v]
r = marshal.loads(marshal.dumps(v))
print(r == v)
