//! `_itertools`: the iterator classes CPython writes in C, written natively so that they
//! can be subclassed, have CPython's names and reprs, and pickle through `__reduce__`.
//! This file makes the module and holds what the classes share; each class (or family of
//! alike classes) lives in its own file. The bundled `itertools.py` imports these and keeps
//! Python versions of the rest.

mod accumulate;
mod chain;
mod combinatoric;
mod count;
mod cycle;
mod filtering;
mod groupby;
mod islice;
mod mapping;
mod repeat;
mod tee;
mod zipping;

use krait_gc::Gc;

use krait_vm::builtins::native::{kept_class, nest, new_class, next};
use krait_vm::builtins::{module_functions, new_module};
use krait_vm::error::PyResult;
use krait_vm::object::function::KwArgs;
use krait_vm::object::{NativeFn, Object, Payload};
use krait_vm::value::Value;
use krait_vm::vm::Vm;

/// Every class of the module: its name and where it is kept (see `native::keep_class`).
const CLASSES: &[(&str, &str)] = &[
    ("count", count::KEY),
    ("repeat", repeat::KEY),
    ("islice", islice::KEY),
    ("chain", chain::KEY),
    ("dropwhile", filtering::DROPWHILE),
    ("takewhile", filtering::TAKEWHILE),
    ("filterfalse", filtering::FILTERFALSE),
    ("starmap", mapping::STARMAP),
    ("compress", mapping::COMPRESS),
    ("accumulate", accumulate::KEY),
    ("cycle", cycle::KEY),
    ("pairwise", zipping::PAIRWISE),
    ("zip_longest", zipping::ZIP_LONGEST),
    ("product", combinatoric::PRODUCT),
    ("combinations", combinatoric::COMBINATIONS),
    ("combinations_with_replacement", combinatoric::CWR),
    ("permutations", combinatoric::PERMUTATIONS),
    ("groupby", groupby::GROUPBY),
    ("_grouper", groupby::GROUPER),
    ("_tee", tee::TEE),
    ("_tee_dataobject", tee::DATA),
];

/// Creates `_itertools`. Its classes are made once per VM and shared by every import.
pub(crate) fn create(vm: &mut Vm) -> PyResult<Gc<Object>> {
    if kept_class(vm, count::KEY).is_none() {
        count::make_class(vm);
        repeat::make_class(vm);
        chain::make_class(vm);
        filtering::make_classes(vm);
        mapping::make_classes(vm);
        islice::make_class(vm);
        accumulate::make_class(vm);
        cycle::make_class(vm);
        zipping::make_classes(vm);
        combinatoric::make_classes(vm);
        groupby::make_classes(vm);
        tee::make_classes(vm);
    }
    let mut attrs = module_functions(vm, &[("tee", tee::tee)]);
    for &(name, key) in CLASSES {
        if let Some(c) = kept_class(vm, key) {
            attrs.push((name, Value::Obj(c)));
        }
    }
    Ok(new_module(vm, "_itertools", attrs))
}

/// A class `itertools.name` with `__new__` `new`, `__iter__` returning the object and
/// `__next__` `next`, besides `methods`.
pub(crate) fn iterator_class(
    vm: &mut Vm,
    name: &str,
    new: NativeFn,
    next: NativeFn,
    methods: &[(&'static str, NativeFn)],
) -> Gc<Object> {
    let mut all: Vec<(&'static str, NativeFn)> = vec![("__iter__", iter_self), ("__next__", next)];
    all.extend_from_slice(methods);
    new_class(vm, "itertools", name, Some(new), &all)
}

/// `__iter__`: the iterator itself.
pub(crate) fn iter_self(_vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Ok(me(args))
}

/// A method's `self`.
pub(crate) fn me(args: &[Value]) -> Value {
    args.first().copied().unwrap_or(Value::None)
}

/// The class kept under `key`, else `object`.
pub(crate) fn class(vm: &Vm, key: &str) -> Gc<Object> {
    kept_class(vm, key).unwrap_or_else(|| vm.types().object)
}

/// The end of an iteration.
pub(crate) fn stop(vm: &mut Vm) -> krait_vm::error::Exception {
    vm.stop_iteration(Value::None)
}

/// `(type(obj), args)`: a `__reduce__` result rebuilding `obj` by calling its class.
pub(crate) fn reduce_call(vm: &mut Vm, obj: Value, args: Vec<Value>) -> Value {
    let cls = Value::Obj(vm.type_of(obj));
    let args = vm.new_tuple(args);
    vm.new_tuple(vec![cls, args])
}

/// The next item of `it` (`None` once exhausted), one level deeper toward the recursion
/// limit: iterators of this module over one another nest without bound otherwise.
pub(crate) fn next_item(vm: &mut Vm, it: Value) -> PyResult<Option<Value>> {
    nest(vm, "", |vm| next(vm, it))
}

/// CPython's TypeError for a method of `class` called on another kind of object `v`.
pub(crate) fn wrong_self(
    vm: &mut Vm,
    class: &str,
    method: &str,
    v: Value,
) -> krait_vm::error::Exception {
    let msg = format!(
        "descriptor '{method}' for 'itertools.{class}' objects doesn't apply to a '{}' object",
        vm.type_name(v)
    );
    vm.type_error(msg)
}

/// The items of a tuple value.
pub(crate) fn tuple_items(v: Value) -> Vec<Value> {
    match v.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    }
}

/// `types.GenericAlias(cls, item)`, shared with `_functools`.
pub(crate) use crate::functools::class_getitem;

/// The arguments after `cls` of a class taking exactly `n` positional arguments and no
/// keywords, with CPython's messages.
pub(crate) fn positional<'a>(
    vm: &mut Vm,
    name: &str,
    args: &'a [Value],
    kw: KwArgs<'_>,
    n: usize,
) -> PyResult<&'a [Value]> {
    if !kw.is_empty() && !own_init(vm, args) {
        let msg = format!("{name}() takes no keyword arguments");
        return Err(vm.type_error(msg));
    }
    let rest = args.get(1..).unwrap_or(&[]);
    if rest.len() != n {
        let msg = format!(
            "{name} expected {n} argument{}, got {}",
            if n == 1 { "" } else { "s" },
            rest.len()
        );
        return Err(vm.type_error(msg));
    }
    Ok(rest)
}

/// Whether the class a `__new__` was called with (`args[0]`) has an `__init__` other than
/// `object`'s: CPython's constructors then leave keyword arguments to that `__init__`.
pub(crate) fn own_init(vm: &mut Vm, args: &[Value]) -> bool {
    let cls = args.first().copied().unwrap_or(Value::None);
    krait_vm::builtins::has_own_init(vm, cls)
}
