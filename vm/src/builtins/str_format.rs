//! `str.format`: replacement fields (`{}`, `{0}`, `{name.attr[key]!r:spec}`), nested
//! specs, and the `{{` / `}}` escapes.

use crate::builtins::kwarg;
use crate::error::PyResult;
use crate::object::function::KwArgs;
use crate::object::Payload;
use crate::value::Value;
use crate::vm::Vm;

/// `str.format(*args, **kwargs)`.
pub(crate) fn format(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let template = match args.first().and_then(|v| v.payload()) {
        Some(Payload::Str(s)) => s.as_str().to_owned(),
        _ => return Err(vm.type_error("descriptor 'format' for 'str' objects needs a str")),
    };
    let positional = &args[1..];
    let mut auto = 0usize;
    let out = format_template(vm, &template, positional, kw, None, &mut auto, 0)?;
    Ok(vm.new_str(out))
}

/// `str.format_map(mapping)`: named fields are looked up with `mapping[name]`.
pub(crate) fn format_map(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    crate::builtins::method_arity(vm, "format_map", args, 1, 1)?;
    let template = match args[0].payload() {
        Some(Payload::Str(s)) => s.as_str().to_owned(),
        _ => return Err(vm.type_error("descriptor 'format_map' for 'str' objects needs a str")),
    };
    let mut auto = 0usize;
    let out = format_template(vm, &template, &[], &[], Some(args[1]), &mut auto, 0)?;
    Ok(vm.new_str(out))
}

/// The field counter's value once a numbered field (`{0}`) has been used: automatic
/// numbering (`{}`) may no longer be mixed in, nor the other way round.
const MANUAL: usize = usize::MAX;

fn format_template(
    vm: &mut Vm,
    template: &str,
    positional: &[Value],
    kw: KwArgs<'_>,
    mapping: Option<Value>,
    auto: &mut usize,
    depth: usize,
) -> PyResult<String> {
    if depth > 2 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let chars: Vec<char> = template.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            let mut j = i + 1;
            let mut nest = 1;
            while j < chars.len() {
                match chars[j] {
                    '{' => nest += 1,
                    '}' => {
                        nest -= 1;
                        if nest == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            if i + 1 == chars.len() {
                return Err(vm.value_error("Single '{' encountered in format string"));
            }
            if j >= chars.len() {
                return Err(vm.value_error("expected '}' before end of string"));
            }
            let field: String = chars[i + 1..j].iter().collect();
            out.push_str(&format_field(
                vm, &field, positional, kw, mapping, auto, depth,
            )?);
            i = j + 1;
        } else if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out)
}

fn format_field(
    vm: &mut Vm,
    field: &str,
    positional: &[Value],
    kw: KwArgs<'_>,
    mapping: Option<Value>,
    auto: &mut usize,
    depth: usize,
) -> PyResult<String> {
    let (name_conv, spec) = match field.find(':') {
        Some(p) => (&field[..p], &field[p + 1..]),
        None => (field, ""),
    };
    let (name, conv) = match name_conv.find('!') {
        Some(p) => (&name_conv[..p], Some(&name_conv[p + 1..])),
        None => (name_conv, None),
    };
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let (head, mut rest) = (&name[..first_end], &name[first_end..]);
    let numbered = !head.is_empty() && head.bytes().all(|b| b.is_ascii_digit());
    if mapping.is_some() && (head.is_empty() || numbered) {
        return Err(vm.value_error("Format string contains positional fields"));
    }
    if numbered && head.parse::<i64>().is_err() {
        return Err(vm.value_error("Too many decimal digits in format string"));
    }
    let mut value = if head.is_empty() {
        if *auto == MANUAL {
            return Err(vm.value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        let v = positional.get(*auto).copied();
        *auto += 1;
        match v {
            Some(v) => v,
            None => {
                let msg = format!(
                    "Replacement index {} out of range for positional args tuple",
                    *auto - 1
                );
                return Err(vm.index_error(msg));
            }
        }
    } else if let Some(idx) = head.parse::<usize>().ok().filter(|_| numbered) {
        if *auto != 0 && *auto != MANUAL {
            return Err(vm.value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        *auto = MANUAL;
        match positional.get(idx) {
            Some(&v) => v,
            None => {
                let msg = format!("Replacement index {idx} out of range for positional args tuple");
                return Err(vm.index_error(msg));
            }
        }
    } else if let Some(m) = mapping {
        let k = vm.new_str(head);
        vm.get_item(m, k)?
    } else {
        match kwarg(kw, head) {
            Some(v) => v,
            None => {
                let k = vm.new_str(head);
                return Err(vm.key_error(k));
            }
        }
    };
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            let attr = vm.intern(&r[..end]);
            value = vm.get_attr(value, attr)?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let end = r.find(']').unwrap_or(r.len());
            let key_text = &r[..end];
            let key = match key_text.parse::<i64>() {
                Ok(i) => Value::Int(i),
                Err(_) => vm.new_str(key_text),
            };
            value = vm.get_item(value, key)?;
            rest = r.get(end + 1..).unwrap_or("");
        } else {
            break;
        }
    }
    let value = match conv {
        None => value,
        Some("s") => vm.str_value(value)?,
        Some("r") => {
            let r = vm.repr(value)?;
            vm.new_str(r)
        }
        Some("a") => {
            let r = vm.ascii(value)?;
            vm.new_str(r)
        }
        Some(other) => {
            let msg = format!("Unknown conversion specifier {other}");
            return Err(vm.value_error(msg));
        }
    };
    let spec = if spec.contains('{') {
        format_template(vm, spec, positional, kw, mapping, auto, depth + 1)?
    } else {
        spec.to_owned()
    };
    vm.format(value, &spec)
}
