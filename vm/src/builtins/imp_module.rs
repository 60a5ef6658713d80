//! `_imp`: the native half of the bundled `importlib` (`reload`), and the switch
//! `test.support` flips around fresh imports (`_override_frozen_modules_for_tests`), and the
//! import lock (`lock_held`, `acquire_lock`, `release_lock`): Krait runs one thread, so
//! the lock is a count of how many times it was taken and not yet given back; and the
//! import system's native finder classes (`_finder_classes`) for `importlib.machinery`.

use std::cell::Cell;

use krait_gc::Gc;

use crate::builtins::{arity, module_functions, new_module};
use crate::error::PyResult;
use crate::object::function::KwArgs;
use crate::object::{Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

/// Creates `_imp`.
pub(crate) fn create(vm: &mut Vm) -> Gc<Object> {
    let attrs = module_functions(
        vm,
        &[
            ("reload", reload),
            ("_override_frozen_modules_for_tests", override_frozen),
            ("lock_held", lock_held),
            ("acquire_lock", acquire_lock),
            ("release_lock", release_lock),
        ],
    );
    let mut attrs = attrs;
    // The bundled importlib's `machinery.BuiltinImporter` / `PathFinder` (Krait-internal).
    let classes = crate::interp::import_meta::finder_classes(vm);
    let finders = vm.new_tuple(classes.iter().map(|&c| Value::Obj(c)).collect());
    attrs.push(("_finder_classes", finders));
    new_module(vm, "_imp", attrs)
}

thread_local! {
    /// How many times the import lock is held (it is re-entrant).
    static IMPORT_LOCK: Cell<u64> = const { Cell::new(0) };
}

/// `lock_held()`: whether the import lock is taken.
fn lock_held(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "_imp.lock_held", args, 0, 0)?;
    Ok(Value::Bool(IMPORT_LOCK.with(|c| c.get() > 0)))
}

/// `acquire_lock()`: takes the import lock once more.
fn acquire_lock(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "_imp.acquire_lock", args, 0, 0)?;
    IMPORT_LOCK.with(|c| c.set(c.get() + 1));
    Ok(Value::None)
}

/// `release_lock()`: gives the import lock back once; `RuntimeError` when it is not held.
fn release_lock(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "_imp.release_lock", args, 0, 0)?;
    if IMPORT_LOCK.with(|c| c.get()) == 0 {
        return Err(vm.runtime_error("not holding the import lock"));
    }
    IMPORT_LOCK.with(|c| c.set(c.get() - 1));
    Ok(Value::None)
}

/// `_override_frozen_modules_for_tests(override)`: Krait freezes no modules, so whether
/// imports may use frozen ones changes nothing; the argument is checked as CPython does.
fn override_frozen(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "_override_frozen_modules_for_tests", args, 1, 1)?;
    crate::builtins::int_arg(vm, args[0])?;
    Ok(Value::None)
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
