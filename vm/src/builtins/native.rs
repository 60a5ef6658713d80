//! Shared pieces of the native modules that have classes of their own (`_socket`, `zlib`,
//! the hash modules, `select.poll`): builtin classes made at module creation, objects
//! carrying Rust state in `Payload::Native`, CPython's argument-clinic binding and messages,
//! and exception classes derived from builtin ones.

use std::any::Any;
use std::cell::{RefCell, RefMut};

use krait_gc::Gc;

use crate::error::{Exception, PyResult};
use crate::object::class::c3_mro;
use crate::object::function::KwArgs;
use crate::object::{BuiltinKind, ClassData, Dict, Layout, NativeFn, Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

/// A builtin class `module.name` (with `base`, else `object`) whose instances carry
/// native state; its methods are `methods`, its `__new__` (a static method) `new`.
pub fn new_class(
    vm: &mut Vm,
    module: &str,
    name: &str,
    new: Option<NativeFn>,
    methods: &[(&'static str, NativeFn)],
) -> Gc<Object> {
    let object = vm.s.types.object;
    new_subclass(vm, module, name, object, new, methods)
}

/// Like [`new_class`], deriving from `base` (another class made by [`new_class`]).
pub fn new_subclass(
    vm: &mut Vm,
    module: &str,
    name: &str,
    base: Gc<Object>,
    new: Option<NativeFn>,
    methods: &[(&'static str, NativeFn)],
) -> Gc<Object> {
    let bases = vec![base];
    let mut data = ClassData::new(name, bases.clone(), Dict::new(), Layout::Builtin);
    data.builtin = true;
    *data.module.borrow_mut() = module.to_owned();
    let class = vm.alloc(vm.s.types.type_, Payload::Class(Box::new(data)));
    let mut mro = vec![class];
    mro.extend(c3_mro(&bases).unwrap_or_default());
    if let Some(c) = class.as_class() {
        *c.mro.borrow_mut() = mro;
    }
    let module_name = vm.new_str(module);
    crate::builtins::set_class_attr(vm, class, "__module__", module_name);
    if let Some(new) = new {
        crate::builtins::method_kind(vm, class, "__new__", new, BuiltinKind::StaticMethod);
    }
    for &(name, f) in methods {
        crate::builtins::method(vm, class, name, f);
    }
    class
}

/// Makes a class made by [`new_class`] refuse subclasses, as CPython's native classes
/// without `Py_TPFLAGS_BASETYPE` do ("type 'm.X' is not an acceptable base type").
pub fn mark_final(class: Gc<Object>) {
    if let Some(c) = class.as_class() {
        c.final_class.set(true);
    }
}

/// Adds a class method to a class made by [`new_class`].
pub fn class_method(vm: &mut Vm, class: Gc<Object>, name: &'static str, f: NativeFn) {
    crate::builtins::method_kind(vm, class, name, f, BuiltinKind::ClassMethod);
}

/// Sets a class attribute (a constant such as `min`) on a class made by [`new_class`].
pub fn class_attr(vm: &mut Vm, class: Gc<Object>, name: &str, v: Value) {
    crate::builtins::set_class_attr(vm, class, name, v);
}

/// Keeps `class` for the rest of the VM's life under `key` (a native module's classes,
/// shared by every import of the module, as CPython's static types are).
pub fn keep_class(vm: &mut Vm, key: &str, class: Gc<Object>) {
    vm.s.import_classes.insert(key.to_owned(), class);
}

/// A class kept by [`keep_class`].
pub fn kept_class(vm: &Vm, key: &str) -> Option<Gc<Object>> {
    vm.s.import_classes.get(key).copied()
}

/// Stores a value a native object refers to (native state cannot hold values the
/// collector must see) in the object's attribute dict under `key`, making the dict if
/// needed.
pub fn set_held(vm: &mut Vm, obj: Value, key: &str, value: Value) -> PyResult<()> {
    let Value::Obj(o) = obj else { return Ok(()) };
    let dict = match o.ext_dict() {
        Some(d) => d,
        None => {
            let d = vm.new_dict(Dict::new());
            let Value::Obj(d) = d else { return Ok(()) };
            o.set_ext_dict(d);
            d
        }
    };
    let k = vm.new_str(key);
    vm.dict_set(Value::Obj(dict), k, value)
}

/// A value stored by [`set_held`].
pub fn held(vm: &mut Vm, obj: Value, key: &str) -> PyResult<Option<Value>> {
    let Value::Obj(o) = obj else { return Ok(None) };
    let Some(dict) = o.ext_dict() else {
        return Ok(None);
    };
    let k = vm.new_str(key);
    vm.dict_get(Value::Obj(dict), k)
}

/// Adds a property with a native getter to a class made by [`new_class`].
pub fn getter(vm: &mut Vm, class: Gc<Object>, name: &'static str, f: NativeFn) {
    let func = crate::builtins::new_builtin(vm, name, f, BuiltinKind::Function, false);
    let pname = vm.new_str(name);
    let prop = vm.alloc(
        vm.s.types.property,
        Payload::Property(crate::object::PropertyData::getter(func, pname)),
    );
    crate::builtins::set_class_attr(vm, class, name, Value::Obj(prop));
}

/// A new object of `class` holding `state`.
pub fn new_object<T: Any>(vm: &mut Vm, class: Gc<Object>, state: T) -> Value {
    new_object_with(vm, class, state, Vec::new())
}

/// A new object of `class` holding `state` and the Python values `values` (read and
/// replaced through [`values`]): the collector sees these, so they stay alive as long as
/// the object does, which Rust state alone cannot ensure.
pub fn new_object_with<T: Any>(
    vm: &mut Vm,
    class: Gc<Object>,
    state: T,
    values: Vec<Value>,
) -> Value {
    let cell: Box<RefCell<dyn Any>> = Box::new(RefCell::new(state));
    let data = crate::object::NativeData {
        state: cell,
        values: values.into(),
    };
    Value::Obj(vm.alloc(class, Payload::Native(Box::new(data))))
}

/// The values of a native object made by [`new_object_with`]. Borrow them only briefly:
/// never across a call back into Python, which may reach the same object.
pub fn values(v: &Value) -> Option<&krait_gc::GcRefCell<Vec<Value>>> {
    match v.payload() {
        Some(Payload::Native(data)) => Some(&data.values),
        _ => None,
    }
}

/// The class argument of a `__new__`, else `default`.
pub fn new_class_arg(args: &[Value], default: Gc<Object>) -> Gc<Object> {
    args.first()
        .and_then(|c| c.as_obj())
        .filter(|c| c.as_class().is_some())
        .unwrap_or(default)
}

/// The state of `v` if it is a native object holding a `T`.
pub fn state<T: Any>(v: &Value) -> Option<RefMut<'_, T>> {
    let Some(Payload::Native(data)) = v.payload() else {
        return None;
    };
    let borrowed = data.state.try_borrow_mut().ok()?;
    RefMut::filter_map(borrowed, |s| s.downcast_mut::<T>()).ok()
}

/// The `T` state of a method's `self`, or CPython's "descriptor 'NAME' for 'CLASS' objects
/// doesn't apply to a 'X' object".
pub fn self_state<'a, T: Any>(
    vm: &mut Vm,
    args: &'a [Value],
    method: &str,
    class: &str,
) -> PyResult<RefMut<'a, T>> {
    let Some(me) = args.first() else {
        let msg = format!("descriptor '{method}' of '{class}' object needs an argument");
        return Err(vm.type_error(msg));
    };
    if state::<T>(me).is_none() {
        let msg = format!(
            "descriptor '{method}' for '{class}' objects doesn't apply to a '{}' object",
            vm.type_name(*me)
        );
        return Err(vm.type_error(msg));
    }
    Ok(state::<T>(me).expect("checked just above"))
}

/// A new exception class `module.name` deriving from `bases`.
pub fn new_exception_class(
    vm: &mut Vm,
    module: &str,
    name: &str,
    bases: Vec<Gc<Object>>,
) -> PyResult<Gc<Object>> {
    let ns = vm.new_dict(Dict::new());
    let Value::Obj(ns_obj) = ns else {
        unreachable!("new_dict makes an object")
    };
    let module_name = vm.new_str(module);
    let key = vm.s.names.module;
    vm.store_name(ns_obj, key, module_name)?;
    vm.create_class(name, bases, ns_obj, vm.s.types.type_, &[])
}

/// An exception of `class` with message `msg`.
pub fn error(vm: &mut Vm, class: Gc<Object>, msg: impl Into<String>) -> Exception {
    let msg: String = msg.into();
    vm.new_error(class, msg)
}

/// A module attribute that is a class (an exception class kept in the module dict).
pub fn module_class(vm: &mut Vm, module: &str, name: &str) -> PyResult<Gc<Object>> {
    let fallback = vm.s.types.exception;
    let Some(m) = vm.sys_modules_get(module)? else {
        return Ok(fallback);
    };
    let key = vm.intern(name);
    let v = vm.get_attr(m, key)?;
    Ok(v.as_obj()
        .filter(|c| c.as_class().is_some())
        .unwrap_or(fallback))
}

/// A new bytes value.
pub fn bytes(vm: &mut Vm, data: Vec<u8>) -> Value {
    crate::builtins::bytes::make(vm, data, false)
}

/// The parameters of a function as CPython's argument clinic declares them.
pub struct Sig {
    /// The function's name in messages.
    pub name: &'static str,
    /// Its module, which "takes no keyword arguments" names.
    pub module: &'static str,
    /// Every parameter name, in order.
    pub params: &'static [&'static str],
    /// How many leading parameters are positional-only.
    pub posonly: usize,
    /// How many leading parameters may be given by position (the rest are keyword-only).
    pub maxpos: usize,
    /// How many leading parameters are required.
    pub required: usize,
}

/// Binds `args` and `kw` to `sig`'s parameters, with the argument clinic's messages.
pub fn bind(
    vm: &mut Vm,
    sig: &Sig,
    args: &[Value],
    kw: KwArgs<'_>,
) -> PyResult<Vec<Option<Value>>> {
    let name = sig.name;
    let nargs = args.len();
    let maxargs = sig.params.len();
    // Functions whose parameters are all positional-only are checked as CPython's
    // `_PyArg_CheckPositional` does.
    if sig.posonly == maxargs {
        if !kw.is_empty() {
            let msg = format!("{}.{name}() takes no keyword arguments", sig.module);
            return Err(vm.type_error(msg));
        }
        if nargs < sig.required || nargs > maxargs {
            let msg = if sig.required == maxargs {
                format!(
                    "{name} expected {maxargs} argument{}, got {nargs}",
                    plural(maxargs)
                )
            } else if nargs < sig.required {
                format!(
                    "{name} expected at least {} argument{}, got {nargs}",
                    sig.required,
                    plural(sig.required)
                )
            } else {
                format!(
                    "{name} expected at most {maxargs} argument{}, got {nargs}",
                    plural(maxargs)
                )
            };
            return Err(vm.type_error(msg));
        }
        let mut out: Vec<Option<Value>> = args.iter().map(|&v| Some(v)).collect();
        out.resize(maxargs, None);
        return Ok(out);
    }
    let total = nargs + kw.len();
    if total > maxargs {
        let msg = format!(
            "{name}() takes at most {maxargs} {}argument{} ({total} given)",
            if nargs == 0 { "keyword " } else { "" },
            plural(maxargs)
        );
        return Err(vm.type_error(msg));
    }
    let minpos = sig.required.min(sig.maxpos);
    if nargs > sig.maxpos {
        let msg = if sig.maxpos == 0 {
            format!("{name}() takes no positional arguments")
        } else {
            format!(
                "{name}() takes {} {} positional argument{} ({nargs} given)",
                if minpos < sig.maxpos {
                    "at most"
                } else {
                    "exactly"
                },
                sig.maxpos,
                plural(sig.maxpos)
            )
        };
        return Err(vm.type_error(msg));
    }
    let mut out = vec![None; maxargs];
    let mut used = 0;
    // A parameter given both ways is reported after any missing one, as CPython does.
    let mut twice = None;
    for (i, &param) in sig.params.iter().enumerate() {
        if i < nargs {
            out[i] = Some(args[i]);
            if i >= sig.posonly && twice.is_none() && crate::builtins::kwarg(kw, param).is_some() {
                twice = Some((param, i + 1));
            }
            continue;
        }
        let found = if i >= sig.posonly {
            crate::builtins::kwarg(kw, param)
        } else {
            None
        };
        if let Some(v) = found {
            out[i] = Some(v);
            used += 1;
        } else if i < sig.required {
            let msg = if i < sig.posonly {
                format!(
                    "{name}() takes {} {minpos} positional argument{} ({nargs} given)",
                    if minpos < sig.maxpos {
                        "at least"
                    } else {
                        "exactly"
                    },
                    plural(minpos)
                )
            } else {
                format!(
                    "{name}() missing required argument '{param}' (pos {})",
                    i + 1
                )
            };
            return Err(vm.type_error(msg));
        }
    }
    if let Some((param, pos)) = twice {
        let msg = format!("argument for {name}() given by name ('{param}') and position ({pos})");
        return Err(vm.type_error(msg));
    }
    if used < kw.len() {
        for (k, _) in kw {
            let text = match &k.payload {
                Payload::Str(s) => s.as_str().to_owned(),
                _ => String::new(),
            };
            let known = sig.params[sig.posonly..].contains(&text.as_str());
            if !known {
                let msg = format!("'{text}' is an invalid keyword argument for {name}()");
                return Err(vm.type_error(msg));
            }
        }
    }
    Ok(out)
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// An optional argument as a bool by truth value (`default` when absent).
pub fn bool_opt(vm: &mut Vm, v: Option<Value>, default: bool) -> PyResult<bool> {
    match v {
        None => Ok(default),
        Some(v) => vm.truthy(v),
    }
}

/// An int argument that must fit `i32`-style C ints: CPython's "Python int too large to
/// convert to C int" on overflow.
pub fn c_int(vm: &mut Vm, v: Value) -> PyResult<i64> {
    // An int subclass instance (an `IntEnum` member) keeps its value as a big int.
    let n = match v.payload() {
        Some(Payload::BigInt(b)) => match num_traits::ToPrimitive::to_i64(b) {
            Some(n) => n,
            None => return Err(vm.overflow_error("Python int too large to convert to C int")),
        },
        _ => crate::builtins::int_arg(vm, v)?,
    };
    if n > i64::from(i32::MAX) || n < i64::from(i32::MIN) {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    Ok(n)
}

/// `next(it)` for native code: `None` once the iterator is exhausted (a `StopIteration`
/// it raises is consumed), as the interpreter's own loops see it.
pub fn next(vm: &mut Vm, it: Value) -> PyResult<Option<Value>> {
    vm.next_item(it)
}

/// `hash(v)`.
pub fn hash(vm: &mut Vm, v: Value) -> PyResult<i64> {
    vm.hash_value(v)
}

/// `repr(v)` as Rust text.
pub fn repr(vm: &mut Vm, v: Value) -> PyResult<String> {
    vm.repr(v)
}

/// Runs `f` one level deeper in a recursion through native code (an iterator whose
/// `__next__` calls the next of another, which may be of the same kind), counted toward
/// the recursion limit so deep nesting raises `RecursionError` (its message ending in
/// `what`) instead of exhausting the Rust stack.
pub fn nest<T>(vm: &mut Vm, what: &str, f: impl FnOnce(&mut Vm) -> PyResult<T>) -> PyResult<T> {
    vm.nest(what, f)
}

/// Gives a native object its attribute dict now, so that instances of a builtin class
/// take attributes as CPython's `partial` objects do (a user subclass's instances get one
/// on their first store anyway).
pub fn ensure_dict(vm: &mut Vm, obj: Value) {
    if let Value::Obj(o) = obj {
        if o.ext_dict().is_none() {
            if let Value::Obj(d) = vm.new_dict(Dict::new()) {
                o.set_ext_dict(d);
            }
        }
    }
}

/// Where `key`, whose hash is `hash`, sits in the dict table `table` (its `__eq__` called
/// as needed, with no borrow of the table held): for callers that hash a key once and
/// use it more than once, as `functools`'s cache does.
pub fn table_find(
    vm: &mut Vm,
    table: &krait_gc::GcRefCell<Dict>,
    hash: i64,
    key: Value,
) -> PyResult<Option<usize>> {
    vm.table_find(table, hash, key)
}

/// `callable(v)`.
pub fn callable(vm: &mut Vm, v: Value) -> bool {
    vm.is_callable(v)
}

/// Builds the repr of `obj`, a container that may contain itself, with `f`: `None` when
/// `obj`'s repr is already being built further up (CPython's `Py_ReprEnter`), so the
/// caller writes `...` in its place.
pub fn repr_guarded(
    vm: &mut Vm,
    obj: Value,
    f: impl FnOnce(&mut Vm) -> PyResult<String>,
) -> PyResult<Option<String>> {
    let Value::Obj(o) = obj else {
        return f(vm).map(Some);
    };
    let addr = o.addr();
    if vm.repr_guard.contains(&addr) {
        return Ok(None);
    }
    vm.repr_guard.push(addr);
    let r = vm.nest(" while getting the repr of an object", f);
    vm.repr_guard.pop();
    r.map(Some)
}

/// `a OP b` for the comparison `op` (`<` is 0, `<=` 1, `==` 2, `!=` 3, `>` 4, `>=` 5, as
/// in the bytecode): the result of the rich comparison, which need not be a bool.
pub fn compare(vm: &mut Vm, a: Value, b: Value, op: u8) -> PyResult<Value> {
    use krait_bytecode::CompareKind;
    let kind = match op {
        0 => CompareKind::Lt,
        1 => CompareKind::Le,
        2 => CompareKind::Eq,
        3 => CompareKind::Ne,
        4 => CompareKind::Gt,
        _ => CompareKind::Ge,
    };
    vm.compare_op(a, b, kind)
}

/// `func` bound to `receiver`: a `method` object, as a function's `__get__` makes.
pub fn bound_method(vm: &mut Vm, func: Value, receiver: Value) -> Value {
    vm.bound_method(func, receiver)
}

/// `d[key]` for a dict object, `None` if absent.
pub fn dict_get(vm: &mut Vm, d: Value, key: Value) -> PyResult<Option<Value>> {
    vm.dict_get(d, key)
}

/// The attribute dict object of a native object, once it has one.
pub fn attr_dict(v: &Value) -> Option<Gc<Object>> {
    v.as_obj().and_then(|o| o.ext_dict())
}
