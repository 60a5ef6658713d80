//! The `math` module.

use krait_gc::Gc;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use krait_vm::builtins::numbers::real_arg;
use krait_vm::builtins::{arity, module_functions, new_module};
use krait_vm::error::PyResult;
use krait_vm::interp::arith::as_int;
use krait_vm::object::function::KwArgs;
use krait_vm::object::int::f64_to_bigint;
use krait_vm::object::{NativeFn, Object};
use krait_vm::value::Value;
use krait_vm::vm::Vm;

/// Creates `math`.
pub(crate) fn create(vm: &mut Vm) -> Gc<Object> {
    let funcs: &[(&'static str, NativeFn)] = &[
        ("sqrt", sqrt),
        ("floor", floor),
        ("ceil", ceil),
        ("trunc", trunc),
        ("fabs", fabs),
        ("exp", exp),
        ("log", log),
        ("log2", log2),
        ("log10", log10),
        ("pow", pow),
        ("sin", sin),
        ("cos", cos),
        ("tan", tan),
        ("asin", asin),
        ("acos", acos),
        ("atan", atan),
        ("atan2", atan2),
        ("sinh", sinh),
        ("cosh", cosh),
        ("tanh", tanh),
        ("hypot", crate::math_norm::hypot),
        ("dist", crate::math_norm::dist),
        ("remainder", crate::math_ieee::remainder),
        ("nextafter", crate::math_ieee::nextafter),
        ("ulp", crate::math_ieee::ulp),
        ("asinh", crate::math_ieee::math_asinh),
        ("acosh", crate::math_ieee::math_acosh),
        ("atanh", crate::math_ieee::math_atanh),
        ("cbrt", cbrt),
        ("exp2", exp2),
        ("expm1", expm1),
        ("log1p", log1p),
        ("degrees", degrees),
        ("radians", radians),
        ("isnan", isnan),
        ("isinf", isinf),
        ("isfinite", isfinite),
        ("gcd", gcd),
        ("lcm", lcm),
        ("factorial", factorial),
        ("isqrt", isqrt),
        ("copysign", copysign),
        ("fmod", fmod),
        ("comb", comb),
        ("perm", perm),
        ("prod", prod),
        ("fsum", fsum),
        ("isclose", isclose),
        ("modf", modf),
        ("frexp", crate::math_extra::frexp),
        ("ldexp", crate::math_extra::ldexp),
        ("erf", crate::math_special::math_erf),
        ("erfc", crate::math_special::math_erfc),
        ("gamma", crate::math_special::math_gamma),
        ("lgamma", crate::math_special::math_lgamma),
    ];
    let mut attrs = module_functions(vm, funcs);
    attrs.push(("pi", Value::Float(std::f64::consts::PI)));
    attrs.push(("e", Value::Float(std::f64::consts::E)));
    attrs.push(("tau", Value::Float(std::f64::consts::TAU)));
    attrs.push(("inf", Value::Float(f64::INFINITY)));
    attrs.push(("nan", Value::Float(f64::NAN)));
    new_module(vm, "math", attrs)
}

pub(crate) fn arg_f(vm: &mut Vm, args: &[Value], name: &str, n: usize) -> PyResult<Vec<f64>> {
    arity(vm, name, args, n, n)?;
    args.iter().map(|&a| real_arg(vm, a)).collect()
}

pub(crate) fn domain(vm: &mut Vm) -> krait_vm::error::Exception {
    vm.value_error("math domain error")
}

pub(crate) fn unary(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
    f: fn(f64) -> f64,
    ok: fn(f64) -> bool,
) -> PyResult<Value> {
    // One argument read directly: `arg_f`'s `Vec` cost four times the rest of `math.sqrt`.
    let x = match args {
        [Value::Float(x)] => *x,
        _ => {
            arity(vm, name, args, 1, 1)?;
            real_arg(vm, args[0])?
        }
    };
    if !ok(x) {
        return Err(domain(vm));
    }
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(Value::Float(r))
}

pub(crate) fn any(_: f64) -> bool {
    true
}

fn sqrt(vm: &mut Vm, a: &[Value], _k: KwArgs<'_>) -> PyResult<Value> {
    unary(vm, a, "sqrt", f64::sqrt, |x| x >= 0.0 || x.is_nan())
}
fn exp(vm: &mut Vm, a: &[Value], _k: KwArgs<'_>) -> PyResult<Value> {
    unary(vm, a, "exp", f64::exp, any)
}
fn exp2(vm: &mut Vm, a: &[Value], _k: KwArgs<'_>) -> PyResult<Value> {
    unary(vm, a, "exp2", f64::exp2, any)
}
fn expm1(vm: &mut Vm, a: &[Value], _k: KwArgs<'_>) -> PyResult<Value> {
    unary(vm, a, "expm1", f64::exp_m1, any)
}
fn log1p(vm: &mut Vm, a: &[Value], _k: KwArgs<'_>) -> PyResult<Value> {
    unary(vm, a, "log1p", f64::ln_1p, |x| x > -1.0 || x.is_nan())
}
fn cbrt(vm: &mut Vm, a: &[Value], _k: KwArgs<'_>) -> PyResult<Value> {
    unary(vm, a, "cbrt", f64::cbrt, any)
}
fn sin(vm: &mut Vm, a: &[Value], _k: KwArgs<'_>) -> PyResult<Value> {
    unary(vm, a, "sin", f64::sin, |x| !x.is_infinite())
}
fn cos(vm: &mut Vm, a: &[Value], _k: KwArgs<'_>) -> PyResult<Value> {
    unary(vm, a, "cos", f64::cos, |x| !x.is_infinite())
}
fn tan(vm: &mut Vm, a: &[Value], _k: KwArgs<'_>) -> PyResult<Value> {
    unary(vm, a, "tan", f64::tan, |x| !x.is_infinite())
}
fn asin(vm: &mut Vm, a: &[Value], _k: KwArgs<'_>) -> PyResult<Value> {
    unary(vm, a, "asin", f64::asin, |x| {
        (-1.0..=1.0).contains(&x) || x.is_nan()
    })
}
fn acos(vm: &mut Vm, a: &[Value], _k: KwArgs<'_>) -> PyResult<Value> {
    unary(vm, a, "acos", f64::acos, |x| {
        (-1.0..=1.0).contains(&x) || x.is_nan()
    })
}
fn atan(vm: &mut Vm, a: &[Value], _k: KwArgs<'_>) -> PyResult<Value> {
    unary(vm, a, "atan", f64::atan, any)
}
fn sinh(vm: &mut Vm, a: &[Value], _k: KwArgs<'_>) -> PyResult<Value> {
    unary(vm, a, "sinh", f64::sinh, any)
}
fn cosh(vm: &mut Vm, a: &[Value], _k: KwArgs<'_>) -> PyResult<Value> {
    unary(vm, a, "cosh", f64::cosh, any)
}
fn tanh(vm: &mut Vm, a: &[Value], _k: KwArgs<'_>) -> PyResult<Value> {
    unary(vm, a, "tanh", f64::tanh, any)
}
fn fabs(vm: &mut Vm, a: &[Value], _k: KwArgs<'_>) -> PyResult<Value> {
    unary(vm, a, "fabs", f64::abs, any)
}
fn degrees(vm: &mut Vm, a: &[Value], _k: KwArgs<'_>) -> PyResult<Value> {
    unary(vm, a, "degrees", f64::to_degrees, any)
}
fn radians(vm: &mut Vm, a: &[Value], _k: KwArgs<'_>) -> PyResult<Value> {
    unary(vm, a, "radians", f64::to_radians, any)
}

/// `f` (ln, log2 or log10) of a positive number, CPython's way: an int too large for a
/// float is split as `m * 2**e` first, so its logarithm is still finite.
fn log_of(vm: &mut Vm, v: Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(i) = as_int(&v) {
        let b = i.to_big();
        if !b.is_positive() {
            return Err(domain(vm));
        }
        if let Some(x) = b.to_f64().filter(|x| x.is_finite()) {
            return Ok(f(x));
        }
        let bits = b.bits();
        let top = (&b >> (bits - 60)).to_f64().unwrap_or(1.0) / 2f64.powi(60);
        return Ok(f(top) + f(2.0) * bits as f64);
    }
    let x = real_arg(vm, v)?;
    if x.is_nan() || x == f64::INFINITY {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain(vm));
    }
    Ok(f(x))
}

fn log(vm: &mut Vm, args: &[Value], _k: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "log", args, 1, 2)?;
    let x = log_of(vm, args[0], f64::ln)?;
    match args.get(1) {
        Some(&b) => {
            let lb = log_of(vm, b, f64::ln)?;
            if lb == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            Ok(Value::Float(x / lb))
        }
        None => Ok(Value::Float(x)),
    }
}

fn log2(vm: &mut Vm, a: &[Value], _k: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "log2", a, 1, 1)?;
    Ok(Value::Float(log_of(vm, a[0], f64::log2)?))
}

fn log10(vm: &mut Vm, a: &[Value], _k: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "log10", a, 1, 1)?;
    Ok(Value::Float(log_of(vm, a[0], f64::log10)?))
}

/// `floor`, `ceil` and `trunc`: an exact float is rounded here; anything else asks its
/// class's `__floor__` / `__ceil__` / `__trunc__` (so a float subclass may override it),
/// `floor` and `ceil` falling back to the value as a float.
fn rounding(vm: &mut Vm, args: &[Value], name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    arity(vm, name, args, 1, 1)?;
    let x = match args[0] {
        Value::Float(x) => x,
        Value::Int(_) | Value::Bool(_) => return krait_vm::builtins::numbers::to_int(vm, args[0]),
        v => {
            let dunder = vm.intern(&format!("__{name}__"));
            if let Some(m) = vm.type_lookup(vm.type_of(v), dunder) {
                return vm.call_slot_method(m, v);
            }
            if name == "trunc" {
                let msg = format!("type {} doesn't define __trunc__ method", vm.type_name(v));
                return Err(vm.type_error(msg));
            }
            real_arg(vm, v)?
        }
    };
    if x.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    match f64_to_bigint(f(x)) {
        Some(b) => Ok(vm.new_int(b)),
        None => Err(vm.overflow_error("cannot convert float infinity to integer")),
    }
}

fn floor(vm: &mut Vm, a: &[Value], _k: KwArgs<'_>) -> PyResult<Value> {
    rounding(vm, a, "floor", f64::floor)
}
fn ceil(vm: &mut Vm, a: &[Value], _k: KwArgs<'_>) -> PyResult<Value> {
    rounding(vm, a, "ceil", f64::ceil)
}
fn trunc(vm: &mut Vm, a: &[Value], _k: KwArgs<'_>) -> PyResult<Value> {
    rounding(vm, a, "trunc", f64::trunc)
}

fn pow(vm: &mut Vm, args: &[Value], _k: KwArgs<'_>) -> PyResult<Value> {
    let v = arg_f(vm, args, "pow", 2)?;
    let (x, y) = (v[0], v[1]);
    if x == 0.0 && y < 0.0 && y.is_finite() {
        return Err(domain(vm));
    }
    if x < 0.0 && x.is_finite() && y.fract() != 0.0 && y.is_finite() {
        return Err(domain(vm));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(Value::Float(r))
}

fn atan2(vm: &mut Vm, args: &[Value], _k: KwArgs<'_>) -> PyResult<Value> {
    let v = arg_f(vm, args, "atan2", 2)?;
    Ok(Value::Float(v[0].atan2(v[1])))
}

fn copysign(vm: &mut Vm, args: &[Value], _k: KwArgs<'_>) -> PyResult<Value> {
    let v = arg_f(vm, args, "copysign", 2)?;
    Ok(Value::Float(v[0].copysign(v[1])))
}

fn fmod(vm: &mut Vm, args: &[Value], _k: KwArgs<'_>) -> PyResult<Value> {
    let v = arg_f(vm, args, "fmod", 2)?;
    if v[1] == 0.0 || v[0].is_infinite() {
        return Err(domain(vm));
    }
    Ok(Value::Float(v[0] % v[1]))
}

fn modf(vm: &mut Vm, args: &[Value], _k: KwArgs<'_>) -> PyResult<Value> {
    let x = arg_f(vm, args, "modf", 1)?[0];
    let int = x.trunc();
    let frac = if x.is_infinite() {
        0.0f64.copysign(x)
    } else {
        x - int
    };
    Ok(vm.new_tuple(vec![Value::Float(frac), Value::Float(int)]))
}

fn isnan(vm: &mut Vm, a: &[Value], _k: KwArgs<'_>) -> PyResult<Value> {
    Ok(Value::Bool(arg_f(vm, a, "isnan", 1)?[0].is_nan()))
}
fn isinf(vm: &mut Vm, a: &[Value], _k: KwArgs<'_>) -> PyResult<Value> {
    Ok(Value::Bool(arg_f(vm, a, "isinf", 1)?[0].is_infinite()))
}
fn isfinite(vm: &mut Vm, a: &[Value], _k: KwArgs<'_>) -> PyResult<Value> {
    Ok(Value::Bool(arg_f(vm, a, "isfinite", 1)?[0].is_finite()))
}

/// Integer arguments (ints, or objects with `__index__`) as big integers.
fn int_args(vm: &mut Vm, args: &[Value]) -> PyResult<Vec<BigInt>> {
    let mut out = Vec::with_capacity(args.len());
    for &a in args {
        out.push(int_arg(vm, a)?);
    }
    Ok(out)
}

/// One integer argument (an int, or an object with `__index__`) as a big integer.
fn int_arg(vm: &mut Vm, a: Value) -> PyResult<BigInt> {
    if let Some(i) = as_int(&a) {
        return Ok(i.to_big());
    }
    let r = vm.call_index(a)?;
    Ok(as_int(&r).map(|i| i.to_big()).unwrap_or_default())
}

fn gcd(vm: &mut Vm, args: &[Value], _k: KwArgs<'_>) -> PyResult<Value> {
    let ints = int_args(vm, args)?;
    let g = ints.iter().fold(BigInt::zero(), |acc, x| acc.gcd(x));
    Ok(vm.new_int(g))
}

fn lcm(vm: &mut Vm, args: &[Value], _k: KwArgs<'_>) -> PyResult<Value> {
    let ints = int_args(vm, args)?;
    let l = ints.iter().fold(BigInt::one(), |acc, x| {
        if x.is_zero() || acc.is_zero() {
            BigInt::zero()
        } else {
            acc.lcm(x)
        }
    });
    Ok(vm.new_int(l))
}

fn factorial(vm: &mut Vm, args: &[Value], _k: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "factorial", args, 1, 1)?;
    let Some(n) = as_int(&args[0]).map(|i| i.to_big()) else {
        if let Value::Float(_) = args[0] {
            return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
        }
        return Err(vm.type_error("factorial() argument must be an integer"));
    };
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_i64() else {
        return Err(vm.overflow_error("factorial() argument should not exceed 9223372036854775807"));
    };
    let n = n as u64;
    let mut acc = BigInt::one();
    for i in 2..=n {
        acc *= i;
    }
    Ok(vm.new_int(acc))
}

fn isqrt(vm: &mut Vm, args: &[Value], _k: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "isqrt", args, 1, 1)?;
    let n = int_args(vm, args)?.remove(0);
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(vm.new_int(n.sqrt()))
}

fn comb(vm: &mut Vm, args: &[Value], _k: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "comb", args, 2, 2)?;
    let v = int_args(vm, args)?;
    if v[0].is_negative() || v[1].is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if v[1] > v[0] {
        return Ok(Value::Int(0));
    }
    let n = v[0].clone();
    let k = std::cmp::min(v[1].clone(), &n - &v[1])
        .to_u64()
        .unwrap_or(0);
    let mut acc = BigInt::one();
    for i in 0..k {
        acc = acc * (&n - i) / (i + 1);
    }
    Ok(vm.new_int(acc))
}

fn perm(vm: &mut Vm, args: &[Value], _k: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "perm", args, 1, 2)?;
    let n = int_arg(vm, args[0])?;
    let k = match args.get(1) {
        Some(&k) if !k.is_none() => int_arg(vm, k)?,
        _ => n.clone(),
    };
    if n.is_negative() || k.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let mut acc = BigInt::one();
    let k = k.to_u64().unwrap_or(0);
    for i in 0..k {
        acc *= &n - i;
    }
    Ok(vm.new_int(acc))
}

fn prod(vm: &mut Vm, args: &[Value], k: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "prod", args, 1, 1)?;
    let mut acc = krait_vm::builtins::kwarg(k, "start").unwrap_or(Value::Int(1));
    let items = vm.collect_iter(args[0])?;
    for x in items {
        acc = vm.binary_op(acc, x, krait_bytecode::BinaryOpKind::Multiply)?;
    }
    Ok(acc)
}

fn fsum(vm: &mut Vm, args: &[Value], _k: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "fsum", args, 1, 1)?;
    let items = vm.collect_iter(args[0])?;
    // Shewchuk's exact partial sums: non-overlapping floats, smallest first, whose exact
    // sum is the exact sum of the finite items so far.
    let mut partials: Vec<f64> = Vec::new();
    // The sum of the infinities and NaNs, kept apart.
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    for item in items {
        let mut x = real_arg(vm, item)?;
        if !x.is_finite() {
            if x.is_infinite() {
                inf_sum += x;
            }
            special += x;
            continue;
        }
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        if !x.is_finite() {
            return Err(vm.overflow_error("intermediate overflow in fsum"));
        }
        partials.truncate(i);
        // Zeros are never kept, so a sum of zeros is +0.0.
        if x != 0.0 {
            partials.push(x);
        }
    }
    if special != 0.0 || special.is_nan() {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(Value::Float(special));
    }
    Ok(Value::Float(round_partials(&partials)))
}

/// The float nearest the exact sum of `partials` (non-overlapping, increasing magnitude).
fn round_partials(partials: &[f64]) -> f64 {
    let Some((&top, rest)) = partials.split_last() else {
        return 0.0;
    };
    let mut hi = top;
    let mut lo = 0.0;
    let mut below = rest.len();
    // Add from the top until a sum is inexact; the partials below it cannot change the
    // rounding, except to break a tie.
    while below > 0 {
        below -= 1;
        let (x, y) = (hi, rest[below]);
        hi = x + y;
        lo = y - (hi - x);
        if lo != 0.0 {
            break;
        }
    }
    // `hi + lo` is exact and `lo` is half an ulp of `hi`: a tie broken to even, which is
    // wrong when the partials still below push the true sum past the half-way point.
    if below > 0 && ((lo < 0.0 && rest[below - 1] < 0.0) || (lo > 0.0 && rest[below - 1] > 0.0)) {
        let y = lo * 2.0;
        let x = hi + y;
        if y == x - hi {
            hi = x;
        }
    }
    hi
}

fn isclose(vm: &mut Vm, args: &[Value], k: KwArgs<'_>) -> PyResult<Value> {
    let v = arg_f(vm, args, "isclose", 2)?;
    let rel = match krait_vm::builtins::kwarg(k, "rel_tol") {
        Some(r) => real_arg(vm, r)?,
        None => 1e-9,
    };
    let abs = match krait_vm::builtins::kwarg(k, "abs_tol") {
        Some(r) => real_arg(vm, r)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    let (a, b) = (v[0], v[1]);
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (a - b).abs();
    Ok(Value::Bool(
        diff <= (rel * b.abs()).max(rel * a.abs()) || diff <= abs,
    ))
}
