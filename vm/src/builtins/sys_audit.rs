//! PEP 578's audit hooks: `sys.addaudithook(hook)` and `sys.audit(event, *args)`.
//!
//! The hooks live in `State::audit_hooks` (a root) and can never be removed, as in
//! CPython. Krait raises no events of its own yet; library code (`tempfile`, `os`,
//! `shutil`, …) calls `sys.audit` and reaches every hook added.

use crate::builtins::kwarg;
use crate::error::PyResult;
use crate::object::function::KwArgs;
use crate::object::Payload;
use crate::value::Value;
use crate::vm::Vm;

/// `sys.audit(event, *args)`: calls each hook with `(event, args)`; the first exception a
/// hook raises propagates and the later hooks are not called.
pub(crate) fn audit(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("sys.audit() takes no keyword arguments"));
    }
    let Some(&event) = args.first() else {
        return Err(vm.type_error("audit() missing 1 required positional argument: 'event'"));
    };
    // With no hooks CPython returns before looking at the event.
    if vm.s.audit_hooks.is_empty() {
        return Ok(Value::None);
    }
    if !matches!(event.payload(), Some(Payload::Str(_))) {
        let msg = format!(
            "expected str for argument 'event', not {}",
            vm.type_name(event)
        );
        return Err(vm.type_error(msg));
    }
    let rest = vm.new_tuple(args[1..].to_vec());
    run_hooks(vm, event, rest)
}

/// Calls every hook with `(event, args)`. The hooks are read by index, so one added by a
/// hook while they run is called too, as CPython's list walk does.
fn run_hooks(vm: &mut Vm, event: Value, args: Value) -> PyResult<Value> {
    let mut i = 0;
    while let Some(&hook) = vm.s.audit_hooks.get(i) {
        vm.call_value(hook, &[event, args], &[])?;
        i += 1;
    }
    Ok(Value::None)
}

/// `sys.addaudithook(hook)`: raises the `sys.addaudithook` event first; a hook that
/// answers with a `RuntimeError` (or a subclass) vetoes the new hook silently, any other
/// exception propagates.
pub(crate) fn add_audit_hook(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let hook = match (args.first(), kwarg(kw, "hook")) {
        (Some(&hook), None) if args.len() == 1 => hook,
        (None, Some(hook)) => hook,
        (None, None) => {
            return Err(vm.type_error("addaudithook() missing required argument 'hook' (pos 1)"))
        }
        _ => {
            let n = args.len() + kw.len();
            let msg = format!("addaudithook() takes at most 1 argument ({n} given)");
            return Err(vm.type_error(msg));
        }
    };
    if !vm.s.audit_hooks.is_empty() {
        let event = vm.new_str("sys.addaudithook");
        let empty = Value::Obj(vm.s.empty_tuple);
        if let Err(e) = run_hooks(vm, event, empty) {
            if vm.exc_matches(e, vm.s.types.runtime_error) {
                return Ok(Value::None);
            }
            return Err(e);
        }
    }
    vm.s.audit_hooks.push(hook);
    Ok(Value::None)
}
