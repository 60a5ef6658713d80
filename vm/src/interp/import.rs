//! `import` of the builtin modules (`sys`, `math`, `time`), `from m import x`, `from m
//! import *`, and entering `with` blocks.

use krait_gc::Gc;

use crate::error::{Exception, PyResult};
use crate::interp::attr::text;
use crate::object::{Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// `IMPORT_NAME`: the module object for `name`.
    pub(crate) fn import_name(
        &mut self,
        name: Gc<Object>,
        _fromlist: Value,
        level: Value,
    ) -> PyResult<Value> {
        let full = text(&name).to_owned();
        if matches!(level, Value::Int(l) if l > 0) {
            return Err(self.new_error(
                self.s.types.import_error,
                "attempted relative import with no known parent package",
            ));
        }
        let top = full.split('.').next().unwrap_or("").to_owned();
        if let Some(&m) = self.s.modules.get(&top) {
            return Ok(Value::Obj(m));
        }
        if let Some(m) = crate::builtins::create_module(self, &top)? {
            self.s.modules.insert(top, m);
            return Ok(Value::Obj(m));
        }
        if let Some((path, source)) = self.find_source_module(&top) {
            return self.load_source_module(&top, &path, source).map(Value::Obj);
        }
        let msg = format!("No module named '{full}'");
        Err(self.new_error(self.s.types.module_not_found_error, msg))
    }

    /// The source of module `name`: `name.py` next to the main script, else one of the
    /// pure-Python standard modules bundled with Krait.
    fn find_source_module(&self, name: &str) -> Option<(String, String)> {
        if !self.main_file.starts_with('<') {
            let dir = std::path::Path::new(&self.main_file).parent()?;
            let path = dir.join(format!("{name}.py"));
            if let Ok(source) = std::fs::read_to_string(&path) {
                return Some((path.to_string_lossy().into_owned(), source));
            }
        }
        crate::stdlib::source(name).map(|src| (format!("<krait {name}>"), src.to_owned()))
    }

    /// Compiles and runs a module from source, registering it first (so circular imports
    /// see the partly initialised module, as in CPython).
    fn load_source_module(
        &mut self,
        name: &str,
        path: &str,
        source: String,
    ) -> PyResult<Gc<Object>> {
        let code = krait_parser::parse_module(&source)
            .and_then(|module| krait_compiler::compile_module(&module, &source, path));
        let code = match code {
            Ok(code) => code,
            Err(e) => return Err(self.syntax_error(&e, path, &source)),
        };
        let code_obj = self.load_code(&code);
        let globals = self.new_dict(crate::object::Dict::new());
        let Value::Obj(globals) = globals else {
            unreachable!()
        };
        let name_v = self.new_str(name);
        self.store_name(globals, self.s.names.name, name_v)?;
        self.store_name(globals, self.s.names.doc, Value::None)?;
        let file = self.new_str(path);
        self.store_name(globals, self.s.names.file, file)?;
        if let Some(&b) = self.s.modules.get("builtins") {
            self.store_name(globals, self.s.names.builtins, Value::Obj(b))?;
        }
        let module = self.alloc(
            self.s.types.module,
            Payload::Module(crate::object::Module {
                name: name_v,
                dict: globals,
            }),
        );
        self.s.modules.insert(name.to_owned(), module);
        self.sources.insert(path.to_owned(), source);
        self.nested += 1;
        let r = stacker::maybe_grow(128 * 1024, 4 * 1024 * 1024, || {
            self.run_code_in(code_obj, globals, globals)
        });
        self.nested -= 1;
        if let Err(e) = r {
            self.s.modules.remove(name);
            return Err(e);
        }
        Ok(module)
    }

    /// A Python `SyntaxError` (or subclass) instance for a front-end error in `path`.
    pub(crate) fn syntax_error(
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

    /// `IMPORT_FROM`: `from module import name`.
    pub(crate) fn import_from(&mut self, module: Value, name: Gc<Object>) -> PyResult<Value> {
        match self.get_attr(module, name) {
            Ok(v) => Ok(v),
            Err(e) if self.exc_matches(e, self.s.types.attribute_error) => {
                let mname = match module.payload() {
                    Some(Payload::Module(m)) => self.str_lossy(m.name),
                    _ => "?".to_owned(),
                };
                let msg = format!(
                    "cannot import name '{}' from '{mname}' (unknown location)",
                    text(&name)
                );
                Err(self.new_error(self.s.types.import_error, msg))
            }
            Err(e) => Err(e),
        }
    }

    /// `IMPORT_STAR`: copies the public names of `module` into `target`.
    pub(crate) fn import_star(&mut self, module: Value, target: Gc<Object>) -> PyResult<()> {
        let Some(Payload::Module(m)) = module.payload() else {
            return Ok(());
        };
        let items = self.mapping_items(Value::Obj(m.dict))?;
        for (k, v) in items {
            if let Some(kname) = k.as_obj() {
                if !text(&kname).starts_with('_') {
                    self.store_name(target, kname, v)?;
                }
            }
        }
        Ok(())
    }

    /// `BEFORE_WITH`: pushes the bound `__exit__` and the result of `__enter__()`.
    pub(crate) fn before_with(&mut self, mgr: Value) -> PyResult<()> {
        let class = self.type_of(mgr);
        let enter = self.type_lookup(class, self.s.names.enter);
        let exit = self.type_lookup(class, self.s.names.exit);
        let (Some(enter), Some(exit)) = (enter, exit) else {
            let msg = format!(
                "'{}' object does not support the context manager protocol",
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
