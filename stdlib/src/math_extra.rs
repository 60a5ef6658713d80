//! `math.frexp` and `math.ldexp`: splitting a float into mantissa and exponent and
//! putting it back together, exactly (one rounding, only when the result is subnormal).

use num_traits::ToPrimitive;

use krait_vm::builtins::arity;
use krait_vm::builtins::numbers::real_arg;
use krait_vm::error::PyResult;
use krait_vm::interp::arith::as_int;
use krait_vm::object::function::KwArgs;
use krait_vm::value::Value;
use krait_vm::vm::Vm;

/// `x` as `(m, e)` with `x == m * 2**e` and `0.5 <= |m| < 1` (`(x, 0)` for zero, infinities
/// and NaN).
pub(crate) fn split(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    // Subnormals are scaled into the normal range first.
    let (x, bias) = if x.abs() < f64::MIN_POSITIVE {
        (x * 2f64.powi(64), -64)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022 + bias)
}

/// `m * 2**e`, rounded once; `None` when it overflows.
pub(crate) fn scale(x: f64, e: i64) -> Option<f64> {
    if x == 0.0 || !x.is_finite() {
        return Some(x);
    }
    let (m, k) = split(x);
    let t = k.saturating_add(e);
    if t > 1024 {
        return None;
    }
    if t >= -1021 {
        // A normal result: set the exponent field directly.
        let bits = m.to_bits();
        let field = (t + 1022) as u64;
        return Some(f64::from_bits((bits & !(0x7ff << 52)) | (field << 52)));
    }
    if t < -1075 {
        return Some(0.0f64.copysign(x));
    }
    // A subnormal result: the multiple of 2**-1074 nearest m * 2**t, ties to even.
    let units = (m * 2f64.powi((t + 1074) as i32)).round_ties_even();
    Some(units * f64::from_bits(1))
}

/// `math.frexp(x)`.
pub(crate) fn frexp(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "frexp", args, 1, 1)?;
    let x = real_arg(vm, args[0])?;
    let (m, e) = split(x);
    Ok(vm.new_tuple(vec![Value::Float(m), Value::Int(e)]))
}

/// `math.ldexp(x, i)`.
pub(crate) fn ldexp(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "ldexp", args, 2, 2)?;
    let x = real_arg(vm, args[0])?;
    let Some(i) = as_int(&args[1]) else {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    };
    // Exponents beyond any float's range act alike.
    let e = i
        .to_big()
        .to_i64()
        .unwrap_or(if i.to_big().sign() == num_bigint::Sign::Minus {
            i64::MIN
        } else {
            i64::MAX
        });
    match scale(x, e.clamp(-10_000, 10_000)) {
        Some(r) => Ok(Value::Float(r)),
        None => Err(vm.overflow_error("math range error")),
    }
}
