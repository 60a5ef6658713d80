//! Element content models (`<!ELEMENT name MODEL>`) as `pyexpat.model` describes them:
//! each node a type (`EMPTY`, `ANY`, `MIXED`, `NAME`, `CHOICE`, `SEQ`), a quantifier, a
//! name for `NAME` nodes, and children.

use super::chars::{is_name_char, is_space};

pub(crate) const EMPTY: u8 = 1;
pub(crate) const ANY: u8 = 2;
pub(crate) const MIXED: u8 = 3;
pub(crate) const NAME: u8 = 4;
pub(crate) const CHOICE: u8 = 5;
pub(crate) const SEQ: u8 = 6;

/// Groups nested deeper than this are refused (the reader recurses).
const MAX_DEPTH: usize = 256;

/// One node of a content model.
#[derive(Debug, Clone)]
pub(crate) struct Model {
    pub(crate) kind: u8,
    pub(crate) quant: u8,
    pub(crate) name: Option<String>,
    pub(crate) children: Vec<Model>,
}

impl Model {
    fn leaf(kind: u8) -> Model {
        Model {
            kind,
            quant: 0,
            name: None,
            children: Vec::new(),
        }
    }
}

/// Reads the content model in `text`; `None` if it is not one.
pub(crate) fn parse(text: &str) -> Option<Model> {
    let chars: Vec<char> = text.chars().collect();
    let mut r = Reader { c: &chars, i: 0 };
    r.skip();
    let model = if r.word("EMPTY") {
        Model::leaf(EMPTY)
    } else if r.word("ANY") {
        Model::leaf(ANY)
    } else if r.peek() == Some('(') {
        let save = r.i;
        r.i += 1;
        r.skip();
        if r.word("#PCDATA") {
            r.mixed()?
        } else {
            r.i = save;
            r.group(0)?
        }
    } else {
        return None;
    };
    r.skip();
    (r.i == chars.len()).then_some(model)
}

struct Reader<'a> {
    c: &'a [char],
    i: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<char> {
        self.c.get(self.i).copied()
    }

    fn skip(&mut self) {
        while self.peek().is_some_and(is_space) {
            self.i += 1;
        }
    }

    fn word(&mut self, w: &str) -> bool {
        let n = w.chars().count();
        let matches =
            self.c.len() >= self.i + n && self.c[self.i..self.i + n].iter().copied().eq(w.chars());
        if matches {
            self.i += n;
        }
        matches
    }

    fn name(&mut self) -> Option<String> {
        let start = self.i;
        while self.peek().is_some_and(is_name_char) {
            self.i += 1;
        }
        (self.i > start).then(|| self.c[start..self.i].iter().collect())
    }

    fn quant(&mut self) -> u8 {
        let q = match self.peek() {
            Some('?') => 1,
            Some('*') => 2,
            Some('+') => 3,
            _ => return 0,
        };
        self.i += 1;
        q
    }

    /// `(#PCDATA | a | b)*`, after `#PCDATA`.
    fn mixed(&mut self) -> Option<Model> {
        let mut m = Model::leaf(MIXED);
        loop {
            self.skip();
            match self.peek()? {
                ')' => {
                    self.i += 1;
                    if self.peek() == Some('*') {
                        self.i += 1;
                        m.quant = 2;
                    }
                    return Some(m);
                }
                '|' => {
                    self.i += 1;
                    self.skip();
                    let name = self.name()?;
                    m.children.push(Model {
                        kind: NAME,
                        quant: 0,
                        name: Some(name),
                        children: Vec::new(),
                    });
                }
                _ => return None,
            }
        }
    }

    /// A parenthesised choice or sequence, with its quantifier.
    fn group(&mut self, depth: usize) -> Option<Model> {
        if depth > MAX_DEPTH || self.peek() != Some('(') {
            return None;
        }
        self.i += 1;
        let mut children = Vec::new();
        let mut sep = None;
        loop {
            self.skip();
            let child = if self.peek() == Some('(') {
                self.group(depth + 1)?
            } else {
                let name = self.name()?;
                let quant = self.quant();
                Model {
                    kind: NAME,
                    quant,
                    name: Some(name),
                    children: Vec::new(),
                }
            };
            children.push(child);
            self.skip();
            match self.peek()? {
                ')' => {
                    self.i += 1;
                    break;
                }
                c @ (',' | '|') => {
                    if sep.is_some_and(|s| s != c) {
                        return None;
                    }
                    sep = Some(c);
                    self.i += 1;
                }
                _ => return None,
            }
        }
        let kind = if sep == Some('|') { CHOICE } else { SEQ };
        let quant = self.quant();
        Some(Model {
            kind,
            quant,
            name: None,
            children,
        })
    }
}
