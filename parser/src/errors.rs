//! Parse failures in CPython's words. lalrpop reports the token it could not shift and the
//! terminals it would have accepted; this module turns that into "invalid syntax",
//! "expected ':'", "unexpected indent", "expected an indented block after 'if' statement on
//! line 3" and the like, pointing where CPython points.

use krait_ast::{SyntaxError, SyntaxErrorKind, TextRange, TextSize};
use krait_lexer::{Token, TokenKind};
use lalrpop_util::ParseError;

use crate::build::ActionError;
use crate::tokens::Tok;

/// Converts a lalrpop error for `tokens` (lexed from `source`).
pub(crate) fn convert(
    error: ParseError<u32, Tok, ActionError>,
    source: &str,
    tokens: &[Token],
) -> SyntaxError {
    convert_with_reach(error, source, tokens).0
}

/// Converts a lalrpop error, and tells how far into the source CPython's parser would have
/// read before reporting it (an offset): an unclosed bracket is reported instead when that
/// is on a later line than the bracket.
pub(crate) fn convert_with_reach(
    error: ParseError<u32, Tok, ActionError>,
    source: &str,
    tokens: &[Token],
) -> (SyntaxError, u32) {
    match error {
        ParseError::User { error } => {
            let reach = error.error.range.end().into();
            (error.error, reach)
        }
        ParseError::UnrecognizedToken {
            token: (l, tok, r),
            expected,
        } => {
            let kind = match tok {
                Tok::K(kind) => kind,
                Tok::WithLPar => TokenKind::LPar,
                Tok::Match | Tok::Case => TokenKind::Name,
            };
            unexpected(source, tokens, l, kind, r, &expected)
        }
        ParseError::UnrecognizedEof { location, .. } | ParseError::InvalidToken { location } => (
            SyntaxError::new("invalid syntax", at(location, location)),
            location,
        ),
        ParseError::ExtraToken { token: (l, _, r) } => {
            (SyntaxError::new("invalid syntax", at(l, r)), l)
        }
    }
}

fn at(l: u32, r: u32) -> TextRange {
    TextRange::new(TextSize::from(l), TextSize::from(r.max(l)))
}

fn expects(expected: &[String], terminal: &str) -> bool {
    expected.iter().any(|e| e.trim_matches('"') == terminal)
}

/// The error for an unexpected token `kind` at `l..r`, and how far CPython would have read.
fn unexpected(
    source: &str,
    tokens: &[Token],
    l: u32,
    kind: TokenKind,
    r: u32,
    expected: &[String],
) -> (SyntaxError, u32) {
    let index = tokens.iter().position(|t| {
        u32::from(t.range.start()) == l && t.kind == kind && u32::from(t.range.end()) == r
    });
    // CPython's NEWLINE after a comment starts at the `#`.
    let (l, r) = match index {
        Some(i) if kind == TokenKind::Newline && i > 0 => {
            let previous_end = u32::from(tokens[i - 1].range.end());
            match source
                .get(previous_end as usize..l as usize)
                .and_then(|gap| gap.find('#'))
            {
                Some(hash) => (previous_end + hash as u32, previous_end + hash as u32),
                None => (l, r),
            }
        }
        _ => (l, r),
    };
    if kind == TokenKind::ErrorToken && index.is_some_and(|i| i + 1 == tokens.len()) {
        // The input ended inside brackets: CPython reports the bracket.
        return (SyntaxError::new("invalid syntax", at(l, r)), u32::MAX);
    }
    if let Some(error) = index.and_then(|i| string_run_error(source, tokens, i)) {
        return (error, l);
    }
    if let Some(error) = index.and_then(|i| dict_item(tokens, i)) {
        return (error, l);
    }
    if let Some(error) = index.and_then(|i| keyword_generator(tokens, i)) {
        return (error, l);
    }
    if let Some(i) = index {
        if kind == TokenKind::Equal && !expects(expected, "=") {
            if let Some(found) = misused_equal(source, tokens, i) {
                return found;
            }
        }
        if let Some((range, reach)) = missing_comma(source, tokens, i) {
            if legacy_print(source, tokens, i).is_none() {
                let error = SyntaxError::new("invalid syntax. Perhaps you forgot a comma?", range);
                return (error, reach);
            }
        }
    }
    (
        unexpected_error(source, tokens, index, l, kind, r, expected),
        l,
    )
}

/// CPython decodes a run of string tokens (f-strings parsed) as soon as it has read them, so
/// an error inside them comes before the error of the token that follows.
fn string_run_error(source: &str, tokens: &[Token], i: usize) -> Option<SyntaxError> {
    if i == 0 || tokens[i - 1].kind != TokenKind::String {
        return None;
    }
    let mut start = i - 1;
    while start > 0 && tokens[start - 1].kind == TokenKind::String {
        start -= 1;
    }
    crate::parse_token_slice_checked(source, &tokens[start..i]).err()
}

/// The message and range for an unexpected token, where CPython reads no further.
fn unexpected_error(
    source: &str,
    tokens: &[Token],
    index: Option<usize>,
    l: u32,
    kind: TokenKind,
    r: u32,
    expected: &[String],
) -> SyntaxError {
    if kind == TokenKind::Indent {
        // CPython's caret sits on the last character of the indentation.
        return SyntaxError::new("unexpected indent", at(r.saturating_sub(1), r))
            .with_kind(SyntaxErrorKind::IndentationError);
    }
    // CPython's end-of-file token sits at the end of the last line, not after it.
    let (l, r) = if l as usize == source.len() && l == r {
        let end = last_line_end(source);
        (end, end)
    } else {
        (l, r)
    };
    if expected.len() == 1 && expects(expected, "Indent") {
        let message = match index.and_then(|i| block_header(source, tokens, i)) {
            Some((what, line)) => format!("expected an indented block after {what} on line {line}"),
            None => "expected an indented block".to_owned(),
        };
        return SyntaxError::new(message, at(l, r)).with_kind(SyntaxErrorKind::IndentationError);
    }
    if expects(expected, "except") && expects(expected, "finally") && !expects(expected, "else") {
        return SyntaxError::new("expected 'except' or 'finally' block", at(l, r));
    }
    if expected.len() == 1 && expects(expected, "(") {
        return SyntaxError::new("expected '('", at(l, r));
    }
    if let Some(i) = index {
        if let Some(error) = invalid_for_target(source, tokens, i) {
            return error;
        }
        if let Some(error) = dangling_assignment(source, tokens, i) {
            return error;
        }
        if let Some(colon) = annotation_colon(source, tokens, i) {
            return SyntaxError::new("invalid syntax", colon);
        }
        if expects(expected, ":") && expected_colon(source, tokens, i, kind, expected) {
            return SyntaxError::new("expected ':'", at(l, r));
        }
    }
    if let Some(i) = index {
        if matches!(kind, TokenKind::Colon | TokenKind::Newline)
            && i >= 2
            && tokens[i - 1].kind == TokenKind::Star
            && tokens[i - 2].kind == TokenKind::Except
        {
            return SyntaxError::new("expected one or more exception types", at(l, r));
        }
        if let Some(error) = match_without_colon(source, tokens, i) {
            return error;
        }
        if let Some(double_star) = double_starred_group(tokens, i) {
            return SyntaxError::new("invalid syntax", double_star);
        }
        if expects(expected, "else") && kind != TokenKind::Colon {
            if let Some(range) = if_without_else(tokens, i) {
                return SyntaxError::new("expected 'else' after 'if' expression", range);
            }
        }
        if kind == TokenKind::Comma {
            if let Some(range) = unparenthesized_exceptions(tokens, i) {
                return SyntaxError::new("multiple exception types must be parenthesized", range);
            }
        }
        if let Some(error) = legacy_print(source, tokens, i) {
            return error;
        }
    }
    match kind {
        // CPython's parser names an unexpected dedent, as it does an indent.
        TokenKind::Dedent => SyntaxError::new("unexpected unindent", at(l, r))
            .with_kind(SyntaxErrorKind::IndentationError),
        // Its end marker sits at the start of the last line.
        TokenKind::EndMarker => {
            let start = source[..l as usize]
                .rfind(['\n', '\r'])
                .map_or(0, |i| i as u32 + 1);
            SyntaxError::new("invalid syntax", at(start, start))
        }
        _ => SyntaxError::new("invalid syntax", at(l, r)),
    }
}

/// `(**a, …)`: a group (not a call) opening with `**` is only read as the error
/// "cannot use double starred expression here" when it closes right after the expression;
/// otherwise CPython fails at the `**`.
fn double_starred_group(tokens: &[Token], i: usize) -> Option<TextRange> {
    let open = enclosing_bracket(tokens, i)?;
    let is_call = open > 0 && ends_expression(tokens[open - 1].kind);
    let star = tokens.get(open + 1)?;
    (tokens[open].kind == TokenKind::LPar
        && !is_call
        && star.kind == TokenKind::DoubleStar
        && open + 1 < i)
        .then_some(star.range)
}

/// `match subject` without its `:`. A statement starting with the name `match` and an
/// expression is read by CPython as a match header: it says "expected ':'" at the line end,
/// or "invalid syntax" where the subject stops parsing.
fn match_without_colon(source: &str, tokens: &[Token], i: usize) -> Option<SyntaxError> {
    let first = line_start(tokens, i);
    let keyword = tokens[first];
    if i != first + 1
        || keyword.kind != TokenKind::Name
        || &source[keyword.range] != "match"
        || !starts_expression(tokens[i].kind)
    {
        return None;
    }
    // The subject: expressions separated by commas, perhaps with a trailing one.
    let mut end = expression_list_end(tokens, i);
    if tokens.get(end).map(|t| t.kind) == Some(TokenKind::Comma) {
        end += 1;
    }
    let next = tokens.get(end)?;
    crate::parse_token_slice(source, &tokens[i..end])?;
    let message = if next.kind == TokenKind::Newline {
        "expected ':'"
    } else {
        "invalid syntax"
    };
    Some(SyntaxError::new(message, next.range))
}

/// The indices of the tokens before token `i` at its own bracket level, nearest first.
///
/// A bracketed group closed before `i` is stepped over whole: neither its brackets nor
/// anything inside them is yielded. An open bracket whose close does not come before `i` —
/// the bracket enclosing `i` — is yielded like any other token, and the walk then goes on
/// outside it; callers looking for the start of something stop there.
fn level_before(tokens: &[Token], i: usize) -> impl Iterator<Item = usize> + '_ {
    same_level(
        tokens,
        (0..i).rev(),
        TokenKind::is_close_bracket,
        TokenKind::is_open_bracket,
    )
}

/// The indices of the tokens from token `from` on at its bracket level, in order: the
/// forward counterpart of [`level_before`]. Groups opened at or after `from` are stepped
/// over whole; a close bracket without its open (the end of the group enclosing `from`) is
/// yielded, and the walk goes on after it. Pass `&tokens[..end]` to stop before `end`.
fn level_from(tokens: &[Token], from: usize) -> impl Iterator<Item = usize> + '_ {
    same_level(
        tokens,
        from..tokens.len(),
        TokenKind::is_open_bracket,
        TokenKind::is_close_bracket,
    )
}

/// The walk behind [`level_before`] and [`level_from`]: of the indices in `order`, those at
/// the first one's bracket level, where a token for which `enters` holds starts a nested
/// group and one for which `leaves` holds ends it (or, outside any, is yielded).
fn same_level<'a>(
    tokens: &'a [Token],
    order: impl Iterator<Item = usize> + 'a,
    enters: fn(TokenKind) -> bool,
    leaves: fn(TokenKind) -> bool,
) -> impl Iterator<Item = usize> + 'a {
    let mut depth = 0usize;
    order.filter(move |&j| {
        let k = tokens[j].kind;
        if enters(k) {
            depth += 1;
            false
        } else if leaves(k) && depth > 0 {
            depth -= 1;
            false
        } else {
            depth == 0
        }
    })
}

/// The index of the first token of the run ending just before token `i` at its bracket
/// level whose tokens all satisfy `continues` (bracketed groups count as part of the run);
/// the run also stops at the bracket enclosing `i`.
fn run_start(tokens: &[Token], i: usize, continues: impl Fn(TokenKind) -> bool) -> usize {
    level_before(tokens, i)
        .find(|&j| tokens[j].kind.is_open_bracket() || !continues(tokens[j].kind))
        .map_or(0, |j| j + 1)
}

/// The index of the close bracket matching the open bracket at `open`, if it is in
/// `tokens`.
fn matching_close(tokens: &[Token], open: usize) -> Option<usize> {
    level_from(tokens, open + 1).find(|&j| tokens[j].kind.is_close_bracket())
}

/// The index of the first token of the statement or bracketed item holding token `i`, at
/// the same bracket depth: after an opening bracket, a line end or an indentation token.
fn clause_start(tokens: &[Token], i: usize) -> usize {
    run_start(tokens, i, |k| {
        !matches!(
            k,
            TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent
        )
    })
}

/// `for TARGET` where the target is no target (`for f():`, `for a and b in c`): CPython reads
/// everything after `for` as expressions and names what cannot be assigned to. Only while
/// no `in` was read: after it, CPython's parser is committed to the loop.
fn invalid_for_target(source: &str, tokens: &[Token], i: usize) -> Option<SyntaxError> {
    let start = clause_start(tokens, i);
    let mut for_at = None;
    for j in level_from(&tokens[..i], start) {
        match tokens[j].kind {
            TokenKind::For => for_at = Some(j),
            TokenKind::In => for_at = None,
            _ => {}
        }
    }
    let target_start = for_at? + 1;
    if target_start >= tokens.len() || !starts_expression(tokens[target_start].kind) {
        return None;
    }
    let end = expression_list_end(tokens, target_start);
    let target = crate::parse_token_slice(source, &tokens[target_start..end])?;
    let bad = crate::build::targets::invalid_target(&target, crate::build::targets::Kind::For)?;
    let what = crate::build::targets::expr_name(bad);
    Some(SyntaxError::new(
        format!("cannot assign to {what}"),
        bad.range,
    ))
}

/// `a = f() =` with nothing after the last `=`: CPython still names the first target that
/// cannot be assigned to.
fn dangling_assignment(source: &str, tokens: &[Token], i: usize) -> Option<SyntaxError> {
    if i == 0 || tokens[i - 1].kind != TokenKind::Equal {
        return None;
    }
    let start = clause_start(tokens, i - 1);
    if start > 0 && tokens[start - 1].kind.is_open_bracket() {
        return None;
    }
    let mut segment = start;
    for j in level_from(&tokens[..i], start) {
        if tokens[j].kind == TokenKind::Equal {
            let target = crate::parse_token_slice(source, &tokens[segment..j])?;
            let kind = crate::build::targets::Kind::Assign;
            if let Some(bad) = crate::build::targets::invalid_target(&target, kind) {
                let what = crate::build::targets::expr_name(bad);
                return Some(SyntaxError::new(
                    format!("cannot assign to {what}"),
                    bad.range,
                ));
            }
            segment = j + 1;
        }
    }
    None
}

/// `f(): …` as a statement: CPython only reads a `:` after an expression statement when the
/// expression can be annotated (a name, an attribute, a subscript), so its parser fails at
/// the `:` itself. Returns the `:`.
fn annotation_colon(source: &str, tokens: &[Token], i: usize) -> Option<TextRange> {
    let start = clause_start(tokens, i);
    if start > 0 && tokens[start - 1].kind.is_open_bracket() {
        return None;
    }
    let first = tokens.get(start)?.kind;
    if is_compound_keyword(first)
        || first.is_keyword()
            && !matches!(
                first,
                TokenKind::None | TokenKind::True | TokenKind::False | TokenKind::Await
            )
    {
        return None;
    }
    let colon = level_from(&tokens[..i], start).find(|&j| tokens[j].kind == TokenKind::Colon)?;
    let target = crate::parse_token_slice(source, &tokens[start..colon])?;
    match target.kind {
        krait_ast::ExprKind::Name { .. }
        | krait_ast::ExprKind::Attribute { .. }
        | krait_ast::ExprKind::Subscript { .. } => None,
        _ => Some(tokens[colon].range),
    }
}

/// Whether token `i` is among a `lambda`'s parameters (CPython never says "expected ':'"
/// there).
fn in_lambda_parameters(tokens: &[Token], i: usize) -> bool {
    let stop = level_before(tokens, i).map(|j| tokens[j].kind).find(|k| {
        k.is_open_bracket()
            || matches!(
                k,
                TokenKind::Lambda
                    | TokenKind::Colon
                    | TokenKind::Newline
                    | TokenKind::Indent
                    | TokenKind::Dedent
            )
    });
    stop == Some(TokenKind::Lambda)
}

/// The index of the first token of the logical line holding token `i`.
fn line_start(tokens: &[Token], i: usize) -> usize {
    let mut j = i;
    while j > 0
        && !matches!(
            tokens[j - 1].kind,
            TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent
        )
    {
        j -= 1;
    }
    j
}

fn is_compound_keyword(kind: TokenKind) -> bool {
    use TokenKind::*;
    matches!(
        kind,
        If | Elif | Else | While | For | With | Try | Except | Finally | Def | Class | Async
    )
}

/// Whether CPython says "expected ':'" for the unexpected token `i`, which the grammar would
/// have accepted a `:` in place of. After a `def`'s parameters and after `try`, `else`,
/// `finally`, CPython requires the `:` whatever follows; after the other headers only a line
/// end gets the message; elsewhere it is given when nothing but `:` could follow.
fn expected_colon(
    source: &str,
    tokens: &[Token],
    i: usize,
    kind: TokenKind,
    expected: &[String],
) -> bool {
    if in_lambda_parameters(tokens, i) {
        return false;
    }
    let first = line_start(tokens, i);
    let mut keyword = tokens[first].kind;
    if keyword == TokenKind::Async {
        keyword = tokens.get(first + 1).map_or(keyword, |t| t.kind);
    }
    let at_line_end = kind == TokenKind::Newline;
    let only_colon = expected
        .iter()
        .all(|e| matches!(e.trim_matches('"'), ":" | "->"));
    match keyword {
        TokenKind::Def => after_parameters(tokens, first, i) || at_line_end,
        TokenKind::Try | TokenKind::Finally | TokenKind::Else => true,
        k if is_compound_keyword(k) => at_line_end,
        TokenKind::Name if &source[tokens[first].range] == "case" => at_line_end,
        _ => only_colon,
    }
}

/// Whether token `i` comes after the closed parameter list of the `def` at `first`.
fn after_parameters(tokens: &[Token], first: usize, i: usize) -> bool {
    let Some(open) = (first..i).find(|&j| tokens[j].kind == TokenKind::LPar) else {
        return false;
    };
    let Some(close) = matching_close(&tokens[..i], open) else {
        return false;
    };
    // …and before the header's `:` (a body on the same line is past it).
    !tokens[close..i].iter().any(|t| t.kind == TokenKind::Colon)
}

/// For an error right after `header:` NEWLINE, CPython names the header: "'if' statement",
/// "function definition", … and its line.
fn block_header(source: &str, tokens: &[Token], i: usize) -> Option<(String, usize)> {
    // Step back over the NEWLINE that ended the header line.
    let newline = (0..i)
        .rev()
        .find(|&j| tokens[j].kind == TokenKind::Newline)?;
    let first = line_start(tokens, newline);
    let mut kind = tokens[first].kind;
    if kind == TokenKind::Async {
        kind = tokens.get(first + 1)?.kind;
    }
    let what = match kind {
        TokenKind::Def => "function definition".to_owned(),
        TokenKind::Class => "class definition".to_owned(),
        TokenKind::Except if tokens.get(first + 1).map(|t| t.kind) == Some(TokenKind::Star) => {
            "'except*' statement".to_owned()
        }
        k if is_compound_keyword(k) => format!("'{}' statement", k.text().unwrap_or("")),
        TokenKind::Name if matches!(&source[tokens[first].range], "match" | "case") => {
            format!("'{}' statement", &source[tokens[first].range])
        }
        _ => return None,
    };
    let offset = usize::from(tokens[first].range.start());
    let line = 1 + source[..offset].bytes().filter(|&b| b == b'\n').count();
    Some((what, line))
}

/// Whether `kind` is a whole operand by itself: a name or a literal.
fn is_atom(kind: TokenKind) -> bool {
    use TokenKind::*;
    matches!(
        kind,
        Name | Int | Float | Imaginary | String | True | False | None | Ellipsis
    )
}

fn starts_expression(kind: TokenKind) -> bool {
    use TokenKind::*;
    is_atom(kind) || matches!(kind, LPar | LSqb | LBrace | Tilde | Lambda)
}

fn ends_expression(kind: TokenKind) -> bool {
    use TokenKind::*;
    is_atom(kind) || matches!(kind, RPar | RSqb | RBrace)
}

/// CPython's "Perhaps you forgot a comma?": two expressions side by side inside brackets.
/// The range runs from the start of the first to the end of the second.
/// Also returns how far CPython read: the token after the second expression.
fn missing_comma(source: &str, tokens: &[Token], i: usize) -> Option<(TextRange, u32)> {
    // `a not b` fails at `b` (after `not`, only `in` could follow `a`), but CPython sees
    // `not b` as the second expression.
    let i = if i >= 2 && tokens[i - 1].kind == TokenKind::Not && ends_expression(tokens[i - 2].kind)
    {
        i - 1
    } else {
        i
    };
    let second_starts = starts_expression(tokens[i].kind)
        || matches!(tokens[i].kind, TokenKind::Not | TokenKind::Await);
    if i == 0 || !second_starts || !ends_expression(tokens[i - 1].kind) {
        return None;
    }
    // When the second expression runs into the end of a file left inside brackets, CPython
    // read to the end and reports the unclosed bracket.
    if let Some(end) = expression_end(tokens, i).checked_sub(1) {
        let first = clause_start(tokens, i);
        if end + 1 == tokens.len()
            && tokens[end].kind == TokenKind::ErrorToken
            && crate::parse_token_slice(source, &tokens[first..i]).is_some()
        {
            let range = TextRange::new(tokens[i].range.start(), tokens[end].range.end());
            return Some((range, u32::MAX));
        }
    }
    // Find the enclosing bracket and the start of the current item: after a `,`, a `:` or
    // a keyword argument's (or default's) `=`.
    let stop = level_before(tokens, i).find(|&j| {
        let k = tokens[j].kind;
        k.is_open_bracket()
            || matches!(
                k,
                TokenKind::Comma | TokenKind::Colon | TokenKind::Newline | TokenKind::Equal
            )
    })?;
    if tokens[stop].kind == TokenKind::Newline {
        return None;
    }
    let after_equal = tokens[stop].kind == TokenKind::Equal;
    let start = stop + 1;
    // Parameters are no expressions (their defaults are).
    let open = enclosing_bracket(tokens, i)?;
    let in_parameters = open >= 2
        && tokens[open - 1].kind == TokenKind::Name
        && tokens[open - 2].kind == TokenKind::Def;
    if in_parameters && !after_equal {
        return None;
    }
    // CPython makes no suggestion when the first expression starts with a name directly
    // followed by a string (`ur'…'`, `print "…"`) or with a soft keyword.
    let first = tokens[start];
    if first.kind == TokenKind::Name
        && (tokens.get(start + 1).map(|t| t.kind) == Some(TokenKind::String)
            || matches!(&source[first.range], "match" | "case" | "_"))
    {
        return None;
    }
    if tokens[start..i].iter().any(|t| {
        t.kind.is_keyword()
            && t.kind != TokenKind::None
            && t.kind != TokenKind::True
            && t.kind != TokenKind::False
    }) {
        return None;
    }
    // The second expression, as far as it parses as one; it must be one.
    let end = expression_end(tokens, i).checked_sub(1)?;
    if end < i || crate::parse_token_slice(source, &tokens[i..=end]).is_none() {
        return None;
    }
    let reach = tokens
        .get(end + 1)
        .map_or(u32::MAX, |t| t.range.start().into());
    let range = TextRange::new(tokens[start].range.start(), tokens[end].range.end());
    Some((range, reach))
}

/// Whether `kind` can appear inside a `bitwise_or` expression outside brackets.
fn continues_bitwise_or(kind: TokenKind) -> bool {
    use TokenKind::*;
    is_atom(kind)
        || matches!(
            kind,
            Await
                | Dot
                | Plus
                | Minus
                | Star
                | Slash
                | DoubleSlash
                | Percent
                | At
                | DoubleStar
                | Tilde
                | VBar
                | Amper
                | Circumflex
                | LeftShift
                | RightShift
        )
}

/// The index after the `bitwise_or` that starts at token `i` (brackets skipped whole).
fn bitwise_or_end(tokens: &[Token], i: usize) -> usize {
    level_from(tokens, i)
        .find(|&j| tokens[j].kind.is_close_bracket() || !continues_bitwise_or(tokens[j].kind))
        .unwrap_or(tokens.len())
}

/// The index of the first token of the `bitwise_or` that ends just before token `eq`, and
/// whether what precedes it allows a named expression there (a condition, a bracket, a
/// comma inside brackets).
fn bitwise_or_start(tokens: &[Token], eq: usize) -> Option<usize> {
    let j = run_start(tokens, eq, continues_bitwise_or);
    if j == eq || j == 0 {
        return None;
    }
    let before = tokens[j - 1].kind;
    let allowed = match before {
        TokenKind::If | TokenKind::Elif | TokenKind::While => true,
        k if k.is_open_bracket() => true,
        TokenKind::Comma => enclosing_bracket(tokens, j).is_some(),
        _ => false,
    };
    allowed.then_some(j)
}

/// CPython's hints for `=` written where a comparison or `:=` was meant (`if x = 1:`).
/// Returns the error and how far CPython read: the token after the right-hand side.
fn misused_equal(source: &str, tokens: &[Token], eq: usize) -> Option<(SyntaxError, u32)> {
    let start = bitwise_or_start(tokens, eq)?;
    let end = bitwise_or_end(tokens, eq + 1);
    if end == eq + 1
        || matches!(
            tokens.get(end).map(|t| t.kind),
            Some(TokenKind::Equal | TokenKind::ColonEqual)
        )
    {
        return None;
    }
    let reach = tokens.get(end).map_or(u32::MAX, |t| t.range.start().into());
    let lhs = &tokens[start..eq];
    if lhs.len() == 1 && lhs[0].kind == TokenKind::Name {
        let range = TextRange::new(lhs[0].range.start(), tokens[end - 1].range.end());
        let message = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
        return Some((SyntaxError::new(message, range), reach));
    }
    if matches!(
        lhs[0].kind,
        TokenKind::LSqb | TokenKind::True | TokenKind::False | TokenKind::None
    ) {
        return None;
    }
    let target = crate::parse_token_slice(source, lhs)?;
    if matches!(
        target.kind,
        krait_ast::ExprKind::Tuple { .. } | krait_ast::ExprKind::GeneratorExp { .. }
    ) {
        return None;
    }
    let what = crate::build::targets::expr_name(&target);
    let message = format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?");
    Some((SyntaxError::new(message, target.range), reach))
}

/// CPython's hint for Python 2 statements: `print "x"` → "Missing parentheses in call to
/// 'print'. Did you mean print(...)?", from the name to the end of what follows it.
fn legacy_print(source: &str, tokens: &[Token], i: usize) -> Option<SyntaxError> {
    let name = tokens.get(i.checked_sub(1)?)?;
    let text = &source[name.range];
    if name.kind != TokenKind::Name
        || !matches!(text, "print" | "exec")
        || !starts_expression(tokens[i].kind)
    {
        return None;
    }
    // What follows runs to the end of the statement or of the enclosing brackets; it is not
    // empty, as it starts with an expression.
    let stop = level_from(tokens, i)
        .find(|&j| {
            let k = tokens[j].kind;
            k.is_close_bracket()
                || matches!(
                    k,
                    TokenKind::Newline | TokenKind::Semi | TokenKind::EndMarker
                )
        })
        .unwrap_or(tokens.len());
    let end = stop - 1;
    // CPython gives the hint only when what follows is a valid expression list; otherwise
    // (`print {1:(foo.)}`) the error is the plain one.
    let rest = &source[TextRange::new(tokens[i].range.start(), tokens[end].range.end())];
    if crate::parse_module(&format!("({rest}\n)")).is_err() {
        return None;
    }
    Some(SyntaxError::new(
        format!("Missing parentheses in call to '{text}'. Did you mean {text}(...)?"),
        TextRange::new(name.range.start(), tokens[end].range.end()),
    ))
}

/// The end of the last line without its line break, where CPython puts its end-of-file
/// token.
fn last_line_end(source: &str) -> u32 {
    let without = source
        .strip_suffix("\r\n")
        .or_else(|| source.strip_suffix('\n'))
        .or_else(|| source.strip_suffix('\r'))
        .unwrap_or(source);
    without.len() as u32
}

/// The index of the bracket enclosing token `i`, if any.
fn enclosing_bracket(tokens: &[Token], i: usize) -> Option<usize> {
    level_before(tokens, i).find(|&j| tokens[j].kind.is_open_bracket())
}

/// The index of the first token of the comma-separated item holding token `i`, inside the
/// bracket at `open`.
fn item_start(tokens: &[Token], open: usize, i: usize) -> usize {
    level_before(tokens, i)
        .take_while(|&j| j > open)
        .find(|&j| tokens[j].kind == TokenKind::Comma)
        .map_or(open + 1, |j| j + 1)
}

/// CPython's hints for a keyword argument whose value runs into a comprehension's `for`
/// (`dict(a = i for i in y)`, `f(a.b = i for i in y)`), pointing from the argument's start
/// to the `=`.
fn keyword_generator(tokens: &[Token], i: usize) -> Option<SyntaxError> {
    if tokens[i].kind != TokenKind::For {
        return None;
    }
    let open = enclosing_bracket(tokens, i)?;
    if tokens[open].kind != TokenKind::LPar || open == 0 || !ends_expression(tokens[open - 1].kind)
    {
        return None;
    }
    let start = item_start(tokens, open, i);
    let eq = level_from(&tokens[..i], start).find(|&j| tokens[j].kind == TokenKind::Equal)?;
    if eq == start || eq + 1 >= i {
        return None;
    }
    // A plain name is a keyword argument; anything else before `=` is an expression.
    let message = if eq == start + 1 && tokens[start].kind == TokenKind::Name {
        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"
    } else {
        "expression cannot contain assignment, perhaps you meant \"==\"?"
    };
    Some(SyntaxError::new(
        message,
        TextRange::new(tokens[start].range.start(), tokens[eq].range.end()),
    ))
}

/// CPython's dict display errors: a key without `:` after earlier `key: value` items, or a
/// `:` without a value.
fn dict_item(tokens: &[Token], i: usize) -> Option<SyntaxError> {
    let open = enclosing_bracket(tokens, i)?;
    if tokens[open].kind != TokenKind::LBrace || i == 0 {
        return None;
    }
    let previous = tokens[i - 1];
    if previous.kind == TokenKind::Colon
        && matches!(tokens[i].kind, TokenKind::RBrace | TokenKind::Comma)
    {
        return Some(SyntaxError::new(
            "expression expected after dictionary key and ':'",
            previous.range,
        ));
    }
    let start = item_start(tokens, open, i);
    let has_colon = |from: usize, to: usize| {
        level_from(&tokens[..to], from).any(|j| tokens[j].kind == TokenKind::Colon)
    };
    let earlier_pair = start > open + 1 && has_colon(open + 1, start);
    if earlier_pair && start < i && !has_colon(start, i) && ends_expression(previous.kind) {
        // CPython points at the last character of the key.
        let end = previous.range.end();
        let at = TextRange::new(end - TextSize::from(1), end);
        return Some(SyntaxError::new("':' expected after dictionary key", at));
    }
    None
}

fn continues_disjunction(kind: TokenKind) -> bool {
    use TokenKind::*;
    continues_bitwise_or(kind)
        || matches!(
            kind,
            EqEqual
                | NotEqual
                | Less
                | LessEqual
                | Greater
                | GreaterEqual
                | In
                | Is
                | Not
                | And
                | Or
        )
}

/// For `a if b` without `else`: the range from `a` to `b`, as CPython reports it.
fn if_without_else(tokens: &[Token], i: usize) -> Option<TextRange> {
    // The `if` of the conditional, at the same bracket depth as the error, with only the
    // condition between them.
    let if_at = level_before(tokens, i).find(|&j| {
        let k = tokens[j].kind;
        k.is_open_bracket() || !continues_disjunction(k)
    })?;
    if tokens[if_at].kind != TokenKind::If {
        return None;
    }
    let start = run_start(tokens, if_at, continues_disjunction);
    if start == if_at || i == 0 {
        return None;
    }
    Some(TextRange::new(
        tokens[start].range.start(),
        tokens[i - 1].range.end(),
    ))
}

/// `except A, B:` — CPython asks for parentheses, pointing from the first type.
fn unparenthesized_exceptions(tokens: &[Token], i: usize) -> Option<TextRange> {
    let first = line_start(tokens, i);
    if tokens[first].kind != TokenKind::Except
        || enclosing_bracket(tokens, i).is_some_and(|b| b > first)
    {
        return None;
    }
    let mut start = first + 1;
    if tokens.get(start).map(|t| t.kind) == Some(TokenKind::Star) {
        start += 1;
    }
    (start < i).then(|| TextRange::new(tokens[start].range.start(), tokens[i - 1].range.end()))
}

/// The index after the comma-separated expressions starting at token `i`: a comma continues
/// the list only when an expression follows it.
fn expression_list_end(tokens: &[Token], i: usize) -> usize {
    let mut end = expression_end(tokens, i);
    while tokens.get(end).map(|t| t.kind) == Some(TokenKind::Comma)
        && tokens
            .get(end + 1)
            .is_some_and(|t| starts_expression(t.kind))
    {
        end = expression_end(tokens, end + 1);
    }
    end
}

/// The index after the expression starting at token `i`: operands and operators alternate,
/// brackets are skipped whole, trailers and adjacent strings continue an operand.
fn expression_end(tokens: &[Token], mut i: usize) -> usize {
    use TokenKind::*;
    let skip_group = |open: usize| matching_close(tokens, open).map_or(tokens.len(), |j| j + 1);
    let mut want_operand = true;
    while let Some(t) = tokens.get(i) {
        let k = t.kind;
        if want_operand {
            if is_atom(k) {
                want_operand = false;
                i += 1;
            } else if k.is_open_bracket() {
                want_operand = false;
                i = skip_group(i);
            } else if matches!(k, Minus | Plus | Tilde | Not | Await) {
                i += 1;
            } else {
                break;
            }
        } else if matches!(k, LPar | LSqb) {
            i = skip_group(i);
        } else if k == String && tokens[i - 1].kind == String {
            i += 1;
        } else if k == Dot
            || continues_disjunction(k) && !is_atom(k) && k != Await
            || matches!(k, If | Else)
        {
            want_operand = true;
            i += 1;
        } else {
            break;
        }
    }
    i
}
