//! Raising and unwinding: `raise` semantics (instantiating classes, `from`, implicit
//! `__context__` chaining), the exception-table lookup that finds a handler, and the
//! traceback entries collected on the way out.

use krait_gc::Gc;

use crate::error::{Exception, PyResult};
use crate::interp::frame::{code_data, FrameKind};
use crate::object::exception::TbEntry;
use crate::object::{class::is_subclass, Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

/// How an exception arrived at the top frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RaiseMode {
    /// Newly raised here: record this frame in the traceback and chain `__context__`.
    Fresh,
    /// Re-raised (`raise` with no operand, `RERAISE`): the traceback already has this frame.
    Reraise,
    /// Thrown into a resumed generator (`throw()`): recorded like a fresh raise, but its
    /// `__context__` is only the generator's own handled exception (set when it was thrown),
    /// never its resumer's, as in CPython.
    Thrown,
    /// `RERAISE 1` of a cleanup handler: as `Reraise`, and the frame's reported position
    /// stays where the exception was caught.
    ReraiseKeep,
}

impl RaiseMode {
    /// Whether the traceback already holds the raising frame.
    pub(crate) fn is_reraise(self) -> bool {
        matches!(self, RaiseMode::Reraise | RaiseMode::ReraiseKeep)
    }
}

impl Vm {
    /// Unwinds from the top frame to the nearest handler. `Ok` once a handler is installed
    /// (its frame on top, its pc set); `Err` when the exception leaves the entry frame of the
    /// running dispatch loop (that frame and those above it are popped).
    pub(crate) fn unwind(&mut self, exc: Exception, mode: RaiseMode) -> PyResult<()> {
        let mut exc = exc;
        // An exception that already has traceback entries was raised in a Python frame below
        // (a callee run by native code) and chained there; chaining it again here would undo
        // a `__context__` that code set after raising it. The `raise` statement chains in
        // `raise_varargs`.
        if mode == RaiseMode::Fresh && exc.data().traceback.borrow().is_empty() {
            self.chain_context(exc);
        }
        let mut record = !mode.is_reraise();
        loop {
            let fi = self.s.frames.len() - 1;
            let frame = self.s.frames[fi];
            let index = frame.pc.saturating_sub(1);
            if record {
                exc.data().traceback.borrow_mut().push(TbEntry {
                    code: frame.code,
                    pc: index,
                    frame_pc: index,
                    globals: frame.globals,
                });
            } else if mode == RaiseMode::Reraise {
                self.note_reraise_position(exc, &frame, index);
            }
            record = true;
            if let Some(h) = code_data(&frame.code).code.handler_for(index).copied() {
                self.s
                    .stack
                    .truncate(frame.sbase as usize + h.depth as usize);
                if h.push_lasti {
                    self.s.stack.push(Value::Int(index as i64));
                }
                self.s.stack.push(exc.value());
                self.s.frames[fi].pc = h.target;
                return Ok(());
            }
            if self.tracing {
                // The frame is left by the exception: its `return` event.
                let _ = self.trace_return(Value::None);
            }
            self.s.frames.pop();
            if !self.s.frame_objs.is_empty() {
                self.retire_frame_objects(&frame);
            }
            self.s.stack.truncate(frame.ret_sp as usize);
            if let FrameKind::Gen(gen, _) = frame.kind {
                self.finish_generator(gen);
                exc = self.exception_leaving_generator(gen, exc);
            }
            if frame.entry {
                return Err(exc);
            }
            if self.tracing {
                // The exception arrives in the caller: its `exception` event.
                let _ = self.trace_exception(exc);
            }
        }
    }

    /// A re-raise in the frame that caught `exc` leaves the frame at `index`: its traceback
    /// entry keeps the line it was raised on, while `tb_frame.f_lineno` moves on, as CPython's.
    fn note_reraise_position(
        &mut self,
        exc: Exception,
        frame: &crate::interp::frame::Frame,
        index: u32,
    ) {
        let data = exc.data();
        let mut entries = data.traceback.borrow_mut();
        let Some(last) = entries.last_mut() else {
            return;
        };
        if !Gc::ptr_eq(last.code, frame.code) {
            return;
        }
        last.frame_pc = index;
        let n = entries.len();
        drop(entries);
        if let Some(tb) = data.tb_objs.borrow().get(n - 1) {
            if let Payload::Traceback(t) = &tb.payload {
                if let Some(f) = crate::interp::frame_object::frame_obj(&t.frame) {
                    if f.depth.get().is_none() {
                        f.lasti.set(index);
                    }
                }
            }
        }
    }

    /// Sets `exc.__context__` to the exception being handled, breaking any cycle.
    pub(crate) fn chain_context(&mut self, exc: Exception) {
        let handled = self.handled_exception();
        self.chain_context_to(exc, handled);
    }

    /// Sets `exc.__context__` to `handled_value` (an exception or `None`), breaking any cycle.
    pub(crate) fn chain_context_to(&mut self, exc: Exception, handled_value: Value) {
        let Value::Obj(handled) = handled_value else {
            return;
        };
        if Gc::ptr_eq(handled, exc.obj()) {
            return;
        }
        // If `exc` is already in the handled exception's context chain, cut it out there.
        // The chain may hold a cycle of its own (`e.__context__ = e`): a second cursor at
        // half speed meets the first inside one, and the walk stops there, as CPython's.
        let mut o = handled;
        let mut slow = handled;
        let mut step = false;
        while let Payload::Exception(d) = &o.payload {
            match d.context.get() {
                Value::Obj(c) if Gc::ptr_eq(c, exc.obj()) => {
                    d.context.set(Value::None);
                    break;
                }
                Value::Obj(c) => o = c,
                _ => break,
            }
            if step {
                if let Payload::Exception(sd) = &slow.payload {
                    if let Value::Obj(next) = sd.context.get() {
                        slow = next;
                    }
                }
            }
            step = !step;
            if Gc::ptr_eq(o, slow) {
                break;
            }
        }
        exc.data().context.set(handled_value);
    }

    /// `RAISE_VARARGS n`: the exception to raise and how.
    pub(crate) fn raise_varargs(&mut self, n: u32) -> (Exception, RaiseMode) {
        match n {
            0 => match self.handled_exception() {
                Value::Obj(o) if matches!(o.payload, Payload::Exception(_)) => {
                    (Exception(o), RaiseMode::Reraise)
                }
                _ => (
                    self.runtime_error("No active exception to reraise"),
                    RaiseMode::Fresh,
                ),
            },
            _ => {
                let cause = if n == 2 { Some(self.pop()) } else { None };
                let exc = self.pop();
                let exc = match self.make_exception(exc) {
                    Ok(e) => e,
                    Err(e) => return (e, RaiseMode::Fresh),
                };
                if let Some(cause) = cause {
                    let cause = if cause.is_none() {
                        Value::None
                    } else {
                        match self.make_exception(cause) {
                            Ok(c) => c.value(),
                            // An exception class whose constructor raised: that error.
                            Err(e)
                                if cause.as_obj().is_some_and(|c| {
                                    c.as_class().is_some()
                                        && is_subclass(c, self.s.types.base_exception)
                                }) =>
                            {
                                return (e, RaiseMode::Fresh)
                            }
                            Err(_) => {
                                return (
                                    self.type_error(
                                        "exception causes must derive from BaseException",
                                    ),
                                    RaiseMode::Fresh,
                                )
                            }
                        }
                    };
                    exc.data().cause.set(cause);
                    exc.data().suppress_context.set(true);
                }
                self.chain_context(exc);
                (exc, RaiseMode::Fresh)
            }
        }
    }

    /// The exception instance for `raise v`: `v` itself, or a new instance if `v` is an
    /// exception class.
    pub(crate) fn make_exception(&mut self, v: Value) -> PyResult<Exception> {
        if let Value::Obj(o) = v {
            match &o.payload {
                Payload::Exception(_) => return Ok(Exception(o)),
                Payload::Class(_) if is_subclass(o, self.s.types.base_exception) => {
                    let inst = self.call_value(v, &[], &[])?;
                    if let Value::Obj(i) = inst {
                        if matches!(i.payload, Payload::Exception(_)) {
                            return Ok(Exception(i));
                        }
                    }
                    let msg = format!(
                        "calling {} should have returned an instance of BaseException, not {}",
                        self.repr_class(o),
                        self.type_name(inst)
                    );
                    return Err(self.type_error(msg));
                }
                _ => {}
            }
        }
        Err(self.type_error("exceptions must derive from BaseException"))
    }

    /// `CHECK_EXC_MATCH`: whether `exc` is an instance of `class` (a class or tuple).
    pub(crate) fn exception_matches(&mut self, exc: Value, class: Value) -> PyResult<bool> {
        let exc_class = self.type_of(exc);
        let check = |vm: &mut Vm, c: Value| -> PyResult<bool> {
            match c {
                Value::Obj(co)
                    if co.as_class().is_some() && is_subclass(co, vm.s.types.base_exception) =>
                {
                    Ok(is_subclass(exc_class, co))
                }
                _ => Err(vm.type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                )),
            }
        };
        if let Some(Payload::Tuple(items)) = class.payload() {
            let items: Vec<Value> = items.to_vec();
            let mut any = false;
            for c in items {
                if check(self, c)? {
                    any = true;
                }
            }
            return Ok(any);
        }
        check(self, class)
    }

    /// `UnboundLocalError` for a fast local.
    pub(crate) fn unbound_local(&mut self, name: &str) -> Exception {
        let msg = format!(
            "cannot access local variable '{name}' where it is not associated with a value"
        );
        self.new_error(self.s.types.unbound_local_error, msg)
    }

    /// The error for reading an empty cell or free variable.
    pub(crate) fn unbound_deref(&mut self, cd: &crate::object::CodeData, i: u32) -> Exception {
        let name = cd.code.deref_name(i).unwrap_or("?").to_owned();
        if (i as usize) < cd.code.cellvars.len() {
            self.unbound_local(&name)
        } else {
            let msg = format!(
                "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
            );
            self.new_error(self.s.types.name_error, msg)
        }
    }

    /// `NameError: name 'x' is not defined`.
    pub(crate) fn name_error(&mut self, name: &str) -> Exception {
        let msg = format!("name '{name}' is not defined");
        let e = self.new_error(self.s.types.name_error, msg);
        let key = self.intern("name");
        let value = self.new_str(name);
        self.set_exc_field(e.value(), key, value);
        e
    }

    /// `repr(cls)`: `<class 'int'>`, `<class '__main__.Foo'>`.
    pub(crate) fn repr_class(&self, class: Gc<Object>) -> String {
        match class.as_class() {
            Some(c) => {
                let module = c.module.borrow();
                // As CPython: a builtins class shows its bare `__name__`.
                if *module == "builtins" {
                    format!("<class '{}'>", c.name.borrow())
                } else {
                    format!("<class '{}.{}'>", module, c.qualname.borrow())
                }
            }
            None => "<class ?>".to_owned(),
        }
    }
}
