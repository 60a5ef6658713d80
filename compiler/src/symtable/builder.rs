//! The first symbol-table pass: walks the tree, opens a scope for every `def`, `class`,
//! lambda and comprehension, and records what each scope does with each name. Declarations
//! in the wrong place (`global x` after using `x`, a duplicate parameter, `import *` in a
//! function) are rejected here, with CPython's messages and the declaration's range.

use crate::FastMap;

use krait_ast::{
    Alias, Arguments, ExceptHandler, Module, Pattern, PatternKind, Stmt, StmtKind, TextRange,
};

use super::{node_key, Scope, ScopeId, ScopeKind, SymbolFlags, SymbolTable};
use crate::error::{syntax_error, too_deep, with_stack, CompileResult, MAX_NESTING};
use crate::mangle::mangle;

/// Per-scope state of the walk that CPython keeps on its symtable entries.
#[derive(Clone, Copy, Debug)]
pub(super) struct Frame {
    pub(super) id: ScopeId,
    /// Visiting a comprehension's `for` target: names bound are iteration variables.
    pub(super) comp_iter_target: bool,
    /// Visiting a comprehension's iterable: `:=` is not allowed there.
    pub(super) comp_iter_expr: u32,
}

/// The walk's state.
pub(super) struct Builder {
    pub(super) table: SymbolTable,
    pub(super) stack: Vec<Frame>,
    /// The innermost enclosing class name, for mangling.
    pub(super) private: Option<String>,
    pub(super) depth: u32,
}

/// Runs the first pass over `module`.
pub(super) fn build(module: &Module) -> CompileResult<SymbolTable> {
    let root = Scope::new(ScopeKind::Module, "top".to_owned(), None, module.range);
    let mut builder = Builder {
        table: SymbolTable {
            scopes: vec![root],
            by_node: FastMap::default(),
        },
        stack: vec![Frame {
            id: ScopeId(0),
            comp_iter_target: false,
            comp_iter_expr: 0,
        }],
        private: None,
        depth: 0,
    };
    for stmt in &module.body {
        builder.visit_stmt(stmt)?;
    }
    Ok(builder.table)
}

impl Builder {
    pub(super) fn frame(&self) -> Frame {
        *self.stack.last().expect("the module frame is never popped")
    }

    pub(super) fn frame_mut(&mut self) -> &mut Frame {
        self.stack
            .last_mut()
            .expect("the module frame is never popped")
    }

    pub(super) fn current(&self) -> &Scope {
        self.table.scope(self.frame().id)
    }

    pub(super) fn current_mut(&mut self) -> &mut Scope {
        let id = self.frame().id;
        self.table.scope_mut(id)
    }

    /// Opens a scope for the node at `key` and makes it current.
    pub(super) fn enter(&mut self, kind: ScopeKind, name: &str, key: usize, range: TextRange) {
        let parent = self.frame().id;
        // A scope opened inside a comprehension's iterable (a lambda, a nested
        // comprehension) is still inside it: `:=` anywhere there is refused.
        let comp_iter_expr = self.frame().comp_iter_expr;
        let id = ScopeId(self.table.scopes.len() as u32);
        let mut scope = Scope::new(kind, name.to_owned(), Some(parent), range);
        let enclosing = self.table.scope(parent);
        scope.nested = enclosing.nested || enclosing.kind.is_function_like();
        self.table.scopes.push(scope);
        self.table.scope_mut(parent).children.push(id);
        self.table.by_node.insert(key, id);
        self.stack.push(Frame {
            id,
            comp_iter_target: false,
            comp_iter_expr,
        });
    }

    pub(super) fn exit(&mut self) {
        self.stack.pop();
    }

    /// Records `flag` for `name` (mangled here) in the current scope.
    pub(super) fn add_def(&mut self, name: &str, flag: u16, range: TextRange) -> CompileResult<()> {
        let mangled = mangle(self.private.as_deref(), name);
        let frame = self.frame();
        self.add_def_in(
            frame.id,
            frame.comp_iter_target,
            &mangled,
            name,
            flag,
            range,
        )
    }

    /// Records `flag` for the already mangled `name` in scope `id`.
    pub(super) fn add_def_in(
        &mut self,
        id: ScopeId,
        comp_iter_target: bool,
        name: &str,
        written: &str,
        flag: u16,
        range: TextRange,
    ) -> CompileResult<()> {
        let scope = self.table.scope_mut(id);
        if flag & SymbolFlags::PARAM != 0 && scope.flags_of(name).has(SymbolFlags::PARAM) {
            return Err(syntax_error(
                format!("duplicate argument '{written}' in function definition"),
                range,
            ));
        }
        let flags = scope.add_flags(name, flag);
        if comp_iter_target {
            if flags.has(SymbolFlags::GLOBAL | SymbolFlags::NONLOCAL) {
                return Err(syntax_error(
                    format!(
                        "comprehension inner loop cannot rebind assignment expression target \
                         '{written}'"
                    ),
                    range,
                ));
            }
            scope.add_flags(name, SymbolFlags::COMP_ITER);
        }
        if flag & SymbolFlags::PARAM != 0 {
            scope.params.push(name.to_owned());
        } else if flag & SymbolFlags::GLOBAL != 0 {
            // As CPython's `st_global`: the module learns that some scope writes this global.
            self.table
                .scope_mut(ScopeId(0))
                .add_flags(name, SymbolFlags::GLOBAL);
        }
        Ok(())
    }

    pub(super) fn record_directive(&mut self, id: ScopeId, name: &str, range: TextRange) {
        let mangled = mangle(self.private.as_deref(), name);
        self.table
            .scope_mut(id)
            .directives
            .entry(mangled.into_owned())
            .or_insert(range);
    }

    pub(super) fn enter_nesting(&mut self, range: TextRange) -> CompileResult<()> {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            return Err(too_deep(range));
        }
        Ok(())
    }

    pub(super) fn visit_body(&mut self, body: &[Stmt]) -> CompileResult<()> {
        body.iter().try_for_each(|s| self.visit_stmt(s))
    }

    pub(super) fn visit_stmt(&mut self, stmt: &Stmt) -> CompileResult<()> {
        self.enter_nesting(stmt.range)?;
        with_stack(|| self.visit_stmt_kind(stmt))?;
        self.depth -= 1;
        Ok(())
    }

    fn visit_stmt_kind(&mut self, stmt: &Stmt) -> CompileResult<()> {
        match &stmt.kind {
            StmtKind::FunctionDef(def) => {
                self.add_def(&def.name, SymbolFlags::LOCAL, stmt.range)?;
                self.visit_defaults(&def.args)?;
                self.visit_arg_annotations(&def.args)?;
                if let Some(returns) = &def.returns {
                    self.visit_expr(returns)?;
                }
                self.visit_exprs(&def.decorator_list)?;
                self.enter(ScopeKind::Function, &def.name, node_key(stmt), stmt.range);
                self.current_mut().is_coroutine = def.is_async;
                self.visit_params(&def.args)?;
                self.visit_body(&def.body)?;
                self.exit();
            }
            StmtKind::ClassDef(class) => {
                self.add_def(&class.name, SymbolFlags::LOCAL, stmt.range)?;
                self.visit_exprs(&class.bases)?;
                for keyword in &class.keywords {
                    self.visit_expr(&keyword.value)?;
                }
                self.visit_exprs(&class.decorator_list)?;
                self.enter(ScopeKind::Class, &class.name, node_key(stmt), stmt.range);
                let outer_private = self.private.replace(class.name.clone());
                self.visit_body(&class.body)?;
                self.private = outer_private;
                self.exit();
            }
            StmtKind::Return { value } => self.visit_opt(value.as_deref())?,
            StmtKind::Delete { targets } => self.visit_exprs(targets)?,
            StmtKind::Assign { targets, value, .. } => {
                self.visit_exprs(targets)?;
                self.visit_expr(value)?;
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.visit_expr(target)?;
                self.visit_expr(value)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                self.visit_ann_assign(target, annotation, value.as_deref(), *simple, stmt.range)?;
            }
            StmtKind::For(for_) => {
                self.visit_expr(&for_.target)?;
                self.visit_expr(&for_.iter)?;
                self.visit_body(&for_.body)?;
                self.visit_body(&for_.orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_body(body)?;
                self.visit_body(orelse)?;
            }
            StmtKind::With(with) => {
                for item in &with.items {
                    self.visit_expr(&item.context_expr)?;
                    self.visit_opt(item.optional_vars.as_deref())?;
                }
                self.visit_body(&with.body)?;
            }
            StmtKind::Match { subject, cases } => {
                self.visit_expr(subject)?;
                for case in cases {
                    self.visit_pattern(&case.pattern)?;
                    self.visit_opt(case.guard.as_deref())?;
                    self.visit_body(&case.body)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                self.visit_opt(exc.as_deref())?;
                self.visit_opt(cause.as_deref())?;
            }
            StmtKind::Try(try_) => {
                self.visit_body(&try_.body)?;
                for handler in &try_.handlers {
                    self.visit_handler(handler)?;
                }
                self.visit_body(&try_.orelse)?;
                self.visit_body(&try_.finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.visit_expr(test)?;
                self.visit_opt(msg.as_deref())?;
            }
            StmtKind::Import { names } | StmtKind::ImportFrom { names, .. } => {
                for alias in names {
                    self.visit_alias(alias)?;
                }
            }
            StmtKind::Global { names } => self.visit_declaration(names, true, stmt.range)?,
            StmtKind::Nonlocal { names } => self.visit_declaration(names, false, stmt.range)?,
            StmtKind::Expr { value } => self.visit_expr(value)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    /// Positional and keyword-only defaults, evaluated in the enclosing scope.
    pub(super) fn visit_defaults(&mut self, args: &Arguments) -> CompileResult<()> {
        self.visit_exprs(&args.defaults)?;
        for default in args.kw_defaults.iter().flatten() {
            self.visit_expr(default)?;
        }
        Ok(())
    }

    fn visit_arg_annotations(&mut self, args: &Arguments) -> CompileResult<()> {
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(args.vararg.as_deref())
            .chain(&args.kwonlyargs)
            .chain(args.kwarg.as_deref());
        for arg in all {
            self.visit_opt(arg.annotation.as_deref())?;
        }
        Ok(())
    }

    /// Declares the parameters in the (just opened) function scope, in `co_varnames` order.
    pub(super) fn visit_params(&mut self, args: &Arguments) -> CompileResult<()> {
        for arg in args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
        {
            self.add_def(&arg.arg, SymbolFlags::PARAM, arg.range)?;
        }
        if let Some(arg) = &args.vararg {
            self.add_def(&arg.arg, SymbolFlags::PARAM, arg.range)?;
            self.current_mut().has_varargs = true;
        }
        if let Some(arg) = &args.kwarg {
            self.add_def(&arg.arg, SymbolFlags::PARAM, arg.range)?;
            self.current_mut().has_varkeywords = true;
        }
        Ok(())
    }

    fn visit_ann_assign(
        &mut self,
        target: &krait_ast::Expr,
        annotation: &krait_ast::Expr,
        value: Option<&krait_ast::Expr>,
        simple: u32,
        range: TextRange,
    ) -> CompileResult<()> {
        if let krait_ast::ExprKind::Name { id, .. } = &target.kind {
            let mangled = mangle(self.private.as_deref(), id);
            let flags = self.current().flags_of(&mangled);
            let is_module = self.frame().id == ScopeId(0);
            if flags.has(SymbolFlags::GLOBAL | SymbolFlags::NONLOCAL) && !is_module && simple != 0 {
                let which = if flags.has(SymbolFlags::GLOBAL) {
                    "global"
                } else {
                    "nonlocal"
                };
                return Err(syntax_error(
                    format!("annotated name '{id}' can't be {which}"),
                    range,
                ));
            }
            if simple != 0 {
                self.add_def(id, SymbolFlags::ANNOT | SymbolFlags::LOCAL, target.range)?;
            } else if value.is_some() {
                self.add_def(id, SymbolFlags::LOCAL, target.range)?;
            }
        } else {
            self.visit_expr(target)?;
        }
        self.visit_expr(annotation)?;
        self.visit_opt(value)
    }

    fn visit_handler(&mut self, handler: &ExceptHandler) -> CompileResult<()> {
        self.visit_opt(handler.type_.as_deref())?;
        if let Some(name) = &handler.name {
            self.add_def(name, SymbolFlags::LOCAL, handler.range)?;
        }
        self.visit_body(&handler.body)
    }

    fn visit_alias(&mut self, alias: &Alias) -> CompileResult<()> {
        if alias.name == "*" {
            if self.current().kind != ScopeKind::Module {
                return Err(syntax_error(
                    "import * only allowed at module level",
                    alias.range,
                ));
            }
            return Ok(());
        }
        let stored = match &alias.asname {
            Some(asname) => asname.as_str(),
            None => alias.name.split('.').next().unwrap_or(&alias.name),
        };
        self.add_def(stored, SymbolFlags::IMPORT, alias.range)
    }

    fn visit_declaration(
        &mut self,
        names: &[String],
        global: bool,
        range: TextRange,
    ) -> CompileResult<()> {
        let kind = if global { "global" } else { "nonlocal" };
        for name in names {
            let mangled = mangle(self.private.as_deref(), name);
            let flags = self.current().flags_of(&mangled);
            if flags.has(
                SymbolFlags::PARAM | SymbolFlags::LOCAL | SymbolFlags::USE | SymbolFlags::ANNOT,
            ) {
                let message = if flags.has(SymbolFlags::PARAM) {
                    format!("name '{name}' is parameter and {kind}")
                } else if flags.has(SymbolFlags::USE) {
                    format!("name '{name}' is used prior to {kind} declaration")
                } else if flags.has(SymbolFlags::ANNOT) {
                    format!("annotated name '{name}' can't be {kind}")
                } else {
                    format!("name '{name}' is assigned to before {kind} declaration")
                };
                return Err(syntax_error(message, range));
            }
            let flag = if global {
                SymbolFlags::GLOBAL
            } else {
                SymbolFlags::NONLOCAL
            };
            self.add_def(name, flag, range)?;
            let id = self.frame().id;
            self.record_directive(id, name, range);
        }
        Ok(())
    }

    /// Names bound by a `match` pattern.
    fn visit_pattern(&mut self, pattern: &Pattern) -> CompileResult<()> {
        self.enter_nesting(pattern.range)?;
        with_stack(|| self.visit_pattern_kind(pattern))?;
        self.depth -= 1;
        Ok(())
    }

    fn visit_pattern_kind(&mut self, pattern: &Pattern) -> CompileResult<()> {
        match &pattern.kind {
            PatternKind::MatchValue { value } => self.visit_expr(value)?,
            PatternKind::MatchSingleton { .. } => {}
            PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
                patterns.iter().try_for_each(|p| self.visit_pattern(p))?;
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                self.visit_exprs(keys)?;
                patterns.iter().try_for_each(|p| self.visit_pattern(p))?;
                if let Some(rest) = rest {
                    self.add_def(rest, SymbolFlags::LOCAL, pattern.range)?;
                }
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.visit_expr(cls)?;
                patterns
                    .iter()
                    .chain(kwd_patterns)
                    .try_for_each(|p| self.visit_pattern(p))?;
            }
            PatternKind::MatchStar { name } => {
                if let Some(name) = name {
                    self.add_def(name, SymbolFlags::LOCAL, pattern.range)?;
                }
            }
            PatternKind::MatchAs {
                pattern: inner,
                name,
            } => {
                if let Some(inner) = inner {
                    self.visit_pattern(inner)?;
                }
                if let Some(name) = name {
                    self.add_def(name, SymbolFlags::LOCAL, pattern.range)?;
                }
            }
        }
        Ok(())
    }
}
