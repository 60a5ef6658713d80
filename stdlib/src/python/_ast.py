"""The node classes of Python 3.11's abstract syntax tree, which the `ast` module builds on.

Each class is made from one line of _NODES: `name:base:fields:attributes:optional`, where
fields and attributes are space-separated names (`-` for none; `=` attributes means
inherited), and optional names default to None as class attributes."""

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192


class AST:
    __module__ = "ast"
    _fields = ()
    _attributes = ()
    __match_args__ = ()

    def __init__(self, *args, **kwargs):
        fields = type(self)._fields
        if len(args) > len(fields):
            n = len(fields)
            plural = "" if n == 1 else "s"
            raise TypeError(f"{type(self).__name__} constructor takes at most {n} positional argument{plural}")
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), dict(getattr(self, "__dict__", {}))


_NODES = """
alias:AST:name asname:lineno col_offset end_lineno end_col_offset:asname end_lineno end_col_offset
arg:AST:arg annotation type_comment:lineno col_offset end_lineno end_col_offset:annotation type_comment end_lineno end_col_offset
arguments:AST:posonlyargs args vararg kwonlyargs kw_defaults kwarg defaults::vararg kwarg
boolop:AST:-::
cmpop:AST:-::
comprehension:AST:target iter ifs is_async::
excepthandler:AST:-:lineno col_offset end_lineno end_col_offset:end_lineno end_col_offset
expr:AST:-:lineno col_offset end_lineno end_col_offset:end_lineno end_col_offset
expr_context:AST:-::
keyword:AST:arg value:lineno col_offset end_lineno end_col_offset:arg end_lineno end_col_offset
match_case:AST:pattern guard body::guard
mod:AST:-::
operator:AST:-::
pattern:AST:-:lineno col_offset end_lineno end_col_offset:
stmt:AST:-:lineno col_offset end_lineno end_col_offset:end_lineno end_col_offset
type_ignore:AST:-::
unaryop:AST:-::
withitem:AST:context_expr optional_vars::optional_vars
Add:operator:-:=:
And:boolop:-:=:
AnnAssign:stmt:target annotation value simple:=:value
Assert:stmt:test msg:=:msg
Assign:stmt:targets value type_comment:=:type_comment
AsyncFor:stmt:target iter body orelse type_comment:=:type_comment
AsyncFunctionDef:stmt:name args body decorator_list returns type_comment:=:returns type_comment
AsyncWith:stmt:items body type_comment:=:type_comment
Attribute:expr:value attr ctx:=:
AugAssign:stmt:target op value:=:
Await:expr:value:=:
BinOp:expr:left op right:=:
BitAnd:operator:-:=:
BitOr:operator:-:=:
BitXor:operator:-:=:
BoolOp:expr:op values:=:
Break:stmt:-:=:
Call:expr:func args keywords:=:
ClassDef:stmt:name bases keywords body decorator_list:=:
Compare:expr:left ops comparators:=:
Constant:expr:value kind:=:kind
Continue:stmt:-:=:
Del:expr_context:-:=:
Delete:stmt:targets:=:
Dict:expr:keys values:=:
DictComp:expr:key value generators:=:
Div:operator:-:=:
Eq:cmpop:-:=:
ExceptHandler:excepthandler:type name body:=:type name
Expr:stmt:value:=:
Expression:mod:body:=:
FloorDiv:operator:-:=:
For:stmt:target iter body orelse type_comment:=:type_comment
FormattedValue:expr:value conversion format_spec:=:format_spec
FunctionDef:stmt:name args body decorator_list returns type_comment:=:returns type_comment
FunctionType:mod:argtypes returns:=:
GeneratorExp:expr:elt generators:=:
Global:stmt:names:=:
Gt:cmpop:-:=:
GtE:cmpop:-:=:
If:stmt:test body orelse:=:
IfExp:expr:test body orelse:=:
Import:stmt:names:=:
ImportFrom:stmt:module names level:=:module level
In:cmpop:-:=:
Interactive:mod:body:=:
Invert:unaryop:-:=:
Is:cmpop:-:=:
IsNot:cmpop:-:=:
JoinedStr:expr:values:=:
LShift:operator:-:=:
Lambda:expr:args body:=:
List:expr:elts ctx:=:
ListComp:expr:elt generators:=:
Load:expr_context:-:=:
Lt:cmpop:-:=:
LtE:cmpop:-:=:
MatMult:operator:-:=:
Match:stmt:subject cases:=:
MatchAs:pattern:pattern name:=:pattern name
MatchClass:pattern:cls patterns kwd_attrs kwd_patterns:=:
MatchMapping:pattern:keys patterns rest:=:rest
MatchOr:pattern:patterns:=:
MatchSequence:pattern:patterns:=:
MatchSingleton:pattern:value:=:
MatchStar:pattern:name:=:name
MatchValue:pattern:value:=:
Mod:operator:-:=:
Module:mod:body type_ignores:=:
Mult:operator:-:=:
Name:expr:id ctx:=:
NamedExpr:expr:target value:=:
Nonlocal:stmt:names:=:
Not:unaryop:-:=:
NotEq:cmpop:-:=:
NotIn:cmpop:-:=:
Or:boolop:-:=:
Pass:stmt:-:=:
Pow:operator:-:=:
RShift:operator:-:=:
Raise:stmt:exc cause:=:exc cause
Return:stmt:value:=:value
Set:expr:elts:=:
SetComp:expr:elt generators:=:
Slice:expr:lower upper step:=:lower upper step
Starred:expr:value ctx:=:
Store:expr_context:-:=:
Sub:operator:-:=:
Subscript:expr:value slice ctx:=:
Try:stmt:body handlers orelse finalbody:=:
TryStar:stmt:body handlers orelse finalbody:=:
Tuple:expr:elts ctx:=:
TypeIgnore:type_ignore:lineno tag:=:
UAdd:unaryop:-:=:
USub:unaryop:-:=:
UnaryOp:expr:op operand:=:
While:stmt:test body orelse:=:
With:stmt:items body type_comment:=:type_comment
Yield:expr:value:=:value
YieldFrom:expr:value:=:
"""


def _build(table):
    g = globals()
    for line in table.strip().splitlines():
        name, base, fields, attributes, optional = line.split(":")
        ns = {"__module__": "ast"}
        ns["_fields"] = () if fields == "-" else tuple(fields.split())
        ns["__match_args__"] = ns["_fields"]
        if attributes != "=":
            ns["_attributes"] = tuple(attributes.split())
        for opt in optional.split():
            ns[opt] = None
        g[name] = type(name, (g[base],), ns)


_build(_NODES)
del _build, _NODES
