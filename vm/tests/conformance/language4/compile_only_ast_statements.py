# compile(..., PyCF_ONLY_AST): statements of every family, with their locations.
import _ast

SRC = '''\
import os.path as p, sys
from . import x as y
async def f(a: int = 1, *args, k, **kw):
    async with a as (b, c):
        async for i in b:
            await i
    return [j async for j in c if j]
try:
    pass
except* ValueError as e:
    raise e from None
finally:
    del x
match s:
    case [1, *rest] | {"k": _, **kw}:
        pass
    case Point(x=0, y=_) if x:
        pass
    case (str() as s2) | None:
        pass
lam = lambda *, q=2: q
g = {k: v for k, v in zip(a, b)}, {*a}, (yield), a if b else c
global gg
while x < 3 <= y:
    x += 1; break
else:
    continue
assert x, "msg"
t: int = 5
é = "ü" + b"\\x01".hex() + 'abc'[1:2:-1]
'''


def walk(node, out, depth=0):
    if isinstance(node, list):
        for n in node:
            walk(n, out, depth)
        return
    if not isinstance(node, _ast.AST):
        return
    loc = ""
    if hasattr(node, "lineno"):
        loc = f" {node.lineno}:{node.col_offset}-{node.end_lineno}:{node.end_col_offset}"
    scalars = []
    for name in node._fields:
        v = getattr(node, name)
        if isinstance(v, (_ast.AST, list)):
            continue
        scalars.append(f"{name}={v!r}")
    out.append("  " * depth + type(node).__name__ + loc + (" " + " ".join(scalars) if scalars else ""))
    for name in node._fields:
        walk(getattr(node, name), out, depth + 1)


out = []
walk(compile(SRC, "<src>", "exec", _ast.PyCF_ONLY_AST), out)
print("\n".join(out))
