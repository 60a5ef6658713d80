//! String and bytes literals: prefixes, escape sequences, implicit concatenation, and the
//! hand-off to the f-string parser.

use std::fmt::Write;

use krait_ast::{Constant, Expr, ExprKind, PyString, TextRange, TextSize};

use super::fstring::{self, FStringParts};
use super::{fail, range, Ex, PResult};
use crate::Ctx;

/// What a string token's prefix says, and where its body is.
#[derive(Clone, Copy, Debug)]
pub(crate) struct StrToken {
    pub(crate) bytes: bool,
    pub(crate) raw: bool,
    pub(crate) format: bool,
    pub(crate) unicode: bool,
    /// The text between the quotes, as offsets into the source.
    pub(crate) body: (usize, usize),
    /// The whole token.
    pub(crate) range: TextRange,
}

impl StrToken {
    pub(crate) fn new(source: &str, l: u32, r: u32) -> StrToken {
        let (start, end) = (l as usize, r as usize);
        let text = &source[start..end];
        let prefix_len = text.find(['\'', '"']).unwrap_or(0);
        let mut token = StrToken {
            bytes: false,
            raw: false,
            format: false,
            unicode: false,
            body: (0, 0),
            range: range(l, r),
        };
        for c in text[..prefix_len].chars() {
            match c.to_ascii_lowercase() {
                'b' => token.bytes = true,
                'r' => token.raw = true,
                'f' => token.format = true,
                _ => token.unicode = true,
            }
        }
        let rest = &text[prefix_len..];
        let quote_len =
            if rest.len() >= 6 && (rest.starts_with("'''") || rest.starts_with("\"\"\"")) {
                3
            } else {
                1
            };
        token.body = (start + prefix_len + quote_len, end - quote_len);
        token
    }
}

/// One or more adjacent string tokens: a `Constant` or, with an f-string among them, a
/// `JoinedStr`. Every piece of a `JoinedStr` gets the range of the whole run, as in CPython.
pub(crate) fn strings(ctx: &Ctx, first: (u32, u32), rest: Vec<(u32, u32)>) -> PResult<Ex> {
    let all = std::iter::once(first).chain(rest.iter().copied());
    let l = first.0;
    let r = rest.last().map_or(first.1, |t| t.1);
    let whole = range(l, r);
    // CPython reports literal errors at the token after the strings: the end of the run.
    let error_at = after_run(ctx.source, whole.end());
    let first_token = StrToken::new(ctx.source, first.0, first.1);
    // Only a lowercase `u` prefix shows in the tree (CPython checks the first byte).
    let u_prefix = ctx.source.as_bytes()[first.0 as usize] == b'u';
    let kind = u_prefix.then(|| "u".to_owned());

    if first_token.bytes {
        let mut value = Vec::new();
        for (tl, tr) in all {
            let token = StrToken::new(ctx.source, tl, tr);
            if !token.bytes {
                return fail("cannot mix bytes and nonbytes literals", error_at);
            }
            decode_bytes(ctx, &token, error_at, &mut value)?;
        }
        return Ok(Ex::leaf(
            ExprKind::Constant {
                value: Constant::Bytes(value),
                kind,
            },
            whole,
        ));
    }

    let mut parts = FStringParts::new(whole, u_prefix);
    let mut any_format = false;
    for (tl, tr) in all {
        let token = StrToken::new(ctx.source, tl, tr);
        if token.bytes {
            return fail("cannot mix bytes and nonbytes literals", error_at);
        }
        if token.format {
            any_format = true;
            fstring::parse(ctx, &token, &mut parts)?;
        } else {
            let body = &ctx.source[token.body.0..token.body.1];
            let mut invalid = None;
            let decoded = decode_str_noting(body, token.raw, &mut invalid)
                .map_err(|m| super::user(m.into_error(error_at)))?;
            if let Some(message) = invalid {
                ctx.warn(message, token.range);
            }
            parts.literal(decoded);
        }
    }
    if !any_format {
        let value = parts.into_literal();
        return Ok(Ex::leaf(
            ExprKind::Constant {
                value: Constant::Str(value),
                kind,
            },
            whole,
        ));
    }
    let (values, depth) = parts.finish(whole, u_prefix);
    Ex::node(ExprKind::JoinedStr { values }, whole, depth)
}

/// Where CPython reports an error inside a run of strings: at the token after the run (its
/// parser has read that token when it decodes the strings). Spaces and line continuations
/// are skipped; a comment or a line break is taken as the token (CPython's `NEWLINE` after a
/// comment starts at the `#`).
pub(crate) fn after_run(source: &str, end: TextSize) -> TextRange {
    let bytes = source.as_bytes();
    let mut i = usize::from(end);
    loop {
        match bytes.get(i) {
            Some(b' ' | b'\t' | b'\x0c') => i += 1,
            Some(b'\\') if matches!(bytes.get(i + 1), Some(b'\n' | b'\r')) => {
                i += if bytes[i + 1..].starts_with(b"\r\n") {
                    3
                } else {
                    2
                };
            }
            _ => break,
        }
    }
    TextRange::empty(TextSize::from(i as u32))
}

/// A `Constant` string piece of a `JoinedStr`.
pub(crate) fn str_constant(value: PyString, u_kind: bool, range: TextRange) -> Expr {
    Expr::new(
        ExprKind::Constant {
            value: Constant::Str(value),
            kind: u_kind.then(|| "u".to_owned()),
        },
        range,
    )
}

/// An escape-sequence error, worded as CPython's codec errors are.
#[derive(Debug)]
pub(crate) struct DecodeError(String);

impl DecodeError {
    pub(crate) fn into_error(self, at: TextRange) -> krait_ast::SyntaxError {
        krait_ast::SyntaxError::new(self.0, at)
    }

    fn unicode(start: usize, end: usize, what: &str) -> DecodeError {
        DecodeError(format!(
            "(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{end}: {what}"
        ))
    }
}

/// The line breaks of the source inside a literal all read as `\n`.
fn push_newline_normalised(out: &mut String, text: &str) {
    let mut rest = text;
    while let Some(i) = memchr::memchr(b'\r', rest.as_bytes()) {
        out.push_str(&rest[..i]);
        out.push('\n');
        rest = &rest[i + 1..];
        if let Some(after) = rest.strip_prefix('\n') {
            rest = after;
        }
    }
    out.push_str(rest);
}

/// As [`push_newline_normalised`], into a string that may already hold surrogates.
fn push_newline_normalised_py(out: &mut PyString, text: &str) {
    if memchr::memchr(b'\r', text.as_bytes()).is_none() {
        out.push_str(text);
        return;
    }
    let mut normalised = String::with_capacity(text.len());
    push_newline_normalised(&mut normalised, text);
    out.push_str(&normalised);
}

fn hex_value(digits: &str) -> Option<u32> {
    u32::from_str_radix(digits, 16).ok()
}

/// Decodes the body of a str literal (`raw`: only newlines are normalised).
#[cfg(test)]
pub(crate) fn decode_str(body: &str, raw: bool) -> Result<PyString, DecodeError> {
    decode_str_noting(body, raw, &mut None)
}

/// Decodes the body of a str literal (`raw`: only newlines are normalised), noting in
/// `invalid` the warning for the first invalid escape sequence (CPython warns once a
/// literal).
pub(crate) fn decode_str_noting(
    body: &str,
    raw: bool,
    invalid: &mut Option<String>,
) -> Result<PyString, DecodeError> {
    if raw || memchr::memchr(b'\\', body.as_bytes()).is_none() {
        let mut out = String::with_capacity(body.len());
        push_newline_normalised(&mut out, body);
        return Ok(out.into());
    }
    let mut out = PyString::from(String::with_capacity(body.len()));
    let b = body.as_bytes();
    let mut i = 0;
    let mut plain_start = 0;
    while i < b.len() {
        let Some(next) = memchr::memchr(b'\\', &b[i..]) else {
            break;
        };
        i += next;
        push_newline_normalised_py(&mut out, &body[plain_start..i]);
        let start = i;
        let Some(&c) = b.get(i + 1) else {
            // A lone trailing backslash (possible in an f-string piece, before a field's
            // `{`) stays.
            note_invalid(invalid, "invalid escape sequence '\\{'".to_owned());
            out.push('\\');
            i += 1;
            plain_start = i;
            continue;
        };
        i += 2;
        match c {
            b'\n' => {}
            b'\r' => {
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' => out.push('\\'),
            b'\'' => out.push('\''),
            b'"' => out.push('"'),
            b'a' => out.push('\x07'),
            b'b' => out.push('\x08'),
            b'f' => out.push('\x0c'),
            b'n' => out.push('\n'),
            b'r' => out.push('\r'),
            b't' => out.push('\t'),
            b'v' => out.push('\x0b'),
            b'0'..=b'7' => {
                let mut value = u32::from(c - b'0');
                let mut n = 1;
                while n < 3 && matches!(b.get(i), Some(b'0'..=b'7')) {
                    value = value * 8 + u32::from(b[i] - b'0');
                    i += 1;
                    n += 1;
                }
                if value > 0o377 {
                    let digits = &body[start + 1..i];
                    note_invalid(
                        invalid,
                        format!("invalid octal escape sequence '\\{digits}'"),
                    );
                }
                // At most 0o777: always a valid character.
                out.push_code_point(value);
            }
            b'x' | b'u' | b'U' => {
                let (len, what) = match c {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let digits = b[i..]
                    .iter()
                    .take(len)
                    .take_while(|d| d.is_ascii_hexdigit())
                    .count();
                if digits < len {
                    return Err(DecodeError::unicode(start, i + digits - 1, what));
                }
                let value = hex_value(&body[i..i + len]).unwrap_or(u32::MAX);
                i += len;
                // Lone surrogates are kept, as CPython keeps them.
                if !out.push_code_point(value) {
                    return Err(DecodeError::unicode(
                        start,
                        i - 1,
                        "illegal Unicode character",
                    ));
                }
            }
            b'N' => {
                if b.get(i) != Some(&b'{') {
                    return Err(DecodeError::unicode(
                        start,
                        i - 1,
                        "malformed \\N character escape",
                    ));
                }
                let Some(close) = body[i..].find('}') else {
                    return Err(DecodeError::unicode(
                        start,
                        b.len() - 1,
                        "malformed \\N character escape",
                    ));
                };
                let name = &body[i + 1..i + close];
                let end = i + close;
                if name.is_empty() {
                    // CPython's range stops before the `}` here.
                    return Err(DecodeError::unicode(
                        start,
                        end - 1,
                        "malformed \\N character escape",
                    ));
                }
                match unicode_names2::character(name) {
                    Some(ch) => out.push(ch),
                    _ => {
                        return Err(DecodeError::unicode(
                            start,
                            end,
                            "unknown Unicode character name",
                        ))
                    }
                }
                i = end + 1;
            }
            _ => {
                // Not an escape: the backslash stays, with a warning when an ASCII
                // character follows (as CPython's).
                if c.is_ascii() {
                    note_invalid(
                        invalid,
                        format!("invalid escape sequence '\\{}'", c as char),
                    );
                }
                out.push('\\');
                i -= 1;
            }
        }
        plain_start = i;
    }
    push_newline_normalised_py(&mut out, &body[plain_start..]);
    Ok(out)
}

/// Decodes one bytes token into `out`.
fn decode_bytes(
    ctx: &Ctx,
    token: &StrToken,
    error_at: TextRange,
    out: &mut Vec<u8>,
) -> PResult<()> {
    let body = &ctx.source[token.body.0..token.body.1];
    if !body.is_ascii() {
        return fail(
            "bytes can only contain ASCII literal characters",
            token.range,
        );
    }
    let mut text = String::new();
    push_newline_normalised(&mut text, body);
    let b = text.as_bytes();
    if token.raw {
        out.extend_from_slice(b);
        return Ok(());
    }
    let mut invalid = None;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c != b'\\' || i + 1 >= b.len() {
            out.push(c);
            i += 1;
            continue;
        }
        let start = i;
        let e = b[i + 1];
        i += 2;
        match e {
            b'\n' => {}
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(0x07),
            b'b' => out.push(0x08),
            b'f' => out.push(0x0c),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(0x0b),
            b'0'..=b'7' => {
                let mut value = u32::from(e - b'0');
                let mut n = 1;
                while n < 3 && matches!(b.get(i), Some(b'0'..=b'7')) {
                    value = value * 8 + u32::from(b[i] - b'0');
                    i += 1;
                    n += 1;
                }
                if value > 0o377 {
                    let digits = &text[start + 1..i];
                    note_invalid(
                        &mut invalid,
                        format!("invalid octal escape sequence '\\{digits}'"),
                    );
                }
                out.push((value & 0xff) as u8);
            }
            b'x' => {
                let digits = b[i..]
                    .iter()
                    .take(2)
                    .take_while(|d| d.is_ascii_hexdigit())
                    .count();
                if digits < 2 {
                    let mut message = String::new();
                    let _ = write!(
                        message,
                        "(value error) invalid \\x escape at position {start}"
                    );
                    return fail(message, error_at);
                }
                out.push(hex_value(&text[i..i + 2]).unwrap_or(0) as u8);
                i += 2;
            }
            _ => {
                note_invalid(
                    &mut invalid,
                    format!("invalid escape sequence '\\{}'", e as char),
                );
                out.push(b'\\');
                i -= 1;
            }
        }
    }
    if let Some(message) = invalid {
        ctx.warn(message, token.range);
    }
    Ok(())
}

/// Keeps the first invalid escape sequence's warning.
fn note_invalid(invalid: &mut Option<String>, message: String) {
    if invalid.is_none() {
        *invalid = Some(message);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(body: &str) -> PyString {
        decode_str(body, false).unwrap_or_else(|e| panic!("{body:?}: {}", e.0))
    }

    fn err(body: &str) -> String {
        decode_str(body, false).expect_err(body).0
    }

    #[test]
    fn escapes_decode_like_cpython() {
        assert_eq!(
            ok(r"a\nb\t\\\'\x41\u00e9\U0001F600\101\0"),
            "a\nb\t\\'Aé😀A\0"
        );
        assert_eq!(ok(r"\777"), "\u{1ff}");
        assert_eq!(ok(r"\N{LATIN SMALL LETTER A}"), "a");
        assert_eq!(ok(r"\d\{"), "\\d\\{");
        assert_eq!(ok("a\\\nb"), "ab");
        assert_eq!(ok("a\r\nb\rc"), "a\nb\nc");
        assert_eq!(decode_str(r"\n", true).ok().unwrap(), "\\n");
        // Lone surrogates survive, as in CPython: `'\ud800x\U0000dfff'`.
        let s = ok(r"\ud800x\U0000dfff");
        assert_eq!(s.code_points().collect::<Vec<_>>(), [0xd800, 0x78, 0xdfff]);
    }

    #[test]
    fn escape_errors_use_codec_wording() {
        let prefix = "(unicode error) 'unicodeescape' codec can't decode bytes in position";
        assert_eq!(err(r"\x4"), format!("{prefix} 0-2: truncated \\xXX escape"));
        assert_eq!(
            err(r"ab\x4g"),
            format!("{prefix} 2-4: truncated \\xXX escape")
        );
        assert_eq!(
            err(r"\N{foo}"),
            format!("{prefix} 0-6: unknown Unicode character name")
        );
        assert_eq!(
            err(r"\N"),
            format!("{prefix} 0-1: malformed \\N character escape")
        );
        assert_eq!(
            err(r"\N{}"),
            format!("{prefix} 0-2: malformed \\N character escape")
        );
        assert_eq!(
            err(r"\N{"),
            format!("{prefix} 0-2: malformed \\N character escape")
        );
        assert_eq!(
            err(r"\u12"),
            format!("{prefix} 0-3: truncated \\uXXXX escape")
        );
        assert_eq!(
            err(r"\U12345678"),
            format!("{prefix} 0-9: illegal Unicode character")
        );
    }
}
