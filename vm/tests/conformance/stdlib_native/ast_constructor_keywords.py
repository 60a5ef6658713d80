# _ast nodes take fields by position or keyword, and location attributes by keyword.
import _ast

c = _ast.Call(_ast.Name("f", _ast.Load()), [_ast.Constant(1)], [], lineno=3, col_offset=4)
print(c.func.id, c.args[0].value, c.keywords, c.lineno, c.col_offset, c.end_col_offset)
fd = _ast.FunctionDef(name="g", args=_ast.arguments([], [], None, [], [], None, []), body=[],
                      decorator_list=[])
print(fd.name, fd.returns, fd.type_comment, fd.args.vararg, fd.args.args)
print(_ast.Module._fields, _ast.arguments._fields, _ast.ImportFrom._fields)
print(_ast.expr._attributes, _ast.mod._attributes, _ast.stmt._fields)
try:
    _ast.BinOp(1, 2, 3, 4)
except TypeError as e:
    print("TypeError", e)
try:
    _ast.Pass(1)
except TypeError as e:
    print("TypeError", e)
try:
    _ast.Name().id
except AttributeError as e:
    print("AttributeError", e)
for base in ["mod", "stmt", "expr", "expr_context", "boolop", "operator", "unaryop", "cmpop",
             "excepthandler", "pattern", "type_ignore"]:
    print(base, sorted(k for k in dir(_ast) if isinstance(getattr(_ast, k), type)
                       and getattr(_ast, k).__bases__[0] is getattr(_ast, base))[:6])
