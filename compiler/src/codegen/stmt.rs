//! Statement dispatch and the simple statements: expression statements, `if`, `return`,
//! `raise`, `assert`, `del`, and the declarations that compile to nothing.

use krait_ast::{Expr, ExprKind, Stmt, StmtKind};
use krait_bytecode::{Constant, Instruction};

use super::Compiler;
use crate::error::{syntax_error, with_stack, CompileResult};
use crate::symtable::ScopeKind;

impl<'a> Compiler<'a> {
    pub(crate) fn compile_stmts(&mut self, body: &'a [Stmt]) -> CompileResult<()> {
        body.iter().try_for_each(|s| self.compile_stmt(s))
    }

    pub(crate) fn compile_stmt(&mut self, stmt: &'a Stmt) -> CompileResult<()> {
        self.nest(stmt.range)?;
        let outer = self.unit().loc;
        self.set_loc(stmt.range);
        with_stack(|| self.compile_stmt_kind(stmt))?;
        self.unit().loc = outer;
        self.unnest();
        Ok(())
    }

    fn compile_stmt_kind(&mut self, stmt: &'a Stmt) -> CompileResult<()> {
        use Instruction::*;
        match &stmt.kind {
            StmtKind::FunctionDef(def) => self.compile_function_def(stmt, def),
            StmtKind::ClassDef(class) => self.compile_class_def(stmt, class),
            StmtKind::Return { value } => self.compile_return(stmt, value.as_deref()),
            StmtKind::Delete { targets } => targets.iter().try_for_each(|t| self.compile_delete(t)),
            StmtKind::Assign { targets, value, .. } => self.compile_assign(targets, value),
            StmtKind::AugAssign { target, op, value } => {
                self.compile_aug_assign(stmt, target, *op, value)
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.compile_ann_assign(target, annotation, value.as_deref(), *simple != 0),
            StmtKind::For(for_) => self.compile_for(stmt, for_),
            StmtKind::While { test, body, orelse } => self.compile_while(test, body, orelse),
            StmtKind::If { test, body, orelse } => self.compile_if(test, body, orelse),
            StmtKind::With(with) => self.compile_with(stmt, with, 0),
            StmtKind::Match { subject, cases } => self.compile_match(subject, cases),
            StmtKind::Raise { exc, cause } => {
                let mut argc = 0;
                if let Some(exc) = exc {
                    self.compile_expr(exc)?;
                    argc += 1;
                    if let Some(cause) = cause {
                        self.compile_expr(cause)?;
                        argc += 1;
                    }
                }
                self.emit(RaiseVarargs(argc));
                Ok(())
            }
            StmtKind::Try(try_) => self.compile_try(stmt, try_),
            StmtKind::Assert { test, msg } => {
                self.check_assert(test, stmt.range);
                self.compile_assert(test, msg.as_deref())
            }
            StmtKind::Import { names } => self.compile_import(names),
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => self.compile_import_from(module.as_deref(), names, *level),
            StmtKind::Global { .. } | StmtKind::Nonlocal { .. } | StmtKind::Pass => Ok(()),
            StmtKind::Expr { value }
                if self.interactive && self.scope_kind() == ScopeKind::Module =>
            {
                self.compile_expr(value)?;
                self.emit(PrintExpr);
                Ok(())
            }
            StmtKind::Expr { value } => {
                // A constant statement (a stray string, `...`) has no effect.
                if matches!(value.kind, ExprKind::Constant { .. }) {
                    return Ok(());
                }
                self.compile_expr(value)?;
                self.emit(PopTop);
                Ok(())
            }
            StmtKind::Break => self.compile_break(stmt.range),
            StmtKind::Continue => self.compile_continue(stmt.range),
        }
    }

    fn compile_if(
        &mut self,
        test: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CompileResult<()> {
        let end = self.new_label();
        let next = if orelse.is_empty() {
            end
        } else {
            self.new_label()
        };
        self.jump_if(test, next, false)?;
        self.compile_stmts(body)?;
        if !orelse.is_empty() {
            self.emit_jump(Instruction::Jump, end);
            self.place(next);
            self.compile_stmts(orelse)?;
        }
        self.place(end);
        Ok(())
    }

    fn compile_return(&mut self, stmt: &'a Stmt, value: Option<&'a Expr>) -> CompileResult<()> {
        if !self.scope_kind().is_function_like() {
            return Err(syntax_error("'return' outside function", stmt.range));
        }
        let scope = self.table.scope(self.unit_ref().scope);
        if value.is_some() && scope.is_coroutine && scope.is_generator {
            return Err(syntax_error(
                "'return' with value in async generator",
                stmt.range,
            ));
        }
        match value {
            // A constant needs no stack slot while `finally` blocks run.
            Some(value) if self.fold(value).is_none() => {
                self.compile_expr(value)?;
                self.unwind_then(true, false, stmt.range, |this, _| {
                    this.emit(Instruction::ReturnValue);
                    Ok(())
                })
            }
            _ => {
                let constant = value.and_then(|v| self.fold(v)).unwrap_or(Constant::None);
                // CPython reports a folded return value's own position.
                let range = value.map_or(stmt.range, |v| v.range);
                self.unwind_then(false, false, range, |this, _| {
                    this.load_const(constant);
                    this.emit(Instruction::ReturnValue);
                    Ok(())
                })
            }
        }
    }

    fn compile_assert(&mut self, test: &'a Expr, msg: Option<&'a Expr>) -> CompileResult<()> {
        use Instruction::*;
        if self.options.optimize > 0 {
            // `-O` drops assertions entirely: neither the test nor the message runs.
            return Ok(());
        }
        let end = self.new_label();
        self.jump_if(test, end, true)?;
        self.emit(LoadAssertionError);
        if let Some(msg) = msg {
            self.compile_expr(msg)?;
            self.emit(Call(1));
        }
        self.emit(RaiseVarargs(1));
        self.place(end);
        Ok(())
    }
}
