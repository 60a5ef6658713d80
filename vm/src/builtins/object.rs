//! `object` and `type`: the default dunders every class inherits (`__init__`, `__new__`,
//! `__repr__`, `__eq__`, `__hash__`, `__setattr__`, …) and the methods of type objects.

use krait_gc::Gc;

use crate::builtins::{method, method_arity, method_kind, str_arg};
use crate::error::PyResult;
use crate::interp::ops::id_hash;
use crate::object::function::KwArgs;
use crate::object::{BuiltinKind, Payload};
use crate::value::Value;
use crate::vm::Vm;

pub(crate) fn install(vm: &mut Vm) {
    let object = vm.s.types.object;
    // A bare `object()` has no `__dict__` (its subclasses get one unless they use
    // `__slots__`).
    if let Some(cd) = object.as_class() {
        cd.dictless.set(true);
    }
    method(vm, object, "__init__", object_init);
    method_kind(vm, object, "__new__", object_new, BuiltinKind::StaticMethod);
    let t = &vm.s.types;
    for class in [t.none_type, t.not_implemented_type, t.ellipsis_type] {
        method_kind(
            vm,
            class,
            "__new__",
            singleton_new,
            BuiltinKind::StaticMethod,
        );
    }
    method(vm, object, "__repr__", object_repr);
    method(vm, object, "__str__", object_str);
    method(vm, object, "__eq__", object_eq);
    method(vm, object, "__ne__", object_ne);
    method(vm, object, "__hash__", object_hash);
    method(vm, object, "__setattr__", object_setattr);
    method(vm, object, "__getattribute__", object_getattribute);
    method(vm, object, "__delattr__", object_delattr);
    method(vm, object, "__format__", object_format);
    method_kind(
        vm,
        object,
        "__init_subclass__",
        object_init_subclass,
        BuiltinKind::ClassMethod,
    );
    method_kind(
        vm,
        object,
        "__subclasshook__",
        object_subclasshook,
        BuiltinKind::ClassMethod,
    );
    let lookup = |vm: &mut Vm, name: &str| {
        let key = vm.intern(name);
        vm.type_lookup(object, key).unwrap_or(Value::None)
    };
    vm.s.object_new = lookup(vm, "__new__");
    vm.s.object_init = lookup(vm, "__init__");
    vm.s.object_hash = lookup(vm, "__hash__");
    vm.s.object_eq = lookup(vm, "__eq__");
    vm.s.object_setattr = lookup(vm, "__setattr__");
    let t = &vm.s.types;
    for class in [
        t.list,
        t.tuple,
        t.dict,
        t.set,
        t.frozenset,
        t.str,
        t.int,
        t.float,
    ] {
        method(vm, class, "__repr__", builtin_repr);
    }
    let type_ = vm.s.types.type_;
    method(vm, type_, "mro", type_mro);
    method(vm, type_, "__subclasses__", type_subclasses);
    method(vm, type_, "__setattr__", type_setattr);
    method(vm, type_, "__delattr__", type_delattr);
}

fn object_init(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    if args.len() > 1 || !kw.is_empty() {
        // Extra arguments are an error unless the class overrides `__new__` only.
        let class = vm.type_of(args[0]);
        let init = vm.type_lookup(class, vm.s.names.init);
        if !matches!(init, Some(i) if i.is(vm.s.object_init)) {
            return Err(vm.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        let new = vm.type_lookup(class, vm.s.names.new);
        if matches!(new, Some(n) if n.is(vm.s.object_new)) {
            let msg = format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                vm.class_name(class)
            );
            return Err(vm.type_error(msg));
        }
    }
    Ok(Value::None)
}

fn object_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    match args.first().and_then(|c| c.as_obj()) {
        Some(cls) if cls.as_class().is_some() => {
            if args.len() > 1 || !kw.is_empty() {
                // Extra arguments are for `__init__`; an overridden `__new__` must not pass
                // them on, and a class without `__init__` takes none.
                let new = vm.type_lookup(cls, vm.s.names.new);
                if !matches!(new, Some(n) if n.is(vm.s.object_new)) {
                    return Err(vm.type_error(
                        "object.__new__() takes exactly one argument (the type to instantiate)",
                    ));
                }
                let init = vm.type_lookup(cls, vm.s.names.init);
                if matches!(init, Some(i) if i.is(vm.s.object_init)) {
                    let msg = format!("{}() takes no arguments", vm.class_name(cls));
                    return Err(vm.type_error(msg));
                }
            }
            vm.object_new_instance(cls)
        }
        Some(_) | None if !args.is_empty() => {
            let msg = format!(
                "object.__new__(X): X is not a type object ({})",
                vm.type_name(args[0])
            );
            Err(vm.type_error(msg))
        }
        _ => Err(vm.type_error("object.__new__(): not enough arguments")),
    }
}

fn object_repr(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "object.__repr__", args, 0, 0)?;
    let v = args[0];
    let s = match v {
        Value::Obj(o) => match &o.payload {
            Payload::Instance(_) => {
                format!(
                    "<{} object at {:#x}>",
                    vm.qualified_class_name(o.class()),
                    o.addr()
                )
            }
            Payload::Exception(e) => {
                let name = vm.class_name(o.class());
                let args = e.args.get();
                let inner = match args.payload() {
                    Some(Payload::Tuple(t)) if t.len() == 1 => vm.repr(t[0])?,
                    Some(Payload::Tuple(_)) => {
                        let r = vm.repr(args)?;
                        r[1..r.len() - 1].trim_end_matches(',').to_owned()
                    }
                    _ => String::new(),
                };
                format!("{name}({inner})")
            }
            _ => vm.repr(v)?,
        },
        _ => vm.repr(v)?,
    };
    Ok(vm.new_str(s))
}

/// `list.__repr__` and friends: the builtin rendering even for subclass instances.
fn builtin_repr(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__repr__", args, 0, 0)?;
    let s = match args[0] {
        Value::Obj(o) => vm.repr_builtin(args[0], o)?,
        v => vm.repr(v)?,
    };
    Ok(vm.new_str(s))
}

fn object_str(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "object.__str__", args, 0, 0)?;
    if let Some(Payload::Exception(e)) = args[0].payload() {
        let s = vm.exception_str(args[0], e.args.get())?;
        return Ok(vm.new_str(s));
    }
    let s = vm.repr(args[0])?;
    Ok(vm.new_str(s))
}

fn object_eq(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "object.__eq__", args, 1, 1)?;
    if args[0].is(args[1]) {
        Ok(Value::Bool(true))
    } else {
        Ok(vm.not_implemented())
    }
}

fn object_ne(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "object.__ne__", args, 1, 1)?;
    // The inverse of the type's own `__eq__`, which may decline.
    let class = vm.type_of(args[0]);
    let r = match vm.type_lookup(class, vm.s.names.eq) {
        Some(eq) => vm.call_dunder(eq, &[args[0], args[1]])?,
        None => vm.not_implemented(),
    };
    if r.is(vm.not_implemented()) {
        return Ok(r);
    }
    let t = vm.truthy(r)?;
    Ok(Value::Bool(!t))
}

fn object_hash(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "object.__hash__", args, 0, 0)?;
    match args[0] {
        Value::Obj(o) => Ok(Value::Int(id_hash(o))),
        v => vm.hash_value(v).map(Value::Int),
    }
}

fn object_setattr(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "object.__setattr__", args, 2, 2)?;
    reject_type_object(vm, args[0], "__setattr__")?;
    let name = str_arg(vm, args[1], "attribute name")?;
    let key = vm.intern(&name);
    vm.generic_setattr(args[0], key, args[2])?;
    Ok(Value::None)
}

/// `object.__setattr__(cls, …)` on a class would bypass `type.__setattr__`'s checks (the
/// immutability of builtin types, the attribute cache), so CPython refuses it for any
/// object whose type is a metaclass (Carlo Verre's hack).
fn reject_type_object(vm: &mut Vm, obj: Value, what: &str) -> PyResult<()> {
    if matches!(obj.payload(), Some(Payload::Class(_))) {
        let msg = format!("can't apply this {what} to {} object", vm.type_name(obj));
        return Err(vm.type_error(msg));
    }
    Ok(())
}

/// `type.__setattr__(cls, name, value)`: the setattr of classes (builtin types refuse).
fn type_setattr(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "type.__setattr__", args, 2, 2)?;
    let name = str_arg(vm, args[1], "attribute name")?;
    let key = vm.intern(&name);
    vm.generic_setattr(args[0], key, args[2])?;
    Ok(Value::None)
}

/// `type.__delattr__(cls, name)`.
fn type_delattr(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "type.__delattr__", args, 1, 1)?;
    let name = str_arg(vm, args[1], "attribute name")?;
    let key = vm.intern(&name);
    vm.generic_delattr(args[0], key)?;
    Ok(Value::None)
}

fn object_getattribute(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "object.__getattribute__", args, 1, 1)?;
    let name = str_arg(vm, args[1], "attribute name")?;
    let key = vm.intern(&name);
    vm.generic_getattr(args[0], key)
}

fn object_delattr(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "object.__delattr__", args, 1, 1)?;
    reject_type_object(vm, args[0], "__delattr__")?;
    let name = str_arg(vm, args[1], "attribute name")?;
    let key = vm.intern(&name);
    vm.generic_delattr(args[0], key)?;
    Ok(Value::None)
}

fn object_format(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "object.__format__", args, 1, 1)?;
    let spec = str_arg(vm, args[1], "format spec")?;
    // `int.__format__`, `float.__format__` and `str.__format__` (also reached through
    // `super()` from a subclass's own `__format__`).
    if crate::interp::arith::as_num(&args[0]).is_some()
        || matches!(args[0].payload(), Some(Payload::Str(_)))
    {
        let text = vm.format_builtin(args[0], &spec)?;
        return Ok(vm.new_str(text));
    }
    if !spec.is_empty() {
        let msg = format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(args[0])
        );
        return Err(vm.type_error(msg));
    }
    vm.str_value(args[0])
}

/// `object.__subclasshook__(...)`: no opinion (`NotImplemented`, whatever the arguments, as
/// CPython's), so `issubclass` through an ABC falls back to registration and the MRO.
fn object_subclasshook(vm: &mut Vm, _args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Ok(Value::Obj(vm.s.not_implemented))
}

fn object_init_subclass(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    if !kw.is_empty() {
        let name = match args.first().and_then(|c| c.as_obj()) {
            Some(c) => c
                .as_class()
                .map_or_else(|| "object".to_owned(), |d| d.qualname.borrow().clone()),
            None => "object".to_owned(),
        };
        let msg = format!("{name}.__init_subclass__() takes no keyword arguments");
        return Err(vm.type_error(msg));
    }
    Ok(Value::None)
}

fn type_mro(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "type.mro", args, 0, 0)?;
    let mro: Vec<Value> = match args[0] {
        Value::Obj(c) if c.as_class().is_some() => {
            vm.c3_mro_of(c)?.into_iter().map(Value::Obj).collect()
        }
        other => {
            let msg = format!(
                "descriptor 'mro' for 'type' objects doesn't apply to a '{}' object",
                vm.type_name(other)
            );
            return Err(vm.type_error(msg));
        }
    };
    Ok(vm.new_list(mro))
}

/// `type.__subclasses__()`: the classes still alive made with this one as a direct base.
fn type_subclasses(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "type.__subclasses__", args, 0, 0)?;
    let subs = match args[0].payload() {
        Some(Payload::Class(c)) => Vm::weak_ref_targets(&c.subclasses.borrow()),
        _ => Vec::new(),
    };
    Ok(vm.new_list(subs.into_iter().map(Value::Obj).collect()))
}

/// `__new__` of `NoneType`, `NotImplementedType` and `ellipsis`: calling the type gives
/// its one instance, as in CPython (`type(None)() is None`).
fn singleton_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let Some(cls) = args.first().and_then(|c| c.as_obj()) else {
        return Err(vm.type_error("__new__() needs a type argument"));
    };
    if args.len() > 1 || !kw.is_empty() {
        // CPython names `ellipsis` by its `types` name here.
        let name = match vm.class_name(cls) {
            n if n == "ellipsis" => "EllipsisType".to_owned(),
            n => n,
        };
        let msg = format!("{name} takes no arguments");
        return Err(vm.type_error(msg));
    }
    let t = &vm.s.types;
    if Gc::ptr_eq(cls, t.none_type) {
        Ok(Value::None)
    } else if Gc::ptr_eq(cls, t.not_implemented_type) {
        Ok(Value::Obj(vm.s.not_implemented))
    } else {
        Ok(Value::Obj(vm.s.ellipsis))
    }
}
