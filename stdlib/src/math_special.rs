//! `math.erf`, `math.erfc`, `math.gamma` and `math.lgamma`, computed here rather than by
//! the C library so that results do not depend on the platform: the error function by its
//! Taylor series near zero and by the continued fraction of `erfc` beyond, and the gamma
//! function by the Lanczos approximation (N = 13, g ≈ 6.0247, the double-precision
//! coefficients published with Boost.Math as `lanczos13m53`), with the reflection formula
//! for negative arguments. Integer arguments of `gamma` up to 23 give the exact factorial.

use krait_vm::builtins::arity;
use krait_vm::builtins::numbers::real_arg;
use krait_vm::error::PyResult;
use krait_vm::object::function::KwArgs;
use krait_vm::value::Value;
use krait_vm::vm::Vm;

use std::f64::consts::PI;

/// Below this |x| `erf` sums its series; above, `erfc`'s continued fraction converges fast.
const ERF_SERIES_CUTOFF: f64 = 1.5;
/// Terms of the series: enough for double precision up to the cutoff.
const ERF_SERIES_TERMS: usize = 25;
/// Beyond this `erfc(x)` is below the smallest subnormal.
const ERFC_CONTFRAC_CUTOFF: f64 = 30.0;
/// Levels of the continued fraction evaluated.
const ERFC_CONTFRAC_TERMS: usize = 50;
/// `sqrt(pi)`.
const SQRT_PI: f64 = 1.772_453_850_905_516;
/// `log(pi)`.
const LOG_PI: f64 = 1.144_729_885_849_400_2;

/// The Lanczos parameter g, and g - 1/2 (both exact binary fractions, written in full).
#[allow(clippy::excessive_precision)]
const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
/// The Lanczos sum as a rational function: numerator coefficients, constant term first.
#[allow(clippy::excessive_precision)]
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
/// Its denominator: the coefficients of z(z+1)...(z+11), constant term first.
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];
/// Exact `gamma(n)` for integers n up to this.
const NGAMMA_INTEGRAL: u32 = 23;

/// What went wrong in a computation, as C's `errno` would say.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Fault {
    None,
    /// A domain error (a pole or an argument with no result).
    Domain,
    /// The result overflows (or underflows, which is ignored when small).
    Range,
}

/// The series of `erf` about zero (for |x| below [`ERF_SERIES_CUTOFF`]).
fn erf_series(x: f64) -> f64 {
    let x2 = x * x;
    let mut acc = 0.0;
    let mut fk = ERF_SERIES_TERMS as f64 + 0.5;
    for _ in 0..ERF_SERIES_TERMS {
        acc = 2.0 + x2 * acc / fk;
        fk -= 1.0;
    }
    acc * x * (-x2).exp() / SQRT_PI
}

/// `erfc(x)` for x at least [`ERF_SERIES_CUTOFF`], by its continued fraction, evaluated
/// forwards through the convergents' numerators and denominators.
fn erfc_contfrac(x: f64) -> f64 {
    if x >= ERFC_CONTFRAC_CUTOFF {
        return 0.0;
    }
    let x2 = x * x;
    let (mut a, mut da) = (0.0, 0.5);
    let (mut p, mut p_last) = (1.0, 0.0);
    let (mut q, mut q_last) = (da + x2, 1.0);
    for _ in 0..ERFC_CONTFRAC_TERMS {
        a += da;
        da += 2.0;
        let b = da + x2;
        let next_p = b * p - a * p_last;
        p_last = p;
        p = next_p;
        let next_q = b * q - a * q_last;
        q_last = q;
        q = next_q;
    }
    p / q * x * exp_minus_square(x) / SQRT_PI
}

/// `exp(-x*x)` without the rounding error of `x*x`, which exp would magnify by x*x: x is
/// split into a head with half the mantissa bits (whose square is exact) and a tail.
fn exp_minus_square(x: f64) -> f64 {
    let head = f64::from_bits(x.to_bits() & !0xffff_ffff);
    let tail = x - head;
    (-head * head).exp() * (-(tail * (x + head))).exp()
}

/// The error function.
fn erf(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let ax = x.abs();
    if ax < ERF_SERIES_CUTOFF {
        erf_series(x)
    } else {
        let cf = erfc_contfrac(ax);
        if x > 0.0 {
            1.0 - cf
        } else {
            cf - 1.0
        }
    }
}

/// The complementary error function, `1 - erf(x)` without the cancellation.
fn erfc(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let ax = x.abs();
    if ax < ERF_SERIES_CUTOFF {
        1.0 - erf_series(x)
    } else {
        let cf = erfc_contfrac(ax);
        if x > 0.0 {
            cf
        } else {
            2.0 - cf
        }
    }
}

/// The Lanczos sum at x > 0: Horner's rule in x for small x, in 1/x for large x (where
/// powers of x would overflow).
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// `sin(pi * x)`, reducing x first so that whole and half-integers give exact zeros and
/// ones (plain `sin(PI * x)` loses them to the rounding of `PI * x`).
fn sin_pi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    // C's round(): halves away from zero.
    let n = (2.0 * y).round() as i32;
    let r = match n {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1f64.copysign(x) * r
}

/// The gamma function.
fn gamma(x: f64) -> (f64, Fault) {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return (x, Fault::None);
        }
        return (f64::NAN, Fault::Domain);
    }
    if x == 0.0 {
        return (f64::INFINITY.copysign(x), Fault::Domain);
    }
    if x == x.floor() {
        if x < 0.0 {
            return (f64::NAN, Fault::Domain);
        }
        if x <= f64::from(NGAMMA_INTEGRAL) {
            // (x-1)! is exact in u128 and converts with one rounding.
            let n = x as u32;
            let fact: u128 = (1..n).map(u128::from).product();
            return (fact as f64, Fault::None);
        }
    }
    let ax = x.abs();
    if ax < 1e-20 {
        let r = 1.0 / x;
        let fault = if r.is_infinite() {
            Fault::Range
        } else {
            Fault::None
        };
        return (r, fault);
    }
    if ax > 200.0 {
        if x < 0.0 {
            return (0.0 / sin_pi(x), Fault::None);
        }
        return (f64::INFINITY, Fault::Range);
    }
    let y = ax + LANCZOS_G_MINUS_HALF;
    // The error of computing y, as a correction term.
    let q;
    let mut z;
    if ax > LANCZOS_G_MINUS_HALF {
        q = y - ax;
        z = q - LANCZOS_G_MINUS_HALF;
    } else {
        q = y - LANCZOS_G_MINUS_HALF;
        z = q - ax;
    }
    z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sin_pi(ax) / ax * y.exp() / lanczos_sum(ax);
        r -= z * r;
        if ax < 140.0 {
            r /= y.powf(ax - 0.5);
        } else {
            let sqrtpow = y.powf(ax / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(ax) / y.exp();
        r += z * r;
        if ax < 140.0 {
            r *= y.powf(ax - 0.5);
        } else {
            let sqrtpow = y.powf(ax / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    let fault = if r.is_infinite() {
        Fault::Range
    } else {
        Fault::None
    };
    (r, fault)
}

/// The natural logarithm of the absolute value of the gamma function.
fn lgamma(x: f64) -> (f64, Fault) {
    if !x.is_finite() {
        if x.is_nan() {
            return (x, Fault::None);
        }
        return (f64::INFINITY, Fault::None);
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return (f64::INFINITY, Fault::Domain);
        }
        return (0.0, Fault::None);
    }
    let ax = x.abs();
    if ax < 1e-20 {
        return (-ax.ln(), Fault::None);
    }
    let mut r = lanczos_sum(ax).ln() - LANCZOS_G;
    r += (ax - 0.5) * ((ax + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = LOG_PI - sin_pi(ax).abs().ln() - ax.ln() - r;
    }
    let fault = if r.is_infinite() {
        Fault::Range
    } else {
        Fault::None
    };
    (r, fault)
}

/// Runs one of the functions above on the float argument and turns a fault into CPython's
/// exception: ValueError for a domain error or a NaN from a number, OverflowError for an
/// infinity from a finite argument (or ValueError where overflow is impossible).
fn apply(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
    f: fn(f64) -> (f64, Fault),
    can_overflow: bool,
) -> PyResult<Value> {
    arity(vm, &format!("math.{name}"), args, 1, 1)?;
    let x = real_arg(vm, args[0])?;
    let (r, fault) = f(x);
    let domain = fault == Fault::Domain
        || (r.is_nan() && !x.is_nan())
        || (r.is_infinite() && x.is_finite() && !can_overflow);
    if domain {
        return Err(vm.value_error("math domain error"));
    }
    // A range fault with a small result is an underflow, which is not an error.
    if (fault == Fault::Range && r.abs() >= 1.5) || (r.is_infinite() && x.is_finite()) {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(Value::Float(r))
}

/// `math.erf(x)`.
pub(crate) fn math_erf(vm: &mut Vm, a: &[Value], _k: KwArgs<'_>) -> PyResult<Value> {
    apply(vm, a, "erf", |x| (erf(x), Fault::None), false)
}

/// `math.erfc(x)`.
pub(crate) fn math_erfc(vm: &mut Vm, a: &[Value], _k: KwArgs<'_>) -> PyResult<Value> {
    apply(vm, a, "erfc", |x| (erfc(x), Fault::None), false)
}

/// `math.gamma(x)`.
pub(crate) fn math_gamma(vm: &mut Vm, a: &[Value], _k: KwArgs<'_>) -> PyResult<Value> {
    apply(vm, a, "gamma", gamma, true)
}

/// `math.lgamma(x)`.
pub(crate) fn math_lgamma(vm: &mut Vm, a: &[Value], _k: KwArgs<'_>) -> PyResult<Value> {
    apply(vm, a, "lgamma", lgamma, true)
}
