//! Running input typed at an interactive prompt: each piece of input is a code object
//! compiled in `single` mode and run in the one `__main__` module, whose values persist
//! between inputs; expression statements show their values through `sys.displayhook`
//! (`PRINT_EXPR`, see `builtins::compile`).
//!
//! The prompt itself (line editing, history, completion) belongs to the embedder, the
//! `krait` command; the VM offers [`Vm::run_interactive`], [`Vm::completions`] and
//! [`Vm::shutdown`](crate::Vm::shutdown).

use std::rc::Rc;

use krait_bytecode::CodeObject;
use krait_gc::Gc;

use crate::error::PyResult;
use crate::object::{Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

/// How one piece of interactive input ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InteractiveOutcome {
    /// It ran to its end.
    Completed,
    /// It raised; the traceback has been written to stderr and the session goes on.
    Raised,
    /// It raised `SystemExit` (`exit()`, `sys.exit(n)`): the session ends with this status.
    Exit(i32),
}

impl Vm {
    /// The globals of `__main__`, made on first use (named after `filename`, as `__file__`
    /// is for a script; the prompt passes `<stdin>`, which CPython does not record).
    fn interactive_globals(&mut self, filename: &str) -> PyResult<Gc<Object>> {
        if let Some(&main) = self.s.modules.get("__main__") {
            if let Payload::Module(m) = &main.payload {
                return Ok(m.dict);
            }
        }
        self.new_main_module(filename, false)
    }

    /// Runs one piece of interactive input (compiled with
    /// `krait_compiler::compile_module_as` in `Mode::Single`) in `__main__`. An exception's traceback is
    /// written to stderr, as at CPython's prompt; `SystemExit` ends the session.
    pub fn run_interactive(&mut self, code: Rc<CodeObject>) -> InteractiveOutcome {
        let result = self
            .interactive_globals(&code.filename.clone())
            .and_then(|globals| {
                let code_obj = self.load_code(&code);
                self.run_code_in(code_obj, globals, globals)
            });
        self.flush_stdout();
        match result {
            Ok(_) => InteractiveOutcome::Completed,
            Err(exc) if self.exc_matches(exc, self.s.types.system_exit) => {
                InteractiveOutcome::Exit(self.report_uncaught(exc))
            }
            Err(exc) => {
                self.report_uncaught(exc);
                InteractiveOutcome::Raised
            }
        }
    }

    /// What completes `text` at the prompt: for `expr.prefix`, the attributes of `expr`'s
    /// value (a dotted name looked up without calling anything) that start with `prefix`;
    /// otherwise the names of `__main__` and the builtins that start with `text`. Sorted,
    /// without duplicates; each is the whole completed text.
    pub fn completions(&mut self, text: &str) -> Vec<String> {
        let mut found = match text.rsplit_once('.') {
            Some((base, prefix)) => self
                .dotted_value(base)
                .map(|v| {
                    self.dir_names(v)
                        .into_iter()
                        .filter(|n| n.starts_with(prefix))
                        .filter(|n| prefix.starts_with('_') || !n.starts_with('_'))
                        .map(|n| format!("{base}.{n}"))
                        .collect()
                })
                .unwrap_or_default(),
            None => {
                let mut names = Vec::new();
                for module in ["__main__", "builtins"] {
                    if let Some(&m) = self.s.modules.get(module) {
                        names.extend(self.dir_names(Value::Obj(m)));
                    }
                }
                names.retain(|n| {
                    n.starts_with(text) && (text.starts_with('_') || !n.starts_with('_'))
                });
                names
            }
        };
        found.sort();
        found.dedup();
        found
    }

    /// The value of a dotted name (`a.b.c`) in `__main__` or the builtins, or `None` when a
    /// part is missing or not a plain name. Attribute lookups may run descriptors, as
    /// CPython's completer's do.
    fn dotted_value(&mut self, dotted: &str) -> Option<Value> {
        let mut parts = dotted.split('.');
        let first = parts.next()?;
        if first.is_empty() || !first.chars().all(|c| c == '_' || c.is_alphanumeric()) {
            return None;
        }
        let mut value = None;
        for module in ["__main__", "builtins"] {
            if let Some(&m) = self.s.modules.get(module) {
                let name = self.intern(first);
                if let Ok(v) = self.get_attr(Value::Obj(m), name) {
                    value = Some(v);
                    break;
                }
            }
        }
        let mut value = value?;
        for part in parts {
            let name = self.intern(part);
            value = self.get_attr(value, name).ok()?;
        }
        Some(value)
    }

    /// `dir(value)` as strings; empty if `dir` fails.
    fn dir_names(&mut self, value: Value) -> Vec<String> {
        let Some(&builtins) = self.s.modules.get("builtins") else {
            return Vec::new();
        };
        let dir_name = self.intern("dir");
        let names = self
            .get_attr(Value::Obj(builtins), dir_name)
            .and_then(|dir| self.call_value(dir, &[value], &[]));
        let Ok(names) = names else {
            return Vec::new();
        };
        let items = match names.payload() {
            Some(Payload::List(l)) => l.borrow().clone(),
            _ => return Vec::new(),
        };
        items
            .iter()
            .filter_map(|v| match v.payload() {
                Some(Payload::Str(s)) => Some(s.as_str().to_owned()),
                _ => None,
            })
            .collect()
    }
}
