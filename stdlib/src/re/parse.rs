//! Pattern text → syntax tree. Flags are resolved while parsing: every node that depends on
//! one (`.`, `^`, `$`, case-insensitive literals and sets, `\w` and friends) carries the
//! flags in force where it was written, so the compiler never tracks scoped flags. Errors
//! are CPython's messages with the position (in characters of the pattern) they name.

use super::{FLAG_ASCII, FLAG_DOTALL, FLAG_IGNORECASE, FLAG_LOCALE, FLAG_MULTILINE};
use super::{FLAG_UNICODE, FLAG_VERBOSE};

/// The largest repeat count CPython accepts (`MAXREPEAT - 1`).
pub(crate) const MAX_REPEAT: u32 = u32::MAX - 1;

/// A `\d`, `\w` or `\s` class (possibly negated), under ASCII or Unicode rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Category {
    /// `\d`.
    Digit,
    /// `\w`.
    Word,
    /// `\s`.
    Space,
}

/// One member of a character set.
#[derive(Clone, Debug)]
pub(crate) enum SetItem {
    /// One character.
    Char(u32),
    /// An inclusive range.
    Range(u32, u32),
    /// A category; `true` when negated (`\D`).
    Cat(Category, bool),
}

/// A character set `[...]` (or a category outside brackets).
#[derive(Clone, Debug)]
pub(crate) struct CharSet {
    /// Its members.
    pub items: Vec<SetItem>,
    /// `[^...]`.
    pub negated: bool,
    /// Compared case-insensitively.
    pub icase: bool,
    /// Categories under ASCII rules.
    pub ascii: bool,
}

/// How a repeat backtracks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Greed {
    /// As many as possible first.
    Greedy,
    /// As few as possible first.
    Lazy,
    /// As many as possible, never giving back.
    Possessive,
}

/// A syntax tree node.
#[derive(Clone, Debug)]
pub(crate) enum Node {
    /// Matches the empty string.
    Empty,
    /// A literal character.
    Char {
        /// The code point.
        c: u32,
        /// Case-insensitive.
        icase: bool,
        /// Case folding limited to ASCII letters.
        ascii: bool,
    },
    /// `.`; `true` when it matches a newline too (DOTALL).
    Any(bool),
    /// A character set.
    Set(Box<CharSet>),
    /// `^`; `true` under MULTILINE.
    Bol(bool),
    /// `$`; `true` under MULTILINE.
    Eol(bool),
    /// `\A`.
    StartText,
    /// `\Z`.
    EndText,
    /// `\b` (`false`) or `\B` (`true`), ASCII rules when `ascii`.
    WordBoundary {
        /// `\B`.
        negated: bool,
        /// ASCII word characters.
        ascii: bool,
    },
    /// A capturing group.
    Group(usize, Box<Node>),
    /// A lookaround assertion.
    Look {
        /// Look-behind (the width is fixed).
        behind: bool,
        /// Negative.
        negated: bool,
        /// The asserted pattern.
        node: Box<Node>,
    },
    /// `(?>...)`.
    Atomic(Box<Node>),
    /// `(?(g)yes|no)`.
    Cond {
        /// The group tested.
        group: usize,
        /// Taken when it matched.
        yes: Box<Node>,
        /// Taken otherwise.
        no: Box<Node>,
    },
    /// A backreference.
    Backref {
        /// The group.
        group: usize,
        /// Compared case-insensitively.
        icase: bool,
    },
    /// A quantifier.
    Repeat {
        /// What is repeated.
        node: Box<Node>,
        /// Minimum count.
        min: u32,
        /// Maximum count (`None`: unbounded).
        max: Option<u32>,
        /// Backtracking behaviour.
        greed: Greed,
    },
    /// A sequence.
    Concat(Vec<Node>),
    /// Alternatives, tried in order.
    Alt(Vec<Node>),
}

/// A compile error: CPython's message and the position it names (if any).
#[derive(Debug)]
pub(crate) enum ParseError {
    /// A `re.error` with an optional position.
    Re(String, Option<usize>),
    /// A `ValueError` (incompatible flags).
    Value(String),
    /// An `OverflowError`.
    Overflow(String),
}

/// The parsed pattern.
pub(crate) struct Parsed {
    /// The tree.
    pub node: Node,
    /// The flags, inline global flags included.
    pub flags: u32,
    /// Capturing groups.
    pub groups: usize,
    /// Named groups in definition order.
    pub names: Vec<(String, usize)>,
}

type PResult<T> = Result<T, ParseError>;

fn err<T>(msg: impl Into<String>, pos: usize) -> PResult<T> {
    Err(ParseError::Re(msg.into(), Some(pos)))
}

struct Parser<'a> {
    src: &'a [u32],
    pos: usize,
    bytes: bool,
    flags: u32,
    groups: usize,
    names: Vec<(String, usize)>,
    /// Groups whose `)` has not been seen yet.
    open: Vec<usize>,
    /// Nesting depth, bounded so that no input recurses deeply.
    depth: usize,
    /// UNICODE was asked for (not just implied by a str pattern).
    explicit_unicode: bool,
    /// Only global flag groups have been read so far.
    only_flags: bool,
}

/// Parses `src` (code points of a str pattern, or the bytes of a bytes pattern).
pub(crate) fn parse(src: &[u32], bytes: bool, flags: u32) -> PResult<Parsed> {
    let explicit_unicode = flags & FLAG_UNICODE != 0;
    let flags = check_flags(flags, bytes)?;
    let mut p = Parser {
        src,
        pos: 0,
        bytes,
        flags,
        groups: 0,
        names: Vec::new(),
        open: Vec::new(),
        depth: 0,
        explicit_unicode,
        only_flags: true,
    };
    let node = p.alternation(true)?;
    if p.pos < src.len() {
        // Only a stray `)` stops the top level early.
        return err("unbalanced parenthesis", p.pos);
    }
    if !bytes && p.flags & FLAG_ASCII != 0 && p.flags & FLAG_UNICODE != 0 {
        return Err(ParseError::Value(
            "ASCII and UNICODE flags are incompatible".into(),
        ));
    }
    Ok(Parsed {
        node,
        flags: p.flags,
        groups: p.groups,
        names: p.names,
    })
}

/// Adds the implied UNICODE flag to a str pattern's flags and checks their combination.
pub(crate) fn check_flags(mut flags: u32, bytes: bool) -> PResult<u32> {
    if bytes {
        if flags & FLAG_UNICODE != 0 {
            return Err(ParseError::Value(
                "cannot use UNICODE flag with a bytes pattern".into(),
            ));
        }
        if flags & FLAG_LOCALE != 0 && flags & FLAG_ASCII != 0 {
            return Err(ParseError::Value(
                "ASCII and LOCALE flags are incompatible".into(),
            ));
        }
    } else {
        if flags & FLAG_LOCALE != 0 {
            return Err(ParseError::Value(
                "cannot use LOCALE flag with a str pattern".into(),
            ));
        }
        if flags & FLAG_ASCII == 0 {
            flags |= FLAG_UNICODE;
        } else if flags & FLAG_UNICODE != 0 {
            return Err(ParseError::Value(
                "ASCII and UNICODE flags are incompatible".into(),
            ));
        }
    }
    Ok(flags)
}

fn is_digit(c: u32) -> bool {
    (b'0' as u32..=b'9' as u32).contains(&c)
}

fn is_hex(c: u32) -> bool {
    char::from_u32(c).is_some_and(|c| c.is_ascii_hexdigit())
}

/// A character of the pattern as text (for messages).
fn text(cs: &[u32]) -> String {
    cs.iter()
        .map(|&c| char::from_u32(c).unwrap_or('\u{fffd}'))
        .collect()
}

impl Parser<'_> {
    fn peek(&self) -> Option<u32> {
        self.src.get(self.pos).copied()
    }

    fn peek_is(&self, c: char) -> bool {
        self.peek() == Some(c as u32)
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek_is(c) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn verbose(&self) -> bool {
        self.flags & FLAG_VERBOSE != 0
    }

    fn ascii(&self) -> bool {
        self.bytes || self.flags & (FLAG_ASCII | FLAG_LOCALE) != 0
    }

    fn icase(&self) -> bool {
        self.flags & FLAG_IGNORECASE != 0
    }

    /// Skips whitespace and `#` comments in verbose mode.
    fn skip_verbose(&mut self) {
        if !self.verbose() {
            return;
        }
        while let Some(c) = self.peek() {
            if c == '#' as u32 {
                while let Some(c) = self.peek() {
                    self.pos += 1;
                    if c == '\n' as u32 {
                        break;
                    }
                }
            } else if matches!(
                char::from_u32(c),
                Some(' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c')
            ) {
                self.pos += 1;
            } else {
                break;
            }
        }
    }

    /// `a|b|...` up to a `)` or the end. `top`: at the start of the whole pattern.
    fn alternation(&mut self, top: bool) -> PResult<Node> {
        self.depth += 1;
        if self.depth > 200 {
            return Err(ParseError::Re(
                "too many nested groups".into(),
                Some(self.pos),
            ));
        }
        let mut alts = vec![self.sequence(top)?];
        while self.eat('|') {
            alts.push(self.sequence(false)?);
        }
        self.depth -= 1;
        Ok(if alts.len() == 1 {
            alts.pop().unwrap_or(Node::Empty)
        } else {
            Node::Alt(alts)
        })
    }

    fn sequence(&mut self, top: bool) -> PResult<Node> {
        let mut items: Vec<Node> = Vec::new();
        loop {
            self.skip_verbose();
            let Some(c) = self.peek() else { break };
            if c == '|' as u32 || c == ')' as u32 {
                break;
            }
            let at = self.pos;
            if c == '(' as u32 && self.src.get(at + 1) == Some(&('?' as u32)) {
                // Global inline flags `(?aiLmsux)`.
                if let Some(done) = self.global_flags(top && self.only_flags, at)? {
                    if done {
                        continue;
                    }
                }
            }
            self.only_flags = false;
            let atom = self.atom()?;
            let atom = self.quantifiers(atom, at)?;
            items.push(atom);
        }
        Ok(match items.len() {
            0 => Node::Empty,
            1 => items.pop().unwrap_or(Node::Empty),
            _ => Node::Concat(items),
        })
    }

    /// Reads `(?flags)` when that is what starts at `at`: `Some(true)` when consumed,
    /// `None` when the group is something else.
    fn global_flags(&mut self, at_start: bool, at: usize) -> PResult<Option<bool>> {
        let mut i = at + 2;
        let mut any = false;
        while let Some(&c) = self.src.get(i) {
            if flag_of(c).is_some() {
                i += 1;
                any = true;
            } else {
                break;
            }
        }
        if !any || self.src.get(i) != Some(&(')' as u32)) {
            return Ok(None);
        }
        if !at_start {
            return err("global flags not at the start of the expression", at);
        }
        self.pos = at + 2;
        let mut add = 0;
        while let Some(f) = self.peek().and_then(flag_of) {
            self.pos += 1;
            self.check_inline_flag(f)?;
            add |= f;
        }
        self.pos += 1;
        let n = [FLAG_ASCII, FLAG_UNICODE, FLAG_LOCALE]
            .iter()
            .filter(|&&f| add & f != 0)
            .count();
        if n > 1 {
            return err(
                "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                self.pos - 1,
            );
        }
        let mut flags = self.flags | add;
        if add & (FLAG_ASCII | FLAG_LOCALE) != 0 && !self.explicit_unicode {
            flags &= !FLAG_UNICODE;
        }
        if add & FLAG_UNICODE != 0 {
            self.explicit_unicode = true;
        }
        self.flags = flags;
        Ok(Some(true))
    }

    fn check_inline_flag(&self, f: u32) -> PResult<()> {
        if f == FLAG_LOCALE && !self.bytes {
            return err(
                "bad inline flags: cannot use 'L' flag with a str pattern",
                self.pos,
            );
        }
        if f == FLAG_UNICODE && self.bytes {
            return err(
                "bad inline flags: cannot use 'u' flag with a bytes pattern",
                self.pos,
            );
        }
        Ok(())
    }

    /// Applies `*`, `+`, `?`, `{m,n}` and their lazy / possessive forms after an atom.
    fn quantifiers(&mut self, mut atom: Node, atom_at: usize) -> PResult<Node> {
        let mut repeated = false;
        loop {
            self.skip_verbose();
            let at = self.pos;
            let Some(c) = self.peek() else { break };
            let (min, max) = match char::from_u32(c) {
                Some('*') => {
                    self.pos += 1;
                    (0, None)
                }
                Some('+') => {
                    self.pos += 1;
                    (1, None)
                }
                Some('?') => {
                    self.pos += 1;
                    (0, Some(1))
                }
                Some('{') => match self.braces()? {
                    Some(r) => r,
                    None => break,
                },
                _ => break,
            };
            if repeated {
                return err("multiple repeat", at);
            }
            if matches!(
                atom,
                Node::Empty
                    | Node::Bol(_)
                    | Node::Eol(_)
                    | Node::StartText
                    | Node::EndText
                    | Node::WordBoundary { .. }
            ) && atom_at == at
            {
                return err("nothing to repeat", at);
            }
            if matches!(
                atom,
                Node::Bol(_)
                    | Node::Eol(_)
                    | Node::StartText
                    | Node::EndText
                    | Node::WordBoundary { .. }
            ) {
                return err("nothing to repeat", at);
            }
            let greed = if self.eat('?') {
                Greed::Lazy
            } else if self.eat('+') {
                Greed::Possessive
            } else {
                Greed::Greedy
            };
            atom = Node::Repeat {
                node: Box::new(atom),
                min,
                max,
                greed,
            };
            repeated = true;
        }
        Ok(atom)
    }

    /// `{m}`, `{m,}`, `{,n}`, `{m,n}`; `None` (nothing consumed) when the brace is a literal.
    #[allow(clippy::type_complexity)]
    fn braces(&mut self) -> PResult<Option<(u32, Option<u32>)>> {
        let at = self.pos;
        let mut i = at + 1;
        let digits = |i: &mut usize| {
            let s = *i;
            while self.src.get(*i).is_some_and(|&c| is_digit(c)) {
                *i += 1;
            }
            (s, *i)
        };
        let (a0, a1) = digits(&mut i);
        let mut b = None;
        if self.src.get(i) == Some(&(',' as u32)) {
            i += 1;
            b = Some(digits(&mut i));
        }
        if self.src.get(i) != Some(&('}' as u32)) {
            return Ok(None);
        }
        let num = |s: usize, e: usize| -> PResult<u64> {
            let mut v: u64 = 0;
            for &c in &self.src[s..e] {
                v = v.saturating_mul(10).saturating_add((c - '0' as u32) as u64);
            }
            if v > MAX_REPEAT as u64 {
                return Err(ParseError::Overflow(
                    "the repetition number is too large".into(),
                ));
            }
            Ok(v)
        };
        let min = if a1 > a0 { num(a0, a1)? } else { 0 };
        let max = match b {
            None => {
                if a1 == a0 {
                    return Ok(None);
                }
                Some(min)
            }
            Some((b0, b1)) if b1 > b0 => Some(num(b0, b1)?),
            Some(_) => None,
        };
        self.pos = i + 1;
        if let Some(m) = max {
            if m < min {
                return err("min repeat greater than max repeat", a0);
            }
        }
        Ok(Some((min as u32, max.map(|m| m as u32))))
    }

    fn atom(&mut self) -> PResult<Node> {
        let at = self.pos;
        let c = self.src[at];
        self.pos += 1;
        let ch = char::from_u32(c);
        Ok(match ch {
            Some('.') => Node::Any(self.flags & FLAG_DOTALL != 0),
            Some('^') => Node::Bol(self.flags & FLAG_MULTILINE != 0),
            Some('$') => Node::Eol(self.flags & FLAG_MULTILINE != 0),
            Some('[') => self.set(at)?,
            Some('(') => self.group(at)?,
            Some('\\') => self.escape(at)?,
            Some('*' | '+' | '?') => return err("nothing to repeat", at),
            Some('{') if self.braces_at(at) => return err("nothing to repeat", at),
            _ => self.literal(c),
        })
    }

    /// Whether a valid `{m,n}` starts at `at` (a repeat with nothing before it).
    fn braces_at(&mut self, at: usize) -> bool {
        let save = self.pos;
        self.pos = at;
        let r = matches!(self.braces(), Ok(Some(_)) | Err(_));
        self.pos = save;
        r
    }

    fn literal(&self, c: u32) -> Node {
        Node::Char {
            c,
            icase: self.icase(),
            ascii: self.ascii(),
        }
    }

    fn category(&self, cat: Category, negated: bool) -> Node {
        Node::Set(Box::new(CharSet {
            items: vec![SetItem::Cat(cat, negated)],
            negated: false,
            icase: false,
            ascii: self.ascii(),
        }))
    }

    /// An escape outside a set; `at` is the backslash.
    fn escape(&mut self, at: usize) -> PResult<Node> {
        let Some(c) = self.peek() else {
            return err("bad escape (end of pattern)", at);
        };
        let ch = char::from_u32(c).unwrap_or('\0');
        let node = match ch {
            'A' => Node::StartText,
            'Z' => Node::EndText,
            'b' | 'B' => Node::WordBoundary {
                negated: ch == 'B',
                ascii: self.ascii(),
            },
            'd' | 'D' => self.category(Category::Digit, ch == 'D'),
            'w' | 'W' => self.category(Category::Word, ch == 'W'),
            's' | 'S' => self.category(Category::Space, ch == 'S'),
            '1'..='9' => return self.backref_or_octal(at),
            _ => {
                let v = self.char_escape(at, false)?;
                return Ok(self.literal(v));
            }
        };
        self.pos += 1;
        Ok(node)
    }

    /// `\1`..`\99` (a backreference) or a three-digit octal escape.
    fn backref_or_octal(&mut self, at: usize) -> PResult<Node> {
        let d1 = self.src[at + 1];
        let d2 = self.src.get(at + 2).copied();
        let d3 = self.src.get(at + 3).copied();
        let oct = |c: u32| (b'0' as u32..=b'7' as u32).contains(&c);
        if oct(d1) && d2.is_some_and(oct) && d3.is_some_and(oct) {
            let v = (d1 - 48) * 64 + (d2.unwrap_or(0) - 48) * 8 + (d3.unwrap_or(0) - 48);
            if v > 0o377 {
                return err(
                    format!(
                        "octal escape value {} outside of range 0-0o377",
                        text(&self.src[at..at + 4])
                    ),
                    at,
                );
            }
            self.pos = at + 4;
            return Ok(self.literal(v));
        }
        let mut n = (d1 - 48) as usize;
        self.pos = at + 2;
        if d2.is_some_and(is_digit) {
            n = n * 10 + (d2.unwrap_or(0) - 48) as usize;
            self.pos += 1;
        }
        self.check_backref(n, at + 1)?;
        Ok(Node::Backref {
            group: n,
            icase: self.icase(),
        })
    }

    fn check_backref(&self, n: usize, at: usize) -> PResult<()> {
        if n > self.groups || n == 0 {
            return err(format!("invalid group reference {n}"), at);
        }
        if self.open.contains(&n) {
            return err("cannot refer to an open group", at - 1);
        }
        Ok(())
    }

    /// A character escape (`\n`, `\x41`, octal, ...); the backslash is at `at`, `self.pos`
    /// just after it. `in_set`: inside `[...]` (where `\b` is a backspace).
    fn char_escape(&mut self, at: usize, in_set: bool) -> PResult<u32> {
        let c = self.src[self.pos];
        self.pos += 1;
        let ch = char::from_u32(c).unwrap_or('\0');
        let simple = match ch {
            'a' => Some(7),
            'f' => Some(12),
            'n' => Some(10),
            'r' => Some(13),
            't' => Some(9),
            'v' => Some(11),
            '\\' => Some('\\' as u32),
            'b' if in_set => Some(8),
            _ => None,
        };
        if let Some(v) = simple {
            return Ok(v);
        }
        match ch {
            'x' => self.hex_escape(at, 2),
            'u' if !self.bytes => self.hex_escape(at, 4),
            'U' if !self.bytes => {
                let v = self.hex_escape(at, 8)?;
                if v > 0x10ffff {
                    return err(format!("bad escape {}", text(&self.src[at..self.pos])), at);
                }
                Ok(v)
            }
            'N' if !self.bytes => self.named_escape(at),
            '0' => {
                // Up to two more octal digits.
                let mut v = 0;
                for _ in 0..2 {
                    match self.peek() {
                        Some(d) if (b'0' as u32..=b'7' as u32).contains(&d) => {
                            v = v * 8 + (d - 48);
                            self.pos += 1;
                        }
                        _ => break,
                    }
                }
                Ok(v)
            }
            '1'..='7' if in_set => {
                let mut v = c - 48;
                let mut n = 1;
                while n < 3 {
                    match self.peek() {
                        Some(d) if (b'0' as u32..=b'7' as u32).contains(&d) => {
                            v = v * 8 + (d - 48);
                            self.pos += 1;
                            n += 1;
                        }
                        _ => break,
                    }
                }
                if v > 0o377 {
                    return err(
                        format!(
                            "octal escape value {} outside of range 0-0o377",
                            text(&self.src[at..self.pos])
                        ),
                        at,
                    );
                }
                Ok(v)
            }
            _ if ch.is_ascii_alphanumeric() => {
                err(format!("bad escape {}", text(&self.src[at..self.pos])), at)
            }
            _ => Ok(c),
        }
    }

    fn hex_escape(&mut self, at: usize, n: usize) -> PResult<u32> {
        let mut v: u32 = 0;
        for _ in 0..n {
            match self.peek() {
                Some(d) if is_hex(d) => {
                    v = v * 16 + char::from_u32(d).and_then(|d| d.to_digit(16)).unwrap_or(0);
                    self.pos += 1;
                }
                _ => {
                    return err(
                        format!("incomplete escape {}", text(&self.src[at..self.pos])),
                        at,
                    );
                }
            }
        }
        Ok(v)
    }

    fn named_escape(&mut self, at: usize) -> PResult<u32> {
        if !self.eat('{') {
            return err("missing {", self.pos);
        }
        let start = self.pos;
        while self.peek().is_some_and(|c| c != '}' as u32) {
            self.pos += 1;
        }
        if self.pos == start {
            return err("missing character name", start);
        }
        if !self.eat('}') {
            return err("missing }, unterminated name", start);
        }
        let name = text(&self.src[start..self.pos - 1]);
        match unicode_names2_lookup(&name) {
            Some(c) => Ok(c),
            None => err(format!("undefined character name '{name}'"), at),
        }
    }

    /// `[...]`; `at` is the `[`.
    fn set(&mut self, at: usize) -> PResult<Node> {
        let negated = self.eat('^');
        let mut items = Vec::new();
        let mut first = true;
        loop {
            let Some(c) = self.peek() else {
                return err("unterminated character set", at);
            };
            if c == ']' as u32 && !first {
                self.pos += 1;
                break;
            }
            first = false;
            let item_at = self.pos;
            let lo = self.set_atom()?;
            if self.peek_is('-') && self.src.get(self.pos + 1).is_some_and(|&c| c != ']' as u32) {
                self.pos += 1;
                let hi_at = self.pos;
                let hi = self.set_atom()?;
                let (SetItem::Char(a), SetItem::Char(b)) = (&lo, &hi) else {
                    let whole = text(&self.src[item_at..self.pos]);
                    let _ = hi_at;
                    return err(format!("bad character range {whole}"), item_at);
                };
                if b < a {
                    let whole = text(&self.src[item_at..self.pos]);
                    return err(format!("bad character range {whole}"), item_at);
                }
                items.push(SetItem::Range(*a, *b));
            } else {
                items.push(lo);
            }
        }
        Ok(Node::Set(Box::new(CharSet {
            items,
            negated,
            icase: self.icase(),
            ascii: self.ascii(),
        })))
    }

    fn set_atom(&mut self) -> PResult<SetItem> {
        let at = self.pos;
        let c = self.src[at];
        self.pos += 1;
        if c != '\\' as u32 {
            return Ok(SetItem::Char(c));
        }
        let Some(e) = self.peek() else {
            return err("unterminated character set", at);
        };
        let cat = match char::from_u32(e) {
            Some('d') => Some((Category::Digit, false)),
            Some('D') => Some((Category::Digit, true)),
            Some('w') => Some((Category::Word, false)),
            Some('W') => Some((Category::Word, true)),
            Some('s') => Some((Category::Space, false)),
            Some('S') => Some((Category::Space, true)),
            _ => None,
        };
        if let Some((cat, neg)) = cat {
            self.pos += 1;
            return Ok(SetItem::Cat(cat, neg));
        }
        Ok(SetItem::Char(self.char_escape(at, true)?))
    }

    /// A group after its `(` (at `at`).
    fn group(&mut self, at: usize) -> PResult<Node> {
        if !self.eat('?') {
            self.groups += 1;
            let n = self.groups;
            return self.group_body(at, Some(n));
        }
        let Some(c) = self.peek() else {
            return err("unexpected end of pattern", self.pos);
        };
        let ch = char::from_u32(c).unwrap_or('\0');
        match ch {
            ':' => {
                self.pos += 1;
                self.group_body(at, None)
            }
            '>' => {
                self.pos += 1;
                let inner = self.group_body(at, None)?;
                Ok(Node::Atomic(Box::new(inner)))
            }
            '#' => {
                while let Some(c) = self.peek() {
                    self.pos += 1;
                    if c == ')' as u32 {
                        return Ok(Node::Empty);
                    }
                }
                err("missing ), unterminated comment", at)
            }
            '=' | '!' => {
                self.pos += 1;
                let inner = self.group_body(at, None)?;
                Ok(Node::Look {
                    behind: false,
                    negated: ch == '!',
                    node: Box::new(inner),
                })
            }
            '<' => {
                self.pos += 1;
                let Some(d) = self.peek() else {
                    return err("unexpected end of pattern", self.pos);
                };
                if d != '=' as u32 && d != '!' as u32 {
                    self.pos += 1;
                    return err(format!("unknown extension ?<{}", text(&[d])), at + 1);
                }
                self.pos += 1;
                let inner = self.group_body(at, None)?;
                if width(&inner).is_none() {
                    return Err(ParseError::Re(
                        "look-behind requires fixed-width pattern".into(),
                        None,
                    ));
                }
                Ok(Node::Look {
                    behind: true,
                    negated: d == '!' as u32,
                    node: Box::new(inner),
                })
            }
            'P' => {
                self.pos += 1;
                self.named(at)
            }
            '(' => {
                self.pos += 1;
                self.conditional(at)
            }
            _ if flag_of(c).is_some() || c == '-' as u32 => self.scoped_flags(at),
            _ => err(format!("unknown extension ?{}", text(&[c])), at + 1),
        }
    }

    /// The rest of a group up to its `)`.
    fn group_body(&mut self, at: usize, capture: Option<usize>) -> PResult<Node> {
        if let Some(n) = capture {
            self.open.push(n);
        }
        let inner = self.alternation(false)?;
        if !self.eat(')') {
            return err("missing ), unterminated subpattern", at);
        }
        if capture.is_some() {
            self.open.pop();
        }
        Ok(match capture {
            Some(n) => Node::Group(n, Box::new(inner)),
            None => inner,
        })
    }

    /// A group name up to `end`; the name starts at `self.pos`.
    fn name(&mut self, end: char) -> PResult<String> {
        let start = self.pos;
        while self.peek().is_some_and(|c| c != end as u32) {
            self.pos += 1;
        }
        if self.pos == start {
            if self.peek().is_none() && start < self.src.len() {
                return err("missing group name", start);
            }
            return err("missing group name", start);
        }
        if !self.eat(end) {
            return err(format!("missing {end}, unterminated name"), start);
        }
        let name = text(&self.src[start..self.pos - 1]);
        let valid = if self.bytes {
            name.is_ascii() && is_identifier(&name)
        } else {
            is_identifier(&name)
        };
        if !valid {
            return err(format!("bad character in group name '{name}'"), start);
        }
        Ok(name)
    }

    /// `(?P<name>...)` and `(?P=name)`; `self.pos` is after the `P`.
    fn named(&mut self, at: usize) -> PResult<Node> {
        if self.eat('<') {
            let name_at = self.pos;
            if self.peek().is_none() {
                return err("missing group name", name_at);
            }
            let name = self.name('>')?;
            self.groups += 1;
            let n = self.groups;
            if let Some(&(_, old)) = self.names.iter().find(|(k, _)| *k == name) {
                return err(
                    format!("redefinition of group name '{name}' as group {n}; was group {old}"),
                    name_at,
                );
            }
            self.names.push((name, n));
            return self.group_body(at, Some(n));
        }
        if self.eat('=') {
            let name_at = self.pos;
            if self.peek().is_none() {
                return err("missing group name", name_at);
            }
            let name = self.name(')')?;
            let Some(&(_, n)) = self.names.iter().find(|(k, _)| *k == name) else {
                return err(format!("unknown group name '{name}'"), name_at);
            };
            if self.open.contains(&n) {
                return err("cannot refer to an open group", name_at);
            }
            return Ok(Node::Backref {
                group: n,
                icase: self.icase(),
            });
        }
        match self.peek() {
            None => err("unexpected end of pattern", self.pos),
            Some(c) => err(format!("unknown extension ?P{}", text(&[c])), at + 1),
        }
    }

    /// `(?(g)yes|no)`; `self.pos` is after the second `(`.
    fn conditional(&mut self, at: usize) -> PResult<Node> {
        let name_at = self.pos;
        let name = {
            let start = self.pos;
            while self.peek().is_some_and(|c| c != ')' as u32) {
                self.pos += 1;
            }
            if self.pos == start {
                return err("missing group name", start);
            }
            if !self.eat(')') {
                return err("missing ), unterminated name", start);
            }
            text(&self.src[start..self.pos - 1])
        };
        let numbered = name.bytes().all(|b| b.is_ascii_digit());
        let group = if numbered {
            let n: usize = name.parse().unwrap_or(usize::MAX);
            if n == 0 {
                return err("bad group number", name_at);
            }
            n
        } else {
            if !is_identifier(&name) {
                return err(format!("bad character in group name '{name}'"), name_at);
            }
            match self.names.iter().find(|(k, _)| *k == name) {
                Some(&(_, n)) => n,
                None => return err(format!("unknown group name '{name}'"), name_at),
            }
        };
        let yes = self.sequence(false)?;
        let mut no = Node::Empty;
        if self.eat('|') {
            no = self.sequence(false)?;
            if self.peek_is('|') {
                return err("conditional backref with more than two branches", self.pos);
            }
        }
        if !self.eat(')') {
            return err("missing ), unterminated subpattern", at);
        }
        if numbered && group > self.groups {
            return err(format!("invalid group reference {group}"), name_at);
        }
        Ok(Node::Cond {
            group,
            yes: Box::new(yes),
            no: Box::new(no),
        })
    }

    /// `(?flags-flags:...)`; `self.pos` is at the first flag letter or `-`.
    fn scoped_flags(&mut self, at: usize) -> PResult<Node> {
        let mut add = 0;
        while let Some(f) = self.peek().and_then(flag_of) {
            self.pos += 1;
            self.check_inline_flag(f)?;
            add |= f;
        }
        let mut remove = 0;
        if self.eat('-') {
            let Some(c) = self.peek() else {
                return err("missing flag", self.pos);
            };
            if flag_of(c).is_none() {
                if ascii_letter(c) {
                    self.pos += 1;
                    return err("unknown flag", self.pos - 1);
                }
                return err("missing flag", self.pos);
            }
            while let Some(f) = self.peek().and_then(flag_of) {
                if f & (FLAG_ASCII | FLAG_LOCALE | FLAG_UNICODE) != 0 {
                    self.pos += 1;
                    return err(
                        "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                        self.pos - 1,
                    );
                }
                self.pos += 1;
                remove |= f;
            }
            if !self.peek_is(':') {
                return match self.peek() {
                    None => err("missing :", self.pos),
                    Some(c) if ascii_letter(c) => {
                        self.pos += 1;
                        err("unknown flag", self.pos - 1)
                    }
                    Some(_) => err("missing :", self.pos),
                };
            }
        }
        match self.peek() {
            Some(c) if c == ':' as u32 => self.pos += 1,
            Some(c) if c == ')' as u32 => {
                return err("missing :", self.pos);
            }
            None => return err("missing -, : or )", self.pos),
            Some(c) => {
                if ascii_letter(c) {
                    self.pos += 1;
                    return err("unknown flag", self.pos - 1);
                }
                return err("missing -, : or )", self.pos);
            }
        }
        if add & remove != 0 {
            return err("bad inline flags: flag turned on and off", self.pos - 1);
        }
        let saved = self.flags;
        let mut flags = (self.flags | add) & !remove;
        if add & (FLAG_ASCII | FLAG_LOCALE | FLAG_UNICODE) != 0 {
            flags &= !(FLAG_ASCII | FLAG_LOCALE | FLAG_UNICODE);
            flags |= add & (FLAG_ASCII | FLAG_LOCALE | FLAG_UNICODE);
        }
        self.flags = flags;
        let inner = self.group_body(at, None);
        self.flags = saved;
        inner
    }
}

/// Whether code point `c` is an ASCII letter.
fn ascii_letter(c: u32) -> bool {
    char::from_u32(c).is_some_and(|c| c.is_ascii_alphabetic())
}

/// The flag an inline flag letter stands for.
fn flag_of(c: u32) -> Option<u32> {
    Some(match char::from_u32(c)? {
        'a' => FLAG_ASCII,
        'i' => FLAG_IGNORECASE,
        'L' => FLAG_LOCALE,
        'm' => FLAG_MULTILINE,
        's' => FLAG_DOTALL,
        'u' => FLAG_UNICODE,
        'x' => FLAG_VERBOSE,
        _ => return None,
    })
}

/// Whether `s` is a Python identifier.
fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    match cs.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    cs.all(|c| c == '_' || c.is_alphanumeric())
}

/// The fixed width of `node` in characters, or `None` if it varies.
pub(crate) fn width(node: &Node) -> Option<usize> {
    Some(match node {
        Node::Empty
        | Node::Bol(_)
        | Node::Eol(_)
        | Node::StartText
        | Node::EndText
        | Node::WordBoundary { .. }
        | Node::Look { .. } => 0,
        Node::Char { .. } | Node::Any(_) | Node::Set(_) => 1,
        Node::Group(_, n) | Node::Atomic(n) => width(n)?,
        Node::Cond { yes, no, .. } => {
            let a = width(yes)?;
            if width(no)? != a {
                return None;
            }
            a
        }
        Node::Backref { .. } => return None,
        Node::Repeat { node, min, max, .. } => {
            if Some(*min) != *max {
                return None;
            }
            width(node)?.checked_mul(*min as usize)?
        }
        Node::Concat(items) => {
            let mut t = 0usize;
            for i in items {
                t = t.checked_add(width(i)?)?;
            }
            t
        }
        Node::Alt(alts) => {
            let a = width(&alts[0])?;
            for alt in &alts[1..] {
                if width(alt)? != a {
                    return None;
                }
            }
            a
        }
    })
}

/// The code point of a Unicode character name for `\N{...}`. Krait carries no table of
/// character names yet, so every name is reported undefined.
fn unicode_names2_lookup(_name: &str) -> Option<u32> {
    None
}
