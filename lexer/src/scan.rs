//! Hand-written scanners shared by the logos callbacks: string literals, and the helpers
//! that the number scanner and identifier check use.

/// An error found while scanning one token: CPython's message and the byte range to point at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct ScanError {
    pub(crate) message: String,
    pub(crate) start: usize,
    pub(crate) end: usize,
}

impl ScanError {
    pub(crate) fn new(message: String, start: usize, end: usize) -> Self {
        ScanError {
            message,
            start,
            end,
        }
    }
}

/// Whether a byte right after a number makes the number malformed (`1abc`, `0x1g`): ASCII
/// letters, digits and `_`. A non-ASCII character ends the number instead and is read as the
/// next token, as in CPython (`1é` is a number then a name).
pub(crate) fn continues_number(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

/// The 1-based line holding byte `pos`: one more than the line breaks before it (`\r\n`,
/// `\r` and `\n` each count once). Only used to word error messages.
pub(crate) fn line_number(src: &str, pos: usize) -> usize {
    let bytes = &src.as_bytes()[..pos.min(src.len())];
    let mut line = 1;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => line += 1,
            b'\r' if bytes.get(i + 1) != Some(&b'\n') => line += 1,
            _ => {}
        }
        i += 1;
    }
    line
}

/// Scans a string literal whose opening quote is at `quote` (the prefix, if any, starts at
/// `start`) and returns the index just after the closing quote.
pub(crate) fn scan_string(src: &str, start: usize, quote: usize) -> Result<usize, ScanError> {
    let b = src.as_bytes();
    let q = b[quote];
    let triple = b.get(quote + 1) == Some(&q) && b.get(quote + 2) == Some(&q);
    if triple {
        return scan_triple(src, start, quote + 3, q);
    }
    let mut i = quote + 1;
    loop {
        let Some(&c) = b.get(i) else {
            // Point at the last character looked at, as CPython's "detected at line" does.
            let last = b.len().saturating_sub(1);
            return Err(unterminated(src, start, false, last));
        };
        if c == b'\n' || c == b'\r' {
            return Err(unterminated(src, start, false, i));
        }
        i += 1;
        if c == q {
            return Ok(i);
        }
        if c == b'\\' {
            // The escaped character cannot end the string; a backslash-newline continues it.
            match b.get(i) {
                Some(b'\r') if b.get(i + 1) == Some(&b'\n') => i += 2,
                Some(_) => i += 1,
                None => {}
            }
        }
    }
}

/// The rest of a triple-quoted string whose body starts at `i`. Docstrings make these the
/// longest tokens of most files, so `memchr2` jumps from one quote or backslash to the next
/// instead of looking at every byte.
fn scan_triple(src: &str, start: usize, mut i: usize, q: u8) -> Result<usize, ScanError> {
    let b = src.as_bytes();
    loop {
        let Some(found) = b.get(i..).and_then(|rest| memchr::memchr2(q, b'\\', rest)) else {
            // Point at the last character looked at, as CPython's "detected at line" does.
            let last = b.len().saturating_sub(1);
            return Err(unterminated(src, start, true, last));
        };
        let at = i + found;
        i = at + 1;
        if b[at] == q {
            if b.get(at + 1) == Some(&q) && b.get(at + 2) == Some(&q) {
                return Ok(at + 3);
            }
        } else {
            // The escaped character cannot end the string; a backslash-newline continues it.
            match b.get(i) {
                Some(b'\r') if b.get(i + 1) == Some(&b'\n') => i += 2,
                Some(_) => i += 1,
                None => {}
            }
        }
    }
}

fn unterminated(src: &str, start: usize, triple: bool, detected: usize) -> ScanError {
    let line = line_number(src, detected);
    let what = if triple {
        "unterminated triple-quoted string literal"
    } else {
        "unterminated string literal"
    };
    let first_len = src[start..].chars().next().map_or(1, char::len_utf8);
    ScanError::new(
        format!("{what} (detected at line {line})"),
        start,
        start + first_len,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_end_after_their_closing_quote() {
        assert_eq!(scan_string("'abc' x", 0, 0), Ok(5));
        assert_eq!(scan_string("''", 0, 0), Ok(2));
        assert_eq!(scan_string("'''a''b'''", 0, 0), Ok(10));
        assert_eq!(scan_string(r#"rb"a\"b""#, 0, 2), Ok(8));
        assert_eq!(scan_string("'a\\\nb'", 0, 0), Ok(6));
        assert_eq!(scan_string("'a\\\r\nb'", 0, 0), Ok(7));
        assert_eq!(scan_string("\"\"\"\"\"\"", 0, 0), Ok(6));
        assert_eq!(scan_string("'é'", 0, 0), Ok(4));
    }

    #[test]
    fn unterminated_strings_report_the_line_where_they_were_noticed() {
        let e = scan_string("'abc\n", 0, 0).unwrap_err();
        assert_eq!(
            e.message,
            "unterminated string literal (detected at line 1)"
        );
        assert_eq!((e.start, e.end), (0, 1));
        let e = scan_string("'abc\\\ndef", 0, 0).unwrap_err();
        assert_eq!(
            e.message,
            "unterminated string literal (detected at line 2)"
        );
        let e = scan_string("\"\"\"abc\n", 0, 0).unwrap_err();
        assert_eq!(
            e.message,
            "unterminated triple-quoted string literal (detected at line 1)"
        );
        let e = scan_string("\"\"\"abc\ndef", 0, 0).unwrap_err();
        assert_eq!(
            e.message,
            "unterminated triple-quoted string literal (detected at line 2)"
        );
        let e = scan_string("'a\\", 0, 0).unwrap_err();
        assert_eq!(
            e.message,
            "unterminated string literal (detected at line 1)"
        );
    }

    #[test]
    fn line_numbers_count_every_newline_style() {
        assert_eq!(line_number("a\nb\r\nc\rd", 0), 1);
        assert_eq!(line_number("a\nb\r\nc\rd", 2), 2);
        assert_eq!(line_number("a\nb\r\nc\rd", 5), 3);
        assert_eq!(line_number("a\nb\r\nc\rd", 7), 4);
    }
}
