//! Start and end tags: attributes, defaults from the DTD's attribute lists, and namespace
//! processing (names expanded to `URI<sep>local`, with the prefix after another separator
//! when `namespace_prefixes` is on).

use super::chars::{is_name_start, is_space};
use super::errors as code;
use super::events::Event;
use super::scanner::{Fail, Open, Scanner, Src, Step};

const XML_NS: &str = "http://www.w3.org/XML/1998/namespace";
const XMLNS_NS: &str = "http://www.w3.org/2000/xmlns/";

impl Scanner {
    /// A start tag (or empty-element tag) at `i`.
    pub(crate) fn start_tag(&mut self, src: &Src, i: usize, last: bool) -> Step {
        let Some(name_end) = self.name(src, i + 1, i, last)? else {
            return Ok(None);
        };
        let qname = self.slice(src, i + 1, name_end);
        let mut attrs: Vec<(String, String)> = Vec::new();
        let mut j = name_end;
        let empty;
        loop {
            let Some(c) = self.at(src, j) else {
                return self.more(src, i, last);
            };
            let spaced = is_space(c);
            if spaced {
                j = self.spaces(src, j);
            }
            let Some(c) = self.at(src, j) else {
                return self.more(src, i, last);
            };
            match c {
                '>' => {
                    empty = false;
                    j += 1;
                    break;
                }
                '/' => match self.at(src, j + 1) {
                    None => return self.more(src, i, last),
                    Some('>') => {
                        empty = true;
                        j += 2;
                        break;
                    }
                    Some(_) => return Err(self.fail(src, code::INVALID_TOKEN, j + 1)),
                },
                c if spaced && is_name_start(c) => {
                    let Some(an_end) = self.name(src, j, i, last)? else {
                        return Ok(None);
                    };
                    let aname = self.slice(src, j, an_end);
                    let name_at = j;
                    let mut k = self.spaces(src, an_end);
                    match self.at(src, k) {
                        None => return self.more(src, i, last),
                        Some('=') => {}
                        Some(_) => return Err(self.fail(src, code::INVALID_TOKEN, k)),
                    }
                    k = self.spaces(src, k + 1);
                    match self.at(src, k) {
                        None => return self.more(src, i, last),
                        Some('"' | '\'') => {}
                        Some(_) => return Err(self.fail(src, code::INVALID_TOKEN, k)),
                    }
                    let Some((after, value)) = self.attr_value(src, k, i, last)? else {
                        return Ok(None);
                    };
                    if attrs.iter().any(|(n, _)| *n == aname) {
                        return Err(self.fail(src, code::DUPLICATE_ATTRIBUTE, name_at));
                    }
                    attrs.push((aname, value));
                    j = after;
                }
                _ => return Err(self.fail(src, code::INVALID_TOKEN, j)),
            }
        }
        if let Some(names) = self.tokenized.get(&qname) {
            for (n, v) in &mut attrs {
                if names.contains(n) {
                    *v = super::dtd::collapse_spaces(v);
                }
            }
        }
        let specified = attrs.len();
        if let Some(defaults) = self.defaults.get(&qname) {
            for (n, v) in defaults {
                if !attrs.iter().any(|(a, _)| a == n) {
                    attrs.push((n.clone(), v.clone()));
                }
            }
        }
        let raw = self.slice(src, i, j);
        let (expanded, attrs, bound) = if self.sep.is_some() {
            self.namespaces(src, i, &qname, attrs)?
        } else {
            (qname.clone(), attrs, 0)
        };
        let specified = specified.min(attrs.len());
        self.emit(
            src,
            i,
            Event::Start {
                name: expanded.clone(),
                attrs,
                specified,
            },
            raw,
        );
        if empty {
            self.emit(src, j, Event::End { name: expanded }, String::new());
            self.unbind(src, j, bound);
        } else {
            self.stack.push(Open {
                qname,
                expanded,
                bound,
            });
        }
        Ok(Some(j))
    }

    /// An end tag at `i`.
    pub(crate) fn end_tag(&mut self, src: &Src, i: usize, last: bool) -> Step {
        let Some(name_end) = self.name(src, i + 2, i, last)? else {
            return Ok(None);
        };
        let j = self.spaces(src, name_end);
        match self.at(src, j) {
            None => return self.more(src, i, last),
            Some('>') => {}
            Some(_) => return Err(self.fail(src, code::INVALID_TOKEN, j)),
        }
        let name = self.slice(src, i + 2, name_end);
        let Some(open) = self.stack.last() else {
            return Err(self.fail(src, code::TAG_MISMATCH, i + 2));
        };
        if open.qname != name {
            let code = if matches!(src, Src::Entity { .. }) {
                code::ASYNC_ENTITY
            } else {
                code::TAG_MISMATCH
            };
            return Err(self.fail(src, code, i + 2));
        }
        let open = self.stack.pop().expect("checked above");
        let raw = self.slice(src, i, j + 1);
        self.emit(
            src,
            i,
            Event::End {
                name: open.expanded,
            },
            raw,
        );
        self.unbind(src, i, open.bound);
        Ok(Some(j + 1))
    }

    /// Ends the last `n` namespace bindings.
    fn unbind(&mut self, src: &Src, i: usize, n: usize) {
        for _ in 0..n {
            if let Some((prefix, _)) = self.bindings.pop() {
                self.emit(src, i, Event::NsEnd { prefix }, String::new());
            }
        }
    }

    /// The URI `prefix` is bound to (`None` for no namespace).
    fn lookup(&self, prefix: Option<&str>) -> Result<Option<String>, ()> {
        if prefix == Some("xml") {
            return Ok(Some(XML_NS.to_owned()));
        }
        for (p, uri) in self.bindings.iter().rev() {
            if p.as_deref() == prefix {
                return Ok(uri.clone());
            }
        }
        if prefix.is_none() {
            Ok(None)
        } else {
            Err(())
        }
    }

    /// `local` in `uri`, as the handlers see it.
    fn expand(&self, uri: Option<String>, local: &str, prefix: Option<&str>) -> String {
        let Some(uri) = uri else {
            return local.to_owned();
        };
        let sep = self.sep.unwrap_or(' ');
        let mut s = format!("{uri}{sep}{local}");
        if self.ns_prefixes {
            if let Some(p) = prefix {
                s.push(sep);
                s.push_str(p);
            }
        }
        s
    }

    /// Applies the tag's `xmlns` attributes and expands its names: the element's name,
    /// its other attributes, and how many bindings it made.
    #[allow(clippy::type_complexity)]
    fn namespaces(
        &mut self,
        src: &Src,
        i: usize,
        qname: &str,
        attrs: Vec<(String, String)>,
    ) -> Result<(String, Vec<(String, String)>, usize), Fail> {
        let mut rest = Vec::new();
        let mut bound = 0;
        for (name, value) in attrs {
            let prefix = if name == "xmlns" {
                None
            } else if let Some(p) = name.strip_prefix("xmlns:") {
                Some(p.to_owned())
            } else {
                rest.push((name, value));
                continue;
            };
            if prefix.as_deref() == Some("xmlns") {
                return Err(self.fail(src, code::RESERVED_PREFIX_XMLNS, i));
            }
            if prefix.as_deref() == Some("xml") && value != XML_NS {
                return Err(self.fail(src, code::RESERVED_PREFIX_XML, i));
            }
            if value == XMLNS_NS || (value == XML_NS && prefix.as_deref() != Some("xml")) {
                return Err(self.fail(src, code::RESERVED_NAMESPACE_URI, i));
            }
            if prefix.is_some() && value.is_empty() {
                return Err(self.fail(src, code::UNDECLARING_PREFIX, i));
            }
            if self.sep.is_some_and(|sep| value.contains(sep)) {
                return Err(self.fail(src, code::SYNTAX, i));
            }
            let uri = if value.is_empty() { None } else { Some(value) };
            self.emit(
                src,
                i,
                Event::NsStart {
                    prefix: prefix.clone(),
                    uri: uri.clone(),
                },
                String::new(),
            );
            self.bindings.push((prefix, uri));
            bound += 1;
        }
        let (prefix, local) = split_qname(qname);
        let Ok(uri) = self.lookup(prefix) else {
            return Err(self.fail(src, code::UNBOUND_PREFIX, i));
        };
        let element = self.expand(uri, local, prefix);
        let mut out: Vec<(String, String)> = Vec::new();
        for (name, value) in rest {
            let (prefix, local) = split_qname(&name);
            let expanded = match prefix {
                None => name.clone(),
                Some(_) => {
                    let Ok(uri) = self.lookup(prefix) else {
                        return Err(self.fail(src, code::UNBOUND_PREFIX, i));
                    };
                    self.expand(uri, local, prefix)
                }
            };
            let key = |s: &str| {
                let sep = self.sep.unwrap_or(' ');
                let mut parts = s.splitn(3, sep);
                let a = parts.next().unwrap_or_default().to_owned();
                let b = parts.next().unwrap_or_default().to_owned();
                (a, b)
            };
            if out.iter().any(|(n, _)| key(n) == key(&expanded)) {
                // Expat places a clash found after expansion at the tag.
                return Err(self.fail(src, code::DUPLICATE_ATTRIBUTE, i));
            }
            out.push((expanded, value));
        }
        Ok((element, out, bound))
    }
}

/// A qualified name's prefix (if any) and local part.
fn split_qname(name: &str) -> (Option<&str>, &str) {
    match name.split_once(':') {
        Some((p, l)) if !p.is_empty() && !l.is_empty() => (Some(p), l),
        _ => (None, name),
    }
}
