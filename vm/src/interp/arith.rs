//! Numeric binary operations on ints (small and big), bools and floats, with Python's
//! rounding, promotion and error messages.

use krait_bytecode::BinaryOpKind;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::error::PyResult;
use crate::object::int::{divmod_big, divmod_f64, floordiv_i64, mod_i64, pow_i64, IntRef};
use crate::object::Payload;
use crate::value::Value;
use crate::vm::Vm;

/// A number operand, classified.
#[derive(Clone, Copy)]
pub enum Num<'a> {
    /// An int or bool.
    Int(IntRef<'a>),
    /// A float.
    Float(f64),
}

/// Classifies `v` as a number (bools are ints).
#[inline]
pub fn as_num(v: &Value) -> Option<Num<'_>> {
    match v {
        Value::Int(i) => Some(Num::Int(IntRef::Small(*i))),
        Value::Bool(b) => Some(Num::Int(IntRef::Small(*b as i64))),
        Value::Float(f) => Some(Num::Float(*f)),
        Value::Obj(o) => match &o.payload {
            // An instance of a user subclass of int holds its value as a big int even when
            // it fits in 64 bits: it is seen as the small int it is.
            Payload::BigInt(b) => Some(Num::Int(match b.to_i64() {
                Some(i) => IntRef::Small(i),
                None => IntRef::Big(b),
            })),
            // An instance of a user subclass of float.
            Payload::Float(f) => Some(Num::Float(*f)),
            _ => None,
        },
        Value::None => None,
    }
}

/// `v` as an int, if it is one (bools included).
#[inline]
pub fn as_int(v: &Value) -> Option<IntRef<'_>> {
    match as_num(v)? {
        Num::Int(i) => Some(i),
        Num::Float(_) => None,
    }
}

impl Vm {
    /// `a op b` when both are numbers; `None` when either is not.
    pub(crate) fn numeric_binop(
        &mut self,
        a: Value,
        b: Value,
        op: BinaryOpKind,
    ) -> PyResult<Option<Value>> {
        // `&`, `|` and `^` of two bools give a bool, as `bool`'s own operators do.
        if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
            match op {
                BinaryOpKind::And => return Ok(Some(Value::Bool(x & y))),
                BinaryOpKind::Or => return Ok(Some(Value::Bool(x | y))),
                BinaryOpKind::Xor => return Ok(Some(Value::Bool(x ^ y))),
                _ => {}
            }
        }
        let (Some(x), Some(y)) = (as_num(&a), as_num(&b)) else {
            return Ok(None);
        };
        match (x, y) {
            (Num::Int(x), Num::Int(y)) => self.int_binop(x, y, op),
            (Num::Float(x), Num::Float(y)) => self.float_binop(x, y, op),
            (Num::Int(x), Num::Float(y)) => {
                let x = self.int_to_f64(x)?;
                self.float_binop(x, y, op)
            }
            (Num::Float(x), Num::Int(y)) => {
                let y = self.int_to_f64(y)?;
                self.float_binop(x, y, op)
            }
        }
    }

    /// Converts an int to a float, `OverflowError` if too large.
    pub(crate) fn int_to_f64(&mut self, i: IntRef<'_>) -> PyResult<f64> {
        match i.to_f64() {
            Some(f) => Ok(f),
            None => Err(self.overflow_error("int too large to convert to float")),
        }
    }

    fn int_binop(
        &mut self,
        x: IntRef<'_>,
        y: IntRef<'_>,
        op: BinaryOpKind,
    ) -> PyResult<Option<Value>> {
        use BinaryOpKind::*;
        if let (IntRef::Small(a), IntRef::Small(b)) = (x, y) {
            let small = match op {
                Add => a.checked_add(b),
                Subtract => a.checked_sub(b),
                Multiply => a.checked_mul(b),
                And => Some(a & b),
                Or => Some(a | b),
                Xor => Some(a ^ b),
                FloorDivide if b != 0 => floordiv_i64(a, b),
                Remainder if b != 0 => mod_i64(a, b),
                Power if b >= 0 => pow_i64(a, b),
                _ => None,
            };
            if let Some(r) = small {
                return Ok(Some(Value::Int(r)));
            }
        }
        let r = match op {
            Add => x.to_big() + y.to_big(),
            Subtract => x.to_big() - y.to_big(),
            Multiply => x.to_big() * y.to_big(),
            And => x.to_big() & y.to_big(),
            Or => x.to_big() | y.to_big(),
            Xor => x.to_big() ^ y.to_big(),
            FloorDivide | Remainder => {
                if y.is_zero() {
                    let msg = if op == FloorDivide {
                        "integer division or modulo by zero"
                    } else {
                        "integer modulo by zero"
                    };
                    return Err(self.zero_division(msg));
                }
                let (q, r) = divmod_big(&x.to_big(), &y.to_big());
                if op == FloorDivide {
                    q
                } else {
                    r
                }
            }
            TrueDivide => return self.int_truediv(x, y).map(Some),
            Power => {
                if y.is_negative() {
                    if x.is_zero() {
                        return Err(self.zero_division("0.0 cannot be raised to a negative power"));
                    }
                    let fx = self.int_to_f64(x)?;
                    let fy = self.int_to_f64(y)?;
                    return Ok(Some(Value::Float(fx.powf(fy))));
                }
                let exp = match y {
                    IntRef::Small(e) => e as u64,
                    IntRef::Big(_) => u64::MAX,
                };
                let base = x.to_big();
                if exp > u32::MAX as u64 {
                    // Only 0, 1 and -1 survive an exponent this large.
                    if base.is_zero() || base == BigInt::from(1) {
                        base
                    } else if base == BigInt::from(-1) {
                        if exp % 2 == 0 {
                            BigInt::from(1)
                        } else {
                            base
                        }
                    } else {
                        return Err(self.overflow_error("exponent too large"));
                    }
                } else {
                    num_traits::Pow::pow(&base, exp as u32)
                }
            }
            Lshift | Rshift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                let shift = match y {
                    IntRef::Small(s) => s as u64,
                    IntRef::Big(_) => u64::MAX,
                };
                if op == Rshift {
                    if shift >= 1 << 32 {
                        if x.is_negative() {
                            BigInt::from(-1)
                        } else {
                            BigInt::zero()
                        }
                    } else {
                        x.to_big() >> shift as usize
                    }
                } else {
                    if x.is_zero() {
                        return Ok(Some(Value::Int(0)));
                    }
                    if shift >= 1 << 32 {
                        return Err(self.overflow_error("too many digits in integer"));
                    }
                    x.to_big() << shift as usize
                }
            }
            _ => return Ok(None),
        };
        Ok(Some(self.new_int(r)))
    }

    /// `x / y` for ints: correctly scaled for big operands.
    fn int_truediv(&mut self, x: IntRef<'_>, y: IntRef<'_>) -> PyResult<Value> {
        if y.is_zero() {
            return Err(self.zero_division("division by zero"));
        }
        if let (IntRef::Small(a), IntRef::Small(b)) = (x, y) {
            if a.unsigned_abs() < (1 << 53) && b.unsigned_abs() < (1 << 53) {
                return Ok(Value::Float(a as f64 / b as f64));
            }
        }
        let (a, b) = (x.to_big(), y.to_big());
        let negative = a.is_negative() != b.is_negative();
        let (a, b) = (a.abs(), b.abs());
        // Scale so the quotient has 55 significant bits, then round once: the remainder
        // becomes a sticky bit, so converting the quotient rounds correctly.
        let shift = 55 - (a.bits() as i64 - b.bits() as i64);
        let (num, den) = if shift >= 0 {
            (a << shift as usize, b)
        } else {
            (a, b << (-shift) as usize)
        };
        let (q, r) = num.div_rem(&den);
        let mut q = q.to_u64().unwrap_or(u64::MAX);
        if !r.is_zero() {
            q |= 1;
        }
        let mut value = q as f64;
        // value * 2**-shift, applied in steps that stay within the float range.
        let mut e = -shift;
        while e > 0 {
            let step = e.min(1000);
            value *= 2f64.powi(step as i32);
            e -= step;
        }
        while e < 0 {
            let step = (-e).min(1000);
            value /= 2f64.powi(step as i32);
            e += step;
        }
        if !value.is_finite() {
            return Err(self.overflow_error("integer division result too large for a float"));
        }
        Ok(Value::Float(if negative { -value } else { value }))
    }

    fn float_binop(&mut self, x: f64, y: f64, op: BinaryOpKind) -> PyResult<Option<Value>> {
        use BinaryOpKind::*;
        let r = match op {
            Add => x + y,
            Subtract => x - y,
            Multiply => x * y,
            TrueDivide => {
                if y == 0.0 {
                    return Err(self.zero_division("float division by zero"));
                }
                x / y
            }
            FloorDivide => {
                if y == 0.0 {
                    return Err(self.zero_division("float floor division by zero"));
                }
                divmod_f64(x, y).0
            }
            Remainder => {
                if y == 0.0 {
                    return Err(self.zero_division("float modulo"));
                }
                divmod_f64(x, y).1
            }
            Power => {
                // A finite negative base to a fractional power is complex, as in CPython
                // (-inf to any power stays a float, as C's pow gives it).
                if x < 0.0 && x.is_finite() && y.is_finite() && y.fract() != 0.0 {
                    let z = crate::builtins::complex::new_complex(
                        self,
                        crate::builtins::complex::C { re: x, im: 0.0 },
                    );
                    return crate::builtins::complex::binop(self, z, Value::Float(y), op);
                }
                self.float_pow(x, y)?
            }
            _ => return Ok(None),
        };
        Ok(Some(Value::Float(r)))
    }

    /// `x ** y` for floats.
    pub(crate) fn float_pow(&mut self, x: f64, y: f64) -> PyResult<f64> {
        // Zero to a negative power is an error, except to -inf (which gives inf, as C's pow).
        if x == 0.0 && y < 0.0 && y != f64::NEG_INFINITY {
            return Err(self.zero_division("0.0 cannot be raised to a negative power"));
        }
        let r = x.powf(y);
        if r.is_infinite() && x.is_finite() && y.is_finite() {
            return Err(self.overflow_error("(34, 'Numerical result out of range')"));
        }
        Ok(r)
    }

    /// `divmod(a, b)` for numbers.
    pub(crate) fn divmod(&mut self, a: Value, b: Value) -> PyResult<Option<(Value, Value)>> {
        let (Some(x), Some(y)) = (as_num(&a), as_num(&b)) else {
            return Ok(None);
        };
        match (x, y) {
            (Num::Int(x), Num::Int(y)) => {
                if y.is_zero() {
                    return Err(self.zero_division("integer division or modulo by zero"));
                }
                let q = self
                    .int_binop(x, y, BinaryOpKind::FloorDivide)?
                    .unwrap_or(Value::None);
                let r = self
                    .int_binop(x, y, BinaryOpKind::Remainder)?
                    .unwrap_or(Value::None);
                Ok(Some((q, r)))
            }
            _ => {
                let fx = match x {
                    Num::Int(i) => self.int_to_f64(i)?,
                    Num::Float(f) => f,
                };
                let fy = match y {
                    Num::Int(i) => self.int_to_f64(i)?,
                    Num::Float(f) => f,
                };
                if fy == 0.0 {
                    return Err(self.zero_division("float divmod()"));
                }
                let (q, r) = divmod_f64(fx, fy);
                Ok(Some((Value::Float(q), Value::Float(r))))
            }
        }
    }

    /// `-x` for ints.
    pub(crate) fn int_neg(&mut self, x: IntRef<'_>) -> Value {
        match x {
            IntRef::Small(i) if i != i64::MIN => Value::Int(-i),
            _ => self.new_int(-x.to_big()),
        }
    }

    /// `abs(x)` for ints.
    pub(crate) fn int_abs(&mut self, x: IntRef<'_>) -> Value {
        match x {
            IntRef::Small(i) if i != i64::MIN => Value::Int(i.abs()),
            _ => self.new_int(x.to_big().abs()),
        }
    }
}
