//! Finalizing generators and coroutines, as CPython's generator finalizer does: a
//! coroutine collected before anything awaited it warns `coroutine '…' was never awaited`
//! (through `warnings._warn_unawaited_coroutine`), and a generator or coroutine collected
//! while suspended is closed, so its `finally` blocks and `except GeneratorExit` handlers
//! run. An exception either raises goes to `sys.unraisablehook`.
//!
//! Only the objects whose finalization can do something are registered with the heap:
//! every coroutine when it is made, and a generator the first time it suspends inside a
//! `try` or `with` block (outside one, closing it runs no code of its own).

use krait_gc::Gc;

use crate::interp::frame::code_data;
use crate::interp::generator::{gen_data, gen_kind, GenData, GenKind, GenState};
use crate::object::Object;
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// A generator just suspended at the instruction before `pc`: registers it for
    /// finalization if that point is covered by an exception handler.
    pub(crate) fn note_generator_suspended(&mut self, gen: Gc<Object>, g: &GenData, pc: u32) {
        if g.finalizer.get() || gen_kind(&gen) != Some(GenKind::Generator) {
            return;
        }
        let covered = code_data(&g.code)
            .code
            .handler_for(pc.saturating_sub(1))
            .is_some();
        if covered {
            g.finalizer.set(true);
            self.heap.register_finalizer(gen);
        }
    }

    /// `cr_origin` of a coroutine made now: `(filename, line, function)` of the innermost
    /// frames, innermost first, as many as `sys.set_coroutine_origin_tracking_depth` says.
    pub(crate) fn coroutine_origin(&mut self) -> Value {
        let depth = self.coro_origin_depth as usize;
        let frames: Vec<(String, u32, String)> = self
            .s
            .frames
            .iter()
            .rev()
            .take(depth)
            .map(|f| {
                let code = &code_data(&f.code).code;
                let line = crate::interp::frame_object::line_of(&f.code, f.pc.saturating_sub(1));
                (code.filename.clone(), line, code.name.clone())
            })
            .collect();
        let items = frames
            .into_iter()
            .map(|(file, line, name)| {
                let file = self.new_str(file);
                let name = self.new_str(name);
                self.new_tuple(vec![file, Value::Int(line as i64), name])
            })
            .collect();
        self.new_tuple(items)
    }

    /// Registers a new coroutine for finalization (the "never awaited" warning).
    pub(crate) fn note_coroutine_created(&mut self, coro: Gc<Object>) {
        gen_data(&coro).finalizer.set(true);
        self.heap.register_finalizer(coro);
    }

    /// What happens to a generator or coroutine that is collected (or whose frame is
    /// cleared): the warning for a coroutine never started, `close()` for one suspended.
    pub(crate) fn finalize_generator(&mut self, gen: Gc<Object>) {
        let g = gen_data(&gen);
        let hook = g.hook_finalizer.get();
        if !hook.is_none() && !g.closed.get() && g.state.get() != GenState::Finished {
            // An async generator an event loop is tracking: the loop closes it.
            if let Err(e) = self.call_value(hook, &[Value::Obj(gen)], &[]) {
                self.report_unraisable(e, None, Value::Obj(gen));
            }
            return;
        }
        match g.state.get() {
            GenState::Created if gen_kind(&gen) == Some(GenKind::Coroutine) => {
                self.finish_generator(gen);
                self.warn_unawaited(gen);
            }
            GenState::Suspended => {
                let result = self.generator_close(gen);
                self.report_ignored(result, Value::Obj(gen));
            }
            _ => {}
        }
    }

    /// `coroutine '…' was never awaited`: through `warnings._warn_unawaited_coroutine`
    /// when it can be called; directly when that fails other than by raising the warning
    /// (an "error" filter). Failures are reported as unraisable, naming the coroutine.
    fn warn_unawaited(&mut self, coro: Gc<Object>) {
        let coro_v = Value::Obj(coro);
        let mut warned = false;
        let module_name = self.intern("warnings");
        let hook = self
            .import_name(module_name, Value::None, Value::Int(0))
            .and_then(|m| {
                let key = self.intern("_warn_unawaited_coroutine");
                self.get_attr(m, key)
            });
        if let Ok(hook) = hook {
            match self.call_value(hook, &[coro_v], &[]) {
                Ok(_) => warned = true,
                Err(e) => {
                    warned = self.exc_matches(e, self.s.types.runtime_warning);
                    self.report_unraisable(e, None, coro_v);
                }
            }
        }
        if !warned {
            let qualname = gen_data(&coro).qualname.get();
            let qualname = self.str_text(qualname).unwrap_or_default();
            let msg = format!("coroutine '{qualname}' was never awaited");
            let category = self.s.types.runtime_warning;
            if let Err(e) = crate::builtins::numbers::warn_native(self, category, &msg) {
                self.report_unraisable(e, None, coro_v);
            }
        }
    }
}
