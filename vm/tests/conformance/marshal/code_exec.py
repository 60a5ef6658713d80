import marshal
src = """
def f(a, *rest, k=3):
    total = a + k
    for r in rest:
        total += r
    return total
class C:
    def m(self):
        return [i * i for i in range(4)]
print(f(1, 2, 3), C().m())
"""
code = compile(src, "<src>", "exec")
data = marshal.dumps(code)
loaded = marshal.loads(data)
print(type(loaded).__name__)
exec(loaded)
ns = {}
exec(marshal.loads(data), ns)
print(sorted(k for k in ns if not k.startswith("__")))
