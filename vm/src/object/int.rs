//! Integer and float arithmetic with Python's rules, independent of the heap: floor division
//! and modulo rounding toward negative infinity, the numeric hash that makes `1`, `1.0` and
//! `True` equal keys, and exact comparisons between ints and floats.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{FromPrimitive, ToPrimitive, Zero};

/// The modulus of Python's numeric hash, 2**61 - 1.
pub const HASH_MODULUS: u64 = (1 << 61) - 1;
/// `hash(float('inf'))`.
pub const HASH_INF: i64 = 314_159;

/// A borrowed view of an int of either representation.
#[derive(Clone, Copy)]
pub enum IntRef<'a> {
    /// Fits in 64 bits.
    Small(i64),
    /// A heap big int (never in `i64` range).
    Big(&'a BigInt),
}

impl IntRef<'_> {
    /// As an owned `BigInt`.
    pub fn to_big(self) -> BigInt {
        match self {
            IntRef::Small(i) => BigInt::from(i),
            IntRef::Big(b) => b.clone(),
        }
    }

    /// Whether the int is negative.
    pub fn is_negative(self) -> bool {
        match self {
            IntRef::Small(i) => i < 0,
            IntRef::Big(b) => b.sign() == Sign::Minus,
        }
    }

    /// Whether the int is zero.
    pub fn is_zero(self) -> bool {
        match self {
            IntRef::Small(i) => i == 0,
            IntRef::Big(b) => b.is_zero(),
        }
    }

    /// As a float, or `None` if too large.
    pub fn to_f64(self) -> Option<f64> {
        match self {
            IntRef::Small(i) => Some(i as f64),
            IntRef::Big(b) => b.to_f64().filter(|f| f.is_finite()),
        }
    }
}

/// `hash(i)` for a small int.
pub fn hash_i64(i: i64) -> i64 {
    // Almost every int is below the modulus in size and hashes to itself; this skips
    // the 128-bit remainder below.
    if i.unsigned_abs() < HASH_MODULUS {
        return if i == -1 { -2 } else { i };
    }
    let m = HASH_MODULUS as i128;
    let r = (i as i128).rem_euclid(m);
    let h = if i < 0 {
        -(((-(i as i128)) % m) as i64)
    } else {
        r as i64
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(b)` for a big int.
pub fn hash_big(b: &BigInt) -> i64 {
    let m = BigInt::from(HASH_MODULUS);
    let magnitude = b.magnitude() % m.magnitude();
    let mut h = magnitude.to_i64().unwrap_or(0);
    if b.sign() == Sign::Minus {
        h = -h;
    }
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(x)` for a float: equal to the hash of the int it equals, when it is integral.
pub fn hash_f64(x: f64) -> i64 {
    if x.is_nan() {
        return 0;
    }
    if x.is_infinite() {
        return if x > 0.0 { HASH_INF } else { -HASH_INF };
    }
    // x = m * 2**e with 0.5 <= |m| < 1; fold 28 bits at a time, as the reduction modulo
    // 2**61 - 1 of the exact rational value x.
    let (mut m, mut e) = frexp(x.abs());
    let mut h: u64 = 0;
    while m != 0.0 {
        h = ((h << 28) & HASH_MODULUS) | (h >> (61 - 28));
        m *= 268_435_456.0; // 2**28
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        h += y;
        if h >= HASH_MODULUS {
            h -= HASH_MODULUS;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    h = ((h << e) & HASH_MODULUS) | (h >> (61 - e));
    let mut h = h as i64;
    if x < 0.0 {
        h = -h;
    }
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Splits `x > 0` into `(m, e)` with `x = m * 2**e`, `0.5 <= m < 1`.
fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 {
        return (0.0, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// `a // b` for small ints, `None` on division by zero or `i64` overflow.
#[inline]
pub fn floordiv_i64(a: i64, b: i64) -> Option<i64> {
    if b == 0 || (a == i64::MIN && b == -1) {
        return None;
    }
    let q = a / b;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        Some(q - 1)
    } else {
        Some(q)
    }
}

/// `a % b` for small ints (sign of the divisor), `None` on division by zero.
#[inline]
pub fn mod_i64(a: i64, b: i64) -> Option<i64> {
    if b == 0 {
        return None;
    }
    if b == -1 {
        return Some(0);
    }
    let r = a % b;
    if r != 0 && ((r < 0) != (b < 0)) {
        Some(r + b)
    } else {
        Some(r)
    }
}

/// Floor division and modulo of big ints, Python's signs. `b` must be non-zero.
pub fn divmod_big(a: &BigInt, b: &BigInt) -> (BigInt, BigInt) {
    a.div_mod_floor(b)
}

/// `(a // b, a % b)` for floats, with CPython's treatment of signs and zeros. `b != 0`.
/// The constant folder's own function, so folded and computed results agree.
#[inline]
pub fn divmod_f64(a: f64, b: f64) -> (f64, f64) {
    krait_compiler::float_divmod(a, b)
}

/// `a % b` for floats. `b != 0`.
pub fn mod_f64(a: f64, b: f64) -> f64 {
    divmod_f64(a, b).1
}

/// Compares an int with a float exactly; `None` if `f` is NaN.
pub fn cmp_int_float(i: IntRef<'_>, f: f64) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering;
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    if let IntRef::Small(i) = i {
        // Exact below 2**53 in magnitude.
        if i.unsigned_abs() < (1 << 53) {
            return (i as f64).partial_cmp(&f);
        }
    }
    // Compare the int with floor(f), then break ties with the fraction.
    let fl = f.floor();
    let big_floor = BigInt::from_f64(fl)?;
    let big = i.to_big();
    match big.cmp(&big_floor) {
        Ordering::Equal => {
            if f > fl {
                Some(Ordering::Less)
            } else {
                Some(Ordering::Equal)
            }
        }
        other => Some(other),
    }
}

/// Converts a finite float to an int, truncating toward zero; `None` for NaN/inf.
pub fn f64_to_bigint(f: f64) -> Option<BigInt> {
    if !f.is_finite() {
        return None;
    }
    BigInt::from_f64(f.trunc())
}

/// The `i64` value of a big int if it fits.
pub fn big_to_i64(b: &BigInt) -> Option<i64> {
    b.to_i64()
}

/// `base ** exp` for small ints with non-negative `exp`, `None` on overflow.
pub fn pow_i64(base: i64, exp: i64) -> Option<i64> {
    let exp = u32::try_from(exp).ok()?;
    base.checked_pow(exp)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floor_division_and_modulo_follow_the_divisor_sign() {
        assert_eq!(floordiv_i64(7, 2), Some(3));
        assert_eq!(floordiv_i64(-7, 2), Some(-4));
        assert_eq!(floordiv_i64(7, -2), Some(-4));
        assert_eq!(mod_i64(-7, 2), Some(1));
        assert_eq!(mod_i64(7, -2), Some(-1));
        assert_eq!(mod_i64(i64::MIN, -1), Some(0));
        assert_eq!(floordiv_i64(i64::MIN, -1), None);
        assert_eq!(floordiv_i64(1, 0), None);
    }

    #[test]
    fn float_divmod_matches_cpython() {
        assert_eq!(divmod_f64(7.5, 2.0), (3.0, 1.5));
        assert_eq!(divmod_f64(-7.5, 2.0), (-4.0, 0.5));
        assert_eq!(divmod_f64(7.5, -2.0), (-4.0, -0.5));
        assert_eq!(mod_f64(-0.0, 5.0).to_bits(), 0.0f64.to_bits());
    }

    #[test]
    fn numeric_hashes_agree_across_types() {
        assert_eq!(hash_i64(1), 1);
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_f64(1.0), 1);
        assert_eq!(hash_f64(-1.0), -2);
        assert_eq!(
            hash_f64(1e20),
            hash_big(&BigInt::from(100_000_000_000_000_000_000u128))
        );
        // Values checked against CPython 3.11: hash(0.5), hash(2**61), hash(-2**63).
        assert_eq!(hash_f64(0.5), 1_152_921_504_606_846_976);
        assert_eq!(hash_big(&(BigInt::from(1) << 61)), 1);
        assert_eq!(hash_i64(i64::MIN), -4);
        assert_eq!(hash_f64(1.5), 1_152_921_504_606_846_977);
    }

    #[test]
    fn int_float_comparison_is_exact() {
        use std::cmp::Ordering::*;
        let big = (1i64 << 53) + 1;
        assert_eq!(cmp_int_float(IntRef::Small(big), big as f64), Some(Greater));
        assert_eq!(cmp_int_float(IntRef::Small(3), 3.5), Some(Less));
        assert_eq!(cmp_int_float(IntRef::Small(-3), -3.5), Some(Greater));
        assert_eq!(cmp_int_float(IntRef::Small(3), f64::NAN), None);
    }
}
