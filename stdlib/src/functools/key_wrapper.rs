//! `functools.cmp_to_key`: turns an old-style comparison function into a key function.
//! What it returns is a `functools.KeyWrapper` holding the comparison; calling that wraps
//! an object in another `KeyWrapper` (holding the comparison and the object) whose rich
//! comparisons compare `cmp(a, b)` with 0.

use krait_gc::Gc;

use krait_vm::builtins::native::{
    bind, class_attr, compare, getter, keep_class, kept_class, new_class, new_object_with, state,
    values, Sig,
};
use krait_vm::error::PyResult;
use krait_vm::object::function::KwArgs;
use krait_vm::object::{NativeFn, Object};
use krait_vm::value::Value;
use krait_vm::vm::Vm;

/// Where the class is kept (see `native::keep_class`).
pub(crate) const KEY: &str = "_functools.KeyWrapper";

/// A `KeyWrapper`'s state: whether it wraps an object (its values are the comparison
/// function and that object).
struct KeyState {
    has_obj: bool,
}

const CMP_TO_KEY: Sig = Sig {
    name: "cmp_to_key",
    module: "functools",
    params: &["mycmp"],
    posonly: 0,
    maxpos: 1,
    required: 1,
};

const CALL: Sig = Sig {
    name: "K",
    module: "functools",
    params: &["obj"],
    posonly: 0,
    maxpos: 1,
    required: 1,
};

/// Makes the `KeyWrapper` class and keeps it.
pub(crate) fn make_class(vm: &mut Vm) {
    let methods: &[(&'static str, NativeFn)] = &[
        ("__call__", key_call),
        ("__lt__", |vm, a, _| richcompare(vm, a, 0)),
        ("__le__", |vm, a, _| richcompare(vm, a, 1)),
        ("__eq__", |vm, a, _| richcompare(vm, a, 2)),
        ("__ne__", |vm, a, _| richcompare(vm, a, 3)),
        ("__gt__", |vm, a, _| richcompare(vm, a, 4)),
        ("__ge__", |vm, a, _| richcompare(vm, a, 5)),
    ];
    let class = new_class(vm, "functools", "KeyWrapper", Some(key_new), methods);
    getter(vm, class, "obj", get_obj);
    class_attr(vm, class, "__hash__", Value::None);
    keep_class(vm, KEY, class);
}

fn class(vm: &Vm) -> Gc<Object> {
    kept_class(vm, KEY).unwrap_or_else(|| vm.types().object)
}

/// The class cannot be called directly: only `cmp_to_key` makes its instances.
fn key_new(vm: &mut Vm, _args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Err(vm.type_error("cannot create 'functools.KeyWrapper' instances"))
}

/// `cmp_to_key(mycmp)`.
pub(crate) fn cmp_to_key(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let bound = bind(vm, &CMP_TO_KEY, args, kw)?;
    let cmp = bound[0].unwrap_or(Value::None);
    let cls = class(vm);
    Ok(new_object_with(
        vm,
        cls,
        KeyState { has_obj: false },
        vec![cmp, Value::None],
    ))
}

/// The comparison and the wrapped object (if any) of a `KeyWrapper`.
fn parts(v: Value) -> Option<(Value, Option<Value>)> {
    let has_obj = state::<KeyState>(&v)?.has_obj;
    let vals = values(&v)?.borrow().clone();
    let cmp = vals.first().copied()?;
    let obj = vals.get(1).copied().filter(|_| has_obj);
    Some((cmp, obj))
}

/// `K(obj)`: `obj` wrapped for comparison by the same function.
fn key_call(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let me = args.first().copied().unwrap_or(Value::None);
    let Some((cmp, _)) = parts(me) else {
        return Err(vm.type_error("descriptor '__call__' requires a 'functools.KeyWrapper'"));
    };
    let bound = bind(vm, &CALL, &args[1..], kw)?;
    let obj = bound[0].unwrap_or(Value::None);
    let cls = class(vm);
    Ok(new_object_with(
        vm,
        cls,
        KeyState { has_obj: true },
        vec![cmp, obj],
    ))
}

/// `a OP b` for two wrapped objects: `cmp(a.obj, b.obj) OP 0`.
fn richcompare(vm: &mut Vm, args: &[Value], op: u8) -> PyResult<Value> {
    let me = args.first().copied().unwrap_or(Value::None);
    let other = args.get(1).copied().unwrap_or(Value::None);
    let (Some((cmp, Some(a))), Some((_, Some(b)))) = (parts(me), parts(other)) else {
        return Err(vm.type_error("other argument must be K instance"));
    };
    let res = vm.call_value(cmp, &[a, b], &[])?;
    compare(vm, res, Value::Int(0), op)
}

/// `k.obj`: the wrapped object.
fn get_obj(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let me = args.first().copied().unwrap_or(Value::None);
    match parts(me) {
        Some((_, Some(obj))) => Ok(obj),
        _ => Err(vm.attribute_error("obj")),
    }
}
