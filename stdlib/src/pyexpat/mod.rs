//! `_pyexpat`: Krait's own XML parser (no Expat inside), the engine under the bundled
//! `pyexpat` module (`stdlib/src/python/pyexpat.py`), which gives it CPython's interface:
//! the `xmlparser` object with its handler attributes, `ExpatError`, `errors` and `model`.
//!
//! A `Scanner` takes the document in pieces (`feed(data, final)`) and returns the events of
//! every token completed so far as tuples `(kind, line, column, byte, markup, *fields)`
//! plus the error that stopped it, if any; the Python side calls the handlers, so a handler
//! may replace handlers between two events, as with Expat. Character data is delivered as
//! soon as it has arrived (split at line ends, as Expat does); every other event once its
//! whole token has.

mod chars;
mod decode;
mod dtd;
mod errors;
mod events;
mod model;
mod refs;
mod scanner;
mod tags;

use krait_gc::Gc;

use krait_vm::builtins::native::{self, bind, Sig};
use krait_vm::builtins::{method_arity, module_functions, new_module};
use krait_vm::error::PyResult;
use krait_vm::object::function::KwArgs;
use krait_vm::object::{NativeFn, Object};
use krait_vm::value::Value;
use krait_vm::vm::Vm;

use events::{Event, Located};
use scanner::Scanner;

/// Creates `_pyexpat`.
pub(crate) fn create(vm: &mut Vm) -> PyResult<Gc<Object>> {
    let funcs: &[(&'static str, NativeFn)] =
        &[("scanner", new_scanner), ("known_encoding", known_encoding)];
    let mut attrs = module_functions(vm, funcs);
    let class = native::new_class(
        vm,
        "_pyexpat",
        "Scanner",
        None,
        &[
            ("feed", s_feed),
            ("position", s_position),
            ("force_utf8", s_force_utf8),
            ("set_prefixes", s_set_prefixes),
            ("unknown_encoding", s_unknown_encoding),
            ("set_fragment", s_set_fragment),
            ("set_chunked", s_set_chunked),
        ],
    );
    attrs.push(("Scanner", Value::Obj(class)));
    let mut names = Vec::new();
    let mut messages = Vec::new();
    for &(name, message) in errors::ERRORS {
        names.push(vm.new_str(name));
        messages.push(vm.new_str(message));
    }
    let names = vm.new_tuple(names);
    let messages = vm.new_tuple(messages);
    attrs.push(("ERROR_NAMES", names));
    attrs.push(("ERROR_MESSAGES", messages));
    Ok(new_module(vm, "_pyexpat", attrs))
}

fn opt_str(vm: &mut Vm, v: Option<Value>, what: &str) -> PyResult<Option<String>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => krait_vm::builtins::str_arg(vm, v, what).map(Some),
    }
}

/// `scanner(encoding, separator)`: a new parser.
fn new_scanner(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    const SIG: Sig = Sig {
        name: "scanner",
        module: "_pyexpat",
        params: &["encoding", "separator"],
        posonly: 2,
        maxpos: 2,
        required: 2,
    };
    let a = bind(vm, &SIG, args, kw)?;
    let encoding = opt_str(vm, a[0], "encoding")?;
    let sep = opt_str(vm, a[1], "separator")?;
    let forced = encoding.as_deref().and_then(decode::by_name);
    let sep = sep.map(|s| s.chars().next().unwrap_or('\0'));
    let class = native::module_class(vm, "_pyexpat", "Scanner")?;
    Ok(native::new_object(vm, class, Scanner::new(forced, sep)))
}

/// `known_encoding(name)`: whether the scanner decodes `name` itself.
fn known_encoding(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    krait_vm::builtins::arity(vm, "known_encoding", args, 1, 1)?;
    let name = krait_vm::builtins::str_arg(vm, args[0], "name")?;
    Ok(Value::Bool(decode::by_name(&name).is_some()))
}

fn state<'a>(
    vm: &mut Vm,
    args: &'a [Value],
    method: &str,
) -> PyResult<std::cell::RefMut<'a, Scanner>> {
    native::self_state::<Scanner>(vm, args, method, "_pyexpat.Scanner")
}

/// `feed(data, final)`: `(events, error)`, error `None` or `(code, line, column, byte)`.
fn s_feed(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "feed", args, 2, 2)?;
    let data = krait_vm::builtins::bytes::buffer_arg(vm, args[1])?;
    let last = vm.truthy(args[2])?;
    let mut s = state(vm, args, "feed")?;
    let result = s.feed(&data, last);
    let empty = s.empty();
    let events = std::mem::take(&mut s.events);
    drop(s);
    let mut out = Vec::with_capacity(events.len());
    for e in events {
        out.push(event_tuple(vm, e));
    }
    let list = vm.new_list(out);
    let err = match result {
        Ok(()) => Value::None,
        Err((code, p)) => {
            let items = vec![
                Value::Int(i64::from(code)),
                Value::Int(p.line as i64),
                Value::Int(p.col as i64),
                Value::Int(if empty { -1 } else { p.byte as i64 }),
            ];
            vm.new_tuple(items)
        }
    };
    Ok(vm.new_tuple(vec![list, err]))
}

fn s_position(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "position", args, 0, 0)?;
    let mut s = state(vm, args, "position")?;
    let empty = s.empty();
    let p = s.current();
    drop(s);
    let items = vec![
        Value::Int(p.line as i64),
        Value::Int(p.col as i64),
        Value::Int(if empty { -1 } else { p.byte as i64 }),
    ];
    Ok(vm.new_tuple(items))
}

fn s_force_utf8(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "force_utf8", args, 0, 0)?;
    state(vm, args, "force_utf8")?.force(decode::Enc::Utf8);
    Ok(Value::None)
}

fn s_set_prefixes(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "set_prefixes", args, 1, 1)?;
    let on = vm.truthy(args[1])?;
    state(vm, args, "set_prefixes")?.ns_prefixes = on;
    Ok(Value::None)
}

fn s_set_fragment(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "set_fragment", args, 0, 0)?;
    state(vm, args, "set_fragment")?.set_fragment();
    Ok(Value::None)
}

fn s_set_chunked(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "set_chunked", args, 0, 0)?;
    state(vm, args, "set_chunked")?.chunked = true;
    Ok(Value::None)
}

fn s_unknown_encoding(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "unknown_encoding", args, 0, 0)?;
    let name = state(vm, args, "unknown_encoding")?
        .unknown_encoding
        .clone();
    Ok(match name {
        Some(n) => vm.new_str(n),
        None => Value::None,
    })
}

fn opt(vm: &mut Vm, s: Option<String>) -> Value {
    match s {
        Some(s) => vm.new_str(s),
        None => Value::None,
    }
}

/// Event kinds as the Python side numbers them.
mod kind {
    pub(super) const START: i64 = 0;
    pub(super) const END: i64 = 1;
    pub(super) const TEXT: i64 = 2;
    pub(super) const PI: i64 = 3;
    pub(super) const COMMENT: i64 = 4;
    pub(super) const CDATA_START: i64 = 5;
    pub(super) const CDATA_END: i64 = 6;
    pub(super) const NS_START: i64 = 7;
    pub(super) const NS_END: i64 = 8;
    pub(super) const XML_DECL: i64 = 9;
    pub(super) const DOCTYPE_START: i64 = 10;
    pub(super) const DOCTYPE_END: i64 = 11;
    pub(super) const ENTITY_DECL: i64 = 12;
    pub(super) const DEFAULT: i64 = 13;
    pub(super) const SKIPPED: i64 = 14;
    pub(super) const NOTATION_DECL: i64 = 15;
    pub(super) const EXTERNAL_REF: i64 = 16;
    pub(super) const ATTLIST_DECL: i64 = 17;
    pub(super) const ELEMENT_DECL: i64 = 18;
    pub(super) const NOT_STANDALONE: i64 = 19;
    pub(super) const DOCTYPE_PIECE: i64 = 20;
}

fn event_tuple(vm: &mut Vm, e: Located) -> Value {
    let raw = vm.new_str(e.raw);
    let mut items = vec![
        Value::Int(0),
        Value::Int(e.pos.line as i64),
        Value::Int(e.pos.col as i64),
        Value::Int(e.pos.byte as i64),
        raw,
    ];
    let k = match e.event {
        Event::Start {
            name,
            attrs,
            specified,
        } => {
            items.push(vm.new_str(name));
            let mut flat = Vec::with_capacity(attrs.len() * 2);
            for (n, v) in attrs {
                flat.push(vm.new_str(n));
                flat.push(vm.new_str(v));
            }
            items.push(vm.new_list(flat));
            items.push(Value::Int(specified as i64));
            kind::START
        }
        Event::End { name } => {
            items.push(vm.new_str(name));
            kind::END
        }
        Event::Text { text } => {
            items.push(vm.new_str(text));
            kind::TEXT
        }
        Event::Pi { target, data } => {
            items.push(vm.new_str(target));
            items.push(vm.new_str(data));
            kind::PI
        }
        Event::Comment { text } => {
            items.push(vm.new_str(text));
            kind::COMMENT
        }
        Event::CdataStart => kind::CDATA_START,
        Event::CdataEnd => kind::CDATA_END,
        Event::NsStart { prefix, uri } => {
            items.push(opt(vm, prefix));
            items.push(opt(vm, uri));
            kind::NS_START
        }
        Event::NsEnd { prefix } => {
            items.push(opt(vm, prefix));
            kind::NS_END
        }
        Event::XmlDecl {
            version,
            encoding,
            standalone,
        } => {
            items.push(opt(vm, version));
            items.push(opt(vm, encoding));
            items.push(Value::Int(standalone));
            kind::XML_DECL
        }
        Event::DoctypeStart {
            name,
            system,
            public,
            internal,
        } => {
            items.push(vm.new_str(name));
            items.push(opt(vm, system));
            items.push(opt(vm, public));
            items.push(Value::Int(i64::from(internal)));
            kind::DOCTYPE_START
        }
        Event::DoctypeEnd => kind::DOCTYPE_END,
        Event::DoctypePiece => kind::DOCTYPE_PIECE,
        Event::EntityDecl {
            name,
            parameter,
            value,
            system,
            public,
            notation,
        } => {
            items.push(vm.new_str(name));
            items.push(Value::Int(i64::from(parameter)));
            items.push(opt(vm, value));
            items.push(opt(vm, system));
            items.push(opt(vm, public));
            items.push(opt(vm, notation));
            kind::ENTITY_DECL
        }
        Event::NotationDecl {
            name,
            system,
            public,
        } => {
            items.push(vm.new_str(name));
            items.push(opt(vm, system));
            items.push(opt(vm, public));
            kind::NOTATION_DECL
        }
        Event::AttlistDecl {
            element,
            attr,
            kind: k,
            default,
            required,
        } => {
            items.push(vm.new_str(element));
            items.push(vm.new_str(attr));
            items.push(vm.new_str(k));
            items.push(opt(vm, default));
            items.push(Value::Int(i64::from(required)));
            kind::ATTLIST_DECL
        }
        Event::Skipped { name, parameter } => {
            items.push(vm.new_str(name));
            items.push(Value::Int(i64::from(parameter)));
            kind::SKIPPED
        }
        Event::ExternalRef {
            name,
            system,
            public,
        } => {
            items.push(vm.new_str(name));
            items.push(opt(vm, system));
            items.push(opt(vm, public));
            kind::EXTERNAL_REF
        }
        Event::ElementDecl { name, model } => {
            items.push(vm.new_str(name));
            items.push(model_tuple(vm, &model));
            kind::ELEMENT_DECL
        }
        Event::NotStandalone => kind::NOT_STANDALONE,
        Event::Default => kind::DEFAULT,
    };
    items[0] = Value::Int(k);
    vm.new_tuple(items)
}

/// A content model as pyexpat gives it: `(type, quantifier, name, children)`.
fn model_tuple(vm: &mut Vm, m: &model::Model) -> Value {
    let name = opt(vm, m.name.clone());
    let children: Vec<Value> = m.children.iter().map(|c| model_tuple(vm, c)).collect();
    let children = vm.new_tuple(children);
    vm.new_tuple(vec![
        Value::Int(i64::from(m.kind)),
        Value::Int(i64::from(m.quant)),
        name,
        children,
    ])
}
