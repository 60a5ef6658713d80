//! Unraisable exceptions: those raised where no caller can catch them (a `__del__`, a
//! weak-reference callback). They go to `sys.unraisablehook` with an `UnraisableHookArgs`
//! (`exc_type`, `exc_value`, `exc_traceback`, `err_msg`, `object`); the default hook
//! (`sys.__unraisablehook__`) prints `Exception ignored in: <object>` and the traceback to
//! `sys.stderr`, as CPython's does.

use crate::builtins::arity;
use crate::error::{Exception, PyResult};
use crate::object::function::KwArgs;
use crate::object::Payload;
use crate::value::Value;
use crate::vm::Vm;

/// `sys.unraisablehook(unraisable)` / `sys.__unraisablehook__`: the default report.
pub(crate) fn unraisablehook(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "unraisablehook", args, 1, 1)?;
    let hook_args = args[0];
    let field = |vm: &mut Vm, name: &str| -> PyResult<Value> {
        let key = vm.intern(name);
        vm.get_attr(hook_args, key)
    };
    let exc_value = field(vm, "exc_value")?;
    let err_msg = field(vm, "err_msg")?;
    let object = field(vm, "object")?;
    let exc = match exc_value {
        Value::Obj(o) if matches!(o.payload, Payload::Exception(_)) => Some(Exception(o)),
        _ => None,
    };
    let err_msg = if err_msg.is_none() {
        None
    } else {
        Some(vm.str_text(err_msg)?)
    };
    let text = vm.unraisable_text(exc, err_msg.as_deref(), object);
    vm.write_unraisable(&text)?;
    Ok(Value::None)
}

impl Vm {
    /// The default hook's text: the header line naming `object` (or `err_msg` alone), then
    /// the traceback of `exc`.
    fn unraisable_text(
        &mut self,
        exc: Option<Exception>,
        err_msg: Option<&str>,
        object: Value,
    ) -> String {
        let msg = err_msg.unwrap_or("Exception ignored in");
        let mut text = if object.is_none() {
            format!("{msg}\n")
        } else {
            let what = self
                .repr(object)
                .unwrap_or_else(|_| "<object repr() failed>".to_owned());
            format!("{msg}: {what}\n")
        };
        if let Some(exc) = exc {
            text.push_str(&self.format_exception_chain(exc));
        }
        text
    }

    /// Writes the report to `sys.stderr` (the process's stderr if that is missing).
    fn write_unraisable(&mut self, text: &str) -> PyResult<()> {
        let stderr = self.sys_dict_value("stderr");
        match stderr {
            Some(Value::None) => Ok(()),
            Some(f) => crate::builtins::std_streams::write_to(self, f, text),
            None => {
                self.write_stderr(text);
                Ok(())
            }
        }
    }

    /// `sys.<name>` as stored in the module (no `sys.__getattr__`), if it is there.
    fn sys_dict_value(&mut self, name: &str) -> Option<Value> {
        let sys = *self.s.modules.get("sys")?;
        let Payload::Module(m) = &sys.payload else {
            return None;
        };
        let d = Value::Obj(m.dict);
        let key = self.intern(name);
        self.dict_get(d, Value::Obj(key)).ok().flatten()
    }

    /// Hands an exception nobody can catch to `sys.unraisablehook`: `err_msg` (default
    /// `Exception ignored in`) and `object` say where it happened. A failing hook is reported
    /// by the default one, and so is everything while `sys.unraisablehook` is the default.
    pub(crate) fn report_unraisable(
        &mut self,
        exc: Exception,
        err_msg: Option<&str>,
        object: Value,
    ) {
        let hook = self.sys_dict_value("unraisablehook");
        let default = self.sys_dict_value("__unraisablehook__");
        let custom = match (hook, default) {
            (Some(h), Some(d)) => !h.is(d) && !h.is_none(),
            (Some(h), None) => !h.is_none(),
            _ => false,
        };
        if custom {
            let hook = hook.unwrap_or(Value::None);
            let exc_type = Value::Obj(self.type_of(exc.value()));
            let tb = self.exc_traceback(exc.data());
            let msg = match err_msg {
                Some(m) => self.new_str(m),
                None => Value::None,
            };
            let called = self
                .call_types_helper(
                    "_unraisable_args",
                    &[exc_type, exc.value(), tb, msg, object],
                )
                .and_then(|args| self.call_value(hook, &[args], &[]));
            match called {
                Ok(_) => return,
                Err(e) => {
                    let text = self.unraisable_text(
                        Some(e),
                        Some("Exception ignored in sys.unraisablehook"),
                        hook,
                    );
                    let _ = self.write_unraisable(&text);
                    return;
                }
            }
        }
        let text = self.unraisable_text(Some(exc), err_msg, object);
        if self.write_unraisable(&text).is_err() {
            self.write_stderr(&text);
        }
    }
}
