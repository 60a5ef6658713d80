//! Methods of coroutines (`send`, `throw`, `close`, `__await__`), async generators
//! (`__aiter__`, `__anext__`, `asend`, `athrow`, `aclose`) and the awaitables the VM makes
//! for them (`coroutine_wrapper`, `async_generator_asend`, `async_generator_athrow`).

use krait_gc::Gc;

use crate::builtins::{arity, func, method, method_arity};
use crate::error::{Exception, PyResult};
use crate::interp::generator::GenStep;
use crate::object::function::KwArgs;
use crate::object::{Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

pub(crate) fn install(vm: &mut Vm) {
    func(vm, "aiter", aiter);
    func(vm, "anext", anext);
    let c = vm.s.types.coroutine;
    method(vm, c, "send", coro_send);
    method(vm, c, "throw", coro_throw);
    method(vm, c, "close", coro_close);
    method(vm, c, "__await__", coro_await);
    let a = vm.s.types.async_generator;
    method(vm, a, "__aiter__", agen_aiter);
    method(vm, a, "__anext__", agen_anext);
    method(vm, a, "asend", agen_asend);
    method(vm, a, "athrow", agen_athrow);
    method(vm, a, "aclose", agen_aclose);
    for class in [
        vm.s.types.coroutine_wrapper,
        vm.s.types.async_generator_asend,
        vm.s.types.async_generator_athrow,
        vm.s.types.anext_awaitable,
    ] {
        // A `coroutine_wrapper` is an iterator only (as in CPython).
        if !Gc::ptr_eq(class, vm.s.types.coroutine_wrapper) {
            method(vm, class, "__await__", op_await);
        }
        method(vm, class, "__iter__", op_iter);
        method(vm, class, "__next__", op_next);
        method(vm, class, "send", op_send);
        method(vm, class, "throw", op_throw);
        method(vm, class, "close", op_close);
    }
}

/// The receiver, checked to be of the payload `want` accepts.
fn receiver(
    vm: &mut Vm,
    v: Value,
    class: &str,
    want: fn(&Payload) -> bool,
) -> PyResult<Gc<Object>> {
    match v {
        Value::Obj(o) if want(&o.payload) => Ok(o),
        _ => Err(vm.type_error(format!("descriptor requires a '{class}' object"))),
    }
}

fn coro_of(vm: &mut Vm, v: Value) -> PyResult<Gc<Object>> {
    receiver(vm, v, "coroutine", |p| matches!(p, Payload::Coroutine(_)))
}

fn agen_of(vm: &mut Vm, v: Value) -> PyResult<Gc<Object>> {
    receiver(vm, v, "async_generator", |p| {
        matches!(p, Payload::AsyncGen(_))
    })
}

fn op_of(vm: &mut Vm, v: Value) -> PyResult<Gc<Object>> {
    receiver(vm, v, "coroutine_wrapper", |p| {
        matches!(p, Payload::AsyncOp(_))
    })
}

fn step_result(vm: &mut Vm, step: GenStep) -> PyResult<Value> {
    match step {
        GenStep::Yield(v) => Ok(v),
        GenStep::Return(v) => Err(vm.stop_iteration(v)),
    }
}

/// The exception of `throw(typ[, val[, tb]])`.
/// The exception `throw(typ[, val[, tb]])` raises in a generator or coroutine (`args[0]`
/// is the receiver), built as CPython builds it: a class is instantiated with `val` (none,
/// a tuple of arguments, or one argument) unless `val` is already one of its instances; an
/// instance takes no separate value; `tb` becomes the exception's `__traceback__`.
pub(crate) fn thrown(vm: &mut Vm, args: &[Value]) -> PyResult<Exception> {
    use crate::object::class::is_subclass;
    let typ = args[1];
    let val = args.get(2).copied().unwrap_or(Value::None);
    let tb = args.get(3).copied().unwrap_or(Value::None);
    if !tb.is_none() && !Gc::ptr_eq(vm.type_of(tb), vm.s.types.traceback) {
        return Err(vm.type_error("throw() third argument must be a traceback object"));
    }
    let exc = match typ {
        Value::Obj(o) if matches!(o.payload, Payload::Exception(_)) => {
            if !val.is_none() {
                return Err(vm.type_error("instance exception may not have a separate value"));
            }
            Exception(o)
        }
        Value::Obj(o) if o.as_class().is_some() && is_subclass(o, vm.s.types.base_exception) => {
            match val {
                Value::Obj(v)
                    if matches!(v.payload, Payload::Exception(_))
                        && is_subclass(vm.type_of(val), o) =>
                {
                    Exception(v)
                }
                // A class that cannot be instantiated into an exception: what that raises
                // is thrown into the generator instead, as CPython does.
                _ if val.is_none() => vm.make_exception(typ).unwrap_or_else(|e| e),
                _ => {
                    let call_args = match val.payload() {
                        Some(Payload::Tuple(t)) => t.to_vec(),
                        _ => vec![val],
                    };
                    match vm.call_value(typ, &call_args, &[]) {
                        Ok(Value::Obj(i)) if matches!(i.payload, Payload::Exception(_)) => {
                            Exception(i)
                        }
                        Ok(other) => {
                            let msg = format!(
                                "calling {} should have returned an instance of \
                                 BaseException, not {}",
                                vm.repr_class(o),
                                vm.type_name(other)
                            );
                            vm.type_error(msg)
                        }
                        Err(e) => e,
                    }
                }
            }
        }
        _ => {
            let msg = format!(
                "exceptions must be classes or instances deriving from BaseException, not {}",
                vm.type_name(typ)
            );
            return Err(vm.type_error(msg));
        }
    };
    if !tb.is_none() {
        let key = vm.intern("__traceback__");
        vm.set_attr(exc.value(), key, tb)?;
    }
    Ok(exc)
}

fn coro_send(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "send", args, 1, 1)?;
    let c = coro_of(vm, args[0])?;
    let step = vm.gen_resume_native(c, args[1], None)?;
    step_result(vm, step)
}

fn coro_throw(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "throw", args, 1, 3)?;
    let c = coro_of(vm, args[0])?;
    let exc = thrown(vm, args)?;
    let step = vm.gen_throw(c, exc, true)?;
    step_result(vm, step)
}

fn coro_close(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "close", args, 0, 0)?;
    let c = coro_of(vm, args[0])?;
    vm.generator_close(c)
}

fn coro_await(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__await__", args, 0, 0)?;
    let c = coro_of(vm, args[0])?;
    Ok(vm.new_coroutine_wrapper(c))
}

fn agen_aiter(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__aiter__", args, 0, 0)?;
    agen_of(vm, args[0])?;
    Ok(args[0])
}

fn agen_anext(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__anext__", args, 0, 0)?;
    let g = agen_of(vm, args[0])?;
    vm.apply_asyncgen_hooks(g)?;
    Ok(vm.new_asend(g, Value::None))
}

fn agen_asend(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "asend", args, 1, 1)?;
    let g = agen_of(vm, args[0])?;
    vm.apply_asyncgen_hooks(g)?;
    Ok(vm.new_asend(g, args[1]))
}

fn agen_athrow(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "athrow", args, 1, 3)?;
    let g = agen_of(vm, args[0])?;
    vm.apply_asyncgen_hooks(g)?;
    let exc = thrown(vm, args)?;
    Ok(vm.new_athrow(g, exc))
}

fn agen_aclose(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "aclose", args, 0, 0)?;
    let g = agen_of(vm, args[0])?;
    vm.apply_asyncgen_hooks(g)?;
    Ok(vm.new_aclose(g))
}

fn op_await(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__await__", args, 0, 0)?;
    op_of(vm, args[0])?;
    Ok(args[0])
}

fn op_iter(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__iter__", args, 0, 0)?;
    op_of(vm, args[0])?;
    Ok(args[0])
}

fn op_next(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__next__", args, 0, 0)?;
    let op = op_of(vm, args[0])?;
    let step = vm.async_op_step(op, Value::None, None)?;
    step_result(vm, step)
}

fn op_send(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "send", args, 1, 1)?;
    let op = op_of(vm, args[0])?;
    let step = vm.async_op_step(op, args[1], None)?;
    step_result(vm, step)
}

fn op_throw(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "throw", args, 1, 3)?;
    let op = op_of(vm, args[0])?;
    let exc = thrown(vm, args)?;
    let step = vm.async_op_step(op, Value::None, Some(exc))?;
    step_result(vm, step)
}

fn op_close(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "close", args, 0, 0)?;
    let op = op_of(vm, args[0])?;
    vm.async_op_close(op)
}

fn aiter(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "aiter", args, 1, 1)?;
    let v = args[0];
    let name = vm.intern("__aiter__");
    let class = vm.type_of(v);
    let Some(f) = vm.type_lookup(class, name) else {
        let msg = format!("'{}' object is not an async iterable", vm.type_name(v));
        return Err(vm.type_error(msg));
    };
    let it = vm.call_value(f, &[v], &[])?;
    let anext = vm.intern("__anext__");
    let it_class = vm.type_of(it);
    if vm.type_lookup(it_class, anext).is_none() {
        let msg = format!(
            "aiter() returned not an async iterator of type '{}'",
            vm.type_name(it)
        );
        return Err(vm.type_error(msg));
    }
    Ok(it)
}

fn anext(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "anext", args, 1, 2)?;
    let it = args[0];
    let name = vm.intern("__anext__");
    let class = vm.type_of(it);
    let Some(f) = vm.type_lookup(class, name) else {
        let msg = format!("'{}' object is not an async iterator", vm.type_name(it));
        return Err(vm.type_error(msg));
    };
    let awaitable = vm.call_value(f, &[it], &[])?;
    let Some(&default) = args.get(1) else {
        return Ok(awaitable);
    };
    let Some(iter) = vm.awaitable_iter(awaitable)? else {
        let msg = format!(
            "object {} can't be used in 'await' expression",
            vm.type_name(awaitable)
        );
        return Err(vm.type_error(msg));
    };
    match iter {
        Value::Obj(o) => Ok(vm.new_anext_default(o, default)),
        _ => Err(vm.type_error("__await__() returned a non-object")),
    }
}
