//! Constants: conversion from AST literals, the small amount of folding CPython's AST
//! optimiser does that shows in every disassembly (`-1`, tuples of constants), and the key
//! that deduplicates a code object's constant table (`1`, `1.0`, `True` and `-0.0` stay
//! distinct, as in CPython).

use std::rc::Rc;

use krait_ast::{self as ast, Expr, ExprContext, ExprKind, UnaryOp};
use krait_bytecode::Constant;
use num_bigint::BigInt;
use num_traits::ToPrimitive;

/// A hashable identity for a constant: same type and same value, floats by bit pattern.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) enum ConstKey {
    None,
    Bool(bool),
    Int(i64),
    BigInt(BigInt),
    Float(u64),
    Complex(u64, u64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<ConstKey>),
    Ellipsis,
    /// Code objects are never merged; keyed by address.
    Code(usize),
}

impl ConstKey {
    pub(crate) fn of(constant: &Constant) -> ConstKey {
        match constant {
            Constant::None => ConstKey::None,
            Constant::Bool(b) => ConstKey::Bool(*b),
            Constant::Int(i) => ConstKey::Int(*i),
            Constant::BigInt(i) => ConstKey::BigInt(i.clone()),
            Constant::Float(x) => ConstKey::Float(x.to_bits()),
            Constant::Complex { real, imag } => ConstKey::Complex(real.to_bits(), imag.to_bits()),
            Constant::Str(s) => ConstKey::Str(s.clone()),
            Constant::Bytes(b) => ConstKey::Bytes(b.clone()),
            Constant::Tuple(items) => ConstKey::Tuple(items.iter().map(ConstKey::of).collect()),
            Constant::Ellipsis => ConstKey::Ellipsis,
            Constant::Code(code) => ConstKey::Code(Rc::as_ptr(code) as usize),
        }
    }
}

/// An int constant, in 64 bits when it fits.
pub(crate) fn int_constant(value: &BigInt) -> Constant {
    match value.to_i64() {
        Some(i) => Constant::Int(i),
        None => Constant::BigInt(value.clone()),
    }
}

/// The bytecode constant for an AST literal.
pub(crate) fn from_ast(value: &ast::Constant) -> Constant {
    match value {
        ast::Constant::None => Constant::None,
        ast::Constant::Bool(b) => Constant::Bool(*b),
        // Bytecode strings are Rust strings: a lone surrogate travels as its alias
        // (`krait_ast::surrogate`), which the VM's str reads back as the surrogate.
        ast::Constant::Str(s) => Constant::Str(s.to_aliased().into_owned()),
        ast::Constant::Bytes(b) => Constant::Bytes(b.clone()),
        ast::Constant::Int(i) => int_constant(i),
        ast::Constant::Float(x) => Constant::Float(*x),
        ast::Constant::Complex { real, imag } => Constant::Complex {
            real: *real,
            imag: *imag,
        },
        ast::Constant::Ellipsis => Constant::Ellipsis,
    }
}

/// The value of `expr` if it is a constant after CPython-style folding: a literal, a
/// negated number, `__debug__` (`debug`: true unless compiled with `-O`), or a tuple (in
/// load context) of such.
pub(crate) fn fold(expr: &Expr, debug: bool) -> Option<Constant> {
    match &expr.kind {
        ExprKind::Constant { value, .. } => Some(from_ast(value)),
        ExprKind::UnaryOp {
            op: UnaryOp::USub,
            operand,
        } => match &operand.kind {
            ExprKind::Constant { value, .. } => negate(value),
            _ => None,
        },
        // `__debug__` is the constant `True`, or `False` under -O.
        ExprKind::Name {
            id,
            ctx: ExprContext::Load,
        } if id == "__debug__" => Some(Constant::Bool(debug)),
        ExprKind::Tuple {
            elts,
            ctx: ExprContext::Load,
        } => elts
            .iter()
            .map(|e| fold(e, debug))
            .collect::<Option<Vec<_>>>()
            .map(Constant::Tuple),
        _ => None,
    }
}

fn negate(value: &ast::Constant) -> Option<Constant> {
    match value {
        ast::Constant::Int(i) => Some(int_constant(&-i)),
        ast::Constant::Float(x) => Some(Constant::Float(-x)),
        ast::Constant::Complex { real, imag } => Some(Constant::Complex {
            real: -real,
            imag: -imag,
        }),
        _ => None,
    }
}

/// Python truthiness of a constant, where it is known without running code.
pub(crate) fn truthiness(constant: &Constant) -> Option<bool> {
    Some(match constant {
        Constant::None => false,
        Constant::Bool(b) => *b,
        Constant::Int(i) => *i != 0,
        Constant::BigInt(_) => true,
        Constant::Float(x) => *x != 0.0,
        Constant::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
        Constant::Str(s) => !s.is_empty(),
        Constant::Bytes(b) => !b.is_empty(),
        Constant::Tuple(items) => !items.is_empty(),
        Constant::Ellipsis => true,
        Constant::Code(_) => return None,
    })
}
