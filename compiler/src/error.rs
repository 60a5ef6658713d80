//! Error constructors shared by the symbol-table pass and code generation. Every error the
//! compiler reports is an [`ast::SyntaxError`] carrying the offending node's range.

use krait_ast::{SyntaxError, TextRange};

/// The compiler's result type.
pub(crate) type CompileResult<T> = Result<T, SyntaxError>;

/// A `SyntaxError` with CPython's wording `message` at `range`.
pub(crate) fn syntax_error(message: impl Into<String>, range: TextRange) -> SyntaxError {
    SyntaxError::new(message, range)
}

/// A broken compiler invariant. Reported as an error rather than a panic so that no input
/// can crash the compiler; seeing one is always a compiler bug.
pub(crate) fn internal_error(what: impl std::fmt::Display, range: TextRange) -> SyntaxError {
    SyntaxError::new(format!("internal compiler error: {what}"), range)
}

/// Deeper nesting than this many expressions and statements is rejected, about where
/// CPython 3.11 gives up with `RecursionError: maximum recursion depth exceeded during
/// compilation`.
pub(crate) const MAX_NESTING: u32 = 2990;

/// Runs `f`, first moving to a fresh stack segment if the native stack is running low, so
/// that recursion over deeply nested trees is bounded only by [`MAX_NESTING`].
pub(crate) fn with_stack<R>(f: impl FnOnce() -> R) -> R {
    const RED_ZONE: usize = 128 * 1024;
    const SEGMENT: usize = 4 * 1024 * 1024;
    stacker::maybe_grow(RED_ZONE, SEGMENT, f)
}

/// The error for input nested deeper than [`MAX_NESTING`].
pub(crate) fn too_deep(range: TextRange) -> SyntaxError {
    SyntaxError::new("maximum recursion depth exceeded during compilation", range)
}
