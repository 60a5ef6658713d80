//! Expressions that leave their value on the stack: names, constants, operators,
//! attributes and subscripts, slices, `yield`, `yield from` and f-strings. Each expression's
//! instructions carry its own range as location; the parent's is restored afterwards.

use krait_ast::{Expr, ExprContext, ExprKind, Operator, TextRange, UnaryOp};
use krait_bytecode::{BinaryOpKind, Constant, Instruction};

use super::constant::from_ast;
use super::{Compiler, NameCtx};
use crate::error::{internal_error, syntax_error, with_stack, CompileResult};
use crate::symtable::ScopeKind;

/// Beyond this many items, displays and calls are built incrementally, as CPython's
/// `STACK_USE_GUIDELINE`, so that the stack stays small.
pub(crate) const STACK_USE_GUIDELINE: usize = 30;

impl<'a> Compiler<'a> {
    /// Compiles `expr`, leaving its value on the stack.
    pub(crate) fn compile_expr(&mut self, expr: &'a Expr) -> CompileResult<()> {
        self.nest(expr.range)?;
        let outer = self.unit().loc;
        self.set_loc(expr.range);
        with_stack(|| self.compile_expr_kind(expr))?;
        self.unit().loc = outer;
        self.unnest();
        Ok(())
    }

    pub(crate) fn compile_exprs(&mut self, exprs: &'a [Expr]) -> CompileResult<()> {
        exprs.iter().try_for_each(|e| self.compile_expr(e))
    }

    fn compile_expr_kind(&mut self, expr: &'a Expr) -> CompileResult<()> {
        use Instruction::*;
        match &expr.kind {
            ExprKind::BoolOp { op, values } => self.compile_bool_op(*op, values, expr.range)?,
            ExprKind::NamedExpr { target, value } => {
                self.compile_expr(value)?;
                self.emit(Copy(1));
                self.compile_store(target)?;
            }
            ExprKind::BinOp { left, op, right } => {
                self.compile_expr(left)?;
                self.compile_expr(right)?;
                self.emit(BinaryOp(binary_op(*op, false)));
            }
            ExprKind::UnaryOp { op, operand } => match self.fold(expr) {
                Some(constant) => self.load_const(constant),
                None => {
                    self.compile_expr(operand)?;
                    self.emit(match op {
                        UnaryOp::Invert => UnaryInvert,
                        UnaryOp::Not => UnaryNot,
                        UnaryOp::UAdd => UnaryPositive,
                        UnaryOp::USub => UnaryNegative,
                    });
                }
            },
            ExprKind::Lambda { args, body } => self.compile_lambda(expr, args, body)?,
            ExprKind::IfExp { test, body, orelse } => self.compile_if_exp(test, body, orelse)?,
            ExprKind::Dict { keys, values } => self.compile_dict(keys, values, expr.range)?,
            ExprKind::Set { elts } => self.compile_sequence(elts, 0, super::displays::Seq::Set)?,
            ExprKind::List { elts, ctx } => {
                self.require_load(*ctx, expr.range)?;
                self.compile_sequence(elts, 0, super::displays::Seq::List)?;
            }
            ExprKind::Tuple { elts, ctx } => {
                self.require_load(*ctx, expr.range)?;
                match self.fold(expr) {
                    Some(constant) => self.load_const(constant),
                    None => self.compile_sequence(elts, 0, super::displays::Seq::Tuple)?,
                }
            }
            ExprKind::ListComp { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::DictComp { .. }
            | ExprKind::GeneratorExp { .. } => self.compile_comprehension(expr)?,
            ExprKind::Await { value } => self.compile_await(value, expr.range)?,
            ExprKind::Yield { value } => {
                self.check_yield_allowed(expr.range)?;
                match value {
                    Some(value) => self.compile_expr(value)?,
                    None => self.load_const(Constant::None),
                }
                if self.in_async_function() {
                    self.emit(AsyncGenWrap);
                }
                self.emit(YieldValue);
            }
            ExprKind::YieldFrom { value } => {
                self.check_yield_allowed(expr.range)?;
                if self.in_async_function() {
                    return Err(syntax_error(
                        "'yield from' inside async function",
                        expr.range,
                    ));
                }
                self.compile_expr(value)?;
                self.emit(GetYieldFromIter);
                self.compile_yield_from_loop();
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.compile_compare(left, ops, comparators, expr.range)?;
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.check_caller(func, expr.range);
                self.compile_call(func, args, keywords)?;
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.compile_formatted_value(
                    value,
                    *conversion,
                    format_spec.as_deref(),
                    expr.range,
                )?;
            }
            ExprKind::JoinedStr { values } => self.compile_joined_str(values)?,
            ExprKind::Constant { value, .. } => self.load_const(from_ast(value)),
            ExprKind::Attribute { value, attr, ctx } => {
                self.require_load(*ctx, expr.range)?;
                self.compile_expr(value)?;
                let i = self.name_index(attr);
                self.emit(LoadAttr(i));
            }
            ExprKind::Subscript { value, slice, ctx } => {
                self.require_load(*ctx, expr.range)?;
                self.check_subscript(value, slice, expr.range);
                self.compile_expr(value)?;
                self.compile_expr(slice)?;
                self.emit(BinarySubscr);
            }
            ExprKind::Starred { .. } => {
                return Err(syntax_error(
                    "can't use starred expression here",
                    expr.range,
                ));
            }
            ExprKind::Name { id, ctx } => {
                self.require_load(*ctx, expr.range)?;
                match self.fold(expr) {
                    Some(constant) => self.load_const(constant),
                    None => self.compile_name(id, NameCtx::Load, expr.range)?,
                }
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(part) => self.compile_expr(part)?,
                        None => self.load_const(Constant::None),
                    }
                }
                match step {
                    Some(step) => {
                        self.compile_expr(step)?;
                        self.emit(BuildSlice(3));
                    }
                    None => self.emit(BuildSlice(2)),
                }
            }
        }
        Ok(())
    }

    /// Store and delete contexts are compiled by the assignment code, never as values.
    fn require_load(&self, ctx: ExprContext, range: TextRange) -> CompileResult<()> {
        if ctx == ExprContext::Load {
            Ok(())
        } else {
            Err(internal_error(
                "assignment target compiled as a value",
                range,
            ))
        }
    }

    fn check_yield_allowed(&self, range: TextRange) -> CompileResult<()> {
        match self.scope_kind() {
            ScopeKind::Function | ScopeKind::Lambda => Ok(()),
            ScopeKind::Comprehension => Err(syntax_error("'yield' inside comprehension", range)),
            ScopeKind::Module | ScopeKind::Class => {
                Err(syntax_error("'yield' outside function", range))
            }
        }
    }

    /// `yield from`: with the iterator on the stack, sends values in and yields values out
    /// until it is exhausted, leaving its return value.
    pub(crate) fn compile_yield_from_loop(&mut self) {
        use Instruction::*;
        let start = self.new_label();
        let exit = self.new_label();
        self.load_const(Constant::None);
        self.place(start);
        self.emit_jump(Send, exit);
        self.emit(YieldValue);
        self.emit_jump(Jump, start);
        self.place(exit);
    }

    fn compile_formatted_value(
        &mut self,
        value: &'a Expr,
        conversion: i32,
        format_spec: Option<&'a Expr>,
        range: TextRange,
    ) -> CompileResult<()> {
        let mut oparg = match conversion {
            -1 => 0,
            115 => 1, // 's'
            114 => 2, // 'r'
            97 => 3,  // 'a'
            _ => return Err(internal_error("unknown f-string conversion", range)),
        };
        self.compile_expr(value)?;
        if let Some(spec) = format_spec {
            self.compile_expr(spec)?;
            oparg |= 4;
        }
        self.emit(Instruction::FormatValue(oparg));
        Ok(())
    }

    fn compile_joined_str(&mut self, values: &'a [Expr]) -> CompileResult<()> {
        use Instruction::*;
        if values.len() > STACK_USE_GUIDELINE {
            // ''.join([...]) keeps the stack small for huge f-strings.
            self.load_const(Constant::Str(String::new()));
            let join = self.raw_name_index("join");
            self.emit(LoadMethod(join));
            self.emit(BuildList(0));
            for value in values {
                self.compile_expr(value)?;
                self.emit(ListAppend(1));
            }
            self.emit(CallMethod(1));
            return Ok(());
        }
        self.compile_exprs(values)?;
        if values.len() != 1 {
            self.emit(BuildString(values.len() as u32));
        }
        Ok(())
    }
}

/// The `BINARY_OP` operation for `op`, in-place for augmented assignment.
pub(crate) fn binary_op(op: Operator, inplace: bool) -> BinaryOpKind {
    use BinaryOpKind::*;
    let (plain, augmented) = match op {
        Operator::Add => (Add, InplaceAdd),
        Operator::Sub => (Subtract, InplaceSubtract),
        Operator::Mult => (Multiply, InplaceMultiply),
        Operator::MatMult => (MatrixMultiply, InplaceMatrixMultiply),
        Operator::Div => (TrueDivide, InplaceTrueDivide),
        Operator::Mod => (Remainder, InplaceRemainder),
        Operator::Pow => (Power, InplacePower),
        Operator::LShift => (Lshift, InplaceLshift),
        Operator::RShift => (Rshift, InplaceRshift),
        Operator::BitOr => (Or, InplaceOr),
        Operator::BitXor => (Xor, InplaceXor),
        Operator::BitAnd => (And, InplaceAnd),
        Operator::FloorDiv => (FloorDivide, InplaceFloorDivide),
    };
    if inplace {
        augmented
    } else {
        plain
    }
}
