//! `functools.partial`: a callable that calls a function with some of its arguments given
//! in advance. Its values (the function, the positional arguments as a tuple, the keyword
//! arguments as a dict) are the object's native values; instances have a `__dict__`, as
//! CPython's do. A `partial` of a plain `partial` is flattened into one, as CPython does.

use krait_gc::Gc;

use krait_vm::builtins::native::{
    callable, class_method, ensure_dict, getter, keep_class, kept_class, new_class, new_class_arg,
    new_object_with, repr, repr_guarded, state, values,
};
use krait_vm::error::PyResult;
use krait_vm::object::function::KwArgs;
use krait_vm::object::{Dict, Object, Payload};
use krait_vm::value::Value;
use krait_vm::vm::Vm;

use super::{call_method, class_getitem, dict_entries, text, tuple_items};

/// Where the class is kept (see `native::keep_class`).
pub(crate) const KEY: &str = "_functools.partial";

/// Marks a `partial` object; its values are the function, the positional arguments (a
/// tuple) and the keyword arguments (a dict), in that order.
struct Partial;

/// Makes the `partial` class and keeps it.
pub(crate) fn make_class(vm: &mut Vm) {
    let class = new_class(
        vm,
        "functools",
        "partial",
        Some(partial_new),
        &[
            ("__call__", partial_call),
            ("__repr__", partial_repr),
            ("__reduce__", partial_reduce),
            ("__setstate__", partial_setstate),
        ],
    );
    getter(vm, class, "func", get_func);
    getter(vm, class, "args", get_args);
    getter(vm, class, "keywords", get_keywords);
    class_method(vm, class, "__class_getitem__", class_getitem);
    let doc = vm.new_str(
        "partial(func, *args, **keywords) - new function with partial application\n    \
         of the given arguments and keywords.\n",
    );
    krait_vm::builtins::native::class_attr(vm, class, "__doc__", doc);
    keep_class(vm, KEY, class);
}

fn class(vm: &Vm) -> Gc<Object> {
    kept_class(vm, KEY).unwrap_or_else(|| vm.types().object)
}

/// The function, positional arguments and keyword arguments of a `partial`.
fn parts(vm: &mut Vm, v: Value) -> PyResult<(Value, Value, Value)> {
    if state::<Partial>(&v).is_none() {
        let msg = format!(
            "descriptor for 'functools.partial' objects doesn't apply to a '{}' object",
            vm.type_name(v)
        );
        return Err(vm.type_error(msg));
    }
    let vals = values(&v).map(|c| c.borrow().clone()).unwrap_or_default();
    match vals.as_slice() {
        [f, a, k] => Ok((*f, *a, *k)),
        _ => Err(vm.type_error("partial object is not initialized")),
    }
}

fn me(args: &[Value]) -> Value {
    args.first().copied().unwrap_or(Value::None)
}

/// Whether `func` is a `partial` whose layers can be merged into a new one: its class calls
/// it as `partial` does and it has no attributes of its own (CPython's test is that its
/// `__dict__` was never made).
fn flattenable(vm: &mut Vm, func: Value) -> PyResult<bool> {
    if state::<Partial>(&func).is_none() {
        return Ok(false);
    }
    let call = vm.intern("__call__");
    let base = class(vm);
    let own = vm.type_lookup(vm.type_of(func), call);
    let ours = vm.type_lookup(base, call);
    let same = matches!((own, ours), (Some(a), Some(b)) if a.is(b));
    if !same {
        return Ok(false);
    }
    let dict = dict_of(func);
    Ok(dict.is_none_or(|d| dict_entries(d).is_empty()))
}

/// `partial.__new__(cls, func, /, *args, **keywords)`.
fn partial_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let cls = new_class_arg(args, class(vm));
    if args.len() < 2 {
        return Err(vm.type_error("type 'partial' takes at least one argument"));
    }
    let mut func = args[1];
    let mut pargs: Vec<Value> = Vec::new();
    let mut pkw: Vec<(Value, Value)> = Vec::new();
    if flattenable(vm, func)? {
        let (f, a, k) = parts(vm, func)?;
        func = f;
        pargs = tuple_items(a);
        pkw = dict_entries(k);
    }
    if !callable(vm, func) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    pargs.extend_from_slice(&args[2..]);
    let tuple = vm.new_tuple(pargs);
    let dict = vm.new_dict(Dict::new());
    for (k, v) in pkw {
        vm.dict_set(dict, k, v)?;
    }
    for &(k, v) in kw {
        vm.dict_set(dict, Value::Obj(k), v)?;
    }
    let obj = new_object_with(vm, cls, Partial, vec![func, tuple, dict]);
    ensure_dict(vm, obj);
    Ok(obj)
}

/// `partial.__call__(*args, **keywords)`: the function called with the stored positional
/// arguments first and the stored keywords updated by the new ones.
fn partial_call(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let (func, pargs, pkw) = parts(vm, me(args))?;
    let mut all = tuple_items(pargs);
    all.extend_from_slice(&args[1..]);
    let stored = dict_entries(pkw);
    if stored.is_empty() {
        return vm.call_value(func, &all, kw);
    }
    let mut merged: Vec<(Gc<Object>, Value)> = Vec::with_capacity(stored.len() + kw.len());
    for (k, v) in stored {
        match k.as_obj() {
            Some(k) if matches!(k.payload, Payload::Str(_)) => merged.push((k, v)),
            _ => return Err(vm.type_error("keywords must be strings")),
        }
    }
    for &(k, v) in kw {
        match merged
            .iter_mut()
            .find(|(m, _)| text(Value::Obj(*m)) == text(Value::Obj(k)))
        {
            Some(slot) => slot.1 = v,
            None => merged.push((k, v)),
        }
    }
    vm.call_value(func, &all, &merged)
}

/// `repr(p)`: `functools.partial(func, arg, …, name=value, …)`, naming a subclass by its
/// own name, and `...` for a partial met again inside its own repr.
fn partial_repr(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let obj = me(args);
    let (func, pargs, pkw) = parts(vm, obj)?;
    let name = if Gc::ptr_eq(vm.type_of(obj), class(vm)) {
        "functools.partial".to_owned()
    } else {
        vm.type_name(obj)
    };
    let inner = repr_guarded(vm, obj, |vm| {
        let mut out = repr(vm, func)?;
        for a in tuple_items(pargs) {
            out.push_str(", ");
            out.push_str(&repr(vm, a)?);
        }
        for (k, v) in dict_entries(pkw) {
            out.push_str(", ");
            // Keys are written with `str()`, as CPython's `%S` does.
            let str_class = Value::Obj(vm.types().str);
            let key = vm.call_value(str_class, &[k], &[])?;
            out.push_str(&text(key).unwrap_or_default());
            out.push('=');
            out.push_str(&repr(vm, v)?);
        }
        Ok(out)
    })?;
    Ok(match inner {
        Some(inner) => vm.new_str(format!("{name}({inner})")),
        None => vm.new_str("..."),
    })
}

/// `p.__reduce__()`: `(type(p), (func,), (func, args, keywords or None, __dict__ or
/// None))`.
fn partial_reduce(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let obj = me(args);
    let (func, pargs, pkw) = parts(vm, obj)?;
    let kw = if dict_entries(pkw).is_empty() {
        Value::None
    } else {
        pkw
    };
    let dict = match dict_of(obj) {
        Some(d) if !dict_entries(d).is_empty() => d,
        _ => Value::None,
    };
    let cls = Value::Obj(vm.type_of(obj));
    let first = vm.new_tuple(vec![func]);
    let state = vm.new_tuple(vec![func, pargs, kw, dict]);
    Ok(vm.new_tuple(vec![cls, first, state]))
}

/// `p.__setstate__((func, args, keywords, dict))`, what unpickling calls.
fn partial_setstate(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let obj = me(args);
    parts(vm, obj)?;
    let st = args.get(1).copied().unwrap_or(Value::None);
    let items = match st.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => return Err(vm.type_error("argument to __setstate__ must be a tuple")),
    };
    let [func, fargs, kw, dict] = items.as_slice() else {
        let msg = format!("expected 4 items in state, got {}", items.len());
        return Err(vm.type_error(msg));
    };
    let (func, fargs, kw, dict) = (*func, *fargs, *kw, *dict);
    let tuple_class = vm.types().tuple;
    let dict_class = vm.types().dict;
    let args_ok = vm.isinstance(fargs, tuple_class);
    let kw_ok = matches!(kw, Value::None) || vm.isinstance(kw, dict_class);
    if !callable(vm, func) || !args_ok || !kw_ok {
        return Err(vm.type_error("invalid partial state"));
    }
    let fargs = if Gc::ptr_eq(vm.type_of(fargs), tuple_class) {
        fargs
    } else {
        let items = tuple_items(fargs);
        vm.new_tuple(items)
    };
    let kw = {
        let fresh = vm.new_dict(Dict::new());
        if !matches!(kw, Value::None) {
            for (k, v) in dict_entries(kw) {
                vm.dict_set(fresh, k, v)?;
            }
        }
        if matches!(kw, Value::None) || !Gc::ptr_eq(vm.type_of(kw), dict_class) {
            fresh
        } else {
            kw
        }
    };
    if let Some(cell) = values(&obj) {
        *cell.borrow_mut() = vec![func, fargs, kw];
    }
    ensure_dict(vm, obj);
    if let Some(own) = dict_of(obj) {
        call_method(vm, own, "clear", &[])?;
        if !matches!(dict, Value::None) {
            call_method(vm, own, "update", &[dict])?;
        }
    }
    Ok(Value::None)
}

fn get_func(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Ok(parts(vm, me(args))?.0)
}

fn get_args(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Ok(parts(vm, me(args))?.1)
}

fn get_keywords(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Ok(parts(vm, me(args))?.2)
}

/// An object's `__dict__`, without making one.
fn dict_of(v: Value) -> Option<Value> {
    krait_vm::builtins::native::attr_dict(&v).map(Value::Obj)
}
