//! `math.hypot` and `math.dist`: the Euclidean norm of a vector, correctly rounded in all
//! but the rarest cases. The coordinates are scaled by a power of two (exact) so the
//! largest is near 1, their squares are summed in double-double arithmetic (each square's
//! rounding error recovered with a fused multiply-add), and the square root gets one
//! Newton correction from the exact residual.

use krait_vm::builtins::numbers::real_arg;
use krait_vm::error::PyResult;
use krait_vm::object::function::KwArgs;
use krait_vm::object::Payload;
use krait_vm::value::Value;
use krait_vm::vm::Vm;

use crate::math_extra::{scale, split};

/// `a + b` as a rounded sum and its exact rounding error.
fn two_sum(a: f64, b: f64) -> (f64, f64) {
    let s = a + b;
    let bb = s - a;
    let err = (a - (s - bb)) + (b - bb);
    (s, err)
}

/// The Euclidean norm of the (absolute) coordinates `xs`.
pub(crate) fn norm(xs: &[f64]) -> f64 {
    let mut max = 0.0f64;
    let mut nan = false;
    for &x in xs {
        if x.is_infinite() {
            return f64::INFINITY;
        }
        nan |= x.is_nan();
        max = max.max(x.abs());
    }
    if nan {
        return f64::NAN;
    }
    if max == 0.0 || xs.len() == 1 {
        return max;
    }
    let (_, e) = split(max);
    let (mut hi, mut lo) = (0.0f64, 0.0f64);
    for &x in xs {
        // Exact: a power-of-two scaling of a value no larger than `max`.
        let s = scale(x.abs(), -e).unwrap_or(0.0);
        let sq = s * s;
        let sq_err = s.mul_add(s, -sq);
        let (sum, err) = two_sum(hi, sq);
        hi = sum;
        lo += err + sq_err;
    }
    let (hi, lo) = two_sum(hi, lo);
    let h = hi.sqrt();
    // hi + lo - h*h, exactly enough: the fma gives hi - h*h with one rounding.
    let residual = (-h).mul_add(h, hi) + lo;
    let h = h + residual / (2.0 * h);
    scale(h, e).unwrap_or(f64::INFINITY)
}

/// `math.hypot(*coordinates)`.
pub(crate) fn hypot(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("math.hypot() takes no keyword arguments"));
    }
    let mut xs = Vec::with_capacity(args.len());
    for &a in args {
        xs.push(real_arg(vm, a)?);
    }
    Ok(Value::Float(norm(&xs)))
}

/// The coordinates of a point argument of `dist`: a tuple, or any iterable made one.
fn point(vm: &mut Vm, v: Value) -> PyResult<Vec<Value>> {
    match v.payload() {
        Some(Payload::Tuple(t)) => Ok(t.to_vec()),
        _ => vm.collect_iter(v),
    }
}

/// `math.dist(p, q)`.
pub(crate) fn dist(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("math.dist() takes no keyword arguments"));
    }
    if args.len() != 2 {
        let msg = format!("dist expected 2 arguments, got {}", args.len());
        return Err(vm.type_error(msg));
    }
    let p = point(vm, args[0])?;
    let q = point(vm, args[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    for (a, b) in p.into_iter().zip(q) {
        let a = real_arg(vm, a)?;
        let b = real_arg(vm, b)?;
        diffs.push((a - b).abs());
    }
    Ok(Value::Float(norm(&diffs)))
}
