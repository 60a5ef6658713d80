//! The `SyntaxWarning`s CPython's compiler issues about code that is valid but almost
//! certainly wrong: `assert (x, "msg")`, `x is 1`, and a missed comma between two literals
//! (`[(1, 2) (3, 4)]`, `[[1, 2] [3, 4]]`). Code generation notes them in order
//! ([`Compiler::warn`]); the caller issues them through `warnings` once compiling ends (see
//! [`crate::compile_module_with_warnings`]), and a filter that turns them into errors makes
//! each a `SyntaxError` at the node.
//!
//! CPython looks at the tree after its AST optimiser folded constants, so `-1` and `(1, 2)`
//! count as literals here too ([`constant::fold`]).

use krait_ast::{CmpOp, Expr, ExprKind, TextRange};
use krait_bytecode::Constant;

use super::constant;
use super::Compiler;

/// One warning found while compiling.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileWarning {
    /// The warning's text (`"is" with a literal. Did you mean "=="?`).
    pub message: String,
    /// The node it is about.
    pub range: TextRange,
}

impl Compiler<'_> {
    /// Notes a `SyntaxWarning` about the node at `range`.
    fn warn(&mut self, message: String, range: TextRange) {
        self.warnings.push(CompileWarning { message, range });
    }

    /// `assert (test, msg)`: a non-empty tuple is always true.
    pub(super) fn check_assert(&mut self, test: &Expr, range: TextRange) {
        let always_true = match &test.kind {
            ExprKind::Tuple { elts, .. } => !elts.is_empty(),
            _ => false,
        };
        if always_true {
            self.warn(
                "assertion is always true, perhaps remove parentheses?".to_owned(),
                range,
            );
        }
    }

    /// `x is 1`: identity with a literal other than `None`, `True`, `False` and `...`.
    /// One warning per comparison at most, about its first such operator.
    pub(super) fn check_compare(
        &mut self,
        left: &Expr,
        ops: &[CmpOp],
        comparators: &[Expr],
        range: TextRange,
    ) {
        if !ops.iter().any(|op| matches!(op, CmpOp::Is | CmpOp::IsNot)) {
            return;
        }
        let mut left_ok = is_operand_ok(left, self.debug());
        for (op, right) in ops.iter().zip(comparators) {
            let right_ok = is_operand_ok(right, self.debug());
            if matches!(op, CmpOp::Is | CmpOp::IsNot) && !(left_ok && right_ok) {
                let message = if *op == CmpOp::Is {
                    "\"is\" with a literal. Did you mean \"==\"?"
                } else {
                    "\"is not\" with a literal. Did you mean \"!=\"?"
                };
                self.warn(message.to_owned(), range);
                return;
            }
            left_ok = right_ok;
        }
    }

    /// `(1, 2) (3, 4)`: calling a display or a literal.
    pub(super) fn check_caller(&mut self, func: &Expr, range: TextRange) {
        let callable = !matches!(
            func.kind,
            ExprKind::Constant { .. }
                | ExprKind::Tuple { .. }
                | ExprKind::List { .. }
                | ExprKind::ListComp { .. }
                | ExprKind::Dict { .. }
                | ExprKind::DictComp { .. }
                | ExprKind::Set { .. }
                | ExprKind::SetComp { .. }
                | ExprKind::GeneratorExp { .. }
                | ExprKind::JoinedStr { .. }
                | ExprKind::FormattedValue { .. }
        );
        if callable {
            return;
        }
        if let Some(name) = self.literal_type(func) {
            self.warn(
                format!("'{name}' object is not callable; perhaps you missed a comma?"),
                range,
            );
        }
    }

    /// `{1, 2} [i, j]` and `[1, 2] [3, 4]`: subscripting what cannot be subscripted, or a
    /// sequence with an index that is no integer.
    pub(super) fn check_subscript(&mut self, value: &Expr, index: &Expr, range: TextRange) {
        let unsubscriptable = match &value.kind {
            ExprKind::Constant { value: c, .. } => matches!(
                c,
                krait_ast::Constant::None
                    | krait_ast::Constant::Ellipsis
                    | krait_ast::Constant::Bool(_)
                    | krait_ast::Constant::Int(_)
                    | krait_ast::Constant::Float(_)
                    | krait_ast::Constant::Complex { .. }
            ),
            ExprKind::UnaryOp { .. } => self.fold(value).is_some_and(|c| {
                matches!(
                    c,
                    Constant::Int(_)
                        | Constant::BigInt(_)
                        | Constant::Float(_)
                        | Constant::Complex { .. }
                )
            }),
            ExprKind::Set { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::GeneratorExp { .. }
            | ExprKind::Lambda { .. } => true,
            _ => false,
        };
        if unsubscriptable {
            if let Some(name) = self.literal_type(value) {
                self.warn(
                    format!("'{name}' object is not subscriptable; perhaps you missed a comma?"),
                    range,
                );
            }
            return;
        }
        let sequence = match &value.kind {
            ExprKind::Constant { value: c, .. } => matches!(
                c,
                krait_ast::Constant::Str(_) | krait_ast::Constant::Bytes(_)
            ),
            ExprKind::Tuple { .. }
            | ExprKind::List { .. }
            | ExprKind::ListComp { .. }
            | ExprKind::JoinedStr { .. }
            | ExprKind::FormattedValue { .. } => true,
            _ => false,
        };
        if !sequence || matches!(index.kind, ExprKind::Slice { .. }) {
            return;
        }
        let Some(index_type) = self.literal_type(index) else {
            return;
        };
        if matches!(index_type, "int" | "bool") {
            return;
        }
        if let Some(name) = self.literal_type(value) {
            self.warn(
                format!(
                    "{name} indices must be integers or slices, not {index_type}; \
                     perhaps you missed a comma?"
                ),
                range,
            );
        }
    }

    /// Whether constants fold as under `-O` (`__debug__` is false there).
    fn debug(&self) -> bool {
        self.options.optimize == 0
    }

    /// The type a literal or display evaluates to, as far as the compiler knows it.
    fn literal_type(&self, expr: &Expr) -> Option<&'static str> {
        Some(match &expr.kind {
            ExprKind::Tuple { .. } => "tuple",
            ExprKind::List { .. } | ExprKind::ListComp { .. } => "list",
            ExprKind::Dict { .. } | ExprKind::DictComp { .. } => "dict",
            ExprKind::Set { .. } | ExprKind::SetComp { .. } => "set",
            ExprKind::GeneratorExp { .. } => "generator",
            ExprKind::Lambda { .. } => "function",
            ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "str",
            ExprKind::Constant { .. } | ExprKind::UnaryOp { .. } | ExprKind::Name { .. } => {
                match self.fold(expr)? {
                    Constant::None => "NoneType",
                    Constant::Bool(_) => "bool",
                    Constant::Int(_) | Constant::BigInt(_) => "int",
                    Constant::Float(_) => "float",
                    Constant::Complex { .. } => "complex",
                    Constant::Str(_) => "str",
                    Constant::Bytes(_) => "bytes",
                    Constant::Tuple(_) => "tuple",
                    Constant::Ellipsis => "ellipsis",
                    Constant::Code(_) => return None,
                }
            }
            _ => return None,
        })
    }
}

/// Whether `expr` may stand beside `is`: anything but a literal, or one of the singletons.
fn is_operand_ok(expr: &Expr, debug: bool) -> bool {
    let foldable = matches!(
        expr.kind,
        ExprKind::Constant { .. } | ExprKind::UnaryOp { .. } | ExprKind::Tuple { .. }
    );
    if !foldable {
        return true;
    }
    match constant::fold(expr, debug) {
        None => true,
        Some(c) => matches!(c, Constant::None | Constant::Bool(_) | Constant::Ellipsis),
    }
}
