//! The named methods of `array.array`: growing and shrinking it (`append`, `extend`,
//! `insert`, `pop`, `remove`), searching (`index`, `count`), `reverse`, `byteswap`,
//! `buffer_info`, the conversions (`tobytes`/`frombytes`, `tolist`/`fromlist`,
//! `tounicode`/`fromunicode`), copying and pickling, and the `typecode`/`itemsize`
//! attributes.

use krait_gc::Gc;

use super::items::{self, item_size};
use super::{encode_all, new_array, this, ArrayData};
use crate::builtins::{int_arg, method, method_arity, new_builtin, set_class_attr};
use crate::error::PyResult;
use crate::object::function::KwArgs;
use crate::object::{BuiltinKind, NativeFn, Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

pub(super) fn install(vm: &mut Vm, class: Gc<Object>) {
    let methods: &[(&'static str, NativeFn)] = &[
        ("append", append),
        ("extend", extend),
        ("insert", insert),
        ("pop", pop),
        ("remove", remove),
        ("index", index),
        ("count", count),
        ("reverse", reverse),
        ("byteswap", byteswap),
        ("buffer_info", buffer_info),
        ("tobytes", tobytes),
        ("frombytes", frombytes),
        ("tolist", tolist),
        ("fromlist", fromlist),
        ("tounicode", tounicode),
        ("fromunicode", fromunicode),
        ("__copy__", copy),
        ("__deepcopy__", deepcopy),
        ("__reduce_ex__", super::pickle::reduce_ex),
        ("tofile", tofile),
        ("fromfile", fromfile),
    ];
    for &(name, f) in methods {
        method(vm, class, name, f);
    }
    let props: &[(&'static str, NativeFn)] = &[("typecode", typecode), ("itemsize", itemsize)];
    for &(name, f) in props {
        let getter = new_builtin(vm, name, f, BuiltinKind::Method, false);
        let pname = vm.new_str(name);
        let parts = crate::object::PropertyData::getter(getter, pname);
        let prop = Value::Obj(vm.alloc(vm.s.types.property, Payload::Property(parts)));
        set_class_attr(vm, class, name, prop);
    }
}

/// Every item of `a` as a Python value.
pub(crate) fn values(vm: &mut Vm, a: &ArrayData) -> PyResult<Vec<Value>> {
    let data = a.data.borrow().clone();
    let size = item_size(a.code);
    data.chunks_exact(size)
        .map(|raw| items::decode(vm, a.code, raw))
        .collect()
}

/// The characters of a `'u'` array as a str's text.
pub(crate) fn text(vm: &mut Vm, a: &ArrayData) -> PyResult<String> {
    let data = a.data.borrow().clone();
    data.chunks_exact(4)
        .map(|raw| items::char_of(vm, raw))
        .collect()
}

/// The ValueError for bytes that are not a whole number of items.
pub(crate) fn check_whole_items(vm: &mut Vm, code: char, len: usize) -> PyResult<()> {
    if !len.is_multiple_of(item_size(code)) {
        return Err(vm.value_error("bytes length not a multiple of item size"));
    }
    Ok(())
}

/// The number of items of `a`.
pub(crate) fn len(a: &ArrayData) -> usize {
    a.data.borrow().len() / item_size(a.code)
}

fn append(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "array.append", args, 1, 1)?;
    let code = this(vm, args, "append")?.code;
    let bytes = encode_all(vm, code, &args[1..2])?;
    this(vm, args, "append")?.data.borrow_mut().extend(bytes);
    Ok(Value::None)
}

/// Appends the items of `other` (an array of the same typecode, or any iterable) to the
/// array `target`; as in CPython, items before one that cannot be stored stay appended.
fn extend_from(vm: &mut Vm, target: Value, other: Value) -> PyResult<()> {
    let args = [target];
    let code = this(vm, &args, "extend")?.code;
    if let Some(Payload::Array(o)) = other.payload() {
        if o.code != code {
            return Err(vm.type_error("can only extend with array of same kind"));
        }
        let bytes = o.data.borrow().clone();
        this(vm, &args, "extend")?.data.borrow_mut().extend(bytes);
        return Ok(());
    }
    let values = vm.collect_iter_folded(other)?;
    let mut bytes = Vec::with_capacity(values.len() * item_size(code));
    let mut result = Ok(());
    for v in values {
        if let Err(e) = items::encode(vm, code, v, &mut bytes) {
            result = Err(e);
            break;
        }
    }
    this(vm, &args, "extend")?.data.borrow_mut().extend(bytes);
    result
}

fn extend(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "array.extend", args, 1, 1)?;
    this(vm, args, "extend")?;
    extend_from(vm, args[0], args[1])?;
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "insert", args, 2, 2)?;
    let code = this(vm, args, "insert")?.code;
    let i = int_arg(vm, args[1])?;
    let bytes = encode_all(vm, code, &args[2..3])?;
    let a = this(vm, args, "insert")?;
    let n = len(a) as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    let size = item_size(code);
    a.data.borrow_mut().splice(at * size..at * size, bytes);
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "pop", args, 0, 1)?;
    this(vm, args, "pop")?;
    let i = match args.get(1) {
        Some(&v) => int_arg(vm, v)?,
        None => -1,
    };
    let a = this(vm, args, "pop")?;
    let n = len(a) as i64;
    if n == 0 {
        return Err(vm.index_error("pop from empty array"));
    }
    let at = if i < 0 { i + n } else { i };
    if !(0..n).contains(&at) {
        return Err(vm.index_error("pop index out of range"));
    }
    let size = item_size(a.code);
    let at = at as usize * size;
    let raw: Vec<u8> = a.data.borrow_mut().drain(at..at + size).collect();
    items::decode(vm, a.code, &raw)
}

/// The position of the first item equal to `x` among positions `from..to`.
fn find(vm: &mut Vm, a: &ArrayData, x: Value, from: usize, to: usize) -> PyResult<Option<usize>> {
    let values = values(vm, a)?;
    for (i, &v) in values.iter().enumerate().take(to).skip(from) {
        if super::item_eq(vm, v, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn remove(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "array.remove", args, 1, 1)?;
    let a = this(vm, args, "remove")?;
    let n = len(a);
    match find(vm, a, args[1], 0, n)? {
        Some(i) => {
            let size = item_size(a.code);
            let mut data = a.data.borrow_mut();
            if (i + 1) * size <= data.len() {
                data.drain(i * size..(i + 1) * size);
            }
            Ok(Value::None)
        }
        None => Err(vm.value_error("array.remove(x): x not in array")),
    }
}

/// A `start`/`stop` argument of `index`, clamped to `0..=len` as slice bounds are.
fn bound(vm: &mut Vm, v: Option<Value>, len: usize, default: usize) -> PyResult<usize> {
    let Some(v) = v else {
        return Ok(default);
    };
    let i = vm.index_value(v, "slice")?;
    let n = len as i64;
    Ok(if i < 0 { (i + n).max(0) } else { i.min(n) } as usize)
}

fn index(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "index", args, 1, 3)?;
    let n = len(this(vm, args, "index")?);
    let from = bound(vm, args.get(2).copied(), n, 0)?;
    let to = bound(vm, args.get(3).copied(), n, n)?;
    let a = this(vm, args, "index")?;
    match find(vm, a, args[1], from, to)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("array.index(x): x not in array")),
    }
}

fn count(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "array.count", args, 1, 1)?;
    let a = this(vm, args, "count")?;
    let mut found = 0;
    for v in values(vm, a)? {
        if super::item_eq(vm, v, args[1])? {
            found += 1;
        }
    }
    Ok(Value::Int(found))
}

fn reverse(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "array.reverse", args, 0, 0)?;
    let a = this(vm, args, "reverse")?;
    let size = item_size(a.code);
    let mut data = a.data.borrow_mut();
    // Reversing all bytes reverses the items and each item's bytes; the second pass
    // puts each item's bytes back in order.
    data.reverse();
    data.chunks_exact_mut(size).for_each(|item| item.reverse());
    Ok(Value::None)
}

fn byteswap(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "array.byteswap", args, 0, 0)?;
    let a = this(vm, args, "byteswap")?;
    let size = item_size(a.code);
    a.data
        .borrow_mut()
        .chunks_exact_mut(size)
        .for_each(|item| item.reverse());
    Ok(Value::None)
}

/// `buffer_info()`: `(address, length)`; the address is that of the item storage.
fn buffer_info(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "array.buffer_info", args, 0, 0)?;
    let a = this(vm, args, "buffer_info")?;
    let addr = a.data.borrow().as_ptr() as usize as i64;
    let n = len(a) as i64;
    Ok(vm.new_tuple(vec![Value::Int(addr), Value::Int(n)]))
}

fn tobytes(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "array.tobytes", args, 0, 0)?;
    let data = this(vm, args, "tobytes")?.data.borrow().clone();
    Ok(crate::builtins::bytes::make(vm, data, false))
}

fn frombytes(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "array.frombytes", args, 1, 1)?;
    let code = this(vm, args, "frombytes")?.code;
    let bytes = crate::builtins::bytes::buffer_arg(vm, args[1])?;
    check_whole_items(vm, code, bytes.len())?;
    this(vm, args, "frombytes")?.data.borrow_mut().extend(bytes);
    Ok(Value::None)
}

/// `tofile(f)`: writes the items' bytes with `f.write`, in blocks of 64 KiB as CPython
/// does (nothing for an empty array).
fn tofile(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "array.tofile", args, 1, 1)?;
    let data = this(vm, args, "tofile")?.data.borrow().clone();
    let name = vm.intern("write");
    let write = vm.get_attr(args[1], name)?;
    for block in data.chunks(64 * 1024) {
        let bytes = crate::builtins::bytes::make(vm, block.to_vec(), false);
        vm.call_value(write, &[bytes], &[])?;
    }
    Ok(Value::None)
}

/// `fromfile(f, n)`: reads `n` items with `f.read` and appends what it read (as
/// `frombytes`); EOFError when the file had fewer.
fn fromfile(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "array.fromfile", args, 2, 2)?;
    let code = this(vm, args, "fromfile")?.code;
    let n = vm.index_value(args[2], "array.fromfile")?;
    if n < 0 {
        return Err(vm.value_error("negative count"));
    }
    let size = item_size(code);
    let Some(wanted) = (n as usize)
        .checked_mul(size)
        .filter(|&w| w <= isize::MAX as usize)
    else {
        return Err(vm.new_error(vm.s.types.memory_error, ""));
    };
    let name = vm.intern("read");
    let read = vm.get_attr(args[1], name)?;
    let got = vm.call_value(read, &[Value::Int(wanted as i64)], &[])?;
    let Some(Payload::Bytes(b)) = got.payload() else {
        return Err(vm.type_error("read() didn't return bytes"));
    };
    let short = b.len() != wanted;
    let bytes = b.to_vec();
    check_whole_items(vm, code, bytes.len())?;
    this(vm, args, "fromfile")?.data.borrow_mut().extend(bytes);
    if short {
        return Err(vm.new_error(vm.s.types.eof_error, "read() didn't return enough bytes"));
    }
    Ok(Value::None)
}

fn tolist(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "array.tolist", args, 0, 0)?;
    let a = this(vm, args, "tolist")?;
    let values = values(vm, a)?;
    Ok(vm.new_list(values))
}

/// `fromlist(list)`: appends every item, or none when one cannot be stored.
fn fromlist(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "array.fromlist", args, 1, 1)?;
    let code = this(vm, args, "fromlist")?.code;
    let values = match args[1].payload() {
        Some(Payload::List(l)) => l.borrow().clone(),
        _ => return Err(vm.type_error("arg must be list")),
    };
    let bytes = encode_all(vm, code, &values)?;
    this(vm, args, "fromlist")?.data.borrow_mut().extend(bytes);
    Ok(Value::None)
}

fn tounicode(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "array.tounicode", args, 0, 0)?;
    let a = this(vm, args, "tounicode")?;
    if a.code != 'u' {
        return Err(vm.value_error("tounicode() may only be called on unicode type arrays"));
    }
    let text = text(vm, a)?;
    Ok(vm.new_str(text))
}

fn fromunicode(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "array.fromunicode", args, 1, 1)?;
    let a = this(vm, args, "fromunicode")?;
    let Some(Payload::Str(s)) = args[1].payload() else {
        let msg = format!(
            "fromunicode() argument must be str, not {}",
            vm.type_name(args[1])
        );
        return Err(vm.type_error(msg));
    };
    if a.code != 'u' {
        return Err(vm.value_error("fromunicode() may only be called on unicode type arrays"));
    }
    let bytes: Vec<u8> = s
        .as_str()
        .chars()
        .flat_map(|c| (c as u32).to_ne_bytes())
        .collect();
    a.data.borrow_mut().extend(bytes);
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "array.__copy__", args, 0, 0)?;
    let a = this(vm, args, "__copy__")?;
    let data = a.data.borrow().clone();
    Ok(new_array(vm, a.code, data))
}

fn deepcopy(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "array.__deepcopy__", args, 1, 1)?;
    let a = this(vm, args, "__deepcopy__")?;
    let data = a.data.borrow().clone();
    Ok(new_array(vm, a.code, data))
}

fn typecode(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let code = this(vm, args, "typecode")?.code;
    Ok(vm.new_char(code))
}

fn itemsize(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let code = this(vm, args, "itemsize")?.code;
    Ok(Value::Int(item_size(code) as i64))
}
