//! Str methods: searching, splitting, joining, case, padding, predicates, `str.format`, and
//! the `str` constructor. Indices seen by Python are in characters; ASCII strs use byte
//! offsets directly.

use krait_gc::Gc;

use crate::builtins::unicode_tables::{self as tables, in_table};
use crate::builtins::{arity, int_arg, kwarg, method, method_arity, method_kind};
use crate::error::PyResult;
use crate::object::function::KwArgs;
use crate::object::str::{ascii_mapped, count_text, find_byte, find_text, rfind_text, single_char};
use crate::object::{BuiltinKind, Payload, PyStr};
use crate::value::Value;
use crate::vm::Vm;

pub(crate) fn install(vm: &mut Vm) {
    let s = vm.s.types.str;
    method_kind(vm, s, "__new__", str_new, BuiltinKind::StaticMethod);
    let methods: &[(&'static str, crate::object::NativeFn)] = &[
        ("join", join),
        ("split", split),
        ("rsplit", rsplit),
        ("splitlines", splitlines),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("upper", upper),
        ("lower", lower),
        ("casefold", casefold),
        ("title", title),
        ("capitalize", capitalize),
        ("swapcase", swapcase),
        ("startswith", startswith),
        ("endswith", endswith),
        ("replace", replace),
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("count", count),
        ("format", crate::builtins::str_format::format),
        ("isdigit", isdigit),
        ("isdecimal", isdecimal),
        ("isnumeric", isnumeric),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("isupper", isupper),
        ("islower", islower),
        ("istitle", istitle),
        ("isidentifier", isidentifier),
        ("isascii", isascii),
        ("isprintable", isprintable),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("zfill", zfill),
        ("partition", partition),
        ("rpartition", rpartition),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("expandtabs", expandtabs),
        ("encode", encode),
        ("__len__", dunder_len),
        ("__str__", dunder_str),
        ("__contains__", dunder_contains),
        ("__getitem__", dunder_getitem),
        ("__add__", dunder_add),
        ("__mul__", dunder_mul),
        ("__mod__", dunder_mod),
        ("__iter__", dunder_iter),
        ("__eq__", dunder_eq),
        ("__lt__", dunder_lt),
        ("__le__", dunder_le),
        ("__gt__", dunder_gt),
        ("__ge__", dunder_ge),
        ("__rmul__", dunder_mul),
        ("__rmod__", dunder_rmod),
        ("__getnewargs__", dunder_getnewargs),
        ("__hash__", dunder_hash),
    ];
    for &(name, f) in methods {
        method(vm, s, name, f);
    }
    method(
        vm,
        s,
        "translate",
        crate::builtins::str_translate::translate,
    );
    method(vm, s, "format_map", crate::builtins::str_format::format_map);
    method_kind(
        vm,
        s,
        "maketrans",
        crate::builtins::str_translate::maketrans,
        BuiltinKind::StaticMethod,
    );
}

/// The text of `self` for a str method.
fn this<'a>(vm: &mut Vm, args: &'a [Value], name: &str) -> PyResult<&'a PyStr> {
    match args.first().and_then(|v| v.payload()) {
        Some(Payload::Str(s)) => Ok(s),
        _ => {
            let got = args.first().map(|v| vm.type_name(*v)).unwrap_or_default();
            let msg =
                format!("descriptor '{name}' for 'str' objects doesn't apply to a '{got}' object");
            Err(vm.type_error(msg))
        }
    }
}

/// A str argument's text.
fn text_arg<'a>(vm: &mut Vm, v: &'a Value, what: &str) -> PyResult<&'a str> {
    match v.payload() {
        Some(Payload::Str(s)) => Ok(s.as_str()),
        _ => {
            let sep = if what.is_empty() { "" } else { " " };
            let msg = format!("{what}{sep}must be str, not {}", vm.type_name(*v));
            Err(vm.type_error(msg))
        }
    }
}

/// Python's notion of whitespace for str: Unicode White_Space plus the separators
/// U+001C..U+001F, which `str.split()` and `str.isspace()` treat as spaces.
pub fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

fn str_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let s = str_new_exact(vm, args, kw)?;
    // `S(x)` for a subclass `S` of str: the same text in an instance of `S`.
    match (args.first().and_then(|c| c.as_obj()), s.payload()) {
        (Some(cls), Some(Payload::Str(text)))
            if cls.as_class().is_some()
                && !crate::value::Value::Obj(cls).is(Value::Obj(vm.s.types.str)) =>
        {
            let text = PyStr::new(Box::<str>::from(text.as_str()));
            Ok(Value::Obj(vm.alloc(cls, Payload::Str(text))))
        }
        _ => Ok(s),
    }
}

fn str_new_exact(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let args = &args[1.min(args.len())..];
    arity(vm, "str", args, 0, 3)?;
    crate::builtins::check_kwargs(vm, "str", kw, &["object", "encoding", "errors"])?;
    let Some(&v) = args.first().or(kwarg(kw, "object").as_ref()) else {
        return Ok(vm.new_str(""));
    };
    let encoding = args.get(1).copied().or(kwarg(kw, "encoding"));
    let errors = args.get(2).copied().or(kwarg(kw, "errors"));
    if encoding.is_some() || errors.is_some() {
        let enc = match encoding {
            Some(e) => crate::builtins::str_arg(vm, e, "str() argument 'encoding'")?,
            None => "utf-8".to_owned(),
        };
        let err = match errors {
            Some(e) => crate::builtins::str_arg(vm, e, "str() argument 'errors'")?,
            None => "strict".to_owned(),
        };
        if let Some(data) = crate::builtins::bytes::buffer(&v) {
            if !crate::builtins::codecs::is_native(vm, &enc, &err) {
                return crate::builtins::codecs::through_registry(vm, v, &enc, &err, false);
            }
            let text = crate::builtins::codecs::decode(vm, &data, &enc, &err)?;
            return Ok(vm.new_str(text));
        }
        if let Some(Payload::Str(_)) = v.payload() {
            return Err(vm.type_error("decoding str is not supported"));
        }
        let msg = format!(
            "decoding to str: need a bytes-like object, {} found",
            vm.type_name(v)
        );
        return Err(vm.type_error(msg));
    }
    vm.str_value(v)
}

fn join(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "str.join", args, 1, 1)?;
    let items = vm.collect_iter_folded(args[1])?;
    let sep = this(vm, args, "join")?.as_str();
    // One exact str joins to itself (CPython returns the same object).
    if let [only] = items[..] {
        if only.payload().is_some_and(|p| matches!(p, Payload::Str(_)))
            && vm.type_of(only).as_class().is_some_and(|c| c.builtin)
        {
            return Ok(only);
        }
    }
    // The length first, so the text is built in one buffer of its final size (inside the
    // object when it is short) rather than grown and copied as it goes.
    let mut len = sep.len() * items.len().saturating_sub(1);
    for (i, item) in items.iter().enumerate() {
        match item.payload() {
            Some(Payload::Str(s)) => len += s.as_str().len(),
            _ => {
                let msg = format!(
                    "sequence item {i}: expected str instance, {} found",
                    vm.type_name(*item)
                );
                return Err(vm.type_error(msg));
            }
        }
    }
    let texts = items.iter().filter_map(|item| match item.payload() {
        Some(Payload::Str(s)) => Some(s.as_str()),
        _ => None,
    });
    if len <= 24 {
        // Put together on the stack (`CompactString::push_str` costs more).
        let mut buf = [0u8; 24];
        let mut at = 0;
        for (i, text) in texts.enumerate() {
            if i > 0 {
                buf[at..at + sep.len()].copy_from_slice(sep.as_bytes());
                at += sep.len();
            }
            buf[at..at + text.len()].copy_from_slice(text.as_bytes());
            at += text.len();
        }
        let text = std::str::from_utf8(&buf[..at]).unwrap_or_default();
        return Ok(vm.new_str(text));
    }
    // A long one goes into one `String`, which the str takes over without a copy.
    let mut out = String::with_capacity(len);
    for (i, text) in texts.enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(text);
    }
    Ok(vm.new_str(out))
}

fn sep_and_max(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<(Option<String>, i64)> {
    let sep = args
        .get(1)
        .copied()
        .or(kwarg(kw, "sep"))
        .filter(|v| !v.is_none());
    let sep = match sep {
        Some(v) => {
            let s = match v.payload() {
                Some(Payload::Str(s)) => s.as_str().to_owned(),
                _ => {
                    let msg = format!("must be str or None, not {}", vm.type_name(v));
                    return Err(vm.type_error(msg));
                }
            };
            if s.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(s)
        }
        None => None,
    };
    let max = match args.get(2).copied().or(kwarg(kw, "maxsplit")) {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    Ok((sep, max))
}

fn split(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "split", args, 0, 2)?;
    let s = this(vm, args, "split")?.as_str();
    let (sep, max) = sep_and_max(vm, args, kw)?;
    // The parts become strs as they are found, with no vector of slices between.
    let mut items = Vec::new();
    match &sep {
        Some(sep) => {
            let sep = sep.as_str();
            match (single_char(sep), max < 0) {
                (Some(c), true) => {
                    // An ASCII separator is counted first (a byte scan the compiler
                    // vectorises), so the list is allocated once at its final size.
                    if c.is_ascii() {
                        let b = c as u8;
                        let n = s.bytes().filter(|&x| x == b).count();
                        items.reserve_exact(n + 1);
                        let mut rest = s;
                        while let Some(at) = find_byte(rest, b) {
                            items.push(vm.new_str(&rest[..at]));
                            rest = &rest[at + 1..];
                        }
                        items.push(vm.new_str(rest));
                    } else {
                        items.extend(s.split(c).map(|p| vm.new_str(p)));
                    }
                }
                (Some(c), false) => {
                    items.extend(s.splitn(max as usize + 1, c).map(|p| vm.new_str(p)))
                }
                (None, true) => items.extend(s.split(sep).map(|p| vm.new_str(p))),
                (None, false) => {
                    items.extend(s.splitn(max as usize + 1, sep).map(|p| vm.new_str(p)))
                }
            }
        }
        None if s.is_ascii() => {
            // ASCII text splits by bytes: Python's ASCII whitespace is `\t\n\v\f\r`,
            // `\x1c`-`\x1f` and the space.
            let space = |b: &u8| matches!(b, b'\t'..=b'\r' | b'\x1c'..=b'\x1f' | b' ');
            let bytes = s.as_bytes();
            let mut at = 0;
            loop {
                while at < bytes.len() && space(&bytes[at]) {
                    at += 1;
                }
                if at == bytes.len() {
                    break;
                }
                if max >= 0 && items.len() as i64 == max {
                    // The rest, trailing whitespace included, as CPython leaves it.
                    items.push(vm.new_str(&s[at..]));
                    break;
                }
                let end = bytes[at..]
                    .iter()
                    .position(space)
                    .map_or(bytes.len(), |k| at + k);
                items.push(vm.new_str(&s[at..end]));
                at = end;
            }
        }
        None => {
            let mut rest = s.trim_start_matches(is_py_space);
            while !rest.is_empty() {
                if max >= 0 && items.len() as i64 == max {
                    items.push(vm.new_str(rest));
                    break;
                }
                let end = rest.find(is_py_space).unwrap_or(rest.len());
                items.push(vm.new_str(&rest[..end]));
                rest = rest[end..].trim_start_matches(is_py_space);
            }
        }
    }
    Ok(vm.new_list(items))
}

fn rsplit(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "rsplit", args, 0, 2)?;
    let s = this(vm, args, "rsplit")?.as_str();
    let (sep, max) = sep_and_max(vm, args, kw)?;
    let mut parts: Vec<&str> = match &sep {
        Some(sep) => {
            let sep = sep.as_str();
            match (single_char(sep), max < 0) {
                (Some(c), true) => s.rsplit(c).collect(),
                (Some(c), false) => s.rsplitn(max as usize + 1, c).collect(),
                (None, true) => s.rsplit(sep).collect(),
                (None, false) => s.rsplitn(max as usize + 1, sep).collect(),
            }
        }
        None => {
            let mut parts = Vec::new();
            let mut rest = s.trim_end_matches(is_py_space);
            while !rest.is_empty() {
                if max >= 0 && parts.len() as i64 == max {
                    parts.push(rest);
                    break;
                }
                let start = rest.rfind(is_py_space).map_or(0, |i| {
                    i + rest[i..].chars().next().map_or(1, char::len_utf8)
                });
                parts.push(&rest[start..]);
                rest = rest[..start].trim_end_matches(is_py_space);
            }
            parts
        }
    };
    parts.reverse();
    let items = parts.into_iter().map(|p| vm.new_str(p)).collect();
    Ok(vm.new_list(items))
}

fn splitlines(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "splitlines", args, 0, 1)?;
    let s = this(vm, args, "splitlines")?.as_str();
    let keep = match args.get(1).copied().or(kwarg(kw, "keepends")) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut items = Vec::new();
    let mut start = 0;
    let bytes: Vec<(usize, char)> = s.char_indices().collect();
    let mut i = 0;
    while i < bytes.len() {
        let (pos, c) = bytes[i];
        let is_break = matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if is_break {
            let mut end = pos + c.len_utf8();
            if c == '\r' && i + 1 < bytes.len() && bytes[i + 1].1 == '\n' {
                end += 1;
                i += 1;
            }
            let line = if keep { &s[start..end] } else { &s[start..pos] };
            items.push(vm.new_str(line));
            start = end;
        }
        i += 1;
    }
    if start < s.len() {
        items.push(vm.new_str(&s[start..]));
    }
    Ok(vm.new_list(items))
}

fn strip_chars(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    method_arity(vm, name, args, 0, 1)?;
    let this_str = this(vm, args, name)?;
    let s = this_str.as_str();
    // ASCII whitespace off ASCII text, or a set of ASCII characters off any text (an ASCII
    // byte is always a character of its own), is trimmed by bytes.
    let ascii_set = match args.get(1) {
        Some(v) if !v.is_none() => match v.payload() {
            Some(Payload::Str(set)) if set.is_ascii() => Some(Some(set.as_str().as_bytes())),
            _ => None,
        },
        _ if this_str.is_ascii() => Some(None),
        _ => None,
    };
    if let Some(set) = ascii_set {
        let strip = |b: &u8| match set {
            Some(set) => set.contains(b),
            None => matches!(b, b'\t'..=b'\r' | b'\x1c'..=b'\x1f' | b' '),
        };
        let bytes = s.as_bytes();
        let start = if left {
            bytes.iter().position(|b| !strip(b)).unwrap_or(bytes.len())
        } else {
            0
        };
        let end = if right {
            bytes[start..]
                .iter()
                .rposition(|b| !strip(b))
                .map_or(start, |e| start + e + 1)
        } else {
            bytes.len()
        };
        if end - start == s.len() {
            return Ok(unchanged(vm, args[0]));
        }
        return Ok(vm.new_str(&s[start..end]));
    }
    let chars: Option<Vec<char>> = match args.get(1) {
        Some(v) if !v.is_none() => Some(text_arg(vm, v, "strip arg")?.chars().collect()),
        _ => None,
    };
    let pred = |c: char| match &chars {
        Some(cs) => cs.contains(&c),
        None => is_py_space(c),
    };
    let mut r = s;
    if left {
        r = r.trim_start_matches(pred);
    }
    if right {
        r = r.trim_end_matches(pred);
    }
    if r.len() == s.len() {
        return Ok(unchanged(vm, args[0]));
    }
    Ok(vm.new_str(r))
}

/// The result of a method that leaves the text as it is: the receiver itself when it is an
/// exact str, a plain str copy when it is an instance of a subclass (as CPython returns).
fn unchanged(vm: &mut Vm, this: Value) -> Value {
    if Gc::ptr_eq(vm.type_of(this), vm.s.types.str) {
        return this;
    }
    match this.payload() {
        Some(Payload::Str(s)) => {
            let text = s.as_str().to_owned();
            vm.new_str(text)
        }
        _ => this,
    }
}

fn strip(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    strip_chars(vm, args, "strip", true, true)
}

fn lstrip(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    strip_chars(vm, args, "lstrip", true, false)
}

fn rstrip(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    strip_chars(vm, args, "rstrip", false, true)
}

fn map_text(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
    f: impl Fn(&str) -> String,
) -> PyResult<Value> {
    method_arity(vm, name, args, 0, 0)?;
    let s = this(vm, args, name)?.as_str();
    let r = f(s);
    Ok(vm.new_str(r))
}

/// A case mapping: `ascii` maps each byte of an ASCII str (no Unicode tables, and a short
/// result is built without a buffer), `general` any other text.
fn map_case(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
    ascii: impl FnMut(u8) -> u8,
    general: impl Fn(&str) -> String,
) -> PyResult<Value> {
    method_arity(vm, name, args, 0, 0)?;
    let s = this(vm, args, name)?;
    if s.is_ascii() {
        let r = ascii_mapped(s.as_str(), ascii);
        return Ok(vm.new_str(r));
    }
    let r = general(s.as_str());
    Ok(vm.new_str(r))
}

fn upper(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    map_case(
        vm,
        args,
        "upper",
        |b| b.to_ascii_uppercase(),
        |s| s.to_uppercase(),
    )
}

fn lower(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    map_case(
        vm,
        args,
        "lower",
        |b| b.to_ascii_lowercase(),
        |s| s.to_lowercase(),
    )
}

fn casefold(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    map_text(vm, args, "casefold", |s| {
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            match special_case(crate::builtins::unicodedata_tables::CASEFOLD, c) {
                Some(folded) => out.push_str(folded),
                None => out.extend(c.to_lowercase()),
            }
        }
        out
    })
}

/// The lowercase of the 'Σ' at byte `i` of `s`: 'ς' at the end of a word (after a cased
/// letter and not before one, case-ignorable characters skipped), else 'σ'.
fn sigma_lower(s: &str, i: usize) -> char {
    let ignorable = |c: char| {
        matches!(c, '\'' | '.' | ':' | '^' | '`' | '\u{b7}' | '\u{2019}')
            || matches!(
                crate::builtins::unicodedata::category_of(c),
                "Mn" | "Me" | "Cf" | "Lm" | "Sk"
            )
    };
    let cased = |c: char| {
        c.is_lowercase() || c.is_uppercase() || crate::builtins::unicodedata::category_of(c) == "Lt"
    };
    let before = s[..i].chars().rev().find(|&c| !ignorable(c));
    let after = s[i + 'Σ'.len_utf8()..].chars().find(|&c| !ignorable(c));
    if before.is_some_and(cased) && !after.is_some_and(cased) {
        'ς'
    } else {
        'σ'
    }
}

/// The entry for `c` in one of the generated special-case tables.
fn special_case(table: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    table
        .binary_search_by_key(&(c as u32), |&(cp, _)| cp)
        .ok()
        .map(|i| table[i].1)
}

/// Appends the titlecase form of `c` (`ﬁ` → `Fi`, `ǆ` → `ǅ`), which for most characters is
/// their uppercase.
fn push_titlecase(out: &mut String, c: char) {
    match special_case(crate::builtins::unicodedata_tables::TITLECASE, c) {
        Some(t) => out.push_str(t),
        None => out.extend(c.to_uppercase()),
    }
}

fn title(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let mut prev_cased = false;
    let ascii = move |b: u8| {
        let r = if prev_cased {
            b.to_ascii_lowercase()
        } else {
            b.to_ascii_uppercase()
        };
        prev_cased = b.is_ascii_alphabetic();
        r
    };
    map_case(vm, args, "title", ascii, |s| {
        let mut out = String::with_capacity(s.len());
        let mut prev_cased = false;
        for (i, c) in s.char_indices() {
            if !prev_cased {
                push_titlecase(&mut out, c);
            } else if c == 'Σ' {
                out.push(sigma_lower(s, i));
            } else {
                out.extend(c.to_lowercase());
            }
            // A word goes on while its letters have case ('1' or '中' starts a new one).
            prev_cased = c.is_lowercase()
                || c.is_uppercase()
                || crate::builtins::unicodedata::category_of(c) == "Lt";
        }
        out
    })
}

fn capitalize(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let mut first = true;
    let ascii = move |b: u8| {
        let r = if first {
            b.to_ascii_uppercase()
        } else {
            b.to_ascii_lowercase()
        };
        first = false;
        r
    };
    map_case(vm, args, "capitalize", ascii, |s| {
        let mut out = String::with_capacity(s.len());
        for (i, c) in s.char_indices() {
            if i == 0 {
                push_titlecase(&mut out, c);
            } else if c == 'Σ' {
                out.push(sigma_lower(s, i));
            } else {
                out.extend(c.to_lowercase());
            }
        }
        out
    })
}

fn swapcase(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let ascii = |b: u8| {
        if b.is_ascii_uppercase() {
            b.to_ascii_lowercase()
        } else {
            b.to_ascii_uppercase()
        }
    };
    map_case(vm, args, "swapcase", ascii, |s| {
        let mut out = String::with_capacity(s.len());
        for (i, c) in s.char_indices() {
            if c == 'Σ' {
                // Lowercased where it stands, so the final-sigma rule applies.
                out.push(sigma_lower(s, i));
            } else if c.is_uppercase() {
                out.extend(c.to_lowercase());
            } else if c.is_lowercase() {
                out.extend(c.to_uppercase());
            } else {
                out.push(c);
            }
        }
        out
    })
}

/// Byte offsets of the character range `[start, end)` given Python-style bounds.
/// A start or end argument as a slice reads it: ints beyond i64 saturate.
pub(crate) fn slice_index(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if let Some(Payload::BigInt(b)) = v.payload() {
        return Ok(if b.sign() == num_bigint::Sign::Minus {
            i64::MIN
        } else {
            i64::MAX
        });
    }
    int_arg(vm, v)
}

fn char_bounds(
    vm: &mut Vm,
    s: &PyStr,
    start: Option<&Value>,
    end: Option<&Value>,
) -> PyResult<(usize, usize)> {
    let n = s.char_len() as i64;
    let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
    let a = match start {
        Some(v) if !v.is_none() => {
            let a = slice_index(vm, *v)?;
            if a > n {
                return Ok((usize::MAX, 0));
            }
            norm(a)
        }
        _ => 0,
    };
    let b = match end {
        Some(v) if !v.is_none() => norm(slice_index(vm, *v)?),
        _ => n,
    };
    if a > b {
        return Ok((usize::MAX, 0));
    }
    Ok((s.byte_offset(a as usize), s.byte_offset(b as usize)))
}

fn char_index(s: &PyStr, byte: usize) -> i64 {
    s.char_index(byte) as i64
}

/// The argument count of the search methods (`find(sub[, start[, end]])` and the like),
/// with their own messages.
fn search_arity(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<()> {
    let n = args.len().saturating_sub(1);
    if args.is_empty() || (1..=3).contains(&n) {
        return method_arity(vm, name, args, 1, 3);
    }
    let msg = if n == 0 {
        format!("{name}() takes at least 1 argument (0 given)")
    } else {
        format!("{name}() takes at most 3 arguments ({n} given)")
    };
    Err(vm.type_error(msg))
}

fn affix(vm: &mut Vm, args: &[Value], name: &str, prefix: bool) -> PyResult<Value> {
    search_arity(vm, name, args)?;
    let s = this(vm, args, name)?;
    let (a, b) = char_bounds(vm, s, args.get(2), args.get(3))?;
    if a == usize::MAX {
        return Ok(Value::Bool(false));
    }
    let region = &s.as_str()[a..b];
    let candidates: Vec<Value> = match args[1].payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        Some(Payload::Str(_)) => vec![args[1]],
        _ => {
            let msg = format!(
                "{name} first arg must be str or a tuple of str, not {}",
                vm.type_name(args[1])
            );
            return Err(vm.type_error(msg));
        }
    };
    for c in candidates {
        let t = match c.payload() {
            Some(Payload::Str(t)) => t.as_str(),
            _ => {
                let msg = format!(
                    "tuple for {name} must only contain str, not {}",
                    vm.type_name(c)
                );
                return Err(vm.type_error(msg));
            }
        };
        let hit = if prefix {
            region.starts_with(t)
        } else {
            region.ends_with(t)
        };
        if hit {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn startswith(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    affix(vm, args, "startswith", true)
}

fn endswith(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    affix(vm, args, "endswith", false)
}

fn replace(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "replace", args, 2, 3)?;
    let this_str = this(vm, args, "replace")?;
    let s = this_str.as_str();
    let old = text_arg(vm, &args[1], "replace() argument 1")?;
    let new = text_arg(vm, &args[2], "replace() argument 2")?;
    let count = match args.get(3) {
        Some(&v) => int_arg(vm, v)?,
        None => -1,
    };
    let r = if count < 0 {
        if old.is_empty() {
            let mut out = String::from(new);
            for c in s.chars() {
                out.push(c);
                out.push_str(new);
            }
            out
        } else if find_text(s, old).is_none() {
            return Ok(unchanged(vm, args[0]));
        } else if let ([from], [to]) = (old.as_bytes(), new.as_bytes()) {
            if to.is_ascii() && this_str.is_ascii() {
                // One ASCII character for another in ASCII text: a byte map, built without a
                // buffer when short.
                let (from, to) = (*from, *to);
                let r = ascii_mapped(s, |b| if b == from { to } else { b });
                return Ok(vm.new_str(r));
            }
            s.replace(old, new)
        } else {
            match single_char(old) {
                Some(c) => s.replace(c, new),
                None => s.replace(old, new),
            }
        }
    } else {
        s.replacen(old, new, count as usize)
    };
    Ok(vm.new_str(r))
}

fn find_impl(vm: &mut Vm, args: &[Value], name: &str, reverse: bool) -> PyResult<i64> {
    search_arity(vm, name, args)?;
    let s = this(vm, args, name)?;
    let sub = text_arg(vm, &args[1], "")?;
    let (a, b) = char_bounds(vm, s, args.get(2), args.get(3))?;
    if a == usize::MAX || a > b {
        return Ok(-1);
    }
    let region = &s.as_str()[a..b];
    let found = if reverse {
        rfind_text(region, sub)
    } else {
        find_text(region, sub)
    };
    Ok(match found {
        Some(off) => char_index(s, a + off),
        None => -1,
    })
}

fn find(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    find_impl(vm, args, "find", false).map(Value::Int)
}

fn rfind(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    find_impl(vm, args, "rfind", true).map(Value::Int)
}

fn index(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    match find_impl(vm, args, "index", false)? {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn rindex(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    match find_impl(vm, args, "rindex", true)? {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn count(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    search_arity(vm, "count", args)?;
    let s = this(vm, args, "count")?;
    let sub = text_arg(vm, &args[1], "")?;
    let (a, b) = char_bounds(vm, s, args.get(2), args.get(3))?;
    if a == usize::MAX {
        return Ok(Value::Int(0));
    }
    let region = &s.as_str()[a..b];
    let n = if sub.is_empty() {
        region.chars().count() + 1
    } else {
        count_text(region, sub)
    };
    Ok(Value::Int(n as i64))
}

fn predicate(vm: &mut Vm, args: &[Value], name: &str, f: impl Fn(&str) -> bool) -> PyResult<Value> {
    method_arity(vm, name, args, 0, 0)?;
    let s = this(vm, args, name)?.as_str();
    Ok(Value::Bool(f(s)))
}

fn isdigit(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    predicate(vm, args, "isdigit", |s| {
        !s.is_empty() && s.chars().all(|c| in_table(tables::DIGIT, c))
    })
}

fn isdecimal(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    predicate(vm, args, "isdecimal", |s| {
        !s.is_empty() && s.chars().all(|c| in_table(tables::DECIMAL, c))
    })
}

fn isnumeric(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    predicate(vm, args, "isnumeric", |s| {
        !s.is_empty() && s.chars().all(|c| in_table(tables::NUMERIC, c))
    })
}

fn isalpha(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    predicate(vm, args, "isalpha", |s| {
        !s.is_empty() && s.chars().all(char::is_alphabetic)
    })
}

fn isalnum(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    predicate(vm, args, "isalnum", |s| {
        !s.is_empty() && s.chars().all(char::is_alphanumeric)
    })
}

fn isspace(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    predicate(vm, args, "isspace", |s| {
        !s.is_empty() && s.chars().all(is_py_space)
    })
}

fn isupper(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    predicate(vm, args, "isupper", |s| {
        s.chars().any(char::is_uppercase) && !s.chars().any(char::is_lowercase)
    })
}

fn islower(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    predicate(vm, args, "islower", |s| {
        s.chars().any(char::is_lowercase) && !s.chars().any(char::is_uppercase)
    })
}

fn istitle(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    predicate(vm, args, "istitle", |s| {
        let mut prev_cased = false;
        let mut any = false;
        for c in s.chars() {
            // Titlecase letters (U+01C5 ...) start a word as uppercase ones do.
            let titlecase = !c.is_uppercase()
                && !c.is_lowercase()
                && c.to_uppercase().ne(std::iter::once(c))
                && c.to_lowercase().ne(std::iter::once(c));
            if c.is_uppercase() || titlecase {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                any = true;
            } else if c.is_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                any = true;
            } else {
                prev_cased = false;
            }
        }
        any
    })
}

fn isidentifier(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    predicate(vm, args, "isidentifier", |s| {
        let mut chars = s.chars();
        match chars.next() {
            Some(c) if c == '_' || unicode_ident::is_xid_start(c) => {
                chars.all(unicode_ident::is_xid_continue)
            }
            _ => false,
        }
    })
}

fn isascii(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    predicate(vm, args, "isascii", |s| s.is_ascii())
}

fn isprintable(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    predicate(vm, args, "isprintable", |s| {
        s.chars()
            .all(|c| c == ' ' || krait_ast::repr::is_printable(c))
    })
}

fn pad_args(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<(usize, char)> {
    method_arity(vm, name, args, 1, 2)?;
    let width = int_arg(vm, args[1])?.max(0) as usize;
    vm.check_alloc(width as u128 * 4)?;
    let fill = match args.get(2) {
        Some(v) => {
            let t = match v.payload() {
                Some(Payload::Str(t)) => t.as_str(),
                _ => {
                    let msg = format!(
                        "The fill character must be a unicode character, not {}",
                        vm.type_name(*v)
                    );
                    return Err(vm.type_error(msg));
                }
            };
            let mut cs = t.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(
                        vm.type_error("The fill character must be exactly one character long")
                    )
                }
            }
        }
        None => ' ',
    };
    Ok((width, fill))
}

/// `text` with `left` fills before it and `right` after, in one buffer of the final size.
fn padded(fill: char, left: usize, text: &str, right: usize) -> String {
    let mut out = String::with_capacity(text.len() + (left + right) * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(text);
    out.extend(std::iter::repeat_n(fill, right));
    out
}

fn center(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let (width, fill) = pad_args(vm, args, "center")?;
    let s = this(vm, args, "center")?;
    let n = s.char_len();
    if width <= n {
        return Ok(unchanged(vm, args[0]));
    }
    let marg = width - n;
    let left = marg / 2 + (marg & width & 1);
    let out = padded(fill, left, s.as_str(), marg - left);
    Ok(vm.new_str(out))
}

fn ljust(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let (width, fill) = pad_args(vm, args, "ljust")?;
    let s = this(vm, args, "ljust")?;
    let n = s.char_len();
    if width <= n {
        return Ok(unchanged(vm, args[0]));
    }
    let out = padded(fill, 0, s.as_str(), width - n);
    Ok(vm.new_str(out))
}

fn rjust(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let (width, fill) = pad_args(vm, args, "rjust")?;
    let s = this(vm, args, "rjust")?;
    let n = s.char_len();
    if width <= n {
        return Ok(unchanged(vm, args[0]));
    }
    let out = padded(fill, width - n, s.as_str(), 0);
    Ok(vm.new_str(out))
}

fn zfill(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "zfill", args, 1, 1)?;
    let width = int_arg(vm, args[1])?.max(0) as usize;
    vm.check_alloc(width as u128)?;
    let s = this(vm, args, "zfill")?;
    let n = s.char_len();
    if width <= n {
        return Ok(unchanged(vm, args[0]));
    }
    let text = s.as_str();
    let (sign, rest) = match text.as_bytes().first() {
        Some(b'+' | b'-') => text.split_at(1),
        _ => ("", text),
    };
    let mut out = String::with_capacity(width.max(text.len()));
    out.push_str(sign);
    out.extend(std::iter::repeat_n('0', width - n));
    out.push_str(rest);
    Ok(vm.new_str(out))
}

fn partition_impl(vm: &mut Vm, args: &[Value], name: &str, reverse: bool) -> PyResult<Value> {
    method_arity(vm, name, args, 1, 1)?;
    let s = this(vm, args, name)?.as_str();
    let sep = text_arg(vm, &args[1], "")?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if reverse {
        rfind_text(s, sep)
    } else {
        find_text(s, sep)
    };
    let (a, b, c) = match found {
        Some(i) => (&s[..i], sep, &s[i + sep.len()..]),
        None if reverse => ("", "", s),
        None => (s, "", ""),
    };
    let parts = [vm.new_str(a), vm.new_str(b), vm.new_str(c)];
    Ok(vm.new_tuple_from(&parts))
}

fn partition(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    partition_impl(vm, args, "partition", false)
}

fn rpartition(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    partition_impl(vm, args, "rpartition", true)
}

fn removeprefix(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "removeprefix", args, 1, 1)?;
    let s = this(vm, args, "removeprefix")?.as_str();
    let p = text_arg(vm, &args[1], "removeprefix() argument")?;
    match s.strip_prefix(p) {
        Some(r) => Ok(vm.new_str(r)),
        None => Ok(unchanged(vm, args[0])),
    }
}

fn removesuffix(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "removesuffix", args, 1, 1)?;
    let s = this(vm, args, "removesuffix")?.as_str();
    let p = text_arg(vm, &args[1], "removesuffix() argument")?;
    match s.strip_suffix(p).filter(|_| !p.is_empty()) {
        Some(r) => Ok(vm.new_str(r)),
        None => Ok(unchanged(vm, args[0])),
    }
}

fn expandtabs(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "expandtabs", args, 0, 1)?;
    let size = match args.get(1).copied().or(kwarg(kw, "tabsize")) {
        Some(v) => int_arg(vm, v)?.max(0) as usize,
        None => 8,
    };
    let tabs = this(vm, args, "expandtabs")?.as_str().matches('\t').count();
    vm.check_alloc(size as u128 * tabs as u128)?;
    let s = this(vm, args, "expandtabs")?.as_str();
    let mut out = String::new();
    let mut col = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.push_str(&" ".repeat(n));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(vm.new_str(out))
}

fn encode(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "encode", args, 0, 2)?;
    crate::builtins::check_kwargs(vm, "encode", kw, &["encoding", "errors"])?;
    let enc = match args.get(1).copied().or(kwarg(kw, "encoding")) {
        Some(v) => crate::builtins::str_arg(vm, v, "encode() argument 'encoding'")?,
        None => "utf-8".to_owned(),
    };
    let err = match args.get(2).copied().or(kwarg(kw, "errors")) {
        Some(v) => crate::builtins::str_arg(vm, v, "encode() argument 'errors'")?,
        None => "strict".to_owned(),
    };
    if !crate::builtins::codecs::is_native(vm, &enc, &err) {
        this(vm, args, "encode")?;
        return crate::builtins::codecs::through_registry(vm, args[0], &enc, &err, true);
    }
    let s = this(vm, args, "encode")?.as_str();
    let bytes = crate::builtins::codecs::encode(vm, s, &enc, &err)?;
    Ok(Value::Obj(
        vm.alloc(vm.s.types.bytes, Payload::Bytes(bytes.into())),
    ))
}

/// `str.__str__`: the text as an exact str (a subclass instance is copied).
fn dunder_str(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__str__", args, 0, 0)?;
    let text = this(vm, args, "__str__")?;
    if vm.type_of(args[0]).as_class().is_some_and(|c| c.builtin) {
        return Ok(args[0]);
    }
    let text = text.as_str().to_owned();
    Ok(vm.new_str(text))
}

fn dunder_len(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__len__", args, 0, 0)?;
    Ok(Value::Int(this(vm, args, "__len__")?.char_len() as i64))
}

// `str.__contains__` and `str.__getitem__` run the builtin operation even for a subclass
// that overrides them (an override calling `str.__getitem__(self, i)` must not recurse).
fn dunder_contains(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__contains__", args, 1, 1)?;
    slot_receiver(vm, args[0], "__contains__")?;
    vm.contains_native(args[0], args[1]).map(Value::Bool)
}

fn dunder_getitem(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__getitem__", args, 1, 1)?;
    slot_receiver(vm, args[0], "__getitem__")?;
    vm.get_item_native(args[0], args[1])
}

/// The receiver check of str's slot wrappers.
fn slot_receiver(vm: &mut Vm, v: Value, name: &str) -> PyResult<()> {
    if matches!(v.payload(), Some(Payload::Str(_))) {
        return Ok(());
    }
    let msg = format!(
        "descriptor '{name}' requires a 'str' object but received a '{}'",
        vm.type_name(v)
    );
    Err(vm.type_error(msg))
}

fn dunder_add(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__add__", args, 1, 1)?;
    match (args[0].payload(), args[1].payload()) {
        (Some(Payload::Str(a)), Some(Payload::Str(b))) => {
            let s = format!("{}{}", a.as_str(), b.as_str());
            Ok(vm.new_str(s))
        }
        // An instance's `__radd__` may still apply.
        (_, Some(Payload::Instance(_))) => Ok(vm.not_implemented()),
        _ => {
            this(vm, args, "__add__")?;
            let msg = format!(
                "can only concatenate str (not \"{}\") to str",
                vm.type_name(args[1])
            );
            Err(vm.type_error(msg))
        }
    }
}

fn dunder_mul(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__mul__", args, 1, 1)?;
    let len = this(vm, args, "__mul__")?.as_str().len();
    let n = match crate::builtins::bytes::repeat_count(vm, args[1])? {
        Some(n) => n,
        None if matches!(args[1].payload(), Some(Payload::Instance(_))) => {
            return Ok(vm.not_implemented())
        }
        None => {
            let msg = format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(args[1])
            );
            return Err(vm.type_error(msg));
        }
    };
    vm.check_alloc(len as u128 * n as u128)?;
    let s = this(vm, args, "__mul__")?.as_str().repeat(n);
    Ok(vm.new_str(s))
}

fn dunder_mod(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__mod__", args, 1, 1)?;
    vm.percent_format(args[0], args[1])
}

fn dunder_iter(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__iter__", args, 0, 0)?;
    vm.get_iter(args[0])
}

fn dunder_eq(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__eq__", args, 1, 1)?;
    match (args[0].payload(), args[1].payload()) {
        (Some(Payload::Str(a)), Some(Payload::Str(b))) => Ok(Value::Bool(a.as_str() == b.as_str())),
        _ => Ok(vm.not_implemented()),
    }
}

fn dunder_lt(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__lt__", args, 1, 1)?;
    match (args[0].payload(), args[1].payload()) {
        (Some(Payload::Str(a)), Some(Payload::Str(b))) => {
            Ok(Value::Bool(a.cmp_code_points(b).is_lt()))
        }
        _ => Ok(vm.not_implemented()),
    }
}

/// An ordering comparison of two strs, or `NotImplemented`.
fn order(vm: &mut Vm, args: &[Value], name: &str, f: fn(&str, &str) -> bool) -> PyResult<Value> {
    method_arity(vm, name, args, 1, 1)?;
    match (args[0].payload(), args[1].payload()) {
        (Some(Payload::Str(a)), Some(Payload::Str(b))) => {
            Ok(Value::Bool(f(a.as_str(), b.as_str())))
        }
        _ => Ok(vm.not_implemented()),
    }
}

fn dunder_le(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    order(vm, args, "__le__", |a, b| a <= b)
}

fn dunder_gt(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    order(vm, args, "__gt__", |a, b| a > b)
}

fn dunder_ge(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    order(vm, args, "__ge__", |a, b| a >= b)
}

fn dunder_rmod(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__rmod__", args, 1, 1)?;
    // `value % self`, which only a str on the left formats.
    if let Some(Payload::Str(_)) = args[1].payload() {
        return vm.percent_format(args[1], args[0]);
    }
    Ok(vm.not_implemented())
}

fn dunder_getnewargs(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__getnewargs__", args, 0, 0)?;
    let text = this(vm, args, "__getnewargs__")?.as_str().to_owned();
    let s = vm.new_str(text);
    Ok(vm.new_tuple(vec![s]))
}

fn dunder_hash(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__hash__", args, 0, 0)?;
    Ok(Value::Int(this(vm, args, "__hash__")?.hash()))
}
