//! Constants: conversion from AST literals, the small amount of folding CPython's AST
//! optimiser does that shows in every disassembly (`-1`, tuples of constants), and the key
//! that deduplicates a code object's constant table (`1`, `1.0`, `True` and `-0.0` stay
//! distinct, as in CPython).

use std::hash::{BuildHasher, Hash, Hasher};
use std::rc::Rc;

use hashbrown::HashTable;

use krait_ast::{self as ast, Expr, ExprContext, ExprKind, UnaryOp};
use krait_bytecode::Constant;
use num_bigint::BigInt;
use num_traits::ToPrimitive;

/// Deduplicates a code object's constants by identity: same type and same value, floats by
/// bit pattern, code objects by address (never merged). The table holds positions in the
/// unit's constant list with each constant's hash, so a lookup does not copy the constant
/// into a key (a string or bytes constant was copied for every load, and kept twice) and
/// growing the table hashes no constant again.
#[derive(Clone, Debug, Default)]
pub(crate) struct ConstIndex {
    /// (hash, position) pairs: growing the table rehashes by the stored hash.
    table: HashTable<(u64, u32)>,
}

impl ConstIndex {
    /// The position of `constant` in `consts`, which this index covers, and its hash.
    pub(crate) fn find(&self, consts: &[Constant], constant: &Constant) -> (Option<u32>, u64) {
        let hash = const_hash(constant);
        let found = self.table.find(hash, |&(h, i)| {
            h == hash && same_const(&consts[i as usize], constant)
        });
        (found.map(|&(_, i)| i), hash)
    }

    /// Records that the constant hashed `hash` (by [`ConstIndex::find`]) is at `i`.
    pub(crate) fn insert(&mut self, hash: u64, i: u32) {
        self.table.insert_unique(hash, (hash, i), |&(h, _)| h);
    }

    /// Forgets every constant (the list is renumbered and no constant is added after).
    pub(crate) fn clear(&mut self) {
        self.table.clear();
    }
}

fn const_hash(constant: &Constant) -> u64 {
    let mut hasher = foldhash::fast::FixedState::default().build_hasher();
    hash_const(constant, &mut hasher);
    hasher.finish()
}

fn hash_const(constant: &Constant, h: &mut impl Hasher) {
    std::mem::discriminant(constant).hash(h);
    match constant {
        Constant::None | Constant::Ellipsis => {}
        Constant::Bool(b) => b.hash(h),
        Constant::Int(i) => i.hash(h),
        Constant::BigInt(i) => i.hash(h),
        Constant::Float(x) => x.to_bits().hash(h),
        Constant::Complex { real, imag } => {
            real.to_bits().hash(h);
            imag.to_bits().hash(h);
        }
        Constant::Str(s) => s.hash(h),
        Constant::Bytes(b) => b.hash(h),
        Constant::Tuple(items) => {
            items.len().hash(h);
            for item in items {
                hash_const(item, h);
            }
        }
        Constant::Code(code) => (Rc::as_ptr(code) as usize).hash(h),
    }
}

/// Whether two constants are one entry of the table: `1`, `1.0` and `True` differ, and so
/// do `0.0` and `-0.0`; NaNs with the same bits are the same.
fn same_const(a: &Constant, b: &Constant) -> bool {
    match (a, b) {
        (Constant::None, Constant::None) | (Constant::Ellipsis, Constant::Ellipsis) => true,
        (Constant::Bool(x), Constant::Bool(y)) => x == y,
        (Constant::Int(x), Constant::Int(y)) => x == y,
        (Constant::BigInt(x), Constant::BigInt(y)) => x == y,
        (Constant::Float(x), Constant::Float(y)) => x.to_bits() == y.to_bits(),
        (
            Constant::Complex { real, imag },
            Constant::Complex {
                real: real2,
                imag: imag2,
            },
        ) => real.to_bits() == real2.to_bits() && imag.to_bits() == imag2.to_bits(),
        (Constant::Str(x), Constant::Str(y)) => x == y,
        (Constant::Bytes(x), Constant::Bytes(y)) => x == y,
        (Constant::Tuple(x), Constant::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same_const(x, y))
        }
        (Constant::Code(x), Constant::Code(y)) => Rc::ptr_eq(x, y),
        _ => false,
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
