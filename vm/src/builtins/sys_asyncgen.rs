//! `sys.set_asyncgen_hooks` / `sys.get_asyncgen_hooks` (how an event loop such as asyncio's
//! learns of every async generator it runs, to close them when it shuts down) and
//! `sys.is_finalizing`.
//!
//! As in CPython, an async generator takes the hooks in force at its first `__anext__`,
//! `asend`, `athrow` or `aclose`: `firstiter(agen)` is called then, and the `finalizer`
//! is kept on the generator and called with it, instead of closing it, when the generator
//! is collected unfinished.

use krait_gc::Gc;

use crate::builtins::{kwarg, module_functions};
use crate::error::PyResult;
use crate::interp::generator::gen_data;
use crate::object::function::KwArgs;
use crate::object::{Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

/// Adds the functions to the `sys` module `sys`.
pub(crate) fn add(vm: &mut Vm, sys: Gc<Object>) {
    let funcs = module_functions(
        vm,
        &[
            ("get_asyncgen_hooks", get_hooks),
            ("set_asyncgen_hooks", set_hooks),
            ("is_finalizing", is_finalizing),
        ],
    );
    crate::builtins::add_to_module(vm, sys, funcs);
}

/// `sys.get_asyncgen_hooks()`: `asyncgen_hooks(firstiter=…, finalizer=…)`.
fn get_hooks(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    crate::builtins::arity(vm, "get_asyncgen_hooks", args, 0, 0)?;
    let [firstiter, finalizer] = vm.s.asyncgen_hooks;
    vm.call_types_helper("_asyncgen_hooks", &[firstiter, finalizer])
}

/// `sys.set_asyncgen_hooks(firstiter=…, finalizer=…)`: each argument given replaces its
/// hook (`None` removes it); one left out stays as it is.
fn set_hooks(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    // CPython's messages here name no function.
    for (key, _) in kw {
        let name = match &key.payload {
            Payload::Str(s) => s.as_str().to_owned(),
            _ => String::new(),
        };
        if !matches!(name.as_str(), "firstiter" | "finalizer") {
            let msg = format!("'{name}' is an invalid keyword argument for this function");
            return Err(vm.type_error(msg));
        }
    }
    if args.len() > 2 {
        let msg = format!("function takes at most 2 arguments ({} given)", args.len());
        return Err(vm.type_error(msg));
    }
    let mut new = vm.s.asyncgen_hooks;
    // The finalizer is checked first, as CPython checks it.
    for (i, name) in [(1, "finalizer"), (0, "firstiter")] {
        let given = args.get(i).copied().or_else(|| kwarg(kw, name));
        let Some(hook) = given else { continue };
        if !hook.is_none() && !vm.is_callable(hook) {
            let msg = format!("callable {name} expected, got {}", vm.type_name(hook));
            return Err(vm.type_error(msg));
        }
        new[i] = hook;
    }
    vm.s.asyncgen_hooks = new;
    Ok(Value::None)
}

fn is_finalizing(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    crate::builtins::arity(vm, "is_finalizing", args, 0, 0)?;
    Ok(Value::Bool(vm.finalizing))
}

impl Vm {
    /// Applies the async generator hooks to `agen` at its first use (see the module docs).
    pub(crate) fn apply_asyncgen_hooks(&mut self, agen: Gc<Object>) -> PyResult<()> {
        let g = gen_data(&agen);
        if g.hooks_applied.get() {
            return Ok(());
        }
        g.hooks_applied.set(true);
        let [firstiter, finalizer] = self.s.asyncgen_hooks;
        if !finalizer.is_none() {
            g.hook_finalizer.set(finalizer);
            if !g.finalizer.get() {
                g.finalizer.set(true);
                self.heap.register_finalizer(agen);
            }
        }
        if !firstiter.is_none() {
            self.call_value(firstiter, &[Value::Obj(agen)], &[])?;
        }
        Ok(())
    }
}
