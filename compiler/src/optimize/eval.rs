//! Compile-time arithmetic on constants, for [`super::fold`]: the result Python would
//! compute, or `None` when the operation raises, depends on anything but its operands, or
//! would make a constant larger than CPython's optimiser allows.
//!
//! The limits are CPython's (`Python/ast_opt.c`): ints of at most 128 bits from `*`, `**`
//! and `<<`; strings and bytes of at most 4096 items and tuples of at most 256 from `*`.
//! Anything that raises (`1/0`, `0**-1`, `1 << -1`, `'a' + 1`) is left to run, so the
//! program raises where and when it would have.
//!
//! `bool` operands are never folded: their arithmetic mixes int and bool results, and the
//! gain is nil. Float `**` and complex `/` and `**` are left to the VM, whose rounding and
//! error cases are the reference.

use krait_bytecode::{BinaryOpKind, Constant};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::codegen::constant::{int_constant, truthiness};

/// The widest int (in bits) that `*`, `**` and `<<` may produce.
const MAX_INT_BITS: u64 = 128;
/// The longest str or bytes that `*` may produce.
const MAX_STR_SIZE: usize = 4096;
/// The longest tuple that `*` may produce.
const MAX_COLLECTION_SIZE: usize = 256;

/// The value of `a op b`, if it can be known at compile time.
pub(crate) fn binary(op: BinaryOpKind, a: &Constant, b: &Constant) -> Option<Constant> {
    use Constant as C;
    match (a, b) {
        (C::Bool(_), _) | (_, C::Bool(_)) => None,
        (C::Int(_) | C::BigInt(_), C::Int(_) | C::BigInt(_)) => int_op(op, &big(a)?, &big(b)?),
        (C::Complex { .. }, _) | (_, C::Complex { .. }) => complex_op(op, a, b),
        (C::Float(_), _) | (_, C::Float(_)) => float_op(op, to_float(a)?, to_float(b)?),
        (C::Str(x), C::Str(y)) if op == BinaryOpKind::Add => Some(C::Str(format!("{x}{y}"))),
        (C::Bytes(x), C::Bytes(y)) if op == BinaryOpKind::Add => {
            Some(C::Bytes([&x[..], y].concat()))
        }
        (C::Tuple(x), C::Tuple(y)) if op == BinaryOpKind::Add => {
            Some(C::Tuple([&x[..], y].concat()))
        }
        (C::Str(_) | C::Bytes(_) | C::Tuple(_), C::Int(_) | C::BigInt(_))
            if op == BinaryOpKind::Multiply =>
        {
            repeat(a, b)
        }
        (C::Int(_) | C::BigInt(_), C::Str(_) | C::Bytes(_) | C::Tuple(_))
            if op == BinaryOpKind::Multiply =>
        {
            repeat(b, a)
        }
        _ => None,
    }
}

/// The value of a unary operator applied to `a`, if known at compile time.
pub(crate) fn unary(op: Unary, a: &Constant) -> Option<Constant> {
    use Constant as C;
    match (op, a) {
        (Unary::Not, _) => truthiness(a).map(|t| C::Bool(!t)),
        (_, C::Bool(_)) => None,
        (Unary::Negative, C::Int(_) | C::BigInt(_)) => Some(int_constant(&-big(a)?)),
        (Unary::Negative, C::Float(x)) => Some(C::Float(-x)),
        (Unary::Negative, C::Complex { real, imag }) => Some(C::Complex {
            real: -real,
            imag: -imag,
        }),
        (Unary::Positive, C::Int(_) | C::BigInt(_) | C::Float(_) | C::Complex { .. }) => {
            Some(a.clone())
        }
        (Unary::Invert, C::Int(_) | C::BigInt(_)) => {
            Some(int_constant(&-(big(a)? + BigInt::from(1))))
        }
        _ => None,
    }
}

/// The unary operators that fold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Unary {
    Negative,
    Positive,
    Invert,
    Not,
}

fn big(c: &Constant) -> Option<BigInt> {
    match c {
        Constant::Int(i) => Some(BigInt::from(*i)),
        Constant::BigInt(i) => Some(i.clone()),
        _ => None,
    }
}

/// `float(c)` for an int or float; `None` where Python raises `OverflowError`.
fn to_float(c: &Constant) -> Option<f64> {
    let x = match c {
        Constant::Float(x) => return Some(*x),
        Constant::Int(i) => *i as f64,
        Constant::BigInt(i) => i.to_f64()?,
        _ => return None,
    };
    x.is_finite().then_some(x)
}

fn int_op(op: BinaryOpKind, a: &BigInt, b: &BigInt) -> Option<Constant> {
    use BinaryOpKind::*;
    let result = match op {
        Add => a + b,
        Subtract => a - b,
        Multiply => {
            if !a.is_zero() && !b.is_zero() && a.bits() + b.bits() > MAX_INT_BITS {
                return None;
            }
            a * b
        }
        FloorDivide if !b.is_zero() => a.div_floor(b),
        Remainder if !b.is_zero() => a.mod_floor(b),
        TrueDivide if !b.is_zero() => {
            // Exact below 2**53, so one rounding, as Python's correctly rounded `int / int`.
            let limit = BigInt::from(1u64 << 53);
            if a.abs() >= limit || b.abs() >= limit {
                return None;
            }
            return Some(Constant::Float(a.to_f64()? / b.to_f64()?));
        }
        Power if b.is_negative() => {
            if a.is_zero() {
                return None;
            }
            let x = to_float(&int_constant(a))?.powf(b.to_f64()?);
            return x.is_finite().then_some(Constant::Float(x));
        }
        Power => {
            let exp = b.to_u32()?;
            if !a.is_zero() && a.bits().saturating_mul(u64::from(exp)) > MAX_INT_BITS {
                return None;
            }
            num_traits::pow(a.clone(), exp as usize)
        }
        Lshift if !b.is_negative() => {
            let shift = b.to_u32()?;
            if !a.is_zero() && a.bits() + u64::from(shift) > MAX_INT_BITS {
                return None;
            }
            a << shift
        }
        // Rounds toward minus infinity, as Python's `>>`; a huge shift leaves 0 or -1.
        Rshift if !b.is_negative() => a >> b.to_u32().unwrap_or(u32::MAX).min(1 << 16),
        And => a & b,
        Or => a | b,
        Xor => a ^ b,
        _ => return None,
    };
    Some(int_constant(&result))
}

fn float_op(op: BinaryOpKind, a: f64, b: f64) -> Option<Constant> {
    use BinaryOpKind::*;
    let x = match op {
        Add => a + b,
        Subtract => a - b,
        Multiply => a * b,
        TrueDivide if b != 0.0 => a / b,
        FloorDivide if b != 0.0 => float_divmod(a, b).0,
        Remainder if b != 0.0 => float_divmod(a, b).1,
        _ => return None,
    };
    Some(Constant::Float(x))
}

/// Python's `divmod` on floats: the quotient rounded toward minus infinity and a remainder
/// with the divisor's sign (CPython's treatment of signs and zeros). `b != 0`. The VM uses
/// this too, so a folded `//` or `%` gives exactly what the same operation gives at run time.
pub fn float_divmod(a: f64, b: f64) -> (f64, f64) {
    let mut rem = a % b;
    let mut div = (a - rem) / b;
    if rem != 0.0 {
        if (b < 0.0) != (rem < 0.0) {
            rem += b;
            div -= 1.0;
        }
    } else {
        rem = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(a / b)
    };
    (floordiv, rem)
}

fn complex_parts(c: &Constant) -> Option<(f64, f64)> {
    match c {
        Constant::Complex { real, imag } => Some((*real, *imag)),
        _ => Some((to_float(c)?, 0.0)),
    }
}

fn complex_op(op: BinaryOpKind, a: &Constant, b: &Constant) -> Option<Constant> {
    use BinaryOpKind::*;
    let (ar, ai) = complex_parts(a)?;
    let (br, bi) = complex_parts(b)?;
    let (real, imag) = match op {
        Add => (ar + br, ai + bi),
        Subtract => (ar - br, ai - bi),
        Multiply => (ar * br - ai * bi, ar * bi + ai * br),
        _ => return None,
    };
    Some(Constant::Complex { real, imag })
}

/// `seq * count` for a str, bytes or tuple, within the size limits.
fn repeat(seq: &Constant, count: &Constant) -> Option<Constant> {
    let count = big(count)?;
    let n = if count.is_negative() {
        0
    } else {
        count.to_usize()?
    };
    let (len, limit) = match seq {
        Constant::Str(s) => (s.chars().count(), MAX_STR_SIZE),
        Constant::Bytes(b) => (b.len(), MAX_STR_SIZE),
        Constant::Tuple(t) => (t.len(), MAX_COLLECTION_SIZE),
        _ => return None,
    };
    if len.checked_mul(n)? > limit {
        return None;
    }
    Some(match seq {
        Constant::Str(s) => Constant::Str(s.repeat(n)),
        Constant::Bytes(b) => Constant::Bytes(b.repeat(n)),
        Constant::Tuple(t) => Constant::Tuple((0..n).flat_map(|_| t.iter().cloned()).collect()),
        _ => return None,
    })
}
