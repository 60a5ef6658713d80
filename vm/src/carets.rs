//! The parts of CPython 3.11's traceback display that need a look at source text: the
//! caret line under the failing expression (with `~~^~~` anchors for binary operators and
//! subscripts) and the "Did you mean" suggestion for misspelt names.

use krait_bytecode::Location;

/// The caret line for an instruction at `loc` on `line` (the raw source line), or "".
pub(crate) fn caret_line(line: &str, loc: Location) -> String {
    let indent = line.chars().take_while(|c| c.is_whitespace()).count();
    let stripped = line.trim();
    let stripped_len = stripped.chars().count();
    let col = byte_to_char(line, loc.col as usize);
    let end = if loc.end_line == loc.line {
        byte_to_char(line, loc.end_col as usize)
    } else {
        indent + stripped_len
    };
    if end <= col || col < indent {
        return String::new();
    }
    let anchors = if loc.end_line == loc.line {
        let segment: String = line.chars().skip(col).take(end - col).collect();
        anchors(&segment)
    } else {
        None
    };
    let spans_line = end - col >= stripped_len;
    if spans_line && anchors.is_none() {
        return String::new();
    }
    let mut out = String::from("    ");
    out.push_str(&" ".repeat(col - indent));
    match anchors {
        Some((left, right)) => {
            out.push_str(&"~".repeat(left));
            out.push_str(&"^".repeat(right - left));
            out.push_str(&"~".repeat((end - col).saturating_sub(right)));
        }
        None => out.push_str(&"^".repeat(end - col)),
    }
    out.push('\n');
    out
}

fn byte_to_char(line: &str, byte: usize) -> usize {
    let byte = byte.min(line.len());
    let mut b = byte;
    while !line.is_char_boundary(b) {
        b -= 1;
    }
    line[..b].chars().count()
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Tok {
    Operand,
    Open,
    Close,
    BinOp(u8),
    Blocker,
    Comma,
}

/// Splits a one-line expression into coarse tokens `(kind, char start, char len)`.
fn tokenize(seg: &[char]) -> Option<Vec<(Tok, usize, usize)>> {
    let mut toks = Vec::new();
    let mut i = 0;
    while i < seg.len() {
        let c = seg[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if c == '#' {
            break;
        }
        let start = i;
        if c.is_alphabetic() || c == '_' {
            while i < seg.len() && (seg[i].is_alphanumeric() || seg[i] == '_') {
                i += 1;
            }
            let word: String = seg[start..i].iter().collect();
            if i < seg.len()
                && (seg[i] == '\'' || seg[i] == '"')
                && word.len() <= 3
                && word.chars().all(|c| "rbfuRBFU".contains(c))
            {
                i = skip_string(seg, i)?;
                toks.push((Tok::Operand, start, i - start));
                continue;
            }
            let kind = match word.as_str() {
                "and" | "or" | "not" | "if" | "else" | "lambda" | "for" | "in" | "is" | "await"
                | "yield" | "return" | "raise" | "del" | "assert" | "import" | "from" | "pass"
                | "global" | "nonlocal" | "while" | "with" | "def" | "class" | "async" | "elif"
                | "try" | "except" | "finally" | "break" | "continue" => Tok::Blocker,
                _ => Tok::Operand,
            };
            toks.push((kind, start, i - start));
            continue;
        }
        if c.is_ascii_digit() || (c == '.' && seg.get(i + 1).is_some_and(|d| d.is_ascii_digit())) {
            while i < seg.len()
                && (seg[i].is_alphanumeric()
                    || seg[i] == '.'
                    || seg[i] == '_'
                    || ((seg[i] == '+' || seg[i] == '-') && matches!(seg[i - 1], 'e' | 'E')))
            {
                i += 1;
            }
            toks.push((Tok::Operand, start, i - start));
            continue;
        }
        if c == '\'' || c == '"' {
            i = skip_string(seg, i)?;
            toks.push((Tok::Operand, start, i - start));
            continue;
        }
        let two: String = seg[i..(i + 2).min(seg.len())].iter().collect();
        let three: String = seg[i..(i + 3).min(seg.len())].iter().collect();
        let (kind, len) = if matches!(three.as_str(), "**=" | "//=" | ">>=" | "<<=") {
            (Tok::Blocker, 3)
        } else if matches!(two.as_str(), "**" | "//" | "<<" | ">>") {
            let prec = if two == "**" {
                7
            } else if two == "//" {
                5
            } else {
                3
            };
            (Tok::BinOp(prec), 2)
        } else if matches!(
            two.as_str(),
            "==" | "!="
                | "<="
                | ">="
                | ":="
                | "->"
                | "+="
                | "-="
                | "*="
                | "/="
                | "%="
                | "&="
                | "|="
                | "^="
                | "@="
        ) {
            (Tok::Blocker, 2)
        } else {
            match c {
                '+' | '-' => (Tok::BinOp(4), 1),
                '*' | '/' | '%' | '@' => (Tok::BinOp(5), 1),
                '&' => (Tok::BinOp(2), 1),
                '^' => (Tok::BinOp(1), 1),
                '|' => (Tok::BinOp(0), 1),
                '(' | '[' | '{' => (Tok::Open, 1),
                ')' | ']' | '}' => (Tok::Close, 1),
                ',' => (Tok::Comma, 1),
                '.' => (Tok::Operand, 1),
                '~' => (Tok::BinOp(6), 1),
                _ => (Tok::Blocker, 1),
            }
        };
        toks.push((kind, start, len));
        i += len;
    }
    Some(toks)
}

fn skip_string(seg: &[char], mut i: usize) -> Option<usize> {
    let q = seg[i];
    let triple = seg.get(i + 1) == Some(&q) && seg.get(i + 2) == Some(&q);
    if triple {
        i += 3;
        while i + 2 < seg.len() {
            if seg[i] == q && seg[i + 1] == q && seg[i + 2] == q {
                return Some(i + 3);
            }
            i += if seg[i] == '\\' { 2 } else { 1 };
        }
        return None;
    }
    i += 1;
    while i < seg.len() {
        if seg[i] == '\\' {
            i += 2;
            continue;
        }
        if seg[i] == q {
            return Some(i + 1);
        }
        i += 1;
    }
    None
}

/// The `(left_end, right_start)` anchors CPython draws when the segment is a binary
/// operation or a subscript, in characters from the segment start.
fn anchors(segment: &str) -> Option<(usize, usize)> {
    let seg: Vec<char> = segment.chars().collect();
    let toks = tokenize(&seg)?;
    let mut depth = 0i32;
    let mut best: Option<(u8, usize, usize)> = None;
    let mut prev_operand = false;
    let mut leading_unary = false;
    let mut last_open_at_depth0: Option<usize> = None;
    for (idx, &(kind, start, len)) in toks.iter().enumerate() {
        match kind {
            Tok::Open => {
                if depth == 0 {
                    last_open_at_depth0 = Some(idx);
                }
                depth += 1;
                prev_operand = false;
            }
            Tok::Close => {
                depth -= 1;
                prev_operand = true;
            }
            Tok::Operand => prev_operand = true,
            Tok::Blocker | Tok::Comma => {
                if depth == 0 {
                    return None;
                }
                prev_operand = false;
            }
            Tok::BinOp(prec) => {
                let binary = prev_operand && prec != 6;
                if depth == 0 {
                    if binary {
                        let better = match best {
                            None => true,
                            Some((p, _, _)) => prec < p || (prec == p && prec != 7),
                        };
                        if better {
                            best = Some((prec, start, len));
                        }
                    } else if idx == 0 {
                        leading_unary = true;
                    }
                }
                prev_operand = false;
            }
        }
    }
    if depth != 0 {
        return None;
    }
    if let Some((prec, start, len)) = best {
        if leading_unary && prec == 7 {
            return None;
        }
        return Some((start, start + len));
    }
    if leading_unary {
        return None;
    }
    // A subscript: the last depth-0 bracket group is `[...]` at the very end, after an operand.
    let open = last_open_at_depth0?;
    let (_, open_at, _) = toks[open];
    if seg[open_at] != '[' || open == 0 {
        return None;
    }
    let (last_kind, last_at, _) = *toks.last()?;
    if last_kind != Tok::Close || seg[last_at] != ']' {
        return None;
    }
    let before = toks[open - 1].0;
    if !matches!(before, Tok::Operand | Tok::Close) {
        return None;
    }
    Some((open_at, last_at + 1))
}

const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

/// CPython's suggestion: the closest candidate within a third of the characters changed.
pub(crate) fn closest_name(name: &str, candidates: &[String]) -> Option<String> {
    if candidates.len() > 750 || name.chars().count() > 40 {
        return None;
    }
    let mut best: Option<(&String, usize)> = None;
    for item in candidates {
        if item == name {
            continue;
        }
        let mut max = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max = max.min(d.saturating_sub(1));
        }
        let d = levenshtein(name, item, max);
        if d > max {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((item, d));
        }
    }
    best.map(|(s, _)| s.clone())
}

fn levenshtein(a: &str, b: &str, max: usize) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let cost = |x: char, y: char| {
        if x == y {
            0
        } else if x.to_lowercase().eq(y.to_lowercase()) {
            CASE_COST
        } else {
            MOVE_COST
        }
    };
    if a.len().abs_diff(b.len()) * MOVE_COST > max {
        return max + 1;
    }
    let mut row: Vec<usize> = (0..=b.len()).map(|j| j * MOVE_COST).collect();
    for (i, &ca) in a.iter().enumerate() {
        let mut prev_diag = row[0];
        row[0] = (i + 1) * MOVE_COST;
        let mut row_min = row[0];
        for (j, &cb) in b.iter().enumerate() {
            let sub = prev_diag + cost(ca, cb);
            let del = row[j + 1] + MOVE_COST;
            let ins = row[j] + MOVE_COST;
            prev_diag = row[j + 1];
            row[j + 1] = sub.min(del).min(ins);
            row_min = row_min.min(row[j + 1]);
        }
        if row_min > max {
            return max + 1;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn loc(col: u32, end_col: u32) -> Location {
        Location {
            line: 1,
            end_line: 1,
            col,
            end_col,
        }
    }

    // Expected lines are CPython 3.11's output for the same source positions.
    #[test]
    fn binary_operators_get_anchored_carets() {
        assert_eq!(
            caret_line("    return 1 / 0", loc(11, 16)),
            "           ~~^~~\n"
        );
        assert_eq!(caret_line("x = {}[\"k\"]", loc(4, 11)), "        ~~^^^^^\n");
        assert_eq!(
            caret_line("def f(n): return f(n+1)", loc(17, 23)),
            "                     ^^^^^^\n"
        );
        assert_eq!(caret_line("f(0)", loc(0, 4)), "");
        assert_eq!(caret_line("(a + b) * c", loc(0, 11)), "    ~~~~~~~~^~~\n");
    }

    #[test]
    fn statements_and_comparisons_get_plain_carets() {
        assert_eq!(caret_line("    x = a < b", loc(8, 13)), "        ^^^^^\n");
        assert_eq!(caret_line("raise ValueError(1)", loc(0, 19)), "");
    }

    #[test]
    fn suggestions_follow_cpython() {
        let names = vec!["print".to_owned(), "len".to_owned(), "property".to_owned()];
        assert_eq!(closest_name("pritn", &names), Some("print".to_owned()));
        assert_eq!(closest_name("xyz", &names), None);
    }
}
