# compile() takes a tree of _ast objects: parsed, edited, or built by hand.
import _ast

F = _ast.PyCF_ONLY_AST
src = '''
def f(a, /, b=2, *c, d, e=5, **g):
    return [x * 2 for x in range(a) if x], {k: v for k, v in g.items()}, f"{a!r:>{b}}"
class C(object, metaclass=type):
    x: int = 3
    def m(self):
        try:
            raise ValueError("v")
        except* ValueError as eg:
            n = len(eg.exceptions)
        return "star", n
match [1, 2, {"k": 3}]:
    case [1, *rest] if rest:
        print("match", rest)
print(f(3, d=4, z=1), C().m(), C.x)
g = (lambda q=1: q + 1)()
print(g, 'x' f'{3}')
'''
tree = compile(src, "<src>", "exec", F)
exec(compile(tree, "<tree>", "exec"))

# An edited tree: the constant 10 becomes 20.
t = compile("a = 10\nprint(a * 2)", "<s>", "exec", F)
t.body[0].value.value = 20
exec(compile(t, "<s>", "exec"))

# eval and single modes.
e = compile("1 + 2 * 3", "<e>", "eval", F)
print(type(e).__name__, eval(compile(e, "<e>", "eval")))
i = compile("40 + 2", "<i>", "single", F)
exec(compile(i, "<i>", "single"))

# A tree with no source keeps its line numbers for tracebacks.
t = compile("x = 1\n\ny = 1 / 0\n", "<tree>", "exec", F)
try:
    exec(compile(t, "<tree>", "exec"))
except ZeroDivisionError as exc:
    tb = exc.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("line", tb.tb_lineno)

# Compile errors past the parser keep the node's position.
try:
    compile(compile("x = 1\nreturn 5", "<s>", "exec", F), "<no file>", "exec")
except SyntaxError as exc:
    print(type(exc).__name__, exc.msg, exc.lineno, exc.offset, exc.text)

# Given PyCF_ONLY_AST, a tree comes back as it is.
print(compile(t, "<t>", "exec", F) is t)

# Hand-built: print(6 * 7)
call = _ast.Call(
    func=_ast.Name(id="print", ctx=_ast.Load(), lineno=1, col_offset=0),
    args=[_ast.BinOp(left=_ast.Constant(value=6, lineno=1, col_offset=6), op=_ast.Mult(),
                     right=_ast.Constant(value=7, lineno=1, col_offset=10),
                     lineno=1, col_offset=6)],
    keywords=[], lineno=1, col_offset=0)
mod = _ast.Module(body=[_ast.Expr(value=call, lineno=1, col_offset=0)], type_ignores=[])
exec(compile(mod, "<built>", "exec"))
