import marshal
src = """
def outer(n):
    def inner(m):
        return n + m
    return inner
def gen():
    yield 1
    yield 2
try:
    raise ValueError("boom")
except ValueError as e:
    caught = str(e)
print(outer(5)(6), list(gen()), caught)
"""
exec(marshal.loads(marshal.dumps(compile(src, "<c>", "exec"))))
