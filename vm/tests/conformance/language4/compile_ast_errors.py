# compile() of a tree checks it as CPython does: required fields, node kinds, contexts,
# and the shape rules the parser would have enforced.
import _ast

L = dict(lineno=1, col_offset=0)


def name(i, ctx=None):
    return _ast.Name(id=i, ctx=ctx or _ast.Load(), **L)


def one(x, mode="exec"):
    try:
        compile(x, "<ast>", mode)
        print("ok")
    except (TypeError, ValueError, SyntaxError, SystemError, RecursionError) as e:
        print(type(e).__name__, str(e).split(" object at ")[0])


one(_ast.Module(body=[_ast.Expr()], type_ignores=[]))
one(_ast.Module(body=[_ast.Expr(value=name("x"))], type_ignores=[]))
one(_ast.Module(body=[_ast.Expr(**L)], type_ignores=[]))
one(_ast.Module(body=_ast.Pass(), type_ignores=[]))
one(_ast.Module(body=[], type_ignores=[]))
one(_ast.Module(body=[]))
one(_ast.Module(body=[name("x")], type_ignores=[]))
one(_ast.Expression(body=_ast.Constant(1, **L)), "exec")
one(_ast.Module(body=[], type_ignores=[]), "eval")
one(_ast.Interactive(body=[]), "single")
one(_ast.Expression(body=_ast.Constant([1], **L)), "eval")
one(_ast.Expression(body=_ast.Name(id=1, ctx=_ast.Load(), **L)), "eval")
one(_ast.Expression(body=name("None")), "eval")
one(_ast.Expression(body=name("x", _ast.Store())), "eval")
one(_ast.Expression(body=_ast.Dict(keys=[None], values=[], **L)), "eval")
one(_ast.Expression(body=_ast.Compare(left=name("a"), ops=[], comparators=[], **L)), "eval")
one(_ast.Expression(body=_ast.Compare(left=name("a"), ops=[_ast.Lt()], comparators=[name("b"), name("c")], **L)), "eval")
one(_ast.Expression(body=_ast.BoolOp(op=_ast.And(), values=[name("a")], **L)), "eval")
one(_ast.Expression(body=_ast.BinOp(left=name("a"), op=_ast.Add, right=name("b"), **L)), "eval")
one(_ast.Expression(body=_ast.BinOp(left=name("a"), op=_ast.Load(), right=name("b"), **L)), "eval")
one(_ast.Module(body=[_ast.If(test=name("a"), body=[], orelse=[], **L)], type_ignores=[]))
one(_ast.Module(body=[_ast.Assign(targets=[], value=name("a"), **L)], type_ignores=[]))
one(_ast.Module(body=[_ast.Assign(targets=[name("x")], value=name("a"), **L)], type_ignores=[]))
one(_ast.Module(body=[_ast.Assign(targets=[_ast.Call(func=name("f"), args=[], keywords=[], **L)], value=name("a"), **L)], type_ignores=[]))
one(_ast.Module(body=[_ast.Delete(targets=[name("x", _ast.Store())], **L)], type_ignores=[]))
one(_ast.Module(body=[_ast.Try(body=[_ast.Pass(**L)], handlers=[], orelse=[], finalbody=[], **L)], type_ignores=[]))
one(_ast.Module(body=[_ast.Import(names=[], **L)], type_ignores=[]))
one(_ast.Module(body=[_ast.ImportFrom(module="m", names=[_ast.alias(name="x", **L)], level=-1, **L)], type_ignores=[]))
one(_ast.Module(body=[_ast.Raise(exc=None, cause=name("c"), **L)], type_ignores=[]))
one(_ast.Expression(body=_ast.NamedExpr(target=_ast.Attribute(value=name("a"), attr="b", ctx=_ast.Store(), **L), value=name("c"), **L)), "eval")
one(_ast.Expression(body=_ast.JoinedStr(values=[_ast.FormattedValue(value=name("a"), conversion=7, format_spec=None, **L)], **L)), "eval")
one(_ast.Expression(body=_ast.Lambda(args=_ast.arguments(posonlyargs=[], args=[], vararg=None, kwonlyargs=[], kw_defaults=[], kwarg=None, defaults=[name("d")]), body=name("a"), **L)), "eval")
one(compile("return 1", "<s>", "exec", _ast.PyCF_ONLY_AST))
one(compile("def f(a, a): pass", "<s>", "exec", _ast.PyCF_ONLY_AST))
one(compile("break", "<s>", "exec", _ast.PyCF_ONLY_AST))

# Too deep: a chain of unary minuses.
e = name("x")
for _ in range(3000):
    e = _ast.UnaryOp(op=_ast.USub(), operand=e, **L)
one(_ast.Expression(body=e), "eval")
