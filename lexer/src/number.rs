//! Scanning of numeric literals, with CPython's error messages and caret positions.
//!
//! The grammar is Python 3.11's: decimal, `0x`/`0o`/`0b` integers with single underscores
//! between digits, floats with a fraction and/or an exponent, and a `j` suffix for
//! imaginary numbers. A literal directly followed by a letter is an error ("invalid decimal
//! literal"), except before the keywords that may follow a number in valid code (`1if x
//! else y`), which CPython accepts with a warning.

use crate::scan::{continues_number, ScanError};

/// What a numeric literal turned out to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NumberKind {
    Int,
    Float,
    Imaginary,
}

/// Scans the literal starting at `start` (a digit, or a `.` followed by a digit) and returns
/// its end and kind.
pub(crate) fn scan_number(src: &str, start: usize) -> Result<(usize, NumberKind), ScanError> {
    Scanner { b: src.as_bytes() }.number(start)
}

struct Scanner<'a> {
    b: &'a [u8],
}

impl Scanner<'_> {
    fn peek(&self, i: usize) -> u8 {
        self.b.get(i).copied().unwrap_or(0)
    }

    /// An error whose caret sits on the character just before `cur`, which is where CPython
    /// points for errors found while reading a number.
    fn error_before(&self, cur: usize, message: String) -> ScanError {
        let start = cur.saturating_sub(1);
        ScanError::new(message, start, cur)
    }

    fn number(&self, start: usize) -> Result<(usize, NumberKind), ScanError> {
        if self.peek(start) == b'.' {
            return self.fraction(start + 1);
        }
        if self.peek(start) == b'0' {
            return match self.peek(start + 1) {
                b'x' | b'X' => self.radix(start + 2, 16, "hexadecimal"),
                b'o' | b'O' => self.radix(start + 2, 8, "octal"),
                b'b' | b'B' => self.radix(start + 2, 2, "binary"),
                _ => self.leading_zero(start),
            };
        }
        let i = self.decimal_tail(start)?;
        self.after_integer_part(i, NumberKind::Int)
    }

    /// Digits with single underscores between them; returns the index after the last digit.
    fn decimal_tail(&self, mut i: usize) -> Result<usize, ScanError> {
        loop {
            while self.peek(i).is_ascii_digit() {
                i += 1;
            }
            if self.peek(i) != b'_' {
                return Ok(i);
            }
            i += 1;
            if !self.peek(i).is_ascii_digit() {
                return Err(self.error_before(i, "invalid decimal literal".into()));
            }
        }
    }

    /// After the integer part: an optional fraction, exponent or imaginary suffix.
    fn after_integer_part(
        &self,
        i: usize,
        kind: NumberKind,
    ) -> Result<(usize, NumberKind), ScanError> {
        match self.peek(i) {
            b'.' => self.fraction(i + 1),
            b'e' | b'E' => self.exponent(i, kind),
            b'j' | b'J' => self.imaginary(i + 1),
            _ => self.verify_end(i, "decimal").map(|end| (end, kind)),
        }
    }

    /// `i` is just after the `.`.
    fn fraction(&self, mut i: usize) -> Result<(usize, NumberKind), ScanError> {
        if self.peek(i).is_ascii_digit() {
            i = self.decimal_tail(i)?;
        }
        match self.peek(i) {
            b'e' | b'E' => self.exponent(i, NumberKind::Float),
            b'j' | b'J' => self.imaginary(i + 1),
            _ => self
                .verify_end(i, "decimal")
                .map(|end| (end, NumberKind::Float)),
        }
    }

    /// `e` is the index of the `e`/`E`; `kind` is what the literal is without an exponent.
    fn exponent(&self, e: usize, kind: NumberKind) -> Result<(usize, NumberKind), ScanError> {
        let mut i = e + 1;
        match self.peek(i) {
            b'+' | b'-' => {
                i += 1;
                if !self.peek(i).is_ascii_digit() {
                    return Err(self.error_before(i, "invalid decimal literal".into()));
                }
            }
            c if !c.is_ascii_digit() => {
                // `1else`: the `e` starts a keyword, not an exponent.
                self.verify_end(e, "decimal")?;
                return Ok((e, kind));
            }
            _ => {}
        }
        i = self.decimal_tail(i)?;
        match self.peek(i) {
            b'j' | b'J' => self.imaginary(i + 1),
            _ => self
                .verify_end(i, "decimal")
                .map(|end| (end, NumberKind::Float)),
        }
    }

    fn imaginary(&self, i: usize) -> Result<(usize, NumberKind), ScanError> {
        self.verify_end(i, "imaginary")
            .map(|end| (end, NumberKind::Imaginary))
    }

    /// `0`, `00`, `0_0`, `0.5`, `0e1`, `0j`, and the error for `0777`.
    fn leading_zero(&self, start: usize) -> Result<(usize, NumberKind), ScanError> {
        let mut i = start + 1;
        loop {
            if self.peek(i) == b'_' {
                i += 1;
                if !self.peek(i).is_ascii_digit() {
                    return Err(self.error_before(i, "invalid decimal literal".into()));
                }
            }
            if self.peek(i) != b'0' {
                break;
            }
            i += 1;
        }
        let zeros_end = i;
        let nonzero = self.peek(i).is_ascii_digit();
        if nonzero {
            i = self.decimal_tail(i)?;
        }
        match self.peek(i) {
            b'.' | b'e' | b'E' | b'j' | b'J' => self.after_integer_part(i, NumberKind::Int),
            _ if nonzero => Err(ScanError::new(
                "leading zeros in decimal integer literals are not permitted; \
                 use an 0o prefix for octal integers"
                    .into(),
                start,
                zeros_end,
            )),
            _ => self
                .verify_end(i, "decimal")
                .map(|end| (end, NumberKind::Int)),
        }
    }

    /// Hexadecimal, octal or binary digits; `i` is just after the prefix.
    fn radix(
        &self,
        mut i: usize,
        radix: u32,
        name: &str,
    ) -> Result<(usize, NumberKind), ScanError> {
        let is_digit = |c: u8| (c as char).is_digit(radix);
        loop {
            if self.peek(i) == b'_' {
                i += 1;
            }
            let c = self.peek(i);
            if !is_digit(c) {
                if radix != 16 && c.is_ascii_digit() {
                    return Err(self.invalid_digit(i, c, name));
                }
                return Err(self.error_before(i, format!("invalid {name} literal")));
            }
            while is_digit(self.peek(i)) {
                i += 1;
            }
            if self.peek(i) != b'_' {
                break;
            }
        }
        let c = self.peek(i);
        if radix != 16 && c.is_ascii_digit() {
            return Err(self.invalid_digit(i, c, name));
        }
        self.verify_end(i, name).map(|end| (end, NumberKind::Int))
    }

    fn invalid_digit(&self, i: usize, c: u8, name: &str) -> ScanError {
        ScanError::new(
            format!("invalid digit '{}' in {name} literal", c as char),
            i,
            i + 1,
        )
    }

    /// The literal ends at `i`; a letter there is an error unless it starts one of the
    /// keywords that can follow a number (`and else for if in is not or`).
    fn verify_end(&self, i: usize, kind: &str) -> Result<usize, ScanError> {
        let rest = &self.b[i.min(self.b.len())..];
        let keyword_follows = match rest.first() {
            Some(b'a') => rest.starts_with(b"and"),
            Some(b'e') => rest.starts_with(b"else"),
            Some(b'f') => rest.starts_with(b"for"),
            Some(b'i') => matches!(rest.get(1), Some(b'f' | b'n' | b's')),
            Some(b'o') => rest.starts_with(b"or"),
            Some(b'n') => rest.starts_with(b"not"),
            _ => false,
        };
        if !keyword_follows && rest.first().is_some_and(|&c| continues_number(c)) {
            return Err(self.error_before(i, format!("invalid {kind} literal")));
        }
        Ok(i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(src: &str) -> (usize, NumberKind) {
        scan_number(src, 0).unwrap_or_else(|e| panic!("{src:?}: {e:?}"))
    }

    fn err(src: &str) -> (String, usize, usize) {
        let e = scan_number(src, 0).expect_err(src);
        (e.message, e.start, e.end)
    }

    #[test]
    fn valid_literals() {
        use NumberKind::*;
        let cases = [
            ("0", 1, Int),
            ("00", 2, Int),
            ("0_0", 3, Int),
            ("1_000", 5, Int),
            ("0x_1f", 5, Int),
            ("0O17", 4, Int),
            ("0b1_0", 5, Int),
            ("1.", 2, Float),
            ("1.5e3", 5, Float),
            ("1e-5", 4, Float),
            (".5j", 3, Imaginary),
            ("5.j", 3, Imaginary),
            ("5_5.5_5e5_5J", 12, Imaginary),
            ("0777.5", 6, Float),
            ("09e1", 4, Float),
            ("1..a", 2, Float),
            ("0x1.5", 3, Int),
            ("1if x", 1, Int),
            ("1else", 1, Int),
            ("1jif", 2, Imaginary),
            ("1or", 1, Int),
            ("1 ", 1, Int),
        ];
        for (src, end, kind) in cases {
            assert_eq!(ok(src), (end, kind), "{src:?}");
        }
    }

    #[test]
    fn errors_match_cpython() {
        // Expected carets come from `python3 -c "compile(src, '', 'exec')"`: CPython's
        // 1-based offset is `start + 1`.
        let leading = "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers";
        let cases = [
            ("1__0", "invalid decimal literal", 1),
            ("1_", "invalid decimal literal", 1),
            ("1e", "invalid decimal literal", 0),
            ("1e+", "invalid decimal literal", 2),
            ("1.5_", "invalid decimal literal", 3),
            ("1_.5", "invalid decimal literal", 1),
            ("1._5", "invalid decimal literal", 1),
            ("1.__class__", "invalid decimal literal", 1),
            ("1e5_", "invalid decimal literal", 3),
            ("1abc", "invalid decimal literal", 0),
            ("0x", "invalid hexadecimal literal", 1),
            ("0xg", "invalid hexadecimal literal", 1),
            ("0b", "invalid binary literal", 1),
            ("0b_", "invalid binary literal", 2),
            ("0b2", "invalid digit '2' in binary literal", 2),
            ("0b1_2", "invalid digit '2' in binary literal", 4),
            ("0o8", "invalid digit '8' in octal literal", 2),
            ("0o", "invalid octal literal", 1),
            ("0o1_", "invalid octal literal", 3),
            ("0or 1", "invalid octal literal", 1),
            ("1jk", "invalid imaginary literal", 1),
            ("0777", leading, 0),
            ("09", leading, 0),
            ("0_7", leading, 0),
        ];
        for (src, message, start) in cases {
            let (m, s, _) = err(src);
            assert_eq!((m.as_str(), s), (message, start), "{src:?}");
        }
        assert_eq!(err("0_7").2, 2, "the range covers the zeros");
    }
}
