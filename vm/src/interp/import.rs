//! `import` statements and `__import__`: resolving relative names against the importing
//! module's package, importing each parent package first, binding submodules as attributes
//! of their parents, `from m import x` falling back to submodules, and `from m import *`
//! honouring `__all__`. Finding modules is `import_find`, creating and running them
//! `import_load`, `sys.path` `import_path`. Also entering `with` blocks.

use krait_gc::Gc;

use crate::error::{Exception, PyResult};
use crate::interp::attr::text;
use crate::object::{Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// `IMPORT_NAME`: `import name` / `from name import …` in the current frame.
    pub fn import_name(
        &mut self,
        name: Gc<Object>,
        fromlist: Value,
        level: Value,
    ) -> PyResult<Value> {
        let globals = self.s.frames.last().map(|f| Value::Obj(f.globals));
        let level = match level {
            Value::Int(l) => l,
            _ => 0,
        };
        self.import_module_level(text(&name), globals, fromlist, level)
    }

    /// What `__import__(name, globals, locals, fromlist, level)` does.
    pub(crate) fn import_module_level(
        &mut self,
        name: &str,
        globals: Option<Value>,
        fromlist: Value,
        level: i64,
    ) -> PyResult<Value> {
        if level < 0 {
            return Err(self.value_error("level must be >= 0"));
        }
        let absolute = if level > 0 {
            let package = self.calc_package(globals)?;
            self.resolve_name(name, &package, level)?
        } else {
            if name.is_empty() {
                return Err(self.value_error("Empty module name"));
            }
            name.to_owned()
        };
        let module = self.gcd_import(&absolute)?;
        let wants_from = match fromlist {
            Value::None => false,
            v => self.truthy(v)?,
        };
        if !wants_from {
            if level == 0 {
                let top = name.split('.').next().unwrap_or(name);
                return self.gcd_import(top);
            }
            if name.is_empty() {
                return Ok(module);
            }
            // `from . import` aside, `__import__('a.b', level=1)` returns the package the
            // first component names, relative to the resolved name.
            let first_len = name.split('.').next().unwrap_or(name).len();
            let cut = name.len() - first_len;
            let top = &absolute[..absolute.len() - cut];
            return self.gcd_import(top);
        }
        if self.package_path(module)?.is_some() {
            self.handle_fromlist(module, fromlist, false)?;
        }
        Ok(module)
    }

    /// The package a relative import in a module with these globals is relative to.
    fn calc_package(&mut self, globals: Option<Value>) -> PyResult<String> {
        let Some(globals) = globals.filter(|g| !matches!(g, Value::None)) else {
            return Ok(String::new());
        };
        let get = |vm: &mut Vm, key: &str| -> PyResult<Option<Value>> {
            let key = vm.new_str(key);
            vm.dict_get(globals, key)
        };
        match get(self, "__package__")? {
            Some(Value::None) | None => {}
            Some(p) => {
                return match p.payload() {
                    Some(Payload::Str(s)) => Ok(s.as_str().to_owned()),
                    _ => Err(self.type_error("package must be a string")),
                };
            }
        }
        if let Some(spec) = get(self, "__spec__")?.filter(|s| !matches!(s, Value::None)) {
            let parent = self.get_str_attr(spec, "parent")?;
            return Ok(self.str_lossy(parent));
        }
        let name = match get(self, "__name__")? {
            Some(n) if matches!(n.payload(), Some(Payload::Str(_))) => self.str_lossy(n),
            _ => return Err(self.new_error(self.s.types.key_error, "'__name__' not in globals")),
        };
        if get(self, "__path__")?.is_some() {
            return Ok(name);
        }
        Ok(name
            .rsplit_once('.')
            .map_or(String::new(), |(p, _)| p.to_owned()))
    }

    /// The absolute name of a relative import of `name` at `level` from `package`.
    fn resolve_name(&mut self, name: &str, package: &str, level: i64) -> PyResult<String> {
        if package.is_empty() {
            return Err(self.import_error_with(
                self.s.types.import_error,
                "attempted relative import with no known parent package".to_owned(),
                None,
                None,
            ));
        }
        let parts: Vec<&str> = package.rsplitn(level as usize, '.').collect();
        if (parts.len() as i64) < level {
            return Err(self.import_error_with(
                self.s.types.import_error,
                "attempted relative import beyond top-level package".to_owned(),
                None,
                None,
            ));
        }
        let base = parts.last().copied().unwrap_or("");
        Ok(if name.is_empty() {
            base.to_owned()
        } else {
            format!("{base}.{name}")
        })
    }

    /// Imports module `name` (absolute), importing its parents first, and returns it.
    pub(crate) fn gcd_import(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = self.sys_modules_get(name)? {
            if matches!(m, Value::None) {
                let msg = format!("import of {name} halted; None in sys.modules");
                return Err(self.import_error_with(
                    self.s.types.module_not_found_error,
                    msg,
                    Some(name),
                    None,
                ));
            }
            return Ok(m);
        }
        let mut path = None;
        let mut parent_module = None;
        if let Some((parent, _)) = name.rsplit_once('.') {
            let parent_m = match self.sys_modules_get(parent)? {
                Some(m) if !matches!(m, Value::None) => m,
                _ => self.gcd_import(parent)?,
            };
            // Importing the parent may have imported this module too.
            if let Some(m) = self.sys_modules_get(name)? {
                return Ok(m);
            }
            match self.package_path(parent_m)? {
                Some(p) => {
                    let obj = self.get_str_attr(parent_m, "__path__")?;
                    path = Some((p, obj));
                }
                None => {
                    let msg = format!("No module named '{name}'; '{parent}' is not a package");
                    return Err(self.import_error_with(
                        self.s.types.module_not_found_error,
                        msg,
                        Some(name),
                        None,
                    ));
                }
            }
            parent_module = Some(parent_m);
        }
        let Some(module) = self.find_and_load(name, path)? else {
            let msg = format!("No module named '{name}'");
            return Err(self.import_error_with(
                self.s.types.module_not_found_error,
                msg,
                Some(name),
                None,
            ));
        };
        if let (Some(parent), Some((_, child))) = (parent_module, name.rsplit_once('.')) {
            self.set_str_attr(parent, child, module)?;
        }
        Ok(module)
    }

    /// Imports the submodules a `from package import …` names that are not attributes of
    /// the package yet (and those of `__all__` for `*`).
    fn handle_fromlist(&mut self, module: Value, fromlist: Value, recursive: bool) -> PyResult<()> {
        let items = self.collect_iter(fromlist)?;
        for item in items {
            let Some(Payload::Str(s)) = item.payload() else {
                let what = if recursive {
                    "``from list''"
                } else {
                    "Item in ``from list''"
                };
                let msg = format!("{what} must be str, not {}", self.type_name(item));
                return Err(self.type_error(msg));
            };
            let x = s.as_str().to_owned();
            if x == "*" {
                if !recursive {
                    if let Some(all) = self.get_str_attr_opt(module, "__all__")? {
                        self.handle_fromlist(module, all, true)?;
                    }
                }
                continue;
            }
            if self.get_str_attr_opt(module, &x)?.is_some() {
                continue;
            }
            let mname = self.get_str_attr(module, "__name__")?;
            let from_name = format!("{}.{x}", self.str_lossy(mname));
            match self.gcd_import(&from_name) {
                Ok(_) => {}
                Err(e) if self.exc_matches(e, self.s.types.module_not_found_error) => {
                    let ename = self.get_str_attr_opt(e.value(), "name")?;
                    let same = ename.is_some_and(|n| self.str_lossy(n) == from_name);
                    let halted = matches!(self.sys_modules_get(&from_name)?, Some(Value::None));
                    if !same || halted {
                        return Err(e);
                    }
                }
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }

    /// An `ImportError` (or subclass) with its `name` and `path` attributes.
    pub(crate) fn import_error_with(
        &mut self,
        class: Gc<Object>,
        msg: String,
        name: Option<&str>,
        path: Option<&str>,
    ) -> Exception {
        let e = self.new_error(class, msg);
        if let Some(Payload::Exception(data)) = e.value().payload() {
            if let Some(Payload::Tuple(t)) = data.args.get().payload() {
                let m = t[0];
                let _ = self.set_str_attr(e.value(), "msg", m);
            }
        }
        let name = match name {
            Some(n) => self.new_str(n),
            None => Value::None,
        };
        let path = match path {
            Some(p) => self.new_str(p),
            None => Value::None,
        };
        let _ = self.set_str_attr(e.value(), "name", name);
        let _ = self.set_str_attr(e.value(), "path", path);
        e
    }

    /// A Python `SyntaxError` (or subclass) instance for a front-end error in `path`.
    pub fn syntax_error(
        &mut self,
        e: &krait_ast::SyntaxError,
        path: &str,
        source: &str,
    ) -> Exception {
        self.syntax_error_in(e, path, source, true)
    }

    /// As [`Vm::syntax_error`]; `newline_added` says whether the source was read as lines
    /// that all end in a newline (files, `exec` and `single` sources: CPython's tokenizer
    /// adds one to the last line) or as it is (`eval` sources), which shows in `text`.
    pub(crate) fn syntax_error_in(
        &mut self,
        e: &krait_ast::SyntaxError,
        path: &str,
        source: &str,
        newline_added: bool,
    ) -> Exception {
        let index = krait_ast::LineIndex::new(source);
        let start = index.line_col(e.range.start());
        let end = index.line_col(e.range.end());
        let line_text = source
            .lines()
            .nth(start.line as usize - 1)
            .unwrap_or("")
            .to_owned();
        let col = |lc: krait_ast::LineCol| {
            line_text
                .get(..lc.col as usize)
                .map_or(lc.col as usize, |s| s.chars().count())
                + 1
        };
        let class = match e.kind {
            krait_ast::SyntaxErrorKind::SyntaxError => self.s.types.syntax_error,
            krait_ast::SyntaxErrorKind::IndentationError => self.s.types.indentation_error,
            krait_ast::SyntaxErrorKind::TabError => self.s.types.tab_error,
        };
        let msg = self.new_str(e.message.as_str());
        let file = self.new_str(path);
        let last_line_open =
            !source.ends_with('\n') && start.line as usize >= source.lines().count();
        let text = if newline_added || !last_line_open {
            self.new_str(format!("{line_text}\n"))
        } else {
            self.new_str(line_text.as_str())
        };
        let details = self.new_tuple(vec![
            file,
            Value::Int(start.line as i64),
            Value::Int(col(start) as i64),
            text,
            Value::Int(end.line as i64),
            Value::Int(col(end) as i64),
        ]);
        self.new_exception(class, vec![msg, details])
    }

    /// `IMPORT_FROM`: `from module import name`: the attribute, else the submodule
    /// `module.name` if `sys.modules` has it, else CPython's `ImportError`.
    pub(crate) fn import_from(&mut self, module: Value, name: Gc<Object>) -> PyResult<Value> {
        match self.get_attr(module, name) {
            Ok(v) => return Ok(v),
            Err(e) if self.exc_matches(e, self.s.types.attribute_error) => {}
            Err(e) => return Err(e),
        }
        let name = text(&name).to_owned();
        let pkgname = match self.get_str_attr_opt(module, "__name__")? {
            Some(n) if matches!(n.payload(), Some(Payload::Str(_))) => Some(self.str_lossy(n)),
            _ => None,
        };
        if let Some(pkg) = &pkgname {
            if let Some(m) = self.sys_modules_get(&format!("{pkg}.{name}"))? {
                return Ok(m);
            }
        }
        let pkg = pkgname.unwrap_or_else(|| "<unknown module name>".to_owned());
        let path = match self.get_str_attr_opt(module, "__file__")? {
            Some(p) if matches!(p.payload(), Some(Payload::Str(_))) => Some(self.str_lossy(p)),
            _ => None,
        };
        let msg = match &path {
            None => format!("cannot import name '{name}' from '{pkg}' (unknown location)"),
            Some(p) if self.module_initializing(module)? => format!(
                "cannot import name '{name}' from partially initialized module '{pkg}' \
                 (most likely due to a circular import) ({p})"
            ),
            Some(p) => format!("cannot import name '{name}' from '{pkg}' ({p})"),
        };
        Err(self.import_error_with(self.s.types.import_error, msg, Some(&pkg), path.as_deref()))
    }

    /// Whether `module.__spec__._initializing` is true (its body is still running).
    fn module_initializing(&mut self, module: Value) -> PyResult<bool> {
        let Some(spec) = self.get_str_attr_opt(module, "__spec__")? else {
            return Ok(false);
        };
        if matches!(spec, Value::None) {
            return Ok(false);
        }
        match self.get_str_attr_opt(spec, "_initializing")? {
            Some(v) => self.truthy(v),
            None => Ok(false),
        }
    }

    /// `IMPORT_STAR`: copies `module.__all__`'s names (or, without it, the public names of
    /// its namespace) into `target`.
    pub(crate) fn import_star(&mut self, module: Value, target: Gc<Object>) -> PyResult<()> {
        if let Some(all) = self.get_str_attr_opt(module, "__all__")? {
            let names = self.collect_iter(all)?;
            for n in names {
                let Some(Payload::Str(_)) = n.payload() else {
                    let mname = self.module_name_for_star(module)?;
                    let msg = format!(
                        "Item in {mname}.__all__ must be str, not {}",
                        self.type_name(n)
                    );
                    return Err(self.type_error(msg));
                };
                let key = n.as_obj().expect("str is an object");
                let v = self.get_attr(module, key)?;
                self.store_name(target, key, v)?;
            }
            return Ok(());
        }
        let dict = match module.payload() {
            Some(Payload::Module(m)) => Value::Obj(m.dict),
            _ => self.get_str_attr(module, "__dict__")?,
        };
        let items = self.mapping_items(dict)?;
        for (k, v) in items {
            if let Some(kname) = k.as_obj() {
                if !text(&kname).starts_with('_') {
                    self.store_name(target, kname, v)?;
                }
            }
        }
        Ok(())
    }

    fn module_name_for_star(&mut self, module: Value) -> PyResult<String> {
        Ok(match self.get_str_attr_opt(module, "__name__")? {
            Some(n) => self.str_lossy(n),
            None => "module".to_owned(),
        })
    }

    /// `BEFORE_WITH`: pushes the bound `__exit__` and the result of `__enter__()`.
    pub(crate) fn before_with(&mut self, mgr: Value) -> PyResult<()> {
        let class = self.type_of(mgr);
        let enter = self.type_lookup(class, self.s.names.enter);
        let exit = self.type_lookup(class, self.s.names.exit);
        let (Some(enter), Some(exit)) = (enter, exit) else {
            // CPython names the missing half only when `__enter__` is there.
            let missed = if enter.is_some() {
                " (missed __exit__ method)"
            } else {
                ""
            };
            let msg = format!(
                "'{}' object does not support the context manager protocol{missed}",
                self.type_name(mgr)
            );
            return Err(self.type_error(msg));
        };
        let exit = self.bound_method(exit, mgr);
        self.s.stack.push(exit);
        let r = self.call_value(enter, &[mgr], &[])?;
        self.s.stack.push(r);
        Ok(())
    }
}
