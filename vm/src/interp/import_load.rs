//! Loading found modules: the module object with CPython's attributes (`__name__`,
//! `__file__`, `__package__`, `__path__`, `__spec__`, `__loader__`, `__cached__`, …), its
//! registration in `sys.modules` before its body runs (so a circular import sees the
//! partly initialised module), and its removal when the body raises.

use krait_gc::Gc;

use crate::error::PyResult;
use crate::interp::import_find::{Spec, SpecKind};
use crate::object::{Dict, Instance, Module, Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// Creates, registers and runs the module `spec` describes; returns what
    /// `sys.modules[name]` holds afterwards (a module body may replace its own entry).
    pub(crate) fn load_spec(&mut self, spec: &Spec) -> PyResult<Value> {
        if let SpecKind::Native = spec.kind {
            let module = match self.s.modules.get(&spec.name) {
                Some(&m) => m,
                None => match crate::builtins::create_module(self, &spec.name)? {
                    Some(m) => m,
                    None => match self.registered_native(&spec.name) {
                        Some(init) => init(self, &spec.name)?,
                        None => {
                            let msg = format!("No module named '{}'", spec.name);
                            return Err(self.new_error(self.s.types.module_not_found_error, msg));
                        }
                    },
                },
            };
            self.add_module(spec.name.clone(), module);
            self.attach_native_spec(&spec.name, module)?;
            self.sys_modules_set(&spec.name, Value::Obj(module))?;
            return Ok(Value::Obj(module));
        }
        let (source, path) = match &spec.kind {
            SpecKind::Source { path } => (Some(self.read_source_file(path)?), path.clone()),
            SpecKind::Bundled { source, .. } => (
                (*source).to_owned().into(),
                spec.origin().unwrap_or_default(),
            ),
            _ => (None, String::new()),
        };
        let (module, globals) = self.new_module_object(&spec.name)?;
        let spec_obj = self.spec_object(spec)?;
        self.init_module_attrs(globals, spec, spec_obj)?;
        self.sys_modules_set(&spec.name, Value::Obj(module))?;
        let Some(source) = source else {
            return Ok(Value::Obj(module));
        };
        let cacheable = matches!(spec.kind, SpecKind::Source { .. });
        let r = self.exec_module_source(globals, &path, source, spec_obj, cacheable);
        if let Err(e) = r {
            self.sys_modules_remove(&spec.name)?;
            return Err(e);
        }
        match self.sys_modules_get(&spec.name)? {
            Some(m) => Ok(m),
            None => {
                let msg = format!("Loaded module {} not found in sys.modules", spec.name);
                Err(self.new_error(self.s.types.import_error, msg))
            }
        }
    }

    /// The text of the source file at `path`, decoded as CPython reads a module: a UTF-8
    /// byte order mark dropped, a PEP 263 declaration (`# -*- coding: koi8-r -*-`) applied;
    /// bytes the encoding cannot decode are a `SyntaxError`.
    pub(crate) fn read_source_file(&mut self, path: &str) -> PyResult<String> {
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                let msg = format!("[Errno {}] {e}: '{path}'", e.raw_os_error().unwrap_or(0));
                return Err(self.new_error(self.s.types.os_error, msg));
            }
        };
        krait_lexer::decode_source(&bytes).map_err(|e| self.syntax_error(&e, path, ""))
    }

    /// `importlib.reload`: finds module `name` again (in its parent's `__path__`) and runs
    /// its code in its existing namespace `globals`; returns `sys.modules[name]`.
    pub(crate) fn reload_module(
        &mut self,
        name: &str,
        module: Value,
        globals: Gc<Object>,
    ) -> PyResult<Value> {
        let mut path = None;
        if let Some((parent, _)) = name.rsplit_once('.') {
            let Some(parent_m) = self.sys_modules_get(parent)? else {
                let msg = format!("parent '{parent}' not in sys.modules");
                let cls = self.s.types.import_error;
                return Err(self.import_error_with(cls, msg, Some(parent), None));
            };
            path = self.package_path(parent_m)?;
        }
        let Some(spec) = self.find_spec(name, path)? else {
            let msg = format!("spec not found for the module '{name}'");
            let cls = self.s.types.module_not_found_error;
            return Err(self.import_error_with(cls, msg, Some(name), None));
        };
        let source = match &spec.kind {
            SpecKind::Source { path } => Some((self.read_source_file(path)?, path.clone())),
            SpecKind::Bundled { source, .. } => {
                Some(((*source).to_owned(), spec.origin().unwrap_or_default()))
            }
            _ => None,
        };
        let spec_obj = self.spec_object(&spec)?;
        self.init_module_attrs(globals, &spec, spec_obj)?;
        if let Some((source, path)) = source {
            let cacheable = matches!(spec.kind, SpecKind::Source { .. });
            self.exec_module_source(globals, &path, source, spec_obj, cacheable)?;
        }
        Ok(self.sys_modules_get(name)?.unwrap_or(module))
    }

    /// Gives a native module its `__spec__` and `__loader__` (origin `'built-in'`).
    pub(crate) fn attach_native_spec(&mut self, name: &str, module: Gc<Object>) -> PyResult<()> {
        if self
            .get_str_attr_opt(Value::Obj(module), "__spec__")?
            .is_some()
        {
            return Ok(());
        }
        let spec = Spec {
            name: name.to_owned(),
            kind: SpecKind::Native,
            search: None,
        };
        let spec_obj = self.spec_object(&spec)?;
        let loader = self.get_str_attr(spec_obj, "loader")?;
        self.set_str_attr(Value::Obj(module), "__spec__", spec_obj)?;
        self.set_str_attr(Value::Obj(module), "__loader__", loader)?;
        let package = self.new_str("");
        self.set_str_attr(Value::Obj(module), "__package__", package)
    }

    /// `repr(module)` as CPython writes it: `<module 'x' from 'FILE'>`, `<module 'sys'
    /// (built-in)>`, `<module 'ns' (namespace)>` or `<module 'x'>`.
    pub(crate) fn module_repr(&mut self, module: Value) -> PyResult<String> {
        // The name in the namespace: a deleted `__name__` shows as '?'.
        let in_dict = match module.payload() {
            Some(Payload::Module(m)) => {
                let key = self.intern("__name__");
                Some(self.mapping_get_str(m.dict, key)?)
            }
            _ => None,
        };
        let found = match in_dict {
            Some(found) => found,
            None => self.get_str_attr_opt(module, "__name__")?,
        };
        let name = match found {
            Some(n) => self.repr(n)?,
            None => "'?'".to_owned(),
        };
        let spec = self
            .get_str_attr_opt(module, "__spec__")?
            .filter(|s| !matches!(s, Value::None));
        if let Some(spec) = spec {
            let origin = self.get_str_attr_opt(spec, "origin")?;
            let has_location = match self.get_str_attr_opt(spec, "has_location")? {
                Some(v) => self.truthy(v)?,
                None => false,
            };
            return Ok(match origin {
                Some(o) if matches!(o.payload(), Some(Payload::Str(_))) => {
                    let o_text = self.str_lossy(o);
                    if has_location {
                        format!("<module {name} from {}>", self.repr(o)?)
                    } else {
                        format!("<module {name} ({o_text})>")
                    }
                }
                _ => format!("<module {name} (namespace)>"),
            });
        }
        match self.get_str_attr_opt(module, "__file__")? {
            Some(f) if matches!(f.payload(), Some(Payload::Str(_))) => {
                Ok(format!("<module {name} from {}>", self.repr(f)?))
            }
            _ => Ok(format!("<module {name}>")),
        }
    }

    /// Compiles `source` (from `path`; through the `__pycache__` file when `cacheable`) and
    /// runs it in `globals`, with `spec._initializing` set meanwhile (what "partially
    /// initialized module" reports).
    pub(crate) fn exec_module_source(
        &mut self,
        globals: Gc<Object>,
        path: &str,
        source: String,
        spec_obj: Value,
        cacheable: bool,
    ) -> PyResult<()> {
        let code = if cacheable {
            self.source_module_code(path, &source)
        } else {
            krait_parser::parse_module(&source)
                .and_then(|module| krait_compiler::compile_module(&module, &source, path))
        };
        let code = match code {
            Ok(code) => code,
            Err(e) => return Err(self.syntax_error(&e, path, &source)),
        };
        let code_obj = self.load_code(&code);
        self.sources.insert(path.to_owned(), source);
        let initializing = self.intern("_initializing");
        self.set_attr(spec_obj, initializing, Value::Bool(true))?;
        // The caller holds handles (module, spec) in Rust locals: run the body as native
        // code would call back into Python, in a heap region of its own.
        self.nested += 1;
        self.native_depth += 1;
        let r = stacker::maybe_grow(128 * 1024, 4 * 1024 * 1024, || {
            self.run_code_in(code_obj, globals, globals)
        });
        self.native_depth -= 1;
        self.nested -= 1;
        self.set_attr(spec_obj, initializing, Value::Bool(false))?;
        r.map(drop)
    }

    /// A new module object named `name` with `__name__`, `__doc__` and `__builtins__` set;
    /// returns it and its namespace.
    pub(crate) fn new_module_object(&mut self, name: &str) -> PyResult<(Gc<Object>, Gc<Object>)> {
        let Value::Obj(globals) = self.new_dict(Dict::new()) else {
            unreachable!()
        };
        let name_v = self.new_str(name);
        self.store_name(globals, self.s.names.name, name_v)?;
        self.store_name(globals, self.s.names.doc, Value::None)?;
        // An imported module's `__builtins__` is the builtins namespace (only `__main__`'s
        // is the module), as in CPython.
        let builtins = self.s.builtins;
        self.store_name(globals, self.s.names.builtins, Value::Obj(builtins))?;
        let module = self.alloc(
            self.s.types.module,
            Payload::Module(Module {
                name: name_v,
                dict: globals,
            }),
        );
        Ok((module, globals))
    }

    /// Sets the import-related attributes of a module's namespace from its spec.
    pub(crate) fn init_module_attrs(
        &mut self,
        globals: Gc<Object>,
        spec: &Spec,
        spec_obj: Value,
    ) -> PyResult<()> {
        let loader = self.get_str_attr(spec_obj, "loader")?;
        self.store_str(globals, "__loader__", loader)?;
        let package = self.new_str(spec.parent());
        self.store_str(globals, "__package__", package)?;
        self.store_str(globals, "__spec__", spec_obj)?;
        if let Some(search) = &spec.search {
            let items = search.iter().map(|s| self.new_str(s.as_str())).collect();
            let list = self.new_list(items);
            self.store_str(globals, "__path__", list)?;
        }
        match spec.kind {
            SpecKind::Namespace => self.store_str(globals, "__file__", Value::None)?,
            _ => {
                let origin = spec.origin().unwrap_or_default();
                let file = self.new_str(origin);
                self.store_str(globals, "__file__", file)?;
                let cached = self.cached_path(spec);
                self.store_str(globals, "__cached__", cached)?;
            }
        }
        Ok(())
    }

    /// A `ModuleSpec` object for `spec`, with its loader.
    pub(crate) fn spec_object(&mut self, spec: &Spec) -> PyResult<Value> {
        let (loader_class, module) = match spec.kind {
            SpecKind::Native => ("BuiltinImporter", "_frozen_importlib"),
            SpecKind::Namespace => ("NamespaceLoader", "_frozen_importlib_external"),
            _ => ("SourceFileLoader", "_frozen_importlib_external"),
        };
        let name = self.new_str(spec.name.as_str());
        let origin = match spec.origin() {
            Some(o) => self.new_str(o),
            None => Value::None,
        };
        let loader = self.simple_object(loader_class, module)?;
        if !matches!(spec.kind, SpecKind::Namespace) {
            self.set_str_attr(loader, "name", name)?;
            self.set_str_attr(loader, "path", origin)?;
        }
        let obj = self.simple_object("ModuleSpec", "_frozen_importlib")?;
        self.set_str_attr(obj, "name", name)?;
        self.set_str_attr(obj, "loader", loader)?;
        self.set_str_attr(obj, "origin", origin)?;
        let search = match &spec.search {
            Some(s) => {
                let items = s.iter().map(|s| self.new_str(s.as_str())).collect();
                self.new_list(items)
            }
            None => Value::None,
        };
        self.set_str_attr(obj, "submodule_search_locations", search)?;
        let has_location = matches!(
            spec.kind,
            SpecKind::Source { .. } | SpecKind::Bundled { .. }
        );
        self.set_str_attr(obj, "has_location", Value::Bool(has_location))?;
        let cached = self.cached_path(spec);
        self.set_str_attr(obj, "cached", cached)?;
        self.set_str_attr(obj, "_initializing", Value::Bool(false))?;
        Ok(obj)
    }

    /// `__cached__` / `spec.cached`: the cache file of a source module (whether or not it
    /// exists yet), else `None`.
    fn cached_path(&mut self, spec: &Spec) -> Value {
        match &spec.kind {
            SpecKind::Source { path } => {
                match krait_bytecode::cache::cache_path(
                    std::path::Path::new(path),
                    krait_compiler::Options::default().optimize,
                ) {
                    Some(p) => self.new_str(p.to_string_lossy().as_ref()),
                    None => Value::None,
                }
            }
            _ => Value::None,
        }
    }

    /// An instance of the import system's class `name` (made on first use, as a plain
    /// class of module `module`), with an empty `__dict__`.
    pub(crate) fn simple_object(&mut self, name: &str, module: &str) -> PyResult<Value> {
        let class = crate::interp::import_meta::import_class(self, name, module);
        Ok(Value::Obj(
            self.alloc(class, Payload::Instance(Instance::default())),
        ))
    }

    pub(crate) fn set_str_attr(&mut self, obj: Value, name: &str, v: Value) -> PyResult<()> {
        let key = self.intern(name);
        self.set_attr(obj, key, v)
    }

    pub(crate) fn get_str_attr(&mut self, obj: Value, name: &str) -> PyResult<Value> {
        let key = self.intern(name);
        self.get_attr(obj, key)
    }

    /// `getattr(obj, name, None)`-like: `None` when the attribute is missing.
    pub(crate) fn get_str_attr_opt(&mut self, obj: Value, name: &str) -> PyResult<Option<Value>> {
        let key = self.intern(name);
        match self.get_attr(obj, key) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.exc_matches(e, self.s.types.attribute_error) => Ok(None),
            Err(e) => Err(e),
        }
    }

    fn store_str(&mut self, globals: Gc<Object>, name: &str, v: Value) -> PyResult<()> {
        let key = self.intern(name);
        self.store_name(globals, key, v)
    }
}
