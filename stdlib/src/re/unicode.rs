//! Character predicates and case folding as CPython's `re` sees them: `\d \w \s` under
//! Unicode rules (the predicates `str.isdecimal`, `str.isalnum` and `str.isspace` use) or
//! ASCII rules (bytes patterns, `re.ASCII`, `re.LOCALE`), and simple case mapping.

use super::parse::{Category, CharSet, SetItem};
use krait_vm::builtins::unicode_tables::{in_table, DECIMAL};

/// Whether `c` is in category `cat`.
pub(crate) fn in_category(cat: Category, c: u32, ascii: bool) -> bool {
    if ascii || c < 128 {
        let Ok(b) = u8::try_from(c) else { return false };
        return match cat {
            Category::Digit => b.is_ascii_digit(),
            Category::Word => b.is_ascii_alphanumeric() || b == b'_',
            Category::Space => {
                matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
                    || (!ascii && (0x1c..=0x1f).contains(&b))
            }
        };
    }
    let Some(ch) = char::from_u32(c) else {
        return false;
    };
    match cat {
        Category::Digit => in_table(DECIMAL, ch),
        Category::Word => ch.is_alphanumeric(),
        Category::Space => krait_vm::builtins::str::is_py_space(ch),
    }
}

/// Whether `c` is a word character (for `\b`).
pub(crate) fn is_word(c: u32, ascii: bool) -> bool {
    in_category(Category::Word, c, ascii)
}

/// The simple lowercase of `c` (itself when the mapping is not one character).
pub(crate) fn lower(c: u32, ascii: bool) -> u32 {
    if c < 128 {
        return (c as u8).to_ascii_lowercase() as u32;
    }
    if ascii {
        return c;
    }
    let Some(ch) = char::from_u32(c) else {
        return c;
    };
    let mut it = ch.to_lowercase();
    match (it.next(), it.next()) {
        (Some(l), None) => l as u32,
        _ => c,
    }
}

/// The simple uppercase of `c` (itself when the mapping is not one character).
pub(crate) fn upper(c: u32, ascii: bool) -> u32 {
    if c < 128 {
        return (c as u8).to_ascii_uppercase() as u32;
    }
    if ascii {
        return c;
    }
    let Some(ch) = char::from_u32(c) else {
        return c;
    };
    let mut it = ch.to_uppercase();
    match (it.next(), it.next()) {
        (Some(u), None) => u as u32,
        _ => c,
    }
}

/// Every character that matches `c` case-insensitively (`c` first).
pub(crate) fn fold_variants(c: u32, ascii: bool) -> Vec<u32> {
    let mut v = vec![c];
    let add = |x: u32, v: &mut Vec<u32>| {
        if !v.contains(&x) {
            v.push(x);
        }
    };
    let (l, u) = (lower(c, ascii), upper(c, ascii));
    add(l, &mut v);
    add(u, &mut v);
    add(lower(u, ascii), &mut v);
    add(upper(l, ascii), &mut v);
    if !ascii {
        // Characters whose case mappings lead to `c`'s but are not reached from it.
        for &(a, b) in EXTRA_FOLDS {
            if v.contains(&a) {
                add(b, &mut v);
            } else if v.contains(&b) {
                add(a, &mut v);
            }
        }
    }
    v
}

/// Pairs of characters CPython matches case-insensitively though simple case mapping
/// from one does not reach the other.
const EXTRA_FOLDS: &[(u32, u32)] = &[
    (0x73, 0x17f),   // s, long s
    (0x6b, 0x212a),  // k, Kelvin sign
    (0xe5, 0x212b),  // å, Angstrom sign
    (0x3b9, 0x345),  // iota, combining ypogegrammeni
    (0x3b9, 0x1fbe), // iota, prosgegrammeni
    (0x3bc, 0xb5),   // mu, micro sign
    (0x3b2, 0x3d0),  // beta
    (0x3b5, 0x3f5),  // epsilon
    (0x3b8, 0x3d1),  // theta
    (0x3ba, 0x3f0),  // kappa
    (0x3c0, 0x3d6),  // pi
    (0x3c1, 0x3f1),  // rho
    (0x3c3, 0x3c2),  // sigma, final sigma
    (0x3c6, 0x3d5),  // phi
    (0x3c9, 0x2126), // omega, Ohm sign
];

/// Whether `c` equals `p` ignoring case.
pub(crate) fn eq_icase(c: u32, p: u32, ascii: bool) -> bool {
    c == p || fold_variants(p, ascii).contains(&c)
}

/// Whether `set` (negation and case-insensitivity included) contains `c`.
pub(crate) fn set_contains(set: &CharSet, c: u32) -> bool {
    let hit = raw_contains(set, c)
        || set.icase
            && (raw_contains(set, lower(c, set.ascii))
                || raw_contains(set, upper(c, set.ascii))
                || !set.ascii
                    && EXTRA_FOLDS.iter().any(|&(a, b)| {
                        (a == c && raw_contains(set, b)) || (b == c && raw_contains(set, a))
                    }));
    hit != set.negated
}

fn raw_contains(set: &CharSet, c: u32) -> bool {
    set.items.iter().any(|item| match *item {
        SetItem::Char(x) => x == c,
        SetItem::Range(a, b) => a <= c && c <= b,
        SetItem::Cat(cat, neg) => in_category(cat, c, set.ascii) != neg,
    })
}
