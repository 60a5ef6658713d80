# compile(..., PyCF_ONLY_AST) returns the tree as _ast objects, with CPython's location
# attributes (columns in UTF-8 bytes).
import _ast

FLAG = _ast.PyCF_ONLY_AST


def show(node, depth=0):
    pad = "  " * depth
    if isinstance(node, _ast.AST):
        loc = ""
        if "lineno" in node._attributes:
            loc = f" @{node.lineno}:{node.col_offset}-{node.end_lineno}:{node.end_col_offset}"
        print(f"{pad}{type(node).__name__}{loc}")
        for name in node._fields:
            value = getattr(node, name)
            if isinstance(value, (_ast.AST, list)):
                print(f"{pad} .{name}:")
                show(value, depth + 1)
            else:
                print(f"{pad} .{name} = {value!r}")
    elif isinstance(node, list):
        for item in node:
            show(item, depth)
    else:
        print(f"{pad}{node!r}")


show(compile("x = f'a{b!r:>{w}}c' + 1\n", "<s>", "exec", FLAG))
show(compile("print(-2, 'é', b'\\x00', 1.5j, ..., 10**30, u'u')", "<s>", "exec", FLAG))
show(compile("f'''{\n  a\n}'''", "<s>", "eval", FLAG))
show(compile("a; b", "<s>", "single", FLAG))
show(compile("def f(a, /, b=1, *c, d, **e) -> int:\n    return a\n", "<s>", "exec", FLAG))

t = compile("a = 1\nb = 2", "<s>", "exec", FLAG)
print(type(t).__name__, isinstance(t, _ast.mod), len(t.body), t.type_ignores)
print(type(t.body[0].targets[0].ctx).__name__)
# The context nodes are shared within a tree.
print(t.body[0].targets[0].ctx is t.body[1].targets[0].ctx)

try:
    compile("x = (", "<s>", "exec", FLAG)
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
try:
    compile("a = 1", "<s>", "eval", FLAG)
except SyntaxError as e:
    print(type(e).__name__, e.msg)
