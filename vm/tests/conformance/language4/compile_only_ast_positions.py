# Node positions from compile(..., PyCF_ONLY_AST): UTF-8 byte columns, multi-line nodes,
# f-string parts.
import _ast

src = 'é = "ü" + f"{é!r}  {x:>{w}}"\nresult = (\n    a\n    + b)\n'
t = compile(src, "<s>", "exec", _ast.PyCF_ONLY_AST)


def pos(n):
    return (n.lineno, n.col_offset, n.end_lineno, n.end_col_offset)


assign = t.body[0]
print(pos(assign), pos(assign.targets[0]), pos(assign.value))
joined = assign.value.right
print(type(joined).__name__, pos(joined), [type(v).__name__ for v in joined.values])
fv = joined.values[0]
print(pos(fv), pos(fv.value), fv.conversion)
spec = joined.values[2].format_spec
print(type(spec).__name__, [type(v).__name__ for v in spec.values])
second = t.body[1]
print(pos(second), pos(second.value), pos(second.value.left), pos(second.value.right))
