//! The `property` type: construction (an instance of a subclass when called through
//! one), `getter`/`setter`/`deleter` copies, the descriptor methods, `__set_name__`, and
//! the AttributeError CPython raises for a missing accessor.

use crate::builtins::{kwarg, method, method_arity, method_kind};
use crate::error::{Exception, PyResult};
use crate::object::class::is_subclass;
use crate::object::function::KwArgs;
use crate::object::{BuiltinKind, Object, Payload, PropertyData};
use crate::value::Value;
use crate::vm::Vm;
use krait_gc::Gc;

pub(crate) fn install(vm: &mut Vm) {
    let p = vm.s.types.property;
    method_kind(vm, p, "__new__", property_new, BuiltinKind::StaticMethod);
    method(vm, p, "getter", property_getter);
    method(vm, p, "setter", property_setter);
    method(vm, p, "deleter", property_deleter);
    method(vm, p, "__get__", property_get);
    method(vm, p, "__set__", property_set);
    method(vm, p, "__delete__", property_delete);
    method(vm, p, "__set_name__", property_set_name);
    method(vm, p, "__init__", property_init);
}

impl Vm {
    /// AttributeError for a property without the accessor `what` (`"getter"`, …), read
    /// through `obj`: CPython names the property when `__set_name__` gave it a name, and
    /// the object's type by its qualified name.
    pub(crate) fn property_missing(
        &mut self,
        p: &PropertyData,
        obj: Value,
        what: &str,
    ) -> Exception {
        let qualname = {
            let t = self.type_of(obj);
            t.as_class()
                .map(|c| c.qualname.borrow().clone())
                .unwrap_or_default()
        };
        let name = p.name.get();
        let msg = if name.is_none() {
            format!("property of '{qualname}' object has no {what}")
        } else {
            match self.repr(name) {
                Ok(r) => format!("property {r} of '{qualname}' object has no {what}"),
                Err(e) => return e,
            }
        };
        self.attribute_error(msg)
    }
}

/// A property of class `cls` (`property` or a subclass) with the given fields.
fn alloc_property(vm: &mut Vm, cls: Gc<Object>, data: Box<PropertyData>) -> Value {
    Value::Obj(vm.alloc(cls, Payload::Property(data)))
}

fn property_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let base = vm.s.types.property;
    let cls = args
        .first()
        .and_then(|c| c.as_obj())
        .filter(|c| c.as_class().is_some() && is_subclass(*c, base))
        .unwrap_or(base);
    let parts = init_args(vm, &args[1.min(args.len())..], kw)?;
    build(vm, cls, parts)
}

/// `property(fget=None, fset=None, fdel=None, doc=None)`'s arguments.
fn init_args(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<[Value; 4]> {
    if args.len() > 4 {
        let msg = format!(
            "property() takes at most 4 arguments ({} given)",
            args.len()
        );
        return Err(vm.type_error(msg));
    }
    crate::builtins::check_kwargs(vm, "property", kw, &["fget", "fset", "fdel", "doc"])?;
    let mut parts = [Value::None; 4];
    parts[..args.len()].copy_from_slice(args);
    for (i, name) in ["fget", "fset", "fdel", "doc"].iter().enumerate() {
        if let Some(v) = kwarg(kw, name) {
            parts[i] = v;
        }
    }
    Ok(parts)
}

/// `property.__init__`: sets the accessors and docstring again (what `__new__` did),
/// for a subclass whose `__init__` calls it with other arguments.
fn property_init(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let o = match args.first() {
        Some(&v) => property_obj(vm, v)?,
        None => return Err(vm.type_error("descriptor '__init__' needs an argument")),
    };
    let [fget, fset, fdel, mut doc] = init_args(vm, &args[1..], kw)?;
    if doc.is_none() {
        doc = getter_doc(vm, fget)?;
    }
    let p = data(&o);
    p.fget.set(fget);
    p.fset.set(fset);
    p.fdel.set(fdel);
    p.doc.set(doc);
    Ok(Value::None)
}

/// A property of class `cls` from its accessors and `doc` (`None`: the getter's).
fn build(vm: &mut Vm, cls: Gc<Object>, parts: [Value; 4]) -> PyResult<Value> {
    let [fget, fset, fdel, mut doc] = parts;
    let from_getter = doc.is_none();
    if from_getter {
        doc = getter_doc(vm, fget)?;
    }
    let data = PropertyData::new(fget, fset, fdel, doc);
    let p = alloc_property(vm, cls, data);
    if !Gc::ptr_eq(cls, vm.s.types.property) && !doc.is_none() && from_getter {
        // A subclass's own `__doc__` (its class docstring) would hide the getter's, so
        // CPython stores that docstring in the instance's dict, which fails for a
        // subclass whose `__slots__` leave it none.
        let key = vm.s.names.doc;
        vm.set_attr(p, key, doc)?;
    }
    Ok(p)
}

/// The docstring a property takes from its getter (`None` without one).
fn getter_doc(vm: &mut Vm, fget: Value) -> PyResult<Value> {
    if fget.is_none() {
        return Ok(Value::None);
    }
    let key = vm.s.names.doc;
    match vm.get_attr(fget, key) {
        Ok(v) => Ok(v),
        Err(e) if vm.exc_matches(e, vm.s.types.attribute_error) => Ok(Value::None),
        Err(e) => Err(e),
    }
}

/// The property object behind `v`.
fn property_obj(vm: &mut Vm, v: Value) -> PyResult<Gc<Object>> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Property(_)) => Ok(o),
        _ => Err(vm.type_error("descriptor requires a 'property' object")),
    }
}

fn data(o: &Gc<Object>) -> &PropertyData {
    match &o.payload {
        Payload::Property(p) => p,
        _ => unreachable!("property_obj checked the payload"),
    }
}

/// `getter` / `setter` / `deleter`: a copy of the property with accessor `which` (0, 1
/// or 2) replaced, made by its class and keeping its name. A docstring that came from
/// the old getter is not carried over: the copy takes its getter's.
fn copy_with(vm: &mut Vm, args: &[Value], which: usize) -> PyResult<Value> {
    let o = property_obj(vm, args[0])?;
    let p = data(&o);
    let mut parts = [p.fget.get(), p.fset.get(), p.fdel.get(), p.doc.get()];
    let name = p.name.get();
    parts[which] = args[1];
    let old_getter_doc = getter_doc(vm, p.fget.get())?;
    if !parts[3].is_none() && parts[3].is(old_getter_doc) && !parts[0].is_none() {
        parts[3] = Value::None;
    }
    let cls = o.class();
    let new = if Gc::ptr_eq(cls, vm.s.types.property) {
        build(vm, cls, parts)?
    } else {
        vm.call_value(Value::Obj(cls), &parts, &[])?
    };
    if let Some(Payload::Property(np)) = new.payload() {
        np.name.set(name);
    }
    Ok(new)
}

fn property_getter(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "getter", args, 1, 1)?;
    copy_with(vm, args, 0)
}

fn property_setter(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "setter", args, 1, 1)?;
    copy_with(vm, args, 1)
}

fn property_deleter(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "deleter", args, 1, 1)?;
    copy_with(vm, args, 2)
}

fn property_get(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__get__", args, 1, 2)?;
    let o = property_obj(vm, args[0])?;
    if args[1].is_none() {
        return Ok(args[0]);
    }
    let fget = data(&o).fget.get();
    if fget.is_none() {
        return Err(vm.property_missing(data(&o), args[1], "getter"));
    }
    vm.call_value(fget, &[args[1]], &[])
}

fn property_set(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__set__", args, 2, 2)?;
    let o = property_obj(vm, args[0])?;
    let fset = data(&o).fset.get();
    if fset.is_none() {
        return Err(vm.property_missing(data(&o), args[1], "setter"));
    }
    vm.call_value(fset, &[args[1], args[2]], &[])?;
    Ok(Value::None)
}

fn property_delete(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__delete__", args, 1, 1)?;
    let o = property_obj(vm, args[0])?;
    let fdel = data(&o).fdel.get();
    if fdel.is_none() {
        return Err(vm.property_missing(data(&o), args[1], "deleter"));
    }
    vm.call_value(fdel, &[args[1]], &[])?;
    Ok(Value::None)
}

/// `property.__set_name__(owner, name)`: remembers the attribute name for error messages.
fn property_set_name(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let o = match args.first() {
        Some(&v) => property_obj(vm, v)?,
        None => return Err(vm.type_error("descriptor '__set_name__' needs an argument")),
    };
    let given = args.len() - 1;
    if given != 2 {
        let msg = format!("__set_name__() takes 2 positional arguments but {given} were given");
        return Err(vm.type_error(msg));
    }
    data(&o).name.set(args[2]);
    Ok(Value::None)
}
