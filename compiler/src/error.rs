//! Error constructors shared by the symbol-table pass and code generation. Every error the
//! compiler reports is an [`ast::SyntaxError`] carrying the offending node's range.

use krait_ast::{SyntaxError, TextRange};

/// The compiler's result type.
pub(crate) type CompileResult<T> = Result<T, SyntaxError>;

/// A `SyntaxError` with CPython's wording `message` at `range`.
pub(crate) fn syntax_error(message: impl Into<String>, range: TextRange) -> SyntaxError {
    SyntaxError::new(message, range)
}

/// A construct the compiler does not handle yet: `"<what> is not supported yet"`.
pub(crate) fn unsupported(what: &str, range: TextRange) -> SyntaxError {
    SyntaxError::new(format!("{what} is not supported yet"), range)
}

/// A broken compiler invariant. Reported as an error rather than a panic so that no input
/// can crash the compiler; seeing one is always a compiler bug.
pub(crate) fn internal_error(what: impl std::fmt::Display, range: TextRange) -> SyntaxError {
    SyntaxError::new(format!("internal compiler error: {what}"), range)
}

/// Deeper nesting than this many expressions and statements is rejected instead of risking
/// the native stack, as CPython rejects it with a `RecursionError`.
pub(crate) const MAX_NESTING: u32 = 600;

/// The error for input nested deeper than [`MAX_NESTING`].
pub(crate) fn too_deep(range: TextRange) -> SyntaxError {
    SyntaxError::new("maximum recursion depth exceeded during compilation", range)
}
