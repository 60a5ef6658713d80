//! Python's `repr` of the literal types, shared by the AST dump and the VM so both print
//! exactly what CPython prints: floats in their shortest round-tripping form, strings and
//! bytes with CPython's choice of quotes and escapes.

use std::fmt::Write;

use crate::PyString;

/// `repr(x)` for a float: the shortest digits that round-trip, in fixed notation when the
/// decimal exponent is in `-4 < e <= 16`, otherwise as `d.ddde±XX`; `inf`, `-inf`, `nan`.
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".to_owned();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.to_owned();
    }
    // Rust's `{:e}` prints the shortest round-tripping digits ("-1.2345e-7") in one pass;
    // they go to a stack buffer and are laid out from there, with no reparse.
    let mut sci = SciBuffer::default();
    if write!(sci, "{:e}", x).is_err() {
        return slow_float_repr(x);
    }
    let Some(parts) = sci.parts() else {
        return slow_float_repr(x);
    };
    if parts.last_digit_odd() && parts.is_exact_tie(x) {
        // The exact value lies halfway between two shortest candidates: Rust rounds such
        // ties up where CPython takes the even one, so let the exactly-rounded path decide.
        return slow_float_repr(x);
    }
    let mut out = String::with_capacity(parts.digits.len() + 8);
    lay_out(&mut out, parts.negative, parts.digits, parts.exp + 1);
    out
}

/// The text of `{:e}` for an f64 (at most 24 bytes: "-1.2345678901234567e-308").
#[derive(Default)]
struct SciBuffer {
    bytes: [u8; 32],
    len: usize,
}

impl Write for SciBuffer {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let end = self.len + s.len();
        let slot = self.bytes.get_mut(self.len..end).ok_or(std::fmt::Error)?;
        slot.copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

/// `{:e}` split up: sign, the significant digits without the point, the decimal exponent of
/// the first digit.
struct SciParts {
    negative: bool,
    digits: DigitBuf,
    exp: i32,
}

/// Up to 17 significant digits as ASCII.
struct DigitBuf {
    bytes: [u8; 24],
    len: usize,
}

impl DigitBuf {
    fn len(&self) -> usize {
        self.len
    }

    fn as_bytes(&self) -> &[u8] {
        &self.bytes[..self.len]
    }
}

impl SciBuffer {
    fn parts(&self) -> Option<SciParts> {
        let text = &self.bytes[..self.len];
        let (negative, text) = match text.split_first() {
            Some((b'-', rest)) => (true, rest),
            _ => (false, text),
        };
        let e_at = text.iter().position(|&b| b == b'e')?;
        let mut digits = DigitBuf {
            bytes: [0; 24],
            len: 0,
        };
        for &b in &text[..e_at] {
            if b.is_ascii_digit() {
                *digits.bytes.get_mut(digits.len)? = b;
                digits.len += 1;
            }
        }
        if digits.len == 0 {
            return None;
        }
        let exp_text = &text[e_at + 1..];
        let (exp_negative, exp_digits) = match exp_text.split_first() {
            Some((b'-', rest)) => (true, rest),
            _ => (false, exp_text),
        };
        if exp_digits.is_empty() || exp_digits.len() > 4 {
            return None;
        }
        let mut exp = 0i32;
        for &b in exp_digits {
            if !b.is_ascii_digit() {
                return None;
            }
            exp = exp * 10 + i32::from(b - b'0');
        }
        Some(SciParts {
            negative,
            digits,
            exp: if exp_negative { -exp } else { exp },
        })
    }
}

impl SciParts {
    fn last_digit_odd(&self) -> bool {
        self.digits.as_bytes().last().is_some_and(|d| d % 2 == 1)
    }

    /// Whether `|x|` is exactly halfway between the printed digits and a neighbour one unit
    /// of the last digit away: `2|x| == (2M ± 1) · 10^k`, with M the digits as an integer and
    /// 10^k the last digit's weight. Decided exactly in u128; when the two sides are equal
    /// their common value is below 2^112, so an overflow means they differ.
    fn is_exact_tie(&self, x: f64) -> bool {
        let bits = x.to_bits();
        let biased = ((bits >> 52) & 0x7ff) as i32;
        let fraction = bits & ((1 << 52) - 1);
        let (m, e2) = if biased == 0 {
            (fraction, -1074)
        } else {
            (fraction | (1 << 52), biased - 1075)
        };
        if m == 0 {
            return false;
        }
        let mut big_m: u64 = 0;
        for &d in self.digits.as_bytes() {
            big_m = big_m * 10 + u64::from(d - b'0');
        }
        let k = self.exp - (self.digits.len() as i32 - 1);
        // m · 2^(e2+1) == N · 2^k · 5^k: move the negative powers to the other side.
        let p2 = e2 + 1 - k;
        let p5 = -k;
        [2 * big_m - 1, 2 * big_m + 1]
            .into_iter()
            .any(|n| sides_equal(u128::from(m), u128::from(n), p2, p5))
    }
}

/// Whether `left · 2^p2 · 5^p5 == right`, the negative powers moved to the right side.
fn sides_equal(left: u128, right: u128, p2: i32, p5: i32) -> bool {
    let scale = |v: u128, twos: i32, fives: i32| -> Option<u128> {
        let mut v = v.checked_mul(1u128.checked_shl(twos.max(0) as u32)?)?;
        for _ in 0..fives.max(0) {
            v = v.checked_mul(5)?;
        }
        Some(v)
    };
    match (scale(left, p2, p5), scale(right, -p2, -p5)) {
        (Some(a), Some(b)) => a == b,
        _ => false,
    }
}

/// Writes the value `0.DIGITS × 10^decpt` with CPython's repr layout.
fn lay_out(out: &mut String, negative: bool, digits: DigitBuf, decpt: i32) {
    let digits = std::str::from_utf8(digits.as_bytes()).unwrap_or("0");
    if negative {
        out.push('-');
    }
    if decpt > -4 && decpt <= 16 {
        if decpt <= 0 {
            out.push_str("0.");
            for _ in 0..-decpt {
                out.push('0');
            }
            out.push_str(digits);
        } else if decpt as usize >= digits.len() {
            out.push_str(digits);
            for _ in 0..decpt as usize - digits.len() {
                out.push('0');
            }
            out.push_str(".0");
        } else {
            out.push_str(&digits[..decpt as usize]);
            out.push('.');
            out.push_str(&digits[decpt as usize..]);
        }
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        let e = decpt - 1;
        out.push('e');
        out.push(if e < 0 { '-' } else { '+' });
        let e = e.unsigned_abs();
        if e >= 100 {
            out.push(char::from(b'0' + (e / 100) as u8));
        }
        out.push(char::from(b'0' + (e / 10 % 10) as u8));
        out.push(char::from(b'0' + (e % 10) as u8));
    }
}

/// The reference path for exact ties: when two shortest candidates both round-trip, CPython
/// takes the one nearest the exact value (ties to even); re-round to that many digits with
/// the exactly-rounded formatter and keep the result if it still round-trips.
fn slow_float_repr(x: f64) -> String {
    let shortest = format!("{:e}", x);
    let digit_count = shortest
        .split('e')
        .next()
        .map_or(1, |m| m.bytes().filter(u8::is_ascii_digit).count());
    let nearest = format!("{:.*e}", digit_count.saturating_sub(1), x);
    let sci = if nearest.parse::<f64>() == Ok(x) {
        nearest
    } else {
        shortest
    };
    let mut parsed = SciBuffer::default();
    let Some(parts) = write!(parsed, "{sci}").ok().and_then(|()| parsed.parts()) else {
        return sci;
    };
    let mut out = String::with_capacity(parts.digits.len() + 8);
    lay_out(&mut out, parts.negative, parts.digits, parts.exp + 1);
    out
}

/// Whether CPython's `str.isprintable()` holds for `c`: control characters, separators other
/// than the space, format characters, surrogates, private-use and unassigned code points are
/// escaped. Exact for Unicode 14.0 (CPython 3.11), from a generated range table.
pub fn is_printable(c: char) -> bool {
    crate::printable::is_printable(c)
}

/// `repr(s)` for a str: single quotes unless the text holds a `'` and no `"`.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        push_repr_char(&mut out, crate::surrogate::code_point(c), quote);
    }
    out.push(quote);
    out
}

/// `repr(s)` for a str that may hold lone surrogates (escaped as `\udXXX`, as CPython does).
pub fn py_str_repr(s: &PyString) -> String {
    if let Some(text) = s.as_str() {
        return str_repr(text);
    }
    let has = |c: char| s.code_points().any(|p| p == u32::from(c));
    let quote = if has('\'') && !has('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.as_bytes().len() + 2);
    out.push(quote);
    for c in s.code_points() {
        push_repr_char(&mut out, c, quote);
    }
    out.push(quote);
    out
}

fn push_repr_char(out: &mut String, code_point: u32, quote: char) {
    let Some(c) = char::from_u32(code_point) else {
        // A surrogate: never printable, always four hex digits.
        let _ = write!(out, "\\u{code_point:04x}");
        return;
    };
    match c {
        '\\' => out.push_str("\\\\"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        c if c == quote => {
            out.push('\\');
            out.push(c);
        }
        c if is_printable(c) => out.push(c),
        c if (c as u32) < 0x100 => {
            let _ = write!(out, "\\x{:02x}", c as u32);
        }
        c if (c as u32) < 0x10000 => {
            let _ = write!(out, "\\u{:04x}", c as u32);
        }
        c => {
            let _ = write!(out, "\\U{:08x}", c as u32);
        }
    }
}

/// `repr(b)` for bytes: `b'…'` with ASCII printables as they are and `\xNN` for the rest.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &byte in b {
        match byte {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            q if q == quote => {
                out.push('\\');
                out.push(q as char);
            }
            0x20..=0x7e => out.push(byte as char),
            _ => {
                let _ = write!(out, "\\x{:02x}", byte);
            }
        }
    }
    out.push(quote as char);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_print_like_cpython() {
        let cases = [
            (0.1, "0.1"),
            (1.0, "1.0"),
            (-0.0, "-0.0"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (123456789012345678.0, "1.2345678901234568e+17"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (1.5e-7, "1.5e-07"),
            (2.5, "2.5"),
            (1e300 * 10.0, "1e+301"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1e22, "1e+22"),
            (12345.678, "12345.678"),
            (1e15 + 0.3, "1000000000000000.2"),
            (5e-324, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (-0.0, "-0.0"),
            (2.5e-5, "2.5e-05"),
            (9999999999999998.0, "9999999999999998.0"),
            (1.5e-323, "1.5e-323"),
            // Exact ties between two shortest candidates go to the even digit.
            (f64::from_bits(14046201109590658612), "-265033471150705.62"),
            (f64::from_bits(4831565284269021106), "1026260419402486.2"),
            (f64::from_bits(4819691421359384740), "166981865635141.12"),
        ];
        for (x, want) in cases {
            assert_eq!(float_repr(x), want, "repr of {x:?}");
        }
    }

    #[test]
    fn strings_quote_like_cpython() {
        assert_eq!(str_repr("abc"), "'abc'");
        assert_eq!(str_repr("it's"), "\"it's\"");
        assert_eq!(str_repr("both ' and \""), "'both \\' and \"'");
        assert_eq!(str_repr("a\nb\t\\"), "'a\\nb\\t\\\\'");
        assert_eq!(str_repr("\x00\x7f\u{a0}é"), "'\\x00\\x7f\\xa0é'");
        assert_eq!(str_repr("\u{200b}"), "'\\u200b'");
        assert_eq!(bytes_repr(b"a'\x00\xff"), "b\"a'\\x00\\xff\"");
        assert_eq!(bytes_repr(b"ok"), "b'ok'");
    }

    #[test]
    fn surrogates_print_as_escapes() {
        // Checked against `repr('a\ud800\'b\udfff')` in CPython 3.11.
        let mut s = PyString::from("a");
        s.push_code_point(0xd800);
        s.push_str("'b");
        s.push_code_point(0xdfff);
        assert_eq!(py_str_repr(&s), "\"a\\ud800'b\\udfff\"");
        assert_eq!(py_str_repr(&PyString::from("x'")), "\"x'\"");
    }
}
