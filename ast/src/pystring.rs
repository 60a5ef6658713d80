//! [`PyString`]: the value of a Python `str` literal, which may hold lone surrogates
//! (`'\ud800'`) that a Rust `String` cannot.
//!
//! Almost every literal is valid Unicode, so the common case is a plain `String` and costs
//! nothing extra. Only a literal that contains a surrogate code point switches to bytes in
//! the encoding CPython's `surrogatepass` error handler produces: UTF-8, except that a
//! surrogate is written as the three bytes its bit pattern gives (`ED A0 80` for U+D800)
//! and two adjacent surrogates stay two code points (Python never pairs them). Each code
//! point sequence has exactly one encoding, so equality and hashing compare bytes.

use std::borrow::Cow;
use std::fmt;

/// A Python `str` value: a sequence of code points, lone surrogates included.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PyString {
    repr: Repr,
}

#[derive(Clone, PartialEq, Eq, Hash)]
enum Repr {
    /// Valid Unicode (no surrogate code point).
    Utf8(String),
    /// At least one surrogate, in the `surrogatepass` encoding.
    Surrogates(Vec<u8>),
}

impl PyString {
    /// The empty string.
    pub const fn new() -> Self {
        PyString {
            repr: Repr::Utf8(String::new()),
        }
    }

    /// The text as a `&str`, when it holds no surrogate (the usual case).
    pub fn as_str(&self) -> Option<&str> {
        match &self.repr {
            Repr::Utf8(s) => Some(s),
            Repr::Surrogates(_) => None,
        }
    }

    /// The text with every surrogate replaced by U+FFFD, for consumers that hold Rust strings.
    pub fn to_string_lossy(&self) -> Cow<'_, str> {
        match &self.repr {
            Repr::Utf8(s) => Cow::Borrowed(s),
            Repr::Surrogates(_) => Cow::Owned(
                self.code_points()
                    .map(|c| char::from_u32(c).unwrap_or(char::REPLACEMENT_CHARACTER))
                    .collect(),
            ),
        }
    }

    /// The text with each surrogate as its alias (see [`crate::surrogate`]): how the
    /// compiler hands a str constant to the VM.
    pub fn to_aliased(&self) -> Cow<'_, str> {
        match &self.repr {
            Repr::Utf8(s) => Cow::Borrowed(s),
            Repr::Surrogates(_) => Cow::Owned(
                self.code_points()
                    .filter_map(crate::surrogate::char_of)
                    .collect(),
            ),
        }
    }

    /// The encoded bytes: UTF-8, with surrogates encoded as `surrogatepass` does.
    pub fn as_bytes(&self) -> &[u8] {
        match &self.repr {
            Repr::Utf8(s) => s.as_bytes(),
            Repr::Surrogates(b) => b,
        }
    }

    /// Whether the string holds a surrogate code point.
    pub fn has_surrogates(&self) -> bool {
        matches!(self.repr, Repr::Surrogates(_))
    }

    /// Whether the string is empty.
    pub fn is_empty(&self) -> bool {
        self.as_bytes().is_empty()
    }

    /// The code points, in order.
    pub fn code_points(&self) -> CodePoints<'_> {
        CodePoints {
            bytes: self.as_bytes(),
        }
    }

    /// Appends text.
    pub fn push_str(&mut self, text: &str) {
        match &mut self.repr {
            Repr::Utf8(s) => s.push_str(text),
            Repr::Surrogates(b) => b.extend_from_slice(text.as_bytes()),
        }
    }

    /// Appends one character.
    pub fn push(&mut self, c: char) {
        match &mut self.repr {
            Repr::Utf8(s) => s.push(c),
            Repr::Surrogates(b) => {
                let mut buf = [0; 4];
                b.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
        }
    }

    /// Appends one code point, a surrogate included. Returns `false` (and appends nothing)
    /// for a value above U+10FFFF.
    pub fn push_code_point(&mut self, code_point: u32) -> bool {
        if let Some(c) = char::from_u32(code_point) {
            self.push(c);
            return true;
        }
        if !(0xd800..0xe000).contains(&code_point) {
            return false;
        }
        if let Repr::Utf8(s) = &mut self.repr {
            let bytes = std::mem::take(s).into_bytes();
            self.repr = Repr::Surrogates(bytes);
        }
        if let Repr::Surrogates(bytes) = &mut self.repr {
            bytes.extend_from_slice(&[
                0xe0 | (code_point >> 12) as u8,
                0x80 | ((code_point >> 6) & 0x3f) as u8,
                0x80 | (code_point & 0x3f) as u8,
            ]);
        }
        true
    }

    /// Appends another string.
    pub fn push_py_str(&mut self, other: &PyString) {
        match &other.repr {
            Repr::Utf8(s) => self.push_str(s),
            Repr::Surrogates(_) => {
                for c in other.code_points() {
                    self.push_code_point(c);
                }
            }
        }
    }
}

impl Default for PyString {
    fn default() -> Self {
        PyString::new()
    }
}

impl From<String> for PyString {
    fn from(s: String) -> Self {
        PyString {
            repr: Repr::Utf8(s),
        }
    }
}

impl From<&str> for PyString {
    fn from(s: &str) -> Self {
        PyString::from(s.to_owned())
    }
}

impl PartialEq<str> for PyString {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == Some(other)
    }
}

impl PartialEq<&str> for PyString {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == Some(*other)
    }
}

impl fmt::Debug for PyString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::repr::py_str_repr(self))
    }
}

/// The code points of a [`PyString`], from [`PyString::code_points`].
#[derive(Clone, Debug)]
pub struct CodePoints<'a> {
    bytes: &'a [u8],
}

impl Iterator for CodePoints<'_> {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        let (&first, rest) = self.bytes.split_first()?;
        // The bytes were written by `PyString` itself, so every sequence is complete; the
        // length comes from the lead byte as in UTF-8.
        let len = match first {
            0x00..=0x7f => 1,
            0xc0..=0xdf => 2,
            0xe0..=0xef => 3,
            _ => 4,
        };
        let len = len.min(self.bytes.len());
        let mut value = match len {
            1 => u32::from(first),
            2 => u32::from(first & 0x1f),
            3 => u32::from(first & 0x0f),
            _ => u32::from(first & 0x07),
        };
        for &b in &rest[..len - 1] {
            value = (value << 6) | u32::from(b & 0x3f);
        }
        self.bytes = &self.bytes[len..];
        Some(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_stays_a_string() {
        let mut s = PyString::from("ab");
        s.push('é');
        s.push_str("c");
        assert!(s.push_code_point(0x1f600));
        assert_eq!(s.as_str(), Some("abéc😀"));
        assert!(!s.has_surrogates());
        assert_eq!(s, "abéc😀");
    }

    #[test]
    fn surrogates_round_trip() {
        let mut s = PyString::from("a");
        assert!(s.push_code_point(0xd800));
        assert!(s.push_code_point(0xdc00));
        s.push('é');
        assert!(s.has_surrogates());
        assert_eq!(s.as_str(), None);
        assert_eq!(
            s.code_points().collect::<Vec<_>>(),
            [0x61, 0xd800, 0xdc00, 0xe9]
        );
        // Python's `'a\ud800\udc00é'.encode('utf-8', 'surrogatepass')`.
        assert_eq!(
            s.as_bytes(),
            b"a\xed\xa0\x80\xed\xb0\x80\xc3\xa9".as_slice()
        );
        assert_eq!(s.to_string_lossy(), "a\u{fffd}\u{fffd}é");
        assert!(!s.push_code_point(0x110000));
    }

    #[test]
    fn concatenation_keeps_surrogates() {
        let mut a = PyString::from("x");
        let mut b = PyString::new();
        b.push_code_point(0xdfff);
        a.push_py_str(&b);
        a.push_py_str(&PyString::from("y"));
        assert_eq!(a.code_points().collect::<Vec<_>>(), [0x78, 0xdfff, 0x79]);
        let mut c = PyString::from("x");
        c.push_code_point(0xdfff);
        c.push('y');
        assert_eq!(a, c);
    }
}
