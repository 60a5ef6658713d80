//! Assignment: storing into targets (names, attributes, subscripts, and tuple/list
//! unpacking with at most one starred target via `UNPACK_EX`), plain, augmented and
//! annotated assignment, and `del`.

use krait_ast::{Expr, ExprKind, Operator, Stmt};
use krait_bytecode::{Constant, Instruction};

use super::expr::binary_op;
use super::{Compiler, NameCtx};
use crate::error::{syntax_error, with_stack, CompileResult};
use crate::symtable::ScopeKind;

impl<'a> Compiler<'a> {
    /// Stores the value on top of the stack into `target`.
    pub(crate) fn compile_store(&mut self, target: &'a Expr) -> CompileResult<()> {
        self.nest(target.range)?;
        let outer = self.unit().loc;
        self.set_loc(target.range);
        with_stack(|| self.compile_store_kind(target))?;
        self.unit().loc = outer;
        self.unnest();
        Ok(())
    }

    fn compile_store_kind(&mut self, target: &'a Expr) -> CompileResult<()> {
        use Instruction::*;
        match &target.kind {
            ExprKind::Name { id, .. } => self.compile_name(id, NameCtx::Store, target.range)?,
            ExprKind::Attribute { value, attr, .. } => {
                self.compile_expr(value)?;
                let i = self.name_index(attr);
                self.emit(StoreAttr(i));
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.compile_expr(value)?;
                self.compile_expr(slice)?;
                self.emit(StoreSubscr);
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                self.compile_unpack(elts, target)?;
                for elt in elts {
                    match &elt.kind {
                        ExprKind::Starred { value, .. } => self.compile_store(value)?,
                        _ => self.compile_store(elt)?,
                    }
                }
            }
            ExprKind::Starred { .. } => {
                return Err(syntax_error(
                    "starred assignment target must be in a list or tuple",
                    target.range,
                ));
            }
            _ => return Err(syntax_error("cannot assign to expression", target.range)),
        }
        Ok(())
    }

    /// Splits the sequence on the stack into one value per target, last one deepest.
    fn compile_unpack(&mut self, elts: &[Expr], target: &Expr) -> CompileResult<()> {
        let mut star = None;
        for (i, elt) in elts.iter().enumerate() {
            if matches!(elt.kind, ExprKind::Starred { .. }) {
                if star.is_some() {
                    return Err(syntax_error(
                        "multiple starred expressions in assignment",
                        target.range,
                    ));
                }
                star = Some(i);
            }
        }
        match star {
            Some(before) => {
                let after = elts.len() - before - 1;
                if before >= 256 || after >= 1 << 24 {
                    return Err(syntax_error(
                        "too many expressions in star-unpacking assignment",
                        target.range,
                    ));
                }
                self.emit(Instruction::UnpackEx(before as u32 | (after as u32) << 8));
            }
            None => self.emit(Instruction::UnpackSequence(elts.len() as u32)),
        }
        Ok(())
    }

    pub(crate) fn compile_assign(
        &mut self,
        targets: &'a [Expr],
        value: &'a Expr,
    ) -> CompileResult<()> {
        self.compile_expr(value)?;
        for (i, target) in targets.iter().enumerate() {
            if i + 1 < targets.len() {
                self.emit(Instruction::Copy(1));
            }
            self.compile_store(target)?;
        }
        Ok(())
    }

    /// `target op= value`: the target's container is evaluated once and kept on the stack.
    pub(crate) fn compile_aug_assign(
        &mut self,
        stmt: &'a Stmt,
        target: &'a Expr,
        op: Operator,
        value: &'a Expr,
    ) -> CompileResult<()> {
        use Instruction::*;
        let inplace = BinaryOp(binary_op(op, true));
        match &target.kind {
            ExprKind::Name { id, .. } => {
                self.set_loc(target.range);
                self.compile_name(id, NameCtx::Load, target.range)?;
                self.compile_expr(value)?;
                self.set_loc(stmt.range);
                self.emit(inplace);
                self.set_loc(target.range);
                self.compile_name(id, NameCtx::Store, target.range)?;
            }
            ExprKind::Attribute {
                value: object,
                attr,
                ..
            } => {
                self.set_loc(target.range);
                self.compile_expr(object)?;
                self.emit(Copy(1));
                let i = self.name_index(attr);
                self.emit(LoadAttr(i));
                self.compile_expr(value)?;
                self.set_loc(stmt.range);
                self.emit(inplace);
                self.set_loc(target.range);
                self.emit(Swap(2));
                self.emit(StoreAttr(i));
            }
            ExprKind::Subscript {
                value: container,
                slice,
                ..
            } => {
                self.set_loc(target.range);
                self.compile_expr(container)?;
                self.compile_expr(slice)?;
                self.emit(Copy(2));
                self.emit(Copy(2));
                self.emit(BinarySubscr);
                self.compile_expr(value)?;
                self.set_loc(stmt.range);
                self.emit(inplace);
                self.set_loc(target.range);
                self.emit(Swap(3));
                self.emit(Swap(2));
                self.emit(StoreSubscr);
            }
            _ => {
                return Err(syntax_error(
                    "illegal expression for augmented assignment",
                    target.range,
                ))
            }
        }
        Ok(())
    }

    /// `target: annotation = value`. Module and class bodies record simple names in
    /// `__annotations__` and evaluate other annotations; functions evaluate none.
    pub(crate) fn compile_ann_assign(
        &mut self,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) -> CompileResult<()> {
        use Instruction::*;
        if let Some(value) = value {
            self.compile_expr(value)?;
            self.compile_store(target)?;
        }
        let namespace = matches!(self.scope_kind(), ScopeKind::Module | ScopeKind::Class);
        match &target.kind {
            ExprKind::Name { id, .. } => {
                if simple && namespace {
                    self.compile_expr(annotation)?;
                    self.compile_name("__annotations__", NameCtx::Load, target.range)?;
                    let key = self.mangled(id).into_owned();
                    self.load_const(Constant::Str(key));
                    self.emit(StoreSubscr);
                    return Ok(());
                }
            }
            ExprKind::Attribute { value: object, .. } => {
                if value.is_none() {
                    self.compile_expr(object)?;
                    self.emit(PopTop);
                }
            }
            ExprKind::Subscript {
                value: container,
                slice,
                ..
            } => {
                if value.is_none() {
                    self.compile_expr(container)?;
                    self.emit(PopTop);
                    self.check_annotated_subscript(slice)?;
                }
            }
            _ => return Err(syntax_error("illegal target for annotation", target.range)),
        }
        if !simple && namespace {
            self.compile_expr(annotation)?;
            self.emit(PopTop);
        }
        Ok(())
    }

    /// Evaluates (and discards) the parts of an annotated subscript target without value.
    fn check_annotated_subscript(&mut self, slice: &'a Expr) -> CompileResult<()> {
        match &slice.kind {
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.compile_expr(part)?;
                    self.emit(Instruction::PopTop);
                }
            }
            ExprKind::Tuple { elts, .. } => {
                for elt in elts {
                    self.check_annotated_subscript(elt)?;
                }
            }
            _ => {
                self.compile_expr(slice)?;
                self.emit(Instruction::PopTop);
            }
        }
        Ok(())
    }

    pub(crate) fn compile_delete(&mut self, target: &'a Expr) -> CompileResult<()> {
        self.nest(target.range)?;
        let outer = self.unit().loc;
        self.set_loc(target.range);
        with_stack(|| self.compile_delete_kind(target))?;
        self.unit().loc = outer;
        self.unnest();
        Ok(())
    }

    fn compile_delete_kind(&mut self, target: &'a Expr) -> CompileResult<()> {
        use Instruction::*;
        match &target.kind {
            ExprKind::Name { id, .. } => self.compile_name(id, NameCtx::Del, target.range)?,
            ExprKind::Attribute { value, attr, .. } => {
                self.compile_expr(value)?;
                let i = self.name_index(attr);
                self.emit(DeleteAttr(i));
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.compile_expr(value)?;
                self.compile_expr(slice)?;
                self.emit(DeleteSubscr);
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                for elt in elts {
                    self.compile_delete(elt)?;
                }
            }
            _ => return Err(syntax_error("cannot delete expression", target.range)),
        }
        Ok(())
    }
}
