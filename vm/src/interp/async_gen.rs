//! The awaitables the VM makes for coroutines and async generators ([`AsyncOp`]):
//! `coro.__await__()` (a `coroutine_wrapper`, an iterator over the coroutine), and an async
//! generator's `asend(v)` / `__anext__()`, `athrow(…)` and `aclose()`.
//!
//! An async generator's frame yields two kinds of values: those of an `await` inside it,
//! passed through to whoever drives the awaitable (the event loop), and those of its own
//! `yield` expressions, marked by `ASYNC_GEN_WRAP` (the generator's `wrapped` flag), which
//! end the `asend` awaitable with `StopIteration(value)`. A return ends it with
//! `StopAsyncIteration`. The state machines follow CPython 3.11's `genobject.c`.

use std::cell::Cell;

use krait_gc::{Gc, GcCell, Trace};

use crate::error::{Exception, PyResult};
use crate::interp::generator::{gen_data, GenState, GenStep};
use crate::object::{Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

/// What an [`AsyncOp`] does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AsyncOpKind {
    /// `coro.__await__()`: drives the coroutine.
    Wrapper,
    /// `agen.asend(v)`, `agen.__anext__()`.
    Send,
    /// `agen.athrow(exc)`.
    Throw,
    /// `agen.aclose()`.
    Close,
    /// `anext(aiter, default)`: drives the iterator of the `__anext__()` awaitable (held
    /// in `gen`) and ends with `default` instead of `StopAsyncIteration`.
    ANextDefault,
}

/// Where an [`AsyncOp`] is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpState {
    /// Not yet driven.
    Init,
    /// Driven at least once.
    Iter,
    /// Done; driving it again is an error.
    Closed,
}

/// The data of a `coroutine_wrapper`, `async_generator_asend` or `async_generator_athrow`.
#[derive(Trace)]
pub struct AsyncOp {
    /// The coroutine or async generator.
    pub gen: Gc<Object>,
    /// What the awaitable does.
    #[trace(skip)]
    pub kind: AsyncOpKind,
    /// `Send`: the value sent first; `Throw`: the exception to throw; `ANextDefault`: the
    /// default.
    pub arg: GcCell<Value>,
    /// Life-cycle state.
    #[trace(skip)]
    pub state: Cell<OpState>,
}

impl AsyncOp {
    /// The coroutine `SEND` may resume in place of this awaitable (a wrapper's).
    pub(crate) fn inline_target(&self) -> Option<Gc<Object>> {
        (self.kind == AsyncOpKind::Wrapper).then_some(self.gen)
    }
}

fn op_data(o: &Gc<Object>) -> &AsyncOp {
    match &o.payload {
        Payload::AsyncOp(op) => op,
        _ => unreachable!("not an async op"),
    }
}

impl Vm {
    fn new_async_op(&mut self, gen: Gc<Object>, kind: AsyncOpKind, arg: Value) -> Value {
        let t = &self.s.types;
        let class = match kind {
            AsyncOpKind::Wrapper => t.coroutine_wrapper,
            AsyncOpKind::Send => t.async_generator_asend,
            AsyncOpKind::Throw | AsyncOpKind::Close => t.async_generator_athrow,
            AsyncOpKind::ANextDefault => t.anext_awaitable,
        };
        let op = AsyncOp {
            gen,
            kind,
            arg: GcCell::new(arg),
            state: Cell::new(OpState::Init),
        };
        Value::Obj(self.alloc(class, Payload::AsyncOp(Box::new(op))))
    }

    /// `coro.__await__()`.
    pub(crate) fn new_coroutine_wrapper(&mut self, coro: Gc<Object>) -> Value {
        self.new_async_op(coro, AsyncOpKind::Wrapper, Value::None)
    }

    /// `agen.asend(v)` (`__anext__()` sends `None`).
    pub(crate) fn new_asend(&mut self, gen: Gc<Object>, v: Value) -> Value {
        self.new_async_op(gen, AsyncOpKind::Send, v)
    }

    /// `agen.athrow(exc)`.
    pub(crate) fn new_athrow(&mut self, gen: Gc<Object>, exc: Exception) -> Value {
        self.new_async_op(gen, AsyncOpKind::Throw, exc.value())
    }

    /// `anext(aiter, default)` around the iterator of the `__anext__()` awaitable.
    pub(crate) fn new_anext_default(&mut self, it: Gc<Object>, default: Value) -> Value {
        self.new_async_op(it, AsyncOpKind::ANextDefault, default)
    }

    /// `agen.aclose()`.
    pub(crate) fn new_aclose(&mut self, gen: Gc<Object>) -> Value {
        self.new_async_op(gen, AsyncOpKind::Close, Value::None)
    }

    /// One step of an awaitable: `send(sent)`, or `throw(exc)`. `Ok` is a value to yield
    /// to the driver; the awaitable's result comes as `StopIteration`.
    pub(crate) fn async_op_step(
        &mut self,
        op: Gc<Object>,
        sent: Value,
        exc: Option<Exception>,
    ) -> PyResult<GenStep> {
        let data = op_data(&op);
        match data.kind {
            AsyncOpKind::Wrapper => match exc {
                Some(e) => self.gen_throw(data.gen, e, true),
                None => self.gen_resume_native(data.gen, sent, None),
            },
            AsyncOpKind::Send => self.asend_step(data, sent, exc).map(GenStep::Yield),
            AsyncOpKind::Throw | AsyncOpKind::Close => {
                self.athrow_step(data, sent, exc).map(GenStep::Yield)
            }
            AsyncOpKind::ANextDefault => {
                let r = self.iter_step(data.gen, sent, exc);
                match r {
                    Err(e) if self.exc_matches(e, self.s.types.stop_async_iteration) => {
                        Err(self.stop_iteration(data.arg.get()))
                    }
                    r => r,
                }
            }
        }
    }

    /// One `send` or `throw` step of any awaitable's iterator.
    fn iter_step(
        &mut self,
        it: Gc<Object>,
        sent: Value,
        exc: Option<Exception>,
    ) -> PyResult<GenStep> {
        match (&it.payload, exc) {
            (Payload::Generator(_) | Payload::Coroutine(_), Some(e)) => self.gen_throw(it, e, true),
            (Payload::Generator(_) | Payload::Coroutine(_), None) => {
                self.gen_resume_native(it, sent, None)
            }
            (Payload::AsyncOp(_), exc) => self.async_op_step(it, sent, exc),
            (_, exc) => {
                let (name, arg) = match exc {
                    Some(e) => ("throw", Some(e.value())),
                    None if sent.is_none() => ("__next__", None),
                    None => ("send", Some(sent)),
                };
                let name = self.intern(name);
                let f = self.get_attr(Value::Obj(it), name)?;
                let args: Vec<Value> = arg.into_iter().collect();
                match self.call_value(f, &args, &[]) {
                    Ok(v) => Ok(GenStep::Yield(v)),
                    Err(e) if self.exc_matches(e, self.s.types.stop_iteration) => {
                        Ok(GenStep::Return(self.stop_iteration_value(e)))
                    }
                    Err(e) => Err(e),
                }
            }
        }
    }

    /// `close()` of an awaitable.
    pub(crate) fn async_op_close(&mut self, op: Gc<Object>) -> PyResult<Value> {
        let data = op_data(&op);
        match data.kind {
            AsyncOpKind::Wrapper => self.generator_close(data.gen),
            AsyncOpKind::ANextDefault => {
                let name = self.intern("close");
                match self.get_attr(Value::Obj(data.gen), name) {
                    Ok(f) => self.call_value(f, &[], &[]),
                    Err(_) => Ok(Value::None),
                }
            }
            _ => {
                data.state.set(OpState::Closed);
                Ok(Value::None)
            }
        }
    }

    /// What an async generator's resumption means to the awaitable driving it: a
    /// pass-through value to yield, or the end of the awaitable (`StopIteration` with a
    /// yielded value, `StopAsyncIteration` when the generator returned, or its error).
    fn async_gen_unwrap(&mut self, gen: Gc<Object>, r: PyResult<GenStep>) -> PyResult<Value> {
        let g = gen_data(&gen);
        match r {
            Ok(GenStep::Yield(v)) => {
                if g.wrapped.replace(false) {
                    g.running_async.set(false);
                    Err(self.stop_iteration(v))
                } else {
                    Ok(v)
                }
            }
            Ok(GenStep::Return(_)) => {
                g.closed.set(true);
                g.running_async.set(false);
                Err(self.new_exception(self.s.types.stop_async_iteration, vec![]))
            }
            Err(e) => {
                if self.exc_matches(e, self.s.types.stop_async_iteration)
                    || self.exc_matches(e, self.s.types.generator_exit)
                {
                    g.closed.set(true);
                }
                g.running_async.set(false);
                Err(e)
            }
        }
    }

    fn asend_step(&mut self, op: &AsyncOp, sent: Value, exc: Option<Exception>) -> PyResult<Value> {
        if op.state.get() == OpState::Closed {
            return Err(self.runtime_error("cannot reuse already awaited __anext__()/asend()"));
        }
        let gen = op.gen;
        let g = gen_data(&gen);
        let r = match exc {
            Some(e) => self.gen_throw(gen, e, true),
            None => {
                let mut sent = sent;
                if op.state.get() == OpState::Init {
                    if g.running_async.get() {
                        return Err(self
                            .runtime_error("anext(): asynchronous generator is already running"));
                    }
                    if sent.is_none() {
                        sent = op.arg.get();
                    }
                    op.state.set(OpState::Iter);
                }
                g.running_async.set(true);
                self.gen_resume_native(gen, sent, None)
            }
        };
        let r = self.async_gen_unwrap(gen, r);
        if r.is_err() {
            op.state.set(OpState::Closed);
        }
        r
    }

    fn athrow_step(
        &mut self,
        op: &AsyncOp,
        sent: Value,
        exc: Option<Exception>,
    ) -> PyResult<Value> {
        if op.state.get() == OpState::Closed {
            return Err(self.runtime_error("cannot reuse already awaited aclose()/athrow()"));
        }
        let gen = op.gen;
        let g = gen_data(&gen);
        let closing = op.kind == AsyncOpKind::Close;
        if let Some(e) = exc {
            // `throw()` into the awaitable goes on into the generator.
            let r = self.gen_throw(gen, e, true);
            if !closing {
                return self.async_gen_unwrap(gen, r);
            }
            return match r {
                Ok(GenStep::Yield(_)) if g.wrapped.replace(false) => Err(self.ignored_exit(op)),
                Ok(GenStep::Yield(v)) => Ok(v),
                Ok(GenStep::Return(_)) => Err(self.stop_iteration(Value::None)),
                Err(e) if self.ends_aclose(e) => Err(self.stop_iteration(Value::None)),
                Err(e) => Err(e),
            };
        }
        if g.state.get() == GenState::Finished {
            op.state.set(OpState::Closed);
            return Err(self.stop_iteration(Value::None));
        }
        let r = if op.state.get() == OpState::Init {
            if g.running_async.get() {
                op.state.set(OpState::Closed);
                let msg = if closing {
                    "aclose(): asynchronous generator is already running"
                } else {
                    "athrow(): asynchronous generator is already running"
                };
                return Err(self.runtime_error(msg));
            }
            if g.closed.get() {
                op.state.set(OpState::Closed);
                return Err(self.new_exception(self.s.types.stop_async_iteration, vec![]));
            }
            if !sent.is_none() {
                return Err(
                    self.runtime_error("can't send non-None value to a just-started coroutine")
                );
            }
            op.state.set(OpState::Iter);
            g.running_async.set(true);
            if closing {
                g.closed.set(true);
                let exit = self.new_exception(self.s.types.generator_exit, vec![]);
                self.gen_throw(gen, exit, false)
            } else {
                let Value::Obj(e) = op.arg.get() else {
                    unreachable!("athrow without an exception")
                };
                let r = self.gen_throw(gen, Exception(e), false);
                let r = self.async_gen_unwrap(gen, r);
                return match r {
                    Ok(v) => Ok(v),
                    Err(e) => Err(self.athrow_error(op, e)),
                };
            }
        } else {
            let r = self.gen_resume_native(gen, sent, None);
            if !closing {
                return self.async_gen_unwrap(gen, r);
            }
            r
        };
        match r {
            Ok(GenStep::Yield(_)) if g.wrapped.replace(false) => Err(self.ignored_exit(op)),
            Ok(GenStep::Yield(v)) => Ok(v),
            Ok(GenStep::Return(_)) => {
                let e = self.new_exception(self.s.types.stop_async_iteration, vec![]);
                Err(self.athrow_error(op, e))
            }
            Err(e) => Err(self.athrow_error(op, e)),
        }
    }

    /// `aclose()` is done when the generator lets `GeneratorExit` (or a
    /// `StopAsyncIteration`) out.
    fn ends_aclose(&self, e: Exception) -> bool {
        self.exc_matches(e, self.s.types.stop_async_iteration)
            || self.exc_matches(e, self.s.types.generator_exit)
    }

    /// The end of an `athrow`/`aclose` awaitable by an exception; `aclose()` turns the
    /// generator's exit into its own normal end.
    fn athrow_error(&mut self, op: &AsyncOp, e: Exception) -> Exception {
        gen_data(&op.gen).running_async.set(false);
        op.state.set(OpState::Closed);
        if op.kind == AsyncOpKind::Close && self.ends_aclose(e) {
            return self.stop_iteration(Value::None);
        }
        e
    }

    fn ignored_exit(&mut self, op: &AsyncOp) -> Exception {
        gen_data(&op.gen).running_async.set(false);
        op.state.set(OpState::Closed);
        self.runtime_error("async generator ignored GeneratorExit")
    }
}
