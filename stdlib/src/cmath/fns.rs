//! The arithmetic behind `cmath`: the complex elementary functions on pairs of floats,
//! with C99 Annex G's treatment of signed zeros, infinities and NaNs (the sign of a zero
//! imaginary part chooses the side of a branch cut), and CPython's errors: a domain error
//! where Annex G raises "invalid" or "divide-by-zero" and CPython turns that into
//! `ValueError`, a range error where a finite argument gives an overflowing result.
//!
//! The inverse functions follow Kahan's formulation ("Branch cuts for complex elementary
//! functions", 1987) through two complex square roots, which keeps full accuracy near the
//! branch points and on both sides of the cuts; arguments so large that those square roots
//! would overflow use the asymptotic form log(2z). `sin`, `cos`, `tan`, `asin` and `atan`
//! are the hyperbolic functions of `iz` turned back by a quarter turn, so they share their
//! special values.

use std::f64::consts::{E, FRAC_PI_2, LN_2};

/// A complex number as (real part, imaginary part).
pub(crate) type Z = (f64, f64);

/// Why a function has no finite answer for a finite (or special) argument.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Fail {
    /// `ValueError("math domain error")`.
    Domain,
    /// `OverflowError("math range error")`.
    Range,
}

/// A function's result.
pub(crate) type R = Result<Z, Fail>;

/// Beyond this magnitude the inverse functions use log(2z): its error there is far below
/// a unit in the last place, and the square roots of Kahan's formulas could overflow.
const HUGE: f64 = 1.0e150;
/// Past this, `exp`, `cosh` and `sinh` scale by e to keep an intermediate finite.
const EXP_EDGE: f64 = 708.0;
/// 2**54 and its square root, for scaling subnormal arguments of `sqrt`.
const TWO_54: f64 = 18014398509481984.0;
const TWO_M27: f64 = 1.0 / 134217728.0;
/// 2**53, for scaling subnormal arguments of `log`.
const TWO_53: f64 = 9007199254740992.0;

fn is_inf(x: f64) -> bool {
    x.is_infinite()
}

/// The result, or a range error when a finite argument overflowed.
fn check_range(arg: Z, r: Z) -> R {
    let finite_arg = arg.0.is_finite() && arg.1.is_finite();
    if finite_arg && (is_inf(r.0) || is_inf(r.1)) {
        return Err(Fail::Range);
    }
    Ok(r)
}

/// The real inverse hyperbolic sine, accurate across the range (without the overflow of
/// `x + sqrt(x*x + 1)` for large `x`).
pub(crate) fn asinh_real(x: f64) -> f64 {
    let a = x.abs();
    let r = if a > 268435456.0 {
        a.ln() + LN_2
    } else if a < 1.0 / 268435456.0 {
        a
    } else {
        (a + a * a / (1.0 + (1.0 + a * a).sqrt())).ln_1p()
    };
    r.copysign(x)
}

/// `ln(2 * |z|)`, for large `z`, without overflowing.
fn ln_twice_abs(z: Z) -> f64 {
    (z.0 * 0.5).hypot(z.1 * 0.5).ln() + 2.0 * LN_2
}

/// `sqrt(z)`: the root with a non-negative real part, its imaginary part signed as `z`'s.
pub(crate) fn sqrt(z: Z) -> Z {
    let (x, y) = z;
    if !x.is_finite() || !y.is_finite() {
        if is_inf(y) {
            return (f64::INFINITY, y);
        }
        if x == f64::INFINITY {
            return (x, if y.is_nan() { y } else { 0.0f64.copysign(y) });
        }
        if x == f64::NEG_INFINITY {
            return if y.is_nan() {
                (f64::NAN, f64::INFINITY)
            } else {
                (0.0, f64::INFINITY.copysign(y))
            };
        }
        return (f64::NAN, f64::NAN);
    }
    if x == 0.0 && y == 0.0 {
        return (0.0, y);
    }
    let (ax, ay) = (x.abs(), y.abs());
    // s = sqrt((|x| + |z|) / 2), computed without underflow or overflow.
    let s = if ax < 4.0 * f64::MIN_POSITIVE && ay < 4.0 * f64::MIN_POSITIVE {
        let (bx, by) = (ax * TWO_54, ay * TWO_54);
        ((bx + bx.hypot(by)) * 0.5).sqrt() * TWO_M27
    } else if ax > f64::MAX / 8.0 || ay > f64::MAX / 8.0 {
        2.0 * (ax / 8.0 + (ax / 8.0).hypot(ay / 8.0)).sqrt()
    } else {
        ((ax + ax.hypot(ay)) * 0.5).sqrt()
    };
    let d = ay / (2.0 * s);
    if x >= 0.0 {
        (s, d.copysign(y))
    } else {
        (d, s.copysign(y))
    }
}

/// `exp(z)`.
pub(crate) fn exp(z: Z) -> R {
    let (x, y) = z;
    if !x.is_finite() || !y.is_finite() {
        if x.is_nan() {
            return Ok(if y == 0.0 {
                (x, y)
            } else {
                (f64::NAN, f64::NAN)
            });
        }
        if x == f64::NEG_INFINITY {
            return Ok(if y.is_finite() {
                (0.0 * y.cos(), 0.0 * y.sin())
            } else {
                (0.0, 0.0)
            });
        }
        if x == f64::INFINITY {
            if y == 0.0 {
                return Ok((x, y));
            }
            if y.is_finite() {
                return Ok((x * y.cos(), x * y.sin()));
            }
            if is_inf(y) {
                return Err(Fail::Domain);
            }
            return Ok((x, f64::NAN));
        }
        // x finite, y infinite or NaN.
        if is_inf(y) {
            return Err(Fail::Domain);
        }
        return Ok((f64::NAN, f64::NAN));
    }
    let (c, s) = (y.cos(), y.sin());
    let r = if x > EXP_EDGE {
        let l = (x - 1.0).exp();
        (l * c * E, l * s * E)
    } else {
        let l = x.exp();
        (l * c, l * s)
    };
    check_range(z, r)
}

/// `log(z)`, the principal branch (imaginary part in [-pi, pi]).
pub(crate) fn log(z: Z) -> R {
    let (x, y) = z;
    let im = y.atan2(x);
    if !x.is_finite() || !y.is_finite() {
        let re = if is_inf(x) || is_inf(y) {
            f64::INFINITY
        } else {
            f64::NAN
        };
        return Ok((re, im));
    }
    let (ax, ay) = (x.abs(), y.abs());
    let re = if ax > f64::MAX / 2.0 || ay > f64::MAX / 2.0 {
        (ax * 0.5).hypot(ay * 0.5).ln() + LN_2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax == 0.0 && ay == 0.0 {
            return Err(Fail::Domain);
        }
        (ax * TWO_53).hypot(ay * TWO_53).ln() - 53.0 * LN_2
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            // Near the unit circle log|z| is small: compute |z|**2 - 1 without cancellation.
            let (big, small) = if ax >= ay { (ax, ay) } else { (ay, ax) };
            ((big - 1.0) * (big + 1.0) + small * small).ln_1p() / 2.0
        } else {
            h.ln()
        }
    };
    Ok((re, im))
}

/// `cosh(z)`.
pub(crate) fn cosh(z: Z) -> R {
    let (x, y) = z;
    if !x.is_finite() || !y.is_finite() {
        if is_inf(x) && y.is_finite() {
            if y == 0.0 {
                return Ok((f64::INFINITY, y * 1.0f64.copysign(x)));
            }
            return Ok((f64::INFINITY * y.cos(), x * y.sin()));
        }
        if is_inf(x) {
            // y infinite or NaN.
            if is_inf(y) {
                return Err(Fail::Domain);
            }
            return Ok((f64::INFINITY, f64::NAN));
        }
        if x.is_nan() {
            return Ok(if y == 0.0 {
                (x, 0.0)
            } else {
                (f64::NAN, f64::NAN)
            });
        }
        // x finite, y infinite or NaN.
        if is_inf(y) {
            return Err(Fail::Domain);
        }
        return Ok((f64::NAN, if x == 0.0 { 0.0 } else { f64::NAN }));
    }
    let (c, s) = (y.cos(), y.sin());
    let (ch, sh, scale) = scaled_cosh_sinh(x);
    check_range(z, (c * ch * scale, s * sh * scale))
}

/// `sinh(z)`.
pub(crate) fn sinh(z: Z) -> R {
    let (x, y) = z;
    if !x.is_finite() || !y.is_finite() {
        if is_inf(x) && y.is_finite() {
            if y == 0.0 {
                return Ok((x, y));
            }
            return Ok((x * y.cos(), f64::INFINITY * y.sin()));
        }
        if is_inf(x) {
            if is_inf(y) {
                return Err(Fail::Domain);
            }
            return Ok((f64::INFINITY, f64::NAN));
        }
        if x.is_nan() {
            return Ok(if y == 0.0 {
                (x, y)
            } else {
                (f64::NAN, f64::NAN)
            });
        }
        if is_inf(y) {
            return Err(Fail::Domain);
        }
        return Ok((if x == 0.0 { 0.0 } else { f64::NAN }, f64::NAN));
    }
    let (c, s) = (y.cos(), y.sin());
    let (ch, sh, scale) = scaled_cosh_sinh(x);
    check_range(z, (c * sh * scale, s * ch * scale))
}

/// `cosh(x)` and `sinh(x)` as two factors and a scale (their product is the value): near
/// overflow they are taken at `x ∓ 1` and scaled by e, so a product with a small cosine or
/// sine can still be finite.
fn scaled_cosh_sinh(x: f64) -> (f64, f64, f64) {
    if x.abs() > EXP_EDGE {
        let xm = x - 1.0f64.copysign(x);
        (xm.cosh(), xm.sinh(), E)
    } else {
        (x.cosh(), x.sinh(), 1.0)
    }
}

/// `tanh(z)`, by Kahan's formula in `tan(y)` and `sinh(x)`, which stays accurate where
/// `cosh(2x) + cos(2y)` would cancel.
pub(crate) fn tanh(z: Z) -> R {
    let (x, y) = z;
    if !x.is_finite() || !y.is_finite() {
        if is_inf(x) {
            let im = if y.is_finite() {
                0.0f64.copysign(y.sin() * y.cos())
            } else {
                0.0
            };
            return Ok((1.0f64.copysign(x), im));
        }
        if x.is_nan() {
            return Ok(if y == 0.0 {
                (x, y)
            } else {
                (f64::NAN, f64::NAN)
            });
        }
        if is_inf(y) {
            return Err(Fail::Domain);
        }
        return Ok((f64::NAN, f64::NAN));
    }
    if x.abs() > 20.0 {
        // tanh(x) is +-1 to double precision; the imaginary part is
        // sin(2y) / (cosh(2x) + cos(2y)) ~ 4 sin(y) cos(y) exp(-2|x|), scaled in two steps
        // so that a subnormal result is rounded once.
        let e = (-x.abs()).exp();
        let im = (4.0 * y.sin() * y.cos() * e) * e;
        return Ok((1.0f64.copysign(x), im));
    }
    let t = y.tan();
    let b = 1.0 + t * t;
    let s = x.sinh();
    let rho = x.cosh();
    let d = 1.0 + b * s * s;
    Ok((b * rho * s / d, t / d))
}

/// `atanh(z)`: cuts along the real axis beyond +-1.
pub(crate) fn atanh(z: Z) -> R {
    let (x, y) = z;
    if !x.is_finite() || !y.is_finite() {
        if x.is_nan() {
            return Ok(if is_inf(y) {
                (0.0, FRAC_PI_2.copysign(y))
            } else {
                (f64::NAN, f64::NAN)
            });
        }
        if y.is_nan() {
            return Ok(if is_inf(x) {
                (0.0f64.copysign(x), f64::NAN)
            } else if x == 0.0 {
                (x, f64::NAN)
            } else {
                (f64::NAN, f64::NAN)
            });
        }
        return Ok((0.0f64.copysign(x), FRAC_PI_2.copysign(y)));
    }
    // atanh is odd: work with a non-negative real part.
    if x.is_sign_negative() {
        let (re, im) = atanh_right((-x, -y))?;
        return Ok((-re, -im));
    }
    atanh_right(z)
}

/// `atanh(z)` for finite `z` with `Re z >= +0`.
fn atanh_right(z: Z) -> R {
    let (x, y) = z;
    let ay = y.abs();
    if x > HUGE || ay > HUGE {
        // atanh(z) = atanh(1/z) +- i pi/2, and atanh(1/z) ~ 1/z.
        let h = (x * 0.5).hypot(y * 0.5);
        let re = ((x / h) / h) * 0.25;
        return Ok((re, FRAC_PI_2.copysign(y)));
    }
    if x == 1.0 && ay < 1.0e-150 {
        // (1 - x)**2 + y**2 underflows: Re = log(|2 + iy| / |y|) / 2.
        if ay == 0.0 {
            return Err(Fail::Domain);
        }
        let re = (2.0f64.hypot(ay).ln() - ay.ln()) / 2.0;
        let im = (2.0f64.atan2(-ay) / 2.0).copysign(y);
        return Ok((re, im));
    }
    let one_minus = 1.0 - x;
    let re = (4.0 * x / (one_minus * one_minus + ay * ay)).ln_1p() / 4.0;
    let im = (2.0 * y).atan2(one_minus * (1.0 + x) - ay * ay) / 2.0;
    Ok((re, im))
}

/// `asinh(z)`: cuts along the imaginary axis beyond +-i.
pub(crate) fn asinh(z: Z) -> R {
    let (x, y) = z;
    if !x.is_finite() || !y.is_finite() {
        if is_inf(x) || is_inf(y) {
            if x.is_nan() {
                return Ok((f64::INFINITY, f64::NAN));
            }
            if y.is_nan() {
                return Ok((x, f64::NAN));
            }
            return Ok((f64::INFINITY.copysign(x), y.atan2(x.abs())));
        }
        return Ok(if y == 0.0 {
            (x, y)
        } else {
            (f64::NAN, f64::NAN)
        });
    }
    if x.abs() > HUGE || y.abs() > HUGE {
        return Ok((ln_twice_abs(z).copysign(x), y.atan2(x.abs())));
    }
    // a = sqrt(1 - iz), b = sqrt(1 + iz).
    let a = sqrt((1.0 + y, -x));
    let b = sqrt((1.0 - y, x));
    let re = asinh_real(a.0 * b.1 - a.1 * b.0);
    let im = y.atan2(a.0 * b.0 - a.1 * b.1);
    Ok((re, im))
}

/// `acos(z)`: cuts along the real axis beyond +-1.
pub(crate) fn acos(z: Z) -> R {
    let (x, y) = z;
    if !x.is_finite() || !y.is_finite() {
        if is_inf(x) || is_inf(y) {
            if x.is_nan() {
                return Ok((f64::NAN, -y));
            }
            if y.is_nan() {
                return Ok((f64::NAN, f64::INFINITY));
            }
            return Ok((y.abs().atan2(x), -y.signum() * f64::INFINITY));
        }
        return Ok(if x == 0.0 {
            (FRAC_PI_2, f64::NAN)
        } else {
            (f64::NAN, f64::NAN)
        });
    }
    if x.abs() > HUGE || y.abs() > HUGE {
        return Ok((y.abs().atan2(x), -ln_twice_abs(z).copysign(y)));
    }
    // a = sqrt(1 - z), b = sqrt(1 + z).
    let a = sqrt((1.0 - x, -y));
    let b = sqrt((1.0 + x, y));
    let re = 2.0 * a.0.atan2(b.0);
    let im = asinh_real(b.0 * a.1 - b.1 * a.0);
    Ok((re, im))
}

/// `acosh(z)`: cut along the real axis below 1.
pub(crate) fn acosh(z: Z) -> R {
    let (x, y) = z;
    if !x.is_finite() || !y.is_finite() {
        if is_inf(x) || is_inf(y) {
            if x.is_nan() || y.is_nan() {
                return Ok((f64::INFINITY, f64::NAN));
            }
            return Ok((f64::INFINITY, y.atan2(x)));
        }
        return Ok((f64::NAN, f64::NAN));
    }
    if x.abs() > HUGE || y.abs() > HUGE {
        return Ok((ln_twice_abs(z), y.atan2(x)));
    }
    // a = sqrt(z - 1), b = sqrt(z + 1).
    let a = sqrt((x - 1.0, y));
    let b = sqrt((x + 1.0, y));
    let re = asinh_real(a.0 * b.0 + a.1 * b.1);
    let im = 2.0 * a.1.atan2(b.0);
    Ok((re, im))
}

/// `-i * f(i * z)`: the circular function from its hyperbolic twin.
fn turned(f: fn(Z) -> R, z: Z) -> R {
    let (re, im) = f((-z.1, z.0))?;
    Ok((im, -re))
}

/// `asin(z) = -i asinh(iz)`.
pub(crate) fn asin(z: Z) -> R {
    turned(asinh, z)
}

/// `atan(z) = -i atanh(iz)`.
pub(crate) fn atan(z: Z) -> R {
    turned(atanh, z)
}

/// `sin(z) = -i sinh(iz)`.
pub(crate) fn sin(z: Z) -> R {
    turned(sinh, z)
}

/// `tan(z) = -i tanh(iz)`.
pub(crate) fn tan(z: Z) -> R {
    turned(tanh, z)
}

/// `cos(z) = cosh(iz)`.
pub(crate) fn cos(z: Z) -> R {
    cosh((-z.1, z.0))
}

/// `rect(r, phi)`: `r * (cos(phi) + i sin(phi))`.
pub(crate) fn rect(r: f64, phi: f64) -> R {
    if !r.is_finite() || !phi.is_finite() {
        if r.is_nan() {
            return Ok(if phi == 0.0 {
                (r, 0.0)
            } else {
                (f64::NAN, f64::NAN)
            });
        }
        if is_inf(r) {
            if phi.is_finite() {
                if phi == 0.0 {
                    return Ok((r, phi * 1.0f64.copysign(r)));
                }
                return Ok((r * phi.cos(), r * phi.sin()));
            }
            if is_inf(phi) {
                return Err(Fail::Domain);
            }
            return Ok((f64::INFINITY, f64::NAN));
        }
        // r finite, phi infinite or NaN.
        if r == 0.0 {
            return Ok((0.0, 0.0));
        }
        if is_inf(phi) {
            return Err(Fail::Domain);
        }
        return Ok((f64::NAN, f64::NAN));
    }
    Ok((r * phi.cos(), r * phi.sin()))
}

/// `phase(z)`; a range error, as CPython reports the underflow of its C library's
/// `atan2`, when a non-zero finite angle rounds to zero.
pub(crate) fn phase(z: Z) -> Result<f64, Fail> {
    let (x, y) = z;
    let p = y.atan2(x);
    if p == 0.0 && y != 0.0 && x.is_finite() && y.is_finite() {
        return Err(Fail::Range);
    }
    Ok(p)
}

/// `polar(z)`: `(abs(z), phase(z))`; a range error when `abs(z)` overflows.
pub(crate) fn polar(z: Z) -> Result<(f64, f64), Fail> {
    let (x, y) = z;
    let r = x.hypot(y);
    if is_inf(r) && x.is_finite() && y.is_finite() {
        return Err(Fail::Range);
    }
    Ok((r, y.atan2(x)))
}

/// `isclose(a, b)` with the given (non-negative) tolerances.
pub(crate) fn isclose(a: Z, b: Z, rel_tol: f64, abs_tol: f64) -> bool {
    if a == b {
        return true;
    }
    if is_inf(a.0) || is_inf(a.1) || is_inf(b.0) || is_inf(b.1) {
        return false;
    }
    let diff = (b.0 - a.0).hypot(b.1 - a.1);
    diff <= rel_tol * b.0.hypot(b.1) || diff <= rel_tol * a.0.hypot(a.1) || diff <= abs_tol
}
