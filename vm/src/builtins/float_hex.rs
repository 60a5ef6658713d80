//! `float.hex()` and `float.fromhex()`: exact hexadecimal forms of floats, read back with
//! round-half-even to the nearest double (subnormals included).

use num_bigint::BigInt;
use num_traits::{One, ToPrimitive, Zero};

use crate::builtins::method_arity;
use crate::error::PyResult;
use crate::object::function::KwArgs;
use crate::object::Payload;
use crate::value::Value;
use crate::vm::Vm;

/// `x.hex()`: `[-]0x1.<13 hex digits>p<exp>` (`0x0.…p-1022` for subnormals).
pub(crate) fn hex(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "float.hex", args, 0, 0)?;
    let f = crate::builtins::numbers::to_float(vm, args[0])?;
    let s = if f.is_nan() {
        "nan".to_owned()
    } else if f.is_infinite() {
        if f < 0.0 { "-inf" } else { "inf" }.to_owned()
    } else if f == 0.0 {
        if f.is_sign_negative() {
            "-0x0.0p+0"
        } else {
            "0x0.0p+0"
        }
        .to_owned()
    } else {
        let bits = f.to_bits();
        let sign = if f < 0.0 { "-" } else { "" };
        let exp = ((bits >> 52) & 0x7ff) as i64;
        let mant = bits & ((1 << 52) - 1);
        let (lead, e) = if exp == 0 {
            (0, -1022)
        } else {
            (1, exp - 1023)
        };
        format!("{sign}0x{lead}.{mant:013x}p{e:+}")
    };
    Ok(vm.new_str(s))
}

/// Parses the text of `float.fromhex`; `Err(true)` for overflow, `Err(false)` for bad syntax.
fn parse(text: &str) -> Result<f64, bool> {
    let s = text.trim_matches(crate::builtins::str::is_py_space);
    let (neg, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = body.to_ascii_lowercase();
    let signed = |v: f64| if neg { -v } else { v };
    if lower == "inf" || lower == "infinity" {
        return Ok(signed(f64::INFINITY));
    }
    if lower == "nan" {
        return Ok(signed(f64::NAN));
    }
    let rest = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mant, exp) = match rest.find('p') {
        Some(i) => (&rest[..i], Some(&rest[i + 1..])),
        None => (rest, None),
    };
    let (int_part, frac_part) = match mant.find('.') {
        Some(i) => (&mant[..i], &mant[i + 1..]),
        None => (mant, ""),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(false);
    }
    let mut m = BigInt::zero();
    for c in int_part.chars().chain(frac_part.chars()) {
        let d = c.to_digit(16).ok_or(false)?;
        m = m * 16 + d;
    }
    let e: i64 = match exp {
        Some(t) => {
            let digits = t.strip_prefix(['+', '-']).unwrap_or(t);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(false);
            }
            // Huge exponents saturate: the value is then zero or an overflow anyway.
            t.parse::<i64>().unwrap_or(if t.starts_with('-') {
                -1 << 40
            } else {
                1 << 40
            })
        }
        None => 0,
    };
    let e = e - 4 * frac_part.len() as i64;
    if m.is_zero() {
        return Ok(signed(0.0));
    }
    // value = m * 2**e; keep 53 bits (fewer below the normal range), rounding half to even.
    let top = m.bits() as i64 + e;
    if top > 1024 {
        return Err(true);
    }
    // Below half the smallest subnormal: zero (and no shift by a huge count below).
    if top <= -1075 {
        return Ok(signed(0.0));
    }
    let lsb = (top - 53).max(-1074);
    let shift = lsb - e;
    let mantissa = if shift <= 0 {
        m << (-shift) as u64
    } else {
        let shift = shift as u64;
        let q: BigInt = &m >> shift;
        let r = &m - (&q << shift);
        let half = BigInt::one() << (shift - 1);
        if r > half || (r == half && q.bit(0)) {
            q + 1
        } else {
            q
        }
    };
    let mf = mantissa.to_f64().ok_or(true)?;
    // Scale in two exact steps so the subnormal range is reached without double rounding.
    let v = if lsb < -1000 {
        mf * 2f64.powi((lsb + 600) as i32) * 2f64.powi(-600)
    } else {
        mf * 2f64.powi(lsb as i32)
    };
    if v.is_infinite() {
        return Err(true);
    }
    Ok(signed(v))
}

/// `float.fromhex(s)`.
pub(crate) fn fromhex(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "fromhex", args, 1, 1)?;
    let text = match args[1].payload() {
        Some(Payload::Str(s)) => s.as_str().to_owned(),
        _ => {
            let msg = format!(
                "fromhex() argument must be str, not {}",
                vm.type_name(args[1])
            );
            return Err(vm.type_error(msg));
        }
    };
    match parse(&text) {
        // `F.fromhex(s)` for a subclass `F` is `F(value)`, through its own constructor.
        Ok(v) if !args[0].is(Value::Obj(vm.s.types.float)) => {
            vm.call_value(args[0], &[Value::Float(v)], &[])
        }
        Ok(v) => Ok(Value::Float(v)),
        Err(true) => Err(vm.overflow_error("hexadecimal value too large to represent as a float")),
        Err(false) => Err(vm.value_error("invalid hexadecimal floating-point string")),
    }
}
