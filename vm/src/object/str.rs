//! `PyStr`: the payload of a str object — the text, its length in characters and a cached
//! hash, so `len`, ASCII indexing and dict lookups of identifiers cost no rescans.

use std::cell::Cell;

use krait_gc::Trace;

/// An immutable Python string.
#[derive(Trace)]
pub struct PyStr {
    text: Box<str>,
    /// The hash, or -1 until first asked for (Python never uses -1 as a hash).
    hash: Cell<i64>,
    /// Length in code points.
    chars: usize,
}

impl PyStr {
    /// Wraps `text`.
    pub fn new(text: impl Into<Box<str>>) -> PyStr {
        let text = text.into();
        let chars = if text.is_ascii() {
            text.len()
        } else {
            text.chars().count()
        };
        PyStr {
            text,
            hash: Cell::new(-1),
            chars,
        }
    }

    /// The text.
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// `len(s)`: the number of code points.
    #[inline]
    pub fn char_len(&self) -> usize {
        self.chars
    }

    /// Whether every character is ASCII (so byte and character indices coincide).
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.chars == self.text.len()
    }

    /// `hash(s)`, computed once.
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = hash_bytes(self.text.as_bytes());
        self.hash.set(h);
        h
    }

    /// The `i`-th character (0-based, in range).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            self.text.as_bytes().get(i).map(|&b| b as char)
        } else {
            self.text.chars().nth(i)
        }
    }

    /// The byte offset of character index `i` (`i <= char_len`).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i.min(self.text.len())
        } else {
            self.text
                .char_indices()
                .nth(i)
                .map(|(b, _)| b)
                .unwrap_or(self.text.len())
        }
    }

    /// The substring of characters `start..end` (clamped).
    pub fn char_slice(&self, start: usize, end: usize) -> &str {
        if start >= end {
            return "";
        }
        let a = self.byte_offset(start);
        let b = self.byte_offset(end);
        &self.text[a..b]
    }
}

/// The hash of a str: a fast multiplicative hash over 8-byte words with a final mix. CPython
/// randomises str hashes per process, so no program can depend on the exact values.
pub fn hash_bytes(bytes: &[u8]) -> i64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h: u64 = bytes.len() as u64 ^ 0x9e37_79b9_7f4a_7c15;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(K);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut word = [0u8; 8];
        word[..rest.len()].copy_from_slice(rest);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(K);
    }
    // Final avalanche so that short keys spread over the low bits the tables use.
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_count_code_points() {
        assert_eq!(PyStr::new("abc").char_len(), 3);
        let s = PyStr::new("héllo");
        assert_eq!(s.char_len(), 5);
        assert!(!s.is_ascii());
        assert_eq!(s.char_at(1), Some('é'));
        assert_eq!(s.char_slice(1, 3), "él");
    }

    #[test]
    fn hashes_are_stable_and_never_minus_one() {
        let a = PyStr::new("hello");
        let b = PyStr::new(String::from("hel") + "lo");
        assert_eq!(a.hash(), b.hash());
        assert_ne!(a.hash(), PyStr::new("hellp").hash());
        assert_ne!(PyStr::new("").hash(), -1);
    }
}
