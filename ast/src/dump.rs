//! `ast.dump` in Rust: the text CPython's `ast.dump(ast.parse(src))` prints.
//!
//! The tree is first lowered to a small generic form ([`Value`]: a node with named fields, a
//! list, or an already-rendered scalar) and then printed by one function that follows the
//! layout rules of CPython's `ast.dump`: optional fields that are `None` are left out, a node
//! whose fields are all "simple" and number at most three stays on one line even when
//! indenting, and a non-empty list is never simple.

use std::fmt::Write;

use self::json::json_tree;
use crate::repr::{bytes_repr, float_repr, py_str_repr, str_repr};
use crate::{
    Alias, Arg, Arguments, BoolOp, CmpOp, Comprehension, Constant, ExceptHandler, Expr,
    ExprContext, ExprKind, Keyword, LineIndex, MatchCase, Module, Operator, Pattern, PatternKind,
    Stmt, StmtKind, TextRange, TypeIgnore, UnaryOp, WithItem,
};

/// Options of [`dump`], mirroring `ast.dump`'s keyword arguments.
#[derive(Clone, Debug, Default)]
pub struct DumpOptions {
    /// `indent=N`: pretty-print with N spaces per level; `None` prints on one line.
    pub indent: Option<usize>,
    /// `include_attributes=True`: add lineno / col_offset / end_lineno / end_col_offset.
    pub include_attributes: bool,
}

/// Renders `module` exactly as `ast.dump` does. `lines` converts ranges for the attributes.
pub fn dump(module: &Module, lines: &LineIndex, options: &DumpOptions) -> String {
    let lower = Lower {
        lines,
        attributes: options.include_attributes,
    };
    let value = lower.module(module);
    let indent = options.indent.map(|n| " ".repeat(n));
    let mut out = String::new();
    format(&value, 0, indent.as_deref(), &mut out);
    out
}

/// The tree as JSON text (see [`json`] for the format), laid out as Python's
/// `json.dumps(tree, ensure_ascii=False)` lays it out: `indent` pretty-prints as
/// `json.dumps(indent=N)` does, and `include_attributes` adds the locations, as for [`dump`].
/// The text is [`json_tree`](json::json_tree)'s tree serialized by `serde_json`.
pub fn dump_json(module: &Module, lines: &LineIndex, options: &DumpOptions) -> String {
    json_tree(module, lines, options.include_attributes).to_python_json(options.indent)
}

/// The generic form of `module` (see [`Value`]): what a host walks to rebuild the tree as
/// objects of CPython's `ast` classes (the VM's `compile(..., PyCF_ONLY_AST)`).
/// `include_attributes` adds the locations, as for [`dump`].
pub fn generic_tree<'a>(
    module: &'a Module,
    lines: &LineIndex,
    include_attributes: bool,
) -> Value<'a> {
    Lower {
        lines,
        attributes: include_attributes,
    }
    .module(module)
}

/// The generic shape `ast.dump` walks (and [`dump_json`] too); it borrows the tree's strings
/// and constants. Nodes carry CPython's class names and their fields in CPython's order.
pub enum Value<'a> {
    /// A node: its class name and its fields.
    Node(&'static str, Vec<(&'static str, Value<'a>)>),
    /// A list field.
    List(Vec<Value<'a>>),
    /// A scalar field.
    Scalar(Scalar<'a>),
    /// An optional field that is `None`: `ast.dump` leaves it out.
    Absent,
}

/// The scalar values of a tree.
pub enum Scalar<'a> {
    /// An identifier or other plain string field.
    Str(&'a str),
    /// An integer field (`level`, `conversion`, `lineno`, …).
    Int(i64),
    /// `None` where a list holds no node (a dict's `**` key).
    None,
    /// The value of a `Constant` or `MatchSingleton`.
    Constant(&'a Constant),
}

impl Scalar<'_> {
    /// The scalar as `ast.dump` prints it: its Python `repr`.
    fn repr(&self) -> String {
        match self {
            Scalar::Str(s) => str_repr(s),
            Scalar::Int(n) => n.to_string(),
            Scalar::None => "None".to_owned(),
            Scalar::Constant(c) => constant_repr(c),
        }
    }
}

/// Whether `ast.dump` calls a value "simple": a scalar, an empty list, or a node without
/// fields. A node whose fields are all simple, three at most, is printed on one line.
fn is_simple(value: &Value<'_>) -> bool {
    match value {
        Value::Scalar(_) | Value::Absent => true,
        Value::List(items) => items.is_empty(),
        Value::Node(_, fields) => fields.iter().all(|(_, v)| matches!(v, Value::Absent)),
    }
}

/// Prints `value` into `out`. Simplicity is decided before printing, so every character is
/// written once: the time is linear in the size of the output.
fn format(value: &Value<'_>, level: usize, indent: Option<&str>, out: &mut String) {
    let level = if indent.is_some() { level + 1 } else { level };
    match value {
        Value::Scalar(scalar) => out.push_str(&scalar.repr()),
        Value::Absent => {}
        Value::List(items) => {
            if items.is_empty() {
                out.push_str("[]");
                return;
            }
            out.push('[');
            push_prefix(level, indent, out);
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    push_sep(level, indent, out);
                }
                format(item, level, indent, out);
            }
            out.push(']');
        }
        Value::Node(name, fields) => {
            let present = || fields.iter().filter(|(_, v)| !matches!(v, Value::Absent));
            let one_line = present().count() <= 3 && present().all(|(_, v)| is_simple(v));
            out.push_str(name);
            out.push('(');
            if !one_line {
                push_prefix(level, indent, out);
            }
            for (i, (field, value)) in present().enumerate() {
                if i > 0 {
                    if one_line {
                        out.push_str(", ");
                    } else {
                        push_sep(level, indent, out);
                    }
                }
                out.push_str(field);
                out.push('=');
                format(value, level, indent, out);
            }
            out.push(')');
        }
    }
}

fn push_prefix(level: usize, indent: Option<&str>, out: &mut String) {
    if let Some(unit) = indent {
        out.push('\n');
        for _ in 0..level {
            out.push_str(unit);
        }
    }
}

fn push_sep(level: usize, indent: Option<&str>, out: &mut String) {
    match indent {
        Some(_) => {
            out.push(',');
            push_prefix(level, indent, out);
        }
        None => out.push_str(", "),
    }
}

/// Builds the fields of one node, leaving out optional fields that are `None`.
struct Fields<'a>(Vec<(&'static str, Value<'a>)>);

impl<'a> Fields<'a> {
    fn new() -> Self {
        Fields(Vec::with_capacity(6))
    }

    fn put(mut self, name: &'static str, value: Value<'a>) -> Self {
        self.0.push((name, value));
        self
    }

    fn opt(self, name: &'static str, value: Option<Value<'a>>) -> Self {
        self.put(name, value.unwrap_or(Value::Absent))
    }

    fn node(self, class: &'static str) -> Value<'a> {
        Value::Node(class, self.0)
    }
}

fn ident(name: &str) -> Value<'_> {
    Value::Scalar(Scalar::Str(name))
}

fn int<'a>(n: impl Into<i64>) -> Value<'a> {
    Value::Scalar(Scalar::Int(n.into()))
}

fn constant(value: &Constant) -> Value<'_> {
    Value::Scalar(Scalar::Constant(value))
}

fn leaf<'a>(class: &'static str) -> Value<'a> {
    Value::Node(class, Vec::new())
}

/// Lowers the typed tree to [`Value`]s.
struct Lower<'a> {
    lines: &'a LineIndex,
    attributes: bool,
}

impl<'a> Lower<'_> {
    /// Closes a node that has location attributes.
    fn located(&self, fields: Fields<'a>, range: TextRange, class: &'static str) -> Value<'a> {
        if !self.attributes {
            return fields.node(class);
        }
        let start = self.lines.line_col(range.start());
        let end = self.lines.line_col(range.end());
        fields
            .put("lineno", int(start.line))
            .put("col_offset", int(start.col))
            .put("end_lineno", int(end.line))
            .put("end_col_offset", int(end.col))
            .node(class)
    }

    fn module(&self, module: &'a Module) -> Value<'a> {
        Fields::new()
            .put("body", self.stmts(&module.body))
            .put(
                "type_ignores",
                Value::List(module.type_ignores.iter().map(type_ignore).collect()),
            )
            .node("Module")
    }

    fn stmts(&self, stmts: &'a [Stmt]) -> Value<'a> {
        Value::List(stmts.iter().map(|s| self.stmt(s)).collect())
    }

    fn exprs(&self, exprs: &'a [Expr]) -> Value<'a> {
        Value::List(exprs.iter().map(|e| self.expr(e)).collect())
    }

    fn opt_expr(&self, expr: &'a Option<Box<Expr>>) -> Option<Value<'a>> {
        expr.as_deref().map(|e| self.expr(e))
    }

    fn stmt(&self, stmt: &'a Stmt) -> Value<'a> {
        let f = Fields::new();
        let (fields, class) = match &stmt.kind {
            StmtKind::FunctionDef(def) => (
                f.put("name", ident(&def.name))
                    .put("args", self.arguments(&def.args))
                    .put("body", self.stmts(&def.body))
                    .put("decorator_list", self.exprs(&def.decorator_list))
                    .opt("returns", self.opt_expr(&def.returns))
                    .opt("type_comment", def.type_comment.as_deref().map(ident)),
                if def.is_async {
                    "AsyncFunctionDef"
                } else {
                    "FunctionDef"
                },
            ),
            StmtKind::ClassDef(class) => (
                f.put("name", ident(&class.name))
                    .put("bases", self.exprs(&class.bases))
                    .put(
                        "keywords",
                        Value::List(class.keywords.iter().map(|k| self.keyword(k)).collect()),
                    )
                    .put("body", self.stmts(&class.body))
                    .put("decorator_list", self.exprs(&class.decorator_list)),
                "ClassDef",
            ),
            StmtKind::Return { value } => (f.opt("value", self.opt_expr(value)), "Return"),
            StmtKind::Delete { targets } => (f.put("targets", self.exprs(targets)), "Delete"),
            StmtKind::Assign {
                targets,
                value,
                type_comment,
            } => (
                f.put("targets", self.exprs(targets))
                    .put("value", self.expr(value))
                    .opt("type_comment", type_comment.as_deref().map(ident)),
                "Assign",
            ),
            StmtKind::AugAssign { target, op, value } => (
                f.put("target", self.expr(target))
                    .put("op", operator(*op))
                    .put("value", self.expr(value)),
                "AugAssign",
            ),
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => (
                f.put("target", self.expr(target))
                    .put("annotation", self.expr(annotation))
                    .opt("value", self.opt_expr(value))
                    .put("simple", int(*simple)),
                "AnnAssign",
            ),
            StmtKind::For(for_) => (
                f.put("target", self.expr(&for_.target))
                    .put("iter", self.expr(&for_.iter))
                    .put("body", self.stmts(&for_.body))
                    .put("orelse", self.stmts(&for_.orelse))
                    .opt("type_comment", for_.type_comment.as_deref().map(ident)),
                if for_.is_async { "AsyncFor" } else { "For" },
            ),
            StmtKind::While { test, body, orelse } => (
                f.put("test", self.expr(test))
                    .put("body", self.stmts(body))
                    .put("orelse", self.stmts(orelse)),
                "While",
            ),
            StmtKind::If { test, body, orelse } => (
                f.put("test", self.expr(test))
                    .put("body", self.stmts(body))
                    .put("orelse", self.stmts(orelse)),
                "If",
            ),
            StmtKind::With(with) => (
                f.put(
                    "items",
                    Value::List(with.items.iter().map(|i| self.with_item(i)).collect()),
                )
                .put("body", self.stmts(&with.body))
                .opt("type_comment", with.type_comment.as_deref().map(ident)),
                if with.is_async { "AsyncWith" } else { "With" },
            ),
            StmtKind::Match { subject, cases } => (
                f.put("subject", self.expr(subject)).put(
                    "cases",
                    Value::List(cases.iter().map(|c| self.match_case(c)).collect()),
                ),
                "Match",
            ),
            StmtKind::Raise { exc, cause } => (
                f.opt("exc", self.opt_expr(exc))
                    .opt("cause", self.opt_expr(cause)),
                "Raise",
            ),
            StmtKind::Try(try_) => (
                f.put("body", self.stmts(&try_.body))
                    .put(
                        "handlers",
                        Value::List(try_.handlers.iter().map(|h| self.handler(h)).collect()),
                    )
                    .put("orelse", self.stmts(&try_.orelse))
                    .put("finalbody", self.stmts(&try_.finalbody)),
                if try_.is_star { "TryStar" } else { "Try" },
            ),
            StmtKind::Assert { test, msg } => (
                f.put("test", self.expr(test))
                    .opt("msg", self.opt_expr(msg)),
                "Assert",
            ),
            StmtKind::Import { names } => (f.put("names", self.aliases(names)), "Import"),
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => (
                f.opt("module", module.as_deref().map(ident))
                    .put("names", self.aliases(names))
                    .put("level", int(*level)),
                "ImportFrom",
            ),
            StmtKind::Global { names } => (f.put("names", identifiers(names)), "Global"),
            StmtKind::Nonlocal { names } => (f.put("names", identifiers(names)), "Nonlocal"),
            StmtKind::Expr { value } => (f.put("value", self.expr(value)), "Expr"),
            StmtKind::Pass => (f, "Pass"),
            StmtKind::Break => (f, "Break"),
            StmtKind::Continue => (f, "Continue"),
        };
        self.located(fields, stmt.range, class)
    }

    fn expr(&self, expr: &'a Expr) -> Value<'a> {
        let f = Fields::new();
        let (fields, class) = match &expr.kind {
            ExprKind::BoolOp { op, values } => (
                f.put(
                    "op",
                    leaf(match op {
                        BoolOp::And => "And",
                        BoolOp::Or => "Or",
                    }),
                )
                .put("values", self.exprs(values)),
                "BoolOp",
            ),
            ExprKind::NamedExpr { target, value } => (
                f.put("target", self.expr(target))
                    .put("value", self.expr(value)),
                "NamedExpr",
            ),
            ExprKind::BinOp { left, op, right } => (
                f.put("left", self.expr(left))
                    .put("op", operator(*op))
                    .put("right", self.expr(right)),
                "BinOp",
            ),
            ExprKind::UnaryOp { op, operand } => (
                f.put(
                    "op",
                    leaf(match op {
                        UnaryOp::Invert => "Invert",
                        UnaryOp::Not => "Not",
                        UnaryOp::UAdd => "UAdd",
                        UnaryOp::USub => "USub",
                    }),
                )
                .put("operand", self.expr(operand)),
                "UnaryOp",
            ),
            ExprKind::Lambda { args, body } => (
                f.put("args", self.arguments(args))
                    .put("body", self.expr(body)),
                "Lambda",
            ),
            ExprKind::IfExp { test, body, orelse } => (
                f.put("test", self.expr(test))
                    .put("body", self.expr(body))
                    .put("orelse", self.expr(orelse)),
                "IfExp",
            ),
            ExprKind::Dict { keys, values } => (
                f.put(
                    "keys",
                    Value::List(
                        keys.iter()
                            .map(|k| match k {
                                Some(k) => self.expr(k),
                                None => Value::Scalar(Scalar::None),
                            })
                            .collect(),
                    ),
                )
                .put("values", self.exprs(values)),
                "Dict",
            ),
            ExprKind::Set { elts } => (f.put("elts", self.exprs(elts)), "Set"),
            ExprKind::ListComp { elt, generators } => (
                f.put("elt", self.expr(elt))
                    .put("generators", self.comprehensions(generators)),
                "ListComp",
            ),
            ExprKind::SetComp { elt, generators } => (
                f.put("elt", self.expr(elt))
                    .put("generators", self.comprehensions(generators)),
                "SetComp",
            ),
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => (
                f.put("key", self.expr(key))
                    .put("value", self.expr(value))
                    .put("generators", self.comprehensions(generators)),
                "DictComp",
            ),
            ExprKind::GeneratorExp { elt, generators } => (
                f.put("elt", self.expr(elt))
                    .put("generators", self.comprehensions(generators)),
                "GeneratorExp",
            ),
            ExprKind::Await { value } => (f.put("value", self.expr(value)), "Await"),
            ExprKind::Yield { value } => (f.opt("value", self.opt_expr(value)), "Yield"),
            ExprKind::YieldFrom { value } => (f.put("value", self.expr(value)), "YieldFrom"),
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => (
                f.put("left", self.expr(left))
                    .put(
                        "ops",
                        Value::List(ops.iter().map(|op| cmp_op(*op)).collect()),
                    )
                    .put("comparators", self.exprs(comparators)),
                "Compare",
            ),
            ExprKind::Call {
                func,
                args,
                keywords,
            } => (
                f.put("func", self.expr(func))
                    .put("args", self.exprs(args))
                    .put(
                        "keywords",
                        Value::List(keywords.iter().map(|k| self.keyword(k)).collect()),
                    ),
                "Call",
            ),
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => (
                f.put("value", self.expr(value))
                    .put("conversion", int(*conversion))
                    .opt("format_spec", self.opt_expr(format_spec)),
                "FormattedValue",
            ),
            ExprKind::JoinedStr { values } => (f.put("values", self.exprs(values)), "JoinedStr"),
            ExprKind::Constant { value, kind } => (
                f.put("value", constant(value))
                    .opt("kind", kind.as_deref().map(ident)),
                "Constant",
            ),
            ExprKind::Attribute { value, attr, ctx } => (
                f.put("value", self.expr(value))
                    .put("attr", ident(attr))
                    .put("ctx", context(*ctx)),
                "Attribute",
            ),
            ExprKind::Subscript { value, slice, ctx } => (
                f.put("value", self.expr(value))
                    .put("slice", self.expr(slice))
                    .put("ctx", context(*ctx)),
                "Subscript",
            ),
            ExprKind::Starred { value, ctx } => (
                f.put("value", self.expr(value)).put("ctx", context(*ctx)),
                "Starred",
            ),
            ExprKind::Name { id, ctx } => {
                (f.put("id", ident(id)).put("ctx", context(*ctx)), "Name")
            }
            ExprKind::List { elts, ctx } => (
                f.put("elts", self.exprs(elts)).put("ctx", context(*ctx)),
                "List",
            ),
            ExprKind::Tuple { elts, ctx } => (
                f.put("elts", self.exprs(elts)).put("ctx", context(*ctx)),
                "Tuple",
            ),
            ExprKind::Slice { lower, upper, step } => (
                f.opt("lower", self.opt_expr(lower))
                    .opt("upper", self.opt_expr(upper))
                    .opt("step", self.opt_expr(step)),
                "Slice",
            ),
        };
        self.located(fields, expr.range, class)
    }

    fn comprehensions(&self, generators: &'a [Comprehension]) -> Value<'a> {
        Value::List(
            generators
                .iter()
                .map(|g| {
                    Fields::new()
                        .put("target", self.expr(&g.target))
                        .put("iter", self.expr(&g.iter))
                        .put("ifs", self.exprs(&g.ifs))
                        .put("is_async", int(g.is_async))
                        .node("comprehension")
                })
                .collect(),
        )
    }

    fn handler(&self, handler: &'a ExceptHandler) -> Value<'a> {
        let fields = Fields::new()
            .opt("type", self.opt_expr(&handler.type_))
            .opt("name", handler.name.as_deref().map(ident))
            .put("body", self.stmts(&handler.body));
        self.located(fields, handler.range, "ExceptHandler")
    }

    fn arguments(&self, args: &'a Arguments) -> Value<'a> {
        let args_list = |list: &'a [Arg]| Value::List(list.iter().map(|a| self.arg(a)).collect());
        Fields::new()
            .put("posonlyargs", args_list(&args.posonlyargs))
            .put("args", args_list(&args.args))
            .opt("vararg", args.vararg.as_deref().map(|a| self.arg(a)))
            .put("kwonlyargs", args_list(&args.kwonlyargs))
            .put(
                "kw_defaults",
                Value::List(
                    args.kw_defaults
                        .iter()
                        .map(|d| match d {
                            Some(d) => self.expr(d),
                            None => Value::Scalar(Scalar::None),
                        })
                        .collect(),
                ),
            )
            .opt("kwarg", args.kwarg.as_deref().map(|a| self.arg(a)))
            .put("defaults", self.exprs(&args.defaults))
            .node("arguments")
    }

    fn arg(&self, arg: &'a Arg) -> Value<'a> {
        let fields = Fields::new()
            .put("arg", ident(&arg.arg))
            .opt("annotation", self.opt_expr(&arg.annotation))
            .opt("type_comment", arg.type_comment.as_deref().map(ident));
        self.located(fields, arg.range, "arg")
    }

    fn keyword(&self, keyword: &'a Keyword) -> Value<'a> {
        let fields = Fields::new()
            .opt("arg", keyword.arg.as_deref().map(ident))
            .put("value", self.expr(&keyword.value));
        self.located(fields, keyword.range, "keyword")
    }

    fn aliases(&self, aliases: &'a [Alias]) -> Value<'a> {
        Value::List(
            aliases
                .iter()
                .map(|a| {
                    let fields = Fields::new()
                        .put("name", ident(&a.name))
                        .opt("asname", a.asname.as_deref().map(ident));
                    self.located(fields, a.range, "alias")
                })
                .collect(),
        )
    }

    fn with_item(&self, item: &'a WithItem) -> Value<'a> {
        Fields::new()
            .put("context_expr", self.expr(&item.context_expr))
            .opt("optional_vars", self.opt_expr(&item.optional_vars))
            .node("withitem")
    }

    fn match_case(&self, case: &'a MatchCase) -> Value<'a> {
        Fields::new()
            .put("pattern", self.pattern(&case.pattern))
            .opt("guard", self.opt_expr(&case.guard))
            .put("body", self.stmts(&case.body))
            .node("match_case")
    }

    fn patterns(&self, patterns: &'a [Pattern]) -> Value<'a> {
        Value::List(patterns.iter().map(|p| self.pattern(p)).collect())
    }

    fn pattern(&self, pattern: &'a Pattern) -> Value<'a> {
        let f = Fields::new();
        let (fields, class) = match &pattern.kind {
            PatternKind::MatchValue { value } => (f.put("value", self.expr(value)), "MatchValue"),
            PatternKind::MatchSingleton { value } => {
                (f.put("value", constant(value)), "MatchSingleton")
            }
            PatternKind::MatchSequence { patterns } => {
                (f.put("patterns", self.patterns(patterns)), "MatchSequence")
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => (
                f.put("keys", self.exprs(keys))
                    .put("patterns", self.patterns(patterns))
                    .opt("rest", rest.as_deref().map(ident)),
                "MatchMapping",
            ),
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => (
                f.put("cls", self.expr(cls))
                    .put("patterns", self.patterns(patterns))
                    .put("kwd_attrs", identifiers(kwd_attrs))
                    .put("kwd_patterns", self.patterns(kwd_patterns)),
                "MatchClass",
            ),
            PatternKind::MatchStar { name } => {
                (f.opt("name", name.as_deref().map(ident)), "MatchStar")
            }
            PatternKind::MatchAs { pattern, name } => (
                f.opt("pattern", pattern.as_deref().map(|p| self.pattern(p)))
                    .opt("name", name.as_deref().map(ident)),
                "MatchAs",
            ),
            PatternKind::MatchOr { patterns } => {
                (f.put("patterns", self.patterns(patterns)), "MatchOr")
            }
        };
        self.located(fields, pattern.range, class)
    }
}

fn type_ignore(t: &TypeIgnore) -> Value<'_> {
    Fields::new()
        .put("lineno", int(t.lineno))
        .put("tag", ident(&t.tag))
        .node("TypeIgnore")
}

fn identifiers(names: &[String]) -> Value<'_> {
    Value::List(names.iter().map(|n| ident(n)).collect())
}

fn context<'a>(ctx: ExprContext) -> Value<'a> {
    leaf(match ctx {
        ExprContext::Load => "Load",
        ExprContext::Store => "Store",
        ExprContext::Del => "Del",
    })
}

fn operator<'a>(op: Operator) -> Value<'a> {
    leaf(match op {
        Operator::Add => "Add",
        Operator::Sub => "Sub",
        Operator::Mult => "Mult",
        Operator::MatMult => "MatMult",
        Operator::Div => "Div",
        Operator::Mod => "Mod",
        Operator::Pow => "Pow",
        Operator::LShift => "LShift",
        Operator::RShift => "RShift",
        Operator::BitOr => "BitOr",
        Operator::BitXor => "BitXor",
        Operator::BitAnd => "BitAnd",
        Operator::FloorDiv => "FloorDiv",
    })
}

fn cmp_op<'a>(op: CmpOp) -> Value<'a> {
    leaf(match op {
        CmpOp::Eq => "Eq",
        CmpOp::NotEq => "NotEq",
        CmpOp::Lt => "Lt",
        CmpOp::LtE => "LtE",
        CmpOp::Gt => "Gt",
        CmpOp::GtE => "GtE",
        CmpOp::Is => "Is",
        CmpOp::IsNot => "IsNot",
        CmpOp::In => "In",
        CmpOp::NotIn => "NotIn",
    })
}

/// `repr()` of a constant as CPython prints it.
pub(crate) fn constant_repr(value: &Constant) -> String {
    match value {
        Constant::None => "None".to_owned(),
        Constant::Bool(true) => "True".to_owned(),
        Constant::Bool(false) => "False".to_owned(),
        Constant::Str(s) => py_str_repr(s),
        Constant::Bytes(b) => bytes_repr(b),
        Constant::Int(n) => n.to_string(),
        Constant::Float(x) => float_repr(*x),
        Constant::Complex { real, imag } => complex_repr(*real, *imag),
        Constant::Ellipsis => "Ellipsis".to_owned(),
    }
}

/// `repr(complex)`: `<imag>j` when the real part is +0.0, else `(<real>±<imag>j)`; the parts
/// drop the `.0` that a float repr would add (`1j`, not `1.0j`).
fn complex_repr(real: f64, imag: f64) -> String {
    let part = |x: f64| {
        let text = float_repr(x);
        match text.strip_suffix(".0") {
            Some(whole) => whole.to_owned(),
            None => text,
        }
    };
    if real == 0.0 && real.is_sign_positive() {
        return format!("{}j", part(imag));
    }
    let mut out = String::from("(");
    out.push_str(&part(real));
    let imag_text = part(imag);
    if !imag_text.starts_with('-') {
        out.push('+');
    }
    let _ = write!(out, "{imag_text}j)");
    out
}

pub mod json;

#[cfg(test)]
mod tests;
