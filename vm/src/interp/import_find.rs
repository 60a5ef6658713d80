//! Finding modules: what CPython's meta path does with its builtin importer and path
//! finder. A top-level name is first one of the native modules (`sys`, `math`, …), then
//! each `sys.path` entry in turn (read at every import, so changes a program makes are
//! honoured); a submodule is searched in its parent package's `__path__`. In a folder,
//! `NAME/__init__.py` makes a regular package, `NAME.py` a module, and a folder `NAME`
//! without `__init__.py` a portion of a namespace package, used when nothing else matches.

use crate::error::PyResult;
use crate::interp::import_meta::EntryResult;
use crate::interp::import_path::{BUNDLED_ENTRY, FALLBACK_ENTRY};
use crate::object::Payload;
use crate::stdlib::Tier;
use crate::value::Value;
use crate::vm::Vm;

/// Where a found module's code comes from.
pub(crate) enum SpecKind {
    /// A module implemented in Rust (`builtins::create_module`, or one the host
    /// registered with `Vm::register_native_module`).
    Native,
    /// A `.py` file (a package's `__init__.py` for a regular package).
    Source { path: String },
    /// One of the modules bundled in `vm/src/stdlib` or registered by the host.
    Bundled { source: &'static str, tier: Tier },
    /// A namespace package: no code, only folders.
    Namespace,
}

/// What the finder found for a module (CPython's `ModuleSpec`, on the Rust side).
pub(crate) struct Spec {
    pub name: String,
    pub kind: SpecKind,
    /// `submodule_search_locations`: `Some` for packages.
    pub search: Option<Vec<String>>,
}

impl Spec {
    /// `spec.origin`: the file, `'built-in'`, or `None` for a namespace package.
    pub(crate) fn origin(&self) -> Option<String> {
        match &self.kind {
            SpecKind::Native => Some("built-in".to_owned()),
            SpecKind::Source { path } => Some(path.clone()),
            SpecKind::Bundled { tier, .. } => Some(format!(
                "{}/{}.py",
                match tier {
                    Tier::Core => BUNDLED_ENTRY,
                    Tier::Fallback => FALLBACK_ENTRY,
                },
                self.name.replace('.', "/")
            )),
            SpecKind::Namespace => None,
        }
    }

    /// `spec.parent`: the package this module belongs to.
    pub(crate) fn parent(&self) -> String {
        if self.search.is_some() {
            self.name.clone()
        } else {
            self.name
                .rsplit_once('.')
                .map_or(String::new(), |(p, _)| p.to_owned())
        }
    }
}

impl Vm {
    /// Finds module `name` (a full dotted name) in `path` (its parent's `__path__`), or, for
    /// a top-level module (`path` is `None`), among the native modules and on `sys.path`.
    pub(crate) fn find_spec(
        &mut self,
        name: &str,
        path: Option<Vec<String>>,
    ) -> PyResult<Option<Spec>> {
        let entries = match path {
            Some(p) => p,
            None => {
                if is_native(name) || self.registered_native(name).is_some() {
                    return Ok(Some(Spec {
                        name: name.to_owned(),
                        kind: SpecKind::Native,
                        search: None,
                    }));
                }
                self.sys_path_entries()?
            }
        };
        let child = name.rsplit('.').next().unwrap_or(name);
        let mut portions = Vec::new();
        for entry in entries {
            match self.search_entry(name, child, &entry) {
                EntryResult::Found(spec) => return Ok(Some(spec)),
                EntryResult::Portion(p) => portions.push(p),
                EntryResult::Nothing => {}
            }
        }
        if portions.is_empty() {
            return Ok(None);
        }
        Ok(Some(Spec {
            name: name.to_owned(),
            kind: SpecKind::Namespace,
            search: Some(portions),
        }))
    }

    /// The str entries of `sys.path` (others are skipped, as CPython's path finder does).
    fn sys_path_entries(&mut self) -> PyResult<Vec<String>> {
        let Some(path) = self.sys_value("path") else {
            return Ok(Vec::new());
        };
        let items = match path.payload() {
            Some(Payload::List(l)) => l.borrow().clone(),
            _ => self.collect_iter(path)?,
        };
        Ok(str_entries(&items))
    }

    /// A package's `__path__` as a list of folders, or `None` if `module` is not a package.
    pub(crate) fn package_path(&mut self, module: Value) -> PyResult<Option<Vec<String>>> {
        let key = self.intern("__path__");
        match self.get_attr(module, key) {
            Ok(path) => {
                let items = match path.payload() {
                    Some(Payload::List(l)) => l.borrow().clone(),
                    _ => self.collect_iter(path)?,
                };
                Ok(Some(str_entries(&items)))
            }
            Err(e) if self.exc_matches(e, self.s.types.attribute_error) => Ok(None),
            Err(e) => Err(e),
        }
    }
}

/// Whether `name` is one of the core's modules implemented in Rust.
fn is_native(name: &str) -> bool {
    crate::builtins::NATIVE_MODULES.contains(&name)
}

pub(crate) fn str_entries(items: &[Value]) -> Vec<String> {
    items
        .iter()
        .filter_map(|v| match v.payload() {
            Some(Payload::Str(s)) => Some(s.as_str().to_owned()),
            _ => None,
        })
        .collect()
}
