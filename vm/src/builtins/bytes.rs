//! The methods `bytes` and `bytearray` share (searching, splitting, case, padding, `hex`,
//! `decode`, `translate`, the operators), the `bytes` constructor, and the helpers that read
//! any bytes-like argument (bytes, bytearray, memoryview). A method called on a bytearray
//! returns a bytearray wherever the bytes method returns bytes.

use std::cmp::Ordering;

use krait_bytecode::CompareKind;

use crate::builtins::{check_kwargs, int_arg, kwarg, method, method_arity, method_kind};
use crate::error::PyResult;
use crate::object::function::KwArgs;
use crate::object::{BuiltinKind, NativeFn, Payload};
use crate::value::Value;
use crate::vm::Vm;

/// The methods of both bytes and bytearray.
pub(crate) const SHARED: &[(&str, NativeFn)] = &[
    ("decode", decode),
    ("hex", hex),
    ("count", count),
    ("find", find),
    ("rfind", rfind),
    ("index", index),
    ("rindex", rindex),
    ("startswith", startswith),
    ("endswith", endswith),
    ("split", split),
    ("rsplit", rsplit),
    ("splitlines", splitlines),
    ("join", join),
    ("strip", strip),
    ("lstrip", lstrip),
    ("rstrip", rstrip),
    ("replace", replace),
    ("partition", partition),
    ("rpartition", rpartition),
    ("removeprefix", removeprefix),
    ("removesuffix", removesuffix),
    ("upper", upper),
    ("lower", lower),
    ("swapcase", swapcase),
    ("capitalize", capitalize),
    ("title", title),
    ("isalnum", isalnum),
    ("isalpha", isalpha),
    ("isascii", isascii),
    ("isdigit", isdigit),
    ("islower", islower),
    ("isupper", isupper),
    ("isspace", isspace),
    ("istitle", istitle),
    ("center", center),
    ("ljust", ljust),
    ("rjust", rjust),
    ("zfill", zfill),
    ("expandtabs", expandtabs),
    ("translate", translate),
    ("__len__", dunder_len),
    ("__getitem__", dunder_getitem),
    ("__contains__", dunder_contains),
    ("__iter__", dunder_iter),
    ("__add__", dunder_add),
    ("__mul__", dunder_mul),
    ("__rmul__", dunder_mul),
    ("__mod__", dunder_mod),
    ("__rmod__", dunder_rmod),
    ("__eq__", dunder_eq),
    ("__ne__", dunder_ne),
    ("__lt__", dunder_lt),
    ("__le__", dunder_le),
    ("__gt__", dunder_gt),
    ("__ge__", dunder_ge),
];

/// `bytes.__doc__`: the constructor's signatures, as `help(bytes)` shows them.
const BYTES_DOC: &str = "bytes(iterable_of_ints) -> bytes
bytes(string, encoding[, errors]) -> bytes
bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer
bytes(int) -> bytes object of size given by the parameter initialized with null bytes
bytes() -> empty bytes object

An immutable sequence of integers in range(256): from an iterable of such integers, a
str encoded with the given encoding, any object supporting the buffer protocol, or a
count of zero bytes.";

pub(crate) fn install(vm: &mut Vm) {
    let bytes = vm.s.types.bytes;
    let doc = vm.new_str(BYTES_DOC);
    crate::builtins::set_class_attr(vm, bytes, "__doc__", doc);
    method_kind(vm, bytes, "__new__", bytes_new, BuiltinKind::StaticMethod);
    method_kind(vm, bytes, "fromhex", fromhex, BuiltinKind::ClassMethod);
    method_kind(vm, bytes, "maketrans", maketrans, BuiltinKind::StaticMethod);
    method(vm, bytes, "__hash__", dunder_hash);
    method(vm, bytes, "__bytes__", dunder_bytes);
    method(vm, bytes, "__getnewargs__", dunder_getnewargs);
    for &(name, f) in SHARED {
        method(vm, bytes, name, f);
    }
}

// ---- reading arguments ----

/// The bytes of a bytes-like object (bytes, bytearray, or a live memoryview).
pub fn buffer(v: &Value) -> Option<Vec<u8>> {
    match v.payload()? {
        Payload::Bytes(b) => Some(b.to_vec()),
        Payload::ByteArray(b) => Some(b.borrow().clone()),
        Payload::MemoryView(m) => crate::builtins::memoryview::view_bytes(m),
        Payload::Array(a) => Some(a.data.borrow().clone()),
        _ => None,
    }
}

fn is_bytearray_value(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::ByteArray(_)))
}

/// A bytes-like argument, or TypeError "a bytes-like object is required, not 'T'".
pub fn buffer_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    match buffer(&v) {
        Some(b) => Ok(b),
        None => {
            let msg = format!("a bytes-like object is required, not '{}'", vm.type_name(v));
            Err(vm.type_error(msg))
        }
    }
}

/// A byte value (an int in `range(256)`), as `bytearray.append` takes it.
pub(crate) fn byte_arg(vm: &mut Vm, v: Value) -> PyResult<u8> {
    match index_of(vm, v)? {
        Some(b) if (0..256).contains(&b) => Ok(b as u8),
        _ => Err(vm.value_error("byte must be in range(0, 256)")),
    }
}

/// The receiver of a bytes method: its bytes and whether it is a bytearray.
fn this(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<(Vec<u8>, bool)> {
    let Some(&v) = args.first() else {
        let msg = format!("descriptor '{name}' of 'bytes' object needs an argument");
        return Err(vm.type_error(msg));
    };
    match v.payload() {
        Some(Payload::Bytes(b)) => Ok((b.to_vec(), false)),
        Some(Payload::ByteArray(b)) => Ok((b.borrow().clone(), true)),
        _ => {
            let msg = format!(
                "descriptor '{name}' for 'bytes' objects doesn't apply to a '{}' object",
                vm.type_name(v)
            );
            Err(vm.type_error(msg))
        }
    }
}

/// A new bytes (or bytearray) value.
pub(crate) fn make(vm: &mut Vm, data: Vec<u8>, bytearray: bool) -> Value {
    if bytearray {
        Value::Obj(vm.alloc(
            vm.s.types.bytearray,
            Payload::ByteArray(std::cell::RefCell::new(data)),
        ))
    } else {
        Value::Obj(vm.alloc(vm.s.types.bytes, Payload::Bytes(data.into())))
    }
}

/// The result of a method that leaves the bytes unchanged: an exact bytes object is
/// returned itself (immutable, so sharing is safe); a bytearray or an instance of a bytes
/// subclass gives a new exact object, as CPython's.
fn unchanged(vm: &mut Vm, recv: Value, data: Vec<u8>, bytearray: bool) -> Value {
    if !bytearray
        && recv
            .as_obj()
            .is_some_and(|o| krait_gc::Gc::ptr_eq(o.class(), vm.s.types.bytes))
    {
        return recv;
    }
    make(vm, data, bytearray)
}

/// What `find`, `count` and `in` search for: bytes-like, or one byte given as an int.
fn sub_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer(&v) {
        return Ok(b);
    }
    if crate::interp::arith::as_int(&v).is_some() {
        return Ok(vec![byte_arg(vm, v)?]);
    }
    let msg = format!(
        "argument should be integer or bytes-like object, not '{}'",
        vm.type_name(v)
    );
    Err(vm.type_error(msg))
}

/// The `[start, end)` region given Python-style optional bounds; `None` when start lies
/// past the end (nothing can be found there, not even the empty string).
fn region(
    vm: &mut Vm,
    len: usize,
    start: Option<&Value>,
    end: Option<&Value>,
) -> PyResult<Option<(usize, usize)>> {
    let n = len as i64;
    // Read as slice bounds: ints beyond i64 saturate.
    let a = match start {
        Some(v) if !v.is_none() => crate::builtins::str::slice_index(vm, *v)?,
        _ => 0,
    };
    let b = match end {
        Some(v) if !v.is_none() => crate::builtins::str::slice_index(vm, *v)?,
        _ => n,
    };
    let a = if a < 0 { (a + n).max(0) } else { a };
    let b = if b < 0 { (b + n).max(0) } else { b.min(n) };
    if a > n || a > b {
        return Ok(None);
    }
    Ok(Some((a as usize, b as usize)))
}

fn find_in(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

fn rfind_in(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    hay.windows(needle.len()).rposition(|w| w == needle)
}

/// Non-overlapping occurrences of `needle` (non-empty) from the left.
fn occurrences(hay: &[u8], needle: &[u8]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut i = 0;
    while i + needle.len() <= hay.len() {
        if &hay[i..i + needle.len()] == needle {
            out.push(i);
            i += needle.len();
        } else {
            i += 1;
        }
    }
    out
}

const fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

// ---- construction ----

fn bytes_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    check_kwargs(vm, "bytes", kw, &["source", "encoding", "errors"])?;
    let class = args
        .first()
        .and_then(|c| c.as_obj())
        .filter(|c| c.as_class().is_some());
    let args = &args[1.min(args.len())..];
    // bytes(b) of an exact bytes object is that object.
    if let ([v], None) = (
        args,
        class.filter(|c| !krait_gc::Gc::ptr_eq(*c, vm.s.types.bytes)),
    ) {
        if v.as_obj()
            .is_some_and(|o| krait_gc::Gc::ptr_eq(o.class(), vm.s.types.bytes))
        {
            return Ok(*v);
        }
    }
    let data = from_source(vm, args, kw, "bytes")?;
    let class = class.unwrap_or(vm.s.types.bytes);
    Ok(Value::Obj(vm.alloc(class, Payload::Bytes(data.into()))))
}

/// The bytes `bytes(...)` / `bytearray(...)` make from their arguments.
pub(crate) fn from_source(
    vm: &mut Vm,
    args: &[Value],
    kw: KwArgs<'_>,
    what: &str,
) -> PyResult<Vec<u8>> {
    crate::builtins::arity(vm, what, args, 0, 3)?;
    let source = args.first().copied().or(kwarg(kw, "source"));
    let encoding = args.get(1).copied().or(kwarg(kw, "encoding"));
    let errors = args.get(2).copied().or(kwarg(kw, "errors"));
    let Some(v) = source else {
        if encoding.is_some() || errors.is_some() {
            let msg = if encoding.is_some() {
                "encoding without a string argument"
            } else {
                "errors without a string argument"
            };
            return Err(vm.type_error(msg));
        }
        return Ok(Vec::new());
    };
    if let Some(enc) = encoding {
        let Some(Payload::Str(s)) = v.payload() else {
            return Err(vm.type_error("encoding without a string argument"));
        };
        let text = s.as_str().to_owned();
        let enc = crate::builtins::str_arg(vm, enc, &format!("{what}() argument 'encoding'"))?;
        let err = match errors {
            Some(e) => crate::builtins::str_arg(vm, e, &format!("{what}() argument 'errors'"))?,
            None => "strict".to_owned(),
        };
        return crate::builtins::codecs::encode(vm, &text, &enc, &err);
    }
    let is_str = matches!(v.payload(), Some(Payload::Str(_)));
    if errors.is_some() {
        let msg = if is_str {
            "string argument without an encoding"
        } else {
            "errors without a string argument"
        };
        return Err(vm.type_error(msg));
    }
    // `bytes()` asks `__bytes__` first (before the buffer, the str check and `__index__`);
    // a class may block the conversion by setting it to None.
    if what == "bytes" {
        if let Value::Obj(_) = v {
            let name = vm.intern("__bytes__");
            if let Some(f) = vm.type_lookup(vm.type_of(v), name) {
                let r = vm.call_dunder(f, &[v])?;
                return match r.payload() {
                    Some(Payload::Bytes(b)) => Ok(b.to_vec()),
                    _ => {
                        let msg =
                            format!("__bytes__ returned non-bytes (type {})", vm.type_name(r));
                        Err(vm.type_error(msg))
                    }
                };
            }
        }
    }
    if is_str {
        return Err(vm.type_error("string argument without an encoding"));
    }
    if let Some(b) = buffer(&v) {
        return Ok(b);
    }
    // An integer (or an object with `__index__`) is a count of zero bytes; an `__index__`
    // raising TypeError lets the object be read as an iterable instead.
    let count = if crate::interp::arith::as_int(&v).is_some() {
        Some(crate::interp::arith::as_int(&v).and_then(|i| match i {
            crate::object::int::IntRef::Small(n) => Some(n),
            crate::object::int::IntRef::Big(_) => None,
        }))
    } else if vm.type_lookup(vm.type_of(v), vm.s.names.index).is_some() {
        match vm.call_index(v) {
            Ok(r) => Some(r.as_small_int()),
            Err(e) if vm.exc_matches(e, vm.s.types.type_error) => None,
            Err(e) => return Err(e),
        }
    } else {
        None
    };
    if let Some(n) = count {
        let Some(n) = n else {
            return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"));
        };
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        vm.check_alloc(n as u128)?;
        return Ok(vec![0; n as usize]);
    }
    let it = match vm.get_iter(v) {
        Ok(it) => it,
        Err(e) if vm.exc_matches(e, vm.s.types.type_error) => {
            let msg = format!("cannot convert '{}' object to {what}", vm.type_name(v));
            return Err(vm.type_error(msg));
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(x) = vm.next_item(it)? {
        match index_of(vm, x)? {
            Some(b) if (0..256).contains(&b) => out.push(b as u8),
            _ if what == "bytes" => return Err(vm.value_error("bytes must be in range(0, 256)")),
            _ => return Err(vm.value_error("byte must be in range(0, 256)")),
        }
    }
    Ok(out)
}

/// An item that must be an integer (an int, or an object with `__index__`): its value when it
/// fits an i64, `None` for a larger int; TypeError for anything else.
fn index_of(vm: &mut Vm, x: Value) -> PyResult<Option<i64>> {
    let x = match crate::interp::arith::as_int(&x) {
        Some(_) => x,
        None => vm.call_index(x)?,
    };
    Ok(match x {
        Value::Bool(b) => Some(b as i64),
        _ => x.as_small_int(),
    })
}

fn fromhex(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "fromhex", args, 1, 1)?;
    let text = crate::builtins::str_arg(vm, args[1], "fromhex() argument")?;
    let data = parse_hex(vm, &text)?;
    let b = make(vm, data, false);
    // A subclass gets `cls(bytes)`, as CPython builds it.
    match args[0].as_obj() {
        Some(c) if !krait_gc::Gc::ptr_eq(c, vm.s.types.bytes) => vm.call_value(args[0], &[b], &[]),
        _ => Ok(b),
    }
}

/// `bytes.fromhex(text)`: pairs of hex digits, with whitespace allowed between pairs.
pub(crate) fn parse_hex(vm: &mut Vm, text: &str) -> PyResult<Vec<u8>> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let bad = |vm: &mut Vm, pos: usize| {
        let msg = format!("non-hexadecimal number found in fromhex() arg at position {pos}");
        vm.value_error(msg)
    };
    while i < chars.len() {
        if matches!(chars[i], ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') {
            i += 1;
            continue;
        }
        let Some(hi) = chars[i].to_digit(16).filter(|_| chars[i].is_ascii()) else {
            return Err(bad(vm, i));
        };
        let Some(lo) = chars
            .get(i + 1)
            .and_then(|c| c.to_digit(16).filter(|_| c.is_ascii()))
        else {
            return Err(bad(vm, i + 1));
        };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}

fn maketrans(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    crate::builtins::arity(vm, "maketrans", args, 2, 2)?;
    let from = buffer_arg(vm, args[0])?;
    let to = buffer_arg(vm, args[1])?;
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in from.iter().zip(&to) {
        table[*f as usize] = *t;
    }
    Ok(make(vm, table, false))
}

// ---- methods ----

fn decode(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "decode", args, 0, 2)?;
    check_kwargs(vm, "decode", kw, &["encoding", "errors"])?;
    let (data, _) = this(vm, args, "decode")?;
    let enc = match args.get(1).copied().or(kwarg(kw, "encoding")) {
        Some(v) => crate::builtins::str_arg(vm, v, "decode() argument 'encoding'")?,
        None => "utf-8".to_owned(),
    };
    let err = match args.get(2).copied().or(kwarg(kw, "errors")) {
        Some(v) => crate::builtins::str_arg(vm, v, "decode() argument 'errors'")?,
        None => "strict".to_owned(),
    };
    if !crate::builtins::codecs::is_native(vm, &enc, &err) {
        return crate::builtins::codecs::through_registry(vm, args[0], &enc, &err, false);
    }
    let text = crate::builtins::codecs::decode(vm, &data, &enc, &err)?;
    Ok(vm.new_str(text))
}

/// `data.hex(sep, bytes_per_sep)`, shared with memoryview.
pub(crate) fn hex_text(
    vm: &mut Vm,
    data: &[u8],
    sep: Option<Value>,
    per: Option<Value>,
) -> PyResult<String> {
    let sep = match sep {
        None => None,
        Some(v) => {
            let s = match v.payload() {
                Some(Payload::Str(s)) => s.as_str().to_owned(),
                _ => match buffer(&v) {
                    Some(b) => b.iter().map(|&c| c as char).collect(),
                    None => {
                        let msg = format!("sep must be str or bytes., not {}", vm.type_name(v));
                        return Err(vm.type_error(msg));
                    }
                },
            };
            let mut cs = s.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) if c.is_ascii() => Some(c),
                (Some(_), None) => return Err(vm.value_error("sep must be ASCII.")),
                _ => return Err(vm.value_error("sep must be length 1.")),
            }
        }
    };
    let per = match per {
        Some(v) => int_arg(vm, v)?,
        None => 1,
    };
    let digits: Vec<String> = data.iter().map(|b| format!("{b:02x}")).collect();
    let Some(sep) = sep.filter(|_| per != 0) else {
        return Ok(digits.concat());
    };
    let group = per.unsigned_abs() as usize;
    let n = digits.len();
    let mut out = String::new();
    for (i, d) in digits.iter().enumerate() {
        if i > 0 {
            // Groups count from the right for a positive `bytes_per_sep`, from the left
            // for a negative one.
            let boundary = if per > 0 {
                (n - i).is_multiple_of(group)
            } else {
                i.is_multiple_of(group)
            };
            if boundary {
                out.push(sep);
            }
        }
        out.push_str(d);
    }
    Ok(out)
}

fn hex(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "hex", args, 0, 2)?;
    let (data, _) = this(vm, args, "hex")?;
    let sep = args.get(1).copied().or(kwarg(kw, "sep"));
    let per = args.get(2).copied().or(kwarg(kw, "bytes_per_sep"));
    let s = hex_text(vm, &data, sep, per)?;
    Ok(vm.new_str(s))
}

fn search(vm: &mut Vm, args: &[Value], name: &str, reverse: bool) -> PyResult<i64> {
    method_arity(vm, name, args, 1, 3)?;
    let (data, _) = this(vm, args, name)?;
    let sub = sub_arg(vm, args[1])?;
    let Some((a, b)) = region(vm, data.len(), args.get(2), args.get(3))? else {
        return Ok(-1);
    };
    let hay = &data[a..b];
    let found = if reverse {
        rfind_in(hay, &sub)
    } else {
        find_in(hay, &sub)
    };
    Ok(found.map_or(-1, |i| (a + i) as i64))
}

fn find(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    search(vm, args, "find", false).map(Value::Int)
}

fn rfind(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    search(vm, args, "rfind", true).map(Value::Int)
}

fn index(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    match search(vm, args, "index", false)? {
        -1 => Err(vm.value_error("subsection not found")),
        i => Ok(Value::Int(i)),
    }
}

fn rindex(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    match search(vm, args, "rindex", true)? {
        -1 => Err(vm.value_error("subsection not found")),
        i => Ok(Value::Int(i)),
    }
}

fn count(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "count", args, 1, 3)?;
    let (data, _) = this(vm, args, "count")?;
    let sub = sub_arg(vm, args[1])?;
    let Some((a, b)) = region(vm, data.len(), args.get(2), args.get(3))? else {
        return Ok(Value::Int(0));
    };
    let hay = &data[a..b];
    let n = if sub.is_empty() {
        hay.len() + 1
    } else {
        occurrences(hay, &sub).len()
    };
    Ok(Value::Int(n as i64))
}

fn affix(vm: &mut Vm, args: &[Value], name: &str, prefix: bool) -> PyResult<Value> {
    method_arity(vm, name, args, 1, 3)?;
    let (data, _) = this(vm, args, name)?;
    let candidates: Vec<Value> = match args[1].payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ if buffer(&args[1]).is_some() => vec![args[1]],
        _ => {
            let msg = format!(
                "{name} first arg must be bytes or a tuple of bytes, not {}",
                vm.type_name(args[1])
            );
            return Err(vm.type_error(msg));
        }
    };
    let Some((a, b)) = region(vm, data.len(), args.get(2), args.get(3))? else {
        return Ok(Value::Bool(false));
    };
    let hay = &data[a..b];
    for c in candidates {
        let t = buffer_arg(vm, c)?;
        let hit = if prefix {
            hay.starts_with(&t)
        } else {
            hay.ends_with(&t)
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

fn split_args(
    vm: &mut Vm,
    args: &[Value],
    kw: KwArgs<'_>,
    name: &str,
) -> PyResult<(Option<Vec<u8>>, i64)> {
    method_arity(vm, name, args, 0, 2)?;
    check_kwargs(vm, name, kw, &["sep", "maxsplit"])?;
    let sep = match args.get(1).copied().or(kwarg(kw, "sep")) {
        Some(v) if !v.is_none() => {
            let s = buffer_arg(vm, v)?;
            if s.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(s)
        }
        _ => None,
    };
    let max = match args.get(2).copied().or(kwarg(kw, "maxsplit")) {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    Ok((sep, max))
}

fn split(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let (sep, max) = split_args(vm, args, kw, "split")?;
    let (data, ba) = this(vm, args, "split")?;
    let max = if max < 0 { usize::MAX } else { max as usize };
    let mut parts: Vec<&[u8]> = Vec::new();
    match &sep {
        Some(sep) => {
            let mut rest: &[u8] = &data;
            while parts.len() < max {
                match find_in(rest, sep) {
                    Some(i) => {
                        parts.push(&rest[..i]);
                        rest = &rest[i + sep.len()..];
                    }
                    None => break,
                }
            }
            parts.push(rest);
        }
        None => {
            let mut i = 0;
            let n = data.len();
            while i < n && is_space(data[i]) {
                i += 1;
            }
            while i < n {
                if parts.len() == max {
                    parts.push(&data[i..]);
                    break;
                }
                let start = i;
                while i < n && !is_space(data[i]) {
                    i += 1;
                }
                parts.push(&data[start..i]);
                while i < n && is_space(data[i]) {
                    i += 1;
                }
            }
        }
    }
    let items = parts
        .into_iter()
        .map(|p| make(vm, p.to_vec(), ba))
        .collect();
    Ok(vm.new_list(items))
}

fn rsplit(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let (sep, max) = split_args(vm, args, kw, "rsplit")?;
    let (data, ba) = this(vm, args, "rsplit")?;
    let max = if max < 0 { usize::MAX } else { max as usize };
    let mut parts: Vec<&[u8]> = Vec::new();
    match &sep {
        Some(sep) => {
            let mut rest: &[u8] = &data;
            while parts.len() < max {
                match rfind_in(rest, sep) {
                    Some(i) => {
                        parts.push(&rest[i + sep.len()..]);
                        rest = &rest[..i];
                    }
                    None => break,
                }
            }
            parts.push(rest);
        }
        None => {
            let mut end = data.len();
            while end > 0 && is_space(data[end - 1]) {
                end -= 1;
            }
            while end > 0 {
                if parts.len() == max {
                    parts.push(&data[..end]);
                    break;
                }
                let stop = end;
                while end > 0 && !is_space(data[end - 1]) {
                    end -= 1;
                }
                parts.push(&data[end..stop]);
                while end > 0 && is_space(data[end - 1]) {
                    end -= 1;
                }
            }
        }
    }
    parts.reverse();
    let items = parts
        .into_iter()
        .map(|p| make(vm, p.to_vec(), ba))
        .collect();
    Ok(vm.new_list(items))
}

fn splitlines(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "splitlines", args, 0, 1)?;
    let (data, ba) = this(vm, args, "splitlines")?;
    let keep = match args.get(1).copied().or(kwarg(kw, "keepends")) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut items = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < data.len() {
        let c = data[i];
        if c == b'\n' || c == b'\r' {
            let mut end = i + 1;
            if c == b'\r' && data.get(i + 1) == Some(&b'\n') {
                end += 1;
            }
            let line = if keep {
                &data[start..end]
            } else {
                &data[start..i]
            };
            items.push(make(vm, line.to_vec(), ba));
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < data.len() {
        items.push(make(vm, data[start..].to_vec(), ba));
    }
    Ok(vm.new_list(items))
}

fn join(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "join", args, 1, 1)?;
    let items = vm.collect_iter_folded(args[1])?;
    let (sep, ba) = this(vm, args, "join")?;
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match buffer(item) {
            Some(b) => out.extend_from_slice(&b),
            None => {
                let msg = format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    vm.type_name(*item)
                );
                return Err(vm.type_error(msg));
            }
        }
    }
    Ok(make(vm, out, ba))
}

fn strip_impl(vm: &mut Vm, args: &[Value], name: &str, left: bool, right: bool) -> PyResult<Value> {
    method_arity(vm, name, args, 0, 1)?;
    let (data, ba) = this(vm, args, name)?;
    let chars = match args.get(1) {
        Some(v) if !v.is_none() => Some(buffer_arg(vm, *v)?),
        _ => None,
    };
    let strip = |b: u8| match &chars {
        Some(cs) => cs.contains(&b),
        None => is_space(b),
    };
    let (mut a, mut b) = (0, data.len());
    if left {
        while a < b && strip(data[a]) {
            a += 1;
        }
    }
    if right {
        while b > a && strip(data[b - 1]) {
            b -= 1;
        }
    }
    if a == 0 && b == data.len() {
        return Ok(unchanged(vm, args[0], data, ba));
    }
    Ok(make(vm, data[a..b].to_vec(), ba))
}

fn strip(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    strip_impl(vm, args, "strip", true, true)
}

fn lstrip(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    strip_impl(vm, args, "lstrip", true, false)
}

fn rstrip(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    strip_impl(vm, args, "rstrip", false, true)
}

fn replace(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "replace", args, 2, 3)?;
    let (data, ba) = this(vm, args, "replace")?;
    let old = buffer_arg(vm, args[1])?;
    let new = buffer_arg(vm, args[2])?;
    let count = match args.get(3) {
        Some(&v) => int_arg(vm, v)?,
        None => -1,
    };
    let limit = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let mut out = Vec::with_capacity(data.len());
    if old.is_empty() {
        // An empty pattern matches before every byte and at the end.
        let mut done = 0;
        for &b in &data {
            if done < limit {
                out.extend_from_slice(&new);
                done += 1;
            }
            out.push(b);
        }
        if done < limit {
            out.extend_from_slice(&new);
        }
    } else {
        let mut last = 0;
        for (k, i) in occurrences(&data, &old).into_iter().enumerate() {
            if k >= limit {
                break;
            }
            out.extend_from_slice(&data[last..i]);
            out.extend_from_slice(&new);
            last = i + old.len();
        }
        out.extend_from_slice(&data[last..]);
    }
    Ok(make(vm, out, ba))
}

fn partition_impl(vm: &mut Vm, args: &[Value], name: &str, reverse: bool) -> PyResult<Value> {
    method_arity(vm, name, args, 1, 1)?;
    let (data, ba) = this(vm, args, name)?;
    let sep = buffer_arg(vm, args[1])?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if reverse {
        rfind_in(&data, &sep)
    } else {
        find_in(&data, &sep)
    };
    let (a, b, c): (&[u8], &[u8], &[u8]) = match found {
        Some(i) => (&data[..i], &sep, &data[i + sep.len()..]),
        None if reverse => (&[], &[], &data),
        None => (&data, &[], &[]),
    };
    let parts = vec![
        make(vm, a.to_vec(), ba),
        make(vm, b.to_vec(), ba),
        make(vm, c.to_vec(), ba),
    ];
    Ok(vm.new_tuple(parts))
}

fn partition(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    partition_impl(vm, args, "partition", false)
}

fn rpartition(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    partition_impl(vm, args, "rpartition", true)
}

fn removeprefix(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "removeprefix", args, 1, 1)?;
    let (data, ba) = this(vm, args, "removeprefix")?;
    let p = buffer_arg(vm, args[1])?;
    match data.strip_prefix(p.as_slice()) {
        Some(r) if !p.is_empty() => Ok(make(vm, r.to_vec(), ba)),
        _ => Ok(unchanged(vm, args[0], data, ba)),
    }
}

fn removesuffix(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "removesuffix", args, 1, 1)?;
    let (data, ba) = this(vm, args, "removesuffix")?;
    let p = buffer_arg(vm, args[1])?;
    match data.strip_suffix(p.as_slice()) {
        Some(r) if !p.is_empty() => Ok(make(vm, r.to_vec(), ba)),
        _ => Ok(unchanged(vm, args[0], data, ba)),
    }
}

fn map_bytes(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
    f: impl Fn(&[u8]) -> Vec<u8>,
) -> PyResult<Value> {
    method_arity(vm, name, args, 0, 0)?;
    let (data, ba) = this(vm, args, name)?;
    let out = f(&data);
    Ok(make(vm, out, ba))
}

fn upper(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    map_bytes(vm, args, "upper", |d| d.to_ascii_uppercase())
}

fn lower(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    map_bytes(vm, args, "lower", |d| d.to_ascii_lowercase())
}

fn swapcase(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    map_bytes(vm, args, "swapcase", |d| {
        d.iter()
            .map(|&b| {
                if b.is_ascii_lowercase() {
                    b.to_ascii_uppercase()
                } else {
                    b.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn capitalize(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    map_bytes(vm, args, "capitalize", |d| {
        d.iter()
            .enumerate()
            .map(|(i, &b)| {
                if i == 0 {
                    b.to_ascii_uppercase()
                } else {
                    b.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn title(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    map_bytes(vm, args, "title", |d| {
        let mut prev_cased = false;
        d.iter()
            .map(|&b| {
                let r = if prev_cased {
                    b.to_ascii_lowercase()
                } else {
                    b.to_ascii_uppercase()
                };
                prev_cased = b.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}

fn predicate(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
    f: impl Fn(&[u8]) -> bool,
) -> PyResult<Value> {
    method_arity(vm, name, args, 0, 0)?;
    let (data, _) = this(vm, args, name)?;
    Ok(Value::Bool(f(&data)))
}

fn isalnum(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    predicate(vm, args, "isalnum", |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_alphanumeric)
    })
}

fn isalpha(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    predicate(vm, args, "isalpha", |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_alphabetic)
    })
}

fn isascii(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    predicate(vm, args, "isascii", |d| d.is_ascii())
}

fn isdigit(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    predicate(vm, args, "isdigit", |d| {
        !d.is_empty() && d.iter().all(u8::is_ascii_digit)
    })
}

fn isspace(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    predicate(vm, args, "isspace", |d| {
        !d.is_empty() && d.iter().all(|&b| is_space(b))
    })
}

fn islower(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    predicate(vm, args, "islower", |d| {
        d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase)
    })
}

fn isupper(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    predicate(vm, args, "isupper", |d| {
        d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase)
    })
}

fn istitle(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    predicate(vm, args, "istitle", |d| {
        let mut prev_cased = false;
        let mut any = false;
        for &b in d {
            if b.is_ascii_uppercase() {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                any = true;
            } else if b.is_ascii_lowercase() {
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

fn pad_args(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<(Vec<u8>, bool, usize, u8)> {
    method_arity(vm, name, args, 1, 2)?;
    let (data, ba) = this(vm, args, name)?;
    let width = int_arg(vm, args[1])?.max(0) as usize;
    vm.check_alloc(width as u128)?;
    let fill = match args.get(2) {
        Some(&v) => match buffer(&v) {
            Some(b) if b.len() == 1 && !matches!(v.payload(), Some(Payload::MemoryView(_))) => b[0],
            _ => {
                let msg = format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    vm.type_name(v)
                );
                return Err(vm.type_error(msg));
            }
        },
        None => b' ',
    };
    Ok((data, ba, width, fill))
}

fn pad(
    vm: &mut Vm,
    args: &[Value],
    data: Vec<u8>,
    ba: bool,
    left: usize,
    right: usize,
    fill: u8,
) -> Value {
    if left == 0 && right == 0 {
        return unchanged(vm, args[0], data, ba);
    }
    let mut out = vec![fill; left];
    out.extend_from_slice(&data);
    out.extend(std::iter::repeat_n(fill, right));
    make(vm, out, ba)
}

fn center(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let (data, ba, width, fill) = pad_args(vm, args, "center")?;
    let marg = width.saturating_sub(data.len());
    let left = marg / 2 + (marg & width & 1);
    Ok(pad(vm, args, data, ba, left, marg - left, fill))
}

fn ljust(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let (data, ba, width, fill) = pad_args(vm, args, "ljust")?;
    let marg = width.saturating_sub(data.len());
    Ok(pad(vm, args, data, ba, 0, marg, fill))
}

fn rjust(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let (data, ba, width, fill) = pad_args(vm, args, "rjust")?;
    let marg = width.saturating_sub(data.len());
    Ok(pad(vm, args, data, ba, marg, 0, fill))
}

fn zfill(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "zfill", args, 1, 1)?;
    let (data, ba) = this(vm, args, "zfill")?;
    let width = int_arg(vm, args[1])?.max(0) as usize;
    vm.check_alloc(width as u128)?;
    if width <= data.len() {
        return Ok(unchanged(vm, args[0], data, ba));
    }
    let fill = width - data.len();
    let (sign, rest) = match data.first() {
        Some(&c @ (b'+' | b'-')) => (vec![c], &data[1..]),
        _ => (Vec::new(), &data[..]),
    };
    let mut out = sign;
    out.extend(std::iter::repeat_n(b'0', fill));
    out.extend_from_slice(rest);
    Ok(make(vm, out, ba))
}

fn expandtabs(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "expandtabs", args, 0, 1)?;
    let (data, ba) = this(vm, args, "expandtabs")?;
    let size = match args.get(1).copied().or(kwarg(kw, "tabsize")) {
        Some(v) => int_arg(vm, v)?.max(0) as usize,
        None => 8,
    };
    let tabs = data.iter().filter(|&&b| b == b'\t').count();
    vm.check_alloc(size as u128 * tabs as u128)?;
    let mut out = Vec::with_capacity(data.len());
    let mut col = 0;
    for &b in &data {
        match b {
            b'\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.extend(std::iter::repeat_n(b' ', n));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(b);
                col = 0;
            }
            _ => {
                out.push(b);
                col += 1;
            }
        }
    }
    Ok(make(vm, out, ba))
}

fn translate(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "translate", args, 1, 2)?;
    let (data, ba) = this(vm, args, "translate")?;
    let table = if args[1].is_none() {
        None
    } else {
        let t = buffer_arg(vm, args[1])?;
        if t.len() != 256 {
            return Err(vm.value_error("translation table must be 256 characters long"));
        }
        Some(t)
    };
    let delete = match args.get(2).copied().or(kwarg(kw, "delete")) {
        Some(v) => buffer_arg(vm, v)?,
        None => Vec::new(),
    };
    let out: Vec<u8> = data
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|&b| table.as_ref().map_or(b, |t| t[b as usize]))
        .collect();
    Ok(make(vm, out, ba))
}

// ---- dunders ----

fn dunder_len(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__len__", args, 0, 0)?;
    let (data, _) = this(vm, args, "__len__")?;
    Ok(Value::Int(data.len() as i64))
}

/// `data[key]` for bytes and bytearray (an int, or a slice of the same type).
pub(crate) fn getitem(vm: &mut Vm, data: &[u8], ba: bool, key: Value) -> PyResult<Value> {
    if matches!(key.payload(), Some(Payload::Slice { .. })) {
        let idx = vm.slice_indices(key, data.len())?;
        let out: Vec<u8> = idx.indices().map(|i| data[i]).collect();
        return Ok(make(vm, out, ba));
    }
    let what = if ba { "bytearray" } else { "byte" };
    let i = vm.index_value(key, what)?;
    let n = data.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        let msg = if ba {
            "bytearray index out of range"
        } else {
            "index out of range"
        };
        return Err(vm.index_error(msg));
    }
    Ok(Value::Int(data[j as usize] as i64))
}

fn dunder_getitem(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__getitem__", args, 1, 1)?;
    let (data, ba) = this(vm, args, "__getitem__")?;
    getitem(vm, &data, ba, args[1])
}

/// `item in data` for bytes-like containers.
pub(crate) fn contains(vm: &mut Vm, data: &[u8], item: Value) -> PyResult<bool> {
    if let Some(b) = buffer(&item) {
        return Ok(find_in(data, &b).is_some());
    }
    if crate::interp::arith::as_int(&item).is_some() {
        let b = match item.as_small_int() {
            Some(i) if (0..256).contains(&i) => i as u8,
            _ => return Err(vm.value_error("byte must be in range(0, 256)")),
        };
        return Ok(data.contains(&b));
    }
    let msg = format!(
        "a bytes-like object is required, not '{}'",
        vm.type_name(item)
    );
    Err(vm.type_error(msg))
}

fn dunder_contains(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__contains__", args, 1, 1)?;
    let (data, _) = this(vm, args, "__contains__")?;
    contains(vm, &data, args[1]).map(Value::Bool)
}

fn dunder_iter(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__iter__", args, 0, 0)?;
    vm.get_iter(args[0])
}

fn dunder_add(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__add__", args, 1, 1)?;
    let (mut data, ba) = this(vm, args, "__add__")?;
    match buffer(&args[1]) {
        Some(b) => {
            data.extend_from_slice(&b);
            Ok(make(vm, data, ba))
        }
        None => {
            let msg = format!(
                "can't concat {} to {}",
                vm.type_name(args[1]),
                vm.type_name(args[0])
            );
            Err(vm.type_error(msg))
        }
    }
}

/// The repeat count of `seq * n`, or `None` when `n` is not an int.
pub(crate) fn repeat_count(vm: &mut Vm, n: Value) -> PyResult<Option<usize>> {
    match crate::interp::arith::as_int(&n) {
        Some(crate::object::int::IntRef::Small(i)) => Ok(Some(i.max(0) as usize)),
        Some(crate::object::int::IntRef::Big(b)) => {
            if num_traits::Signed::is_negative(b) {
                Ok(Some(0))
            } else {
                Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"))
            }
        }
        None => Ok(None),
    }
}

/// `seq * x` for a non-int `x`: `NotImplemented` for instances of user classes (their
/// `__rmul__` may apply), else CPython's TypeError.
pub(crate) fn cannot_repeat(vm: &mut Vm, n: Value) -> PyResult<Value> {
    if matches!(n.payload(), Some(Payload::Instance(_))) {
        return Ok(vm.not_implemented());
    }
    let msg = format!(
        "can't multiply sequence by non-int of type '{}'",
        vm.type_name(n)
    );
    Err(vm.type_error(msg))
}

fn dunder_mul(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__mul__", args, 1, 1)?;
    let (data, ba) = this(vm, args, "__mul__")?;
    let Some(n) = repeat_count(vm, args[1])? else {
        return cannot_repeat(vm, args[1]);
    };
    if n == 1 {
        return Ok(unchanged(vm, args[0], data, ba));
    }
    vm.check_alloc(data.len() as u128 * n as u128)?;
    Ok(make(vm, data.repeat(n), ba))
}

fn dunder_mod(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__mod__", args, 1, 1)?;
    let (data, ba) = this(vm, args, "__mod__")?;
    let out = crate::builtins::bytes_format::format(vm, &data, args[1])?;
    Ok(make(vm, out, ba))
}

fn dunder_rmod(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__rmod__", args, 1, 1)?;
    // `value % self`, which only bytes-like values on the left format.
    if let Some(fmt) = buffer(&args[1]) {
        let out = crate::builtins::bytes_format::format(vm, &fmt, args[0])?;
        return Ok(make(vm, out, is_bytearray_value(&args[1])));
    }
    Ok(vm.not_implemented())
}

fn dunder_getnewargs(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__getnewargs__", args, 0, 0)?;
    let (data, _) = this(vm, args, "__getnewargs__")?;
    let b = make(vm, data, false);
    Ok(vm.new_tuple(vec![b]))
}

fn dunder_hash(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__hash__", args, 0, 0)?;
    vm.hash_value(args[0]).map(Value::Int)
}

fn dunder_bytes(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__bytes__", args, 0, 0)?;
    let (data, _) = this(vm, args, "__bytes__")?;
    Ok(make(vm, data, false))
}

/// Compares two bytes-like values; `None` when `b` is not bytes-like.
pub(crate) fn compare(a: &Value, b: &Value, kind: CompareKind) -> Option<bool> {
    let (x, y) = (buffer(a)?, buffer(b)?);
    let ord = x.cmp(&y);
    Some(match kind {
        CompareKind::Lt => ord == Ordering::Less,
        CompareKind::Le => ord != Ordering::Greater,
        CompareKind::Eq => ord == Ordering::Equal,
        CompareKind::Ne => ord != Ordering::Equal,
        CompareKind::Gt => ord == Ordering::Greater,
        CompareKind::Ge => ord != Ordering::Less,
    })
}

fn rich(vm: &mut Vm, args: &[Value], name: &str, kind: CompareKind) -> PyResult<Value> {
    method_arity(vm, name, args, 1, 1)?;
    Ok(match compare(&args[0], &args[1], kind) {
        Some(r) => Value::Bool(r),
        None => vm.not_implemented(),
    })
}

fn dunder_eq(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    rich(vm, args, "__eq__", CompareKind::Eq)
}

fn dunder_ne(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    rich(vm, args, "__ne__", CompareKind::Ne)
}

fn dunder_lt(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    rich(vm, args, "__lt__", CompareKind::Lt)
}

fn dunder_le(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    rich(vm, args, "__le__", CompareKind::Le)
}

fn dunder_gt(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    rich(vm, args, "__gt__", CompareKind::Gt)
}

fn dunder_ge(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    rich(vm, args, "__ge__", CompareKind::Ge)
}
