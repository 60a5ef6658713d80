//! The node types. Names and field order follow CPython 3.11's `Parser/Python.asdl`, so the
//! tree dumps exactly like `ast.dump`. Every node that CPython gives a location has a `range`.

use num_bigint::BigInt;
use text_size::TextRange;

use crate::PyString;

/// An identifier: a name as written (after NFKC normalisation, which the lexer performs).
pub type Identifier = String;

/// A whole source file: `Module(stmt* body, type_ignore* type_ignores)`.
#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    /// The statements of the file, in order.
    pub body: Vec<Stmt>,
    /// `# type: ignore` comments; Krait's parser never fills this (CPython only does with
    /// `type_comments=True`), but the field exists so the dump matches.
    pub type_ignores: Vec<TypeIgnore>,
    /// The whole file.
    pub range: TextRange,
}

/// `TypeIgnore(int lineno, string tag)`.
#[derive(Clone, Debug, PartialEq)]
pub struct TypeIgnore {
    /// The line of the comment.
    pub lineno: u32,
    /// The text after `ignore`.
    pub tag: String,
}

/// A statement: its kind and its source range.
#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    /// What statement this is.
    pub kind: StmtKind,
    /// Where it is in the source.
    pub range: TextRange,
}

/// The statement kinds of CPython's `stmt` sum type.
#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    /// `def name(args) -> returns: body`, also `async def` when `is_async`.
    FunctionDef(FunctionDef),
    /// `class name(bases, keywords): body`.
    ClassDef(ClassDef),
    /// `return value`.
    Return {
        /// The returned expression, if any.
        value: Option<Box<Expr>>,
    },
    /// `del targets`.
    Delete {
        /// The deleted targets (context `Del`).
        targets: Vec<Expr>,
    },
    /// `t1 = t2 = value`.
    Assign {
        /// The targets, left to right (context `Store`).
        targets: Vec<Expr>,
        /// The assigned value.
        value: Box<Expr>,
        /// Always `None` (type comments are not parsed).
        type_comment: Option<String>,
    },
    /// `target op= value`.
    AugAssign {
        /// The single target (context `Store`).
        target: Box<Expr>,
        /// The operator.
        op: Operator,
        /// The right-hand side.
        value: Box<Expr>,
    },
    /// `target: annotation = value`.
    AnnAssign {
        /// The target (context `Store`).
        target: Box<Expr>,
        /// The annotation.
        annotation: Box<Expr>,
        /// The value, if any.
        value: Option<Box<Expr>>,
        /// 1 when the target is a plain, unparenthesised name.
        simple: u32,
    },
    /// `for target in iter: body else: orelse`, also `async for` when `is_async`.
    For(For),
    /// `while test: body else: orelse`.
    While {
        /// The condition.
        test: Box<Expr>,
        /// The loop body.
        body: Vec<Stmt>,
        /// The `else` clause.
        orelse: Vec<Stmt>,
    },
    /// `if test: body else: orelse` (`elif` nests another `If` in `orelse`).
    If {
        /// The condition.
        test: Box<Expr>,
        /// The `if` branch.
        body: Vec<Stmt>,
        /// The `else` branch.
        orelse: Vec<Stmt>,
    },
    /// `with items: body`, also `async with` when `is_async`.
    With(With),
    /// `match subject: cases`.
    Match {
        /// The matched expression.
        subject: Box<Expr>,
        /// The `case` blocks.
        cases: Vec<MatchCase>,
    },
    /// `raise exc from cause`.
    Raise {
        /// The raised exception, if any.
        exc: Option<Box<Expr>>,
        /// The `from` clause, if any.
        cause: Option<Box<Expr>>,
    },
    /// `try: … except …: … else: … finally: …`; `except*` when `is_star` (CPython's `TryStar`).
    Try(Try),
    /// `assert test, msg`.
    Assert {
        /// The asserted condition.
        test: Box<Expr>,
        /// The message, if any.
        msg: Option<Box<Expr>>,
    },
    /// `import a.b as c, d`.
    Import {
        /// The imported modules.
        names: Vec<Alias>,
    },
    /// `from ..module import names`.
    ImportFrom {
        /// The module, absent for `from . import x`.
        module: Option<Identifier>,
        /// The imported names (`*` is a single alias named `*`).
        names: Vec<Alias>,
        /// How many leading dots.
        level: u32,
    },
    /// `global names`.
    Global {
        /// The declared names.
        names: Vec<Identifier>,
    },
    /// `nonlocal names`.
    Nonlocal {
        /// The declared names.
        names: Vec<Identifier>,
    },
    /// An expression statement.
    Expr {
        /// The expression.
        value: Box<Expr>,
    },
    /// `pass`.
    Pass,
    /// `break`.
    Break,
    /// `continue`.
    Continue,
}

/// `FunctionDef` / `AsyncFunctionDef`.
#[derive(Clone, Debug, PartialEq)]
pub struct FunctionDef {
    /// `async def` rather than `def` (CPython's `AsyncFunctionDef`).
    pub is_async: bool,
    /// The function's name.
    pub name: Identifier,
    /// The parameters.
    pub args: Box<Arguments>,
    /// The body.
    pub body: Vec<Stmt>,
    /// Decorators, outermost first.
    pub decorator_list: Vec<Expr>,
    /// The return annotation.
    pub returns: Option<Box<Expr>>,
    /// Always `None`.
    pub type_comment: Option<String>,
}

/// `ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list)`.
#[derive(Clone, Debug, PartialEq)]
pub struct ClassDef {
    /// The class's name.
    pub name: Identifier,
    /// Positional base-class expressions.
    pub bases: Vec<Expr>,
    /// Keywords such as `metaclass=`.
    pub keywords: Vec<Keyword>,
    /// The class body.
    pub body: Vec<Stmt>,
    /// Decorators, outermost first.
    pub decorator_list: Vec<Expr>,
}

/// `For` / `AsyncFor`.
#[derive(Clone, Debug, PartialEq)]
pub struct For {
    /// `async for` (CPython's `AsyncFor`).
    pub is_async: bool,
    /// The loop target (context `Store`).
    pub target: Box<Expr>,
    /// The iterated expression.
    pub iter: Box<Expr>,
    /// The loop body.
    pub body: Vec<Stmt>,
    /// The `else` clause.
    pub orelse: Vec<Stmt>,
    /// Always `None`.
    pub type_comment: Option<String>,
}

/// `With` / `AsyncWith`.
#[derive(Clone, Debug, PartialEq)]
pub struct With {
    /// `async with` (CPython's `AsyncWith`).
    pub is_async: bool,
    /// The context managers.
    pub items: Vec<WithItem>,
    /// The body.
    pub body: Vec<Stmt>,
    /// Always `None`.
    pub type_comment: Option<String>,
}

/// `Try` / `TryStar`.
#[derive(Clone, Debug, PartialEq)]
pub struct Try {
    /// `except*` handlers (CPython's `TryStar`).
    pub is_star: bool,
    /// The guarded block.
    pub body: Vec<Stmt>,
    /// The `except` clauses, in order.
    pub handlers: Vec<ExceptHandler>,
    /// The `else` clause.
    pub orelse: Vec<Stmt>,
    /// The `finally` clause.
    pub finalbody: Vec<Stmt>,
}

/// An expression: its kind and its source range.
#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    /// What expression this is.
    pub kind: ExprKind,
    /// Where it is in the source.
    pub range: TextRange,
}

/// The expression kinds of CPython's `expr` sum type.
#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    /// `a and b and c`.
    BoolOp {
        /// `and` or `or`.
        op: BoolOp,
        /// The operands (two or more).
        values: Vec<Expr>,
    },
    /// `target := value`.
    NamedExpr {
        /// The assigned name (context `Store`).
        target: Box<Expr>,
        /// The value.
        value: Box<Expr>,
    },
    /// `left op right`.
    BinOp {
        /// The left operand.
        left: Box<Expr>,
        /// The operator.
        op: Operator,
        /// The right operand.
        right: Box<Expr>,
    },
    /// `op operand`.
    UnaryOp {
        /// The operator.
        op: UnaryOp,
        /// The operand.
        operand: Box<Expr>,
    },
    /// `lambda args: body`.
    Lambda {
        /// The parameters.
        args: Box<Arguments>,
        /// The body expression.
        body: Box<Expr>,
    },
    /// `body if test else orelse`.
    IfExp {
        /// The condition.
        test: Box<Expr>,
        /// The value when true.
        body: Box<Expr>,
        /// The value when false.
        orelse: Box<Expr>,
    },
    /// `{k: v, **m}`; a `None` key stands for `**m`.
    Dict {
        /// The keys.
        keys: Vec<Option<Expr>>,
        /// The values.
        values: Vec<Expr>,
    },
    /// `{a, b}`.
    Set {
        /// The elements.
        elts: Vec<Expr>,
    },
    /// `[elt for …]`.
    ListComp {
        /// The element.
        elt: Box<Expr>,
        /// The `for`/`if` clauses.
        generators: Vec<Comprehension>,
    },
    /// `{elt for …}`.
    SetComp {
        /// The element.
        elt: Box<Expr>,
        /// The `for`/`if` clauses.
        generators: Vec<Comprehension>,
    },
    /// `{key: value for …}`.
    DictComp {
        /// The key.
        key: Box<Expr>,
        /// The value.
        value: Box<Expr>,
        /// The `for`/`if` clauses.
        generators: Vec<Comprehension>,
    },
    /// `(elt for …)`.
    GeneratorExp {
        /// The element.
        elt: Box<Expr>,
        /// The `for`/`if` clauses.
        generators: Vec<Comprehension>,
    },
    /// `await value`.
    Await {
        /// The awaited expression.
        value: Box<Expr>,
    },
    /// `yield value`.
    Yield {
        /// The yielded expression, if any.
        value: Option<Box<Expr>>,
    },
    /// `yield from value`.
    YieldFrom {
        /// The delegated-to iterable.
        value: Box<Expr>,
    },
    /// `left op1 c1 op2 c2 …`.
    Compare {
        /// The leftmost operand.
        left: Box<Expr>,
        /// The operators.
        ops: Vec<CmpOp>,
        /// The operands after each operator.
        comparators: Vec<Expr>,
    },
    /// `func(args, keywords)`.
    Call {
        /// The called expression.
        func: Box<Expr>,
        /// Positional arguments (`*x` is a `Starred`).
        args: Vec<Expr>,
        /// Keyword arguments (`**x` has no `arg`).
        keywords: Vec<Keyword>,
    },
    /// One `{…}` field of an f-string.
    FormattedValue {
        /// The formatted expression.
        value: Box<Expr>,
        /// -1 for none, else the code point of `s`, `r` or `a`.
        conversion: i32,
        /// The format spec (a `JoinedStr`), if any.
        format_spec: Option<Box<Expr>>,
    },
    /// An f-string: constants and `FormattedValue`s.
    JoinedStr {
        /// The parts.
        values: Vec<Expr>,
    },
    /// A literal.
    Constant {
        /// The value.
        value: Constant,
        /// `Some("u")` for `u"…"` strings, else `None`.
        kind: Option<String>,
    },
    /// `value.attr`.
    Attribute {
        /// The object.
        value: Box<Expr>,
        /// The attribute name.
        attr: Identifier,
        /// Load, store or delete.
        ctx: ExprContext,
    },
    /// `value[slice]`.
    Subscript {
        /// The object.
        value: Box<Expr>,
        /// The index: an expression, a `Slice` or a `Tuple` of them.
        slice: Box<Expr>,
        /// Load, store or delete.
        ctx: ExprContext,
    },
    /// `*value`.
    Starred {
        /// The starred expression.
        value: Box<Expr>,
        /// Load or store.
        ctx: ExprContext,
    },
    /// A name.
    Name {
        /// The identifier.
        id: Identifier,
        /// Load, store or delete.
        ctx: ExprContext,
    },
    /// `[a, b]`.
    List {
        /// The elements.
        elts: Vec<Expr>,
        /// Load, store or delete.
        ctx: ExprContext,
    },
    /// `(a, b)` or `a, b`.
    Tuple {
        /// The elements.
        elts: Vec<Expr>,
        /// Load, store or delete.
        ctx: ExprContext,
    },
    /// `lower:upper:step` inside a subscript.
    Slice {
        /// The start, if any.
        lower: Option<Box<Expr>>,
        /// The stop, if any.
        upper: Option<Box<Expr>>,
        /// The step, if any.
        step: Option<Box<Expr>>,
    },
}

/// The value of a `Constant` node.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    /// `None`.
    None,
    /// `True` / `False`.
    Bool(bool),
    /// A string literal (after escapes and implicit concatenation); it may hold lone
    /// surrogates such as `'\ud800'`.
    Str(PyString),
    /// A bytes literal.
    Bytes(Vec<u8>),
    /// An integer literal of any size.
    Int(BigInt),
    /// A float literal.
    Float(f64),
    /// An imaginary literal `1j` (real part always 0.0 from the parser).
    Complex {
        /// The real part.
        real: f64,
        /// The imaginary part.
        imag: f64,
    },
    /// `...`.
    Ellipsis,
}

/// `expr_context`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ExprContext {
    /// Read.
    Load,
    /// Assigned to.
    Store,
    /// Deleted.
    Del,
}

/// `boolop`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BoolOp {
    /// `and`.
    And,
    /// `or`.
    Or,
}

/// `operator`: the binary operators, also used by augmented assignment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Operator {
    /// `+`.
    Add,
    /// `-`.
    Sub,
    /// `*`.
    Mult,
    /// `@`.
    MatMult,
    /// `/`.
    Div,
    /// `%`.
    Mod,
    /// `**`.
    Pow,
    /// `<<`.
    LShift,
    /// `>>`.
    RShift,
    /// `|`.
    BitOr,
    /// `^`.
    BitXor,
    /// `&`.
    BitAnd,
    /// `//`.
    FloorDiv,
}

/// `unaryop`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    /// `~`.
    Invert,
    /// `not`.
    Not,
    /// `+`.
    UAdd,
    /// `-`.
    USub,
}

/// `cmpop`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CmpOp {
    /// `==`.
    Eq,
    /// `!=`.
    NotEq,
    /// `<`.
    Lt,
    /// `<=`.
    LtE,
    /// `>`.
    Gt,
    /// `>=`.
    GtE,
    /// `is`.
    Is,
    /// `is not`.
    IsNot,
    /// `in`.
    In,
    /// `not in`.
    NotIn,
}

/// `comprehension(expr target, expr iter, expr* ifs, int is_async)`. No location in CPython.
#[derive(Clone, Debug, PartialEq)]
pub struct Comprehension {
    /// The loop target (context `Store`).
    pub target: Expr,
    /// The iterated expression.
    pub iter: Expr,
    /// The `if` filters.
    pub ifs: Vec<Expr>,
    /// 1 for `async for`.
    pub is_async: u32,
}

/// `ExceptHandler(expr? type, identifier? name, stmt* body)`.
#[derive(Clone, Debug, PartialEq)]
pub struct ExceptHandler {
    /// The matched exception type, absent for a bare `except:`.
    pub type_: Option<Box<Expr>>,
    /// The `as` name.
    pub name: Option<Identifier>,
    /// The handler body.
    pub body: Vec<Stmt>,
    /// From `except` to the end of the body.
    pub range: TextRange,
}

/// `arguments`: every parameter of a `def` or `lambda`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Arguments {
    /// Parameters before `/`.
    pub posonlyargs: Vec<Arg>,
    /// Ordinary parameters.
    pub args: Vec<Arg>,
    /// `*args`.
    pub vararg: Option<Box<Arg>>,
    /// Parameters after `*` or `*args`.
    pub kwonlyargs: Vec<Arg>,
    /// One entry per keyword-only parameter; `None` where it has no default.
    pub kw_defaults: Vec<Option<Expr>>,
    /// `**kwargs`.
    pub kwarg: Option<Box<Arg>>,
    /// Defaults of the last positional parameters.
    pub defaults: Vec<Expr>,
}

/// `arg(identifier arg, expr? annotation, string? type_comment)`.
#[derive(Clone, Debug, PartialEq)]
pub struct Arg {
    /// The parameter name.
    pub arg: Identifier,
    /// The annotation.
    pub annotation: Option<Box<Expr>>,
    /// Always `None`.
    pub type_comment: Option<String>,
    /// The name and its annotation.
    pub range: TextRange,
}

/// `keyword(identifier? arg, expr value)`; `arg` is `None` for `**value`.
#[derive(Clone, Debug, PartialEq)]
pub struct Keyword {
    /// The keyword name.
    pub arg: Option<Identifier>,
    /// The value.
    pub value: Expr,
    /// `name=value` or `**value`.
    pub range: TextRange,
}

/// `alias(identifier name, identifier? asname)`.
#[derive(Clone, Debug, PartialEq)]
pub struct Alias {
    /// The (dotted) imported name.
    pub name: Identifier,
    /// The `as` name.
    pub asname: Option<Identifier>,
    /// The alias in the source.
    pub range: TextRange,
}

/// `withitem(expr context_expr, expr? optional_vars)`. No location in CPython.
#[derive(Clone, Debug, PartialEq)]
pub struct WithItem {
    /// The context manager expression.
    pub context_expr: Expr,
    /// The `as` target.
    pub optional_vars: Option<Box<Expr>>,
}

/// `match_case(pattern pattern, expr? guard, stmt* body)`. No location in CPython.
#[derive(Clone, Debug, PartialEq)]
pub struct MatchCase {
    /// The pattern.
    pub pattern: Pattern,
    /// The `if` guard.
    pub guard: Option<Box<Expr>>,
    /// The case body.
    pub body: Vec<Stmt>,
}

/// A `match` pattern: its kind and its source range.
#[derive(Clone, Debug, PartialEq)]
pub struct Pattern {
    /// What pattern this is.
    pub kind: PatternKind,
    /// Where it is in the source.
    pub range: TextRange,
}

/// The pattern kinds of CPython's `pattern` sum type.
#[derive(Clone, Debug, PartialEq)]
pub enum PatternKind {
    /// A value pattern: a literal or a dotted name.
    MatchValue {
        /// The compared value.
        value: Box<Expr>,
    },
    /// `None`, `True` or `False`.
    MatchSingleton {
        /// The singleton.
        value: Constant,
    },
    /// `[p, q, *r]`.
    MatchSequence {
        /// The sub-patterns.
        patterns: Vec<Pattern>,
    },
    /// `{k: p, **rest}`.
    MatchMapping {
        /// The keys.
        keys: Vec<Expr>,
        /// The value patterns.
        patterns: Vec<Pattern>,
        /// The `**rest` name.
        rest: Option<Identifier>,
    },
    /// `Cls(p, attr=q)`.
    MatchClass {
        /// The class expression.
        cls: Box<Expr>,
        /// Positional sub-patterns.
        patterns: Vec<Pattern>,
        /// Keyword attribute names.
        kwd_attrs: Vec<Identifier>,
        /// Keyword sub-patterns.
        kwd_patterns: Vec<Pattern>,
    },
    /// `*name` inside a sequence pattern.
    MatchStar {
        /// The bound name, `None` for `*_`.
        name: Option<Identifier>,
    },
    /// `p as name`, a capture `name`, or the wildcard `_` (both `None`).
    MatchAs {
        /// The sub-pattern.
        pattern: Option<Box<Pattern>>,
        /// The bound name.
        name: Option<Identifier>,
    },
    /// `p | q`.
    MatchOr {
        /// The alternatives.
        patterns: Vec<Pattern>,
    },
}

impl Operator {
    /// The operator as written in source, e.g. `"+"`, `"//"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Operator::Add => "+",
            Operator::Sub => "-",
            Operator::Mult => "*",
            Operator::MatMult => "@",
            Operator::Div => "/",
            Operator::Mod => "%",
            Operator::Pow => "**",
            Operator::LShift => "<<",
            Operator::RShift => ">>",
            Operator::BitOr => "|",
            Operator::BitXor => "^",
            Operator::BitAnd => "&",
            Operator::FloorDiv => "//",
        }
    }
}

impl CmpOp {
    /// The operator as written in source, e.g. `"<="`, `"not in"`.
    pub fn as_str(self) -> &'static str {
        match self {
            CmpOp::Eq => "==",
            CmpOp::NotEq => "!=",
            CmpOp::Lt => "<",
            CmpOp::LtE => "<=",
            CmpOp::Gt => ">",
            CmpOp::GtE => ">=",
            CmpOp::Is => "is",
            CmpOp::IsNot => "is not",
            CmpOp::In => "in",
            CmpOp::NotIn => "not in",
        }
    }
}

impl Expr {
    /// Builds an expression node.
    pub fn new(kind: ExprKind, range: TextRange) -> Self {
        Expr { kind, range }
    }
}

impl Stmt {
    /// Builds a statement node.
    pub fn new(kind: StmtKind, range: TextRange) -> Self {
        Stmt { kind, range }
    }
}
