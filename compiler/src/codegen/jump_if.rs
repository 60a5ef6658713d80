//! Conditions and short-circuiting: `and`/`or`, conditional expressions and comparison
//! chains, both as values and as jumps (`if`, `while`, `assert`, comprehension filters),
//! in the shapes CPython 3.11 emits. A condition whose truth is a known constant compiles
//! to an unconditional jump or to nothing, as CPython's optimiser leaves it.

use krait_ast::{BoolOp, CmpOp, Expr, ExprKind, TextRange, UnaryOp};
use krait_bytecode::{CompareKind, Instruction};

use super::constant::truthiness;
use super::unit::Label;
use super::Compiler;
use crate::error::{internal_error, with_stack, CompileResult};

impl<'a> Compiler<'a> {
    /// Jumps to `target` if the truth of `expr` is `cond`; falls through otherwise.
    pub(crate) fn jump_if(
        &mut self,
        expr: &'a Expr,
        target: Label,
        cond: bool,
    ) -> CompileResult<()> {
        self.nest(expr.range)?;
        let outer = self.unit().loc;
        self.set_loc(expr.range);
        with_stack(|| self.jump_if_kind(expr, target, cond))?;
        self.unit().loc = outer;
        self.unnest();
        Ok(())
    }

    fn jump_if_kind(&mut self, expr: &'a Expr, target: Label, cond: bool) -> CompileResult<()> {
        use Instruction::*;
        match &expr.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => {
                return self.jump_if(operand, target, !cond);
            }
            ExprKind::BoolOp { op, values } => {
                let Some((last, rest)) = values.split_last() else {
                    return Err(internal_error("empty boolean operation", expr.range));
                };
                let is_or = *op == BoolOp::Or;
                // `a or b` jumps on the first true operand; when the caller wants the
                // opposite, a true operand must skip past the whole test instead.
                let skip = if is_or != cond {
                    self.new_label()
                } else {
                    target
                };
                for value in rest {
                    self.jump_if(value, skip, is_or)?;
                }
                self.jump_if(last, target, cond)?;
                if skip != target {
                    self.place(skip);
                }
                return Ok(());
            }
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_label();
                let else_ = self.new_label();
                self.jump_if(test, else_, false)?;
                self.jump_if(body, target, cond)?;
                self.emit_jump(Jump, end);
                self.place(else_);
                self.jump_if(orelse, target, cond)?;
                self.place(end);
                return Ok(());
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } if ops.len() > 1 => {
                self.check_compare(left, ops, comparators, expr.range);
                let cleanup = self.new_label();
                self.compile_expr(left)?;
                let n = ops.len();
                for (op, comparator) in ops[..n - 1].iter().zip(comparators) {
                    self.compile_expr(comparator)?;
                    self.emit(Swap(2));
                    self.emit(Copy(2));
                    self.emit(compare_op(*op));
                    self.emit_jump(PopJumpIfFalse, cleanup);
                }
                let Some(last) = comparators.get(n - 1) else {
                    return Err(internal_error("comparison without operand", expr.range));
                };
                self.compile_expr(last)?;
                self.emit(compare_op(ops[n - 1]));
                self.emit_jump(if cond { PopJumpIfTrue } else { PopJumpIfFalse }, target);
                let end = self.new_label();
                self.emit_jump(Jump, end);
                self.place(cleanup);
                self.emit(PopTop);
                if !cond {
                    self.emit_jump(Jump, target);
                }
                self.place(end);
                return Ok(());
            }
            _ => {}
        }
        if let Some(truth) = self.fold(expr).as_ref().and_then(truthiness) {
            if truth == cond {
                self.emit_jump(Jump, target);
            }
            return Ok(());
        }
        self.compile_expr(expr)?;
        self.emit_jump(if cond { PopJumpIfTrue } else { PopJumpIfFalse }, target);
        Ok(())
    }

    /// `a and b` / `a or b` as a value: the deciding operand is left on the stack.
    pub(crate) fn compile_bool_op(
        &mut self,
        op: BoolOp,
        values: &'a [Expr],
        range: TextRange,
    ) -> CompileResult<()> {
        let Some((last, rest)) = values.split_last() else {
            return Err(internal_error("empty boolean operation", range));
        };
        let end = self.new_label();
        let jump: fn(u32) -> Instruction = match op {
            BoolOp::And => Instruction::JumpIfFalseOrPop,
            BoolOp::Or => Instruction::JumpIfTrueOrPop,
        };
        for value in rest {
            self.compile_expr(value)?;
            self.emit_jump(jump, end);
        }
        self.compile_expr(last)?;
        self.place(end);
        Ok(())
    }

    /// `body if test else orelse` as a value.
    pub(crate) fn compile_if_exp(
        &mut self,
        test: &'a Expr,
        body: &'a Expr,
        orelse: &'a Expr,
    ) -> CompileResult<()> {
        let end = self.new_label();
        let else_ = self.new_label();
        self.jump_if(test, else_, false)?;
        self.compile_expr(body)?;
        self.emit_jump(Instruction::Jump, end);
        self.place(else_);
        self.compile_expr(orelse)?;
        self.place(end);
        Ok(())
    }

    /// A comparison as a value; a chain `a < b < c` evaluates `b` once and stops at the
    /// first false link, leaving that result.
    pub(crate) fn compile_compare(
        &mut self,
        left: &'a Expr,
        ops: &[CmpOp],
        comparators: &'a [Expr],
        range: TextRange,
    ) -> CompileResult<()> {
        use Instruction::*;
        if ops.is_empty() || ops.len() != comparators.len() {
            return Err(internal_error("malformed comparison", range));
        }
        self.check_compare(left, ops, comparators, range);
        self.compile_expr(left)?;
        let n = ops.len();
        if n == 1 {
            self.compile_expr(&comparators[0])?;
            self.emit(compare_op(ops[0]));
            return Ok(());
        }
        let cleanup = self.new_label();
        for (op, comparator) in ops[..n - 1].iter().zip(comparators) {
            self.compile_expr(comparator)?;
            self.emit(Swap(2));
            self.emit(Copy(2));
            self.emit(compare_op(*op));
            self.emit_jump(JumpIfFalseOrPop, cleanup);
        }
        self.compile_expr(&comparators[n - 1])?;
        self.emit(compare_op(ops[n - 1]));
        let end = self.new_label();
        self.emit_jump(Jump, end);
        self.place(cleanup);
        self.emit(Swap(2));
        self.emit(PopTop);
        self.place(end);
        Ok(())
    }
}

/// The instruction for one comparison operator.
pub(crate) fn compare_op(op: CmpOp) -> Instruction {
    use Instruction::*;
    match op {
        CmpOp::Eq => CompareOp(CompareKind::Eq),
        CmpOp::NotEq => CompareOp(CompareKind::Ne),
        CmpOp::Lt => CompareOp(CompareKind::Lt),
        CmpOp::LtE => CompareOp(CompareKind::Le),
        CmpOp::Gt => CompareOp(CompareKind::Gt),
        CmpOp::GtE => CompareOp(CompareKind::Ge),
        CmpOp::Is => IsOp(false),
        CmpOp::IsNot => IsOp(true),
        CmpOp::In => ContainsOp(false),
        CmpOp::NotIn => ContainsOp(true),
    }
}
