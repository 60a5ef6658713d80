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
    // Rust's `{:e}` prints the shortest round-tripping digits: "-1.2345e-7". When two
    // candidates of that length both round-trip, CPython takes the one nearest the exact
    // value (ties to even); Rust may take the other, so re-round to that many digits with
    // the exactly-rounded formatter and keep the result if it still round-trips.
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
    let (mantissa, exp) = sci.split_once('e').expect("{:e} always has an exponent");
    let exp: i32 = exp.parse().expect("exponent is an integer");
    let (negative, mantissa) = match mantissa.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, mantissa),
    };
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    // The value is 0.DIGITS × 10^decpt.
    let decpt = exp + 1;
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    if decpt > -4 && decpt <= 16 {
        if decpt <= 0 {
            out.push_str("0.");
            out.push_str(&"0".repeat((-decpt) as usize));
            out.push_str(&digits);
        } else if decpt as usize >= digits.len() {
            out.push_str(&digits);
            out.push_str(&"0".repeat(decpt as usize - digits.len()));
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
        let _ = write!(out, "e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs());
    }
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
