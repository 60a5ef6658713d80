//! printf-style formatting of bytes (`b'%d: %s' % (1, b'x')`, PEP 461). Numeric conversions
//! are handed one at a time to the str formatter (their output is ASCII); `%s`/`%b` take
//! bytes-like objects or `__bytes__`, `%r`/`%a` the ASCII repr, `%c` an int or one byte.

use crate::builtins::bytes::buffer;
use crate::error::PyResult;
use crate::object::Payload;
use crate::value::Value;
use crate::vm::Vm;

/// `fmt % args` for bytes.
pub(crate) fn format(vm: &mut Vm, fmt: &[u8], args: Value) -> PyResult<Vec<u8>> {
    let is_mapping = matches!(args.payload(), Some(Payload::Dict(_)));
    let items: Vec<Value> = match args.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => vec![args],
    };
    let mut next = 0usize;
    let mut out = Vec::with_capacity(fmt.len() + 16);
    let mut i = 0;
    let take = |vm: &mut Vm, next: &mut usize| -> PyResult<Value> {
        match items.get(*next) {
            Some(&v) => {
                *next += 1;
                Ok(v)
            }
            None => Err(vm.type_error("not enough arguments for format string")),
        }
    };
    let mut used_key = false;
    while i < fmt.len() {
        let c = fmt[i];
        i += 1;
        if c != b'%' {
            out.push(c);
            continue;
        }
        let mut key_value = None;
        if fmt.get(i) == Some(&b'(') {
            let start = i + 1;
            let mut depth = 1;
            let mut j = start;
            while j < fmt.len() && depth > 0 {
                match fmt[j] {
                    b'(' => depth += 1,
                    b')' => depth -= 1,
                    _ => {}
                }
                j += 1;
            }
            if depth > 0 {
                return Err(vm.value_error("incomplete format key"));
            }
            if !is_mapping {
                return Err(vm.type_error("format requires a mapping"));
            }
            let key = crate::builtins::bytes::make(vm, fmt[start..j - 1].to_vec(), false);
            key_value = Some(vm.get_item(args, key)?);
            used_key = true;
            i = j;
        }
        // The spec between '%' and the conversion, kept to hand to the str formatter.
        let spec_start = i;
        while i < fmt.len() && matches!(fmt[i], b'-' | b'+' | b' ' | b'#' | b'0') {
            i += 1;
        }
        let flags = &fmt[spec_start..i];
        let left = flags.contains(&b'-');
        let mut width: Option<usize> = None;
        let mut star_width = None;
        if fmt.get(i) == Some(&b'*') {
            i += 1;
            let w = take(vm, &mut next)?;
            let n = vm.index_value(w, "width")?;
            star_width = Some(w);
            width = Some(n.unsigned_abs() as usize);
        } else {
            let start = i;
            while i < fmt.len() && fmt[i].is_ascii_digit() {
                i += 1;
            }
            if i > start {
                width = std::str::from_utf8(&fmt[start..i])
                    .ok()
                    .and_then(|s| s.parse().ok());
            }
        }
        let mut precision = None;
        let mut star_prec = None;
        if fmt.get(i) == Some(&b'.') {
            i += 1;
            if fmt.get(i) == Some(&b'*') {
                i += 1;
                let p = take(vm, &mut next)?;
                precision = Some(vm.index_value(p, "precision")?.max(0) as usize);
                star_prec = Some(p);
            } else {
                let start = i;
                while i < fmt.len() && fmt[i].is_ascii_digit() {
                    i += 1;
                }
                precision = Some(
                    std::str::from_utf8(&fmt[start..i])
                        .ok()
                        .and_then(|s| s.parse().ok())
                        .unwrap_or(0),
                );
            }
        }
        while i < fmt.len() && matches!(fmt[i], b'h' | b'l' | b'L') {
            i += 1;
        }
        let Some(&conv) = fmt.get(i) else {
            return Err(vm.value_error("incomplete format"));
        };
        let spec_end = i;
        i += 1;
        if conv == b'%' {
            out.push(b'%');
            continue;
        }
        let value = match key_value {
            Some(v) => v,
            None => take(vm, &mut next)?,
        };
        let body: Vec<u8> = match conv {
            b's' | b'b' => {
                let mut b = bytes_of(vm, value)?;
                if let Some(p) = precision {
                    b.truncate(p);
                }
                b
            }
            b'r' | b'a' => {
                let mut b = vm.ascii(value)?.into_bytes();
                if let Some(p) = precision {
                    b.truncate(p);
                }
                b
            }
            b'c' => match (buffer(&value), value.as_small_int()) {
                (Some(b), _) if b.len() == 1 => b,
                (None, Some(n)) if crate::interp::arith::as_int(&value).is_some() => {
                    if !(0..256).contains(&n) {
                        return Err(vm.overflow_error("%c arg not in range(256)"));
                    }
                    vec![n as u8]
                }
                _ => {
                    return Err(
                        vm.type_error("%c requires an integer in range(256) or a single byte")
                    )
                }
            },
            b'd' | b'i' | b'u' | b'x' | b'X' | b'o' | b'e' | b'E' | b'f' | b'F' | b'g' | b'G' => {
                // The whole spec, with its `*` arguments, formatted as str.
                let spec: String = std::iter::once('%')
                    .chain(fmt[spec_start..=spec_end].iter().map(|&b| b as char))
                    .collect();
                let mut parts = Vec::new();
                parts.extend(star_width);
                parts.extend(star_prec);
                parts.push(value);
                let spec_v = vm.new_str(spec);
                let tuple = vm.new_tuple(parts);
                let r = vm.percent_format(spec_v, tuple)?;
                let text = match r.payload() {
                    Some(Payload::Str(s)) => s.as_str().as_bytes().to_vec(),
                    _ => Vec::new(),
                };
                out.extend_from_slice(&text);
                continue;
            }
            other => {
                let msg = format!(
                    "unsupported format character '{}' (0x{:x}) at index {}",
                    other as char,
                    other,
                    i - 1
                );
                return Err(vm.value_error(msg));
            }
        };
        let w = width.unwrap_or(0);
        let star_left = star_width
            .and_then(|v| v.as_small_int())
            .is_some_and(|n| n < 0);
        let pad = w.saturating_sub(body.len());
        if left || star_left {
            out.extend_from_slice(&body);
            out.extend(std::iter::repeat_n(b' ', pad));
        } else {
            out.extend(std::iter::repeat_n(b' ', pad));
            out.extend_from_slice(&body);
        }
    }
    if next < items.len() && !is_mapping && !used_key {
        return Err(vm.type_error("not all arguments converted during bytes formatting"));
    }
    Ok(out)
}

/// The bytes `%s` / `%b` insert for `v`.
fn bytes_of(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer(&v) {
        return Ok(b);
    }
    let name = vm.intern("__bytes__");
    if let Some(f) = vm.type_lookup(vm.type_of(v), name) {
        let r = vm.call_value(f, &[v], &[])?;
        if let Some(Payload::Bytes(b)) = r.payload() {
            return Ok(b.to_vec());
        }
        let msg = format!("__bytes__ returned non-bytes (type {})", vm.type_name(r));
        return Err(vm.type_error(msg));
    }
    let msg = format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
        vm.type_name(v)
    );
    Err(vm.type_error(msg))
}
