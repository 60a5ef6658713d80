//! Coroutines: the awaitable protocol behind `await` (`GET_AWAITABLE`), `async for`
//! (`GET_AITER`, `GET_ANEXT`, `END_ASYNC_FOR`) and `async with` (`BEFORE_ASYNC_WITH`);
//! `throw()` and `close()` passed on to the iterator a generator or coroutine is suspended
//! in (`yield from`, `await`); and the attributes of generator-like objects (`cr_await`,
//! `gi_code`, …).
//!
//! A coroutine is a generator object of another class (`Payload::Coroutine`, same
//! [`GenData`](crate::interp::generator::GenData)): calling an `async def` makes one, and
//! `await` drives it with the `yield from` loop, in the running dispatch loop when the
//! awaited object is a coroutine, so a chain of awaits never recurses on the Rust stack.
//! Whatever the innermost awaitable yields travels up to the native code driving the
//! outermost coroutine (`coro.send(None)`: an event loop).

use krait_bytecode::{CodeFlags, Instruction};
use krait_gc::Gc;

use crate::error::{Exception, PyResult};
use crate::interp::frame::{code_data, FrameKind, GenResume};
use crate::interp::generator::{gen_data, gen_kind, GenKind, GenState, GenStep};
use crate::object::{Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// What a suspended generator or coroutine is delegating to: the iterator of the
    /// `yield from` or `await` it is stopped in (`gi_yieldfrom`, `cr_await`).
    pub(crate) fn delegate_of(&self, gen: Gc<Object>) -> Option<Value> {
        let g = gen_data(&gen);
        if g.state.get() != GenState::Suspended {
            return None;
        }
        let frame = g.frame.borrow();
        let f = frame.as_ref()?;
        let instrs = &code_data(&f.code).instructions;
        let pc = f.pc as usize;
        // The loop is `SEND; YIELD_VALUE; JUMP_BACKWARD`: stopped there, the frame resumes
        // at the jump, with the iterator on top of its saved stack.
        if pc >= 2
            && matches!(instrs.get(pc - 1), Some(Instruction::YieldValue))
            && matches!(instrs.get(pc - 2), Some(Instruction::Send(_)))
        {
            g.saved.borrow().last().copied()
        } else {
            None
        }
    }

    /// `gen.throw(exc)`, `coro.throw(exc)`: thrown into the iterator it delegates to, if
    /// any, as CPython does; the generator itself sees the exception only if that iterator
    /// lets it out. A `GeneratorExit` closes the delegate instead when `close_on_genexit`.
    pub(crate) fn gen_throw(
        &mut self,
        gen: Gc<Object>,
        exc: Exception,
        close_on_genexit: bool,
    ) -> PyResult<GenStep> {
        let Some(delegate) = self.delegate_of(gen) else {
            return self.gen_resume_native(gen, Value::None, Some(exc));
        };
        let g = gen_data(&gen);
        if close_on_genexit && self.exc_matches(exc, self.s.types.generator_exit) {
            g.state.set(GenState::Running);
            let r = self.close_iter(delegate);
            g.state.set(GenState::Suspended);
            let exc = match r {
                Ok(()) => exc,
                Err(e) => e,
            };
            return self.gen_resume_native(gen, Value::None, Some(exc));
        }
        g.state.set(GenState::Running);
        let r = self.throw_into_iter(gen, delegate, exc);
        g.state.set(GenState::Suspended);
        match r {
            Ok(None) => self.gen_resume_native(gen, Value::None, Some(exc)),
            Ok(Some(GenStep::Yield(v))) => Ok(GenStep::Yield(v)),
            Ok(Some(GenStep::Return(v))) => self.finish_delegation(gen, v),
            Err(e) if self.exc_matches(e, self.s.types.stop_iteration) => {
                let v = self.stop_iteration_value(e);
                self.finish_delegation(gen, v)
            }
            Err(e) => self.gen_resume_native(gen, Value::None, Some(e)),
        }
    }

    /// Throws `exc` into the iterator `it` that `gen` delegates to: `None` if it has no
    /// `throw` method. A generator or coroutine delegate runs with `gen`'s frame linked
    /// below it, so it sees the whole chain as its callers (`f_back`, stack summaries), as
    /// when a value is sent down the chain.
    fn throw_into_iter(
        &mut self,
        gen: Gc<Object>,
        it: Value,
        exc: Exception,
    ) -> PyResult<Option<GenStep>> {
        if let Value::Obj(o) = it {
            if gen_kind(&o).is_some() {
                return self
                    .with_frame_linked(gen, |vm| vm.gen_throw(o, exc, true))
                    .map(Some);
            }
            if let Payload::AsyncOp(_) = &o.payload {
                return self.async_op_step(o, Value::None, Some(exc)).map(Some);
            }
        }
        let name = self.intern("throw");
        let Some(f) = self.lookup_attr(it, name)? else {
            return Ok(None);
        };
        let y = self.call_value(f, &[exc.value()], &[])?;
        Ok(Some(GenStep::Yield(y)))
    }

    /// Runs `f` with the suspended frame of `gen` on top of the frame stack, not running
    /// (its values back on the value stack, so introspection reads them), then suspends it
    /// again exactly as it was. Nothing unwinds into it: what `f` runs has frames of its own
    /// above it, each nested dispatch loop stopping at its entry frame.
    fn with_frame_linked<T>(&mut self, gen: Gc<Object>, f: impl FnOnce(&mut Self) -> T) -> T {
        let g = gen_data(&gen);
        let Some(mut frame) = g.frame.borrow_mut().take() else {
            return f(self);
        };
        let base = self.s.stack.len() as u32;
        frame.base += base;
        frame.sbase += base;
        frame.ret_sp = base;
        frame.kind = FrameKind::Gen(gen, GenResume::Native);
        frame.entry = true;
        self.s.stack.append(&mut g.saved.borrow_mut());
        self.s.frames.push(frame);
        let depth = self.s.frames.len();
        let r = f(self);
        debug_assert_eq!(
            self.s.frames.len(),
            depth,
            "frames left above a linked frame"
        );
        self.s.frames.truncate(depth);
        let Some(frame) = self.s.frames.pop() else {
            unreachable!("the linked frame is gone")
        };
        if !self.s.frame_objs.is_empty() {
            self.retire_frame_objects(&frame);
        }
        let start = (frame.base as usize).min(self.s.stack.len());
        g.saved.borrow_mut().extend(self.s.stack.drain(start..));
        *g.frame.borrow_mut() = Some(crate::interp::frame::Frame {
            base: 0,
            sbase: frame.sbase - frame.base,
            ret_sp: 0,
            kind: FrameKind::Normal,
            entry: false,
            ..frame
        });
        r
    }

    /// Closes what a suspended generator delegates to, if anything (first step of
    /// `close()`).
    pub(crate) fn close_delegate(&mut self, gen: Gc<Object>) -> PyResult<()> {
        let Some(delegate) = self.delegate_of(gen) else {
            return Ok(());
        };
        let g = gen_data(&gen);
        g.state.set(GenState::Running);
        let r = self.close_iter(delegate);
        g.state.set(GenState::Suspended);
        r
    }

    /// Closes a delegate iterator: `close()` if it has one.
    fn close_iter(&mut self, it: Value) -> PyResult<()> {
        if let Value::Obj(o) = it {
            if gen_kind(&o).is_some() {
                return self.generator_close(o).map(drop);
            }
            if let Payload::AsyncOp(_) = &o.payload {
                return self.async_op_close(o).map(drop);
            }
        }
        let name = self.intern("close");
        if let Some(f) = self.lookup_attr(it, name)? {
            self.call_value(f, &[], &[])?;
        }
        Ok(())
    }

    /// The delegate of a suspended generator finished with `v` while something was thrown
    /// into it: leave the `yield from` loop with `v` as its value and run on.
    fn finish_delegation(&mut self, gen: Gc<Object>, v: Value) -> PyResult<GenStep> {
        let g = gen_data(&gen);
        if let Some(f) = g.frame.borrow_mut().as_mut() {
            let cd = code_data(&f.code);
            let send_at = (f.pc as usize).checked_sub(2);
            if let Some(&Instruction::Send(target)) = send_at.and_then(|i| cd.instructions.get(i)) {
                f.pc = target;
            }
        }
        g.saved.borrow_mut().pop();
        self.gen_resume_native(gen, v, None)
    }

    /// `getattr(v, name)`, `None` when it has no such attribute.
    fn lookup_attr(&mut self, v: Value, name: Gc<Object>) -> PyResult<Option<Value>> {
        match self.get_attr(v, name) {
            Ok(f) => Ok(Some(f)),
            Err(e) if self.exc_matches(e, self.s.types.attribute_error) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// An exception leaving the frame of `gen`: PEP 479 turns a `StopIteration` (and, in
    /// an async generator, a `StopAsyncIteration`) into a `RuntimeError`.
    pub(crate) fn exception_leaving_generator(
        &mut self,
        gen: Gc<Object>,
        exc: Exception,
    ) -> Exception {
        let kind = gen_kind(&gen).unwrap_or(GenKind::Generator);
        let what = if self.exc_matches(exc, self.s.types.stop_iteration) {
            "StopIteration"
        } else if kind == GenKind::AsyncGen
            && self.exc_matches(exc, self.s.types.stop_async_iteration)
        {
            "StopAsyncIteration"
        } else {
            return exc;
        };
        let new = self.runtime_error(format!("{} raised {what}", kind.noun()));
        let data = new.data();
        data.cause.set(exc.value());
        data.context.set(exc.value());
        data.suppress_context.set(true);
        new
    }

    /// `GET_AWAITABLE`: the iterator `await v` drives. `origin` words the error when `v`
    /// cannot be awaited (0 `await`, 1 `__aenter__` result, 2 `__aexit__` result).
    pub(crate) fn get_awaitable(&mut self, v: Value, origin: u32) -> PyResult<Value> {
        if let Value::Obj(o) = v {
            if let Payload::Coroutine(_) = &o.payload {
                if self.delegate_of(o).is_some() {
                    return Err(self.runtime_error("coroutine is being awaited already"));
                }
                return Ok(v);
            }
        }
        match self.awaitable_iter(v)? {
            Some(it) => Ok(it),
            None => {
                let t = self.type_name(v);
                let msg = match origin {
                    1 => format!(
                        "'async with' received an object from __aenter__ that does not implement __await__: {t}"
                    ),
                    2 => format!(
                        "'async with' received an object from __aexit__ that does not implement __await__: {t}"
                    ),
                    _ => format!("object {t} can't be used in 'await' expression"),
                };
                Err(self.type_error(msg))
            }
        }
    }

    /// The iterator of an awaitable: a coroutine itself, a generator marked as an iterable
    /// coroutine, or what `__await__` returns (checked to be an iterator and not a
    /// coroutine). `None` if `v` has no `__await__`.
    pub(crate) fn awaitable_iter(&mut self, v: Value) -> PyResult<Option<Value>> {
        if let Value::Obj(o) = v {
            if self.is_coroutine_like(o) {
                return Ok(Some(v));
            }
        }
        let name = self.intern("__await__");
        let class = self.type_of(v);
        let Some(f) = self.type_lookup(class, name) else {
            return Ok(None);
        };
        let it = self.call_value(f, &[v], &[])?;
        if let Value::Obj(o) = it {
            if self.is_coroutine_like(o) {
                return Err(self.type_error("__await__() returned a coroutine"));
            }
        }
        if !self.is_iterator(it) {
            let msg = format!(
                "__await__() returned non-iterator of type '{}'",
                self.type_name(it)
            );
            return Err(self.type_error(msg));
        }
        Ok(Some(it))
    }

    /// A coroutine, or a generator whose code is flagged as an iterable coroutine.
    fn is_coroutine_like(&self, o: Gc<Object>) -> bool {
        match &o.payload {
            Payload::Coroutine(_) => true,
            Payload::Generator(g) => code_data(&g.code)
                .code
                .flags
                .has(CodeFlags::ITERABLE_COROUTINE),
            _ => false,
        }
    }

    /// Whether `v` is an iterator (has `__next__`).
    fn is_iterator(&mut self, v: Value) -> bool {
        if let Some(Payload::Iter(_) | Payload::Generator(_) | Payload::AsyncOp(_)) = v.payload() {
            return true;
        }
        let class = self.type_of(v);
        self.type_lookup(class, self.s.names.next).is_some()
    }

    /// `GET_YIELD_FROM_ITER` in code with `flags`: a coroutine is its own iterator inside
    /// a coroutine or an iterable coroutine, and refused elsewhere.
    pub(crate) fn get_yield_from_iter(&mut self, v: Value, flags: CodeFlags) -> PyResult<Value> {
        if let Some(Payload::Coroutine(_)) = v.payload() {
            if flags.has(CodeFlags::COROUTINE | CodeFlags::ITERABLE_COROUTINE) {
                return Ok(v);
            }
            return Err(self.type_error(
                "cannot 'yield from' a coroutine object in a non-coroutine generator",
            ));
        }
        self.get_iter(v)
    }

    /// `GET_AITER`: `v.__aiter__()`, checked to have `__anext__`.
    pub(crate) fn get_aiter(&mut self, v: Value) -> PyResult<Value> {
        let name = self.intern("__aiter__");
        let class = self.type_of(v);
        let Some(f) = self.type_lookup(class, name) else {
            let msg = format!(
                "'async for' requires an object with __aiter__ method, got {}",
                self.type_name(v)
            );
            return Err(self.type_error(msg));
        };
        let it = self.call_value(f, &[v], &[])?;
        let anext = self.intern("__anext__");
        let it_class = self.type_of(it);
        if self.type_lookup(it_class, anext).is_none() {
            let msg = format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                self.type_name(it)
            );
            return Err(self.type_error(msg));
        }
        Ok(it)
    }

    /// `GET_ANEXT`: the awaitable of `aiter.__anext__()`.
    pub(crate) fn get_anext(&mut self, aiter: Value) -> PyResult<Value> {
        if let Value::Obj(o) = aiter {
            if let Payload::AsyncGen(_) = &o.payload {
                self.apply_asyncgen_hooks(o)?;
                return Ok(self.new_asend(o, Value::None));
            }
        }
        let name = self.intern("__anext__");
        let class = self.type_of(aiter);
        let Some(f) = self.type_lookup(class, name) else {
            let msg = format!(
                "'async for' requires an iterator with __anext__ method, got {}",
                self.type_name(aiter)
            );
            return Err(self.type_error(msg));
        };
        let next = self.call_value(f, &[aiter], &[])?;
        let cause = match self.awaitable_iter(next) {
            Ok(Some(it)) => return Ok(it),
            Ok(None) => {
                let msg = format!(
                    "object {} can't be used in 'await' expression",
                    self.type_name(next)
                );
                self.type_error(msg)
            }
            Err(e) => e,
        };
        let msg = format!(
            "'async for' received an invalid object from __anext__: {}",
            self.type_name(next)
        );
        let e = self.type_error(msg);
        e.data().cause.set(cause.value());
        e.data().context.set(cause.value());
        e.data().suppress_context.set(true);
        Err(e)
    }

    /// `END_ASYNC_FOR` with the exception popped: `None` when it is the
    /// `StopAsyncIteration` that ends the loop (the iterator is popped too), else the
    /// exception to re-raise.
    pub(crate) fn end_async_for(&mut self, exc: Value) -> Option<Exception> {
        let Value::Obj(o) = exc else {
            return Some(self.type_error("exceptions must derive from BaseException"));
        };
        let e = Exception(o);
        if self.exc_matches(e, self.s.types.stop_async_iteration) {
            self.pop();
            None
        } else {
            Some(e)
        }
    }

    /// `BEFORE_ASYNC_WITH`: pushes the bound `__aexit__` and the result of `__aenter__()`.
    pub(crate) fn before_async_with(&mut self, mgr: Value) -> PyResult<()> {
        let class = self.type_of(mgr);
        let enter_name = self.intern("__aenter__");
        let exit_name = self.intern("__aexit__");
        let Some(enter) = self.type_lookup(class, enter_name) else {
            let msg = format!(
                "'{}' object does not support the asynchronous context manager protocol",
                self.type_name(mgr)
            );
            return Err(self.type_error(msg));
        };
        let Some(exit) = self.type_lookup(class, exit_name) else {
            let msg = format!(
                "'{}' object does not support the asynchronous context manager protocol (missed __aexit__ method)",
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

    /// `ASYNC_GEN_WRAP` in the top frame: its next yield ends an `asend` awaitable.
    pub(crate) fn mark_async_gen_yield(&mut self) {
        if let Some(&crate::interp::frame::Frame {
            kind: FrameKind::Gen(gen, _),
            ..
        }) = self.s.frames.last()
        {
            gen_data(&gen).wrapped.set(true);
        }
    }

    /// The attributes of generators, coroutines and async generators (`gi_code`,
    /// `cr_await`, `ag_running`, …); `None` for anything else.
    pub(crate) fn generator_attr(&mut self, o: Gc<Object>, name: &str) -> Option<Value> {
        if let Payload::GenFrame(gen) = &o.payload {
            return self.gen_frame_attr(*gen, name);
        }
        let kind = gen_kind(&o)?;
        let prefix = match kind {
            GenKind::Generator => "gi_",
            GenKind::Coroutine => "cr_",
            GenKind::AsyncGen => "ag_",
        };
        let g = gen_data(&o);
        let v = match name {
            "__name__" => g.name.get(),
            "__qualname__" => g.qualname.get(),
            _ => match name.strip_prefix(prefix)? {
                "code" => Value::Obj(g.code),
                "running" if kind == GenKind::AsyncGen => Value::Bool(g.running_async.get()),
                "running" => Value::Bool(g.state.get() == GenState::Running),
                "suspended" if kind != GenKind::AsyncGen => {
                    Value::Bool(g.state.get() == GenState::Suspended)
                }
                "yieldfrom" if kind == GenKind::Generator => {
                    self.delegate_of(o).unwrap_or(Value::None)
                }
                "await" if kind != GenKind::Generator => self.delegate_of(o).unwrap_or(Value::None),
                "origin" if kind == GenKind::Coroutine => g.origin.get(),
                "frame" if g.state.get() == GenState::Finished => Value::None,
                "frame" => self.generator_frame(o),
                _ => return None,
            },
        };
        Some(v)
    }
}

impl Vm {
    /// `gi_frame` / `cr_frame` / `ag_frame` of a generator that has not finished.
    fn generator_frame(&mut self, gen: Gc<Object>) -> Value {
        Value::Obj(self.alloc(self.s.types.frame, Payload::GenFrame(gen)))
    }

    /// The line a generator's frame is at: where it is suspended, or its first line.
    pub(crate) fn generator_line(&self, gen: Gc<Object>) -> u32 {
        let g = gen_data(&gen);
        let code = &code_data(&g.code).code;
        let frame = g.frame.borrow();
        match frame.as_ref() {
            Some(f) if g.state.get() != GenState::Created && f.pc > 0 => code
                .locations
                .get(f.pc as usize - 1)
                .map_or(code.first_line, |l| l.line),
            _ => code.first_line,
        }
    }

    /// The attributes of a generator's frame object.
    fn gen_frame_attr(&mut self, gen: Gc<Object>, name: &str) -> Option<Value> {
        let g = gen_data(&gen);
        Some(match name {
            "f_code" => Value::Obj(g.code),
            "f_lineno" => Value::Int(self.generator_line(gen) as i64),
            "f_back" => Value::None,
            "f_globals" => match g.frame.borrow().as_ref() {
                Some(f) => Value::Obj(f.globals),
                None => Value::None,
            },
            "f_locals" => {
                // The fast locals and cells of the suspended frame, by name.
                let cd = code_data(&g.code);
                let saved: Vec<Value> = g.saved.borrow().clone();
                let d = self.new_dict(Default::default());
                let nlocals = cd.nlocals as usize;
                for (i, name) in cd.varnames.iter().enumerate() {
                    if let Some(&v) = saved.get(i) {
                        if !self.is_null(v) {
                            let _ = self.dict_set(d, Value::Obj(*name), v);
                        }
                    }
                }
                let derefs: Vec<String> = cd
                    .code
                    .cellvars
                    .iter()
                    .chain(&cd.code.freevars)
                    .cloned()
                    .collect();
                for (k, name) in derefs.iter().enumerate() {
                    if let Some(&cell) = saved.get(nlocals + k) {
                        let v = self.cell_get(cell);
                        if !self.is_null(v) {
                            let key = Value::Obj(self.intern(name));
                            let _ = self.dict_set(d, key, v);
                        }
                    }
                }
                d
            }
            _ => return None,
        })
    }
}
