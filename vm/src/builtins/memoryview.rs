//! `memoryview`: a one-dimensional window on a bytes, bytearray or `array.array` object, with indexing,
//! slicing (views share the object), `cast` to the native single-character formats,
//! `tobytes` / `tolist` / `hex`, `release`, and writes through to a bytearray.

use krait_gc::Gc;

use crate::builtins::bytes::{buffer, make};
use crate::builtins::{method, method_arity, method_kind, new_builtin, set_class_attr};
use crate::error::PyResult;
use crate::object::function::KwArgs;
use crate::object::{BuiltinKind, MemView, Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

pub(crate) fn install(vm: &mut Vm) {
    let mv = vm.s.types.memoryview;
    method_kind(vm, mv, "__new__", memoryview_new, BuiltinKind::StaticMethod);
    let methods: &[(&'static str, crate::object::NativeFn)] = &[
        ("tobytes", tobytes),
        ("tolist", tolist),
        ("hex", hex),
        ("cast", cast),
        ("release", release),
        ("toreadonly", toreadonly),
        ("__len__", dunder_len),
        ("__getitem__", dunder_getitem),
        ("__setitem__", dunder_setitem),
        ("__delitem__", dunder_delitem),
        ("__iter__", dunder_iter),
        ("__enter__", dunder_enter),
        ("__exit__", dunder_exit),
        ("__eq__", dunder_eq),
        ("__hash__", dunder_hash),
    ];
    for &(name, f) in methods {
        method(vm, mv, name, f);
    }
    let props: &[(&'static str, crate::object::NativeFn)] = &[
        ("readonly", get_readonly),
        ("format", get_format),
        ("itemsize", get_itemsize),
        ("nbytes", get_nbytes),
        ("ndim", get_ndim),
        ("shape", get_shape),
        ("strides", get_strides),
        ("obj", get_obj),
        ("suboffsets", get_suboffsets),
        ("contiguous", get_contiguous),
        ("c_contiguous", get_contiguous),
        ("f_contiguous", get_contiguous),
    ];
    for &(name, f) in props {
        let getter = new_builtin(vm, name, f, BuiltinKind::Method, false);
        let pname = vm.new_str(name);
        let parts = crate::object::PropertyData::getter(getter, pname);
        let prop = Value::Obj(vm.alloc(vm.s.types.property, Payload::Property(parts)));
        set_class_attr(vm, mv, name, prop);
    }
}

/// The size in bytes of one item of `format`, if Krait supports that format. `'w'` is the
/// format of a view of an `array('u')` (a 4-byte code point), which a view only copies.
fn item_size(format: char) -> Option<usize> {
    Some(match format {
        'B' | 'b' | 'c' | '?' => 1,
        'H' | 'h' => 2,
        'I' | 'i' | 'f' | 'w' => 4,
        'L' | 'l' | 'Q' | 'q' | 'N' | 'n' | 'd' => 8,
        _ => return None,
    })
}

/// The bytes of every item of a live view, in order; `None` once released.
pub(crate) fn view_bytes(m: &MemView) -> Option<Vec<u8>> {
    if m.released.get() {
        return None;
    }
    let size = item_size(m.format).unwrap_or(1);
    let read = |data: &[u8]| -> Vec<u8> {
        let mut out = Vec::with_capacity(m.len * size);
        for k in 0..m.len {
            let at = m.start as isize + k as isize * m.step;
            if at < 0 {
                break;
            }
            // A bytearray may have shrunk under the view; read what is still there.
            if let Some(item) = data.get(at as usize..at as usize + size) {
                out.extend_from_slice(item);
            }
        }
        out
    };
    match &m.obj.payload {
        Payload::Bytes(b) => Some(read(b)),
        Payload::ByteArray(b) => Some(read(&b.borrow())),
        Payload::Array(a) => Some(read(&a.data.borrow())),
        _ => None,
    }
}

/// The view behind `self`, or the right error (wrong type, released).
fn this<'a>(vm: &mut Vm, args: &'a [Value], name: &str) -> PyResult<&'a MemView> {
    match args.first().and_then(|v| v.payload()) {
        Some(Payload::MemoryView(m)) => {
            if m.released.get() {
                return Err(vm.value_error("operation forbidden on released memoryview object"));
            }
            Ok(m)
        }
        _ => {
            let got = args.first().map(|v| vm.type_name(*v)).unwrap_or_default();
            let msg = format!(
                "descriptor '{name}' for 'memoryview' objects doesn't apply to a '{got}' object"
            );
            Err(vm.type_error(msg))
        }
    }
}

fn new_view(vm: &mut Vm, view: MemView) -> Value {
    Value::Obj(vm.alloc(vm.s.types.memoryview, Payload::MemoryView(Box::new(view))))
}

fn memoryview_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    crate::builtins::check_kwargs(vm, "memoryview", kw, &["object"])?;
    let args = &args[1.min(args.len())..];
    let obj = match (args, crate::builtins::kwarg(kw, "object")) {
        ([v], None) => *v,
        ([], Some(v)) => v,
        _ => {
            let msg = format!(
                "memoryview() takes exactly one argument ({} given)",
                args.len()
            );
            return Err(vm.type_error(msg));
        }
    };
    match obj.payload() {
        Some(Payload::MemoryView(m)) => {
            if m.released.get() {
                return Err(vm.value_error("operation forbidden on released memoryview object"));
            }
            let copy = MemView {
                obj: m.obj,
                start: m.start,
                len: m.len,
                readonly: m.readonly,
                step: m.step,
                format: m.format,
                released: std::cell::Cell::new(false),
                hash: std::cell::Cell::new(None),
            };
            Ok(new_view(vm, copy))
        }
        Some(Payload::Bytes(b)) => {
            let len = b.len();
            let o = obj.as_obj().unwrap_or(vm.s.types.bytes);
            Ok(new_view(vm, whole(o, len, true)))
        }
        Some(Payload::ByteArray(b)) => {
            let len = b.borrow().len();
            let o = obj.as_obj().unwrap_or(vm.s.types.bytes);
            Ok(new_view(vm, whole(o, len, false)))
        }
        Some(Payload::Array(a)) => {
            let size = crate::builtins::array::item_size(a.code);
            let len = a.data.borrow().len() / size;
            let o = obj.as_obj().unwrap_or(vm.s.types.bytes);
            let mut view = whole(o, len, false);
            view.step = size as isize;
            view.format = if a.code == 'u' { 'w' } else { a.code };
            Ok(new_view(vm, view))
        }
        _ => {
            let msg = format!(
                "memoryview: a bytes-like object is required, not '{}'",
                vm.type_name(obj)
            );
            Err(vm.type_error(msg))
        }
    }
}

fn whole(obj: Gc<Object>, len: usize, readonly: bool) -> MemView {
    MemView {
        obj,
        start: 0,
        len,
        readonly,
        step: 1,
        format: 'B',
        released: std::cell::Cell::new(false),
        hash: std::cell::Cell::new(None),
    }
}

/// Item `raw` (its bytes) as a Python value, by format.
fn unpack(vm: &mut Vm, format: char, raw: &[u8]) -> Value {
    let mut buf = [0u8; 8];
    buf[..raw.len().min(8)].copy_from_slice(&raw[..raw.len().min(8)]);
    let u = u64::from_le_bytes(buf);
    match format {
        'c' => make(vm, raw.to_vec(), false),
        '?' => Value::Bool(raw.first().is_some_and(|&b| b != 0)),
        'b' => Value::Int(raw[0] as i8 as i64),
        'h' => Value::Int(u as u16 as i16 as i64),
        'i' => Value::Int(u as u32 as i32 as i64),
        'l' | 'q' | 'n' => Value::Int(u as i64),
        'f' => Value::Float(f32::from_bits(u as u32) as f64),
        'd' => Value::Float(f64::from_bits(u)),
        'L' | 'Q' | 'N' if u > i64::MAX as u64 => vm.new_int(num_bigint::BigInt::from(u)),
        _ => Value::Int(u as i64),
    }
}

/// Every item of the view as a Python value; NotImplementedError for a format a view only
/// copies (`'w'`).
fn items(vm: &mut Vm, m: &MemView) -> PyResult<Vec<Value>> {
    readable(vm, m.format)?;
    let size = item_size(m.format).unwrap_or(1);
    let data = view_bytes(m).unwrap_or_default();
    Ok(data.chunks(size).map(|c| unpack(vm, m.format, c)).collect())
}

/// CPython's NotImplementedError for reading items of a format it has no conversion for.
fn readable(vm: &mut Vm, format: char) -> PyResult<()> {
    if format == 'w' {
        let msg = format!("memoryview: format {format} not supported");
        return Err(vm.new_error(vm.s.types.not_implemented_error, msg));
    }
    Ok(())
}

fn tobytes(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let m = this(vm, args, "tobytes")?;
    let data = view_bytes(m).unwrap_or_default();
    Ok(make(vm, data, false))
}

fn tolist(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let m = this(vm, args, "tolist")?;
    let items = items(vm, m)?;
    Ok(vm.new_list(items))
}

fn hex(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let m = this(vm, args, "hex")?;
    let data = view_bytes(m).unwrap_or_default();
    let sep = args.get(1).copied().or(crate::builtins::kwarg(kw, "sep"));
    let per = args
        .get(2)
        .copied()
        .or(crate::builtins::kwarg(kw, "bytes_per_sep"));
    let s = crate::builtins::bytes::hex_text(vm, &data, sep, per)?;
    Ok(vm.new_str(s))
}

fn cast(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "cast", args, 1, 2)?;
    let m = this(vm, args, "cast")?;
    let f = crate::builtins::str_arg(vm, args[1], "cast() argument 'format'")?;
    let f = f.strip_prefix('@').unwrap_or(&f);
    let mut cs = f.chars();
    let format = match (cs.next(), cs.next()) {
        (Some(c), None) if c != 'w' && item_size(c).is_some() => c,
        _ => {
            return Err(vm.value_error(
                "memoryview: destination format must be a native single character format prefixed with an optional '@'",
            ))
        }
    };
    let size = item_size(m.format).unwrap_or(1);
    if m.step != size as isize {
        return Err(vm.type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    let nbytes = m.len * size;
    let new_size = item_size(format).unwrap_or(1);
    if !nbytes.is_multiple_of(new_size) {
        return Err(vm.type_error("memoryview: length is not a multiple of itemsize"));
    }
    let view = MemView {
        obj: m.obj,
        start: m.start,
        len: nbytes / new_size,
        readonly: m.readonly,
        step: new_size as isize,
        format,
        released: std::cell::Cell::new(false),
        hash: std::cell::Cell::new(None),
    };
    Ok(new_view(vm, view))
}

fn release(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "release", args, 0, 0)?;
    if let Some(Payload::MemoryView(m)) = args[0].payload() {
        m.released.set(true);
    }
    Ok(Value::None)
}

fn toreadonly(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let m = this(vm, args, "toreadonly")?;
    let view = MemView {
        obj: m.obj,
        start: m.start,
        len: m.len,
        readonly: true,
        step: m.step,
        format: m.format,
        released: std::cell::Cell::new(false),
        hash: std::cell::Cell::new(None),
    };
    Ok(new_view(vm, view))
}

fn dunder_len(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let m = this(vm, args, "__len__")?;
    Ok(Value::Int(m.len as i64))
}

fn dunder_getitem(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__getitem__", args, 1, 1)?;
    let m = this(vm, args, "__getitem__")?;
    let key = args[1];
    if matches!(key.payload(), Some(Payload::Slice { .. })) {
        let idx = vm.slice_indices(key, m.len)?;
        let start = m.start as isize + idx.start as isize * m.step;
        let view = MemView {
            obj: m.obj,
            start: start.max(0) as usize,
            len: idx.len,
            readonly: m.readonly,
            step: m.step * idx.step as isize,
            format: m.format,
            released: std::cell::Cell::new(false),
            hash: std::cell::Cell::new(None),
        };
        return Ok(new_view(vm, view));
    }
    let j = item_index(vm, m, key)?;
    readable(vm, m.format)?;
    let size = item_size(m.format).unwrap_or(1);
    let data = view_bytes(m).unwrap_or_default();
    match data.get(j * size..j * size + size) {
        Some(raw) => Ok(unpack(vm, m.format, raw)),
        None => Err(vm.index_error("index out of bounds on dimension 1")),
    }
}

/// The item index `key` selects, checked against the view's length.
fn item_index(vm: &mut Vm, m: &MemView, key: Value) -> PyResult<usize> {
    if crate::interp::arith::as_int(&key).is_none() {
        return Err(vm.type_error("memoryview: invalid slice key"));
    }
    let i = vm.index_value(key, "memoryview")?;
    let n = m.len as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("index out of bounds on dimension 1"));
    }
    Ok(j as usize)
}

/// The bytes of one item `v` in format `format`, or CPython's error.
fn pack(vm: &mut Vm, format: char, v: Value) -> PyResult<Vec<u8>> {
    let size = item_size(format).unwrap_or(1);
    if format == 'c' {
        return match v.payload() {
            Some(Payload::Bytes(b)) if b.len() == 1 => Ok(b.to_vec()),
            _ => Err(vm.type_error("memoryview: invalid type for format 'c'")),
        };
    }
    if format == 'f' || format == 'd' {
        let x = match v {
            Value::Float(f) => f,
            Value::Int(i) => i as f64,
            _ => {
                let msg = format!("memoryview: invalid type for format '{format}'");
                return Err(vm.type_error(msg));
            }
        };
        return Ok(if format == 'f' {
            (x as f32).to_le_bytes().to_vec()
        } else {
            x.to_le_bytes().to_vec()
        });
    }
    let Some(i) = (match v {
        Value::Int(i) => Some(i as i128),
        Value::Bool(b) => Some(b as i128),
        _ => match v.payload() {
            Some(Payload::BigInt(b)) => {
                Some(num_traits::ToPrimitive::to_i128(b).unwrap_or(i128::MAX))
            }
            _ => None,
        },
    }) else {
        let msg = format!("memoryview: invalid type for format '{format}'");
        return Err(vm.type_error(msg));
    };
    let bits = size as u32 * 8;
    let signed = format.is_ascii_lowercase();
    let (lo, hi) = if signed {
        (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
    } else {
        (0, (1i128 << bits) - 1)
    };
    if i < lo || i > hi || (format == '?' && !(0..=1).contains(&i)) {
        let msg = format!("memoryview: invalid value for format '{format}'");
        return Err(vm.value_error(msg));
    }
    Ok((i as u128).to_le_bytes()[..size].to_vec())
}

fn dunder_setitem(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__setitem__", args, 2, 2)?;
    let m = this(vm, args, "__setitem__")?;
    if m.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    let target = match &m.obj.payload {
        Payload::ByteArray(b) => b,
        Payload::Array(a) => &a.data,
        _ => return Err(vm.type_error("cannot modify read-only memory")),
    };
    let size = item_size(m.format).unwrap_or(1);
    let key = args[1];
    // (byte offset of each item written, its bytes)
    let writes: Vec<(isize, Vec<u8>)> = if matches!(key.payload(), Some(Payload::Slice { .. })) {
        let idx = vm.slice_indices(key, m.len)?;
        // The source must have the view's item format (bytes-like objects are 'B').
        let src_format = match args[2].payload() {
            Some(Payload::MemoryView(o)) => o.format,
            Some(Payload::Array(a)) if a.code == 'u' => 'w',
            Some(Payload::Array(a)) => a.code,
            _ => 'B',
        };
        if src_format != m.format {
            return Err(vm.value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        let src = match buffer(&args[2]) {
            Some(b) => b,
            None => {
                let msg = format!(
                    "a bytes-like object is required, not '{}'",
                    vm.type_name(args[2])
                );
                return Err(vm.type_error(msg));
            }
        };
        if src.len() != idx.len * size {
            return Err(vm.value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        idx.indices()
            .zip(src.chunks(size))
            .map(|(i, c)| (m.start as isize + i as isize * m.step, c.to_vec()))
            .collect()
    } else {
        let j = item_index(vm, m, key)?;
        let raw = pack(vm, m.format, args[2])?;
        vec![(m.start as isize + j as isize * m.step, raw)]
    };
    let mut data = target.borrow_mut();
    for (at, raw) in writes {
        if at >= 0 {
            if let Some(dst) = data.get_mut(at as usize..at as usize + raw.len()) {
                dst.copy_from_slice(&raw);
            }
        }
    }
    Ok(Value::None)
}

fn dunder_delitem(vm: &mut Vm, _args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Err(vm.type_error("cannot delete memory"))
}

fn dunder_iter(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let m = this(vm, args, "__iter__")?;
    let items = items(vm, m)?;
    let list = vm.new_list(items);
    vm.get_iter(list)
}

fn dunder_enter(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    this(vm, args, "__enter__")?;
    Ok(args[0])
}

fn dunder_exit(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    release(vm, &args[..1.min(args.len())], &[])
}

fn dunder_eq(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__eq__", args, 1, 1)?;
    if args[0].is(args[1]) {
        return Ok(Value::Bool(true));
    }
    let Some(Payload::MemoryView(m)) = args[0].payload() else {
        return Ok(vm.not_implemented());
    };
    if m.released.get() {
        return Ok(Value::Bool(false));
    }
    let mine = items(vm, m)?;
    // The other side's items by its own format (an array's typecode, bytes as 'B').
    let theirs = match args[1].payload() {
        Some(Payload::MemoryView(o)) if !o.released.get() => items(vm, o)?,
        Some(Payload::Array(a)) => {
            let size = crate::builtins::array::item_size(a.code);
            let format = if a.code == 'u' { 'w' } else { a.code };
            readable(vm, format)?;
            let data = a.data.borrow().clone();
            data.chunks(size).map(|c| unpack(vm, format, c)).collect()
        }
        _ => match buffer(&args[1]) {
            Some(b) => b.iter().map(|&x| Value::Int(x as i64)).collect(),
            None => return Ok(vm.not_implemented()),
        },
    };
    if mine.len() != theirs.len() {
        return Ok(Value::Bool(false));
    }
    for (a, b) in mine.into_iter().zip(theirs) {
        if !vm.eq(a, b)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn dunder_hash(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    if let Some(Payload::MemoryView(m)) = args.first().and_then(|v| v.payload()) {
        if let Some(h) = m.hash.get() {
            return Ok(Value::Int(h));
        }
    }
    let m = this(vm, args, "__hash__")?;
    if !m.readonly || !matches!(m.obj.payload, Payload::Bytes(_)) {
        return Err(vm.value_error("cannot hash writable memoryview object"));
    }
    let data = view_bytes(m).unwrap_or_default();
    let h = crate::object::str_hash::hash_bytes(&data);
    m.hash.set(Some(h));
    Ok(Value::Int(h))
}

fn get_readonly(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Ok(Value::Bool(this(vm, args, "readonly")?.readonly))
}

fn get_format(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let f = this(vm, args, "format")?.format;
    Ok(vm.new_char(f))
}

fn get_itemsize(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let f = this(vm, args, "itemsize")?.format;
    Ok(Value::Int(item_size(f).unwrap_or(1) as i64))
}

fn get_nbytes(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let m = this(vm, args, "nbytes")?;
    Ok(Value::Int(
        (m.len * item_size(m.format).unwrap_or(1)) as i64,
    ))
}

fn get_ndim(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    this(vm, args, "ndim")?;
    Ok(Value::Int(1))
}

fn get_shape(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let n = this(vm, args, "shape")?.len;
    Ok(vm.new_tuple(vec![Value::Int(n as i64)]))
}

fn get_strides(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let s = this(vm, args, "strides")?.step;
    Ok(vm.new_tuple(vec![Value::Int(s as i64)]))
}

fn get_obj(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Ok(Value::Obj(this(vm, args, "obj")?.obj))
}

fn get_suboffsets(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    this(vm, args, "suboffsets")?;
    Ok(vm.new_tuple(Vec::new()))
}

fn get_contiguous(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let m = this(vm, args, "contiguous")?;
    let size = item_size(m.format).unwrap_or(1) as isize;
    Ok(Value::Bool(m.step == size || m.len <= 1))
}

/// `repr(memoryview)`.
pub(crate) fn repr(m: &MemView, addr: usize) -> String {
    if m.released.get() {
        format!("<released memory at {addr:#x}>")
    } else {
        format!("<memory at {addr:#x}>")
    }
}
