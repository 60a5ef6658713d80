//! Names and numeric literals.

use krait_ast::{Constant, ExprContext, ExprKind};
use num_bigint::BigInt;
use unicode_normalization::UnicodeNormalization;

use super::{fail, range, Ex, PResult};
use crate::Ctx;

/// CPython refuses decimal literals longer than this (`sys.get_int_max_str_digits()`).
const MAX_DECIMAL_DIGITS: usize = 4300;

/// The identifier spelled at `l..r`, NFKC-normalised as Python requires (PEP 3131).
pub(crate) fn identifier(ctx: &Ctx, l: u32, r: u32) -> String {
    let text = ctx.text(l, r);
    if text.is_ascii() {
        text.to_owned()
    } else {
        text.nfkc().collect()
    }
}

/// A `Name` in load context.
pub(crate) fn name(ctx: &Ctx, l: u32, r: u32) -> Ex {
    Ex::leaf(
        ExprKind::Name {
            id: identifier(ctx, l, r),
            ctx: ExprContext::Load,
        },
        range(l, r),
    )
}

/// A `Constant` node.
pub(crate) fn constant(value: Constant, l: u32, r: u32) -> Ex {
    Ex::leaf(ExprKind::Constant { value, kind: None }, range(l, r))
}

/// An integer literal in any base.
pub(crate) fn int(ctx: &Ctx, l: u32, r: u32) -> PResult<Ex> {
    let text = ctx.text(l, r);
    let (digits, radix) = match text.as_bytes() {
        [b'0', b'x' | b'X', ..] => (&text[2..], 16),
        [b'0', b'o' | b'O', ..] => (&text[2..], 8),
        [b'0', b'b' | b'B', ..] => (&text[2..], 2),
        _ => (text, 10),
    };
    let clean: Vec<u8> = digits.bytes().filter(|&b| b != b'_').collect();
    if radix == 10 && clean.len() > MAX_DECIMAL_DIGITS {
        return fail(
            format!(
                "Exceeds the limit ({MAX_DECIMAL_DIGITS} digits) for integer string conversion: value has {} digits; \
                 use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer \
                 literals to avoid decimal conversion limits.",
                clean.len()
            ),
            range(l, r),
        );
    }
    // The lexer only produces well-formed literals, so this cannot fail; stay total anyway.
    let value = BigInt::parse_bytes(&clean, radix).unwrap_or_default();
    Ok(constant(Constant::Int(value), l, r))
}

fn parse_float(text: &str) -> f64 {
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    clean.parse().unwrap_or(f64::NAN)
}

/// A float literal.
pub(crate) fn float(ctx: &Ctx, l: u32, r: u32) -> Ex {
    constant(Constant::Float(parse_float(ctx.text(l, r))), l, r)
}

/// An imaginary literal `…j`.
pub(crate) fn imaginary(ctx: &Ctx, l: u32, r: u32) -> Ex {
    let text = ctx.text(l, r);
    let imag = parse_float(&text[..text.len() - 1]);
    constant(Constant::Complex { real: 0.0, imag }, l, r)
}
