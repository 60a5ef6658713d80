//! Generators. A generator object owns its suspended frame: the `Frame` record (with stack
//! offsets relative to its own base) and a copy of its locals and operand stack. Resuming
//! pushes both back onto the VM's stacks; `YIELD_VALUE` moves them out again. `for` loops
//! and `yield from` resume generators inside the running dispatch loop; `next()`, `send()`,
//! `throw()` and `close()` run them in a nested loop.
//!
//! Coroutines and async generators are generators too (`Payload::Coroutine`,
//! `Payload::AsyncGen` hold the same [`GenData`]); what differs for them (the awaitable
//! protocol, delegation of `throw`/`close`, async generators' `asend`/`athrow`) lives in
//! `coroutine.rs` and `async_gen.rs`.

use krait_gc::{GcCell, GcRefCell};
use std::cell::Cell;

use krait_bytecode::{CodeFlags, Instruction};
use krait_gc::{Gc, Trace};

use crate::error::{Exception, PyResult};
use crate::interp::frame::{code_data, Frame, FrameKind, GenResume};
use crate::object::exception::TbEntry;
use crate::object::{Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

/// Where a generator is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenState {
    /// Made by calling the generator function; no instruction has run.
    Created,
    /// Stopped at a `yield`.
    Suspended,
    /// Its frame is on the frame stack.
    Running,
    /// Returned or raised; every resumption reports exhaustion.
    Finished,
}

/// The data of a generator object.
#[derive(Trace)]
pub struct GenData {
    /// Life-cycle state.
    #[trace(skip)]
    pub state: Cell<GenState>,
    /// The suspended frame (offsets relative to the saved stack).
    pub frame: GcRefCell<Option<Frame>>,
    /// The suspended frame's locals and operand stack.
    pub saved: GcRefCell<Vec<Value>>,
    /// `__name__`.
    pub name: GcCell<Value>,
    /// `__qualname__`.
    pub qualname: GcCell<Value>,
    /// The exception the generator was handling when it last yielded (restored on resume).
    pub exc_state: GcCell<Value>,
    /// The exception its resumer was handling (restored when it yields or finishes).
    pub caller_exc: GcCell<Value>,
    /// The code object (`gi_code`, `cr_code`), kept once the frame is gone.
    pub code: Gc<Object>,
    /// Async generators: the value just yielded came from a `yield` (`ASYNC_GEN_WRAP`), not
    /// from an `await` passing a value through.
    #[trace(skip)]
    pub wrapped: Cell<bool>,
    /// Async generators: an `asend`/`athrow` awaitable is driving it (`ag_running`).
    #[trace(skip)]
    pub running_async: Cell<bool>,
    /// Async generators: `aclose()` has run, or it finished by an exception.
    #[trace(skip)]
    pub closed: Cell<bool>,
    /// Registered with the heap for finalization (see `gen_finalize.rs`).
    #[trace(skip)]
    pub finalizer: Cell<bool>,
    /// Coroutines: `cr_origin`, where it was made (`None` unless origin tracking is on).
    pub origin: GcCell<Value>,
    /// Async generators: `sys.set_asyncgen_hooks`' hooks were applied (at its first
    /// `__anext__`, `asend`, `athrow` or `aclose`).
    #[trace(skip)]
    pub hooks_applied: Cell<bool>,
    /// Async generators: the finalizer hook in force then, called instead of closing it
    /// when it is collected unfinished.
    pub hook_finalizer: GcCell<Value>,
}

/// Which kind of generator object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum GenKind {
    /// A generator.
    Generator,
    /// A coroutine.
    Coroutine,
    /// An async generator.
    AsyncGen,
}

impl GenKind {
    /// The word used in error messages.
    pub(crate) fn noun(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGen => "async generator",
        }
    }
}

/// What a natively driven resumption ended with.
pub(crate) enum GenStep {
    /// The generator yielded this value.
    Yield(Value),
    /// The generator returned this value.
    Return(Value),
}

pub(crate) fn gen_data(gen: &Gc<Object>) -> &GenData {
    match &gen.payload {
        Payload::Generator(g) | Payload::Coroutine(g) | Payload::AsyncGen(g) => g,
        _ => unreachable!("not a generator"),
    }
}

/// The kind of a generator, coroutine or async generator object (`None` for others).
pub(crate) fn gen_kind(o: &Gc<Object>) -> Option<GenKind> {
    match &o.payload {
        Payload::Generator(_) => Some(GenKind::Generator),
        Payload::Coroutine(_) => Some(GenKind::Coroutine),
        Payload::AsyncGen(_) => Some(GenKind::AsyncGen),
        _ => None,
    }
}

impl Vm {
    /// A new generator owning `frame` (base 0) and its `saved` slots: a coroutine or an
    /// async generator when its code says so.
    pub(crate) fn new_generator(
        &mut self,
        frame: Frame,
        saved: Vec<Value>,
        name: Value,
        qualname: Value,
    ) -> Value {
        let flags = code_data(&frame.code).code.flags;
        let data = Box::new(GenData {
            state: Cell::new(GenState::Created),
            code: frame.code,
            frame: GcRefCell::new(Some(frame)),
            saved: GcRefCell::new(saved),
            name: GcCell::new(name),
            qualname: GcCell::new(qualname),
            exc_state: GcCell::new(Value::None),
            caller_exc: GcCell::new(Value::None),
            wrapped: Cell::new(false),
            running_async: Cell::new(false),
            closed: Cell::new(false),
            finalizer: Cell::new(false),
            origin: GcCell::new(Value::None),
            hooks_applied: Cell::new(false),
            hook_finalizer: GcCell::new(Value::None),
        });
        let t = &self.s.types;
        let (class, payload) = if flags.has(CodeFlags::COROUTINE) {
            (t.coroutine, Payload::Coroutine(data))
        } else if flags.has(CodeFlags::ASYNC_GENERATOR) {
            (t.async_generator, Payload::AsyncGen(data))
        } else {
            (t.generator, Payload::Generator(data))
        };
        let is_coroutine = matches!(payload, Payload::Coroutine(_));
        let gen = self.alloc(class, payload);
        if is_coroutine {
            self.note_coroutine_created(gen);
            if self.coro_origin_depth > 0 {
                let origin = self.coroutine_origin();
                gen_data(&gen).origin.set(origin);
            }
        }
        Value::Obj(gen)
    }

    /// Pushes the generator's frame. `sent` is the value `yield` evaluates to (ignored for
    /// a first resumption). Returns false, pushing nothing, if the generator is finished.
    pub(crate) fn resume_generator(
        &mut self,
        gen: Gc<Object>,
        sent: Option<Value>,
        how: GenResume,
        entry: bool,
    ) -> PyResult<bool> {
        let g = gen_data(&gen);
        let state = g.state.get();
        if state != GenState::Suspended && !self.resume_allowed(gen, state, sent)? {
            return Ok(false);
        }
        self.check_recursion()?;
        let Some(mut frame) = g.frame.borrow_mut().take() else {
            return Ok(false);
        };
        let base = self.s.stack.len() as u32;
        frame.base += base;
        frame.sbase += base;
        frame.ret_sp = base;
        frame.kind = FrameKind::Gen(gen, how);
        frame.entry = entry;
        {
            // Copied, not moved out with `append`: the saved buffer keeps its allocation
            // for the next suspension.
            let mut saved = g.saved.borrow_mut();
            self.s.stack.extend_from_slice(&saved);
            saved.clear();
        }
        if state == GenState::Suspended {
            self.s.stack.push(sent.unwrap_or(Value::None));
        }
        g.state.set(GenState::Running);
        // Each generator has its own "exception being handled", as in CPython. `caller_exc`
        // is `None` while the generator is not running, so it is written (through the
        // barrier) only when the resumer is handling an exception.
        let handled = std::mem::replace(&mut self.s.handled, g.exc_state.get());
        if !handled.is_none() {
            g.caller_exc.set(handled);
        }
        self.s.frames.push(frame);
        Ok(true)
    }

    /// Whether a generator that is not suspended may be resumed: an error if it is running,
    /// or if a just-started one is sent a value; false (or an error, for a coroutine) if it
    /// is finished.
    #[cold]
    fn resume_allowed(
        &mut self,
        gen: Gc<Object>,
        state: GenState,
        sent: Option<Value>,
    ) -> PyResult<bool> {
        let kind = gen_kind(&gen).unwrap_or(GenKind::Generator);
        match state {
            GenState::Running => {
                let msg = format!("{} already executing", kind.noun());
                Err(self.value_error(msg))
            }
            GenState::Finished if kind == GenKind::Coroutine => {
                Err(self.runtime_error("cannot reuse already awaited coroutine"))
            }
            GenState::Finished => Ok(false),
            GenState::Created => {
                if matches!(sent, Some(v) if !v.is_none()) {
                    let msg = format!(
                        "can't send non-None value to a just-started {}",
                        kind.noun()
                    );
                    return Err(self.type_error(msg));
                }
                Ok(true)
            }
            GenState::Suspended => Ok(true),
        }
    }

    /// The exception being handled, as `sys.exc_info()` sees it: the running code's own, or
    /// else that of the nearest caller of a running generator that has one. (Each generator
    /// keeps its own in `self.s.handled` while it runs; CPython's exception-state stack
    /// falls through a generator with none to its caller's.)
    pub(crate) fn handled_exception(&self) -> Value {
        if !self.s.handled.is_none() {
            return self.s.handled;
        }
        for f in self.s.frames.iter().rev() {
            if let FrameKind::Gen(gen, _) = f.kind {
                let outer = gen_data(&gen).caller_exc.get();
                if !outer.is_none() {
                    return outer;
                }
            }
        }
        Value::None
    }

    /// Marks a generator finished and drops its frame.
    pub(crate) fn finish_generator(&mut self, gen: Gc<Object>) {
        let g = gen_data(&gen);
        if g.state.get() == GenState::Running {
            self.s.handled = g.caller_exc.replace(Value::None);
        }
        g.exc_state.set(Value::None);
        g.state.set(GenState::Finished);
        g.frame.borrow_mut().take();
        g.saved.borrow_mut().clear();
    }

    /// `YIELD_VALUE` in the top frame: suspends it into its generator. Returns the value when
    /// the dispatch loop must return it (native resumption), `None` when it was pushed for the
    /// calling frame.
    pub(crate) fn yield_from_frame(&mut self, v: Value) -> Option<Value> {
        if !self.s.frame_objs.is_empty() {
            // Frame objects see the frame as popped; it goes back for the copy below.
            if let Some(frame) = self.s.frames.pop() {
                self.retire_frame_objects(&frame);
                self.s.frames.push(frame);
            }
        }
        // The record is copied from the frame stack into the generator once, rebased to
        // offset 0, and the stack entry is then dropped without moving it again.
        let Some(frame) = self.s.frames.last() else {
            unreachable!("yield without a frame")
        };
        let FrameKind::Gen(gen, how) = frame.kind else {
            unreachable!("yield outside a generator frame")
        };
        let g = gen_data(&gen);
        let base = frame.base as usize;
        let pc = frame.pc;
        *g.frame.borrow_mut() = Some(Frame {
            base: 0,
            sbase: frame.sbase - frame.base,
            ret_sp: 0,
            kind: FrameKind::Normal,
            entry: false,
            ..*frame
        });
        let depth = self.s.frames.len() - 1;
        self.s.frames.truncate(depth);
        g.saved
            .borrow_mut()
            .extend_from_slice(&self.s.stack[base..]);
        self.s.stack.truncate(base);
        g.state.set(GenState::Suspended);
        // Swap the exception being handled back to the resumer's, writing the generator's
        // cells only when there is something to write (`caller_exc` is left `None`).
        let caller = g.caller_exc.get();
        let handled = std::mem::replace(&mut self.s.handled, caller);
        if !caller.is_none() {
            g.caller_exc.set(Value::None);
        }
        if !handled.is_none() || !g.exc_state.get().is_none() {
            g.exc_state.set(handled);
        }
        self.note_generator_suspended(gen, g, pc);
        match how {
            GenResume::Native => {
                self.gen_yielded = true;
                Some(v)
            }
            GenResume::ForIter | GenResume::Send => {
                self.s.stack.push(v);
                None
            }
        }
    }

    /// The jump target of the instruction that resumed a generator (the caller's last).
    fn resuming_instruction(&self) -> Option<Instruction> {
        let f = self.s.frames.last()?;
        code_data(&f.code)
            .code
            .instructions
            .get(f.pc as usize - 1)
            .copied()
    }

    /// A generator resumed by `FOR_ITER` returned: end the caller's loop.
    pub(crate) fn gen_returned_to_for_iter(&mut self) {
        if let Some(Instruction::ForIter(t)) = self.resuming_instruction() {
            self.s.stack.pop();
            if let Some(f) = self.s.frames.last_mut() {
                f.pc = t;
            }
        }
    }

    /// A generator resumed by `SEND` returned `v`: it becomes the `yield from` value.
    pub(crate) fn gen_returned_to_send(&mut self, v: Value) {
        if let Some(Instruction::Send(t)) = self.resuming_instruction() {
            self.s.stack.pop();
            self.s.stack.push(v);
            if let Some(f) = self.s.frames.last_mut() {
                f.pc = t;
            }
        }
    }

    /// `SEND target` with the sub-iterator on top of the stack and `v` already popped.
    /// True if a generator frame was pushed; otherwise the stack holds the result and the
    /// caller's pc is the next instruction or `target` (when the iterator is exhausted).
    pub(crate) fn send_step(&mut self, it: Value, v: Value, target: u32) -> PyResult<bool> {
        if let Value::Obj(o) = it {
            // `await` on a coroutine (or on `coro.__await__()`) runs it in this loop too.
            let inline = match &o.payload {
                Payload::Generator(_) | Payload::Coroutine(_) => Some(o),
                Payload::AsyncOp(op) => op.inline_target(),
                _ => None,
            };
            if let Some(o) = inline {
                if self.resume_generator(o, Some(v), GenResume::Send, false)? {
                    return Ok(true);
                }
                self.send_finished(Value::None, target);
                return Ok(false);
            }
        }
        let step = if let Some(Payload::Iter(_)) = it.payload().filter(|_| v.is_none()) {
            self.next_item(it).map(|r| r.ok_or(Value::None))
        } else {
            // The value of the `StopIteration` that ends the iterator is the result.
            let r = match it {
                Value::Obj(o) if matches!(o.payload, Payload::AsyncOp(_)) => {
                    self.async_op_step(o, v, None).and_then(|step| match step {
                        GenStep::Yield(y) => Ok(y),
                        GenStep::Return(r) => Err(self.stop_iteration(r)),
                    })
                }
                _ if v.is_none() => {
                    let class = self.type_of(it);
                    match self.type_lookup(class, self.s.names.next) {
                        Some(f) => self.call_slot_method(f, it),
                        None => {
                            let msg = format!("'{}' object is not an iterator", self.type_name(it));
                            Err(self.type_error(msg))
                        }
                    }
                }
                _ => {
                    let send = self.intern("send");
                    let f = self.get_attr(it, send)?;
                    self.call_value(f, &[v], &[])
                }
            };
            match r {
                Ok(y) => Ok(Ok(y)),
                Err(e) if self.exc_matches(e, self.s.types.stop_iteration) => {
                    let value = self.stop_iteration_value(e);
                    Ok(Err(value))
                }
                Err(e) => Err(e),
            }
        };
        match step? {
            Ok(y) => self.s.stack.push(y),
            Err(ret) => self.send_finished(ret, target),
        }
        Ok(false)
    }

    fn send_finished(&mut self, ret: Value, target: u32) {
        self.s.stack.pop();
        self.s.stack.push(ret);
        if let Some(f) = self.s.frames.last_mut() {
            f.pc = target;
        }
    }

    /// `StopIteration.value`.
    pub(crate) fn stop_iteration_value(&self, e: Exception) -> Value {
        match e.data().args.get().payload() {
            Some(Payload::Tuple(t)) if !t.is_empty() => t[0],
            _ => Value::None,
        }
    }

    /// Resumes a generator from native code, optionally throwing `exc` into it. It runs in
    /// a heap region of its own, so whatever the calling native code holds is kept.
    pub(crate) fn gen_resume_native(
        &mut self,
        gen: Gc<Object>,
        sent: Value,
        exc: Option<Exception>,
    ) -> PyResult<GenStep> {
        self.native_depth += 1;
        let r = self.gen_resume(gen, sent, exc);
        self.native_depth -= 1;
        r
    }

    /// Resumes a generator without counting a native frame: its safe points collect in the
    /// caller's region (see `fold_iter`, the one caller that relies on this).
    pub(crate) fn gen_resume(
        &mut self,
        gen: Gc<Object>,
        sent: Value,
        exc: Option<Exception>,
    ) -> PyResult<GenStep> {
        let g = gen_data(&gen);
        if let Some(e) = exc {
            match g.state.get() {
                GenState::Finished if gen_kind(&gen) == Some(GenKind::Coroutine) => {
                    return Err(self.runtime_error("cannot reuse already awaited coroutine"));
                }
                GenState::Created => {
                    // The frame starts with the exception: it passes through the frame
                    // on its first line, as CPython's traceback shows.
                    let globals = g.frame.borrow().as_ref().map(|f| f.globals);
                    if let Some(globals) = globals {
                        e.data().traceback.borrow_mut().push(TbEntry {
                            code: g.code,
                            pc: 0,
                            frame_pc: 0,
                            globals,
                        });
                    }
                    self.finish_generator(gen);
                    return Err(e);
                }
                GenState::Finished => {
                    self.finish_generator(gen);
                    return Err(e);
                }
                _ => {}
            }
        }
        if !self.resume_generator(gen, Some(sent), GenResume::Native, true)? {
            return Ok(GenStep::Return(Value::None));
        }
        self.nested += 1;
        let r = stacker::maybe_grow(128 * 1024, 4 * 1024 * 1024, || {
            self.run_frames_in_region(exc)
        });
        self.nested -= 1;
        let v = r?;
        if self.gen_yielded {
            self.gen_yielded = false;
            Ok(GenStep::Yield(v))
        } else {
            Ok(GenStep::Return(v))
        }
    }

    /// `next(gen)` for iteration: `None` when the generator is exhausted.
    pub(crate) fn generator_next(
        &mut self,
        gen: Gc<Object>,
        sent: Value,
    ) -> PyResult<Option<Value>> {
        match self.gen_resume_native(gen, sent, None)? {
            GenStep::Yield(v) => Ok(Some(v)),
            GenStep::Return(_) => Ok(None),
        }
    }

    /// `gen.close()` (and `coro.close()`): closes what it is delegating to (`yield from`,
    /// `await`), then raises `GeneratorExit` inside it — or the exception closing the
    /// delegate raised.
    pub(crate) fn generator_close(&mut self, gen: Gc<Object>) -> PyResult<Value> {
        let g = gen_data(&gen);
        let kind = gen_kind(&gen).unwrap_or(GenKind::Generator);
        match g.state.get() {
            GenState::Created | GenState::Finished => {
                self.finish_generator(gen);
                return Ok(Value::None);
            }
            GenState::Running => {
                let msg = format!("{} already executing", kind.noun());
                return Err(self.value_error(msg));
            }
            GenState::Suspended => {}
        }
        let exit = match self.close_delegate(gen) {
            Ok(()) => self.new_exception(self.s.types.generator_exit, vec![]),
            Err(e) => e,
        };
        match self.gen_resume_native(gen, Value::None, Some(exit)) {
            Ok(GenStep::Yield(_)) => {
                let msg = format!("{} ignored GeneratorExit", kind.noun());
                Err(self.runtime_error(msg))
            }
            Ok(GenStep::Return(_)) => Ok(Value::None),
            Err(e)
                if self.exc_matches(e, self.s.types.generator_exit)
                    || self.exc_matches(e, self.s.types.stop_iteration) =>
            {
                Ok(Value::None)
            }
            Err(e) => Err(e),
        }
    }
}
