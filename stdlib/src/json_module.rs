//! `_json`: the string helpers `json` takes from C in CPython — `scanstring` (decode the
//! body of a JSON string literal), `encode_basestring_ascii` and `encode_basestring`
//! (quote a str as a JSON literal). `make_scanner` and `make_encoder` are left out, so
//! `json` uses its Python scanner and encoder around these. Errors are `json`'s own
//! `JSONDecodeError`, with CPython's messages and positions; lone surrogates travel as
//! Krait's surrogate aliases (`krait_ast::surrogate`).

use std::fmt::Write;

use krait_ast::surrogate;
use krait_gc::Gc;

use krait_vm::builtins::{int_arg, module_functions, new_module};
use krait_vm::error::{Exception, PyResult};
use krait_vm::object::function::KwArgs;
use krait_vm::object::{Object, Payload};
use krait_vm::value::Value;
use krait_vm::vm::Vm;

/// Creates `_json`.
pub(crate) fn create(vm: &mut Vm) -> Gc<Object> {
    let attrs = module_functions(
        vm,
        &[
            ("scanstring", scanstring),
            ("encode_basestring_ascii", encode_basestring_ascii),
            ("encode_basestring", encode_basestring),
        ],
    );
    new_module(vm, "_json", attrs)
}

fn not_a_string(vm: &mut Vm, v: Value) -> Exception {
    let msg = format!("first argument must be a string, not {}", vm.type_name(v));
    vm.type_error(msg)
}

/// `json.decoder.JSONDecodeError(msg, doc, pos)` (or whatever went wrong making it).
fn decode_error(vm: &mut Vm, msg: &str, doc: Value, pos: i64) -> Exception {
    make_decode_error(vm, msg, doc, pos).unwrap_or_else(|e| e)
}

fn make_decode_error(vm: &mut Vm, msg: &str, doc: Value, pos: i64) -> PyResult<Exception> {
    let module_name = vm.intern("json.decoder");
    let name = vm.intern("JSONDecodeError");
    let fromlist = vm.new_tuple(vec![Value::Obj(name)]);
    let module = vm.import_name(module_name, fromlist, Value::Int(0))?;
    let class = vm.get_attr(module, name)?;
    let text = vm.new_str(msg);
    let exc = vm.call_value(class, &[text, doc, Value::Int(pos)], &[])?;
    Exception::from_value(exc).ok_or_else(|| vm.type_error("JSONDecodeError is not an exception"))
}

/// `scanstring(string, end, strict=True)`: decodes the string literal whose body starts at
/// index `end` (just after the opening quote); returns the str and the index after the
/// closing quote.
fn scanstring(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    if args.len() < 2 || args.len() > 3 {
        let msg = if args.len() < 2 {
            format!(
                "scanstring() takes at least 2 arguments ({} given)",
                args.len()
            )
        } else {
            format!(
                "scanstring() takes at most 3 arguments ({} given)",
                args.len()
            )
        };
        return Err(vm.type_error(msg));
    }
    let doc = args[0];
    let end = int_arg(vm, args[1])?;
    let strict = match args.get(2) {
        Some(&v) => vm.truthy(v)?,
        None => true,
    };
    let Some(Payload::Str(s)) = doc.payload() else {
        return Err(not_a_string(vm, doc));
    };
    let len = s.char_len() as i64;
    if end < 0 || end > len {
        return Err(vm.value_error("end is out of bounds"));
    }
    let text = s.as_str();
    let start_byte = s.byte_offset(end as usize);
    match scan(&text[start_byte..], strict) {
        Ok((decoded, used)) => {
            let after = end + used as i64;
            let out = vm.new_str(decoded);
            Ok(vm.new_tuple(vec![out, Value::Int(after)]))
        }
        Err((msg, at)) => {
            let pos = match at {
                Some(chars) => end + chars as i64,
                None => end - 1,
            };
            Err(decode_error(vm, msg, doc, pos))
        }
    }
}

/// Decodes a string body. Returns the text and how many characters were consumed (up to
/// and including the closing quote), or a message and the character offset it points at
/// (`None`: the opening quote, for an unterminated string). Reads only as far as the
/// closing quote, so decoding a document string by string stays linear.
fn scan(body: &str, strict: bool) -> Result<(String, usize), (&'static str, Option<usize>)> {
    const UNTERMINATED: &str = "Unterminated string starting at";
    const BAD_U: &str = "Invalid \\uXXXX escape";
    let mut out = String::new();
    // `rest` is the text from character `i` on.
    let mut rest = body;
    let mut i = 0;
    loop {
        let mut chars = rest.chars();
        let Some(c) = chars.next() else {
            return Err((UNTERMINATED, None));
        };
        match c {
            '"' => return Ok((out, i + 1)),
            '\\' => {}
            c if (c as u32) < 0x20 && strict => {
                return Err(("Invalid control character at", Some(i)))
            }
            c => {
                out.push(c);
                rest = chars.as_str();
                i += 1;
                continue;
            }
        }
        // A backslash at `i`.
        let Some(esc) = chars.next() else {
            return Err((UNTERMINATED, None));
        };
        let simple = match esc {
            '"' => Some('"'),
            '\\' => Some('\\'),
            '/' => Some('/'),
            'b' => Some('\u{8}'),
            'f' => Some('\u{c}'),
            'n' => Some('\n'),
            'r' => Some('\r'),
            't' => Some('\t'),
            'u' => None,
            _ => return Err(("Invalid \\escape", Some(i))),
        };
        if let Some(c) = simple {
            out.push(c);
            rest = chars.as_str();
            i += 2;
            continue;
        }
        // `\uXXXX`: four hex digits, and a closing quote still to come after them.
        let after_u = chars.as_str();
        if after_u.chars().take(5).count() < 5 {
            return Err((BAD_U, Some(i + 1)));
        }
        let Some(mut cp) = hex4(after_u) else {
            return Err((BAD_U, Some(i + 1)));
        };
        rest = &after_u[4..];
        i += 6;
        // A high surrogate followed by an escaped low one is one character.
        if (0xd800..=0xdbff).contains(&cp)
            && rest.starts_with("\\u")
            && rest.chars().take(7).count() == 7
        {
            let Some(low) = hex4(&rest[2..]) else {
                return Err((BAD_U, Some(i + 1)));
            };
            if (0xdc00..=0xdfff).contains(&low) {
                cp = 0x10000 + (((cp - 0xd800) << 10) | (low - 0xdc00));
                rest = &rest[6..];
                i += 6;
            }
        }
        out.push(surrogate::char_of(cp).unwrap_or('\u{fffd}'));
    }
}

/// The value of the four hex digits `text` starts with (all ASCII when it returns a value,
/// so byte offsets past them are character boundaries).
fn hex4(text: &str) -> Option<u32> {
    let digits = text.get(..4)?;
    digits
        .chars()
        .try_fold(0u32, |acc, d| Some(acc * 16 + d.to_digit(16)?))
}

/// `encode_basestring_ascii(s)`: `s` as a JSON literal in pure ASCII.
fn encode_basestring_ascii(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    encode(vm, args, "encode_basestring_ascii", true)
}

/// `encode_basestring(s)`: `s` as a JSON literal, non-ASCII characters kept.
fn encode_basestring(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    encode(vm, args, "encode_basestring", false)
}

fn encode(vm: &mut Vm, args: &[Value], name: &str, ascii: bool) -> PyResult<Value> {
    if args.len() != 1 {
        let msg = format!("{name}() takes exactly one argument ({} given)", args.len());
        return Err(vm.type_error(msg));
    }
    let Some(Payload::Str(s)) = args[0].payload() else {
        return Err(not_a_string(vm, args[0]));
    };
    let text = s.as_str();
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c if ascii && (c as u32) > 0x7e => {
                let cp = surrogate::code_point(c);
                if cp >= 0x10000 {
                    let v = cp - 0x10000;
                    let _ = write!(
                        out,
                        "\\u{:04x}\\u{:04x}",
                        0xd800 | (v >> 10),
                        0xdc00 | (v & 0x3ff)
                    );
                } else {
                    let _ = write!(out, "\\u{cp:04x}");
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    Ok(vm.new_str(out))
}
