//! How a Rust `str` carries Python's lone surrogates: the alias scheme shared by the
//! compiler (str constants), the bytecode cache and the VM's str objects.
//!
//! A Rust `str` must be valid UTF-8, which has no encoding for U+D800..U+DFFF, while a
//! Python str may hold any of them alone. Krait keeps every str as UTF-8 text (so the common
//! case pays nothing) and stands each surrogate U+D800+k in for the private-use code point
//! U+10D800+k ([`ALIAS_OFFSET`] above it). Everything that looks at code points (`ord`,
//! `repr`, hashing, ordering, the codecs, `unicodedata`) translates back through
//! [`code_point`]; everything that only moves text (slicing, concatenation, `find`,
//! `replace`, `split`, formatting) works unchanged, since an alias is one character as the
//! surrogate is.
//!
//! The price: the 2048 private-use code points U+10D800..U+10DFFF themselves cannot be
//! told from the surrogates; `chr(0x10d800)` is `'\ud800'`.

/// The distance from a surrogate to its alias.
pub const ALIAS_OFFSET: u32 = 0x10_0000;

/// The character that holds `code_point` (any value up to U+10FFFF, surrogates included),
/// or `None` above U+10FFFF.
#[inline]
pub fn char_of(code_point: u32) -> Option<char> {
    match code_point {
        0xd800..=0xdfff => char::from_u32(code_point + ALIAS_OFFSET),
        _ => char::from_u32(code_point),
    }
}

/// The Python code point `c` stands for: a surrogate for an alias, else `c` itself.
#[inline]
pub fn code_point(c: char) -> u32 {
    let n = u32::from(c);
    if is_alias(c) {
        n - ALIAS_OFFSET
    } else {
        n
    }
}

/// Whether `c` stands for a lone surrogate.
#[inline]
pub fn is_alias(c: char) -> bool {
    (0x10_d800..=0x10_dfff).contains(&u32::from(c))
}

/// Whether `text` holds a surrogate alias. Every alias is encoded `F4 8D [A0-BF] xx`, so
/// ASCII and most other text is ruled out by one byte scan.
#[inline]
pub fn has_alias(text: &str) -> bool {
    !text.is_ascii() && text.as_bytes().contains(&0xf4) && text.chars().any(is_alias)
}

/// The text with each alias written as the `\udXXX` escape (how CPython's stderr, whose
/// error handler is `backslashreplace`, shows a lone surrogate).
pub fn escaped(text: &str) -> std::borrow::Cow<'_, str> {
    if !has_alias(text) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_alias(c) {
            out.push_str(&format!("\\u{:04x}", code_point(c)));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// The text with each alias replaced by U+FFFD (for output that must be real Unicode).
pub fn lossy(text: &str) -> std::borrow::Cow<'_, str> {
    if has_alias(text) {
        std::borrow::Cow::Owned(
            text.chars()
                .map(|c| if is_alias(c) { '\u{fffd}' } else { c })
                .collect(),
        )
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surrogates_round_trip_through_aliases() {
        for n in [0xd800, 0xdbff, 0xdc00, 0xdfff] {
            let c = char_of(n).expect("a surrogate has an alias");
            assert!(is_alias(c));
            assert_eq!(code_point(c), n);
        }
        assert_eq!(char_of(0x41), Some('A'));
        assert_eq!(code_point('\u{10ffff}'), 0x10ffff);
        assert_eq!(char_of(0x11_0000), None);
        let s: String = [0x61, 0xdc80, 0x62]
            .iter()
            .filter_map(|&n| char_of(n))
            .collect();
        assert!(has_alias(&s));
        assert!(!has_alias("a\u{10ffff}b"));
        assert_eq!(lossy(&s), "a\u{fffd}b");
    }
}
