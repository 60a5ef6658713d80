//! `krait -m NAME`: running a module found on `sys.path` as `__main__` (a package runs its
//! `__main__` submodule), as CPython's `runpy` does: parent packages are imported first,
//! `sys.path[0]` is the working folder, and `sys.argv[0]` becomes the module's file.

use crate::error::PyResult;
use crate::interp::import_find::{Spec, SpecKind};
use crate::value::Value;
use crate::vm::Vm;

/// The frames of CPython 3.11's `runpy` above a module run with `-m`.
const RUNPY_FRAMES: &str = "  File \"<frozen runpy>\", line 198, in _run_module_as_main\n  \
                            File \"<frozen runpy>\", line 88, in _run_code\n";

/// Why `-m` could not run anything (printed after `krait: `, exit status 1).
enum NotRunnable {
    Message(String),
    Raised(crate::error::Exception),
}

impl Vm {
    /// Runs module `name` as `__main__` and ends the session (as [`Vm::run_main`]); returns
    /// the exit status.
    pub fn run_module(&mut self, name: &str) -> i32 {
        let cwd = std::env::current_dir()
            .map(|d| d.to_string_lossy().into_owned())
            .unwrap_or_default();
        self.set_path0(cwd);
        let status = match self.find_main_spec(name) {
            Ok(spec) => self.run_main_spec(&spec),
            Err(NotRunnable::Message(msg)) => {
                self.write_stderr(&format!("krait: {msg}\n"));
                1
            }
            Err(NotRunnable::Raised(exc)) => {
                let kind = self.type_name(exc.value()).to_owned();
                let text = self.str_text(exc.value()).unwrap_or_default();
                self.write_stderr(&format!(
                    "krait: Error while finding module specification for '{name}' ({kind}: {text})\n"
                ));
                1
            }
        };
        self.flush_stdout();
        if self.shutdown() {
            status
        } else {
            120
        }
    }

    /// The spec of the code `-m name` runs: the module, or a package's `__main__`.
    fn find_main_spec(&mut self, name: &str) -> Result<Spec, NotRunnable> {
        let spec = self.find_spec_importing_parent(name)?;
        let Some(spec) = spec else {
            return Err(NotRunnable::Message(format!("No module named {name}")));
        };
        if spec.search.is_none() {
            return Ok(spec);
        }
        // A package: import it, then run its `__main__`.
        let main_name = format!("{name}.__main__");
        match self.find_spec_importing_parent(&main_name)? {
            Some(main) if main.search.is_none() => Ok(main),
            _ => Err(NotRunnable::Message(format!(
                "No module named {main_name}; '{name}' is a package and cannot be directly executed"
            ))),
        }
    }

    fn find_spec_importing_parent(&mut self, name: &str) -> Result<Option<Spec>, NotRunnable> {
        let path = match name.rsplit_once('.') {
            None => None,
            Some((parent, _)) => {
                let parent_m = self.gcd_import(parent).map_err(NotRunnable::Raised)?;
                match self.package_path(parent_m).map_err(NotRunnable::Raised)? {
                    Some(p) => Some(p),
                    None => {
                        return Err(NotRunnable::Message(format!(
                            "Error while finding module specification for '{name}' \
                             (ModuleNotFoundError: __path__ attribute not found on '{parent}' \
                             while trying to find '{name}')"
                        )))
                    }
                }
            }
        };
        self.find_spec(name, path).map_err(NotRunnable::Raised)
    }

    /// Runs the module of `spec` as `__main__`.
    fn run_main_spec(&mut self, spec: &Spec) -> i32 {
        let SpecKind::Source { path } = &spec.kind else {
            let msg = format!("krait: No code object available for {}\n", spec.name);
            self.write_stderr(&msg);
            return 1;
        };
        let path = path.clone();
        let source = match std::fs::read(&path) {
            Ok(bytes) => match krait_lexer::decode_source(&bytes) {
                Ok(s) => s,
                Err(e) => {
                    let exc = self.syntax_error(&e, &path, "");
                    return self.report_uncaught(exc);
                }
            },
            Err(e) => {
                self.write_stderr(&format!("krait: can't read {path}: {e}\n"));
                return 1;
            }
        };
        match self.run_main_source(spec, &path, source) {
            Ok(()) => 0,
            Err(exc) if self.exc_matches(exc, self.s.types.system_exit) => {
                self.report_uncaught(exc)
            }
            Err(exc) => {
                // CPython runs the module from `runpy`, whose two frames head the
                // traceback of the exception that escaped it.
                let mut text = self.format_exception_chain(exc);
                const HEAD: &str = "Traceback (most recent call last):\n";
                if let Some(at) = text.rfind(HEAD) {
                    text.insert_str(at + HEAD.len(), RUNPY_FRAMES);
                }
                self.write_stderr(&text);
                1
            }
        }
    }

    fn run_main_source(&mut self, spec: &Spec, path: &str, source: String) -> PyResult<()> {
        if let Some(Value::Obj(argv)) = self.sys_value("argv") {
            if let crate::object::Payload::List(l) = &argv.payload {
                let file = self.new_str(path);
                let mut l = l.borrow_mut();
                if l.is_empty() {
                    l.push(file);
                } else {
                    l[0] = file;
                }
            }
        }
        let (module, globals) = self.new_module_object("__main__")?;
        let spec_obj = self.spec_object(spec)?;
        self.init_module_attrs(globals, spec, spec_obj)?;
        self.add_module("__main__", module);
        self.sys_modules_set("__main__", Value::Obj(module))?;
        self.main_file = path.to_owned();
        self.main_source = source.clone();
        let cacheable = matches!(spec.kind, SpecKind::Source { .. });
        self.exec_module_source(globals, path, source, spec_obj, cacheable)
    }
}
