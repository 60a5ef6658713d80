//! References: `&name;` and `&#N;`/`&#xH;` in content (where an internal entity's
//! replacement text is parsed as content in place) and in attribute values (where it is
//! expanded and normalised as attribute text).

use std::rc::Rc;

use super::chars::is_char;
use super::errors as code;
use super::events::Event;
use super::scanner::{Fail, Scanner, Src, Step};

/// What a reference names.
pub(crate) enum Ref {
    Char(Option<char>),
    Name(String),
}

/// The five entities every document has.
fn predefined(name: &str) -> Option<char> {
    Some(match name {
        "lt" => '<',
        "gt" => '>',
        "amp" => '&',
        "apos" => '\'',
        "quot" => '"',
        _ => return None,
    })
}

/// Entities nest at most this deep (the expansion recurses).
const MAX_NESTING: usize = 1024;

/// Expansion may produce this much before its ratio to the input is checked (Expat's
/// activation threshold), and at most this many times the input after that.
const AMPLIFICATION_THRESHOLD: usize = 8 << 20;
const MAX_AMPLIFICATION: usize = 100;

impl Scanner {
    /// Counts `n` characters of replacement text against Expat's limits on entity
    /// expansion (a "billion laughs" document stops here instead of exhausting memory).
    fn amplify(&mut self, n: usize) -> Result<(), u32> {
        self.expanded = self.expanded.saturating_add(n);
        let read = self.consumed().max(1);
        if self.expanding.len() >= MAX_NESTING
            || (self.expanded > AMPLIFICATION_THRESHOLD
                && self.expanded / read >= MAX_AMPLIFICATION)
        {
            return Err(code::AMPLIFICATION_LIMIT);
        }
        Ok(())
    }

    /// Reads the reference at `i` (`&`): the index after its `;` and what it names.
    pub(crate) fn ref_syntax(
        &self,
        src: &Src,
        i: usize,
        start: usize,
        last: bool,
    ) -> Result<Option<(usize, Ref)>, Fail> {
        match self.at(src, i + 1) {
            None => self.more(src, start, last).map(|_| None),
            Some('#') => {
                let (hex, mut j) = match self.at(src, i + 2) {
                    None => return self.more(src, start, last).map(|_| None),
                    Some('x') => (true, i + 3),
                    Some(_) => (false, i + 2),
                };
                let digits_start = j;
                let mut value: u32 = 0;
                loop {
                    match self.at(src, j) {
                        None => return self.more(src, start, last).map(|_| None),
                        Some(';') if j > digits_start => break,
                        Some(c) => {
                            let d = if hex { c.to_digit(16) } else { c.to_digit(10) };
                            let Some(d) = d else {
                                return Err(self.fail(src, code::INVALID_TOKEN, j));
                            };
                            value = value
                                .saturating_mul(if hex { 16 } else { 10 })
                                .saturating_add(d);
                            j += 1;
                        }
                    }
                }
                let c = char::from_u32(value).filter(|&c| is_char(c));
                Ok(Some((j + 1, Ref::Char(c))))
            }
            Some(_) => {
                let Some(end) = self.name(src, i + 1, start, last)? else {
                    return Ok(None);
                };
                match self.at(src, end) {
                    None => self.more(src, start, last).map(|_| None),
                    Some(';') => Ok(Some((end + 1, Ref::Name(self.slice(src, i + 1, end))))),
                    Some(_) => Err(self.fail(src, code::INVALID_TOKEN, end)),
                }
            }
        }
    }

    /// A reference in content at `i`.
    pub(crate) fn reference(&mut self, src: &Src, i: usize, last: bool) -> Step {
        let Some((end, r)) = self.ref_syntax(src, i, i, last)? else {
            return Ok(None);
        };
        let raw = self.slice(src, i, end);
        let name = match r {
            Ref::Char(None) => return Err(self.fail(src, code::BAD_CHAR_REF, i)),
            Ref::Char(Some(c)) => {
                self.emit(
                    src,
                    i,
                    Event::Text {
                        text: c.to_string(),
                    },
                    raw,
                );
                return Ok(Some(end));
            }
            Ref::Name(name) => name,
        };
        if let Some(c) = predefined(&name) {
            self.emit(
                src,
                i,
                Event::Text {
                    text: c.to_string(),
                },
                raw,
            );
            return Ok(Some(end));
        }
        let Some(entity) = self.entities.get(&name) else {
            if self.lenient {
                self.emit(
                    src,
                    i,
                    Event::Skipped {
                        name,
                        parameter: false,
                    },
                    raw,
                );
                return Ok(Some(end));
            }
            return Err(self.fail(src, code::UNDEFINED_ENTITY, i));
        };
        let Some(value) = entity.value.clone() else {
            if entity.notation.is_some() {
                return Err(self.fail(src, code::BINARY_ENTITY_REF, i));
            }
            let (system, public) = (entity.system.clone(), entity.public.clone());
            self.emit(
                src,
                i,
                Event::ExternalRef {
                    name,
                    system,
                    public,
                },
                raw,
            );
            return Ok(Some(end));
        };
        if self.expanding.contains(&name) {
            return Err(self.fail(src, code::RECURSIVE_ENTITY, i));
        }
        self.amplify(value.len())
            .map_err(|c| self.fail(src, c, i))?;
        let at = match src {
            Src::Main => i,
            Src::Entity { at, .. } => *at,
        };
        let inner = Src::Entity {
            text: Rc::clone(&value),
            at,
        };
        let depth = self.stack.len();
        self.expanding.push(name);
        let mut k = 0;
        while k < value.len() {
            match self.content_token(&inner, k, true) {
                Ok(Some(next)) => k = next,
                Ok(None) => break,
                Err(f) => {
                    self.expanding.pop();
                    return Err(f);
                }
            }
            if self.stack.len() < depth {
                self.expanding.pop();
                return Err(self.fail(src, code::ASYNC_ENTITY, i));
            }
        }
        self.expanding.pop();
        if self.stack.len() != depth {
            return Err(self.fail(src, code::ASYNC_ENTITY, i));
        }
        Ok(Some(end))
    }

    /// The attribute value whose opening quote is at `q` (in a tag starting at `tag`):
    /// the index after the closing quote and the normalised value.
    pub(crate) fn attr_value(
        &mut self,
        src: &Src,
        q: usize,
        tag: usize,
        last: bool,
    ) -> Result<Option<(usize, String)>, Fail> {
        let quote = self.at(src, q);
        let mut out = String::new();
        let mut j = q + 1;
        loop {
            let Some(c) = self.at(src, j) else {
                return self.more(src, tag, last).map(|_| None);
            };
            if Some(c) == quote {
                return Ok(Some((j + 1, out)));
            }
            match c {
                '<' => return Err(self.fail(src, code::INVALID_TOKEN, j)),
                '&' => {
                    let Some((end, r)) = self.ref_syntax(src, j, tag, last)? else {
                        return Ok(None);
                    };
                    self.expand_in_attr(src, r, j, tag, &mut out)?;
                    j = end;
                }
                '\r' => {
                    out.push(' ');
                    j += if self.at(src, j + 1) == Some('\n') {
                        2
                    } else {
                        1
                    };
                }
                '\n' | '\t' => {
                    out.push(' ');
                    j += 1;
                }
                c if !is_char(c) => return Err(self.fail(src, code::INVALID_TOKEN, j)),
                c => {
                    out.push(c);
                    j += 1;
                }
            }
        }
    }

    /// Appends what the reference `r` at `amp` stands for in an attribute value.
    fn expand_in_attr(
        &mut self,
        src: &Src,
        r: Ref,
        amp: usize,
        tag: usize,
        out: &mut String,
    ) -> Result<(), Fail> {
        let name = match r {
            Ref::Char(None) => return Err(self.fail(src, code::BAD_CHAR_REF, amp)),
            Ref::Char(Some(c)) => {
                out.push(c);
                return Ok(());
            }
            Ref::Name(name) => name,
        };
        if let Some(c) = predefined(&name) {
            out.push(c);
            return Ok(());
        }
        let Some(entity) = self.entities.get(&name) else {
            if self.lenient {
                return Ok(());
            }
            return Err(self.fail(src, code::UNDEFINED_ENTITY, tag));
        };
        let Some(value) = entity.value.clone() else {
            let code = if entity.notation.is_some() {
                code::BINARY_ENTITY_REF
            } else {
                code::EXTERNAL_ENTITY_IN_ATTR
            };
            return Err(self.fail(src, code, amp));
        };
        if self.expanding.contains(&name) {
            return Err(self.fail(src, code::RECURSIVE_ENTITY, amp));
        }
        self.amplify(value.len())
            .map_err(|c| self.fail(src, c, amp))?;
        // Errors inside the replacement text are placed at the tag.
        let at = match src {
            Src::Main => tag,
            Src::Entity { at, .. } => *at,
        };
        let inner = Src::Entity {
            text: Rc::clone(&value),
            at,
        };
        self.expanding.push(name);
        let mut k = 0;
        let result = loop {
            let Some(c) = value.get(k).copied() else {
                break Ok(());
            };
            match c {
                '<' => break Err(self.fail(&inner, code::INVALID_TOKEN, k)),
                '&' => match self.ref_syntax(&inner, k, k, true) {
                    Ok(Some((end, r))) => {
                        if let Err(f) = self.expand_in_attr(&inner, r, k, tag, out) {
                            break Err(f);
                        }
                        k = end;
                    }
                    Ok(None) => break Ok(()),
                    Err(f) => break Err(f),
                },
                '\n' | '\r' | '\t' => {
                    out.push(' ');
                    k += 1;
                }
                c => {
                    out.push(c);
                    k += 1;
                }
            }
        };
        self.expanding.pop();
        result
    }
}
