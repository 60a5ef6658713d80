//! The `math` functions defined by IEEE 754 arithmetic rather than by a formula:
//! `remainder`, `nextafter` and `ulp`, and the inverse hyperbolic functions (written after
//! the classic argument-range splits so they stay accurate near 0 and 1 and do not
//! overflow for huge arguments).

use krait_vm::error::PyResult;
use krait_vm::object::function::KwArgs;
use krait_vm::value::Value;
use krait_vm::vm::Vm;

use crate::math::{arg_f, domain};

/// The IEEE remainder `x - n*y`, `n` the integer nearest `x / y` (ties to even); `None` for a
/// domain error.
fn ieee_remainder(x: f64, y: f64) -> Option<f64> {
    if x.is_nan() || y.is_nan() {
        return Some(f64::NAN);
    }
    if x.is_infinite() || y == 0.0 {
        return None;
    }
    if y.is_infinite() {
        return Some(x);
    }
    let (ax, ay) = (x.abs(), y.abs());
    // `m` is exact: fmod never rounds.
    let m = ax % ay;
    let rest = ay - m;
    let r = if m < rest {
        m
    } else if m > rest {
        -rest
    } else {
        // Exactly half way: pick the even multiple of `ay`. `ax - m` is an exact multiple
        // of `ay`, and halving it keeps it exact, so the parity shows in this fmod.
        let half_quotient_rem = (0.5 * (ax - m)) % ay;
        m - 2.0 * half_quotient_rem
    };
    // The result takes the sign of `x` (so a zero result is a zero of x's sign).
    Some(if x.is_sign_negative() { -r } else { r })
}

/// `math.remainder(x, y)`.
pub(crate) fn remainder(vm: &mut Vm, args: &[Value], _k: KwArgs<'_>) -> PyResult<Value> {
    let v = arg_f(vm, args, "remainder", 2)?;
    match ieee_remainder(v[0], v[1]) {
        Some(r) => Ok(Value::Float(r)),
        None => Err(domain(vm)),
    }
}

/// `math.nextafter(x, y)`: the float after `x` towards `y`.
pub(crate) fn nextafter(vm: &mut Vm, args: &[Value], _k: KwArgs<'_>) -> PyResult<Value> {
    let v = arg_f(vm, args, "nextafter", 2)?;
    let (x, y) = (v[0], v[1]);
    let r = if x.is_nan() || y.is_nan() {
        f64::NAN
    } else if x == y {
        y
    } else if x < y {
        x.next_up()
    } else {
        x.next_down()
    };
    Ok(Value::Float(r))
}

/// `math.ulp(x)`: the gap between `|x|` and the next float away from zero (the gap below
/// for the largest float).
pub(crate) fn ulp(vm: &mut Vm, args: &[Value], _k: KwArgs<'_>) -> PyResult<Value> {
    let x = arg_f(vm, args, "ulp", 1)?[0].abs();
    let r = if !x.is_finite() {
        x
    } else if x == f64::MAX {
        x - x.next_down()
    } else {
        x.next_up() - x
    };
    Ok(Value::Float(r))
}

/// Below this, `asinh`, `atanh` and friends equal their argument to double precision.
const TINY: f64 = 3.725290298461914e-9; // 2**-28
/// Above this, `sqrt(x*x ± 1)` equals `x` to double precision.
const HUGE: f64 = 268435456.0; // 2**28

fn asinh(x: f64) -> f64 {
    let a = x.abs();
    if !a.is_finite() || a < TINY {
        return x;
    }
    let r = if a > HUGE {
        a.ln() + std::f64::consts::LN_2
    } else if a > 2.0 {
        (2.0 * a + 1.0 / ((a * a + 1.0).sqrt() + a)).ln()
    } else {
        let s = a * a;
        (a + s / (1.0 + (1.0 + s).sqrt())).ln_1p()
    };
    r.copysign(x)
}

fn acosh(x: f64) -> f64 {
    if x.is_nan() || x < 1.0 {
        return f64::NAN;
    }
    if x.is_infinite() {
        return x;
    }
    if x > HUGE {
        x.ln() + std::f64::consts::LN_2
    } else if x > 2.0 {
        (2.0 * x - 1.0 / (x + (x * x - 1.0).sqrt())).ln()
    } else {
        let t = x - 1.0;
        (t + (2.0 * t + t * t).sqrt()).ln_1p()
    }
}

fn atanh(x: f64) -> f64 {
    let a = x.abs();
    if a.is_nan() || a >= 1.0 {
        return f64::NAN;
    }
    if a < TINY {
        return x;
    }
    let r = if a < 0.5 {
        let t = a + a;
        0.5 * (t + t * a / (1.0 - a)).ln_1p()
    } else {
        0.5 * ((a + a) / (1.0 - a)).ln_1p()
    };
    r.copysign(x)
}

pub(crate) fn math_asinh(vm: &mut Vm, a: &[Value], _k: KwArgs<'_>) -> PyResult<Value> {
    crate::math::unary(vm, a, "asinh", asinh, crate::math::any)
}
pub(crate) fn math_acosh(vm: &mut Vm, a: &[Value], _k: KwArgs<'_>) -> PyResult<Value> {
    crate::math::unary(vm, a, "acosh", acosh, |x| x >= 1.0 || x.is_nan())
}
pub(crate) fn math_atanh(vm: &mut Vm, a: &[Value], _k: KwArgs<'_>) -> PyResult<Value> {
    crate::math::unary(vm, a, "atanh", atanh, |x| x.abs() < 1.0 || x.is_nan())
}
