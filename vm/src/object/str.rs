//! `PyStr`: the payload of a str object — the text, its length in characters and a cached
//! hash, so `len`, ASCII indexing and dict lookups of identifiers cost no rescans.

use std::cell::{Cell, OnceCell};

use compact_str::CompactString;
use krait_gc::Trace;

/// An immutable Python string.
#[derive(Trace)]
pub struct PyStr {
    /// The text: inside the object up to 24 bytes (most names, words and keys), so making a
    /// short str is one allocation.
    #[trace(skip)]
    text: CompactString,
    /// The hash, or -1 until first asked for (Python never uses -1 as a hash).
    hash: Cell<i64>,
    /// Length in code points, and in the top bit [`INTERNED`]: made by `Vm::intern`, so kept
    /// alive by the interned table for the VM's lifetime and its address can key caches.
    /// (One word for both keeps a str's payload at 48 bytes; a str's length never reaches
    /// the top bit, as no allocation exceeds `isize::MAX` bytes.)
    chars: usize,
    /// For non-ASCII text, the offset index, built on the first index operation so that
    /// indexing and slicing cost O(stride), not O(len). (Boxed so the field is one word.)
    #[trace(skip)]
    index: OnceCell<Box<CharIndex>>,
}

/// Where the characters of a non-ASCII str start.
struct CharIndex {
    /// The byte offset of every `INDEX_STRIDE`-th character.
    offsets: Box<[u32]>,
    /// The character index and byte offset of the last position looked up. A lookup at or
    /// after it in the same block scans on from there, so walking a str left to right (a
    /// parser's `text[pos]`, `text.find(c, pos)`) costs O(1) per step, not O(stride).
    cursor: Cell<(u32, u32)>,
}

/// The byte offset `n` characters on from byte offset `b` (a character start) in `bytes`,
/// or `bytes.len()` when the text ends first. Characters start at every byte but UTF-8's
/// continuation bytes (0x80..=0xBF, below -0x40 as `i8`).
fn advance_chars(bytes: &[u8], b: usize, n: usize) -> usize {
    let mut left = n;
    for (k, &byte) in bytes.iter().enumerate().skip(b) {
        if byte as i8 >= -0x40 {
            if left == 0 {
                return k;
            }
            left -= 1;
        }
    }
    bytes.len()
}

/// The length in bytes of the UTF-8 character whose first byte is `lead`.
#[inline]
fn utf8_width(lead: u8) -> usize {
    match lead {
        0..=0x7f => 1,
        0x80..=0xdf => 2,
        0xe0..=0xef => 3,
        _ => 4,
    }
}

/// Non-ASCII text of at most this many bytes finds a character's offset by counting from
/// the start, with no offset index.
const SHORT_TEXT: usize = 32;

/// [`PyStr::chars`]' flag bit for an interned str.
const INTERNED: usize = 1 << (usize::BITS - 1);

// Pinned (ARCHITECTURE.md, "Heap and collector"): 24 bytes of inline text, the hash, the
// length and the index pointer, so a str fits the 48 bytes a payload variant may take.
const _: () = assert!(std::mem::size_of::<PyStr>() == 48);

/// The order of two str texts by code point (see [`PyStr::cmp_code_points`]); `ascii` says
/// both are known to be ASCII, which settles it by bytes.
#[inline]
pub fn cmp_text(a: &str, b: &str, ascii: bool) -> std::cmp::Ordering {
    let ord = a.cmp(b);
    if ord.is_eq() || ascii {
        return ord;
    }
    let Some(mut i) = a.bytes().zip(b.bytes()).position(|(x, y)| x != y) else {
        return ord;
    };
    // Only a lead byte 0xF4 can start an alias; anything else orders as bytes do.
    while !a.is_char_boundary(i) {
        i -= 1;
    }
    if a.as_bytes()[i] != 0xf4 && b.as_bytes()[i] != 0xf4 {
        return ord;
    }
    let point = |t: &str| t[i..].chars().next().map(krait_ast::surrogate::code_point);
    point(a).cmp(&point(b))
}

/// The only character of `text`, if it has exactly one. Searches for one character go
/// through std's `char` searcher, which scans with `memchr`; a `&str` pattern sets up the
/// two-way searcher on every call, which costs more than scanning a short str.
#[inline]
pub fn single_char(text: &str) -> Option<char> {
    let mut chars = text.chars();
    let c = chars.next()?;
    chars.next().is_none().then_some(c)
}

/// Below this many bytes a one-byte search is a plain loop: setting up std's `memchr` scan
/// costs more than looking at a few dozen bytes.
const SHORT_SCAN: usize = 48;

/// The byte offset of the first ASCII `b` in `hay` (an ASCII byte is never part of a longer
/// UTF-8 sequence, so any match is a character of its own).
#[inline]
pub fn find_byte(hay: &str, b: u8) -> Option<usize> {
    if hay.len() < SHORT_SCAN {
        hay.bytes().position(|x| x == b)
    } else {
        hay.find(b as char)
    }
}

/// The byte offset of the last ASCII `b` in `hay` (see [`find_byte`]).
#[inline]
fn rfind_byte(hay: &str, b: u8) -> Option<usize> {
    if hay.len() < SHORT_SCAN {
        hay.bytes().rposition(|x| x == b)
    } else {
        hay.rfind(b as char)
    }
}

/// The byte offset of the first `needle` in `hay` (see [`single_char`]).
#[inline]
pub fn find_text(hay: &str, needle: &str) -> Option<usize> {
    match single_char(needle) {
        Some(c) if c.is_ascii() => find_byte(hay, c as u8),
        Some(c) => hay.find(c),
        None => hay.find(needle),
    }
}

/// The byte offset of the last `needle` in `hay` (see [`single_char`]).
#[inline]
pub fn rfind_text(hay: &str, needle: &str) -> Option<usize> {
    match single_char(needle) {
        Some(c) if c.is_ascii() => rfind_byte(hay, c as u8),
        Some(c) => hay.rfind(c),
        None => hay.rfind(needle),
    }
}

/// Whether `needle` occurs in `hay` (see [`single_char`]).
#[inline]
pub fn contains_text(hay: &str, needle: &str) -> bool {
    match single_char(needle) {
        Some(c) if c.is_ascii() => find_byte(hay, c as u8).is_some(),
        Some(c) => hay.contains(c),
        None => hay.contains(needle),
    }
}

/// The number of non-overlapping `needle`s (not empty) in `hay` (see [`single_char`]).
#[inline]
pub fn count_text(hay: &str, needle: &str) -> usize {
    match single_char(needle) {
        // A byte count, which the compiler vectorises.
        Some(c) if c.is_ascii() => hay.bytes().filter(|&x| x == c as u8).count(),
        Some(c) => hay.matches(c).count(),
        None => hay.matches(needle).count(),
    }
}

/// `a` then `b` as a str's text: a result of up to 24 bytes is put together on the stack
/// and stored inside the object, a longer one in one `String` of its final size that the
/// str takes over (`CompactString::push_str` costs more than either).
pub fn concat_text(a: &str, b: &str) -> CompactString {
    let len = a.len() + b.len();
    if len <= 24 {
        let mut buf = [0u8; 24];
        buf[..a.len()].copy_from_slice(a.as_bytes());
        buf[a.len()..len].copy_from_slice(b.as_bytes());
        CompactString::from(std::str::from_utf8(&buf[..len]).unwrap_or_default())
    } else {
        let mut s = String::with_capacity(len);
        s.push_str(a);
        s.push_str(b);
        CompactString::from(s)
    }
}

/// The text of an ASCII `s` with each byte mapped by `f` (which keeps ASCII ASCII): built on
/// the stack and stored inside the object when short, so no buffer is allocated for it.
pub fn ascii_mapped(s: &str, mut f: impl FnMut(u8) -> u8) -> CompactString {
    let bytes = s.as_bytes();
    if bytes.len() <= 24 {
        let mut buf = [0u8; 24];
        for (d, &b) in buf.iter_mut().zip(bytes) {
            *d = f(b);
        }
        CompactString::from(std::str::from_utf8(&buf[..bytes.len()]).unwrap_or_default())
    } else {
        let mapped: Vec<u8> = bytes.iter().map(|&b| f(b)).collect();
        CompactString::from(String::from_utf8(mapped).unwrap_or_default())
    }
}

/// Characters between two entries of a str's offset index.
const INDEX_STRIDE: usize = 32;

impl PyStr {
    /// Wraps `text`.
    pub fn new(text: impl Into<CompactString>) -> PyStr {
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
            index: OnceCell::new(),
        }
    }

    /// Wraps `text` for the interned table (see [`PyStr::is_interned`]).
    pub(crate) fn new_interned(text: impl Into<CompactString>) -> PyStr {
        let s = PyStr::new(text);
        PyStr {
            chars: s.chars | INTERNED,
            ..s
        }
    }

    /// Whether this str is in the VM's interned table, which never lets go of it.
    #[inline]
    pub fn is_interned(&self) -> bool {
        self.chars & INTERNED != 0
    }

    /// The text.
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The bytes of text kept outside the object (none for short strs).
    #[inline]
    pub fn heap_bytes(&self) -> usize {
        if self.text.is_heap_allocated() {
            self.text.len()
        } else {
            0
        }
    }

    /// `len(s)`: the number of code points.
    #[inline]
    pub fn char_len(&self) -> usize {
        self.chars & !INTERNED
    }

    /// Whether every character is ASCII (so byte and character indices coincide).
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len() == self.text.len()
    }

    /// `hash(s)`, computed once.
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = super::str_hash::hash_str(&self.text);
        self.hash.set(h);
        h
    }

    /// The order of two strs: by code point, as CPython compares them. UTF-8 byte order is
    /// code point order except for surrogate aliases (`krait_ast::surrogate`), which sort
    /// above the BMP as bytes but below U+E000 as code points, so non-ASCII text settles
    /// the first differing character by its code point.
    pub fn cmp_code_points(&self, other: &PyStr) -> std::cmp::Ordering {
        cmp_text(
            self.as_str(),
            other.as_str(),
            self.is_ascii() && other.is_ascii(),
        )
    }

    /// The code point of the `i`-th character (a surrogate for its alias).
    pub fn code_point_at(&self, i: usize) -> Option<u32> {
        self.char_at(i).map(krait_ast::surrogate::code_point)
    }

    /// The offset index of a non-ASCII str.
    fn char_index_table(&self) -> &CharIndex {
        self.index.get_or_init(|| {
            Box::new(CharIndex {
                offsets: self
                    .text
                    .char_indices()
                    .step_by(INDEX_STRIDE)
                    .map(|(b, _)| b as u32)
                    .collect(),
                cursor: Cell::new((0, 0)),
            })
        })
    }

    /// The `i`-th character (0-based, in range).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            return self.text.as_bytes().get(i).map(|&b| b as char);
        }
        if i >= self.char_len() {
            return None;
        }
        self.text[self.byte_offset(i)..].chars().next()
    }

    /// The byte offset of character index `i` (`i <= char_len`).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            return i.min(self.text.len());
        }
        if i >= self.char_len() {
            return self.text.len();
        }
        // Short text is counted through directly: cheaper than making (two allocations) and
        // consulting the offset index, which a short str sliced once would pay for alone.
        if self.text.len() <= SHORT_TEXT {
            return advance_chars(self.text.as_bytes(), 0, i);
        }
        let table = self.char_index_table();
        // A walk one character at a time (a parser's `text[pos]`) asks for the cursor's
        // character or the next one.
        let (cursor_char, cursor_byte) = table.cursor.get();
        let (cursor_char, cursor_byte) = (cursor_char as usize, cursor_byte as usize);
        if i == cursor_char {
            return cursor_byte;
        }
        if i == cursor_char + 1 {
            // `cursor_char < i < char_len`, so a character starts at `cursor_byte`.
            let b = cursor_byte + utf8_width(self.text.as_bytes()[cursor_byte]);
            table.cursor.set((i as u32, b as u32));
            return b;
        }
        let block = i / INDEX_STRIDE;
        let first = block * INDEX_STRIDE;
        let start = table.offsets[block] as usize;
        let end = table
            .offsets
            .get(block + 1)
            .map_or(self.text.len(), |&e| e as usize);
        // A block with as many bytes as characters is ASCII, so the offset is direct (text
        // that is mostly ASCII, as a parser's input often is, indexes in constant time).
        let block_chars = (self.char_len() - first).min(INDEX_STRIDE);
        if end - start == block_chars {
            return start + (i - first);
        }
        // Otherwise count characters, from the cursor when it lies between the block's
        // start and `i`.
        let (from_char, from_byte) = match (cursor_char, cursor_byte) {
            (c, b) if first <= c && c <= i => (c, b),
            _ => (first, start),
        };
        let b = advance_chars(&self.text.as_bytes()[..end], from_byte, i - from_char);
        table.cursor.set((i as u32, b as u32));
        b
    }

    /// The character index of byte offset `b` (a character boundary).
    pub fn char_index(&self, b: usize) -> usize {
        if self.is_ascii() {
            return b;
        }
        if self.text.len() <= SHORT_TEXT {
            return self.text.as_bytes()[..b.min(self.text.len())]
                .iter()
                .filter(|&&byte| byte as i8 >= -0x40)
                .count();
        }
        let table = self.char_index_table();
        let (cursor_char, cursor_byte) = table.cursor.get();
        let (cursor_char, cursor_byte) = (cursor_char as usize, cursor_byte as usize);
        let offsets = &table.offsets;
        let block = offsets
            .partition_point(|&o| o as usize <= b)
            .saturating_sub(1);
        let start = offsets.get(block).copied().unwrap_or(0) as usize;
        // Counting from the cursor when it lies between the block's start and `b`.
        let (from_char, from_byte) = if start <= cursor_byte && cursor_byte <= b {
            (cursor_char, cursor_byte)
        } else {
            (block * INDEX_STRIDE, start)
        };
        let i = from_char + self.text[from_byte..b.max(from_byte)].chars().count();
        table.cursor.set((i as u32, b as u32));
        i
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
    fn indexing_long_non_ascii_text_uses_the_offset_index() {
        let text: String = (0..200)
            .map(|i| if i % 3 == 0 { 'é' } else { 'x' })
            .collect();
        let s = PyStr::new(text.clone());
        let chars: Vec<char> = text.chars().collect();
        for i in [0, 1, 31, 32, 33, 100, 199] {
            assert_eq!(s.char_at(i), Some(chars[i]));
            assert_eq!(s.char_index(s.byte_offset(i)), i);
        }
        assert_eq!(s.char_at(200), None);
        assert_eq!(s.byte_offset(200), text.len());
    }

    #[test]
    fn byte_offsets_agree_in_ascii_and_mixed_blocks() {
        // ASCII blocks (direct offsets) beside blocks with one- to four-byte characters,
        // and a short final block.
        let text: String = (0..150)
            .map(|i| match i {
                40 => 'é',
                70 => '€',
                71 => '😀',
                _ if (100..130).contains(&i) => 'ü',
                _ => 'a',
            })
            .collect();
        let s = PyStr::new(text.clone());
        let expected: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        for (i, &b) in expected.iter().enumerate() {
            assert_eq!(s.byte_offset(i), b, "char {i}");
        }
        assert_eq!(s.byte_offset(150), text.len());
    }

    #[test]
    fn the_cursor_answers_lookups_in_any_order() {
        // Mixed blocks, looked up backwards, forwards, jumping between blocks, and through
        // `char_index` (which moves the cursor too).
        let text: String = (0..100)
            .map(|i| if i % 5 == 0 { 'ü' } else { 'a' })
            .collect();
        let s = PyStr::new(text.clone());
        let expected: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        let order = [10, 12, 11, 3, 40, 39, 41, 99, 0, 64, 63, 31, 32, 33, 12, 12];
        for &i in &order {
            assert_eq!(s.byte_offset(i), expected[i], "char {i}");
            assert_eq!(s.char_index(expected[i]), i, "byte {}", expected[i]);
            assert_eq!(
                s.byte_offset(i.saturating_sub(1)),
                expected[i.saturating_sub(1)]
            );
        }
        assert_eq!(s.char_index(text.len()), 100);
        assert_eq!(s.byte_offset(50), expected[50]);
    }

    #[test]
    fn one_character_patterns_search_as_text_does() {
        for (hay, needle) in [
            ("a,b,,c", ","),
            ("héllo", "é"),
            ("abc", "abc"),
            ("xyz", "q"),
        ] {
            assert_eq!(find_text(hay, needle), hay.find(needle));
            assert_eq!(rfind_text(hay, needle), hay.rfind(needle));
            assert_eq!(contains_text(hay, needle), hay.contains(needle));
            assert_eq!(count_text(hay, needle), hay.matches(needle).count());
        }
        assert_eq!(single_char(""), None);
        assert_eq!(single_char("é"), Some('é'));
        assert_eq!(single_char("ab"), None);
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
