//! `sys.path` and `sys.modules` at start-up: the search path is built as CPython builds it
//! (the script's folder or `''` first unless `-P`, then `PYTHONPATH`, then the bundled
//! library, then an installed CPython's `Lib` when `KRAIT_CPYTHON_LIB` names one, then the
//! bundled stand-ins that CPython's `Lib` replaces when present), and
//! `sys` and `builtins` are in `sys.modules` from the start.

use crate::value::Value;
use crate::vm::Vm;

/// The `sys.path` entry that stands for the pure-Python modules bundled with Krait
/// (`vm/src/stdlib` and those the host registers): the finder looks them up by name when
/// it reaches this entry.
pub(crate) const BUNDLED_ENTRY: &str = "<krait-stdlib>";

/// The `sys.path` entry, after CPython's `Lib`, for the bundled stand-ins of modules that
/// CPython writes in pure Python (`stdlib::Tier::Fallback`).
pub(crate) const FALLBACK_ENTRY: &str = "<krait-stdlib-fallback>";

/// What the embedder chose for `sys.path` (see `VmOptions`).
pub(crate) struct PathConfig {
    pub python_path: Vec<String>,
    pub safe_path: bool,
    pub cpython_lib: Option<String>,
    /// Whether the first entry (script folder or `''`) has been decided.
    pub path0_set: bool,
}

/// The first `sys.path` entry for a main program compiled under `filename`: `''` for a
/// program without a file (`-c`, stdin, the prompt), else the absolute folder of the script.
pub(crate) fn script_path0(filename: &str) -> String {
    if filename.starts_with('<') {
        return String::new();
    }
    // As CPython: the folder of the script with symbolic links resolved.
    let path = std::path::Path::new(filename);
    let resolved = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let dir = resolved.parent().unwrap_or(std::path::Path::new(""));
    if dir.as_os_str().is_empty() {
        return std::env::current_dir()
            .map(|d| d.to_string_lossy().into_owned())
            .unwrap_or_default();
    }
    dir.to_string_lossy().into_owned()
}

impl Vm {
    /// `sys.path` before the main program is known.
    pub(crate) fn initial_sys_path(&mut self) -> Value {
        let mut entries: Vec<String> = self.path_config.python_path.clone();
        entries.retain(|e| !e.is_empty());
        entries.push(BUNDLED_ENTRY.to_owned());
        if let Some(lib) = self.path_config.cpython_lib.clone() {
            entries.push(lib);
        }
        entries.push(FALLBACK_ENTRY.to_owned());
        let items = entries.into_iter().map(|e| self.new_str(e)).collect();
        self.new_list(items)
    }

    /// Creates `sys` and registers it and `builtins` in `sys.modules`.
    pub(crate) fn install_import_system(&mut self) {
        let sys = crate::builtins::sys::create(self);
        self.add_module("sys", sys);
        for name in ["builtins", "sys"] {
            if let Some(&m) = self.s.modules.get(name) {
                let _ = self.attach_native_spec(name, m);
                let _ = self.sys_modules_set(name, Value::Obj(m));
            }
        }
    }

    /// Puts the main program's entry at the front of `sys.path` (once, and not with `-P`).
    pub(crate) fn set_path0(&mut self, entry: String) {
        if self.path_config.path0_set {
            return;
        }
        self.path_config.path0_set = true;
        if self.path_config.safe_path {
            return;
        }
        let Some(Value::Obj(path)) = self.sys_value("path") else {
            return;
        };
        if let crate::object::Payload::List(l) = &path.payload {
            let entry = self.new_str(entry);
            l.borrow_mut().insert(0, entry);
        }
    }

    /// `sys.<name>` as the program currently has it (`None` if deleted).
    pub(crate) fn sys_value(&mut self, name: &str) -> Option<Value> {
        let sys = *self.s.modules.get("sys")?;
        let key = self.intern(name);
        self.get_attr(Value::Obj(sys), key).ok()
    }

    /// `sys.modules[name]`, if present.
    pub(crate) fn sys_modules_get(&mut self, name: &str) -> crate::error::PyResult<Option<Value>> {
        let key = self.new_str(name);
        self.dict_get(Value::Obj(self.s.sys_modules), key)
    }

    /// `sys.modules[name] = module`.
    pub fn sys_modules_set(&mut self, name: &str, module: Value) -> crate::error::PyResult<()> {
        let key = self.new_str(name);
        self.dict_set(Value::Obj(self.s.sys_modules), key, module)
    }

    /// `sys.modules.pop(name, None)`.
    pub(crate) fn sys_modules_remove(&mut self, name: &str) -> crate::error::PyResult<()> {
        let key = self.new_str(name);
        self.dict_remove(Value::Obj(self.s.sys_modules), key)
            .map(drop)
    }
}
