//! f-strings, as Python 3.11 reads them: the lexer hands over the whole literal as one
//! string token, and this module splits its body into literal text and `{…}` replacement
//! fields, parses each field's expression with the grammar (wrapped in parentheses, the way
//! CPython does, so `{a, b}` is a tuple and leading spaces are fine), and assembles the
//! `JoinedStr` / `FormattedValue` nodes. Field expressions keep their real source ranges;
//! the literal pieces and `FormattedValue`s take the range of the whole run of string
//! tokens, as in CPython 3.11.

use krait_ast::{Expr, ExprKind, PyString, TextRange};

use super::strings::{decode_str_noting, str_constant, StrToken};
use super::{fail, PResult, MAX_DEPTH};
use crate::Ctx;

/// Collects the pieces of a `JoinedStr` across the tokens of a concatenation.
///
/// CPython gives a literal piece that a field follows the range of the whole run, and the
/// last literal piece the range the caller finishes with: the whole run at the top level,
/// the current token in a format spec. A piece is `kind='u'` when the token its range
/// starts at is a `u"…"` string.
pub(crate) struct FStringParts {
    whole: TextRange,
    whole_kind: bool,
    values: Vec<Expr>,
    pending: PyString,
    depth: u32,
}

impl FStringParts {
    pub(crate) fn new(whole: TextRange, whole_kind: bool) -> FStringParts {
        FStringParts {
            whole,
            whole_kind,
            values: Vec::new(),
            pending: PyString::new(),
            depth: 1,
        }
    }

    /// Literal text; adjacent pieces merge into one `Constant`.
    pub(crate) fn literal(&mut self, text: PyString) {
        if self.pending.is_empty() {
            self.pending = text;
        } else {
            self.pending.push_py_str(&text);
        }
    }

    /// Literal source text (the expression of a self-documenting field).
    fn literal_source(&mut self, text: &str) {
        self.pending.push_str(text);
    }

    fn flush(&mut self, range: TextRange, kind: bool) {
        if !self.pending.is_empty() {
            let text = std::mem::take(&mut self.pending);
            self.values.push(str_constant(text, kind, range));
        }
    }

    fn field(&mut self, value: Expr, depth: u32) {
        self.flush(self.whole, self.whole_kind);
        self.depth = self.depth.max(depth);
        self.values.push(value);
    }

    /// The text, when no field was added.
    pub(crate) fn into_literal(self) -> PyString {
        self.pending
    }

    /// The `JoinedStr` values and the depth of the deepest; a trailing literal piece gets
    /// `range` and `kind`.
    pub(crate) fn finish(mut self, range: TextRange, kind: bool) -> (Vec<Expr>, u32) {
        self.flush(range, kind);
        (self.values, self.depth)
    }
}

fn fstring_error<T>(message: &str, at: TextRange) -> PResult<T> {
    fail(format!("f-string: {message}"), at)
}

/// Parses the body of one f-string token into `parts`.
pub(crate) fn parse(ctx: &Ctx, token: &StrToken, parts: &mut FStringParts) -> PResult<()> {
    let mut pos = token.body.0;
    // CPython reports these errors at the token after the strings: the end of the run.
    let error_at = super::strings::after_run(ctx.source, parts.whole.end());
    let reader = Reader {
        ctx,
        token,
        error_at,
    };
    reader.pieces(&mut pos, 0, parts)?;
    if pos < token.body.1 {
        // Only a nested format spec stops at a `}`; at the top level that is an error
        // already reported, so this is unreachable in practice.
        return fstring_error("single '}' is not allowed", error_at);
    }
    Ok(())
}

struct Reader<'a, 's> {
    ctx: &'a Ctx<'s>,
    token: &'a StrToken,
    error_at: TextRange,
}

impl Reader<'_, '_> {
    fn bytes(&self) -> &[u8] {
        self.ctx.source.as_bytes()
    }

    fn end(&self) -> usize {
        self.token.body.1
    }

    /// Literal text and fields until the body ends or, in a format spec (`level > 0`), a
    /// `}` closes the field.
    fn pieces(&self, pos: &mut usize, level: u32, parts: &mut FStringParts) -> PResult<()> {
        let b = self.bytes();
        let end = self.end();
        let mut chunk_start = *pos;
        let mut i = *pos;
        while i < end {
            let c = b[i];
            if c == b'\\' && !self.token.raw && i + 1 < end {
                let next = b[i + 1];
                if next == b'N' && b.get(i + 2) == Some(&b'{') {
                    // `\N{NAME}`: its braces are not a field.
                    i += 3;
                    while i < end && b[i] != b'}' {
                        i += 1;
                    }
                    i = (i + 1).min(end);
                    continue;
                }
                i += if next == b'{' || next == b'}' { 1 } else { 2 };
                continue;
            }
            if c != b'{' && c != b'}' {
                i += 1;
                continue;
            }
            let doubled = level == 0 && b.get(i + 1) == Some(&c) && i + 1 < end;
            if doubled {
                self.literal(chunk_start, i + 1, parts)?;
                i += 2;
                chunk_start = i;
                continue;
            }
            self.literal(chunk_start, i, parts)?;
            if c == b'}' {
                if level == 0 {
                    return fstring_error("single '}' is not allowed", self.error_at);
                }
                *pos = i;
                return Ok(());
            }
            i = self.field(i, level, parts)?;
            chunk_start = i;
        }
        self.literal(chunk_start, end, parts)?;
        *pos = end;
        Ok(())
    }

    fn literal(&self, start: usize, end: usize, parts: &mut FStringParts) -> PResult<()> {
        if start >= end {
            return Ok(());
        }
        let text = &self.ctx.source[start..end];
        let mut invalid = None;
        let decoded = decode_str_noting(text, self.token.raw, &mut invalid)
            .map_err(|e| super::user(e.into_error(self.error_at)))?;
        if let Some(message) = invalid {
            self.ctx.warn(message, self.token.range);
        }
        parts.literal(decoded);
        Ok(())
    }

    /// The field whose `{` is at `open`; returns the index after its `}`.
    fn field(&self, open: usize, level: u32, parts: &mut FStringParts) -> PResult<usize> {
        let at = self.error_at;
        if level >= 2 {
            return fstring_error("expressions nested too deeply", at);
        }
        let b = self.bytes();
        let end = self.end();
        let expr_start = open + 1;
        let expr_end = self.expression_end(expr_start)?;
        if expr_end >= end {
            return fstring_error("expecting '}'", at);
        }
        if self.ctx.source[expr_start..expr_end]
            .bytes()
            .all(|c| c.is_ascii_whitespace())
        {
            return match b[expr_end] {
                c @ (b'!' | b':' | b'=') => {
                    fstring_error(&format!("expression required before '{}'", c as char), at)
                }
                _ => fstring_error("empty expression not allowed", at),
            };
        }
        let value = crate::parse_fstring_field(self.ctx, open, expr_start, expr_end)?;
        let mut i = expr_end;
        let mut self_documenting = false;
        if b[i] == b'=' {
            i += 1;
            while i < end && b[i].is_ascii_whitespace() {
                i += 1;
            }
            if i >= end {
                return fstring_error("expecting '}'", at);
            }
            parts.literal_source(&self.ctx.source[expr_start..i]);
            self_documenting = true;
        }
        let mut conversion = -1;
        if b[i] == b'!' {
            i += 1;
            if i >= end {
                return fstring_error("expecting '}'", at);
            }
            conversion = match b[i] {
                c @ (b's' | b'r' | b'a') => i32::from(c),
                _ => {
                    return fstring_error(
                        "invalid conversion character: expected 's', 'r', or 'a'",
                        at,
                    )
                }
            };
            i += 1;
        }
        let mut format_spec = None;
        if i < end && b[i] == b':' {
            i += 1;
            if i >= end {
                return fstring_error("expecting '}'", at);
            }
            let mut spec = FStringParts::new(parts.whole, parts.whole_kind);
            self.pieces(&mut i, level + 1, &mut spec)?;
            // The spec is finished with its own token: it and its last piece span only it.
            let (values, depth) = spec.finish(self.token.range, false);
            format_spec = Some((
                Expr::new(ExprKind::JoinedStr { values }, self.token.range),
                depth + 1,
            ));
        }
        if i >= end || b[i] != b'}' {
            return fstring_error("expecting '}'", at);
        }
        if self_documenting && format_spec.is_none() && conversion == -1 {
            conversion = i32::from(b'r');
        }
        let spec_depth = format_spec.as_ref().map_or(0, |(_, d)| *d);
        let depth = value.depth.max(spec_depth) + 1;
        if depth + 1 > MAX_DEPTH {
            return fail("too many nested expressions", at);
        }
        let node = ExprKind::FormattedValue {
            value: value.boxed(),
            conversion,
            format_spec: format_spec.map(|(e, _)| Box::new(e)),
        };
        parts.field(Expr::new(node, parts.whole), depth);
        Ok(i + 1)
    }

    /// Where the expression starting at `start` ends: at a `!`, `:`, `}` or `=` outside
    /// brackets and strings (but not inside `!=`, `==`, `<=`, `>=`).
    fn expression_end(&self, start: usize) -> PResult<usize> {
        let at = self.error_at;
        let b = self.bytes();
        let end = self.end();
        let mut brackets: Vec<u8> = Vec::new();
        let mut quote: Option<(u8, bool)> = None;
        let mut i = start;
        while i < end {
            let c = b[i];
            if c == b'\\' {
                return fail("f-string expression part cannot include a backslash", at);
            }
            if let Some((q, triple)) = quote {
                if c == q {
                    if !triple {
                        quote = None;
                    } else if i + 2 < end && b[i + 1] == q && b[i + 2] == q {
                        quote = None;
                        i += 2;
                    }
                }
                i += 1;
                continue;
            }
            match c {
                b'\'' | b'"' => {
                    let triple = i + 2 < end && b[i + 1] == c && b[i + 2] == c;
                    if triple {
                        i += 2;
                    }
                    quote = Some((c, triple));
                }
                b'[' | b'(' | b'{' => {
                    if brackets.len() >= 200 {
                        return fstring_error("too many nested parenthesis", at);
                    }
                    brackets.push(c);
                }
                b'#' => return fail("f-string expression part cannot include '#'", at),
                b'!' | b':' | b'}' | b'=' | b'<' | b'>' if brackets.is_empty() => {
                    let next = b.get(i + 1).copied().filter(|_| i + 1 < end);
                    if next == Some(b'=') && c != b':' && c != b'}' {
                        i += 2;
                        continue;
                    }
                    if c == b'<' || c == b'>' {
                        i += 1;
                        continue;
                    }
                    break;
                }
                b']' | b')' | b'}' => {
                    let Some(open) = brackets.pop() else {
                        return fstring_error(&format!("unmatched '{}'", c as char), at);
                    };
                    let expected = match open {
                        b'(' => b')',
                        b'[' => b']',
                        _ => b'}',
                    };
                    if c != expected {
                        return fstring_error(
                            &format!(
                                "closing parenthesis '{}' does not match opening parenthesis '{}'",
                                c as char, open as char
                            ),
                            at,
                        );
                    }
                }
                _ => {}
            }
            i += 1;
        }
        if quote.is_some() {
            return fstring_error("unterminated string", at);
        }
        if let Some(open) = brackets.last() {
            return fstring_error(&format!("unmatched '{}'", *open as char), at);
        }
        Ok(i)
    }
}
