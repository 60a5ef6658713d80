//! The builtins: functions in the `builtins` module, the methods of the builtin types, and
//! the builtin modules `sys`, `math` and `time`. Each file registers its part at start-up.

use krait_gc::Gc;

use crate::error::{Exception, PyResult};
use crate::object::function::KwArgs;
use crate::object::{Builtin, BuiltinKind, Dict, Module, NativeFn, Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

pub(crate) mod array;
mod ast_objects;
mod ast_to_tree;
pub(crate) mod atexit_hook;
mod builtin_qualname;
pub(crate) mod bytearray;
pub mod bytes;
mod bytes_format;
mod cell_type;
mod class_bases;
mod classes;
pub(crate) mod codecs;
pub(crate) mod compile;
pub mod complex;
pub(crate) mod contextvars;
pub(crate) mod core;
pub(crate) mod coroutines;
pub(crate) mod dict;
mod exception_group;
mod exceptions;
mod faulthandler_module;
pub mod file;
mod float_hex;
mod frames;
mod function_type;
mod functional;
pub(crate) mod gc_module;
pub(crate) mod generator_attrs;
mod getset;
mod imp_module;
mod instance_check;
mod int_bytes;
mod iterators;
mod list;
pub(crate) mod mappingproxy;
pub(crate) mod memoryview;
mod module_type;
pub mod native;
pub mod numbers;
mod object;
pub mod os_extra;
mod pickling;
pub(crate) mod property;
mod set;
pub(crate) mod signal_delivery;
mod signal_module;
mod site;
mod sizeof;
mod slots;
pub(crate) mod std_streams;
mod stdlib_names;
pub mod str;
mod str_format;
mod str_translate;
pub(crate) mod sys;
mod sys_asyncgen;
mod sys_audit;
mod sys_coro_origin;
mod sys_extra;
mod sys_hooks;
pub(crate) mod thread_module;
mod time_clocks;
mod traceback_module;
pub mod unicode_tables;
pub(crate) mod unicodedata;
// Generated (vm/tools/gen_unicodedata.py): several runs per line, kept as written.
#[rustfmt::skip]
pub(crate) mod unicodedata_tables;
#[rustfmt::skip]
pub(crate) mod unicodedata_values;
mod unraisable;
mod warnings_support;
pub(crate) mod weakref_module;

/// Builtin class names visible in the `builtins` module.
const PUBLIC_TYPES: &[&str] = &[
    "type",
    "object",
    "bool",
    "int",
    "float",
    "str",
    "list",
    "tuple",
    "dict",
    "set",
    "frozenset",
    "bytes",
    "range",
    "slice",
    "property",
    "staticmethod",
    "classmethod",
    "super",
    "enumerate",
    "zip",
    "map",
    "filter",
    "reversed",
    "bytearray",
    "complex",
    "memoryview",
];

/// Installs every builtin into `vm`.
pub(crate) fn install(vm: &mut Vm) {
    let exposed = vm.s.types.exposed();
    for (name, class) in exposed {
        let is_exception = crate::object::class::is_subclass(class, vm.s.types.base_exception);
        if is_exception || PUBLIC_TYPES.contains(&name) {
            set_builtin(vm, name, Value::Obj(class));
        }
    }
    let os_error = Value::Obj(vm.s.types.os_error);
    set_builtin(vm, "EnvironmentError", os_error);
    set_builtin(vm, "IOError", os_error);
    set_builtin(vm, "None", Value::None);
    // Code run by `exec` with bare globals finds `__name__` here (a class body's
    // `__module__`), as in CPython.
    let name = vm.new_str("builtins");
    set_builtin(vm, "__name__", name);
    let ni = vm.not_implemented();
    set_builtin(vm, "NotImplemented", ni);
    let ellipsis = Value::Obj(vm.s.ellipsis);
    set_builtin(vm, "Ellipsis", ellipsis);
    set_builtin(vm, "True", Value::Bool(true));
    set_builtin(vm, "False", Value::Bool(false));
    object::install(vm);
    core::install(vm);
    functional::install(vm);
    numbers::install(vm);
    classes::install(vm);
    mappingproxy::install(vm);
    getset::install(vm);
    sizeof::install(vm);
    str::install(vm);
    list::install(vm);
    dict::install(vm);
    set::install(vm);
    exceptions::install(vm);
    exception_group::install(vm);
    iterators::install(vm);
    coroutines::install(vm);
    compile::install(vm);
    file::install(vm);
    bytes::install(vm);
    bytearray::install(vm);
    complex::install(vm);
    memoryview::install(vm);
    module_type::install(vm);
    slots::install(vm);
    frames::install(vm);
    function_type::install(vm);
    generator_attrs::install(vm);
    array::install(vm);
    cell_type::install(vm);
    let name = vm.new_str("builtins");
    let builtins = vm.s.builtins;
    let module = vm.alloc(
        vm.s.types.module,
        Payload::Module(Module {
            name,
            dict: builtins,
        }),
    );
    vm.add_module("builtins", module);
}

/// The modules implemented in Rust: `builtins` and what [`create_module`] makes. The
/// importer finds these before searching `sys.path`.
pub(crate) const NATIVE_MODULES: &[&str] = &[
    "builtins",
    "sys",
    "time",
    "gc",
    "_weakref",
    "_traceback",
    "io",
    "_imp",
    "_krait_warnings",
    "_signal",
    "_krait_thread",
    "_contextvars",
    "unicodedata",
    "array",
    "faulthandler",
];

/// The builtin module `name`, created on first import; `None` if there is no such module.
/// Every name it knows is in [`NATIVE_MODULES`].
pub(crate) fn create_module(vm: &mut Vm, name: &str) -> PyResult<Option<Gc<Object>>> {
    Ok(match name {
        "sys" => Some(sys::create(vm)),
        "time" => Some(sys::create_time(vm)),
        "gc" => Some(gc_module::create(vm)),
        "_weakref" => Some(weakref_module::create(vm)),
        "_traceback" => Some(traceback_module::create(vm)),
        "io" => Some(file::create_io(vm)?),
        "_imp" => Some(imp_module::create(vm)),
        "_krait_warnings" => Some(warnings_support::create(vm)),
        "_signal" => Some(signal_module::create(vm)),
        "_krait_thread" => Some(thread_module::create(vm)),
        "_contextvars" => Some(contextvars::create(vm)),
        "unicodedata" => Some(unicodedata::create(vm)),
        "array" => Some(array::create(vm)),
        "faulthandler" => Some(faulthandler_module::create(vm)),
        _ => None,
    })
}

/// Sets `builtins.name`.
pub(crate) fn set_builtin(vm: &mut Vm, name: &str, v: Value) {
    let key = vm.intern(name);
    let b = vm.s.builtins;
    let _ = vm.store_name(b, key, v);
}

/// A new builtin function object.
pub(crate) fn new_builtin(
    vm: &mut Vm,
    name: &'static str,
    func: NativeFn,
    kind: BuiltinKind,
    takes_kwargs: bool,
) -> Value {
    let b = Builtin {
        name,
        func,
        kind,
        takes_kwargs,
        owner: None,
        doc: Default::default(),
    };
    Value::Obj(vm.alloc(vm.s.types.builtin_function, Payload::Builtin(b)))
}

/// A native module's functions as module attributes (each taking keyword arguments).
pub fn module_functions(
    vm: &mut Vm,
    funcs: &[(&'static str, NativeFn)],
) -> Vec<(&'static str, Value)> {
    funcs
        .iter()
        .map(|&(name, f)| (name, new_builtin(vm, name, f, BuiltinKind::Function, true)))
        .collect()
}

/// Adds native functions (and any other values) to an existing module's namespace: how the
/// pieces of `sys` and `time` kept in their own files join those modules.
pub(crate) fn add_to_module(vm: &mut Vm, module: Gc<Object>, attrs: Vec<(&'static str, Value)>) {
    let Payload::Module(m) = &module.payload else {
        return;
    };
    let dict = m.dict;
    for (name, value) in attrs {
        let key = vm.intern(name);
        let _ = vm.store_name(dict, key, value);
    }
}

/// Registers a builtin function in the `builtins` module.
pub(crate) fn func(vm: &mut Vm, name: &'static str, f: NativeFn) {
    let v = new_builtin(vm, name, f, BuiltinKind::Function, true);
    set_builtin(vm, name, v);
}

/// Registers a method on a builtin class.
pub(crate) fn method(vm: &mut Vm, class: Gc<Object>, name: &'static str, f: NativeFn) {
    let v = new_builtin(vm, name, f, BuiltinKind::Method, true);
    set_class_attr(vm, class, name, v);
}

/// Registers a method of the given kind on a class.
pub(crate) fn method_kind(
    vm: &mut Vm,
    class: Gc<Object>,
    name: &'static str,
    f: NativeFn,
    kind: BuiltinKind,
) {
    let v = new_builtin(vm, name, f, kind, true);
    set_class_attr(vm, class, name, v);
}

/// Sets an attribute in a class namespace directly.
pub(crate) fn set_class_attr(vm: &mut Vm, class: Gc<Object>, name: &str, v: Value) {
    let key = vm.intern(name);
    let hash = vm.names_hash(key);
    if let Some(c) = class.as_class() {
        let mut d = c.dict.borrow_mut();
        match d.probe_str(hash, key) {
            Some(pos) => d.set_value_at(pos, v),
            None => d.insert_new(hash, Value::Obj(key), v),
        }
    }
    vm.class_version += 1;
}

/// A new module with the given attributes.
pub fn new_module(vm: &mut Vm, name: &str, attrs: Vec<(&str, Value)>) -> Gc<Object> {
    let dict = vm.new_dict(Dict::new());
    let Value::Obj(d) = dict else { unreachable!() };
    let name_v = vm.new_str(name);
    let key = vm.s.names.name;
    let _ = vm.store_name(d, key, name_v);
    for (k, v) in attrs {
        let key = vm.intern(k);
        let _ = vm.store_name(d, key, v);
    }
    vm.alloc(
        vm.s.types.module,
        Payload::Module(Module {
            name: name_v,
            dict: d,
        }),
    )
}

// ---- argument helpers ----

/// Checks the positional argument count; `name` as shown in messages.
#[inline]
pub fn arity(vm: &mut Vm, name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    Err(arity_error(vm, name, n, min, max))
}

/// The TypeError of a wrong argument count (out of line: every builtin call checks its
/// count inline, and only the error needs the formatting code).
#[cold]
#[inline(never)]
fn arity_error(vm: &mut Vm, name: &str, n: usize, min: usize, max: usize) -> Exception {
    let msg = if min == max && min == 1 {
        format!("{name}() takes exactly one argument ({n} given)")
    } else if min == max && min == 0 {
        format!("{name}() takes no arguments ({n} given)")
    } else if min == max {
        format!("{name} expected {min} arguments, got {n}")
    } else if n < min {
        format!(
            "{name} expected at least {min} argument{}, got {n}",
            if min == 1 { "" } else { "s" }
        )
    } else {
        format!(
            "{name} expected at most {max} argument{}, got {n}",
            if max == 1 { "" } else { "s" }
        )
    };
    vm.type_error(msg)
}

/// Checks the argument count of a method (`args[0]` is `self`, not counted).
#[inline]
pub fn method_arity(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    min: usize,
    max: usize,
) -> PyResult<()> {
    match args.split_first() {
        Some((_, rest)) => arity(vm, name, rest, min, max),
        None => Err(descriptor_needs_argument(vm, name)),
    }
}

#[cold]
#[inline(never)]
fn descriptor_needs_argument(vm: &mut Vm, name: &str) -> Exception {
    let msg = format!("descriptor '{name}' needs an argument");
    vm.type_error(msg)
}

/// The value of keyword argument `name`, if given.
pub fn kwarg(kw: KwArgs<'_>, name: &str) -> Option<Value> {
    kw.iter()
        .find(|(k, _)| matches!(&k.payload, Payload::Str(s) if s.as_str() == name))
        .map(|&(_, v)| v)
}

/// `NAME() takes no keyword arguments` when any are given.
pub fn no_kwargs(vm: &mut Vm, fname: &str, kw: KwArgs<'_>) -> PyResult<()> {
    if kw.is_empty() {
        return Ok(());
    }
    let msg = format!("{fname}() takes no keyword arguments");
    Err(vm.type_error(msg))
}

/// Keyword arguments to the `__new__` of a builtin type that takes none: an error when
/// the class is `exact` itself or leaves `__init__` to `object` (a subclass whose own
/// `__init__` takes keywords gets them there instead).
pub(crate) fn no_kwargs_for_new(
    vm: &mut Vm,
    fname: &str,
    cls: Gc<Object>,
    exact: Gc<Object>,
    kw: KwArgs<'_>,
) -> PyResult<()> {
    if kw.is_empty() {
        return Ok(());
    }
    let init = vm.type_lookup(cls, vm.s.names.init);
    if Gc::ptr_eq(cls, exact) || matches!(init, Some(i) if i.is(vm.s.object_init)) {
        return no_kwargs(vm, fname, kw);
    }
    Ok(())
}

/// Rejects keyword arguments not in `allowed`.
pub(crate) fn check_kwargs(
    vm: &mut Vm,
    fname: &str,
    kw: KwArgs<'_>,
    allowed: &[&str],
) -> PyResult<()> {
    for (k, _) in kw {
        let name = match &k.payload {
            Payload::Str(s) => s.as_str().to_owned(),
            _ => String::new(),
        };
        if !allowed.contains(&name.as_str()) {
            let msg = format!("'{name}' is an invalid keyword argument for {fname}()");
            return Err(vm.type_error(msg));
        }
    }
    Ok(())
}

/// The text of a str argument, or a TypeError naming the function.
pub fn str_arg(vm: &mut Vm, v: Value, what: &str) -> PyResult<String> {
    match v.payload() {
        Some(Payload::Str(s)) => Ok(s.as_str().to_owned()),
        _ => {
            let msg = format!("{what} must be str, not {}", vm.type_name(v));
            Err(vm.type_error(msg))
        }
    }
}

/// Whether class `cls` has an `__init__` other than `object`'s. CPython's constructors of
/// builtin iterators (`map`, `filter`, the `itertools` classes) refuse keyword arguments
/// unless a subclass defines one, which then receives them.
pub fn has_own_init(vm: &mut Vm, cls: Value) -> bool {
    let Some(cls) = cls.as_obj().filter(|c| c.as_class().is_some()) else {
        return false;
    };
    let init = vm.s.names.init;
    let own = vm.type_lookup(cls, init);
    let plain = vm.type_lookup(vm.s.types.object, init);
    !matches!((own, plain), (Some(a), Some(b)) if a.is(b))
}

/// An int argument as `i64`.
pub fn int_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(i),
        Value::Bool(b) => Ok(b as i64),
        _ => {
            if let Some(Payload::BigInt(b)) = v.payload() {
                return match num_traits::ToPrimitive::to_i64(b) {
                    Some(i) => Ok(i),
                    None => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
                };
            }
            if vm.type_lookup(vm.type_of(v), vm.s.names.index).is_some() {
                let r = vm.call_index(v)?;
                if let Value::Int(i) = r {
                    return Ok(i);
                }
                return Err(vm.overflow_error("Python int too large to convert to C ssize_t"));
            }
            let msg = format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            );
            Err(vm.type_error(msg))
        }
    }
}
