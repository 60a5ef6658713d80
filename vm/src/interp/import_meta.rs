//! `sys.meta_path`, `sys.path_hooks` and `sys.path_importer_cache`: the import system's
//! finder objects, honoured as CPython honours them.
//!
//! `sys.meta_path` starts as `[BuiltinImporter, PathFinder]`, two classes whose
//! `find_spec` class methods are the native finders of `import_find`. While the list holds
//! only those, an import runs entirely in Rust as before. A program may insert its own
//! finders (objects with `find_spec(fullname, path, target=None)`): each is asked in turn,
//! and a spec it returns is loaded through its loader's `create_module` / `exec_module`
//! (or a legacy `load_module`). A spec whose loader is one of Krait's own (what
//! `PathFinder.find_spec` returns to a finder that delegates to it) is loaded natively.
//!
//! The path finder asks `sys.path_importer_cache` for each entry's finder, filling it from
//! `sys.path_hooks` (callables taking the entry, raising ImportError to decline). The
//! default hook makes a native `FileFinder`, which searches its folder as `import_find`
//! does; any other finder object is asked with `find_spec(fullname, target=None)`.

use krait_gc::Gc;

use crate::builtins::{arity, method_kind, new_builtin};
use crate::error::PyResult;
use crate::interp::import_find::{Spec, SpecKind};
use crate::interp::import_path::{BUNDLED_ENTRY, FALLBACK_ENTRY};
use crate::object::function::KwArgs;
use crate::object::{BuiltinKind, Dict, Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

/// What the path finder found for a module.
pub(crate) enum Found {
    /// A module the native search found.
    Native(Spec),
    /// A spec object a Python-level finder returned.
    Object(Value),
}

/// The result of searching one `sys.path` entry natively.
pub(crate) enum EntryResult {
    Found(Spec),
    /// A folder that can be a portion of a namespace package.
    Portion(String),
    Nothing,
}

/// The import system's class `name` of module `module` (made on first use).
pub(crate) fn import_class(vm: &mut Vm, name: &str, module: &str) -> Gc<Object> {
    if let Some(&c) = vm.s.import_classes.get(name) {
        return c;
    }
    let object = vm.s.types.object;
    let data = crate::object::ClassData::new(
        name,
        vec![object],
        Dict::new(),
        crate::object::Layout::Instance,
    );
    *data.module.borrow_mut() = module.to_owned();
    let class = vm.alloc(vm.s.types.type_, Payload::Class(Box::new(data)));
    if let Some(c) = class.as_class() {
        *c.mro.borrow_mut() = vec![class, object];
    }
    vm.s.import_classes.insert(name.to_owned(), class);
    class
}

/// `BuiltinImporter`, `PathFinder`, `FileFinder`, `SourceFileLoader`, with their native
/// methods (idempotent).
pub(crate) fn finder_classes(vm: &mut Vm) -> [Gc<Object>; 4] {
    let builtin = import_class(vm, "BuiltinImporter", "_frozen_importlib");
    let path = import_class(vm, "PathFinder", "_frozen_importlib_external");
    let file = import_class(vm, "FileFinder", "_frozen_importlib_external");
    let source = import_class(vm, "SourceFileLoader", "_frozen_importlib_external");
    let key = vm.intern("find_spec");
    let ready = builtin
        .as_class()
        .is_some_and(|c| c.dict.borrow().get_str(vm.names_hash(key), key).is_some());
    if !ready {
        method_kind(
            vm,
            builtin,
            "find_spec",
            builtin_find_spec,
            BuiltinKind::ClassMethod,
        );
        method_kind(
            vm,
            builtin,
            "create_module",
            builtin_create_module,
            BuiltinKind::ClassMethod,
        );
        method_kind(
            vm,
            builtin,
            "exec_module",
            noop_exec_module,
            BuiltinKind::ClassMethod,
        );
        method_kind(
            vm,
            path,
            "find_spec",
            path_finder_find_spec,
            BuiltinKind::ClassMethod,
        );
        method_kind(
            vm,
            path,
            "invalidate_caches",
            path_finder_invalidate,
            BuiltinKind::ClassMethod,
        );
        method_kind(
            vm,
            file,
            "find_spec",
            file_finder_find_spec,
            BuiltinKind::Method,
        );
        method_kind(vm, file, "invalidate_caches", noop, BuiltinKind::Method);
        method_kind(vm, source, "create_module", noop, BuiltinKind::Method);
        method_kind(
            vm,
            source,
            "exec_module",
            source_exec_module,
            BuiltinKind::Method,
        );
        method_kind(
            vm,
            source,
            "get_filename",
            source_get_filename,
            BuiltinKind::Method,
        );
        method_kind(
            vm,
            source,
            "get_source",
            source_get_source,
            BuiltinKind::Method,
        );
        method_kind(
            vm,
            source,
            "is_package",
            source_is_package,
            BuiltinKind::Method,
        );
    }
    [builtin, path, file, source]
}

/// `ModuleSpec`'s constructor and its `parent` property (the other attributes are plain).
fn spec_class(vm: &mut Vm) -> Gc<Object> {
    let spec = import_class(vm, "ModuleSpec", "_frozen_importlib");
    let key = vm.intern("parent");
    let ready = spec
        .as_class()
        .is_some_and(|c| c.dict.borrow().get_str(vm.names_hash(key), key).is_some());
    if !ready {
        crate::builtins::native::getter(vm, spec, "parent", spec_parent);
        method_kind(vm, spec, "__init__", spec_init, BuiltinKind::Method);
    }
    spec
}

/// `ModuleSpec(name, loader, *, origin=None, loader_state=None, is_package=None)`.
fn spec_init(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    crate::builtins::method_arity(vm, "__init__", args, 2, 2)?;
    let me = args[0];
    let (mut origin, mut state, mut is_package) = (Value::None, Value::None, false);
    for &(k, v) in kw {
        match crate::interp::attr::text(&k) {
            "origin" => origin = v,
            "loader_state" => state = v,
            "is_package" => is_package = vm.truthy(v)?,
            other => {
                let msg =
                    format!("ModuleSpec.__init__() got an unexpected keyword argument '{other}'");
                return Err(vm.type_error(msg));
            }
        }
    }
    vm.set_str_attr(me, "name", args[1])?;
    vm.set_str_attr(me, "loader", args[2])?;
    vm.set_str_attr(me, "origin", origin)?;
    vm.set_str_attr(me, "loader_state", state)?;
    let search = if is_package {
        vm.new_list(Vec::new())
    } else {
        Value::None
    };
    vm.set_str_attr(me, "submodule_search_locations", search)?;
    vm.set_str_attr(me, "has_location", Value::Bool(false))?;
    vm.set_str_attr(me, "cached", Value::None)?;
    vm.set_str_attr(me, "_initializing", Value::Bool(false))?;
    Ok(Value::None)
}

/// `spec.parent`: the package the module belongs to (itself for a package).
fn spec_parent(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    crate::builtins::method_arity(vm, "parent", args, 0, 0)?;
    let name = vm.get_str_attr(args[0], "name")?;
    let search = vm.get_str_attr_opt(args[0], "submodule_search_locations")?;
    if search.is_some_and(|s| !s.is_none()) {
        return Ok(name);
    }
    let text = crate::builtins::str_arg(vm, name, "name")?;
    let parent = text.rsplit_once('.').map_or("", |(p, _)| p).to_owned();
    Ok(vm.new_str(parent))
}

/// The initial `sys.meta_path`, `sys.path_hooks` and `sys.path_importer_cache`.
pub(crate) fn sys_attrs(vm: &mut Vm) -> Vec<(&'static str, Value)> {
    let [builtin, path, _, _] = finder_classes(vm);
    spec_class(vm);
    let meta_path = vm.new_list(vec![Value::Obj(builtin), Value::Obj(path)]);
    let hook = default_hook(vm);
    let hooks = vm.new_list(vec![hook]);
    let cache = vm.new_dict(Dict::new());
    vec![
        ("meta_path", meta_path),
        ("path_hooks", hooks),
        ("path_importer_cache", cache),
    ]
}

/// The default path hook, `FileFinder.path_hook(...)`'s result in CPython.
fn default_hook(vm: &mut Vm) -> Value {
    if let Some(&h) = vm.s.import_classes.get("path_hook_for_FileFinder") {
        return Value::Obj(h);
    }
    let hook = new_builtin(
        vm,
        "path_hook_for_FileFinder",
        path_hook_for_file_finder,
        BuiltinKind::Function,
        false,
    );
    if let Value::Obj(h) = hook {
        vm.s.import_classes
            .insert("path_hook_for_FileFinder".to_owned(), h);
    }
    hook
}

/// Whether `v` is the import system's class `name`.
fn is_import_class(vm: &Vm, v: Value, name: &str) -> bool {
    match (v, vm.s.import_classes.get(name)) {
        (Value::Obj(o), Some(&c)) => Gc::ptr_eq(o, c),
        _ => false,
    }
}

/// Whether `v` is an instance of the import system's class `name`.
fn is_import_instance(vm: &Vm, v: Value, name: &str) -> bool {
    match (v, vm.s.import_classes.get(name)) {
        (Value::Obj(_), Some(&c)) => Gc::ptr_eq(vm.type_of(v), c),
        _ => false,
    }
}

impl Vm {
    /// Finds module `name` through `sys.meta_path` and loads it; `path` is the parent
    /// package's `__path__` (`None` for a top-level module). `Ok(None)`: no finder knows it.
    pub(crate) fn find_and_load(
        &mut self,
        name: &str,
        path: Option<(Vec<String>, Value)>,
    ) -> PyResult<Option<Value>> {
        let finders = match self.sys_value("meta_path") {
            Some(Value::None) => {
                let msg = "sys.meta_path is None, Python is likely shutting down";
                return Err(self.import_error_with(
                    self.s.types.import_error,
                    msg.into(),
                    Some(name),
                    None,
                ));
            }
            Some(v @ Value::Obj(_)) => match v.payload() {
                Some(Payload::List(l)) => l.borrow().clone(),
                _ => self.collect_iter(v)?,
            },
            _ => {
                let [b, p, _, _] = finder_classes(self);
                vec![Value::Obj(b), Value::Obj(p)]
            }
        };
        if finders.is_empty() {
            let category = self.s.types.import_warning;
            crate::builtins::numbers::warn_native(self, category, "sys.meta_path is empty")?;
        }
        let (entries, path_obj) = match path {
            Some((entries, obj)) => (Some(entries), obj),
            None => (None, Value::None),
        };
        for finder in finders {
            if is_import_class(self, finder, "BuiltinImporter") {
                if entries.is_none() && self.is_builtin_module(name) {
                    let spec = native_spec(name);
                    return self.load_spec(&spec).map(Some);
                }
                continue;
            }
            if is_import_class(self, finder, "PathFinder") {
                let search = match &entries {
                    Some(e) => e.clone(),
                    None => self.sys_path_strings()?,
                };
                match self.path_finder_find(name, search)? {
                    Some(Found::Native(spec)) => return self.load_spec(&spec).map(Some),
                    Some(Found::Object(spec)) => {
                        return self.load_spec_object(name, spec).map(Some);
                    }
                    None => continue,
                }
            }
            let Some(find_spec) = self.get_str_attr_opt(finder, "find_spec")? else {
                continue;
            };
            let full = self.new_str(name);
            let spec = self.call_value(find_spec, &[full, path_obj], &[])?;
            if !spec.is_none() {
                return self.load_spec_object(name, spec).map(Some);
            }
        }
        Ok(None)
    }

    /// Whether `name` is a module implemented in Rust (the core's or the host's).
    fn is_builtin_module(&mut self, name: &str) -> bool {
        crate::builtins::NATIVE_MODULES.contains(&name) || self.registered_native(name).is_some()
    }

    /// `sys.path`'s str entries.
    fn sys_path_strings(&mut self) -> PyResult<Vec<String>> {
        let Some(path) = self.sys_value("path") else {
            return Ok(Vec::new());
        };
        let items = match path.payload() {
            Some(Payload::List(l)) => l.borrow().clone(),
            _ => self.collect_iter(path)?,
        };
        Ok(crate::interp::import_find::str_entries(&items))
    }

    /// The path finder: each entry's finder from `sys.path_importer_cache` (filled from
    /// `sys.path_hooks`) asked in turn; folders that only hold a portion of a namespace
    /// package make one if nothing else is found.
    pub(crate) fn path_finder_find(
        &mut self,
        name: &str,
        entries: Vec<String>,
    ) -> PyResult<Option<Found>> {
        let child = name.rsplit('.').next().unwrap_or(name).to_owned();
        let mut portions = Vec::new();
        for entry in entries {
            if entry == BUNDLED_ENTRY || entry == FALLBACK_ENTRY {
                match self.search_entry(name, &child, &entry) {
                    EntryResult::Found(spec) => return Ok(Some(Found::Native(spec))),
                    EntryResult::Portion(p) => portions.push(p),
                    EntryResult::Nothing => {}
                }
                continue;
            }
            let finder = self.finder_for_entry(&entry)?;
            match finder {
                None => {}
                Some(f)
                    if is_import_instance(self, f, "FileFinder")
                        && self.get_str_attr_opt(f, "_loaders")?.is_none() =>
                {
                    match self.search_entry(name, &child, &entry) {
                        EntryResult::Found(spec) => return Ok(Some(Found::Native(spec))),
                        EntryResult::Portion(p) => portions.push(p),
                        EntryResult::Nothing => {}
                    }
                }
                Some(f) => {
                    let Some(find_spec) = self.get_str_attr_opt(f, "find_spec")? else {
                        continue;
                    };
                    let full = self.new_str(name);
                    let spec = self.call_value(find_spec, &[full], &[])?;
                    if spec.is_none() {
                        continue;
                    }
                    let loader = self.get_str_attr(spec, "loader")?;
                    if !loader.is_none() {
                        return Ok(Some(Found::Object(spec)));
                    }
                    let search = self.get_str_attr(spec, "submodule_search_locations")?;
                    if !search.is_none() {
                        let items = self.collect_iter(search)?;
                        portions.extend(crate::interp::import_find::str_entries(&items));
                    }
                }
            }
        }
        if portions.is_empty() {
            return Ok(None);
        }
        Ok(Some(Found::Native(Spec {
            name: name.to_owned(),
            kind: SpecKind::Namespace,
            search: Some(portions),
        })))
    }

    /// The finder for `sys.path` entry `entry`: `sys.path_importer_cache[entry]`, or made by
    /// the first of `sys.path_hooks` that accepts the entry (and cached). `None`: no hook
    /// accepts it.
    fn finder_for_entry(&mut self, entry: &str) -> PyResult<Option<Value>> {
        // CPython keys the current folder's entry ('') by its path.
        let key_text = if entry.is_empty() {
            match std::env::current_dir() {
                Ok(d) => d.to_string_lossy().into_owned(),
                Err(_) => return Ok(None),
            }
        } else {
            entry.to_owned()
        };
        let cache = self.sys_value("path_importer_cache");
        let key = self.new_str(key_text.as_str());
        if let Some(cache @ Value::Obj(_)) = cache {
            if let Some(f) = self.getitem_opt(cache, key)? {
                return Ok(if f.is_none() { None } else { Some(f) });
            }
        }
        let hooks = match self.sys_value("path_hooks") {
            Some(h @ Value::Obj(_)) => match h.payload() {
                Some(Payload::List(l)) => l.borrow().clone(),
                _ => self.collect_iter(h)?,
            },
            _ => Vec::new(),
        };
        let mut finder = None;
        let mut cacheable = true;
        for hook in hooks {
            if is_import_class(self, hook, "path_hook_for_FileFinder") {
                // The default hook accepts folders only. A missing folder is not cached,
                // so one made later is found (Krait's finder keeps no listing to go stale).
                if std::path::Path::new(&key_text).is_dir() {
                    finder = Some(self.new_file_finder(&key_text)?);
                    break;
                }
                cacheable = false;
                continue;
            }
            let arg = self.new_str(entry);
            match self.call_value(hook, &[arg], &[]) {
                Ok(f) => {
                    finder = Some(f);
                    break;
                }
                Err(e) if self.exc_matches(e, self.s.types.import_error) => continue,
                Err(e) => return Err(e),
            }
        }
        if let (Some(cache @ Value::Obj(_)), true) = (cache, cacheable || finder.is_some()) {
            let v = finder.unwrap_or(Value::None);
            self.set_item(cache, key, v)?;
        }
        Ok(finder)
    }

    /// A native `FileFinder` for folder `path`.
    fn new_file_finder(&mut self, path: &str) -> PyResult<Value> {
        let [_, _, file, _] = finder_classes(self);
        let finder =
            Value::Obj(self.alloc(file, Payload::Instance(crate::object::Instance::default())));
        let p = self.new_str(path);
        self.set_str_attr(finder, "path", p)?;
        Ok(finder)
    }

    /// Searches one `sys.path` entry (a folder, or one of the bundled library's entries)
    /// for module `name` (whose last part is `child`).
    pub(crate) fn search_entry(&mut self, name: &str, child: &str, entry: &str) -> EntryResult {
        let tier = match entry {
            BUNDLED_ENTRY => Some(crate::stdlib::Tier::Core),
            FALLBACK_ENTRY => Some(crate::stdlib::Tier::Fallback),
            _ => None,
        };
        if let Some(tier) = tier {
            if !name.contains('.') {
                let found = crate::stdlib::find(name).or_else(|| self.registered_bundled(name));
                if let Some((source, t)) = found {
                    if t == tier {
                        return EntryResult::Found(Spec {
                            name: name.to_owned(),
                            kind: SpecKind::Bundled { source, tier },
                            search: None,
                        });
                    }
                }
            }
            return EntryResult::Nothing;
        }
        let base = if entry.is_empty() {
            match std::env::current_dir() {
                Ok(d) => d,
                Err(_) => return EntryResult::Nothing,
            }
        } else {
            std::path::PathBuf::from(entry)
        };
        let folder = base.join(child);
        let is_folder = folder.is_dir();
        if is_folder {
            let init = folder.join("__init__.py");
            if init.is_file() {
                return EntryResult::Found(Spec {
                    name: name.to_owned(),
                    kind: SpecKind::Source {
                        path: init.to_string_lossy().into_owned(),
                    },
                    search: Some(vec![folder.to_string_lossy().into_owned()]),
                });
            }
        }
        let file = base.join(format!("{child}.py"));
        if file.is_file() {
            return EntryResult::Found(Spec {
                name: name.to_owned(),
                kind: SpecKind::Source {
                    path: file.to_string_lossy().into_owned(),
                },
                search: None,
            });
        }
        if is_folder {
            return EntryResult::Portion(folder.to_string_lossy().into_owned());
        }
        EntryResult::Nothing
    }

    /// Loads module `name` from a spec object a finder returned: natively when its loader
    /// is one of Krait's own, else through the loader's `create_module` and `exec_module`
    /// (or `load_module`), as CPython's `_load` does.
    pub(crate) fn load_spec_object(&mut self, name: &str, spec: Value) -> PyResult<Value> {
        if let Some(native) = self.native_spec_of(name, spec)? {
            return self.load_spec(&native);
        }
        let loader = self.get_str_attr(spec, "loader")?;
        if loader.is_none() {
            let search = self.get_str_attr_opt(spec, "submodule_search_locations")?;
            if let Some(search) = search.filter(|s| !s.is_none()) {
                let items = self.collect_iter(search)?;
                let native = Spec {
                    name: name.to_owned(),
                    kind: SpecKind::Namespace,
                    search: Some(crate::interp::import_find::str_entries(&items)),
                };
                return self.load_spec(&native);
            }
            return Err(self.import_error_with(
                self.s.types.import_error,
                "missing loader".into(),
                Some(name),
                None,
            ));
        }
        let exec = self.get_str_attr_opt(loader, "exec_module")?;
        let Some(exec) = exec else {
            // A loader of the old protocol makes and registers the module itself.
            let Some(load) = self.get_str_attr_opt(loader, "load_module")? else {
                let msg = format!("{} has no exec_module()", self.repr(loader)?);
                return Err(self.import_error_with(
                    self.s.types.import_error,
                    msg,
                    Some(name),
                    None,
                ));
            };
            let n = self.new_str(name);
            self.call_value(load, &[n], &[])?;
            return self.registered_module(name);
        };
        let module = match self.get_str_attr_opt(loader, "create_module")? {
            Some(create) => self.call_value(create, &[spec], &[])?,
            None => {
                let msg = "loaders that define exec_module() must also define create_module()";
                return Err(self.import_error_with(
                    self.s.types.import_error,
                    msg.into(),
                    Some(name),
                    None,
                ));
            }
        };
        let module = if module.is_none() {
            Value::Obj(self.new_module_object(name)?.0)
        } else {
            module
        };
        self.init_attrs_from_spec_object(module, spec, loader)?;
        self.sys_modules_set(name, module)?;
        let initializing = self.intern("_initializing");
        let _ = self.set_attr(spec, initializing, Value::Bool(true));
        let r = self.call_value(exec, &[module], &[]);
        let _ = self.set_attr(spec, initializing, Value::Bool(false));
        if let Err(e) = r {
            self.sys_modules_remove(name)?;
            return Err(e);
        }
        self.registered_module(name)
    }

    /// `sys.modules[name]` after a loader ran (a module body may replace its entry).
    fn registered_module(&mut self, name: &str) -> PyResult<Value> {
        match self.sys_modules_get(name)? {
            Some(m) => Ok(m),
            None => {
                let msg = format!("Loaded module {name} not found in sys.modules");
                Err(self.new_error(self.s.types.import_error, msg))
            }
        }
    }

    /// Sets a new module's import attributes from its spec object, keeping any the loader's
    /// `create_module` already set (CPython's `_init_module_attrs`).
    fn init_attrs_from_spec_object(
        &mut self,
        module: Value,
        spec: Value,
        loader: Value,
    ) -> PyResult<()> {
        let set_missing = |vm: &mut Vm, attr: &str, v: Value| -> PyResult<()> {
            match vm.get_str_attr_opt(module, attr)? {
                Some(old) if !old.is_none() => Ok(()),
                _ => vm.set_str_attr(module, attr, v),
            }
        };
        let name = self.get_str_attr(spec, "name")?;
        set_missing(self, "__name__", name)?;
        set_missing(self, "__loader__", loader)?;
        let search = self
            .get_str_attr_opt(spec, "submodule_search_locations")?
            .unwrap_or(Value::None);
        let package = match self.get_str_attr_opt(spec, "parent")? {
            Some(p) if !p.is_none() => p,
            _ => {
                let text = self.str_lossy(name);
                let parent = if search.is_none() {
                    text.rsplit_once('.').map_or("", |(p, _)| p).to_owned()
                } else {
                    text
                };
                self.new_str(parent)
            }
        };
        set_missing(self, "__package__", package)?;
        self.set_str_attr(module, "__spec__", spec)?;
        if !search.is_none() {
            set_missing(self, "__path__", search)?;
        }
        let has_location = match self.get_str_attr_opt(spec, "has_location")? {
            Some(v) => self.truthy(v)?,
            None => false,
        };
        if has_location {
            if let Some(origin) = self.get_str_attr_opt(spec, "origin")? {
                set_missing(self, "__file__", origin)?;
            }
            if let Some(cached) = self.get_str_attr_opt(spec, "cached")? {
                if !cached.is_none() {
                    set_missing(self, "__cached__", cached)?;
                }
            }
        }
        Ok(())
    }

    /// The native spec behind a spec object whose loader is one of Krait's own (so the
    /// module loads as if the native finder had found it), else `None`.
    fn native_spec_of(&mut self, name: &str, spec: Value) -> PyResult<Option<Spec>> {
        let Some(loader) = self.get_str_attr_opt(spec, "loader")? else {
            return Ok(None);
        };
        if is_import_instance(self, loader, "BuiltinImporter")
            || is_import_class(self, loader, "BuiltinImporter")
        {
            return Ok(Some(native_spec(name)));
        }
        if !is_import_instance(self, loader, "SourceFileLoader") {
            return Ok(None);
        }
        let origin = self.get_str_attr(spec, "origin")?;
        let Some(Payload::Str(origin)) = origin.payload() else {
            return Ok(None);
        };
        let origin = origin.as_str().to_owned();
        if origin.starts_with(BUNDLED_ENTRY) || origin.starts_with(FALLBACK_ENTRY) {
            let found = crate::stdlib::find(name).or_else(|| self.registered_bundled(name));
            return Ok(found.map(|(source, tier)| Spec {
                name: name.to_owned(),
                kind: SpecKind::Bundled { source, tier },
                search: None,
            }));
        }
        let search = match self.get_str_attr_opt(spec, "submodule_search_locations")? {
            Some(s) if !s.is_none() => {
                let items = self.collect_iter(s)?;
                Some(crate::interp::import_find::str_entries(&items))
            }
            _ => None,
        };
        Ok(Some(Spec {
            name: name.to_owned(),
            kind: SpecKind::Source { path: origin },
            search,
        }))
    }

    /// `mapping[key]`, `None` when the key is missing.
    fn getitem_opt(&mut self, mapping: Value, key: Value) -> PyResult<Option<Value>> {
        if let Some(Payload::Dict(_)) = mapping.payload() {
            return self.dict_get(mapping, key);
        }
        match self.get_item(mapping, key) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.exc_matches(e, self.s.types.key_error) => Ok(None),
            Err(e) => Err(e),
        }
    }
}

/// The spec of native module `name`.
fn native_spec(name: &str) -> Spec {
    Spec {
        name: name.to_owned(),
        kind: SpecKind::Native,
        search: None,
    }
}

/// The str argument `i` of a native method (`fullname`, `path`).
fn str_at(vm: &mut Vm, args: &[Value], i: usize, what: &str) -> PyResult<String> {
    match args.get(i) {
        Some(v) => crate::builtins::str_arg(vm, *v, what),
        None => Err(vm.type_error(format!("missing required argument '{what}'"))),
    }
}

/// `BuiltinImporter.find_spec(fullname, path=None, target=None)`.
fn builtin_find_spec(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "find_spec", args, 2, 4)?;
    let name = str_at(vm, args, 1, "fullname")?;
    let top = args.get(2).is_none_or(|p| p.is_none());
    if top && vm.is_builtin_module(&name) {
        return vm.spec_object(&native_spec(&name));
    }
    Ok(Value::None)
}

/// `BuiltinImporter.create_module(spec)`: the native module, made (not registered).
fn builtin_create_module(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "create_module", args, 2, 2)?;
    let name = vm.get_str_attr(args[1], "name")?;
    let name = crate::builtins::str_arg(vm, name, "name")?;
    if let Some(&m) = vm.s.modules.get(&name) {
        return Ok(Value::Obj(m));
    }
    match crate::builtins::create_module(vm, &name)? {
        Some(m) => {
            vm.add_module(name, m);
            Ok(Value::Obj(m))
        }
        None => match vm.registered_native(&name) {
            Some(init) => Ok(Value::Obj(init(vm, &name)?)),
            None => {
                let msg = format!("no built-in module named {name}");
                Err(vm.import_error_with(vm.s.types.import_error, msg, Some(&name), None))
            }
        },
    }
}

fn noop_exec_module(_vm: &mut Vm, _args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Ok(Value::None)
}

fn noop(_vm: &mut Vm, _args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Ok(Value::None)
}

/// `PathFinder.find_spec(fullname, path=None, target=None)`.
fn path_finder_find_spec(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "find_spec", args, 2, 4)?;
    let name = str_at(vm, args, 1, "fullname")?;
    let entries = match args.get(2).filter(|p| !p.is_none()) {
        Some(&p) => {
            let items = vm.collect_iter(p)?;
            crate::interp::import_find::str_entries(&items)
        }
        None => vm.sys_path_strings()?,
    };
    match vm.path_finder_find(&name, entries)? {
        Some(Found::Native(spec)) => vm.spec_object(&spec),
        Some(Found::Object(spec)) => Ok(spec),
        None => Ok(Value::None),
    }
}

/// `PathFinder.invalidate_caches()`: asks every cached finder to drop its caches, and
/// forgets the entries no hook accepted.
fn path_finder_invalidate(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "invalidate_caches", args, 1, 1)?;
    let Some(cache) = vm.sys_value("path_importer_cache") else {
        return Ok(Value::None);
    };
    let Some(Payload::Dict(d)) = cache.payload() else {
        return Ok(Value::None);
    };
    let items: Vec<(Value, Value)> = d.borrow().iter().map(|e| (e.key, e.value)).collect();
    for (k, finder) in items {
        if finder.is_none() {
            vm.dict_remove(cache, k)?;
        } else if let Some(f) = vm.get_str_attr_opt(finder, "invalidate_caches")? {
            vm.call_value(f, &[], &[])?;
        }
    }
    Ok(Value::None)
}

/// The default path hook: a `FileFinder` for a folder; ImportError for anything else.
fn path_hook_for_file_finder(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "path_hook_for_FileFinder", args, 1, 1)?;
    let path = crate::builtins::str_arg(vm, args[0], "path")?;
    let folder = if path.is_empty() { "." } else { path.as_str() };
    if !std::path::Path::new(folder).is_dir() {
        return Err(vm.import_error_with(
            vm.s.types.import_error,
            "only directories are supported".into(),
            None,
            Some(&path),
        ));
    }
    vm.new_file_finder(&path)
}

/// `FileFinder.find_spec(fullname, target=None)`.
fn file_finder_find_spec(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "find_spec", args, 2, 3)?;
    // A finder made with its own loaders (`FileFinder(path, (Loader, suffixes), ...)`)
    // searches with them, in the bundled importlib's Python.
    if let Some(custom) = vm.get_str_attr_opt(args[0], "_find_with_loaders")? {
        if vm.get_str_attr_opt(args[0], "_loaders")?.is_some() {
            return vm.call_value(custom, &args[1..], &[]);
        }
    }
    let name = str_at(vm, args, 1, "fullname")?;
    let path = vm.get_str_attr(args[0], "path")?;
    let path = crate::builtins::str_arg(vm, path, "path")?;
    let child = name.rsplit('.').next().unwrap_or(&name).to_owned();
    match vm.search_entry(&name, &child, &path) {
        EntryResult::Found(spec) => vm.spec_object(&spec),
        EntryResult::Portion(p) => {
            // CPython's answer for a namespace portion: a spec without a loader.
            let spec = Spec {
                name: name.clone(),
                kind: SpecKind::Namespace,
                search: Some(vec![p]),
            };
            let obj = vm.spec_object(&spec)?;
            vm.set_str_attr(obj, "loader", Value::None)?;
            Ok(obj)
        }
        EntryResult::Nothing => Ok(Value::None),
    }
}

/// The `path` attribute of a native loader `args[0]`.
fn loader_path(vm: &mut Vm, args: &[Value]) -> PyResult<String> {
    let path = vm.get_str_attr(args[0], "path")?;
    crate::builtins::str_arg(vm, path, "path")
}

/// `SourceFileLoader.exec_module(module)`: runs the file's code in the module.
fn source_exec_module(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "exec_module", args, 2, 2)?;
    let path = loader_path(vm, args)?;
    let Some(Payload::Module(m)) = args[1].payload() else {
        return Err(vm.type_error("exec_module() argument must be a module"));
    };
    let globals = m.dict;
    let source = if path.starts_with(BUNDLED_ENTRY) || path.starts_with(FALLBACK_ENTRY) {
        let name = vm.get_str_attr(args[0], "name")?;
        let name = crate::builtins::str_arg(vm, name, "name")?;
        match crate::stdlib::find(&name).or_else(|| vm.registered_bundled(&name)) {
            Some((source, _)) => source.to_owned(),
            None => {
                return Err(vm.import_error_with(
                    vm.s.types.import_error,
                    format!("No module named '{name}'"),
                    Some(&name),
                    None,
                ))
            }
        }
    } else {
        vm.read_source_file(&path)?
    };
    let spec = vm
        .get_str_attr_opt(args[1], "__spec__")?
        .unwrap_or(Value::None);
    let spec = if spec.is_none() {
        // `_initializing` is set on whatever spec there is; a module without one gets a
        // throwaway object for it.
        vm.simple_object("ModuleSpec", "_frozen_importlib")?
    } else {
        spec
    };
    let cacheable = !path.starts_with(BUNDLED_ENTRY) && !path.starts_with(FALLBACK_ENTRY);
    vm.exec_module_source(globals, &path, source, spec, cacheable)?;
    Ok(Value::None)
}

fn source_get_filename(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "get_filename", args, 1, 2)?;
    let path = loader_path(vm, args)?;
    Ok(vm.new_str(path))
}

fn source_get_source(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "get_source", args, 1, 2)?;
    let path = loader_path(vm, args)?;
    let text = vm.read_source_file(&path)?;
    Ok(vm.new_str(text))
}

fn source_is_package(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "is_package", args, 1, 2)?;
    let path = loader_path(vm, args)?;
    let stem = std::path::Path::new(&path)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned());
    Ok(Value::Bool(stem.as_deref() == Some("__init__")))
}
