//! The document type declaration: its name and external identifier, and an internal
//! subset whose entity declarations are kept (internal general entities are expanded where
//! referenced), whose attribute-list declarations give default attribute values, and whose
//! other declarations are reported to the default handler. The whole declaration is one
//! token: when the input ends inside it, what it reported is taken back and it is read
//! again once more input has come.

use std::rc::Rc;

use super::chars::is_space;
use super::errors as code;
use super::events::Event;
use super::scanner::{normalize_newlines, Entity, Fail, Scanner, Src, Step};

/// Reads an item or gives up the whole declaration: `need!(expr)` unwraps an
/// `Option<T>` result, returning `Ok(None)` when the input ran out.
macro_rules! need {
    ($e:expr) => {
        match $e? {
            Some(v) => v,
            None => return Ok(None),
        }
    };
}

impl Scanner {
    /// The declaration at `i` (`<!DOCTYPE`).
    pub(crate) fn doctype(&mut self, i: usize, last: bool) -> Step {
        let mark = self.events.len();
        let r = self.doctype_inner(i, last);
        if !matches!(r, Ok(Some(_))) {
            self.events.truncate(mark);
        }
        r
    }

    fn doctype_inner(&mut self, i: usize, last: bool) -> Step {
        let src = Src::Main;
        let mut pieces = vec!["<!DOCTYPE".to_owned()];
        let mut j = i + 9;
        need!(self.required_space(&src, j, i, last));
        pieces.push(self.slice(&src, j, self.spaces(&src, j)));
        j = self.spaces(&src, j);
        let name_end = need!(self.name(&src, j, i, last));
        let name = self.slice(&src, j, name_end);
        pieces.push(name.clone());
        j = name_end;
        let s = self.spaces(&src, j);
        if s > j {
            pieces.push(self.slice(&src, j, s));
        }
        j = s;
        let (mut system, mut public) = (None, None);
        if matches!(self.at(&src, j), Some('S' | 'P')) {
            let (end, sys, publ) = need!(self.external_id(&src, j, i, last, &mut pieces, false));
            system = sys;
            public = publ;
            j = end;
            let s = self.spaces(&src, j);
            if s > j {
                pieces.push(self.slice(&src, j, s));
            }
            j = s;
            if !self.standalone {
                self.lenient = true;
                let at = self.last_literal_start(end);
                self.emit(&src, at, Event::NotStandalone, String::new());
            }
        }
        let internal = match self.at(&src, j) {
            None => return self.more(&src, i, last),
            Some('[') => true,
            Some('>') => false,
            Some(_) => return Err(self.fail(&src, code::SYNTAX, j)),
        };
        // The pieces of the declaration go to the default handler (when there is no
        // doctype handler), each at its place.
        let mut at = i;
        for piece in pieces {
            let n = piece.chars().count();
            self.emit(&src, at, Event::DoctypePiece, piece);
            at += n;
        }
        let raw = if internal { "[" } else { "" };
        self.emit(
            &src,
            j,
            Event::DoctypeStart {
                name,
                system,
                public,
                internal,
            },
            raw.into(),
        );
        if !internal {
            self.emit(&src, j, Event::DoctypeEnd, ">".into());
            return Ok(Some(j + 1));
        }
        j += 1;
        loop {
            let Some(c) = self.at(&src, j) else {
                return self.more(&src, i, last);
            };
            if is_space(c) {
                let e = self.spaces(&src, j);
                let raw = self.slice(&src, j, e);
                self.emit(&src, j, Event::Default, raw);
                j = e;
                continue;
            }
            j = match c {
                ']' => break,
                '%' => {
                    let end = need!(self.name(&src, j + 1, i, last));
                    match self.at(&src, end) {
                        None => return self.more(&src, i, last),
                        Some(';') => {}
                        Some(_) => return Err(self.fail(&src, code::INVALID_TOKEN, end)),
                    }
                    let raw = self.slice(&src, j, end + 1);
                    if self.standalone {
                        self.emit(&src, j, Event::Default, raw);
                    } else {
                        self.lenient = true;
                        self.emit(&src, j, Event::NotStandalone, raw);
                    }
                    end + 1
                }
                '<' => match self.at(&src, j + 1) {
                    None => return self.more(&src, i, last),
                    Some('?') => need!(self.pi(&src, j, last)),
                    Some('!') => match self.at(&src, j + 2) {
                        None => return self.more(&src, i, last),
                        Some('-') => need!(self.comment(&src, j, last)),
                        Some(_) => need!(self.declaration(j, i, last)),
                    },
                    Some(_) => return Err(self.fail(&src, code::SYNTAX, j)),
                },
                _ => return Err(self.fail(&src, code::SYNTAX, j)),
            };
        }
        let close = j;
        j = self.spaces(&src, j + 1);
        match self.at(&src, j) {
            None => self.more(&src, i, last),
            Some('>') => {
                let raw = self.slice(&src, close, j + 1);
                self.emit(&src, j, Event::DoctypeEnd, raw);
                Ok(Some(j + 1))
            }
            Some(_) => Err(self.fail(&src, code::SYNTAX, j)),
        }
    }

    /// Fails unless white space is at `j`.
    fn required_space(
        &self,
        src: &Src,
        j: usize,
        start: usize,
        last: bool,
    ) -> Result<Option<()>, Fail> {
        match self.at(src, j) {
            None => self.more(src, start, last).map(|_| None),
            Some(c) if is_space(c) => Ok(Some(())),
            Some(_) => Err(self.fail(src, code::SYNTAX, j)),
        }
    }

    /// A quoted literal at `j`: the index after it and its text.
    fn literal(
        &self,
        src: &Src,
        j: usize,
        start: usize,
        last: bool,
    ) -> Result<Option<(usize, String)>, Fail> {
        let q = match self.at(src, j) {
            None => return self.more(src, start, last).map(|_| None),
            Some(q @ ('"' | '\'')) => q,
            Some(_) => return Err(self.fail(src, code::SYNTAX, j)),
        };
        let mut k = j + 1;
        loop {
            match self.at(src, k) {
                None => return self.more(src, start, last).map(|_| None),
                Some(c) if c == q => return Ok(Some((k + 1, self.slice(src, j + 1, k)))),
                Some(_) => k += 1,
            }
        }
    }

    /// `SYSTEM lit` or `PUBLIC lit lit` at `j` (the system literal optional when
    /// `notation`): the index after it, the system and public identifiers.
    #[allow(clippy::type_complexity)]
    fn external_id(
        &self,
        src: &Src,
        j: usize,
        start: usize,
        last: bool,
        pieces: &mut Vec<String>,
        notation: bool,
    ) -> Result<Option<(usize, Option<String>, Option<String>)>, Fail> {
        let keyword = if self.looking_at(src, j, "SYSTEM").is_none()
            || self.looking_at(src, j, "PUBLIC").is_none()
        {
            return self.more(src, start, last).map(|_| None);
        } else if self.looking_at(src, j, "SYSTEM") == Some(true) {
            "SYSTEM"
        } else if self.looking_at(src, j, "PUBLIC") == Some(true) {
            "PUBLIC"
        } else {
            return Err(self.fail(src, code::SYNTAX, j));
        };
        pieces.push(keyword.to_owned());
        let mut k = j + 6;
        if self.required_space(src, k, start, last)?.is_none() {
            return Ok(None);
        }
        let s = self.spaces(src, k);
        pieces.push(self.slice(src, k, s));
        k = s;
        let Some((end, first)) = self.literal(src, k, start, last)? else {
            return Ok(None);
        };
        pieces.push(self.slice(src, k, end));
        if keyword == "SYSTEM" {
            return Ok(Some((end, Some(first), None)));
        }
        let public = first.split_whitespace().collect::<Vec<_>>().join(" ");
        let s = self.spaces(src, end);
        match self.at(src, s) {
            None => return self.more(src, start, last).map(|_| None),
            Some('"' | '\'') if s > end => {}
            Some(_) if notation => return Ok(Some((end, None, Some(public)))),
            Some(_) => return Err(self.fail(src, code::SYNTAX, s)),
        }
        pieces.push(self.slice(src, end, s));
        let Some((end2, system)) = self.literal(src, s, start, last)? else {
            return Ok(None);
        };
        pieces.push(self.slice(src, s, end2));
        Ok(Some((end2, Some(system), Some(public))))
    }

    /// A markup declaration `<!KEYWORD ...>` at `j` of the internal subset starting at
    /// `start`.
    fn declaration(&mut self, j: usize, start: usize, last: bool) -> Step {
        let src = Src::Main;
        for keyword in ["ENTITY", "ATTLIST", "ELEMENT", "NOTATION"] {
            let lit = format!("<!{keyword}");
            match self.looking_at(&src, j, &lit) {
                None => return self.more(&src, start, last),
                Some(false) => continue,
                Some(true) => {}
            }
            let k = j + lit.len();
            if self.required_space(&src, k, start, last)?.is_none() {
                return Ok(None);
            }
            let k = self.spaces(&src, k);
            return match keyword {
                "ENTITY" => self.entity_decl(j, k, start, last),
                "ATTLIST" => self.attlist_decl(j, k, start, last),
                "NOTATION" => self.notation_decl(j, k, start, last),
                _ => {
                    let mut e = k;
                    loop {
                        match self.at(&src, e) {
                            None => return self.more(&src, start, last),
                            Some('>') => break,
                            Some(_) => e += 1,
                        }
                    }
                    let raw = self.slice(&src, j, e + 1);
                    let name_end = need!(self.name(&src, k, start, last));
                    let name = self.slice(&src, k, name_end);
                    let body = self.slice(&src, name_end, e);
                    let Some(model) = super::model::parse(&body) else {
                        return Err(self.fail(&src, code::SYNTAX, name_end));
                    };
                    self.emit(&src, e, Event::ElementDecl { name, model }, raw);
                    Ok(Some(e + 1))
                }
            };
        }
        Err(self.fail(&src, code::SYNTAX, j))
    }

    /// The `>` closing a declaration at `k` (after optional white space).
    fn decl_end(&self, k: usize, start: usize, last: bool) -> Step {
        let src = Src::Main;
        let k = self.spaces(&src, k);
        match self.at(&src, k) {
            None => self.more(&src, start, last),
            Some('>') => Ok(Some(k + 1)),
            Some(_) => Err(self.fail(&src, code::SYNTAX, k)),
        }
    }

    fn entity_decl(&mut self, j: usize, mut k: usize, start: usize, last: bool) -> Step {
        let src = Src::Main;
        let parameter = self.at(&src, k) == Some('%');
        if parameter {
            need!(self.required_space(&src, k + 1, start, last));
            k = self.spaces(&src, k + 1);
        }
        let name_end = need!(self.name(&src, k, start, last));
        let name = self.slice(&src, k, name_end);
        need!(self.required_space(&src, name_end, start, last));
        k = self.spaces(&src, name_end);
        let mut entity = Entity {
            value: None,
            system: None,
            public: None,
            notation: None,
        };
        // Expat reports an internal entity at its value, an external one at its end.
        let mut at = None;
        match self.at(&src, k) {
            None => return self.more(&src, start, last),
            Some('"' | '\'') => {
                at = Some(k);
                let (end, text) = need!(self.literal(&src, k, start, last));
                entity.value = Some(self.entity_value(&text, k)?);
                k = end;
            }
            Some(_) => {
                let (end, system, public) =
                    need!(self.external_id(&src, k, start, last, &mut Vec::new(), false));
                entity.system = system;
                entity.public = public;
                k = end;
                let s = self.spaces(&src, k);
                if s > k && !parameter && self.looking_at(&src, s, "NDATA") == Some(true) {
                    need!(self.required_space(&src, s + 5, start, last));
                    let n = self.spaces(&src, s + 5);
                    let n_end = need!(self.name(&src, n, start, last));
                    entity.notation = Some(self.slice(&src, n, n_end));
                    k = n_end;
                }
            }
        }
        let end = need!(self.decl_end(k, start, last));
        let raw = self.slice(&src, j, end);
        let at = at.unwrap_or(end - 1);
        let event = Event::EntityDecl {
            name: name.clone(),
            parameter,
            value: entity.value.as_ref().map(|v| v.iter().collect()),
            system: entity.system.clone(),
            public: entity.public.clone(),
            notation: entity.notation.clone(),
        };
        self.emit(&src, at, event, raw);
        if !parameter && !self.entities.contains_key(&name) {
            self.entities.insert(name, entity);
        }
        Ok(Some(end))
    }

    /// An entity's literal value with its character references replaced.
    fn entity_value(&self, text: &str, at: usize) -> Result<Rc<[char]>, Fail> {
        let text = normalize_newlines(text);
        let chars: Rc<[char]> = text.chars().collect();
        let inner = Src::Entity {
            text: Rc::clone(&chars),
            at,
        };
        let mut out = Vec::new();
        let mut k = 0;
        while k < chars.len() {
            match chars[k] {
                '%' => return Err(self.fail(&inner, 10, k)),
                '&' => {
                    let Some((end, r)) = self.ref_syntax(&inner, k, k, true)? else {
                        break;
                    };
                    match r {
                        super::refs::Ref::Char(Some(c)) => out.push(c),
                        super::refs::Ref::Char(None) => {
                            return Err(self.fail(&inner, code::BAD_CHAR_REF, k))
                        }
                        super::refs::Ref::Name(_) => out.extend_from_slice(&chars[k..end]),
                    }
                    k = end;
                }
                c => {
                    out.push(c);
                    k += 1;
                }
            }
        }
        Ok(out.into())
    }

    fn notation_decl(&mut self, j: usize, k: usize, start: usize, last: bool) -> Step {
        let src = Src::Main;
        let name_end = need!(self.name(&src, k, start, last));
        let name = self.slice(&src, k, name_end);
        need!(self.required_space(&src, name_end, start, last));
        let k = self.spaces(&src, name_end);
        let (k, system, public) =
            need!(self.external_id(&src, k, start, last, &mut Vec::new(), true));
        let end = need!(self.decl_end(k, start, last));
        let raw = self.slice(&src, j, end);
        // Reported at its last literal.
        let at = self.last_literal_start(k);
        self.emit(
            &src,
            at,
            Event::NotationDecl {
                name,
                system,
                public,
            },
            raw,
        );
        Ok(Some(end))
    }

    fn attlist_decl(&mut self, j: usize, k: usize, start: usize, last: bool) -> Step {
        let src = Src::Main;
        let name_end = need!(self.name(&src, k, start, last));
        let element = self.slice(&src, k, name_end);
        let mut k = name_end;
        let mut found = Vec::new();
        loop {
            let s = self.spaces(&src, k);
            match self.at(&src, s) {
                None => return self.more(&src, start, last),
                Some('>') => {
                    k = s + 1;
                    break;
                }
                Some(_) if s == k => return Err(self.fail(&src, code::SYNTAX, s)),
                Some(_) => {}
            }
            let a_end = need!(self.name(&src, s, start, last));
            let attr = self.slice(&src, s, a_end);
            need!(self.required_space(&src, a_end, start, last));
            let mut t = self.spaces(&src, a_end);
            let mut kind = String::new();
            if self.at(&src, t) != Some('(') {
                let t_end = need!(self.name(&src, t, start, last));
                kind = self.slice(&src, t, t_end);
                t = t_end;
                if kind == "NOTATION" {
                    t = self.spaces(&src, t);
                }
            }
            if self.at(&src, t) == Some('(') {
                let mut e = t;
                loop {
                    match self.at(&src, e) {
                        None => return self.more(&src, start, last),
                        Some(')') => break,
                        Some(_) => e += 1,
                    }
                }
                let inner: String = self
                    .slice(&src, t, e + 1)
                    .chars()
                    .filter(|c| !is_space(*c))
                    .collect();
                kind.push_str(&inner);
                t = e + 1;
            }
            need!(self.required_space(&src, t, start, last));
            t = self.spaces(&src, t);
            let (default, required);
            if self.at(&src, t) == Some('#') {
                let w_end = need!(self.name(&src, t + 1, start, last));
                let word = self.slice(&src, t + 1, w_end);
                match word.as_str() {
                    "REQUIRED" | "IMPLIED" => {
                        default = None;
                        required = word == "REQUIRED";
                        t = w_end;
                    }
                    "FIXED" => {
                        need!(self.required_space(&src, w_end, start, last));
                        let q = self.spaces(&src, w_end);
                        let (after, value) = need!(self.attr_value(&src, q, start, last));
                        default = Some(value);
                        required = true;
                        t = after;
                    }
                    _ => return Err(self.fail(&src, code::SYNTAX, t)),
                }
            } else {
                if !matches!(self.at(&src, t), Some('"' | '\'')) {
                    return Err(self.fail(&src, code::SYNTAX, t));
                }
                let (after, value) = need!(self.attr_value(&src, t, start, last));
                default = Some(value);
                required = false;
                t = after;
            }
            found.push((attr, kind, default, required));
            k = t;
        }
        let raw = self.slice(&src, j, k);
        let mut first = true;
        for (attr, kind, mut default, required) in found {
            if kind != "CDATA" {
                let list = self.tokenized.entry(element.clone()).or_default();
                if !list.contains(&attr) {
                    list.push(attr.clone());
                }
                default = default.map(|v| collapse_spaces(&v));
            }
            if let Some(value) = &default {
                let list = self.defaults.entry(element.clone()).or_default();
                if !list.iter().any(|(n, _)| *n == attr) {
                    list.push((attr.clone(), value.clone()));
                }
            }
            let raw = if first { raw.clone() } else { String::new() };
            first = false;
            let event = Event::AttlistDecl {
                element: element.clone(),
                attr,
                kind,
                default,
                required,
            };
            self.emit(&src, j, event, raw);
        }
        Ok(Some(k))
    }
}

/// A tokenized attribute value: no leading or trailing spaces, single spaces between.
pub(crate) fn collapse_spaces(v: &str) -> String {
    v.split(' ')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}
