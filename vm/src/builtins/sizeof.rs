//! `object.__sizeof__` and `sys.getsizeof`. Krait's objects are not laid out as CPython's,
//! so the sizes are CPython 3.11's for the same values on a 64-bit build where its formula
//! is simple and public (str's compact layouts, int's 30-bit digits, bytes, tuples), and
//! the base object size elsewhere: code that sizes strings (`test_unicode`'s memory
//! checks) gets CPython's figures, and a class's own `__sizeof__` is honoured.

use krait_gc::Gc;

use crate::builtins::{arity, kwarg, method, method_arity};
use crate::error::PyResult;
use crate::object::function::KwArgs;
use crate::object::{Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

/// CPython's `PyObject` header: a reference count and a type pointer.
const HEADER: i64 = 16;
/// The collector's header in front of every object CPython's collector tracks.
const GC_HEADER: i64 = 16;

pub(crate) fn install(vm: &mut Vm) {
    let object = vm.s.types.object;
    method(vm, object, "__sizeof__", object_sizeof);
}

/// Adds `getsizeof` to the `sys` module `sys`.
pub(crate) fn add(vm: &mut Vm, sys: Gc<Object>) {
    let f = crate::builtins::new_builtin(
        vm,
        "getsizeof",
        getsizeof,
        crate::object::BuiltinKind::Function,
        true,
    );
    if let Payload::Module(m) = &sys.payload {
        let key = vm.intern("getsizeof");
        let _ = vm.store_name(m.dict, key, f);
    }
}

/// `object.__sizeof__()`.
fn object_sizeof(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__sizeof__", args, 0, 0)?;
    Ok(Value::Int(basic_size(args[0])))
}

/// The size CPython 3.11 reports for `v` (without the collector's header).
fn basic_size(v: Value) -> i64 {
    let int_size = |bits: u64| 24 + 4 * (bits.div_ceil(30)).max(1) as i64;
    let o = match v {
        Value::None => return HEADER,
        Value::Bool(_) => return 28,
        Value::Int(i) => return int_size(64 - i.unsigned_abs().leading_zeros() as u64),
        Value::Float(_) => return 24,
        Value::Obj(o) => o,
    };
    let len = |n: usize| n as i64;
    match &o.payload {
        Payload::Str(s) => {
            let n = len(s.char_len());
            if s.is_ascii() {
                return 48 + n + 1;
            }
            let widest = s
                .as_str()
                .chars()
                .map(|c| krait_ast::surrogate::code_point(c) as u32)
                .max()
                .unwrap_or(0);
            let kind = if widest < 0x100 {
                1
            } else if widest < 0x10000 {
                2
            } else {
                4
            };
            72 + kind * (n + 1)
        }
        Payload::BigInt(b) => int_size(b.bits()),
        Payload::Float(_) => 24,
        Payload::Complex { .. } => 32,
        Payload::Bytes(b) => 33 + len(b.len()),
        Payload::ByteArray(b) => {
            let n = len(b.borrow().len());
            56 + if n == 0 { 0 } else { n + 1 }
        }
        Payload::Tuple(t) => 24 + 8 * len(t.len()),
        Payload::List(l) => 40 + 8 * len(l.borrow().len()),
        Payload::Range { .. } => 48,
        _ => HEADER + 8,
    }
}

/// `sys.getsizeof(object[, default])`: the object's type's `__sizeof__`, plus what CPython
/// keeps in front of the object.
fn getsizeof(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "getsizeof", args, 1, 2)?;
    let default = args.get(1).copied().or_else(|| kwarg(kw, "default"));
    let obj = args[0];
    match size_of(vm, obj) {
        Ok(n) => Ok(Value::Int(n + gc_overhead(obj))),
        Err(e) if default.is_some() && vm.exc_matches(e, vm.s.types.type_error) => {
            Ok(default.unwrap_or(Value::None))
        }
        Err(e) => Err(e),
    }
}

/// What CPython allocates in front of an object: the collector's header for the types
/// its collector knows (containers, whether currently tracked or not), and the dict
/// pointers a class instance with a `__dict__` keeps before that.
fn gc_overhead(obj: Value) -> i64 {
    let Value::Obj(o) = obj else { return 0 };
    match &o.payload {
        Payload::Instance(_) if o.class().as_class().is_some_and(|c| !c.dictless.get()) => {
            GC_HEADER + 16
        }
        p if p.is_atomic() => 0,
        _ => GC_HEADER,
    }
}

fn size_of(vm: &mut Vm, obj: Value) -> PyResult<i64> {
    let class = vm.type_of(obj);
    let key = vm.intern("__sizeof__");
    let Some(f) = vm.type_lookup(class, key) else {
        let msg = format!("Type {} doesn't define __sizeof__", vm.class_name(class));
        return Err(vm.type_error(msg));
    };
    let bound = vm.bind(f, obj, class)?;
    let r = vm.call_value(bound, &[], &[])?;
    let n = match r {
        Value::Int(n) => n,
        Value::Bool(b) => b as i64,
        _ if matches!(r.payload(), Some(Payload::BigInt(_))) => {
            return Err(vm.overflow_error("Python int too large to convert to C ssize_t"));
        }
        _ => return Err(vm.type_error("an integer is required")),
    };
    if n < 0 {
        return Err(vm.value_error("__sizeof__() should return >= 0"));
    }
    Ok(n)
}
