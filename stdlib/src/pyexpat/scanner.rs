//! The XML parser: input arrives in pieces (`feed`), is decoded, and every complete token
//! becomes events; an incomplete token at the end of a piece waits for the next one (or is
//! an error when the piece is the last). Errors carry Expat's codes and the place Expat
//! reports them at. Content lives here; tags (`tags.rs`), the document type declaration
//! (`dtd.rs`) and references (`refs.rs`) are split out.

use std::collections::HashMap;
use std::rc::Rc;

use super::chars::{is_char, is_name_char, is_name_start, is_space};
use super::decode::{self, Enc};
use super::errors as code;
use super::events::{Event, Located, Pos};

/// A failure: Expat's error code and the index (into the main text) it is reported at.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fail {
    pub(crate) code: u32,
    pub(crate) idx: usize,
}

/// What scanning one token gave: the index after it, or `None` when the input ran out
/// before its end (and more may come).
pub(crate) type Step = Result<Option<usize>, Fail>;

/// The text being read: the document itself, or the replacement text of an entity being
/// expanded (whose events and errors are placed at the outermost reference).
#[derive(Clone)]
pub(crate) enum Src {
    Main,
    Entity { text: Rc<[char]>, at: usize },
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Phase {
    Prolog,
    Content,
    Epilog,
}

/// A declared general entity.
pub(crate) struct Entity {
    pub(crate) value: Option<Rc<[char]>>,
    pub(crate) system: Option<String>,
    pub(crate) public: Option<String>,
    pub(crate) notation: Option<String>,
}

/// An element whose end tag has not come yet.
pub(crate) struct Open {
    pub(crate) qname: String,
    pub(crate) expanded: String,
    /// Namespace bindings the start tag made (popped at the end tag).
    pub(crate) bound: usize,
}

/// The whole parser state.
pub(crate) struct Scanner {
    forced: Option<Enc>,
    enc: Option<Enc>,
    sniffed: bool,
    /// An encoding named by the declaration that the scanner does not know.
    pub(crate) unknown_encoding: Option<String>,
    raw: Vec<u8>,
    text: Vec<char>,
    pos: usize,
    base: Pos,
    base_cr: bool,
    /// Characters dropped from the front of `text`.
    base_chars: usize,
    cur_idx: usize,
    cur: Pos,
    cur_cr: bool,
    phase: Phase,
    started: bool,
    seen_doctype: bool,
    pub(crate) stack: Vec<Open>,
    pub(crate) sep: Option<char>,
    pub(crate) ns_prefixes: bool,
    pub(crate) bindings: Vec<(Option<String>, Option<String>)>,
    pub(crate) entities: HashMap<String, Entity>,
    pub(crate) defaults: HashMap<String, Vec<(String, String)>>,
    /// Attributes declared with a type other than CDATA (their values are tokens:
    /// trimmed, inner spaces collapsed).
    pub(crate) tokenized: HashMap<String, Vec<String>>,
    /// Undeclared entities are skipped rather than errors (an external subset or a
    /// parameter entity reference was seen, and the document is not standalone).
    pub(crate) lenient: bool,
    pub(crate) standalone: bool,
    /// Entities being expanded (to refuse recursion).
    pub(crate) expanding: Vec<String>,
    /// Characters of replacement text produced so far.
    pub(crate) expanded: usize,
    pub(crate) events: Vec<Located>,
    failed: Option<Fail>,
    finished: bool,
    /// Parsing an external parsed entity: content without a root element.
    fragment: bool,
    /// Character data is cut into pieces of at most 1024 UTF-8 bytes (as Expat delivers
    /// input it had to convert).
    pub(crate) chunked: bool,
}

impl Scanner {
    /// A parser for input in `forced` (else detected), with namespace processing when
    /// `sep` is given.
    pub(crate) fn new(forced: Option<Enc>, sep: Option<char>) -> Scanner {
        let start = Pos {
            line: 1,
            col: 0,
            byte: 0,
        };
        Scanner {
            forced,
            enc: None,
            sniffed: false,
            unknown_encoding: None,
            raw: Vec::new(),
            text: Vec::new(),
            pos: 0,
            base: start,
            base_cr: false,
            base_chars: 0,
            cur_idx: 0,
            cur: start,
            cur_cr: false,
            phase: Phase::Prolog,
            started: false,
            seen_doctype: false,
            stack: Vec::new(),
            sep,
            ns_prefixes: false,
            bindings: Vec::new(),
            entities: HashMap::new(),
            defaults: HashMap::new(),
            tokenized: HashMap::new(),
            lenient: false,
            standalone: false,
            expanding: Vec::new(),
            expanded: 0,
            events: Vec::new(),
            failed: None,
            finished: false,
            fragment: false,
            chunked: false,
        }
    }

    /// Makes this a parser of an external parsed entity (content, no root element needed).
    pub(crate) fn set_fragment(&mut self) {
        self.fragment = true;
        self.phase = Phase::Content;
    }

    /// Changes the encoding used for input not yet decoded (a `str` given to `Parse`).
    pub(crate) fn force(&mut self, enc: Enc) {
        if !self.sniffed {
            self.forced = Some(enc);
        }
    }

    /// How many characters of the document have been read.
    pub(crate) fn consumed(&self) -> usize {
        self.base_chars + self.text.len()
    }

    /// Whether no input at all has come (Expat then places errors at byte -1).
    pub(crate) fn empty(&self) -> bool {
        self.text.is_empty() && self.raw.is_empty() && self.base.byte == 0
    }

    /// Where reading has got to (the end of the last complete token).
    pub(crate) fn current(&mut self) -> Pos {
        let idx = self.pos;
        self.locate(idx)
    }

    /// Feeds `data`; events go to `self.events`. The error, if any, is where and why
    /// parsing stopped (every later call repeats it).
    pub(crate) fn feed(&mut self, data: &[u8], last: bool) -> Result<(), (u32, Pos)> {
        if let Some(f) = self.failed {
            return Err((f.code, self.locate(f.idx)));
        }
        if self.finished {
            let p = self.current();
            return Err((code::FINISHED, p));
        }
        self.raw.extend_from_slice(data);
        let r = match self.decode_input(last) {
            // A character cut off by the end of the input: the tokens before it count.
            Err(f) if f.code == code::PARTIAL_CHAR => self.run(false).and_then(|()| {
                let utf16 = matches!(self.enc, Some(Enc::Utf16 | Enc::Utf16Be | Enc::Utf16Le));
                let code = if utf16 {
                    code::UNCLOSED_TOKEN
                } else {
                    code::PARTIAL_CHAR
                };
                Err(Fail {
                    code,
                    idx: self.pos,
                })
            }),
            r => r.and_then(|()| self.run(last)),
        };
        if let Err(f) = r {
            self.failed = Some(f);
            return Err((f.code, self.locate(f.idx)));
        }
        if last {
            self.finished = true;
        }
        self.compact();
        Ok(())
    }

    fn decode_input(&mut self, last: bool) -> Result<(), Fail> {
        if !self.sniffed {
            let Some((found, bom)) = decode::sniff(&self.raw, last) else {
                return Ok(());
            };
            let enc = match (self.forced, found) {
                (Some(Enc::Utf16), Some(e)) => e,
                (Some(Enc::Utf16), None) => Enc::Utf16Be,
                (Some(f), _) => f,
                (None, Some(e)) => e,
                (None, None) => match decode::declared(&self.raw[bom..], last) {
                    Err(()) => return Ok(()),
                    Ok(None) => Enc::Utf8,
                    Ok(Some(name)) => match decode::by_name(&name) {
                        None => {
                            self.unknown_encoding = Some(name);
                            return Err(Fail {
                                code: code::UNKNOWN_ENCODING,
                                idx: 0,
                            });
                        }
                        // Bytes that do not look like UTF-16 are read as UTF-8.
                        Some(Enc::Utf16 | Enc::Utf16Be | Enc::Utf16Le) => Enc::Utf8,
                        Some(e) => e,
                    },
                },
            };
            let skip = if found.is_some() { bom } else { 0 };
            self.raw.drain(..skip);
            self.base.byte = skip as u64;
            self.cur.byte = skip as u64;
            self.enc = Some(enc);
            self.chunked |= enc != Enc::Utf8;
            self.sniffed = true;
        }
        let Some(enc) = self.enc else { return Ok(()) };
        match decode::decode(enc, &self.raw, &mut self.text, last) {
            Ok(used) => {
                self.raw.drain(..used);
                Ok(())
            }
            Err(()) => Err(Fail {
                code: code::PARTIAL_CHAR,
                idx: self.text.len(),
            }),
        }
    }

    /// Drops text every event and error has been placed past.
    fn compact(&mut self) {
        let keep = self.pos.min(self.cur_idx);
        if keep < 4096 {
            return;
        }
        self.locate(keep);
        self.text.drain(..keep);
        self.base_chars += keep;
        self.base = self.cur;
        self.base_cr = self.cur_cr;
        self.cur_idx = 0;
        self.pos -= keep;
    }

    /// The line, column and byte offset of text index `idx`.
    pub(crate) fn locate(&mut self, idx: usize) -> Pos {
        if idx < self.cur_idx {
            self.cur_idx = 0;
            self.cur = self.base;
            self.cur_cr = self.base_cr;
        }
        let enc = self.enc.unwrap_or(Enc::Utf8);
        let end = idx.min(self.text.len());
        while self.cur_idx < end {
            let c = self.text[self.cur_idx];
            self.cur.byte += decode::width(enc, c);
            match c {
                '\n' if self.cur_cr => {}
                '\n' | '\r' => {
                    self.cur.line += 1;
                    self.cur.col = 0;
                }
                _ => self.cur.col += 1,
            }
            self.cur_cr = c == '\r';
            self.cur_idx += 1;
        }
        self.cur
    }

    fn run(&mut self, last: bool) -> Result<(), Fail> {
        loop {
            if self.pos >= self.text.len() {
                break;
            }
            let i = self.pos;
            let step = match self.phase {
                Phase::Content => self.content_token(&Src::Main, i, last),
                Phase::Prolog | Phase::Epilog => self.misc_token(i, last),
            }?;
            match step {
                Some(next) => {
                    self.pos = next;
                    self.started = true;
                }
                None => break,
            }
        }
        if last {
            let end = self.text.len();
            if self.pos < end {
                return Err(Fail {
                    code: code::UNCLOSED_TOKEN,
                    idx: self.pos,
                });
            }
            if self.phase != Phase::Epilog && !(self.fragment && self.stack.is_empty()) {
                return Err(Fail {
                    code: code::NO_ELEMENTS,
                    idx: end,
                });
            }
        }
        Ok(())
    }

    /// The character at `i` of `src`.
    pub(crate) fn at(&self, src: &Src, i: usize) -> Option<char> {
        match src {
            Src::Main => self.text.get(i).copied(),
            Src::Entity { text, .. } => text.get(i).copied(),
        }
    }

    /// The text of `src` from `a` to `b`.
    pub(crate) fn slice(&self, src: &Src, a: usize, b: usize) -> String {
        match src {
            Src::Main => self.text[a..b].iter().collect(),
            Src::Entity { text, .. } => text[a..b].iter().collect(),
        }
    }

    /// Whether `src` has `lit` at `i`: `None` when the input ends before that can be told.
    pub(crate) fn looking_at(&self, src: &Src, i: usize, lit: &str) -> Option<bool> {
        for (k, c) in lit.chars().enumerate() {
            match self.at(src, i + k) {
                None => return None,
                Some(d) if d != c => return Some(false),
                Some(_) => {}
            }
        }
        Some(true)
    }

    /// A failure at `i` of `src` (at the reference, inside an entity).
    pub(crate) fn fail(&self, src: &Src, code: u32, i: usize) -> Fail {
        let idx = match src {
            Src::Main => i,
            Src::Entity { at, .. } => *at,
        };
        Fail { code, idx }
    }

    /// The input ended inside the token starting at `start`.
    pub(crate) fn more(&self, src: &Src, start: usize, last: bool) -> Step {
        match src {
            Src::Main if !last => Ok(None),
            _ => Err(self.fail(src, code::UNCLOSED_TOKEN, start)),
        }
    }

    /// Records an event placed at `i` of `src`.
    pub(crate) fn emit(&mut self, src: &Src, i: usize, event: Event, raw: String) {
        let idx = match src {
            Src::Main => i,
            Src::Entity { at, .. } => *at,
        };
        let pos = self.locate(idx);
        self.events.push(Located { event, pos, raw });
    }

    /// Where the quoted literal ending just before `end` starts (its opening quote).
    pub(crate) fn last_literal_start(&self, end: usize) -> usize {
        let src = Src::Main;
        let quote = self.at(&src, end - 1);
        let mut at = end - 1;
        while at > 0 && self.at(&src, at - 1) != quote {
            at -= 1;
        }
        at.saturating_sub(1)
    }

    /// The name starting at `i`: its end, or the failure / need for more input.
    pub(crate) fn name(
        &self,
        src: &Src,
        i: usize,
        start: usize,
        last: bool,
    ) -> Result<Option<usize>, Fail> {
        match self.at(src, i) {
            None => return self.more(src, start, last),
            Some(c) if !is_name_start(c) => return Err(self.fail(src, code::INVALID_TOKEN, i)),
            Some(_) => {}
        }
        let mut j = i + 1;
        loop {
            match self.at(src, j) {
                None => return self.more(src, start, last),
                Some(c) if is_name_char(c) => j += 1,
                Some(_) => return Ok(Some(j)),
            }
        }
    }

    /// Skips white space from `i`.
    pub(crate) fn spaces(&self, src: &Src, mut i: usize) -> usize {
        while self.at(src, i).is_some_and(is_space) {
            i += 1;
        }
        i
    }

    /// A token outside the root element: white space, a comment, a PI, the document type
    /// declaration, or the root's start tag.
    fn misc_token(&mut self, i: usize, last: bool) -> Step {
        let src = Src::Main;
        let c = self.text[i];
        if is_space(c) {
            let j = self.spaces(&src, i);
            let raw = self.slice(&src, i, j);
            self.emit(&src, i, Event::Default, raw);
            return Ok(Some(j));
        }
        if c != '<' {
            // Expat reads a name here and objects to a `<` right after it.
            if is_name_start(c) {
                let mut j = i + 1;
                while self.text.get(j).is_some_and(|&c| is_name_char(c)) {
                    j += 1;
                }
                match self.text.get(j) {
                    None if !last => return Ok(None),
                    Some('<') => {
                        return Err(Fail {
                            code: code::INVALID_TOKEN,
                            idx: j,
                        })
                    }
                    _ => {}
                }
            }
            let code = if self.phase == Phase::Epilog {
                code::JUNK_AFTER_DOC
            } else if is_char(c) {
                code::SYNTAX
            } else {
                code::INVALID_TOKEN
            };
            return Err(Fail { code, idx: i });
        }
        let Some(&next) = self.text.get(i + 1) else {
            return self.more(&src, i, last);
        };
        match next {
            '?' => self.pi(&src, i, last),
            '!' => match self.at(&src, i + 2) {
                None => self.more(&src, i, last),
                Some('-') => self.comment(&src, i, last),
                Some('D') if self.phase == Phase::Prolog && !self.seen_doctype => {
                    match self.looking_at(&src, i, "<!DOCTYPE") {
                        None => self.more(&src, i, last),
                        Some(false) => Err(self.fail(&src, code::SYNTAX, i)),
                        Some(true) => {
                            let r = self.doctype(i, last)?;
                            if r.is_some() {
                                self.seen_doctype = true;
                            }
                            Ok(r)
                        }
                    }
                }
                Some(_) if self.phase == Phase::Epilog => Err(Fail {
                    code: code::JUNK_AFTER_DOC,
                    idx: i,
                }),
                Some(_) => Err(Fail {
                    code: code::SYNTAX,
                    idx: i,
                }),
            },
            _ if self.phase == Phase::Epilog => Err(Fail {
                code: code::JUNK_AFTER_DOC,
                idx: i,
            }),
            _ => {
                let r = self.start_tag(&src, i, last)?;
                if r.is_some() {
                    self.phase = if self.stack.is_empty() {
                        Phase::Epilog
                    } else {
                        Phase::Content
                    };
                }
                Ok(r)
            }
        }
    }

    /// One token of element content at `i`.
    pub(crate) fn content_token(&mut self, src: &Src, i: usize, last: bool) -> Step {
        let Some(c) = self.at(src, i) else {
            return Ok(None);
        };
        match c {
            '<' => {
                let Some(next) = self.at(src, i + 1) else {
                    return self.more(src, i, last);
                };
                match next {
                    '/' => {
                        let r = self.end_tag(src, i, last)?;
                        if r.is_some()
                            && self.stack.is_empty()
                            && matches!(src, Src::Main)
                            && !self.fragment
                        {
                            self.phase = Phase::Epilog;
                        }
                        Ok(r)
                    }
                    '?' => self.pi(src, i, last),
                    '!' => match self.at(src, i + 2) {
                        None => self.more(src, i, last),
                        Some('-') => self.comment(src, i, last),
                        Some('[') => self.cdata(src, i, last),
                        Some(_) => Err(self.fail(src, code::INVALID_TOKEN, i + 2)),
                    },
                    _ => self.start_tag(src, i, last),
                }
            }
            '&' => self.reference(src, i, last),
            '\n' => {
                self.emit(src, i, Event::Text { text: "\n".into() }, "\n".into());
                Ok(Some(i + 1))
            }
            '\r' => match self.at(src, i + 1) {
                None if matches!(src, Src::Main) && !last => Ok(None),
                Some('\n') => {
                    self.emit(src, i, Event::Text { text: "\n".into() }, "\r\n".into());
                    Ok(Some(i + 2))
                }
                _ => {
                    self.emit(src, i, Event::Text { text: "\n".into() }, "\r".into());
                    Ok(Some(i + 1))
                }
            },
            _ => self.text_run(src, i, last),
        }
    }

    /// Character data from `i` up to markup, a reference or a line end.
    fn text_run(&mut self, src: &Src, i: usize, last: bool) -> Step {
        let mut j = i;
        let mut bytes = 0;
        while let Some(c) = self.at(src, j) {
            if self.chunked {
                bytes += c.len_utf8();
                if bytes > 1024 {
                    break;
                }
            }
            match c {
                '<' | '&' | '\n' | '\r' => break,
                ']' if self.looking_at(src, j, "]]>") == Some(true) => {
                    return Err(self.fail(src, code::INVALID_TOKEN, j + 2));
                }
                c if !is_char(c) => {
                    if j > i {
                        break;
                    }
                    return Err(self.fail(src, code::INVALID_TOKEN, j));
                }
                _ => j += 1,
            }
        }
        // A `]` or `]]` at the end of the input may yet become `]]>`.
        if self.at(src, j).is_none() && matches!(src, Src::Main) && !last {
            while j > i && self.at(src, j - 1) == Some(']') && j - i > 0 {
                j -= 1;
                if self.at(src, j.wrapping_sub(1)) != Some(']') {
                    break;
                }
            }
            if j == i {
                return Ok(None);
            }
        }
        let text = self.slice(src, i, j);
        self.emit(src, i, Event::Text { text: text.clone() }, text);
        Ok(Some(j))
    }

    /// A comment `<!-- ... -->` at `i`.
    pub(crate) fn comment(&mut self, src: &Src, i: usize, last: bool) -> Step {
        match self.looking_at(src, i, "<!--") {
            None => return self.more(src, i, last),
            Some(false) => {
                let bad = if self.at(src, i + 2) == Some('-') {
                    i + 3
                } else {
                    i + 2
                };
                return Err(self.fail(src, code::INVALID_TOKEN, bad));
            }
            Some(true) => {}
        }
        let mut j = i + 4;
        loop {
            match self.at(src, j) {
                None => return self.more(src, i, last),
                Some('-') => match self.at(src, j + 1) {
                    None => return self.more(src, i, last),
                    Some('-') => match self.at(src, j + 2) {
                        None => return self.more(src, i, last),
                        Some('>') => break,
                        Some(_) => return Err(self.fail(src, code::INVALID_TOKEN, j + 2)),
                    },
                    Some(_) => j += 1,
                },
                Some(c) if !is_char(c) => return Err(self.fail(src, code::INVALID_TOKEN, j)),
                Some(_) => j += 1,
            }
        }
        let text = normalize_newlines(&self.slice(src, i + 4, j));
        let raw = self.slice(src, i, j + 3);
        self.emit(src, i, Event::Comment { text }, raw);
        Ok(Some(j + 3))
    }

    /// A processing instruction (or, first in the document, the XML declaration) at `i`.
    pub(crate) fn pi(&mut self, src: &Src, i: usize, last: bool) -> Step {
        let Some(end_name) = self.name(src, i + 2, i, last)? else {
            return Ok(None);
        };
        let target = self.slice(src, i + 2, end_name);
        let mut j = end_name;
        let data_start;
        match self.at(src, j) {
            None => return self.more(src, i, last),
            Some('?') => data_start = j,
            Some(c) if is_space(c) => {
                j = self.spaces(src, j);
                data_start = j;
            }
            Some(_) => return Err(self.fail(src, code::INVALID_TOKEN, j)),
        }
        loop {
            match self.at(src, j) {
                None => return self.more(src, i, last),
                Some('?') => match self.at(src, j + 1) {
                    None => return self.more(src, i, last),
                    Some('>') => break,
                    Some(_) => j += 1,
                },
                Some(c) if !is_char(c) => return Err(self.fail(src, code::INVALID_TOKEN, j)),
                Some(_) => j += 1,
            }
        }
        if target.eq_ignore_ascii_case("xml") {
            if target != "xml" {
                return Err(self.fail(src, code::INVALID_TOKEN, end_name));
            }
            if self.phase == Phase::Epilog && matches!(src, Src::Main) {
                return Err(self.fail(src, code::JUNK_AFTER_DOC, i));
            }
            if self.started || !matches!(src, Src::Main) || i != 0 {
                return Err(self.fail(src, code::MISPLACED_XML_PI, i));
            }
            return self.xml_decl(i, end_name, j);
        }
        let data = normalize_newlines(&self.slice(src, data_start, j));
        let raw = self.slice(src, i, j + 2);
        self.emit(src, i, Event::Pi { target, data }, raw);
        Ok(Some(j + 2))
    }

    /// The XML declaration: `<?xml` at `i`, its pseudo-attributes from `a` to `end` (`?>`).
    fn xml_decl(&mut self, i: usize, a: usize, end: usize) -> Step {
        let src = Src::Main;
        let bad = |k: usize| Fail {
            code: code::XML_DECL,
            idx: k,
        };
        let mut k = a;
        let mut found: Vec<(String, usize, String, usize)> = Vec::new();
        loop {
            let after_space = self.spaces(&src, k);
            if after_space >= end {
                break;
            }
            if after_space == k {
                return Err(bad(k));
            }
            k = after_space;
            let name_start = k;
            while k < end && self.text[k].is_ascii_alphanumeric() {
                k += 1;
            }
            let name = self.slice(&src, name_start, k);
            k = self.spaces(&src, k);
            if k >= end || self.text[k] != '=' {
                return Err(bad(name_start));
            }
            k = self.spaces(&src, k + 1);
            let q = if k < end { self.text[k] } else { ' ' };
            if q != '"' && q != '\'' {
                return Err(bad(k));
            }
            let vstart = k + 1;
            let Some(len) = self.text[vstart..end].iter().position(|&c| c == q) else {
                return Err(bad(k));
            };
            found.push((
                name,
                name_start,
                self.slice(&src, vstart, vstart + len),
                vstart,
            ));
            k = vstart + len + 1;
        }
        let mut version = None;
        let mut encoding = None;
        let mut standalone = -1;
        let mut order = 0;
        for (name, name_at, value, value_at) in found {
            let rank = match name.as_str() {
                "version" => 1,
                "encoding" => 2,
                "standalone" => 3,
                _ => return Err(bad(name_at)),
            };
            if rank <= order || (order == 0 && rank != 1) {
                return Err(bad(name_at));
            }
            order = rank;
            match rank {
                1 => version = Some(value),
                2 => encoding = Some(value),
                _ => {
                    standalone = match value.as_str() {
                        "yes" => 1,
                        "no" => 0,
                        _ => return Err(bad(value_at)),
                    }
                }
            }
        }
        if version.is_none() {
            return Err(bad(a));
        }
        self.standalone = standalone == 1;
        let raw = self.slice(&src, i, end + 2);
        self.emit(
            &src,
            i,
            Event::XmlDecl {
                version,
                encoding,
                standalone,
            },
            raw,
        );
        Ok(Some(end + 2))
    }

    /// A CDATA section at `i`.
    fn cdata(&mut self, src: &Src, i: usize, last: bool) -> Step {
        match self.looking_at(src, i, "<![CDATA[") {
            None => return self.more(src, i, last),
            Some(false) => return Err(self.fail(src, code::INVALID_TOKEN, i + 3)),
            Some(true) => {}
        }
        let start = i + 9;
        let mut j = start;
        loop {
            match self.at(src, j) {
                None if matches!(src, Src::Main) && !last => return Ok(None),
                None => return Err(self.fail(src, code::UNCLOSED_CDATA, j)),
                Some(']') if self.looking_at(src, j, "]]>") == Some(true) => break,
                Some(c) if !is_char(c) => return Err(self.fail(src, code::INVALID_TOKEN, j)),
                Some(_) => j += 1,
            }
        }
        self.emit(src, i, Event::CdataStart, "<![CDATA[".into());
        let mut k = start;
        while k < j {
            let c = self.at(src, k).unwrap_or('\n');
            if c == '\n' || c == '\r' {
                let two = c == '\r' && self.at(src, k + 1) == Some('\n');
                let raw = if two {
                    "\r\n"
                } else if c == '\r' {
                    "\r"
                } else {
                    "\n"
                };
                self.emit(src, k, Event::Text { text: "\n".into() }, raw.into());
                k += if two { 2 } else { 1 };
                continue;
            }
            // Expat hands each `]` over on its own.
            let mut e = k + 1;
            if c != ']' {
                while e < j && !matches!(self.at(src, e), Some('\n' | '\r' | ']')) {
                    e += 1;
                }
            }
            let text = self.slice(src, k, e);
            self.emit(src, k, Event::Text { text: text.clone() }, text);
            k = e;
        }
        self.emit(src, j, Event::CdataEnd, "]]>".into());
        Ok(Some(j + 3))
    }
}

/// Line ends in markup text read as XML reads them: `\r\n` and `\r` become `\n`.
pub(crate) fn normalize_newlines(s: &str) -> String {
    if !s.contains('\r') {
        return s.to_owned();
    }
    s.replace("\r\n", "\n").replace('\r', "\n")
}
