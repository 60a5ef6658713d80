//! `sys.unraisablehook`: where an exception goes that nobody can catch — one raised by a
//! `__del__`, a weak-reference callback, or a generator closed by its finalizer. Every such
//! report goes through [`Vm::write_unraisable`], which calls the hook a program installed
//! (with an `UnraisableHookArgs` struct sequence) or prints CPython's
//! `Exception ignored in: <object>` report itself when the default hook is in place.

use krait_gc::Gc;

use crate::builtins::{arity, module_functions};
use crate::error::{Exception, PyResult};
use crate::object::function::KwArgs;
use crate::object::{Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

/// The fields of `UnraisableHookArgs`, in order.
const FIELDS: [&str; 5] = [
    "exc_type",
    "exc_value",
    "exc_traceback",
    "err_msg",
    "object",
];

/// Adds `unraisablehook` and `__unraisablehook__` to the `sys` module `sys`.
pub(crate) fn add(vm: &mut Vm, sys: Gc<Object>) {
    let funcs = module_functions(
        vm,
        &[
            ("unraisablehook", unraisablehook),
            ("get_coroutine_origin_tracking_depth", get_origin_depth),
            ("set_coroutine_origin_tracking_depth", set_origin_depth),
        ],
    );
    let hook = funcs[0].1;
    let Payload::Module(m) = &sys.payload else {
        return;
    };
    let dict = m.dict;
    for (name, f) in funcs.into_iter().chain([("__unraisablehook__", hook)]) {
        let key = vm.intern(name);
        let _ = vm.store_name(dict, key, f);
    }
}

/// `sys.get_coroutine_origin_tracking_depth()`.
fn get_origin_depth(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "get_coroutine_origin_tracking_depth", args, 0, 0)?;
    Ok(Value::Int(vm.coro_origin_depth as i64))
}

/// `sys.set_coroutine_origin_tracking_depth(depth)`: how many frames a new coroutine's
/// `cr_origin` records (0: none, `cr_origin` is `None`).
fn set_origin_depth(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    crate::builtins::check_kwargs(vm, "set_coroutine_origin_tracking_depth", kw, &["depth"])?;
    let depth = match (args.first(), crate::builtins::kwarg(kw, "depth")) {
        (Some(&d), None) | (None, Some(d)) => d,
        _ => {
            arity(vm, "set_coroutine_origin_tracking_depth", args, 1, 1)?;
            return Ok(Value::None);
        }
    };
    let depth = vm.index_value(depth, "depth")?;
    if depth < 0 {
        return Err(vm.value_error("depth must be >= 0"));
    }
    vm.coro_origin_depth = depth.min(u32::MAX as i64) as u32;
    Ok(Value::None)
}

/// The default `sys.unraisablehook(unraisable)`: prints the report to `sys.stderr`.
fn unraisablehook(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "unraisablehook", args, 1, 1)?;
    let mut fields = [Value::None; 5];
    for (slot, name) in fields.iter_mut().zip(FIELDS) {
        let key = vm.intern(name);
        *slot = vm.get_attr(args[0], key)?;
    }
    let [_, exc_value, _, err_msg, object] = fields;
    let err_msg = if err_msg.is_none() {
        None
    } else {
        Some(vm.str_text(err_msg)?)
    };
    let exc = match exc_value {
        Value::Obj(o) if matches!(o.payload, Payload::Exception(_)) => Some(Exception(o)),
        _ => None,
    };
    let text = vm.unraisable_text(exc, err_msg.as_deref(), object);
    vm.write_to_sys_stderr(&text)?;
    Ok(Value::None)
}

impl Vm {
    /// Reports `exc`, raised where nobody can catch it, through `sys.unraisablehook`.
    /// `object` is what was running (a finalizer, a callback, a generator); `err_msg`
    /// replaces the default `Exception ignored in` heading.
    pub(crate) fn write_unraisable(
        &mut self,
        exc: Exception,
        err_msg: Option<&str>,
        object: Value,
    ) {
        let hook = self.sys_attr("unraisablehook");
        let is_default = hook.is_some_and(
            |h| matches!(h.payload(), Some(Payload::Builtin(b)) if b.name == "unraisablehook"),
        );
        let hook = match hook {
            Some(h) if !is_default && !h.is_none() => h,
            _ => {
                let text = self.unraisable_text(Some(exc), err_msg, object);
                let _ = self.write_to_sys_stderr(&text);
                return;
            }
        };
        let result = self
            .unraisable_args(exc, err_msg, object)
            .and_then(|args| self.call_value(hook, &[args], &[]));
        if let Err(hook_exc) = result {
            // As CPython: the hook's own failure is what gets reported.
            let text = self.unraisable_text(
                Some(hook_exc),
                Some("Exception ignored in sys.unraisablehook"),
                hook,
            );
            let _ = self.write_to_sys_stderr(&text);
        }
    }

    /// The `UnraisableHookArgs` struct sequence for a report.
    fn unraisable_args(
        &mut self,
        exc: Exception,
        err_msg: Option<&str>,
        object: Value,
    ) -> PyResult<Value> {
        let exc_value = Value::Obj(exc.obj());
        let exc_type = Value::Obj(self.type_of(exc_value));
        let tb_name = self.intern("__traceback__");
        let exc_tb = self.get_attr(exc_value, tb_name)?;
        let err_msg = match err_msg {
            Some(m) => self.new_str(m),
            None => Value::None,
        };
        let names = FIELDS.iter().map(|n| self.new_str(*n)).collect();
        let names = self.new_tuple(names);
        let values = self.new_tuple(vec![exc_type, exc_value, exc_tb, err_msg, object]);
        let qualname = self.new_str("UnraisableHookArgs");
        let types_name = self.intern("types");
        let types = self.import_name(types_name, Value::None, Value::Int(0))?;
        let make_name = self.intern("_structseq");
        let make = self.get_attr(types, make_name)?;
        self.call_value(make, &[qualname, names, values], &[])
    }

    /// CPython's text for an unraisable exception: the heading naming `object`, then the
    /// traceback and the exception.
    fn unraisable_text(
        &mut self,
        exc: Option<Exception>,
        err_msg: Option<&str>,
        object: Value,
    ) -> String {
        let mut text = String::new();
        if !object.is_none() {
            let what = self
                .repr(object)
                .unwrap_or_else(|_| "<object repr() failed>".to_owned());
            text.push_str(err_msg.unwrap_or("Exception ignored in"));
            text.push_str(": ");
            text.push_str(&what);
            text.push('\n');
        } else if let Some(m) = err_msg {
            text.push_str(m);
            text.push_str(":\n");
        }
        if let Some(exc) = exc {
            text.push_str(&self.format_exception_chain(exc));
        }
        text
    }

    /// `sys.NAME`, if `sys` is loaded and has it.
    fn sys_attr(&mut self, name: &str) -> Option<Value> {
        let sys = self.s.modules.get("sys").copied()?;
        let key = self.intern(name);
        self.get_attr(Value::Obj(sys), key).ok()
    }

    /// Writes `text` to `sys.stderr` (Krait's own stderr when `sys.stderr` is unset).
    fn write_to_sys_stderr(&mut self, text: &str) -> PyResult<()> {
        match self.sys_attr("stderr") {
            Some(Value::None) => Ok(()),
            Some(f) => crate::builtins::sys::write_to(self, f, text),
            None => {
                self.write_stderr(text);
                Ok(())
            }
        }
    }
}
