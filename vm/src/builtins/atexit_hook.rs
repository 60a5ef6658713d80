//! Running the `atexit` callbacks at shutdown (the module itself is bundled Python).

use crate::vm::Vm;

/// Calls `atexit._run_exitfuncs()` if a program imported `atexit`; what it raises is
/// dropped (the function reports its callbacks' errors itself).
pub(crate) fn run_exit_callbacks(vm: &mut Vm) {
    let Ok(Some(module)) = vm.sys_modules_get("atexit") else {
        return;
    };
    let key = vm.intern("_run_exitfuncs");
    if let Ok(f) = vm.get_attr(module, key) {
        let _ = vm.call_value(f, &[], &[]);
    }
}
