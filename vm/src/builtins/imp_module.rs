//! `_imp`: the native half of the bundled `importlib` (`reload`).

use krait_gc::Gc;

use crate::builtins::{arity, module_functions, new_module};
use crate::error::PyResult;
use crate::object::function::KwArgs;
use crate::object::{Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

/// Creates `_imp`.
pub(crate) fn create(vm: &mut Vm) -> Gc<Object> {
    let attrs = module_functions(vm, &[("reload", reload)]);
    new_module(vm, "_imp", attrs)
}

/// `reload(module)`: finds the module again and re-runs its code in its own namespace.
fn reload(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "reload", args, 1, 1)?;
    let module = args[0];
    let Some(Payload::Module(m)) = module.payload() else {
        return Err(vm.type_error("reload() argument must be a module"));
    };
    let globals = m.dict;
    let name_v = vm.get_str_attr(module, "__name__")?;
    let name = vm.str_lossy(name_v);
    let registered = vm.sys_modules_get(&name)?;
    if !registered.is_some_and(|r| r.is(module)) {
        let msg = format!("module {name} not in sys.modules");
        let cls = vm.s.types.import_error;
        return Err(vm.import_error_with(cls, msg, Some(&name), None));
    }
    vm.reload_module(&name, module, globals)
}
