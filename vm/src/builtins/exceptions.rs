//! `BaseException` methods: construction (`args`), `__str__`, `__repr__`,
//! `with_traceback`.

use crate::builtins::{method, method_kind};
use crate::error::PyResult;
use crate::object::function::KwArgs;
use crate::object::{BuiltinKind, Payload};
use crate::value::Value;
use crate::vm::Vm;

pub(crate) fn install(vm: &mut Vm) {
    let b = vm.s.types.base_exception;
    method_kind(vm, b, "__new__", exc_new, BuiltinKind::StaticMethod);
    method(vm, b, "__init__", exc_init);
    method(vm, b, "__str__", exc_str);
    method(vm, b, "__repr__", exc_repr);
    method(vm, b, "with_traceback", exc_with_traceback);
}

fn exc_new(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let Some(cls) = args
        .first()
        .and_then(|c| c.as_obj())
        .filter(|c| c.as_class().is_some())
    else {
        return Err(vm.type_error("BaseException.__new__(X): X is not a type object"));
    };
    let inst = vm.object_new_instance(cls)?;
    if let Some(Payload::Exception(e)) = inst.payload() {
        let t = vm.new_tuple(args[1..].to_vec());
        e.args.set(t);
    }
    Ok(inst)
}

fn exc_init(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    if let Some(Payload::Exception(e)) = args.first().and_then(|v| v.payload()) {
        let t = vm.new_tuple(args[1..].to_vec());
        e.args.set(t);
    }
    Ok(Value::None)
}

fn exc_str(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    match args.first().and_then(|v| v.payload()) {
        Some(Payload::Exception(e)) => {
            let s = vm.exception_str(args[0], e.args.get())?;
            Ok(vm.new_str(s))
        }
        _ => Err(vm.type_error("descriptor '__str__' requires a 'BaseException' object")),
    }
}

fn exc_repr(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    match args.first() {
        Some(&v) if matches!(v.payload(), Some(Payload::Exception(_))) => {
            let name = vm.class_name(vm.type_of(v));
            let a = match v.payload() {
                Some(Payload::Exception(e)) => e.args.get(),
                _ => Value::None,
            };
            let inner = match a.payload() {
                Some(Payload::Tuple(t)) if t.len() == 1 => vm.repr(t[0])?,
                Some(Payload::Tuple(t)) if t.is_empty() => String::new(),
                _ => {
                    let r = vm.repr(a)?;
                    r[1..r.len() - 1].to_owned()
                }
            };
            let s = format!("{name}({inner})");
            Ok(vm.new_str(s))
        }
        _ => Err(vm.type_error("descriptor '__repr__' requires a 'BaseException' object")),
    }
}

fn exc_with_traceback(_vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Ok(args.first().copied().unwrap_or(Value::None))
}
