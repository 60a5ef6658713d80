//! `compile(tree, filename, mode)` for a tree of `_ast` objects (an `ast.Module`,
//! `ast.Expression` or `ast.Interactive`): the objects are read back into the `ast` crate's
//! nodes, checked as CPython checks a tree it did not parse (`required field "lineno"
//! missing from stmt`, `empty body on If`, `Dict doesn't have the same number of keys as
//! values`, ...), and compiled like parsed source.
//!
//! Nodes carry lines and columns, the compiler byte ranges into a source text. There is no
//! source, so one is made up: a first pass over the objects finds the widest column used
//! on each line, and the text is that many blanks per line, so every `(line, column)` is a
//! byte offset whose line and column are exactly the node's. Positions the text cannot
//! hold (a line below 1) are put at the start.

use krait_ast::{
    Alias, Arg, Arguments, BoolOp, ClassDef, CmpOp, Comprehension, Constant, ExceptHandler, Expr,
    ExprContext, ExprKind, For, FunctionDef, Keyword, MatchCase, Module, Operator, Pattern,
    PatternKind, PyString, Stmt, StmtKind, TextRange, TextSize, Try, TypeIgnore, UnaryOp, With,
    WithItem,
};
use krait_compiler::Mode;
use num_bigint::BigInt;

use crate::error::PyResult;
use crate::object::Payload;
use crate::value::Value;
use crate::vm::Vm;

/// How deep a tree may nest: the parser's own limit, so the compiler never sees a deeper
/// tree than it would from source.
const MAX_DEPTH: u32 = 1000;
/// The widest column the made-up text gives a line (wider ones are clamped).
const MAX_COLUMN: u32 = 1 << 16;
/// The most lines the made-up text has (later lines are clamped).
const MAX_LINES: u32 = 1 << 20;

/// The state of one conversion.
struct Reader<'v> {
    vm: &'v mut Vm,
    /// The `_ast` module.
    module: Value,
    /// The `_ast.AST` class.
    ast_class: Value,
    /// Widest column per line (index 0 is line 1).
    widths: Vec<u32>,
    /// Byte offset of each line's start in the made-up text.
    starts: Vec<u32>,
    depth: u32,
}

impl Vm {
    /// Whether `v` is an `_ast.AST` instance (with `_ast` loaded at all).
    pub(crate) fn is_ast_object(&mut self, v: Value) -> PyResult<bool> {
        let Some(module) = self.sys_modules_get("_ast")? else {
            return Ok(false);
        };
        let Some(class) = self.get_str_attr_opt(module, "AST")? else {
            return Ok(false);
        };
        Ok(is_instance_of(self, v, class))
    }

    /// Compiles a tree of `_ast` objects in `mode`.
    pub(crate) fn compile_ast_object(
        &mut self,
        tree: Value,
        filename: &str,
        mode: Mode,
        options: krait_compiler::Options,
    ) -> PyResult<Value> {
        let name = self.intern("_ast");
        let module = self.import_name(name, Value::None, Value::Int(0))?;
        let ast_class = self.get_str_attr(module, "AST")?;
        let mut r = Reader {
            vm: self,
            module,
            ast_class,
            widths: Vec::new(),
            starts: Vec::new(),
            depth: 0,
        };
        stacker::maybe_grow(256 * 1024, 8 * 1024 * 1024, || r.scan(tree))?;
        r.depth = 0;
        r.layout();
        let module = stacker::maybe_grow(256 * 1024, 8 * 1024 * 1024, || r.root(tree, mode))?;
        let mut text = String::with_capacity(r.starts.last().copied().unwrap_or(0) as usize);
        for &w in &r.widths {
            text.push_str(&" ".repeat(w as usize));
            text.push('\n');
        }
        let (compiled, _warnings) =
            krait_compiler::compile_module_with_warnings(&module, &text, filename, mode, options);
        match compiled {
            Ok(code) => Ok(Value::Obj(self.load_code(&code))),
            Err(e) => {
                let exc = self.syntax_error_in(&e, filename, &text, mode != Mode::Eval);
                // No source: the line comes from the file `filename` names, if any.
                self.replace_syntax_text(exc, filename)?;
                Err(exc)
            }
        }
    }
}

/// Whether `v`'s class has `class` in its MRO.
fn is_instance_of(vm: &mut Vm, v: Value, class: Value) -> bool {
    let Value::Obj(class) = class else {
        return false;
    };
    let t = vm.type_of(v);
    t.as_class().is_some_and(|c| {
        c.mro
            .borrow()
            .iter()
            .any(|&k| krait_gc::Gc::ptr_eq(k, class))
    })
}

impl Reader<'_> {
    fn type_error<T>(&mut self, msg: String) -> PyResult<T> {
        Err(self.vm.type_error(msg))
    }

    fn value_error<T>(&mut self, msg: impl Into<String>) -> PyResult<T> {
        let msg: String = msg.into();
        Err(self.vm.value_error(msg))
    }

    /// One level deeper into the tree, reading a node of the abstract class `what`.
    fn enter(&mut self, what: &str) -> PyResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            let exc = self.vm.new_error(
                self.vm.s.types.recursion_error,
                format!("maximum recursion depth exceeded while traversing '{what}' node"),
            );
            return Err(exc);
        }
        Ok(())
    }

    // ----- the first pass: the columns each line uses -----

    fn scan(&mut self, v: Value) -> PyResult<()> {
        if let Some(Payload::List(items)) = v.payload() {
            let items = items.borrow().clone();
            for item in items {
                self.scan(item)?;
            }
            return Ok(());
        }
        if !is_instance_of(self.vm, v, self.ast_class) {
            return Ok(());
        }
        // Nothing below the depth the second pass allows needs a position: that pass
        // reports the tree as too deep, naming the kind of node it was reading.
        if self.depth > MAX_DEPTH {
            return Ok(());
        }
        self.depth += 1;
        for (line, col) in [("lineno", "col_offset"), ("end_lineno", "end_col_offset")] {
            let l = self.small_int_attr(v, line)?;
            let c = self.small_int_attr(v, col)?;
            if let (Some(l), Some(c)) = (l, c) {
                self.note(l, c);
            }
        }
        let fields = self.vm.get_str_attr_opt(v, "_fields")?;
        if let Some(fields) = fields {
            for name in self.vm.collect_iter(fields)? {
                let Some(Payload::Str(s)) = name.payload() else {
                    continue;
                };
                let s = s.as_str().to_owned();
                if let Some(field) = self.vm.get_str_attr_opt(v, &s)? {
                    self.scan(field)?;
                }
            }
        }
        self.depth -= 1;
        Ok(())
    }

    fn small_int_attr(&mut self, v: Value, name: &str) -> PyResult<Option<i64>> {
        Ok(match self.vm.get_str_attr_opt(v, name)? {
            Some(Value::Int(n)) => Some(n),
            Some(Value::Bool(b)) => Some(b as i64),
            _ => None,
        })
    }

    fn note(&mut self, line: i64, col: i64) {
        if line < 1 {
            return;
        }
        let line = (line.min(MAX_LINES as i64) - 1) as usize;
        let col = col.clamp(0, MAX_COLUMN as i64) as u32;
        if self.widths.len() <= line {
            self.widths.resize(line + 1, 0);
        }
        self.widths[line] = self.widths[line].max(col);
    }

    fn layout(&mut self) {
        let mut at = 0u32;
        self.starts = self
            .widths
            .iter()
            .map(|&w| {
                let s = at;
                at += w + 1;
                s
            })
            .collect();
    }

    fn offset(&self, line: i64, col: i64) -> TextSize {
        if line < 1 || self.widths.is_empty() {
            return TextSize::from(0);
        }
        let l = ((line.min(MAX_LINES as i64) - 1) as usize).min(self.widths.len() - 1);
        let col = (col.max(0) as u32).min(self.widths[l]);
        TextSize::from(self.starts[l] + col)
    }

    // ----- fields -----

    /// A field that must be present (and not `None`).
    fn required(&mut self, v: Value, name: &str, owner: &str) -> PyResult<Value> {
        match self.vm.get_str_attr_opt(v, name)? {
            Some(f) if !f.is_none() => Ok(f),
            _ => self.type_error(format!("required field \"{name}\" missing from {owner}")),
        }
    }

    fn optional(&mut self, v: Value, name: &str) -> PyResult<Option<Value>> {
        Ok(self.vm.get_str_attr_opt(v, name)?.filter(|f| !f.is_none()))
    }

    fn list(&mut self, v: Value, name: &str, owner: &str) -> PyResult<Vec<Value>> {
        let f = match self.vm.get_str_attr_opt(v, name)? {
            Some(f) => f,
            None => {
                return self.type_error(format!("required field \"{name}\" missing from {owner}"))
            }
        };
        match f.payload() {
            Some(Payload::List(items)) => Ok(items.borrow().clone()),
            _ => {
                let t = self.vm.type_name(f);
                self.type_error(format!(
                    "{owner} field \"{name}\" must be a list, not a {t}"
                ))
            }
        }
    }

    fn identifier(&mut self, v: Value) -> PyResult<String> {
        match v.payload() {
            Some(Payload::Str(s)) => Ok(s.as_str().to_owned()),
            _ => self.type_error("AST identifier must be of type str".to_owned()),
        }
    }

    fn req_ident(&mut self, v: Value, name: &str, owner: &str) -> PyResult<String> {
        let f = self.required(v, name, owner)?;
        self.identifier(f)
    }

    fn opt_ident(&mut self, v: Value, name: &str) -> PyResult<Option<String>> {
        match self.optional(v, name)? {
            Some(f) => self.identifier(f).map(Some),
            None => Ok(None),
        }
    }

    fn int_field(&mut self, v: Value, name: &str, owner: &str) -> PyResult<i64> {
        match self.required(v, name, owner)? {
            Value::Int(n) => Ok(n),
            Value::Bool(b) => Ok(b as i64),
            other => {
                let r = self.vm.repr_value(other)?;
                let r = crate::builtins::str_arg(self.vm, r, "repr")?;
                self.type_error(format!("invalid integer value: {r}"))
            }
        }
    }

    /// The location of a node whose class has location attributes; `what` names the
    /// abstract class in messages (`stmt`, `expr`, ...).
    fn range(&mut self, v: Value, what: &str) -> PyResult<TextRange> {
        let line = self.int_field(v, "lineno", what)?;
        let col = self.int_field(v, "col_offset", what)?;
        let end_line = self.small_int_attr(v, "end_lineno")?.unwrap_or(line);
        let end_col = self.small_int_attr(v, "end_col_offset")?.unwrap_or(col);
        let start = self.offset(line, col);
        let end = self.offset(end_line, end_col).max(start);
        Ok(TextRange::new(start, end))
    }

    /// The name of the `_ast` class `v` is an instance of (the first of its MRO that is one).
    fn kind(&mut self, v: Value) -> PyResult<Option<String>> {
        let t = self.vm.type_of(v);
        let Some(data) = t.as_class() else {
            return Ok(None);
        };
        let mro = data.mro.borrow().clone();
        for c in mro {
            let Some(cd) = c.as_class() else { continue };
            let name = cd.name();
            if let Some(Value::Obj(k)) = self.vm.get_str_attr_opt(self.module, &name)? {
                if krait_gc::Gc::ptr_eq(k, c) {
                    return Ok(Some(name));
                }
            }
        }
        Ok(None)
    }

    fn expected<T>(&mut self, what: &str, v: Value) -> PyResult<T> {
        let r = self.vm.repr_value(v)?;
        let r = crate::builtins::str_arg(self.vm, r, "repr")?;
        self.type_error(format!("expected some sort of {what}, but got {r}"))
    }

    // ----- the tree -----

    fn root(&mut self, v: Value, mode: Mode) -> PyResult<Module> {
        let kind = self.kind(v)?;
        let want = match mode {
            Mode::Exec => "Module",
            Mode::Eval => "Expression",
            Mode::Single => "Interactive",
        };
        if kind.as_deref() != Some(want) {
            let got = match &kind {
                Some(k) => k.clone(),
                None => self.vm.type_name(v),
            };
            return self.type_error(format!("expected {want} node, got {got}"));
        }
        let body = match mode {
            Mode::Eval => {
                let body = self.required(v, "body", "Expression")?;
                let e = self.expr(body)?;
                let range = e.range;
                vec![Stmt::new(StmtKind::Expr { value: Box::new(e) }, range)]
            }
            _ => {
                let items = self.list(v, "body", want)?;
                self.stmts_of(items)?
            }
        };
        if mode == Mode::Exec {
            // Read for its checks only: Krait keeps no type-ignore comments.
            self.list(v, "type_ignores", "Module")?;
        }
        let end = TextSize::from(self.starts.last().map_or(0, |&s| s + 1));
        Ok(Module {
            body,
            type_ignores: Vec::<TypeIgnore>::new(),
            range: TextRange::new(TextSize::from(0), end),
        })
    }

    fn stmts_of(&mut self, items: Vec<Value>) -> PyResult<Vec<Stmt>> {
        items.into_iter().map(|s| self.stmt(s)).collect()
    }

    fn body(&mut self, v: Value, name: &str, owner: &str) -> PyResult<Vec<Stmt>> {
        let items = self.list(v, name, owner)?;
        let body = self.stmts_of(items)?;
        if body.is_empty() && name == "body" {
            return self.value_error(format!("empty body on {owner}"));
        }
        Ok(body)
    }

    fn exprs(&mut self, v: Value, name: &str, owner: &str) -> PyResult<Vec<Expr>> {
        let items = self.list(v, name, owner)?;
        items.into_iter().map(|e| self.expr(e)).collect()
    }

    fn req_expr(&mut self, v: Value, name: &str, owner: &str) -> PyResult<Box<Expr>> {
        let f = self.required(v, name, owner)?;
        Ok(Box::new(self.expr(f)?))
    }

    fn opt_expr(&mut self, v: Value, name: &str) -> PyResult<Option<Box<Expr>>> {
        match self.optional(v, name)? {
            Some(f) => Ok(Some(Box::new(self.expr(f)?))),
            None => Ok(None),
        }
    }

    fn stmt(&mut self, v: Value) -> PyResult<Stmt> {
        self.enter("stmt")?;
        let r = self.stmt_inner(v);
        self.depth -= 1;
        r
    }

    fn stmt_inner(&mut self, v: Value) -> PyResult<Stmt> {
        let kind = self.kind(v)?.unwrap_or_default();
        let is_stmt = matches!(
            kind.as_str(),
            "FunctionDef"
                | "AsyncFunctionDef"
                | "ClassDef"
                | "Return"
                | "Delete"
                | "Assign"
                | "AugAssign"
                | "AnnAssign"
                | "For"
                | "AsyncFor"
                | "While"
                | "If"
                | "With"
                | "AsyncWith"
                | "Match"
                | "Raise"
                | "Try"
                | "TryStar"
                | "Assert"
                | "Import"
                | "ImportFrom"
                | "Global"
                | "Nonlocal"
                | "Expr"
                | "Pass"
                | "Break"
                | "Continue"
        );
        if !is_stmt {
            return self.expected("stmt", v);
        }
        let range = self.range(v, "stmt")?;
        let k = kind.as_str();
        let sk = match k {
            "FunctionDef" | "AsyncFunctionDef" => {
                let name = self.req_ident(v, "name", k)?;
                let args = self.required(v, "args", k)?;
                let args = Box::new(self.arguments(args)?);
                let body = self.body(v, "body", k)?;
                let decorator_list = self.exprs(v, "decorator_list", k)?;
                let returns = self.opt_expr(v, "returns")?;
                StmtKind::FunctionDef(FunctionDef {
                    is_async: k == "AsyncFunctionDef",
                    name,
                    args,
                    body,
                    decorator_list,
                    returns,
                    type_comment: None,
                })
            }
            "ClassDef" => {
                let name = self.req_ident(v, "name", k)?;
                let bases = self.exprs(v, "bases", k)?;
                let keywords = self.keywords(v, k)?;
                let body = self.body(v, "body", k)?;
                let decorator_list = self.exprs(v, "decorator_list", k)?;
                StmtKind::ClassDef(ClassDef {
                    name,
                    bases,
                    keywords,
                    body,
                    decorator_list,
                })
            }
            "Return" => StmtKind::Return {
                value: self.opt_expr(v, "value")?,
            },
            "Delete" => {
                let targets = self.targets(v, "targets", k, ExprContext::Del)?;
                if targets.is_empty() {
                    return self.value_error("empty targets on Delete");
                }
                StmtKind::Delete { targets }
            }
            "Assign" => {
                let targets = self.targets(v, "targets", k, ExprContext::Store)?;
                if targets.is_empty() {
                    return self.value_error("empty targets on Assign");
                }
                let value = self.req_expr(v, "value", k)?;
                StmtKind::Assign {
                    targets,
                    value,
                    type_comment: None,
                }
            }
            "AugAssign" => {
                let target = self.target(v, "target", k, ExprContext::Store)?;
                let op = self.required(v, "op", k)?;
                let op = self.operator(op)?;
                let value = self.req_expr(v, "value", k)?;
                StmtKind::AugAssign { target, op, value }
            }
            "AnnAssign" => {
                let target = self.target(v, "target", k, ExprContext::Store)?;
                let annotation = self.req_expr(v, "annotation", k)?;
                let value = self.opt_expr(v, "value")?;
                let simple = self.int_field(v, "simple", k)?;
                StmtKind::AnnAssign {
                    target,
                    annotation,
                    value,
                    simple: u32::from(simple != 0),
                }
            }
            "For" | "AsyncFor" => {
                let target = self.target(v, "target", k, ExprContext::Store)?;
                let iter = self.req_expr(v, "iter", k)?;
                let body = self.body(v, "body", k)?;
                let orelse = self.body(v, "orelse", k)?;
                StmtKind::For(For {
                    is_async: k == "AsyncFor",
                    target,
                    iter,
                    body,
                    orelse,
                    type_comment: None,
                })
            }
            "While" | "If" => {
                let test = self.req_expr(v, "test", k)?;
                let body = self.body(v, "body", k)?;
                let orelse = self.body(v, "orelse", k)?;
                if k == "While" {
                    StmtKind::While { test, body, orelse }
                } else {
                    StmtKind::If { test, body, orelse }
                }
            }
            "With" | "AsyncWith" => {
                let mut items = Vec::new();
                for item in self.list(v, "items", k)? {
                    let context_expr = self.required(item, "context_expr", "withitem")?;
                    let context_expr = self.expr(context_expr)?;
                    let optional_vars = match self.optional(item, "optional_vars")? {
                        Some(t) => Some(Box::new(self.expr_in(t, ExprContext::Store)?)),
                        None => None,
                    };
                    items.push(WithItem {
                        context_expr,
                        optional_vars,
                    });
                }
                if items.is_empty() {
                    return self.value_error(format!("empty items on {k}"));
                }
                let body = self.body(v, "body", k)?;
                StmtKind::With(With {
                    is_async: k == "AsyncWith",
                    items,
                    body,
                    type_comment: None,
                })
            }
            "Match" => {
                let subject = self.req_expr(v, "subject", k)?;
                let mut cases = Vec::new();
                for case in self.list(v, "cases", k)? {
                    let pattern = self.required(case, "pattern", "match_case")?;
                    let pattern = self.pattern(pattern)?;
                    let guard = self.opt_expr(case, "guard")?;
                    let body = self.body(case, "body", "match_case")?;
                    cases.push(MatchCase {
                        pattern,
                        guard,
                        body,
                    });
                }
                if cases.is_empty() {
                    return self.value_error("empty cases on Match");
                }
                StmtKind::Match { subject, cases }
            }
            "Raise" => {
                let exc = self.opt_expr(v, "exc")?;
                let cause = self.opt_expr(v, "cause")?;
                if exc.is_none() && cause.is_some() {
                    return self.value_error("Raise with cause but no exception");
                }
                StmtKind::Raise { exc, cause }
            }
            "Try" | "TryStar" => {
                let body = self.body(v, "body", k)?;
                let mut handlers = Vec::new();
                for h in self.list(v, "handlers", k)? {
                    if self.kind(h)?.as_deref() != Some("ExceptHandler") {
                        return self.expected("excepthandler", h);
                    }
                    let range = self.range(h, "excepthandler")?;
                    let type_ = self.opt_expr(h, "type")?;
                    let name = self.opt_ident(h, "name")?;
                    let body = self.body(h, "body", "ExceptHandler")?;
                    handlers.push(ExceptHandler {
                        type_,
                        name,
                        body,
                        range,
                    });
                }
                let orelse = self.body(v, "orelse", k)?;
                let finalbody = self.body(v, "finalbody", k)?;
                if handlers.is_empty() && finalbody.is_empty() {
                    return self
                        .value_error(format!("{k} has neither except handlers nor finalbody"));
                }
                if handlers.is_empty() && !orelse.is_empty() {
                    return self.value_error(format!("{k} has orelse but no except handlers"));
                }
                StmtKind::Try(Try {
                    is_star: k == "TryStar",
                    body,
                    handlers,
                    orelse,
                    finalbody,
                })
            }
            "Assert" => StmtKind::Assert {
                test: self.req_expr(v, "test", k)?,
                msg: self.opt_expr(v, "msg")?,
            },
            "Import" | "ImportFrom" => {
                let mut names = Vec::new();
                for a in self.list(v, "names", k)? {
                    let range = self.range(a, "alias")?;
                    let name = self.req_ident(a, "name", "alias")?;
                    let asname = self.opt_ident(a, "asname")?;
                    names.push(Alias {
                        name,
                        asname,
                        range,
                    });
                }
                if names.is_empty() {
                    return self.value_error(format!("empty names on {k}"));
                }
                if k == "Import" {
                    StmtKind::Import { names }
                } else {
                    let module = self.opt_ident(v, "module")?;
                    let level = match self.optional(v, "level")? {
                        Some(Value::Int(n)) => n,
                        Some(Value::Bool(b)) => b as i64,
                        _ => 0,
                    };
                    if level < 0 {
                        return self.value_error("Negative ImportFrom level");
                    }
                    StmtKind::ImportFrom {
                        module,
                        names,
                        level: level.min(u32::MAX as i64) as u32,
                    }
                }
            }
            "Global" | "Nonlocal" => {
                let mut names = Vec::new();
                for n in self.list(v, "names", k)? {
                    names.push(self.identifier(n)?);
                }
                if names.is_empty() {
                    return self.value_error(format!("empty names on {k}"));
                }
                if k == "Global" {
                    StmtKind::Global { names }
                } else {
                    StmtKind::Nonlocal { names }
                }
            }
            "Expr" => StmtKind::Expr {
                value: self.req_expr(v, "value", k)?,
            },
            "Pass" => StmtKind::Pass,
            "Break" => StmtKind::Break,
            _ => StmtKind::Continue,
        };
        Ok(Stmt::new(sk, range))
    }

    fn keywords(&mut self, v: Value, owner: &str) -> PyResult<Vec<Keyword>> {
        let mut out = Vec::new();
        for kw in self.list(v, "keywords", owner)? {
            if self.kind(kw)?.as_deref() != Some("keyword") {
                return self.expected("keyword", kw);
            }
            let range = self.range(kw, "keyword")?;
            let arg = self.opt_ident(kw, "arg")?;
            let value = self.required(kw, "value", "keyword")?;
            let value = self.expr(value)?;
            out.push(Keyword { arg, value, range });
        }
        Ok(out)
    }

    fn arg(&mut self, v: Value) -> PyResult<Arg> {
        if self.kind(v)?.as_deref() != Some("arg") {
            return self.expected("arg", v);
        }
        let range = self.range(v, "arg")?;
        let arg = self.req_ident(v, "arg", "arg")?;
        let annotation = self.opt_expr(v, "annotation")?;
        Ok(Arg {
            arg,
            annotation,
            type_comment: None,
            range,
        })
    }

    fn args_list(&mut self, v: Value, name: &str) -> PyResult<Vec<Arg>> {
        let items = self.list(v, name, "arguments")?;
        items.into_iter().map(|a| self.arg(a)).collect()
    }

    fn arguments(&mut self, v: Value) -> PyResult<Arguments> {
        if self.kind(v)?.as_deref() != Some("arguments") {
            return self.expected("arguments", v);
        }
        let posonlyargs = self.args_list(v, "posonlyargs")?;
        let args = self.args_list(v, "args")?;
        let vararg = match self.optional(v, "vararg")? {
            Some(a) => Some(Box::new(self.arg(a)?)),
            None => None,
        };
        let kwonlyargs = self.args_list(v, "kwonlyargs")?;
        let mut kw_defaults = Vec::new();
        for d in self.list(v, "kw_defaults", "arguments")? {
            kw_defaults.push(if d.is_none() {
                None
            } else {
                Some(self.expr(d)?)
            });
        }
        let kwarg = match self.optional(v, "kwarg")? {
            Some(a) => Some(Box::new(self.arg(a)?)),
            None => None,
        };
        let defaults = self.exprs(v, "defaults", "arguments")?;
        if defaults.len() > posonlyargs.len() + args.len() {
            return self.value_error("more positional defaults than args on arguments");
        }
        if kw_defaults.len() != kwonlyargs.len() {
            return self
                .value_error("length of kwonlyargs is not the same as kw_defaults on arguments");
        }
        Ok(Arguments {
            posonlyargs,
            args,
            vararg,
            kwonlyargs,
            kw_defaults,
            kwarg,
            defaults,
        })
    }

    fn comprehensions(&mut self, v: Value, owner: &str) -> PyResult<Vec<Comprehension>> {
        let mut out = Vec::new();
        for c in self.list(v, "generators", owner)? {
            if self.kind(c)?.as_deref() != Some("comprehension") {
                return self.expected("comprehension", c);
            }
            let target = self.required(c, "target", "comprehension")?;
            let target = self.expr_in(target, ExprContext::Store)?;
            let iter = self.required(c, "iter", "comprehension")?;
            let iter = self.expr(iter)?;
            let ifs = self.exprs(c, "ifs", "comprehension")?;
            let is_async = self.int_field(c, "is_async", "comprehension")?;
            out.push(Comprehension {
                target,
                iter,
                ifs,
                is_async: u32::from(is_async != 0),
            });
        }
        if out.is_empty() {
            return self.value_error("comprehension with no generators");
        }
        Ok(out)
    }

    fn context(&mut self, v: Value, owner: &str) -> PyResult<ExprContext> {
        let c = self.required(v, "ctx", owner)?;
        match self.kind(c)?.as_deref() {
            Some("Load") => Ok(ExprContext::Load),
            Some("Store") => Ok(ExprContext::Store),
            Some("Del") => Ok(ExprContext::Del),
            _ => self.expected("expr_context", c),
        }
    }

    fn operator(&mut self, v: Value) -> PyResult<Operator> {
        Ok(match self.kind(v)?.as_deref() {
            Some("Add") if !self.is_class(v) => Operator::Add,
            Some("Sub") if !self.is_class(v) => Operator::Sub,
            Some("Mult") if !self.is_class(v) => Operator::Mult,
            Some("MatMult") if !self.is_class(v) => Operator::MatMult,
            Some("Div") if !self.is_class(v) => Operator::Div,
            Some("Mod") if !self.is_class(v) => Operator::Mod,
            Some("Pow") if !self.is_class(v) => Operator::Pow,
            Some("LShift") if !self.is_class(v) => Operator::LShift,
            Some("RShift") if !self.is_class(v) => Operator::RShift,
            Some("BitOr") if !self.is_class(v) => Operator::BitOr,
            Some("BitXor") if !self.is_class(v) => Operator::BitXor,
            Some("BitAnd") if !self.is_class(v) => Operator::BitAnd,
            Some("FloorDiv") if !self.is_class(v) => Operator::FloorDiv,
            _ => return self.expected("operator", v),
        })
    }

    /// A class object (`ast.Add` rather than `ast.Add()`), which `kind` would also name.
    fn is_class(&self, v: Value) -> bool {
        matches!(v.payload(), Some(Payload::Class(_)))
    }

    fn expr(&mut self, v: Value) -> PyResult<Expr> {
        self.expr_in(v, ExprContext::Load)
    }

    /// An expression in a position of context `want` (`Store` for an assignment target,
    /// `Del` for a `del` target), checked as CPython checks it.
    fn expr_in(&mut self, v: Value, want: ExprContext) -> PyResult<Expr> {
        self.enter("expr")?;
        let r = self.expr_inner(v, want);
        self.depth -= 1;
        r
    }

    fn target(
        &mut self,
        v: Value,
        name: &str,
        owner: &str,
        want: ExprContext,
    ) -> PyResult<Box<Expr>> {
        let f = self.required(v, name, owner)?;
        Ok(Box::new(self.expr_in(f, want)?))
    }

    fn targets(
        &mut self,
        v: Value,
        name: &str,
        owner: &str,
        want: ExprContext,
    ) -> PyResult<Vec<Expr>> {
        let items = self.list(v, name, owner)?;
        items.into_iter().map(|e| self.expr_in(e, want)).collect()
    }

    /// The context of a node that has one, which must be the position's.
    fn context_as(&mut self, v: Value, owner: &str, want: ExprContext) -> PyResult<ExprContext> {
        let ctx = self.context(v, owner)?;
        if ctx != want {
            return self.value_error(format!(
                "expression must have {} context but has {} instead",
                ctx_name(want),
                ctx_name(ctx)
            ));
        }
        Ok(ctx)
    }

    fn expr_inner(&mut self, v: Value, want: ExprContext) -> PyResult<Expr> {
        let kind = if self.is_class(v) {
            None
        } else {
            self.kind(v)?
        };
        let kind = kind.unwrap_or_default();
        let k = kind.as_str();
        let known = matches!(
            k,
            "BoolOp"
                | "NamedExpr"
                | "BinOp"
                | "UnaryOp"
                | "Lambda"
                | "IfExp"
                | "Dict"
                | "Set"
                | "ListComp"
                | "SetComp"
                | "DictComp"
                | "GeneratorExp"
                | "Await"
                | "Yield"
                | "YieldFrom"
                | "Compare"
                | "Call"
                | "FormattedValue"
                | "JoinedStr"
                | "Constant"
                | "Attribute"
                | "Subscript"
                | "Starred"
                | "Name"
                | "List"
                | "Tuple"
                | "Slice"
        );
        if !known {
            return self.expected("expr", v);
        }
        let has_ctx = matches!(
            k,
            "Attribute" | "Subscript" | "Starred" | "Name" | "List" | "Tuple"
        );
        if !has_ctx && want != ExprContext::Load {
            return self.value_error(format!(
                "expression which can't be assigned to in {} context",
                ctx_name(want)
            ));
        }
        let range = self.range(v, "expr")?;
        let ek = match k {
            "BoolOp" => {
                let op = self.required(v, "op", k)?;
                let op = match self.kind(op)?.as_deref() {
                    Some("And") if !self.is_class(op) => BoolOp::And,
                    Some("Or") if !self.is_class(op) => BoolOp::Or,
                    _ => return self.expected("boolop", op),
                };
                let values = self.exprs(v, "values", k)?;
                if values.len() < 2 {
                    return self.value_error("BoolOp with less than 2 values");
                }
                ExprKind::BoolOp { op, values }
            }
            "NamedExpr" => {
                let target = self.required(v, "target", k)?;
                if self.kind(target)?.as_deref() != Some("Name") {
                    return self.type_error("NamedExpr target must be a Name".to_owned());
                }
                ExprKind::NamedExpr {
                    target: Box::new(self.expr_in(target, ExprContext::Store)?),
                    value: self.req_expr(v, "value", k)?,
                }
            }
            "BinOp" => {
                let left = self.req_expr(v, "left", k)?;
                let op = self.required(v, "op", k)?;
                let op = self.operator(op)?;
                let right = self.req_expr(v, "right", k)?;
                ExprKind::BinOp { left, op, right }
            }
            "UnaryOp" => {
                let op = self.required(v, "op", k)?;
                let op = match self.kind(op)?.as_deref() {
                    Some("Invert") if !self.is_class(op) => UnaryOp::Invert,
                    Some("Not") if !self.is_class(op) => UnaryOp::Not,
                    Some("UAdd") if !self.is_class(op) => UnaryOp::UAdd,
                    Some("USub") if !self.is_class(op) => UnaryOp::USub,
                    _ => return self.expected("unaryop", op),
                };
                let operand = self.req_expr(v, "operand", k)?;
                ExprKind::UnaryOp { op, operand }
            }
            "Lambda" => {
                let args = self.required(v, "args", k)?;
                let args = Box::new(self.arguments(args)?);
                let body = self.req_expr(v, "body", k)?;
                ExprKind::Lambda { args, body }
            }
            "IfExp" => ExprKind::IfExp {
                test: self.req_expr(v, "test", k)?,
                body: self.req_expr(v, "body", k)?,
                orelse: self.req_expr(v, "orelse", k)?,
            },
            "Dict" => {
                let mut keys = Vec::new();
                for key in self.list(v, "keys", k)? {
                    keys.push(if key.is_none() {
                        None
                    } else {
                        Some(self.expr(key)?)
                    });
                }
                let values = self.exprs(v, "values", k)?;
                if keys.len() != values.len() {
                    return self.value_error("Dict doesn't have the same number of keys as values");
                }
                ExprKind::Dict { keys, values }
            }
            "Set" => ExprKind::Set {
                elts: self.exprs(v, "elts", k)?,
            },
            "ListComp" | "SetComp" | "GeneratorExp" => {
                let elt = self.req_expr(v, "elt", k)?;
                let generators = self.comprehensions(v, k)?;
                match k {
                    "ListComp" => ExprKind::ListComp { elt, generators },
                    "SetComp" => ExprKind::SetComp { elt, generators },
                    _ => ExprKind::GeneratorExp { elt, generators },
                }
            }
            "DictComp" => {
                let key = self.req_expr(v, "key", k)?;
                let value = self.req_expr(v, "value", k)?;
                let generators = self.comprehensions(v, k)?;
                ExprKind::DictComp {
                    key,
                    value,
                    generators,
                }
            }
            "Await" => ExprKind::Await {
                value: self.req_expr(v, "value", k)?,
            },
            "Yield" => ExprKind::Yield {
                value: self.opt_expr(v, "value")?,
            },
            "YieldFrom" => ExprKind::YieldFrom {
                value: self.req_expr(v, "value", k)?,
            },
            "Compare" => {
                let left = self.req_expr(v, "left", k)?;
                let mut ops = Vec::new();
                for op in self.list(v, "ops", k)? {
                    ops.push(match self.kind(op)?.as_deref() {
                        Some("Eq") if !self.is_class(op) => CmpOp::Eq,
                        Some("NotEq") if !self.is_class(op) => CmpOp::NotEq,
                        Some("Lt") if !self.is_class(op) => CmpOp::Lt,
                        Some("LtE") if !self.is_class(op) => CmpOp::LtE,
                        Some("Gt") if !self.is_class(op) => CmpOp::Gt,
                        Some("GtE") if !self.is_class(op) => CmpOp::GtE,
                        Some("Is") if !self.is_class(op) => CmpOp::Is,
                        Some("IsNot") if !self.is_class(op) => CmpOp::IsNot,
                        Some("In") if !self.is_class(op) => CmpOp::In,
                        Some("NotIn") if !self.is_class(op) => CmpOp::NotIn,
                        _ => return self.expected("cmpop", op),
                    });
                }
                let comparators = self.exprs(v, "comparators", k)?;
                if comparators.is_empty() {
                    return self.value_error("Compare with no comparators");
                }
                if comparators.len() != ops.len() {
                    return self
                        .value_error("Compare has a different number of comparators and operands");
                }
                ExprKind::Compare {
                    left,
                    ops,
                    comparators,
                }
            }
            "Call" => ExprKind::Call {
                func: self.req_expr(v, "func", k)?,
                args: self.exprs(v, "args", k)?,
                keywords: self.keywords(v, k)?,
            },
            "FormattedValue" => {
                let value = self.req_expr(v, "value", k)?;
                let conversion = self.int_field(v, "conversion", k)?;
                if !matches!(conversion, -1 | 115 | 114 | 97) {
                    let exc = self.vm.new_error(
                        self.vm.s.types.system_error,
                        format!("Unrecognized conversion character {conversion}"),
                    );
                    return Err(exc);
                }
                let format_spec = self.opt_expr(v, "format_spec")?;
                ExprKind::FormattedValue {
                    value,
                    conversion: conversion.clamp(i32::MIN as i64, i32::MAX as i64) as i32,
                    format_spec,
                }
            }
            "JoinedStr" => ExprKind::JoinedStr {
                values: self.exprs(v, "values", k)?,
            },
            "Constant" => {
                let value = match self.vm.get_str_attr_opt(v, "value")? {
                    Some(c) => c,
                    None => {
                        return self.type_error(
                            "required field \"value\" missing from Constant".to_owned(),
                        )
                    }
                };
                let value = self.constant(value)?;
                let kind = self.opt_ident(v, "kind")?;
                ExprKind::Constant { value, kind }
            }
            "Attribute" => ExprKind::Attribute {
                value: self.req_expr(v, "value", k)?,
                attr: self.req_ident(v, "attr", k)?,
                ctx: self.context_as(v, k, want)?,
            },
            "Subscript" => ExprKind::Subscript {
                value: self.req_expr(v, "value", k)?,
                slice: self.req_expr(v, "slice", k)?,
                ctx: self.context_as(v, k, want)?,
            },
            "Starred" => {
                let ctx = self.context_as(v, k, want)?;
                ExprKind::Starred {
                    value: self.target(v, "value", k, want)?,
                    ctx,
                }
            }
            "Name" => {
                let id = self.req_ident(v, "id", k)?;
                if matches!(id.as_str(), "None" | "True" | "False") {
                    return self
                        .value_error(format!("identifier field can't represent '{id}' constant"));
                }
                ExprKind::Name {
                    id,
                    ctx: self.context_as(v, k, want)?,
                }
            }
            "List" | "Tuple" => {
                let ctx = self.context_as(v, k, want)?;
                let elts = self.targets(v, "elts", k, want)?;
                if k == "List" {
                    ExprKind::List { elts, ctx }
                } else {
                    ExprKind::Tuple { elts, ctx }
                }
            }
            _ => ExprKind::Slice {
                lower: self.opt_expr(v, "lower")?,
                upper: self.opt_expr(v, "upper")?,
                step: self.opt_expr(v, "step")?,
            },
        };
        Ok(Expr::new(ek, range))
    }

    /// The value of a `Constant` (or `MatchSingleton`): the types a literal can have.
    fn constant(&mut self, v: Value) -> PyResult<Constant> {
        let exact = |vm: &Vm, v: Value, t| {
            v.as_obj()
                .is_some_and(|o| krait_gc::Gc::ptr_eq(vm.type_of(Value::Obj(o)), t))
        };
        Ok(match v {
            Value::None => Constant::None,
            Value::Bool(b) => Constant::Bool(b),
            Value::Int(i) => Constant::Int(BigInt::from(i)),
            Value::Float(f) => Constant::Float(f),
            Value::Obj(o) => match &o.payload {
                Payload::Ellipsis => Constant::Ellipsis,
                Payload::Str(s) if exact(self.vm, v, self.vm.s.types.str) => {
                    Constant::Str(unalias(s.as_str()))
                }
                Payload::Bytes(b) if exact(self.vm, v, self.vm.s.types.bytes) => {
                    Constant::Bytes(b.to_vec())
                }
                Payload::BigInt(b) if exact(self.vm, v, self.vm.s.types.int) => {
                    Constant::Int(b.clone())
                }
                Payload::Complex { re, im } if exact(self.vm, v, self.vm.s.types.complex) => {
                    Constant::Complex {
                        real: *re,
                        imag: *im,
                    }
                }
                // Tuples and frozensets of constants are folded values CPython accepts;
                // Krait's tree has no node for them.
                _ => {
                    let t = self.vm.type_name(v);
                    return self.type_error(format!("got an invalid type in Constant: {t}"));
                }
            },
        })
    }

    fn pattern(&mut self, v: Value) -> PyResult<Pattern> {
        self.enter("pattern")?;
        let r = self.pattern_inner(v);
        self.depth -= 1;
        r
    }

    fn patterns(&mut self, v: Value, name: &str, owner: &str) -> PyResult<Vec<Pattern>> {
        let items = self.list(v, name, owner)?;
        items.into_iter().map(|p| self.pattern(p)).collect()
    }

    fn pattern_inner(&mut self, v: Value) -> PyResult<Pattern> {
        let kind = self.kind(v)?.unwrap_or_default();
        let k = kind.as_str();
        let known = matches!(
            k,
            "MatchValue"
                | "MatchSingleton"
                | "MatchSequence"
                | "MatchMapping"
                | "MatchClass"
                | "MatchStar"
                | "MatchAs"
                | "MatchOr"
        );
        if !known {
            return self.expected("pattern", v);
        }
        // Patterns require their end position too.
        self.int_field(v, "end_lineno", "pattern")?;
        self.int_field(v, "end_col_offset", "pattern")?;
        let range = self.range(v, "pattern")?;
        let pk = match k {
            "MatchValue" => PatternKind::MatchValue {
                value: self.req_expr(v, "value", k)?,
            },
            "MatchSingleton" => {
                let value = self.vm.get_str_attr_opt(v, "value")?.unwrap_or(Value::None);
                let value = self.constant(value)?;
                if !matches!(value, Constant::None | Constant::Bool(_)) {
                    return self
                        .value_error("MatchSingleton can only contain True, False and None");
                }
                PatternKind::MatchSingleton { value }
            }
            "MatchSequence" => PatternKind::MatchSequence {
                patterns: self.patterns(v, "patterns", k)?,
            },
            "MatchMapping" => {
                let keys = self.exprs(v, "keys", k)?;
                let patterns = self.patterns(v, "patterns", k)?;
                if keys.len() != patterns.len() {
                    return self.value_error(
                        "MatchMapping doesn't have the same number of keys as patterns",
                    );
                }
                let rest = self.opt_ident(v, "rest")?;
                PatternKind::MatchMapping {
                    keys,
                    patterns,
                    rest,
                }
            }
            "MatchClass" => {
                let cls = self.req_expr(v, "cls", k)?;
                let patterns = self.patterns(v, "patterns", k)?;
                let mut kwd_attrs = Vec::new();
                for a in self.list(v, "kwd_attrs", k)? {
                    kwd_attrs.push(self.identifier(a)?);
                }
                let kwd_patterns = self.patterns(v, "kwd_patterns", k)?;
                if kwd_attrs.len() != kwd_patterns.len() {
                    return self.value_error(
                        "MatchClass doesn't have the same number of keyword attributes as patterns",
                    );
                }
                PatternKind::MatchClass {
                    cls,
                    patterns,
                    kwd_attrs,
                    kwd_patterns,
                }
            }
            "MatchStar" => PatternKind::MatchStar {
                name: self.opt_ident(v, "name")?,
            },
            "MatchAs" => {
                let pattern = match self.optional(v, "pattern")? {
                    Some(p) => Some(Box::new(self.pattern(p)?)),
                    None => None,
                };
                let name = self.opt_ident(v, "name")?;
                if pattern.is_some() && name.is_none() {
                    return self
                        .value_error("MatchAs must specify a target name if a pattern is given");
                }
                PatternKind::MatchAs { pattern, name }
            }
            _ => {
                let patterns = self.patterns(v, "patterns", k)?;
                if patterns.len() < 2 {
                    return self.value_error("MatchOr requires at least 2 patterns");
                }
                PatternKind::MatchOr { patterns }
            }
        };
        Ok(Pattern { kind: pk, range })
    }
}

/// The name of a context as CPython's messages spell it.
fn ctx_name(ctx: ExprContext) -> &'static str {
    match ctx {
        ExprContext::Load => "Load",
        ExprContext::Store => "Store",
        ExprContext::Del => "Del",
    }
}

/// A str as the tree keeps it: aliases (how the VM stores lone surrogates) back to
/// surrogate code points.
fn unalias(text: &str) -> PyString {
    if !text.chars().any(krait_ast::surrogate::is_alias) {
        return PyString::from(text);
    }
    let mut s = PyString::new();
    for c in text.chars() {
        s.push_code_point(krait_ast::surrogate::code_point(c));
    }
    s
}
