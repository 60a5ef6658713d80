//! The `marshal` module: values to bytes and back in Krait's own format, the payload
//! encoding of the bytecode cache (`krait_bytecode::cache`). Scalars, tuples and code
//! objects are written exactly as the cache writes constants; lists, dicts, sets,
//! frozensets and the `StopIteration` class use tags only marshal writes. Loading treats its
//! input as hostile (the cache's `Reader` bounds-checks every read and limits nesting), and
//! a loaded code object must pass `krait_compiler::verify` before it becomes a code value,
//! so `exec(marshal.loads(data))` cannot run malformed bytecode.
//!
//! Only exact builtin types are marshalled (a subclass of list is "unmarshallable"), as in
//! CPython. There are no back-references to shared objects: a value reachable twice is
//! written twice, and a container that contains itself is "too deeply nested".

use krait_bytecode::cache::{tag, LoadError, Reader, Writer, MAX_DEPTH};
use krait_bytecode::Constant;
use krait_gc::Gc;

use krait_vm::builtins::{arity, kwarg, module_functions, new_module};
use krait_vm::error::PyResult;
use krait_vm::object::function::KwArgs;
use krait_vm::object::{Dict, NativeFn, Object, Payload};
use krait_vm::value::Value;
use krait_vm::vm::Vm;

/// The `StopIteration` class (CPython marshals it for generator code of old versions).
const STOP_ITERATION: u8 = b'S';

/// `marshal.version`: the level of CPython's marshal interface Krait follows (what `dumps`
/// accepts as its `version` argument). The bytes themselves are Krait's own format.
const VERSION: i64 = 4;

/// Creates `marshal`.
pub(crate) fn create(vm: &mut Vm) -> Gc<Object> {
    let funcs: &[(&'static str, NativeFn)] = &[
        ("dumps", dumps),
        ("loads", loads),
        ("dump", dump),
        ("load", load),
    ];
    let mut attrs = module_functions(vm, funcs);
    attrs.push(("version", Value::Int(VERSION)));
    new_module(vm, "marshal", attrs)
}

/// `marshal.dumps(value, version=4, /)`.
fn dumps(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "dumps", args, 1, 2)?;
    check_version(vm, args.get(1).copied())?;
    let bytes = encode(vm, args[0])?;
    Ok(new_bytes(vm, bytes))
}

/// `marshal.dump(value, file, version=4, /)`: writes the bytes with `file.write`.
fn dump(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "dump", args, 2, 3)?;
    check_version(vm, args.get(2).copied())?;
    let bytes = encode(vm, args[0])?;
    let bytes = new_bytes(vm, bytes);
    let write = vm.intern("write");
    let write = vm.get_attr(args[1], write)?;
    vm.call_value(write, &[bytes], &[])?;
    Ok(Value::None)
}

/// `marshal.loads(bytes, /)`: the first value in `bytes` (anything after it is ignored, as
/// in CPython).
fn loads(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "loads", args, 1, 1)?;
    let _ = kwarg(kw, "allow_code");
    let data = krait_vm::builtins::bytes::buffer_arg(vm, args[0])?;
    let mut reader = Reader::new(&data);
    decode(vm, &mut reader)
}

/// `marshal.load(file, /)`: reads the rest of `file`, decodes one value and, when the file
/// can seek, leaves its position just after that value so the next `load` reads the next one.
fn load(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "load", args, 1, 1)?;
    let file = args[0];
    let tell = vm.intern("tell");
    let start = match vm.get_attr(file, tell) {
        Ok(tell) => match vm.call_value(tell, &[], &[]) {
            Ok(Value::Int(n)) => Some(n),
            _ => None,
        },
        Err(_) => None,
    };
    let read = vm.intern("read");
    let read = vm.get_attr(file, read)?;
    let data = vm.call_value(read, &[], &[])?;
    let data = match data.payload() {
        Some(Payload::Bytes(b)) => b.to_vec(),
        _ => {
            let name = vm.type_name(data);
            let msg = format!("file.read() returned not bytes but {name}");
            return Err(vm.type_error(msg));
        }
    };
    let mut reader = Reader::new(&data);
    let value = decode(vm, &mut reader)?;
    if let Some(start) = start {
        let used = (data.len() - reader.remaining()) as i64;
        let seek = vm.intern("seek");
        if let Ok(seek) = vm.get_attr(file, seek) {
            vm.call_value(seek, &[Value::Int(start + used)], &[])?;
        }
    }
    Ok(value)
}

fn check_version(vm: &mut Vm, version: Option<Value>) -> PyResult<()> {
    match version {
        None | Some(Value::Int(_)) | Some(Value::Bool(_)) => Ok(()),
        Some(v) => {
            let name = vm.type_name(v);
            let msg = format!("'{name}' object cannot be interpreted as an integer");
            Err(vm.type_error(msg))
        }
    }
}

fn new_bytes(vm: &mut Vm, bytes: Vec<u8>) -> Value {
    Value::Obj(vm.alloc(vm.types().bytes, Payload::Bytes(bytes.into_boxed_slice())))
}

// ---- dumping ----

fn encode(vm: &mut Vm, value: Value) -> PyResult<Vec<u8>> {
    let mut writer = Writer::new();
    write_value(vm, &mut writer, value, 0)?;
    Ok(writer.finish())
}

fn unmarshallable(vm: &mut Vm) -> krait_vm::error::Exception {
    vm.value_error("unmarshallable object")
}

fn write_value(vm: &mut Vm, w: &mut Writer, value: Value, depth: usize) -> PyResult<()> {
    if depth >= MAX_DEPTH {
        return Err(vm.value_error("object too deeply nested to marshal"));
    }
    let obj = match value {
        Value::None => {
            w.constant(&Constant::None);
            return Ok(());
        }
        Value::Bool(b) => {
            w.constant(&Constant::Bool(b));
            return Ok(());
        }
        Value::Int(n) => {
            w.constant(&Constant::Int(n));
            return Ok(());
        }
        Value::Float(x) => {
            w.constant(&Constant::Float(x));
            return Ok(());
        }
        Value::Obj(obj) => obj,
    };
    let class = obj.class();
    let types = vm.types();
    let exact = |t: Gc<Object>| Gc::ptr_eq(class, t);
    if Gc::ptr_eq(obj, vm.types().stop_iteration) {
        w.byte(STOP_ITERATION);
        return Ok(());
    }
    let items: Vec<Value>;
    let kind: u8;
    match &obj.payload {
        Payload::Ellipsis => {
            w.constant(&Constant::Ellipsis);
            return Ok(());
        }
        Payload::Str(s) if exact(types.str) => {
            w.byte(tag::STR);
            w.str(s.as_str());
            return Ok(());
        }
        Payload::BigInt(n) if exact(types.int) => {
            w.constant(&Constant::BigInt(n.clone()));
            return Ok(());
        }
        Payload::Complex { re, im } if exact(types.complex) => {
            w.constant(&Constant::Complex {
                real: *re,
                imag: *im,
            });
            return Ok(());
        }
        Payload::Bytes(b) if exact(types.bytes) => {
            w.byte(tag::BYTES);
            w.len(b.len());
            w.raw(b);
            return Ok(());
        }
        Payload::Code(code) if exact(types.code) => {
            w.code(&code.code);
            return Ok(());
        }
        Payload::Tuple(t) if exact(types.tuple) => {
            kind = tag::TUPLE;
            items = t.to_vec();
        }
        Payload::List(l) if exact(types.list) => {
            kind = tag::LIST;
            items = l.borrow().clone();
        }
        Payload::Set(s) if exact(types.set) || exact(types.frozenset) => {
            kind = if exact(types.set) {
                tag::SET
            } else {
                tag::FROZENSET
            };
            items = s.borrow().iter().map(|(_, v)| v).collect();
        }
        Payload::Dict(d) if exact(types.dict) => {
            kind = tag::DICT;
            items = d.borrow().iter().flat_map(|e| [e.key, e.value]).collect();
        }
        _ => return Err(unmarshallable(vm)),
    }
    w.byte(kind);
    w.len(if kind == tag::DICT {
        items.len() / 2
    } else {
        items.len()
    });
    for item in items {
        write_value(vm, w, item, depth + 1)?;
    }
    Ok(())
}

// ---- loading ----

/// CPython's exception for each way the bytes can be wrong.
fn load_error(vm: &mut Vm, err: LoadError) -> krait_vm::error::Exception {
    match err {
        LoadError::Truncated => vm.new_error(vm.types().eof_error, "marshal data too short"),
        other => {
            let msg = format!("bad marshal data ({other})");
            vm.value_error(msg)
        }
    }
}

fn decode(vm: &mut Vm, r: &mut Reader<'_>) -> PyResult<Value> {
    if r.remaining() == 0 {
        return Err(vm.new_error(vm.types().eof_error, "EOF read where object expected"));
    }
    read_value(vm, r)
}

fn read_value(vm: &mut Vm, r: &mut Reader<'_>) -> PyResult<Value> {
    let t = r.byte().map_err(|e| load_error(vm, e))?;
    let container = matches!(
        t,
        tag::TUPLE | tag::LIST | tag::DICT | tag::SET | tag::FROZENSET
    );
    if t == STOP_ITERATION {
        return Ok(Value::Obj(vm.types().stop_iteration));
    }
    if !container {
        let constant = r.constant_with_tag(t).map_err(|e| load_error(vm, e))?;
        if let Constant::Code(code) = &constant {
            if let Err(why) = krait_compiler::verify(code) {
                let msg = format!("bad marshal data (invalid code object: {why})");
                return Err(vm.value_error(msg));
            }
        }
        return Ok(constant_value(vm, constant));
    }
    let per_item = if t == tag::DICT { 2 } else { 1 };
    let n = r.len(per_item).map_err(|e| load_error(vm, e))?;
    r.enter().map_err(|e| load_error(vm, e))?;
    let mut items = Vec::with_capacity(n * per_item);
    for _ in 0..n * per_item {
        items.push(read_value(vm, r)?);
    }
    r.leave();
    Ok(match t {
        tag::TUPLE => vm.new_tuple(items),
        tag::LIST => vm.new_list(items),
        tag::SET => vm.new_set_from(items, false)?,
        tag::FROZENSET => vm.new_set_from(items, true)?,
        _ => {
            let dict = vm.new_dict(Dict::new());
            let mut it = items.into_iter();
            while let (Some(k), Some(v)) = (it.next(), it.next()) {
                vm.dict_set(dict, k, v)?;
            }
            dict
        }
    })
}

/// A decoded constant as a value, converted as compiled constants are; code objects
/// (already verified) become code values.
fn constant_value(vm: &mut Vm, constant: Constant) -> Value {
    match constant {
        Constant::Code(code) => Value::Obj(vm.load_code(&code)),
        Constant::Str(s) => vm.new_str(&s),
        other => vm.const_value(&other),
    }
}
