//! `bytearray`: the constructor, the methods that change it in place (`append`, `extend`,
//! `insert`, `pop`, `remove`, item and slice assignment and deletion, `+=`, `*=`) and its
//! repr. The read-only methods are the ones bytes has (`builtins/bytes.rs`).

use std::cell::RefCell;

use crate::builtins::bytes::{buffer, byte_arg, make, SHARED};
use crate::builtins::{check_kwargs, method, method_arity, method_kind, set_class_attr};
use crate::error::PyResult;
use crate::object::function::KwArgs;
use crate::object::{BuiltinKind, Payload};
use crate::value::Value;
use crate::vm::Vm;

/// `bytearray.__doc__`: the constructor's signatures, as `help(bytearray)` shows them.
const BYTEARRAY_DOC: &str = "bytearray(iterable_of_ints) -> bytearray
bytearray(string, encoding[, errors]) -> bytearray
bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer
bytearray(int) -> bytes array of size given by the parameter initialized with null bytes
bytearray() -> empty bytes array

A mutable sequence of integers in range(256), made from the same sources as bytes.";

pub(crate) fn install(vm: &mut Vm) {
    let ba = vm.s.types.bytearray;
    let doc = vm.new_str(BYTEARRAY_DOC);
    crate::builtins::set_class_attr(vm, ba, "__doc__", doc);
    method_kind(vm, ba, "__new__", bytearray_new, BuiltinKind::StaticMethod);
    method(vm, ba, "__init__", bytearray_init);
    method(vm, ba, "__reduce_ex__", reduce_ex);
    method(vm, ba, "__reduce__", reduce);
    method_kind(vm, ba, "fromhex", fromhex, BuiltinKind::ClassMethod);
    let bytes = vm.s.types.bytes;
    let maketrans = vm.intern("maketrans");
    let found = bytes.as_class().and_then(|c| {
        let d = c.dict.borrow();
        let v = d
            .iter()
            .find(|e| e.key.is(Value::Obj(maketrans)))
            .map(|e| e.value);
        v
    });
    if let Some(f) = found {
        set_class_attr(vm, ba, "maketrans", f);
    }
    for &(name, f) in SHARED {
        method(vm, ba, name, f);
    }
    let methods: &[(&'static str, crate::object::NativeFn)] = &[
        ("append", append),
        ("extend", extend),
        ("insert", insert),
        ("pop", pop),
        ("remove", remove),
        ("clear", clear),
        ("copy", copy),
        ("reverse", reverse),
        ("__setitem__", dunder_setitem),
        ("__delitem__", dunder_delitem),
        ("__iadd__", dunder_iadd),
        ("__imul__", dunder_imul),
        ("__alloc__", dunder_alloc),
    ];
    for &(name, f) in methods {
        method(vm, ba, name, f);
    }
    set_class_attr(vm, ba, "__hash__", Value::None);
}

/// `repr(bytearray)`: `bytearray(b'...')` (named after a subclass), where a `'` is always
/// escaped as CPython does.
pub(crate) fn repr(class_name: &str, data: &[u8]) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(data.len() + 14);
    out.push_str(class_name);
    out.push_str("(b");
    out.push(quote);
    for &b in data {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            b'\'' => out.push_str("\\'"),
            b'"' if quote == '"' => out.push_str("\\\""),
            0x20..=0x7e => out.push(b as char),
            _ => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out.push(quote);
    out.push(')');
    out
}

/// The storage of `self`, or a TypeError naming the method.
/// `(type(self), args, state)` for pickling: protocols below 3 cannot hold bytes portably,
/// so the contents travel as a latin-1 str with its encoding; the state is what
/// `__getstate__` gives (the instance dict and any slots).
fn reduction(vm: &mut Vm, args: &[Value], proto: i64) -> PyResult<Value> {
    let data = cell(vm, args, "__reduce_ex__")?.borrow().clone();
    let class = Value::Obj(vm.type_of(args[0]));
    let ctor_args = if proto < 3 {
        let text: String = data.iter().map(|&b| b as char).collect();
        let text = vm.new_str(text);
        let enc = vm.new_str("latin-1");
        vm.new_tuple(vec![text, enc])
    } else {
        let b = make(vm, data, false);
        vm.new_tuple(vec![b])
    };
    let name = vm.intern("__getstate__");
    let getstate = vm.get_attr(args[0], name)?;
    let state = vm.call_value(getstate, &[], &[])?;
    Ok(vm.new_tuple(vec![class, ctor_args, state]))
}

fn reduce_ex(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__reduce_ex__", args, 0, 1)?;
    let proto = match args.get(1) {
        Some(&p) => vm.index_value(p, "__reduce_ex__")?,
        None => 0,
    };
    reduction(vm, args, proto)
}

fn reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__reduce__", args, 0, 0)?;
    reduction(vm, args, 0)
}

fn cell<'a>(vm: &mut Vm, args: &'a [Value], name: &str) -> PyResult<&'a RefCell<Vec<u8>>> {
    match args.first().and_then(|v| v.payload()) {
        Some(Payload::ByteArray(b)) => Ok(b),
        _ => {
            let got = args.first().map(|v| vm.type_name(*v)).unwrap_or_default();
            let msg = format!(
                "descriptor '{name}' for 'bytearray' objects doesn't apply to a '{got}' object"
            );
            Err(vm.type_error(msg))
        }
    }
}

/// `bytearray.__new__(cls, ...)`: an empty bytearray; `__init__` fills it, so a subclass
/// may take other arguments and call `super().__init__(data)`.
fn bytearray_new(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let class = args
        .first()
        .and_then(|c| c.as_obj())
        .filter(|c| c.as_class().is_some())
        .unwrap_or(vm.s.types.bytearray);
    Ok(Value::Obj(vm.alloc(
        class,
        Payload::ByteArray(RefCell::new(Vec::new())),
    )))
}

/// `bytearray.__init__(self, source=b'', encoding=None, errors=None)`: replaces the contents.
fn bytearray_init(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    check_kwargs(vm, "bytearray", kw, &["source", "encoding", "errors"])?;
    cell(vm, args, "__init__")?;
    let data = crate::builtins::bytes::from_source(vm, &args[1..], kw, "bytearray")?;
    *cell(vm, args, "__init__")?.borrow_mut() = data;
    Ok(Value::None)
}

fn fromhex(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "fromhex", args, 1, 1)?;
    let text = crate::builtins::str_arg(vm, args[1], "fromhex() argument")?;
    let data = crate::builtins::bytes::parse_hex(vm, &text)?;
    let b = make(vm, data, true);
    match args[0].as_obj() {
        Some(c) if !krait_gc::Gc::ptr_eq(c, vm.s.types.bytearray) => {
            vm.call_value(args[0], &[b], &[])
        }
        _ => Ok(b),
    }
}

fn append(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "append", args, 1, 1)?;
    let b = byte_arg(vm, args[1])?;
    cell(vm, args, "append")?.borrow_mut().push(b);
    Ok(Value::None)
}

/// The bytes `extend` and `+=`-like slice assignment take: bytes-like, or ints from an iterable.
fn iterable_bytes(
    vm: &mut Vm,
    v: Value,
    not_iterable: impl FnOnce(&mut Vm) -> crate::error::Exception,
) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer(&v) {
        return Ok(b);
    }
    if matches!(v.payload(), Some(Payload::Str(_))) {
        return Err(not_iterable(vm));
    }
    let it = match vm.get_iter(v) {
        Ok(it) => it,
        Err(e) if vm.exc_matches(e, vm.s.types.type_error) => return Err(not_iterable(vm)),
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(x) = vm.next_item(it)? {
        out.push(byte_arg(vm, x)?);
    }
    Ok(out)
}

fn extend(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "extend", args, 1, 1)?;
    cell(vm, args, "extend")?;
    let v = args[1];
    let data = if let Some(Payload::Str(s)) = v.payload() {
        // A str iterates as strs, none of which is an int.
        if s.char_len() > 0 {
            return Err(vm.type_error("'str' object cannot be interpreted as an integer"));
        }
        Vec::new()
    } else {
        iterable_bytes(vm, v, |vm| {
            let msg = format!("can't extend bytearray with {}", vm.type_name(v));
            vm.type_error(msg)
        })?
    };
    cell(vm, args, "extend")?
        .borrow_mut()
        .extend_from_slice(&data);
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "insert", args, 2, 2)?;
    let i = crate::builtins::int_arg(vm, args[1])?;
    let b = byte_arg(vm, args[2])?;
    let c = cell(vm, args, "insert")?;
    let mut v = c.borrow_mut();
    let n = v.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    v.insert(at as usize, b);
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "pop", args, 0, 1)?;
    let i = match args.get(1) {
        Some(&v) => crate::builtins::int_arg(vm, v)?,
        None => -1,
    };
    let c = cell(vm, args, "pop")?;
    let n = c.borrow().len() as i64;
    if n == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("pop index out of range"));
    }
    let b = c.borrow_mut().remove(j as usize);
    Ok(Value::Int(b as i64))
}

fn remove(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "remove", args, 1, 1)?;
    let b = byte_arg(vm, args[1])?;
    let c = cell(vm, args, "remove")?;
    let pos = c.borrow().iter().position(|&x| x == b);
    match pos {
        Some(p) => {
            c.borrow_mut().remove(p);
            Ok(Value::None)
        }
        None => Err(vm.value_error("value not found in bytearray")),
    }
}

fn clear(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "clear", args, 0, 0)?;
    cell(vm, args, "clear")?.borrow_mut().clear();
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "copy", args, 0, 0)?;
    let data = cell(vm, args, "copy")?.borrow().clone();
    Ok(make(vm, data, true))
}

fn reverse(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "reverse", args, 0, 0)?;
    cell(vm, args, "reverse")?.borrow_mut().reverse();
    Ok(Value::None)
}

/// `ba[key] = value`.
pub(crate) fn setitem(
    vm: &mut Vm,
    target: &RefCell<Vec<u8>>,
    key: Value,
    value: Value,
) -> PyResult<()> {
    let len = target.borrow().len();
    if matches!(key.payload(), Some(Payload::Slice { .. })) {
        let data = iterable_bytes(vm, value, |vm| {
            vm.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
        })?;
        let idx = vm.slice_indices(key, len)?;
        let mut v = target.borrow_mut();
        if idx.step == 1 {
            let start = idx.start as usize;
            v.splice(start..start + idx.len, data);
            return Ok(());
        }
        if data.len() != idx.len {
            drop(v);
            let msg = format!(
                "attempt to assign bytes of size {} to extended slice of size {}",
                data.len(),
                idx.len
            );
            return Err(vm.value_error(msg));
        }
        for (i, b) in idx.indices().zip(data) {
            v[i] = b;
        }
        return Ok(());
    }
    let i = vm.index_value(key, "bytearray")?;
    let b = byte_arg(vm, value)?;
    // The value's `__index__` may have resized the bytearray.
    let len = target.borrow().len();
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(vm.index_error("bytearray index out of range"));
    }
    target.borrow_mut()[j as usize] = b;
    Ok(())
}

fn dunder_setitem(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__setitem__", args, 2, 2)?;
    let c = cell(vm, args, "__setitem__")?;
    setitem(vm, c, args[1], args[2])?;
    Ok(Value::None)
}

fn dunder_delitem(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__delitem__", args, 1, 1)?;
    let c = cell(vm, args, "__delitem__")?;
    let len = c.borrow().len();
    let key = args[1];
    if matches!(key.payload(), Some(Payload::Slice { .. })) {
        let idx = vm.slice_indices(key, len)?;
        let mut gone: Vec<usize> = idx.indices().collect();
        gone.sort_unstable();
        let mut v = c.borrow_mut();
        for i in gone.into_iter().rev() {
            v.remove(i);
        }
        return Ok(Value::None);
    }
    let i = vm.index_value(key, "bytearray")?;
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(vm.index_error("bytearray index out of range"));
    }
    c.borrow_mut().remove(j as usize);
    Ok(Value::None)
}

fn dunder_iadd(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__iadd__", args, 1, 1)?;
    cell(vm, args, "__iadd__")?;
    let data = match buffer(&args[1]) {
        Some(b) => b,
        None => {
            let msg = format!("can't concat {} to bytearray", vm.type_name(args[1]));
            return Err(vm.type_error(msg));
        }
    };
    cell(vm, args, "__iadd__")?
        .borrow_mut()
        .extend_from_slice(&data);
    Ok(args[0])
}

fn dunder_imul(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__imul__", args, 1, 1)?;
    let c = cell(vm, args, "__imul__")?;
    let Some(n) = crate::builtins::bytes::repeat_count(vm, args[1])? else {
        return crate::builtins::bytes::cannot_repeat(vm, args[1]);
    };
    let len = c.borrow().len();
    vm.check_alloc(len as u128 * n as u128)?;
    let r = c.borrow().repeat(n);
    *c.borrow_mut() = r;
    Ok(args[0])
}

fn dunder_alloc(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__alloc__", args, 0, 0)?;
    let c = cell(vm, args, "__alloc__")?;
    Ok(Value::Int(c.borrow().capacity() as i64 + 1))
}
