//! The modules a VM's host adds to it: native modules written in Rust and Python modules
//! bundled as source. The VM itself provides only the runtime core (`builtins`, `sys`, the
//! import system and what the builtin types need, see `builtins::NATIVE_MODULES` and
//! `stdlib`); the standard library (the `krait-stdlib` crate) registers the rest here
//! before the first program runs. The finder consults the registry after the core's own
//! modules, so a module the host registers cannot shadow one the core relies on.

use krait_gc::Gc;

use crate::error::PyResult;
use crate::object::Object;
use crate::stdlib::Tier;
use crate::vm::Vm;

/// Creates a native module on its first import; gets the module's name (one function may
/// serve several modules, such as the hash modules).
pub type NativeModuleInit = fn(&mut Vm, &str) -> PyResult<Gc<Object>>;

/// What the host has registered (see [`Vm::register_native_module`] and
/// [`Vm::register_bundled_module`]).
#[derive(Default)]
pub(crate) struct ModuleRegistry {
    natives: Vec<(&'static str, NativeModuleInit)>,
    bundled: Vec<(&'static str, &'static str, Tier)>,
}

impl Vm {
    /// Makes `import NAME` create the module with `init` (once: the module is then cached
    /// in `sys.modules` like any other). Registering a name again replaces the earlier
    /// entry; a name the core itself provides (`sys`, `builtins`, ...) is not overridden.
    pub fn register_native_module(&mut self, name: &'static str, init: NativeModuleInit) {
        let natives = &mut self.registry.natives;
        natives.retain(|(n, _)| *n != name);
        natives.push((name, init));
    }

    /// Makes `import NAME` (a top-level name) compile and run `source`, found at the
    /// `sys.path` entry `tier` names (see [`Tier`]). Registering a name again replaces the
    /// earlier entry.
    pub fn register_bundled_module(
        &mut self,
        name: &'static str,
        source: &'static str,
        tier: Tier,
    ) {
        let bundled = &mut self.registry.bundled;
        bundled.retain(|(n, _, _)| *n != name);
        bundled.push((name, source, tier));
    }

    /// The registered native module `name`'s initialiser.
    pub(crate) fn registered_native(&self, name: &str) -> Option<NativeModuleInit> {
        let natives = &self.registry.natives;
        natives.iter().find(|(n, _)| *n == name).map(|&(_, f)| f)
    }

    /// `sys.builtin_module_names`: the modules implemented in Rust (the core's and those
    /// the host registered), sorted.
    pub(crate) fn builtin_module_names(&self) -> Vec<String> {
        let mut names: Vec<String> = crate::builtins::NATIVE_MODULES
            .iter()
            .map(|n| (*n).to_owned())
            .chain(self.registry.natives.iter().map(|(n, _)| (*n).to_owned()))
            .collect();
        names.sort();
        names.dedup();
        names
    }

    /// The registered bundled source of module `name` and its tier.
    pub(crate) fn registered_bundled(&self, name: &str) -> Option<(&'static str, Tier)> {
        let bundled = &self.registry.bundled;
        bundled
            .iter()
            .find(|(n, _, _)| *n == name)
            .map(|&(_, s, t)| (s, t))
    }
}
