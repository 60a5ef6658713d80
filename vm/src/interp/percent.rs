//! printf-style formatting: `str % args` with positional or mapping arguments, flags,
//! `*` widths and precisions, and every conversion CPython supports for str.

use num_bigint::BigInt;

use krait_gc::Gc;

use crate::error::PyResult;
use crate::format::{exp_notation, format_float, magnitude_digits};
use crate::interp::arith::{as_num, Num};
use crate::object::int::IntRef;
use crate::object::Payload;
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// A `*` width (a C `Py_ssize_t` in CPython) or precision (a C `int`): an int that fits.
    fn star_arg(&mut self, v: Value, c_int: bool) -> PyResult<i64> {
        let fits = match crate::interp::arith::as_int(&v) {
            Some(crate::object::int::IntRef::Small(i)) if !c_int || i32::try_from(i).is_ok() => {
                return Ok(i)
            }
            Some(_) => false,
            None => true,
        };
        if fits {
            return Err(self.type_error("* wants int"));
        }
        let c_type = if c_int { "int" } else { "ssize_t" };
        let msg = format!("Python int too large to convert to C {c_type}");
        Err(self.overflow_error(msg))
    }

    /// printf-style `fmt % args`.
    pub(crate) fn percent_format(&mut self, fmt: Value, args: Value) -> PyResult<Value> {
        let text = match fmt.payload() {
            Some(Payload::Str(s)) => s.as_str().to_owned(),
            _ => String::new(),
        };
        let (items, mapping): (Vec<Value>, Option<Value>) = match args.payload() {
            Some(Payload::Tuple(t)) => (t.to_vec(), None),
            Some(Payload::Dict(_)) => (vec![args], Some(args)),
            Some(Payload::Str(_)) => (vec![args], None),
            // As CPython: anything with `__getitem__` but a tuple or str can serve `%(name)s`
            // (an object's `__dict__`, a user mapping).
            _ if self
                .type_lookup(self.type_of(args), self.s.names.getitem)
                .is_some() =>
            {
                (vec![args], Some(args))
            }
            _ => (vec![args], None),
        };
        let mut next = 0usize;
        let mut out = String::with_capacity(text.len() + 16);
        // Parsed by bytes: every byte of a spec is ASCII, and the literal text between specs
        // is copied a run at a time.
        let bytes = text.as_bytes();
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
        // The run of ASCII digits from `i`, as a number (`None` when it overflows).
        let digits_at = |i: &mut usize| -> (bool, Option<i64>) {
            let start = *i;
            let mut n: Option<i64> = Some(0);
            while *i < bytes.len() && bytes[*i].is_ascii_digit() {
                let d = i64::from(bytes[*i] - b'0');
                n = n.and_then(|n| n.checked_mul(10)?.checked_add(d));
                *i += 1;
            }
            (*i > start, n)
        };
        while i < bytes.len() {
            let Some(at) = text[i..].find('%') else {
                out.push_str(&text[i..]);
                break;
            };
            out.push_str(&text[i..i + at]);
            i += at + 1;
            let mut key_value = None;
            if i < bytes.len() && bytes[i] == b'(' {
                let start = i + 1;
                let mut depth = 1;
                let mut j = start;
                while j < bytes.len() && depth > 0 {
                    match bytes[j] {
                        b'(' => depth += 1,
                        b')' => depth -= 1,
                        _ => {}
                    }
                    j += 1;
                }
                let Some(m) = mapping else {
                    return Err(self.type_error("format requires a mapping"));
                };
                if depth > 0 {
                    return Err(self.value_error("incomplete format key"));
                }
                i = j;
                let k = self.new_str(&text[start..j - 1]);
                key_value = Some(self.get_item(m, k)?);
            }
            let (mut left, mut zero, mut plus, mut space, mut alt) =
                (false, false, false, false, false);
            while i < bytes.len() {
                match bytes[i] {
                    b'-' => left = true,
                    b'+' => plus = true,
                    b' ' => space = true,
                    b'#' => alt = true,
                    b'0' => zero = true,
                    _ => break,
                }
                i += 1;
            }
            let mut width: Option<usize> = None;
            if i < bytes.len() && bytes[i] == b'*' {
                i += 1;
                let w = take(self, &mut next)?;
                let w = self.star_arg(w, false)?;
                // A negative `*` width pads on the right, as the `-` flag does.
                if w < 0 {
                    left = true;
                }
                width = Some(w.unsigned_abs() as usize);
            } else {
                match digits_at(&mut i) {
                    (false, _) => {}
                    (true, Some(w)) => width = Some(w as usize),
                    (true, None) => return Err(self.value_error("width too big")),
                }
            }
            let mut precision = None;
            if i < bytes.len() && bytes[i] == b'.' {
                i += 1;
                if i < bytes.len() && bytes[i] == b'*' {
                    i += 1;
                    let p = take(self, &mut next)?;
                    precision = Some(self.star_arg(p, true)?.max(0) as usize);
                } else {
                    // CPython keeps the precision in a C int.
                    precision = match digits_at(&mut i) {
                        (false, _) => Some(0),
                        (true, Some(p)) if i32::try_from(p).is_ok() => Some(p as usize),
                        (true, _) => return Err(self.value_error("precision too big")),
                    };
                }
            }
            self.check_alloc(precision.unwrap_or(0) as u128)?;
            while i < bytes.len() && matches!(bytes[i], b'h' | b'l' | b'L') {
                i += 1;
            }
            let Some(conv) = text[i..].chars().next() else {
                return Err(self.value_error("incomplete format"));
            };
            i += conv.len_utf8();
            if conv == '%' {
                out.push('%');
                continue;
            }
            let value = match key_value {
                Some(v) => v,
                None => take(self, &mut next)?,
            };
            let zero = zero && !left;
            let sign = if plus {
                "+"
            } else if space {
                " "
            } else {
                ""
            };
            // An exact str under `%s` with no width or precision is copied straight in.
            if conv == 's' && width.is_none() && precision.is_none() {
                if let Value::Obj(o) = value {
                    if let Payload::Str(s) = &o.payload {
                        if Gc::ptr_eq(o.class(), self.s.types.str) {
                            out.push_str(s.as_str());
                            continue;
                        }
                    }
                }
            }
            // Another object converts through `__index__` (`%x`, `%X`, `%o`, `%c`) or
            // `int()` (`%d`, `%i`, `%u`), as in CPython.
            let value =
                if as_num(&value).is_none() && !matches!(value.payload(), Some(Payload::Str(_))) {
                    let cls = self.type_of(value);
                    let has_index = self.type_lookup(cls, self.s.names.index).is_some();
                    let has_int = self.type_lookup(cls, self.s.names.int).is_some();
                    match conv {
                        'x' | 'X' | 'o' | 'c' if has_index => self.call_index(value)?,
                        'd' | 'i' | 'u' if has_int || has_index => {
                            let int = Value::Obj(self.s.types.int);
                            self.call_value(int, &[value], &[])?
                        }
                        _ => value,
                    }
                } else {
                    value
                };
            let (prefix, body, numeric) = match conv {
                's' => (String::new(), self.str_text(value)?, false),
                'r' => (String::new(), self.repr(value)?, false),
                'a' => (String::new(), self.ascii(value)?, false),
                'c' => {
                    let s = match (value.payload(), value) {
                        (Some(Payload::Str(s)), _) if s.char_len() == 1 => s.as_str().to_owned(),
                        (_, Value::Int(cp)) => {
                            match u32::try_from(cp)
                                .ok()
                                .and_then(krait_ast::surrogate::char_of)
                            {
                                Some(c) => String::from(c),
                                None => {
                                    return Err(self.overflow_error("%c arg not in range(0x110000)"))
                                }
                            }
                        }
                        _ => return Err(self.type_error("%c requires int or char")),
                    };
                    (String::new(), s, false)
                }
                'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                    // An int in `i64` range never becomes a `BigInt` here.
                    let truncated: BigInt;
                    let n: IntRef<'_> = match as_num(&value) {
                        Some(Num::Int(i)) => i,
                        Some(Num::Float(f)) if conv != 'x' && conv != 'X' && conv != 'o' => {
                            truncated = crate::builtins::numbers::float_to_bigint(self, f)?;
                            IntRef::Big(&truncated)
                        }
                        _ => {
                            let msg = if matches!(conv, 'x' | 'X' | 'o') {
                                format!(
                                    "%{conv} format: an integer is required, not {}",
                                    self.type_name(value)
                                )
                            } else {
                                format!(
                                    "%{conv} format: a real number is required, not {}",
                                    self.type_name(value)
                                )
                            };
                            return Err(self.type_error(msg));
                        }
                    };
                    let neg = n.is_negative();
                    let (digits, alt_prefix) = match conv {
                        'x' => (magnitude_digits(n, 16), "0x"),
                        'X' => (magnitude_digits(n, 16).to_uppercase(), "0X"),
                        'o' => (magnitude_digits(n, 8), "0o"),
                        _ => {
                            let text = magnitude_digits(n, 10);
                            self.check_int_digits(text.len(), false)?;
                            (text, "")
                        }
                    };
                    let digits = match precision {
                        Some(p) if digits.len() < p => {
                            format!("{}{}", "0".repeat(p - digits.len()), digits)
                        }
                        _ => digits,
                    };
                    let mut prefix = if neg { "-".to_owned() } else { sign.to_owned() };
                    if alt {
                        prefix.push_str(alt_prefix);
                    }
                    (prefix, digits, true)
                }
                'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                    let f = match as_num(&value) {
                        Some(Num::Float(f)) => f,
                        Some(Num::Int(i)) => self.int_to_f64(i)?,
                        None => {
                            let msg = format!("must be real number, not {}", self.type_name(value));
                            return Err(self.type_error(msg));
                        }
                    };
                    let p = precision.unwrap_or(6);
                    let neg = f.is_sign_negative() && !f.is_nan();
                    let a = f.abs();
                    let body = if !a.is_finite() {
                        let s = if a.is_nan() { "nan" } else { "inf" };
                        if conv.is_ascii_uppercase() {
                            s.to_uppercase()
                        } else {
                            s.to_owned()
                        }
                    } else if alt && matches!(conv, 'e' | 'E' | 'f' | 'F') {
                        // The alternate form always has a decimal point.
                        let mut body = match conv {
                            'e' | 'E' => exp_notation(a, p, conv == 'E'),
                            _ => crate::format::fixed_notation(a, p),
                        };
                        if !body.contains('.') {
                            let at = body.find(['e', 'E']).unwrap_or(body.len());
                            body.insert(at, '.');
                        }
                        body
                    } else {
                        match conv {
                            'e' | 'E' => exp_notation(a, p, conv == 'E'),
                            'f' | 'F' => crate::format::fixed_notation(a, p),
                            _ => {
                                let spec = crate::format::FormatSpec {
                                    precision: Some(p),
                                    ty: Some(conv),
                                    alternate: alt,
                                    ..Default::default()
                                };
                                format_float(a, &spec).unwrap_or_default()
                            }
                        }
                    };
                    let prefix = if neg { "-".to_owned() } else { sign.to_owned() };
                    (prefix, body, true)
                }
                other => {
                    let msg = format!(
                        "unsupported format character '{other}' (0x{:x}) at index {}",
                        other as u32,
                        text[..i].chars().count() - 1
                    );
                    return Err(self.value_error(msg));
                }
            };
            let body = if !numeric {
                match precision {
                    Some(p) => body.chars().take(p).collect(),
                    None => body,
                }
            } else {
                body
            };
            let len = prefix.chars().count() + body.chars().count();
            let w = width.unwrap_or(0);
            self.check_alloc(w as u128)?;
            if len >= w {
                out.push_str(&prefix);
                out.push_str(&body);
            } else if left {
                out.push_str(&prefix);
                out.push_str(&body);
                out.push_str(&" ".repeat(w - len));
            } else if zero && numeric {
                out.push_str(&prefix);
                out.push_str(&"0".repeat(w - len));
                out.push_str(&body);
            } else {
                out.push_str(&" ".repeat(w - len));
                out.push_str(&prefix);
                out.push_str(&body);
            }
        }
        if mapping.is_none() && next < items.len() {
            return Err(self.type_error("not all arguments converted during string formatting"));
        }
        Ok(self.new_str(out))
    }
}
