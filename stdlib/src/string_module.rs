//! The `_string` module: the pieces of `str.format`'s template syntax that
//! `string.Formatter` is built on (`formatter_parser`, `formatter_field_name_split`), with
//! CPython's error messages.
//!
//! Both parse the whole text when called and hand back an iterator over the parts; CPython
//! parses lazily, so a bad template raises here on the call rather than on the first
//! `next()` (callers iterate at once: `string.Formatter.parse`, `vformat`).

use krait_gc::Gc;

use krait_vm::builtins::{module_functions, new_module};
use krait_vm::error::PyResult;
use krait_vm::object::function::KwArgs;
use krait_vm::object::{NativeFn, Object, Payload};
use krait_vm::value::Value;
use krait_vm::vm::Vm;

/// Creates `_string`.
pub(crate) fn create(vm: &mut Vm) -> Gc<Object> {
    let funcs: &[(&'static str, NativeFn)] = &[
        ("formatter_parser", formatter_parser),
        ("formatter_field_name_split", formatter_field_name_split),
    ];
    let attrs = module_functions(vm, funcs);
    new_module(vm, "_string", attrs)
}

/// One part of a template: literal text, then (unless the text ends the template or
/// ends in an escaped brace) a replacement field's name, conversion character and spec.
struct Part {
    literal: String,
    field: Option<(String, Option<char>, String)>,
}

/// The text of the one str argument.
fn str_only(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<String> {
    krait_vm::builtins::arity(vm, name, args, 1, 1)?;
    match args[0].payload() {
        Some(Payload::Str(s)) => Ok(s.as_str().to_owned()),
        _ => {
            let msg = format!("expected str, got {}", vm.type_name(args[0]));
            Err(vm.type_error(msg))
        }
    }
}

/// Splits a template into its parts, or CPython's message for the first error.
fn parse_template(text: &str) -> Result<Vec<Part>, &'static str> {
    let s: Vec<char> = text.chars().collect();
    let mut parts = Vec::new();
    let mut i = 0;
    while i < s.len() {
        // Literal text up to the next brace.
        let start = i;
        let mut brace = None;
        while i < s.len() {
            let c = s[i];
            i += 1;
            if c == '{' || c == '}' {
                brace = Some(c);
                break;
            }
        }
        let mut literal: String = s[start..i].iter().collect();
        let Some(b) = brace else {
            parts.push(Part {
                literal,
                field: None,
            });
            break;
        };
        let at_end = i >= s.len();
        if b == '}' && (at_end || s[i] != '}') {
            return Err("Single '}' encountered in format string");
        }
        if at_end && b == '{' {
            return Err("Single '{' encountered in format string");
        }
        if s[i] == b {
            // A doubled brace: the literal keeps one and ends here.
            i += 1;
            parts.push(Part {
                literal,
                field: None,
            });
            continue;
        }
        literal.pop();
        let (field, next) = parse_field(&s, i)?;
        i = next;
        parts.push(Part {
            literal,
            field: Some(field),
        });
    }
    Ok(parts)
}

/// The replacement field starting at `s[i]` (just after its `{`) and the position after its
/// closing `}`.
type Field = (String, Option<char>, String);
fn parse_field(s: &[char], mut i: usize) -> Result<(Field, usize), &'static str> {
    let name_start = i;
    let mut c = '\0';
    while i < s.len() {
        c = s[i];
        i += 1;
        match c {
            '{' => return Err("unexpected '{' in field name"),
            '[' => {
                while i < s.len() && s[i] != ']' {
                    i += 1;
                }
            }
            '}' | ':' | '!' => break,
            _ => {}
        }
    }
    let name: String = s[name_start..i.saturating_sub(1).max(name_start)]
        .iter()
        .collect();
    if c != '!' && c != ':' {
        if c != '}' {
            return Err("expected '}' before end of string");
        }
        return Ok(((name, None, String::new()), i));
    }
    let mut conversion = None;
    if c == '!' {
        if i >= s.len() {
            return Err("end of string while looking for conversion specifier");
        }
        conversion = Some(s[i]);
        i += 1;
        if i < s.len() {
            let after = s[i];
            i += 1;
            if after == '}' {
                return Ok(((name, conversion, String::new()), i));
            }
            if after != ':' {
                return Err("expected ':' after conversion specifier");
            }
        }
    }
    let spec_start = i;
    let mut depth = 1;
    while i < s.len() {
        let c = s[i];
        i += 1;
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    let spec = s[spec_start..i - 1].iter().collect();
                    return Ok(((name, conversion, spec), i));
                }
            }
            _ => {}
        }
    }
    Err("unmatched '{' in format spec")
}

/// `formatter_parser(s)`: an iterator of `(literal, field_name, format_spec, conversion)`.
fn formatter_parser(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    krait_vm::builtins::no_kwargs(vm, "formatter_parser", kw)?;
    let text = str_only(vm, "formatter_parser", args)?;
    let parts = parse_template(&text).map_err(|m| vm.value_error(m))?;
    let mut items = Vec::with_capacity(parts.len());
    for part in parts {
        let literal = vm.new_str(part.literal);
        let item = match part.field {
            None => vec![literal, Value::None, Value::None, Value::None],
            Some((name, conversion, spec)) => {
                let name = vm.new_str(name);
                let spec = vm.new_str(spec);
                let conversion = match conversion {
                    Some(c) => vm.new_str(c.to_string()),
                    None => Value::None,
                };
                vec![literal, name, spec, conversion]
            }
        };
        items.push(vm.new_tuple(item));
    }
    let list = vm.new_list(items);
    vm.get_iter(list)
}

/// A field-name part as CPython gives it: an int when it is all decimal digits.
fn int_or_str(vm: &mut Vm, text: &str) -> PyResult<Value> {
    if !text.is_empty() && text.chars().all(|c| c.is_ascii_digit()) {
        return match text.parse::<i64>() {
            Ok(n) => Ok(Value::Int(n)),
            Err(_) => Err(vm.value_error("Too many decimal digits in format string")),
        };
    }
    Ok(vm.new_str(text))
}

/// `formatter_field_name_split(name)`: the first part (an int if numeric) and an iterator
/// of `(is_attribute, key)` for the `.attr` and `[key]` parts after it.
fn formatter_field_name_split(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    krait_vm::builtins::no_kwargs(vm, "formatter_field_name_split", kw)?;
    let text = str_only(vm, "formatter_field_name_split", args)?;
    let s: Vec<char> = text.chars().collect();
    let mut i = s
        .iter()
        .position(|&c| c == '.' || c == '[')
        .unwrap_or(s.len());
    let first_text: String = s[..i].iter().collect();
    let first = int_or_str(vm, &first_text)?;
    let mut rest = Vec::new();
    while i < s.len() {
        let c = s[i];
        i += 1;
        let start = i;
        let item = if c == '.' {
            while i < s.len() && s[i] != '.' && s[i] != '[' {
                i += 1;
            }
            if i == start {
                return Err(vm.value_error("Empty attribute in format string"));
            }
            let name: String = s[start..i].iter().collect();
            let name = vm.new_str(name);
            vec![Value::Bool(true), name]
        } else {
            while i < s.len() && s[i] != ']' {
                i += 1;
            }
            if i >= s.len() {
                return Err(vm.value_error("Missing ']' in format string"));
            }
            if i == start {
                return Err(vm.value_error("Empty attribute in format string"));
            }
            let key: String = s[start..i].iter().collect();
            i += 1;
            if i < s.len() && s[i] != '.' && s[i] != '[' {
                return Err(
                    vm.value_error("Only '.' or '[' may follow ']' in format field specifier")
                );
            }
            let key = int_or_str(vm, &key)?;
            vec![Value::Bool(false), key]
        };
        rest.push(vm.new_tuple(item));
    }
    let list = vm.new_list(rest);
    let iter = vm.get_iter(list)?;
    Ok(vm.new_tuple(vec![first, iter]))
}
