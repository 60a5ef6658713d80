# The node classes of _ast: fields, attributes, constructors, match patterns.
import _ast
print(_ast.Name._fields, _ast.Name._attributes, _ast.Name.__match_args__, _ast.Name.__mro__)
n = _ast.Name('x', _ast.Load(), lineno=1)
print(n.id, type(n.ctx).__name__, n.lineno, n.end_lineno)
try: _ast.Return(1, 2)
except TypeError as e: print(e)
print(_ast.Return().value, _ast.PyCF_ONLY_AST)
print(len([k for k in dir(_ast) if isinstance(getattr(_ast,k), type) and issubclass(getattr(_ast,k), _ast.AST)]))
match _ast.BinOp(_ast.Constant(1), _ast.Add(), _ast.Constant(2)):
    case _ast.BinOp(_ast.Constant(a), _ast.Add(), _ast.Constant(b)): print(a + b)
print(isinstance(_ast.And(), _ast.boolop), issubclass(_ast.Module, _ast.mod), _ast.Constant.__module__)
