//! Coroutine origin tracking: `sys.get_coroutine_origin_tracking_depth` and
//! `sys.set_coroutine_origin_tracking_depth`, how many frames a new coroutine's `cr_origin`
//! records.

use krait_gc::Gc;

use crate::builtins::{arity, module_functions};
use crate::error::PyResult;
use crate::object::function::KwArgs;
use crate::object::Object;
use crate::value::Value;
use crate::vm::Vm;

/// Adds the two functions to the `sys` module `sys`.
pub(crate) fn add(vm: &mut Vm, sys: Gc<Object>) {
    let funcs = module_functions(
        vm,
        &[
            ("get_coroutine_origin_tracking_depth", get_origin_depth),
            ("set_coroutine_origin_tracking_depth", set_origin_depth),
        ],
    );
    crate::builtins::add_to_module(vm, sys, funcs);
}

/// `sys.get_coroutine_origin_tracking_depth()`.
fn get_origin_depth(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "get_coroutine_origin_tracking_depth", args, 0, 0)?;
    Ok(Value::Int(vm.coro_origin_depth as i64))
}

/// `sys.set_coroutine_origin_tracking_depth(depth)`: how many frames a new coroutine's
/// `cr_origin` records (0: none, `cr_origin` is `None`).
fn set_origin_depth(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    crate::builtins::check_kwargs(vm, "set_coroutine_origin_tracking_depth", kw, &["depth"])?;
    let depth = match (args.first(), crate::builtins::kwarg(kw, "depth")) {
        (Some(&d), None) | (None, Some(d)) => d,
        _ => {
            arity(vm, "set_coroutine_origin_tracking_depth", args, 1, 1)?;
            return Ok(Value::None);
        }
    };
    let depth = vm.index_value(depth, "depth")?;
    if depth < 0 {
        return Err(vm.value_error("depth must be >= 0"));
    }
    vm.coro_origin_depth = depth.min(u32::MAX as i64) as u32;
    Ok(Value::None)
}
