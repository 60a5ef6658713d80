//! The `cmath` module: argument conversion, errors and the module table; the arithmetic
//! is in [`fns`].
//!
//! Arguments convert as CPython's C functions convert a complex argument: a complex as it
//! is, else through `__complex__`, else as a real number through `__float__` or
//! `__index__` (`krait_vm::builtins::complex::complex_arg`).

use krait_gc::Gc;

use krait_vm::builtins::complex::{complex_arg, complex_quot, complex_value};
use krait_vm::builtins::native::{bind, Sig};
use krait_vm::builtins::numbers::real_arg;
use krait_vm::builtins::{arity, module_functions, new_module, no_kwargs};
use krait_vm::error::{Exception, PyResult};
use krait_vm::object::function::KwArgs;
use krait_vm::object::{NativeFn, Object};
use krait_vm::value::Value;
use krait_vm::vm::Vm;

use fns::{self as f, Fail, Z};

mod fns;

/// Creates `cmath`.
pub(crate) fn create(vm: &mut Vm) -> Gc<Object> {
    let funcs: &[(&'static str, NativeFn)] = &[
        ("acos", acos),
        ("acosh", acosh),
        ("asin", asin),
        ("asinh", asinh),
        ("atan", atan),
        ("atanh", atanh),
        ("cos", cos),
        ("cosh", cosh),
        ("exp", exp),
        ("isclose", isclose),
        ("isfinite", isfinite),
        ("isinf", isinf),
        ("isnan", isnan),
        ("log", log),
        ("log10", log10),
        ("phase", phase),
        ("polar", polar),
        ("rect", rect),
        ("sin", sin),
        ("sinh", sinh),
        ("sqrt", sqrt),
        ("tan", tan),
        ("tanh", tanh),
    ];
    let mut attrs = module_functions(vm, funcs);
    let doc =
        vm.new_str("This module provides access to mathematical functions for complex\nnumbers.");
    attrs.push(("__doc__", doc));
    attrs.push(("pi", Value::Float(std::f64::consts::PI)));
    attrs.push(("e", Value::Float(std::f64::consts::E)));
    attrs.push(("tau", Value::Float(std::f64::consts::TAU)));
    attrs.push(("inf", Value::Float(f64::INFINITY)));
    let infj = complex_value(vm, 0.0, f64::INFINITY);
    attrs.push(("infj", infj));
    attrs.push(("nan", Value::Float(f64::NAN)));
    let nanj = complex_value(vm, 0.0, f64::NAN);
    attrs.push(("nanj", nanj));
    new_module(vm, "cmath", attrs)
}

/// The Python exception for a failure.
fn error(vm: &mut Vm, fail: Fail) -> Exception {
    match fail {
        Fail::Domain => vm.value_error("math domain error"),
        Fail::Range => vm.overflow_error("math range error"),
    }
}

/// The one argument of `cmath.NAME(z)`, as a complex number.
fn one_arg(vm: &mut Vm, name: &str, args: &[Value], kw: KwArgs<'_>) -> PyResult<Z> {
    let qualified = format!("cmath.{name}");
    no_kwargs(vm, &qualified, kw)?;
    arity(vm, &qualified, args, 1, 1)?;
    complex_arg(vm, args[0])
}

/// `cmath.NAME(z)` computed by `func`, returned as a complex.
fn unary(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: KwArgs<'_>,
    func: fn(Z) -> f::R,
) -> PyResult<Value> {
    let z = one_arg(vm, name, args, kw)?;
    match func(z) {
        Ok((re, im)) => Ok(complex_value(vm, re, im)),
        Err(fail) => Err(error(vm, fail)),
    }
}

macro_rules! unary_functions {
    ($($name:ident => $func:expr),* $(,)?) => {
        $(
            fn $name(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
                unary(vm, stringify!($name), args, kw, $func)
            }
        )*
    };
}

unary_functions! {
    acos => f::acos,
    acosh => f::acosh,
    asin => f::asin,
    asinh => f::asinh,
    atan => f::atan,
    atanh => f::atanh,
    cos => f::cos,
    cosh => f::cosh,
    exp => f::exp,
    sin => f::sin,
    sinh => f::sinh,
    sqrt => |z| Ok(f::sqrt(z)),
    tan => f::tan,
    tanh => f::tanh,
}

fn log10(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    unary(vm, "log10", args, kw, |z| {
        let (re, im) = f::log(z)?;
        Ok((re / std::f64::consts::LN_10, im / std::f64::consts::LN_10))
    })
}

/// `log(z[, base])`: `log(z) / log(base)`. As in CPython, only a failure of the last step
/// counts: the base's logarithm or the division (so `log(0, 2)` is `-inf+nanj` while
/// `log(2, 0)` and `log(2, 1)` are domain errors).
fn log(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let sig = Sig {
        name: "log",
        module: "cmath",
        params: &["x", "y_obj"],
        posonly: 2,
        maxpos: 2,
        required: 1,
    };
    bind(vm, &sig, args, kw)?;
    let z = complex_arg(vm, args[0])?;
    let lz = f::log(z);
    let result = match args.get(1).copied() {
        None => lz,
        Some(b) => {
            let base = complex_arg(vm, b)?;
            let lz = lz.unwrap_or_else(|_| (f64::NEG_INFINITY, z.1.atan2(z.0)));
            f::log(base).and_then(|lb| complex_quot(lz, lb).ok_or(Fail::Domain))
        }
    };
    match result {
        Ok((re, im)) => Ok(complex_value(vm, re, im)),
        Err(fail) => Err(error(vm, fail)),
    }
}

fn phase(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let z = one_arg(vm, "phase", args, kw)?;
    match f::phase(z) {
        Ok(p) => Ok(Value::Float(p)),
        Err(fail) => Err(error(vm, fail)),
    }
}

fn polar(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let z = one_arg(vm, "polar", args, kw)?;
    match f::polar(z) {
        Ok((r, phi)) => Ok(vm.new_tuple(vec![Value::Float(r), Value::Float(phi)])),
        Err(fail) => Err(error(vm, fail)),
    }
}

fn rect(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let sig = Sig {
        name: "rect",
        module: "cmath",
        params: &["r", "phi"],
        posonly: 2,
        maxpos: 2,
        required: 2,
    };
    bind(vm, &sig, args, kw)?;
    let r = real_arg(vm, args[0])?;
    let phi = real_arg(vm, args[1])?;
    match f::rect(r, phi) {
        Ok((re, im)) => Ok(complex_value(vm, re, im)),
        Err(fail) => Err(error(vm, fail)),
    }
}

fn isfinite(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let (x, y) = one_arg(vm, "isfinite", args, kw)?;
    Ok(Value::Bool(x.is_finite() && y.is_finite()))
}

fn isinf(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let (x, y) = one_arg(vm, "isinf", args, kw)?;
    Ok(Value::Bool(x.is_infinite() || y.is_infinite()))
}

fn isnan(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let (x, y) = one_arg(vm, "isnan", args, kw)?;
    Ok(Value::Bool(x.is_nan() || y.is_nan()))
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
fn isclose(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let sig = Sig {
        name: "isclose",
        module: "cmath",
        params: &["a", "b", "rel_tol", "abs_tol"],
        posonly: 0,
        maxpos: 2,
        required: 2,
    };
    let bound = bind(vm, &sig, args, kw)?;
    let (Some(a), Some(b)) = (bound[0], bound[1]) else {
        return Err(vm.type_error("isclose() missing required argument"));
    };
    let a = complex_arg(vm, a)?;
    let b = complex_arg(vm, b)?;
    let rel_tol = match bound[2] {
        Some(v) => real_arg(vm, v)?,
        None => 1e-9,
    };
    let abs_tol = match bound[3] {
        Some(v) => real_arg(vm, v)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    Ok(Value::Bool(f::isclose(a, b, rel_tol, abs_tol)))
}
