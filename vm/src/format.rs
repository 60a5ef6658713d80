//! The format-spec mini-language (`format(x, spec)`, f-string fields) for ints, floats and
//! strs, and the float renderings shared with `%`-formatting and `round`.

use crate::object::int::IntRef;

/// A parsed `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct FormatSpec {
    /// Fill character.
    pub fill: Option<char>,
    /// `<`, `>`, `=` or `^`.
    pub align: Option<char>,
    /// `+`, `-` or ` `.
    pub sign: Option<char>,
    /// `z`: negative zero becomes positive.
    pub no_neg_zero: bool,
    /// `#`.
    pub alternate: bool,
    /// `0` before the width.
    pub zero: bool,
    /// Minimum width.
    pub width: Option<usize>,
    /// `,` or `_`.
    pub grouping: Option<char>,
    /// Precision.
    pub precision: Option<usize>,
    /// Presentation type.
    pub ty: Option<char>,
}

/// Parses a format spec; `Err` carries CPython's message.
pub(crate) fn parse_spec(spec: &str) -> Result<FormatSpec, String> {
    let chars: Vec<char> = spec.chars().collect();
    let mut i = 0;
    let mut out = FormatSpec::default();
    let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
    if chars.len() >= 2 && is_align(chars[1]) {
        out.fill = Some(chars[0]);
        out.align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        out.align = Some(chars[0]);
        i = 1;
    }
    if i < chars.len() && matches!(chars[i], '+' | '-' | ' ') {
        out.sign = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == 'z' {
        out.no_neg_zero = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '#' {
        out.alternate = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '0' {
        out.zero = true;
        i += 1;
    }
    let start = i;
    while i < chars.len() && chars[i].is_ascii_digit() {
        i += 1;
    }
    if i > start {
        out.width = Some(spec_number(&chars[start..i])?);
    }
    if i < chars.len() && matches!(chars[i], ',' | '_') {
        out.grouping = Some(chars[i]);
        i += 1;
        // A second separator is an error of its own.
        if let Some(&next @ (',' | '_')) = chars.get(i) {
            let first = chars[i - 1];
            return Err(if next == first {
                format!("Cannot specify '{first}' with '{first}'.")
            } else {
                "Cannot specify both ',' and '_'.".to_owned()
            });
        }
    }
    if i < chars.len() && chars[i] == '.' {
        i += 1;
        let start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return Err("Format specifier missing precision".to_owned());
        }
        out.precision = Some(spec_number(&chars[start..i])?);
    }
    if i < chars.len() {
        out.ty = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() {
        return Err("Invalid format specifier".to_owned());
    }
    Ok(out)
}

/// A width or precision: CPython reads them as a `Py_ssize_t`, so anything above
/// `sys.maxsize` is refused.
fn spec_number(digits: &[char]) -> Result<usize, String> {
    digits
        .iter()
        .try_fold(0i64, |n, &d| {
            n.checked_mul(10)?.checked_add(i64::from(d.to_digit(10)?))
        })
        .and_then(|n| usize::try_from(n).ok())
        .ok_or_else(|| "Too many decimal digits in format string".to_owned())
}

/// Pads `body` (with its sign/prefix split off as `prefix`) to the spec's width.
fn pad(spec: &FormatSpec, prefix: &str, body: &str, default_align: char) -> String {
    // A `0` before the width fills with zeros whatever the alignment (`<08` too).
    let fill = spec.fill.unwrap_or(if spec.zero { '0' } else { ' ' });
    let align = spec.align.unwrap_or(if spec.zero && spec.fill.is_none() {
        '='
    } else {
        default_align
    });
    let len = prefix.chars().count() + body.chars().count();
    let width = spec.width.unwrap_or(0);
    // Built with `push_str` into one buffer of the final size: `format!` costs several
    // hundred instructions a call, more than the copying itself for a short field.
    let n = width.saturating_sub(len);
    let (before, between, after) = match align {
        '<' => (0, 0, n),
        '^' => (n / 2, 0, n - n / 2),
        '=' => (0, n, 0),
        _ => (n, 0, 0),
    };
    let mut out = String::with_capacity(prefix.len() + body.len() + n * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, before));
    out.push_str(prefix);
    out.extend(std::iter::repeat_n(fill, between));
    out.push_str(body);
    out.extend(std::iter::repeat_n(fill, after));
    out
}

/// Inserts `sep` every three digits of a run of decimal digits (or every four for hex-like
/// bases, as CPython does with `_`).
fn group_digits(digits: &str, sep: char, every: usize) -> String {
    let n = digits.len();
    let mut out = String::with_capacity(n + n / every);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// Groups `digits`; under the `0` flag (with no explicit fill or alignment) the zeros of the
/// padding are grouped too, as CPython does (`format(42, "010,")` is `00,000,042`): zeros are
/// added until the grouped run fills the width left after `other` characters, and the run
/// never starts with a separator, so it may overshoot the width by one.
fn group_zero_padded(
    spec: &FormatSpec,
    digits: &str,
    sep: char,
    every: usize,
    other: usize,
) -> String {
    let mut grouped = group_digits(digits, sep, every);
    if spec.zero && spec.fill.is_none() && spec.align.is_none() {
        let needed = spec.width.unwrap_or(0).saturating_sub(other);
        let mut padded = digits.to_owned();
        while grouped.chars().count() < needed {
            padded.insert(0, '0');
            grouped = group_digits(&padded, sep, every);
        }
    }
    grouped
}

fn sign_prefix(negative: bool, sign: Option<char>) -> &'static str {
    match (negative, sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

/// The digits of `|value|` in `radix` (2, 8, 10 or 16; lowercase): an int in `i64` range
/// never becomes a `BigInt` for it.
pub(crate) fn magnitude_digits(value: IntRef<'_>, radix: u32) -> String {
    match value {
        IntRef::Small(i) => {
            let m = i.unsigned_abs();
            match radix {
                2 => format!("{m:b}"),
                8 => format!("{m:o}"),
                16 => format!("{m:x}"),
                _ => decimal_digits(m),
            }
        }
        IntRef::Big(b) => b.magnitude().to_str_radix(radix),
    }
}

/// The decimal digits of `m`, written at the end of `buf` without going through
/// `core::fmt`.
fn ascii_decimal(mut m: u64, buf: &mut [u8; 20]) -> &str {
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (m % 10) as u8;
        m /= 10;
        if m == 0 {
            break;
        }
    }
    std::str::from_utf8(&buf[at..]).unwrap_or_default()
}

/// The decimal digits of `m` as a `String`.
fn decimal_digits(m: u64) -> String {
    ascii_decimal(m, &mut [0; 20]).to_owned()
}

/// `format(i, spec)` for an int.
pub(crate) fn format_int(value: IntRef<'_>, spec: &FormatSpec) -> Result<String, String> {
    match spec.ty {
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
            let f = match value {
                IntRef::Small(i) => i as f64,
                IntRef::Big(b) => num_traits::ToPrimitive::to_f64(b).unwrap_or(f64::INFINITY),
            };
            return format_float(f, spec);
        }
        // A separator with 's' is refused first (CPython checks the separator before the type).
        Some('s') => {
            return Err(match spec.grouping {
                Some(sep) => format!("Cannot specify '{sep}' with 's'."),
                None => "Unknown format code 's' for object of type 'int'".to_owned(),
            })
        }
        _ => {}
    }
    if spec.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".to_owned());
    }
    if spec.no_neg_zero {
        return Err(
            "Negative zero coercion (z) not allowed in integer format specifier".to_owned(),
        );
    }
    // ',' groups only decimal digits; '_' also groups every 4 binary/octal/hex digits.
    if let (Some(sep), Some(t)) = (spec.grouping, spec.ty) {
        let refused = match sep {
            ',' => matches!(t, 'b' | 'o' | 'x' | 'X' | 'c' | 'n'),
            _ => matches!(t, 'c' | 'n'),
        };
        if refused {
            return Err(format!("Cannot specify '{sep}' with '{t}'."));
        }
    }
    let negative = value.is_negative();
    let (digits, prefix) = match spec.ty {
        None | Some('d') | Some('n') => (magnitude_digits(value, 10), ""),
        Some('b') => (magnitude_digits(value, 2), "0b"),
        Some('o') => (magnitude_digits(value, 8), "0o"),
        Some('x') => (magnitude_digits(value, 16), "0x"),
        Some('X') => (magnitude_digits(value, 16).to_uppercase(), "0X"),
        Some('c') => {
            if spec.sign.is_some() {
                return Err("Sign not allowed with integer format specifier 'c'".to_owned());
            }
            if spec.alternate {
                return Err(
                    "Alternate form (#) not allowed with integer format specifier 'c'".to_owned(),
                );
            }
            let code = match value {
                IntRef::Small(i) => u32::try_from(i).ok(),
                IntRef::Big(b) => num_traits::ToPrimitive::to_u32(b),
            }
            .and_then(krait_ast::surrogate::char_of)
            .ok_or_else(|| "%c arg not in range(0x110000)".to_owned())?;
            return Ok(pad(spec, "", &code.to_string(), '<'));
        }
        Some(t) => {
            return Err(format!(
                "Unknown format code '{t}' for object of type 'int'"
            ))
        }
    };
    let digits = match spec.grouping {
        Some(sep) => {
            let every = if matches!(spec.ty, Some('b' | 'o' | 'x' | 'X')) {
                4
            } else {
                3
            };
            let mut head = sign_prefix(negative, spec.sign).len();
            if spec.alternate {
                head += prefix.len();
            }
            group_zero_padded(spec, &digits, sep, every, head)
        }
        None => digits,
    };
    let mut full_prefix = sign_prefix(negative, spec.sign).to_owned();
    if spec.alternate {
        full_prefix.push_str(prefix);
    }
    Ok(pad(spec, &full_prefix, &digits, '>'))
}

/// Digits after the point beyond which a finite double's exact decimal expansion has only
/// zeros: the smallest subnormal, 2**-1074, has 1074 of them; fewer significant digits fit.
const EXACT_DIGITS: usize = 1100;

/// `x` with `prec` digits after the point (`{:.prec$}`), for any `prec`: Rust's formatter
/// panics on precisions above `u16::MAX`, so the digits past the exact expansion are
/// appended as the zeros they are.
pub(crate) fn fixed_notation(x: f64, prec: usize) -> String {
    if let Some(s) = short_fixed(x, prec) {
        return s;
    }
    let mut s = format!("{:.*}", prec.min(EXACT_DIGITS), x);
    if prec > EXACT_DIGITS && x.is_finite() {
        s.push_str(&"0".repeat(prec - EXACT_DIGITS));
    }
    s
}

/// [`fixed_notation`] without the exact formatter, when a short decimal settles it: if
/// `n / 10^prec` (with `n` the nearest integer to `x * 10^prec`) converts back to `x`, and
/// the spacing of floats near `x` is below `10^-prec`, then `x`'s exact value lies within
/// half a unit of the last place of that decimal, which is therefore the exactly rounded
/// answer. (Rust's exact mode was most of the cost of an `f"{x:.3f}"`.) `None` leaves the
/// case to the exact formatter.
fn short_fixed(x: f64, prec: usize) -> Option<String> {
    // Powers of ten up to 10^15 are exact; `x * 10^prec < 2^51` (with the product's own
    // rounding) keeps the spacing of floats near `x`, at most `x * 2^-52`, below `10^-prec`,
    // and `n` exact.
    const POW10: [f64; 16] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    ];
    let scale = *POW10.get(prec)?;
    let scaled = x * scale;
    // (A negative zero keeps its sign through the exact formatter.)
    if !(x.is_sign_positive() && scaled < 2_251_799_813_685_248.0) {
        return None;
    }
    let n = scaled.round();
    // Both operands are exact, so the quotient is the float nearest `n / 10^prec`.
    if n / scale != x {
        return None;
    }
    let mut buf = [b'0'; 20];
    let digits = ascii_decimal(n as u64, &mut buf);
    let mut s = String::with_capacity(digits.len().max(prec + 1) + 1);
    if digits.len() > prec {
        let (whole, frac) = digits.split_at(digits.len() - prec);
        s.push_str(whole);
        if prec > 0 {
            s.push('.');
            s.push_str(frac);
        }
    } else {
        s.push('0');
        s.push('.');
        s.extend(std::iter::repeat_n('0', prec - digits.len()));
        s.push_str(digits);
    }
    Some(s)
}

/// `x` as Rust's `{:.prec$e}` (`1.5e0`) for any `prec`, as [`fixed_notation`] does.
fn rust_exp(x: f64, prec: usize) -> String {
    let s = format!("{:.*e}", prec.min(EXACT_DIGITS), x);
    if prec <= EXACT_DIGITS || !x.is_finite() {
        return s;
    }
    let (mantissa, exp) = s.split_once('e').unwrap_or((&s, "0"));
    format!("{mantissa}{}e{exp}", "0".repeat(prec - EXACT_DIGITS))
}

/// `x` rendered with `prec` digits after the point in exponent notation, CPython style
/// (`1.500000e+00`).
pub(crate) fn exp_notation(x: f64, prec: usize, upper: bool) -> String {
    let s = rust_exp(x, prec);
    let (mantissa, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let e = if upper { 'E' } else { 'e' };
    format!(
        "{mantissa}{e}{}{:02}",
        if exp < 0 { '-' } else { '+' },
        exp.abs()
    )
}

/// The `g` presentation of a finite `x` with `prec` significant digits.
fn general(x: f64, prec: usize, alternate: bool, upper: bool) -> String {
    general_from(x, prec, alternate, upper, prec.max(1) as i32)
}

/// [`general`], switching to exponent notation once the exponent reaches `sci_from`
/// (`prec` for `g`; `prec - 1` for the spec without a type, which keeps a digit after the
/// point in fixed notation).
fn general_from(x: f64, prec: usize, alternate: bool, upper: bool, sci_from: i32) -> String {
    let p = prec.max(1);
    if x == 0.0 && sci_from > 0 {
        let mut s = String::from("0");
        if alternate {
            s.push('.');
            s.push_str(&"0".repeat(p - 1));
        }
        return if x.is_sign_negative() {
            format!("-{s}")
        } else {
            s
        };
    }
    let sci = rust_exp(x, p - 1);
    let exp: i32 = sci
        .split_once('e')
        .map_or(0, |(_, e)| e.parse().unwrap_or(0));
    let mut s = if exp >= -4 && exp < sci_from {
        fixed_notation(x, (p as i32 - 1 - exp).max(0) as usize)
    } else {
        exp_notation(x, p - 1, upper)
    };
    if !alternate {
        s = strip_fraction_zeros(&s);
    } else if !s.contains('.') {
        // The alternate form always has a decimal point.
        let at = s.find(['e', 'E']).unwrap_or(s.len());
        s.insert(at, '.');
    }
    s
}

/// Removes trailing zeros of the fraction (and a bare point) in fixed or exponent form.
fn strip_fraction_zeros(s: &str) -> String {
    let (mantissa, rest) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], &s[i..]),
        None => (s, ""),
    };
    if !mantissa.contains('.') {
        return s.to_owned();
    }
    let m = mantissa.trim_end_matches('0').trim_end_matches('.');
    format!("{m}{rest}")
}

/// `format(x, spec)` for a float.
pub(crate) fn format_float(x: f64, spec: &FormatSpec) -> Result<String, String> {
    let upper = matches!(spec.ty, Some('E' | 'F' | 'G'));
    let mut x = x;
    if spec.no_neg_zero && x == 0.0 {
        x = 0.0;
    }
    let negative = x.is_sign_negative() && !x.is_nan();
    let ax = x.abs();
    let mut body = if !ax.is_finite() {
        let s = if ax.is_nan() { "nan" } else { "inf" };
        let mut s = if upper {
            s.to_uppercase()
        } else {
            s.to_owned()
        };
        if spec.ty == Some('%') {
            s.push('%');
        }
        s
    } else {
        match spec.ty {
            Some('f' | 'F') => fixed_notation(ax, spec.precision.unwrap_or(6)),
            Some('e' | 'E') => exp_notation(ax, spec.precision.unwrap_or(6), upper),
            Some('g' | 'G' | 'n') => {
                general(ax, spec.precision.unwrap_or(6), spec.alternate, upper)
            }
            Some('%') => fixed_notation(ax * 100.0, spec.precision.unwrap_or(6)) + "%",
            None => match spec.precision {
                None => krait_ast::repr::float_repr(ax),
                Some(p) => {
                    let sci_from = p.max(1) as i32 - 1;
                    let s = general_from(ax, p, spec.alternate, false, sci_from);
                    if s.contains(['.', 'e', 'n', 'i']) {
                        s
                    } else {
                        format!("{s}.0")
                    }
                }
            },
            Some(t) => {
                return Err(format!(
                    "Unknown format code '{t}' for object of type 'float'"
                ))
            }
        }
    };
    if spec.alternate
        && ax.is_finite()
        && !body.contains('.')
        && matches!(spec.ty, Some('f' | 'F' | 'e' | 'E' | '%'))
    {
        let at = body.find(['e', 'E', '%']).unwrap_or(body.len());
        body.insert(at, '.');
    }
    if let Some(sep) = spec.grouping {
        let end = body.find(['.', 'e', 'E', '%']).unwrap_or(body.len());
        if body[..end].bytes().all(|b| b.is_ascii_digit()) {
            let other = sign_prefix(negative, spec.sign).len() + body[end..].chars().count();
            let grouped = group_zero_padded(spec, &body[..end], sep, 3, other);
            body = format!("{grouped}{}", &body[end..]);
        }
    }
    Ok(pad(spec, sign_prefix(negative, spec.sign), &body, '>'))
}

/// `format(s, spec)` for a str.
pub(crate) fn format_str(s: &str, spec: &FormatSpec) -> Result<String, String> {
    match spec.ty {
        None | Some('s') => {}
        Some(t) => {
            return Err(format!(
                "Unknown format code '{t}' for object of type 'str'"
            ))
        }
    }
    if let Some(sep) = spec.grouping {
        return Err(format!("Cannot specify '{sep}' with 's'."));
    }
    if spec.sign.is_some() {
        return Err("Sign not allowed in string format specifier".to_owned());
    }
    if spec.alternate {
        return Err("Alternate form (#) not allowed in string format specifier".to_owned());
    }
    if spec.align == Some('=') {
        return Err("'=' alignment not allowed in string format specifier".to_owned());
    }
    let body: String = match spec.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_owned(),
    };
    // A `0` before the width pads a str with zeros on the right: the default alignment
    // stays left (there is no sign to pad after).
    if spec.zero && spec.align.is_none() {
        let zeroed = FormatSpec {
            align: Some('<'),
            ..spec.clone()
        };
        return Ok(pad(&zeroed, "", &body, '<'));
    }
    Ok(pad(spec, "", &body, '<'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fi(v: i64, s: &str) -> String {
        format_int(IntRef::Small(v), &parse_spec(s).unwrap()).unwrap()
    }

    fn ff(v: f64, s: &str) -> String {
        format_float(v, &parse_spec(s).unwrap()).unwrap()
    }

    // Expected strings checked against CPython 3.11's format().
    #[test]
    fn ints_format_like_cpython() {
        assert_eq!(fi(1234567, ","), "1,234,567");
        assert_eq!(fi(1234567, "_"), "1_234_567");
        assert_eq!(fi(255, "#x"), "0xff");
        assert_eq!(fi(255, "08b"), "11111111");
        assert_eq!(fi(-42, "=+8"), "-     42");
        assert_eq!(fi(42, " d"), " 42");
        assert_eq!(fi(-255, "#X"), "-0XFF");
        assert_eq!(fi(3, "03"), "003");
        assert_eq!(fi(123, "c"), "{");
        assert_eq!(fi(5, "f"), "5.000000");
        assert_eq!(fi(100, "e"), "1.000000e+02");
    }

    #[test]
    fn floats_format_like_cpython() {
        assert_eq!(ff(3.14259, ".2f"), "3.14");
        assert_eq!(ff(3.14259, "10.3f"), "     3.143");
        assert_eq!(ff(1e20, ""), "1e+20");
        assert_eq!(ff(1.5, ">10"), "       1.5");
        assert_eq!(ff(123456.789, ".3g"), "1.23e+05");
        assert_eq!(ff(0.0001234, "g"), "0.0001234");
        assert_eq!(ff(1234.5, ".2"), "1.2e+03");
        assert_eq!(ff(1.0, ".3"), "1.0");
        assert_eq!(
            ff(12345678901234567890.0, ",.2f"),
            "12,345,678,901,234,567,168.00"
        );
        assert_eq!(ff(0.5, "%"), "50.000000%");
        assert_eq!(ff(1.5, "e"), "1.500000e+00");
        assert_eq!(ff(-0.0, ".1f"), "-0.0");
        assert_eq!(ff(f64::INFINITY, ".2f"), "inf");
        assert_eq!(ff(f64::NAN, "F"), "NAN");
        assert_eq!(ff(1e16, ".17g"), "10000000000000000");
        assert_eq!(ff(2.5, ".0f"), "2");
        assert_eq!(ff(3.5, ".0f"), "4");
        assert_eq!(ff(1234567.0, ","), "1,234,567.0");
    }

    #[test]
    fn strs_format_like_cpython() {
        let f = |v: &str, s: &str| format_str(v, &parse_spec(s).unwrap()).unwrap();
        assert_eq!(f("abc", "^9"), "   abc   ");
        assert_eq!(f("abc", "*>7"), "****abc");
        assert_eq!(f("abcdef", ".3"), "abc");
    }
}
