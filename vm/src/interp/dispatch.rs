//! The dispatch loop. One loop runs every Python frame pushed above its entry frame: a
//! Python→Python call pushes a frame and continues here (`continue 'frame` reloads the
//! frame's code, pc and base into locals); only native code calling back into Python starts
//! a nested loop. Hot instructions (locals, small-int arithmetic and comparisons, jumps,
//! range and list iteration) are handled inline; the rest call into the protocol modules.

use krait_bytecode::{BinaryOpKind, CompareKind, Instruction};
use krait_gc::Gc;

use crate::error::{Exception, PyResult};
use crate::interp::frame::{code_data, FrameKind, GenResume};
use crate::interp::unwind::RaiseMode;
use crate::object::int::{floordiv_i64, mod_i64};
use crate::object::{IterState, Payload};
use crate::value::Value;
use crate::vm::Vm;

/// Evaluates `$e`; on error leaves the dispatch loop labelled `$l` with the exception.
macro_rules! tri {
    ($l:lifetime, $e:expr) => {
        match $e {
            Ok(v) => v,
            Err(e) => break $l(e, RaiseMode::Fresh),
        }
    };
}

/// After a native call: when the callee (`time.sleep`, a lock's wait) asked for its thread
/// to be suspended and this loop is the thread's base, returns (the call's result is on the
/// stack and the frame's pc is past the call, so resuming goes on from there).
macro_rules! suspend_if_due {
    ($vm:ident) => {
        if $vm.sched.switch_due && $vm.sched.loop_depth == $vm.sched.slice_depth {
            $vm.sched.switch_due = false;
            $vm.sched.yielded = true;
            return Ok(Value::None);
        }
    };
}

impl Vm {
    #[inline]
    pub(crate) fn pop(&mut self) -> Value {
        match self.s.stack.pop() {
            Some(v) => v,
            None => unreachable!("value stack underflow"),
        }
    }

    #[inline]
    pub(crate) fn top(&self) -> Value {
        match self.s.stack.last() {
            Some(&v) => v,
            None => unreachable!("value stack underflow"),
        }
    }

    /// Runs frames from the top of the frame stack until the entry frame (the topmost frame
    /// with `entry` set) returns or yields, giving its value; or until an exception escapes
    /// it. `pending` is an exception to raise in the top frame before running anything.
    pub(crate) fn run_frames(&mut self, pending: Option<Exception>) -> PyResult<Value> {
        // An exception to start with is one thrown into a resumed generator.
        let mut pending: Option<(Exception, RaiseMode)> = pending.map(|e| {
            self.chain_context_to(e, self.s.handled);
            (e, RaiseMode::Thrown)
        });
        // Counted so that a thread's base loop knows itself (see `interp::threads`).
        self.sched.loop_depth += 1;
        // The traced and untraced copies of the loop hand over to each other when
        // `self.tracing` changes (see `interp::trace`).
        let r = loop {
            let r = if self.tracing {
                self.run_frames_in::<true>(pending)
            } else {
                self.run_frames_in::<false>(pending)
            };
            match self.trace_switch.take() {
                Some(p) => pending = p,
                None => break r,
            }
        };
        self.sched.loop_depth -= 1;
        r
    }

    /// The dispatch loop proper; `TRACE` compiles in the trace hooks.
    fn run_frames_in<const TRACE: bool>(
        &mut self,
        pending: Option<(Exception, RaiseMode)>,
    ) -> PyResult<Value> {
        let mut pending = pending;
        'frame: loop {
            if TRACE != self.tracing {
                self.trace_switch = Some(pending.take());
                return Ok(Value::None);
            }
            if let Some((exc, mode)) = pending.take() {
                if TRACE && !mode.is_reraise() {
                    if let Err(e) = self.trace_exception(exc) {
                        pending = Some((e, RaiseMode::Fresh));
                        continue 'frame;
                    }
                }
                if let Err(e) = self.unwind(exc, mode) {
                    if TRACE {
                        self.trace_seen = self.trace_seen.min(self.s.frames.len());
                    }
                    return Err(e);
                }
            }
            if TRACE {
                if let Err(e) = self.trace_enter() {
                    pending = Some((e, RaiseMode::Fresh));
                    continue 'frame;
                }
            }
            let fi = self.s.frames.len() - 1;
            let frame = self.s.frames[fi];
            let code_obj = frame.code;
            let base = frame.base as usize;
            let mut pc = frame.pc as usize;
            let cd = code_data(&code_obj);
            let instrs = &cd.instructions[..];
            let consts = &cd.consts[..];
            let names = &cd.names[..];
            let nlocals = cd.nlocals as usize;

            let (err, mode): (Exception, RaiseMode) = 'dispatch: loop {
                if TRACE {
                    // The instruction about to run is the frame's current one.
                    self.s.frames[fi].pc = pc as u32 + 1;
                    if let Err(e) = self.trace_instruction(pc as u32) {
                        self.s.frames[fi].pc = pc as u32 + 1;
                        pc += 1;
                        break 'dispatch (e, RaiseMode::Fresh);
                    }
                    if TRACE != self.tracing {
                        self.s.frames[fi].pc = pc as u32;
                        continue 'frame;
                    }
                }
                let instr = instrs[pc];
                pc += 1;
                match instr {
                    Instruction::LoadFast(i) => {
                        let v = self.s.stack[base + i as usize];
                        if let Value::Obj(o) = v {
                            if Gc::ptr_eq(o, self.s.null) {
                                let name = cd.code.varnames[i as usize].clone();
                                break 'dispatch (self.unbound_local(&name), RaiseMode::Fresh);
                            }
                        }
                        // Run the common `x op const` shapes without dispatching each part:
                        // LOAD_FAST; LOAD_CONST; BINARY_OP | COMPARE_OP [POP_JUMP_IF_*].
                        if let (false, Value::Int(x), Some(&Instruction::LoadConst(c))) =
                            (TRACE, v, instrs.get(pc))
                        {
                            if let Value::Int(y) = consts[c as usize] {
                                match instrs.get(pc + 1) {
                                    Some(&Instruction::BinaryOp(op)) => {
                                        if let Some(r) = int_fast(op, x, y) {
                                            self.s.stack.push(r);
                                            pc += 2;
                                            continue;
                                        }
                                    }
                                    Some(&Instruction::CompareOp(kind)) => {
                                        let c = cmp_fast(kind, x, y);
                                        match instrs.get(pc + 2) {
                                            Some(&Instruction::PopJumpIfFalse(t)) => {
                                                pc = if c { pc + 3 } else { t as usize };
                                            }
                                            Some(&Instruction::PopJumpIfTrue(t)) => {
                                                pc = if c { t as usize } else { pc + 3 };
                                            }
                                            _ => {
                                                self.s.stack.push(Value::Bool(c));
                                                pc += 2;
                                            }
                                        }
                                        continue;
                                    }
                                    _ => {}
                                }
                            }
                        }
                        // `local.attr` and `local.method(…)` with the local still in registers
                        // (re-reading a just-pushed value costs a store-forwarding stall).
                        match instrs.get(pc).filter(|_| !TRACE) {
                            Some(&Instruction::LoadAttr(n)) => {
                                self.s.stack.push(v);
                                pc += 1;
                                let r = tri!(
                                    'dispatch,
                                    self.get_attr_hinted(
                                        v,
                                        names[n as usize],
                                        &cd.attr_hints[n as usize]
                                    )
                                );
                                let len = self.s.stack.len();
                                self.s.stack[len - 1] = r;
                                continue;
                            }
                            Some(&Instruction::LoadMethod(n)) => {
                                pc += 1;
                                let (a, b) = tri!('dispatch, self.load_method(v, names[n as usize], &cd.attr_hints[n as usize]));
                                self.s.stack.push(a);
                                self.s.stack.push(b);
                                continue;
                            }
                            _ => {}
                        }
                        self.s.stack.push(v);
                        if let (false, Some(&Instruction::LoadFast(j))) = (TRACE, instrs.get(pc)) {
                            let w = self.s.stack[base + j as usize];
                            if !matches!(w, Value::Obj(o) if Gc::ptr_eq(o, self.s.null)) {
                                self.s.stack.push(w);
                                pc += 1;
                            }
                        }
                    }
                    Instruction::StoreFast(i) => {
                        let v = self.pop();
                        self.s.stack[base + i as usize] = v;
                    }
                    Instruction::LoadConst(i) => {
                        let c = consts[i as usize];
                        // `<int expression> op <int constant>` in place, without a dispatch.
                        if let (false, Value::Int(y), Some(&Instruction::BinaryOp(op))) =
                            (TRACE, c, instrs.get(pc))
                        {
                            if let Some(&Value::Int(x)) = self.s.stack.last() {
                                if let Some(r) = int_fast(op, x, y) {
                                    let len = self.s.stack.len();
                                    self.s.stack[len - 1] = r;
                                    pc += 1;
                                    continue;
                                }
                            }
                        }
                        self.s.stack.push(c);
                    }
                    Instruction::PopTop => {
                        self.s.stack.pop();
                    }
                    Instruction::BinaryOp(op) => {
                        let len = self.s.stack.len();
                        // Operands are read through references, field by field: a whole-value
                        // copy is one 16-byte load, which stalls on the two 8-byte stores that
                        // usually just wrote it.
                        let r = match (&self.s.stack[len - 2], &self.s.stack[len - 1]) {
                            (&Value::Int(x), &Value::Int(y)) => int_fast(op, x, y),
                            (&Value::Float(x), &Value::Float(y)) => float_fast(op, x, y),
                            _ => None,
                        };
                        let r = match r {
                            Some(r) => r,
                            None => {
                                let a = self.s.stack[len - 2];
                                let b = self.s.stack[len - 1];
                                // `a + b` on a user class: run `__add__` as a frame of this
                                // loop rather than in a nested one.
                                if let Some((f, stage)) = self.inline_binop_target(a, b, op) {
                                    self.s.frames[fi].pc = pc as u32;
                                    if self.push_operand_frame(
                                        f,
                                        len - 2,
                                        FrameKind::BinOp(op, stage),
                                    ) {
                                        continue 'frame;
                                    }
                                }
                                tri!('dispatch, self.binary_op(a, b, op))
                            }
                        };
                        self.s.stack[len - 2] = r;
                        self.s.stack.truncate(len - 1);
                    }
                    Instruction::CompareOp(kind) => {
                        let len = self.s.stack.len();
                        let fast = match (&self.s.stack[len - 2], &self.s.stack[len - 1]) {
                            (&Value::Int(x), &Value::Int(y)) => Some(cmp_fast(kind, x, y)),
                            (&Value::Float(x), &Value::Float(y)) => Some(cmp_fast_f(kind, x, y)),
                            _ => None,
                        };
                        let a = self.s.stack[len - 2];
                        let b = self.s.stack[len - 1];
                        if let Some(c) = fast {
                            // Fuse with a following conditional jump.
                            match instrs[pc] {
                                Instruction::PopJumpIfFalse(t) => {
                                    self.s.stack.truncate(len - 2);
                                    pc = if c { pc + 1 } else { t as usize };
                                }
                                Instruction::PopJumpIfTrue(t) => {
                                    self.s.stack.truncate(len - 2);
                                    pc = if c { t as usize } else { pc + 1 };
                                }
                                _ => {
                                    self.s.stack[len - 2] = Value::Bool(c);
                                    self.s.stack.truncate(len - 1);
                                }
                            }
                        } else {
                            let r = tri!('dispatch, self.compare_op(a, b, kind));
                            self.s.stack[len - 2] = r;
                            self.s.stack.truncate(len - 1);
                        }
                    }
                    Instruction::PopJumpIfFalse(t) => {
                        let len = self.s.stack.len();
                        let truth = match self.s.stack[len - 1] {
                            Value::Bool(b) => b,
                            Value::None => false,
                            Value::Int(i) => i != 0,
                            v => tri!('dispatch, self.truthy(v)),
                        };
                        self.s.stack.truncate(len - 1);
                        if !truth {
                            pc = t as usize;
                        }
                    }
                    Instruction::PopJumpIfTrue(t) => {
                        let len = self.s.stack.len();
                        let truth = match self.s.stack[len - 1] {
                            Value::Bool(b) => b,
                            Value::None => false,
                            Value::Int(i) => i != 0,
                            v => tri!('dispatch, self.truthy(v)),
                        };
                        self.s.stack.truncate(len - 1);
                        if truth {
                            pc = t as usize;
                        }
                    }
                    Instruction::Jump(t) => pc = t as usize,
                    Instruction::JumpBackward(t) => {
                        // Past this jump: a signal handler's frame, and the traceback of
                        // what it raises, place the loop on this jump's line.
                        let after_jump = pc as u32;
                        pc = t as usize;
                        if self.native_depth == self.collect_depth && self.heap.should_collect() {
                            self.s.frames[fi].pc = pc as u32;
                            self.collect_now();
                        }
                        // Other threads run when a switch is due (see `interp::threads`);
                        // a thread whose base loop this is returns, suspended.
                        if self.sched.active {
                            self.s.frames[fi].pc = pc as u32;
                            match self.thread_safe_point() {
                                Ok(false) => {}
                                Ok(true) => return Ok(Value::None),
                                Err(exc) => break 'dispatch (exc, RaiseMode::Fresh),
                            }
                        }
                        // Signals: every loop passes here, so a running program notices
                        // them (in its main thread, as CPython delivers them).
                        if self.interrupt.load(std::sync::atomic::Ordering::Relaxed)
                            && self.sched.current == crate::interp::threads::MAIN_IDENT
                        {
                            self.s.frames[fi].pc = after_jump;
                            // The handlers of the signals that arrived (SIGINT's is by
                            // default KeyboardInterrupt).
                            if let Err(exc) = self.check_interrupt() {
                                pc = after_jump as usize;
                                break 'dispatch (exc, RaiseMode::Fresh);
                            }
                        }
                    }
                    Instruction::LoadGlobal(i) => {
                        let v = match self.load_global(cd, frame.globals, i) {
                            Some(v) => v,
                            None => match self
                                .load_global_by_equality(frame.globals, cd.names[i as usize])
                            {
                                Ok(Some(v)) => v,
                                Ok(None) => {
                                    let name = cd.code.names[i as usize].clone();
                                    break 'dispatch (self.name_error(&name), RaiseMode::Fresh);
                                }
                                Err(e) => break 'dispatch (e, RaiseMode::Fresh),
                            },
                        };
                        self.s.stack.push(v);
                    }
                    Instruction::ForIter(t) => {
                        let it = self.top();
                        if let Value::Obj(o) = it {
                            match &o.payload {
                                Payload::Iter(IterState::Range {
                                    cur, left, step, ..
                                }) => {
                                    let n = left.get();
                                    if n == 0 {
                                        self.s.stack.pop();
                                        pc = t as usize;
                                    } else {
                                        let v = cur.get();
                                        left.set(n - 1);
                                        cur.set(v.wrapping_add(*step));
                                        self.s.stack.push(Value::Int(v));
                                    }
                                    continue;
                                }
                                Payload::Iter(IterState::Seq { seq, idx }) => {
                                    let i = idx.get();
                                    let item = match &seq.get().payload {
                                        Payload::List(l) => l.borrow().get(i).copied(),
                                        Payload::Tuple(t) => t.get(i).copied(),
                                        _ => None,
                                    };
                                    match item {
                                        Some(v) => {
                                            idx.set(i + 1);
                                            self.s.stack.push(v);
                                        }
                                        None => {
                                            idx.set(usize::MAX);
                                            seq.set(self.s.empty_tuple);
                                            self.s.stack.pop();
                                            pc = t as usize;
                                        }
                                    }
                                    continue;
                                }
                                Payload::Generator(_) => {
                                    self.s.frames[fi].pc = pc as u32;
                                    match tri!(
                                        'dispatch,
                                        self.resume_generator(o, None, GenResume::ForIter, false)
                                    ) {
                                        true => continue 'frame,
                                        false => {
                                            self.s.stack.pop();
                                            pc = t as usize;
                                            continue;
                                        }
                                    }
                                }
                                _ => {}
                            }
                        }
                        match tri!('dispatch, self.next_item(it)) {
                            Some(v) => {
                                self.s.stack.push(v);
                                suspend_if_due!(self);
                            }
                            None => {
                                self.s.stack.pop();
                                pc = t as usize;
                            }
                        }
                    }
                    Instruction::Call(n) => {
                        let n = n as usize;
                        let fidx = self.s.stack.len() - n - 1;
                        self.s.frames[fi].pc = pc as u32;
                        if self.push_simple_frame(fidx, n) {
                            continue 'frame;
                        }
                        match tri!('dispatch, self.call_stack(fidx, fidx, None)) {
                            Some(v) => {
                                self.s.stack.push(v);
                                suspend_if_due!(self);
                            }
                            None => continue 'frame,
                        }
                    }
                    Instruction::CallMethod(n) => {
                        let aidx = self.s.stack.len() - n as usize - 2;
                        self.s.frames[fi].pc = pc as u32;
                        if !self.is_null(self.s.stack[aidx])
                            && self.push_simple_frame(aidx, n as usize + 1)
                        {
                            continue 'frame;
                        }
                        let r = if self.is_null(self.s.stack[aidx]) {
                            self.call_stack(aidx + 1, aidx, None)
                        } else {
                            self.call_stack(aidx, aidx, None)
                        };
                        match tri!('dispatch, r) {
                            Some(v) => {
                                self.s.stack.push(v);
                                suspend_if_due!(self);
                            }
                            None => continue 'frame,
                        }
                    }
                    Instruction::CallKw(n) => {
                        let kwnames = self.pop();
                        let fidx = self.s.stack.len() - n as usize - 1;
                        self.s.frames[fi].pc = pc as u32;
                        match tri!('dispatch, self.call_stack(fidx, fidx, kwnames.as_obj())) {
                            Some(v) => {
                                self.s.stack.push(v);
                                suspend_if_due!(self);
                            }
                            None => continue 'frame,
                        }
                    }
                    Instruction::CallFunctionEx(flag) => {
                        self.s.frames[fi].pc = pc as u32;
                        match tri!('dispatch, self.call_function_ex(flag & 1 != 0)) {
                            Some(v) => {
                                self.s.stack.push(v);
                                suspend_if_due!(self);
                            }
                            None => continue 'frame,
                        }
                    }
                    Instruction::ReturnValue => {
                        if TRACE {
                            let v = self.top();
                            self.s.frames[fi].pc = pc as u32;
                            tri!('dispatch, self.trace_return(v));
                        }
                        let mut v = self.pop();
                        let mut frame = match self.s.frames.pop() {
                            Some(f) => f,
                            None => unreachable!("return without a frame"),
                        };
                        if !self.s.frame_objs.is_empty() {
                            frame.pc = pc as u32;
                            self.retire_frame_objects(&frame);
                        }
                        let ret_sp = frame.ret_sp as usize;
                        match frame.kind {
                            FrameKind::Normal => {}
                            FrameKind::Init => {
                                if !v.is_none() {
                                    self.s.stack.truncate(ret_sp);
                                    let msg = format!(
                                        "__init__() should return None, not '{}'",
                                        self.type_name(v)
                                    );
                                    let e = self.type_error(msg);
                                    if frame.entry {
                                        return Err(e);
                                    }
                                    pending = Some((e, RaiseMode::Fresh));
                                    continue 'frame;
                                }
                                v = self.s.stack[ret_sp];
                            }
                            FrameKind::BinOp(op, stage) => {
                                if v.is(self.not_implemented()) {
                                    let a = self.s.stack[frame.base as usize];
                                    let b = self.s.stack[frame.base as usize + 1];
                                    self.s.stack.truncate(ret_sp);
                                    self.s.stack.push(a);
                                    self.s.stack.push(b);
                                    match self.dunder_binop_from(a, b, op, stage) {
                                        Ok(r) => v = r,
                                        Err(e) => {
                                            self.s.stack.truncate(ret_sp);
                                            if frame.entry {
                                                return Err(e);
                                            }
                                            pending = Some((e, RaiseMode::Fresh));
                                            continue 'frame;
                                        }
                                    }
                                }
                            }
                            FrameKind::Gen(gen, how) => {
                                self.s.stack.truncate(ret_sp);
                                self.finish_generator(gen);
                                match how {
                                    GenResume::Native => {
                                        self.gen_yielded = false;
                                        return Ok(v);
                                    }
                                    GenResume::ForIter => {
                                        self.gen_returned_to_for_iter();
                                        continue 'frame;
                                    }
                                    GenResume::Send => {
                                        self.gen_returned_to_send(v);
                                        continue 'frame;
                                    }
                                }
                            }
                        }
                        self.s.stack.truncate(ret_sp);
                        if frame.entry {
                            return Ok(v);
                        }
                        self.s.stack.push(v);
                        continue 'frame;
                    }
                    Instruction::LoadMethod(i) => {
                        let obj = self.pop();
                        let (a, b) = tri!(
                            'dispatch,
                            self.load_method(obj, names[i as usize], &cd.attr_hints[i as usize])
                        );
                        self.s.stack.push(a);
                        self.s.stack.push(b);
                    }
                    Instruction::LoadAttr(i) => {
                        let obj = self.top();
                        let v = tri!(
                            'dispatch,
                            self.get_attr_hinted(obj, names[i as usize], &cd.attr_hints[i as usize])
                        );
                        let len = self.s.stack.len();
                        self.s.stack[len - 1] = v;
                    }
                    Instruction::StoreAttr(i) => {
                        let obj = self.pop();
                        let value = self.pop();
                        tri!(
                            'dispatch,
                            self.set_attr_hinted(
                                obj,
                                names[i as usize],
                                value,
                                &cd.attr_hints[i as usize]
                            )
                        );
                    }
                    Instruction::DeleteAttr(i) => {
                        let obj = self.pop();
                        tri!('dispatch, self.del_attr(obj, names[i as usize]));
                    }
                    Instruction::BinarySubscr => {
                        let len = self.s.stack.len();
                        let v = match (&self.s.stack[len - 2], &self.s.stack[len - 1]) {
                            (&Value::Obj(o), &Value::Int(i)) => match &o.payload {
                                // Not for subclasses, which may override `__getitem__`.
                                Payload::List(l) if Gc::ptr_eq(o.class(), self.s.types.list) => {
                                    let l = l.borrow();
                                    let n = l.len() as i64;
                                    let j = if i < 0 { i + n } else { i };
                                    if j >= 0 && j < n {
                                        Some(l[j as usize])
                                    } else {
                                        None
                                    }
                                }
                                _ => None,
                            },
                            _ => None,
                        };
                        let v = match v {
                            Some(v) => v,
                            None => {
                                let c = self.s.stack[len - 2];
                                let k = self.s.stack[len - 1];
                                tri!('dispatch, self.get_item(c, k))
                            }
                        };
                        self.s.stack[len - 2] = v;
                        self.s.stack.truncate(len - 1);
                    }
                    Instruction::StoreSubscr => {
                        let k = self.pop();
                        let c = self.pop();
                        let v = self.pop();
                        if let (Value::Obj(o), Value::Int(i)) = (c, k) {
                            if let (Payload::List(l), true) =
                                (&o.payload, Gc::ptr_eq(o.class(), self.s.types.list))
                            {
                                let mut l = l.borrow_mut();
                                let n = l.len() as i64;
                                let j = if i < 0 { i + n } else { i };
                                if j >= 0 && j < n {
                                    l[j as usize] = v;
                                    continue;
                                }
                            }
                        }
                        tri!('dispatch, self.set_item(c, k, v));
                    }
                    Instruction::DeleteSubscr => {
                        let k = self.pop();
                        let c = self.pop();
                        tri!('dispatch, self.del_item(c, k));
                    }
                    Instruction::Nop | Instruction::ReturnGenerator => {}
                    Instruction::Copy(n) => {
                        let v = self.s.stack[self.s.stack.len() - n as usize];
                        self.s.stack.push(v);
                    }
                    Instruction::Swap(n) => {
                        let len = self.s.stack.len();
                        self.s.stack.swap(len - 1, len - n as usize);
                    }
                    Instruction::DeleteFast(i) => {
                        let slot = base + i as usize;
                        if self.is_null(self.s.stack[slot]) {
                            let name = cd.code.varnames[i as usize].clone();
                            break 'dispatch (self.unbound_local(&name), RaiseMode::Fresh);
                        }
                        self.s.stack[slot] = self.null();
                    }
                    Instruction::LoadName(i) => {
                        let v = tri!('dispatch, self.load_name(frame.locals, frame.globals, names[i as usize]));
                        self.s.stack.push(v);
                    }
                    Instruction::StoreName(i) => {
                        let v = self.pop();
                        let target = frame.locals.unwrap_or(frame.globals);
                        tri!('dispatch, self.store_name(target, names[i as usize], v));
                    }
                    Instruction::DeleteName(i) => {
                        let target = frame.locals.unwrap_or(frame.globals);
                        tri!('dispatch, self.delete_name(target, names[i as usize]));
                    }
                    Instruction::StoreGlobal(i) => {
                        let v = self.pop();
                        tri!('dispatch, self.store_name(frame.globals, names[i as usize], v));
                    }
                    Instruction::DeleteGlobal(i) => {
                        tri!('dispatch, self.delete_name(frame.globals, names[i as usize]));
                    }
                    Instruction::LoadClosure(i) => {
                        let v = self.s.stack[base + nlocals + i as usize];
                        self.s.stack.push(v);
                    }
                    Instruction::LoadDeref(i) => {
                        let v = self.cell_get(self.s.stack[base + nlocals + i as usize]);
                        if self.is_null(v) {
                            break 'dispatch (self.unbound_deref(cd, i), RaiseMode::Fresh);
                        }
                        self.s.stack.push(v);
                    }
                    Instruction::StoreDeref(i) => {
                        let v = self.pop();
                        self.cell_set(self.s.stack[base + nlocals + i as usize], v);
                    }
                    Instruction::DeleteDeref(i) => {
                        let cell = self.s.stack[base + nlocals + i as usize];
                        if self.is_null(self.cell_get(cell)) {
                            break 'dispatch (self.unbound_deref(cd, i), RaiseMode::Fresh);
                        }
                        self.cell_set(cell, self.null());
                    }
                    Instruction::LoadClassDeref(i) => {
                        let name = self.intern(cd.code.deref_name(i).unwrap_or(""));
                        let found = match frame.locals {
                            Some(l) => tri!('dispatch, self.mapping_get_str(l, name)),
                            None => None,
                        };
                        let v = match found {
                            Some(v) => v,
                            None => {
                                let v = self.cell_get(self.s.stack[base + nlocals + i as usize]);
                                if self.is_null(v) {
                                    break 'dispatch (self.unbound_deref(cd, i), RaiseMode::Fresh);
                                }
                                v
                            }
                        };
                        self.s.stack.push(v);
                    }
                    Instruction::UnaryPositive => {
                        let v = self.pop();
                        let r = tri!('dispatch, self.unary_pos(v));
                        self.s.stack.push(r);
                    }
                    Instruction::UnaryNegative => {
                        let v = self.pop();
                        let r = match v {
                            Value::Int(i) if i != i64::MIN => Value::Int(-i),
                            Value::Float(f) => Value::Float(-f),
                            _ => tri!('dispatch, self.unary_neg(v)),
                        };
                        self.s.stack.push(r);
                    }
                    Instruction::UnaryNot => {
                        let v = self.pop();
                        let t = tri!('dispatch, self.truthy(v));
                        self.s.stack.push(Value::Bool(!t));
                    }
                    Instruction::UnaryInvert => {
                        let v = self.pop();
                        let r = tri!('dispatch, self.unary_invert(v));
                        self.s.stack.push(r);
                    }
                    Instruction::IsOp(invert) => {
                        let b = self.pop();
                        let a = self.pop();
                        self.s.stack.push(Value::Bool(a.is(b) != invert));
                    }
                    Instruction::ContainsOp(invert) => {
                        let container = self.pop();
                        let item = self.pop();
                        let r = tri!('dispatch, self.contains(container, item));
                        self.s.stack.push(Value::Bool(r != invert));
                    }
                    Instruction::JumpIfFalseOrPop(t) => {
                        let v = self.top();
                        if !tri!('dispatch, self.truthy(v)) {
                            pc = t as usize;
                        } else {
                            self.s.stack.pop();
                        }
                    }
                    Instruction::JumpIfTrueOrPop(t) => {
                        let v = self.top();
                        if tri!('dispatch, self.truthy(v)) {
                            pc = t as usize;
                        } else {
                            self.s.stack.pop();
                        }
                    }
                    Instruction::GetIter => {
                        let v = self.top();
                        let it = tri!('dispatch, self.get_iter(v));
                        let len = self.s.stack.len();
                        self.s.stack[len - 1] = it;
                    }
                    Instruction::BuildTuple(n) => {
                        let start = self.s.stack.len() - n as usize;
                        let t = if n as usize <= crate::object::tuple::INLINE {
                            let mut items = [Value::None; crate::object::tuple::INLINE];
                            items[..n as usize].copy_from_slice(&self.s.stack[start..]);
                            self.s.stack.truncate(start);
                            self.new_tuple_from(&items[..n as usize])
                        } else {
                            let items = self.s.stack.split_off(start);
                            self.new_tuple(items)
                        };
                        self.s.stack.push(t);
                    }
                    Instruction::BuildList(n) => {
                        let items = self.s.stack.split_off(self.s.stack.len() - n as usize);
                        let l = self.new_list(items);
                        self.s.stack.push(l);
                    }
                    Instruction::BuildSet(n) => {
                        let items = self.s.stack.split_off(self.s.stack.len() - n as usize);
                        let set = tri!('dispatch, self.new_set_from(items, false));
                        self.s.stack.push(set);
                    }
                    Instruction::BuildMap(n) => {
                        let items = self.s.stack.split_off(self.s.stack.len() - 2 * n as usize);
                        let d = self.new_dict(Default::default());
                        self.s.stack.push(d);
                        for pair in items.chunks(2) {
                            tri!('dispatch, self.dict_set(d, pair[0], pair[1]));
                        }
                    }
                    Instruction::BuildString(n) => {
                        let items = self.s.stack.split_off(self.s.stack.len() - n as usize);
                        let mut text = String::new();
                        for item in items {
                            if let Some(s) = item
                                .as_obj()
                                .and_then(|o| o.as_str().map(|s| s.as_str().to_owned()))
                            {
                                text.push_str(&s);
                            }
                        }
                        let s = self.new_str(text);
                        self.s.stack.push(s);
                    }
                    Instruction::BuildSlice(n) => {
                        let n = n as usize;
                        let len = self.s.stack.len();
                        let step = if n == 3 {
                            self.s.stack[len - 1]
                        } else {
                            Value::None
                        };
                        let stop = self.s.stack[len - n + 1];
                        let start = self.s.stack[len - n];
                        // `seq[a:b]` needs no slice object for the builtin sequences.
                        if let (false, Some(&Instruction::BinarySubscr)) = (TRACE, instrs.get(pc)) {
                            let container = self.s.stack[len - n - 1];
                            pc += 1;
                            if let Some(v) =
                                tri!('dispatch, self.get_slice(container, start, stop, step))
                            {
                                self.s.stack.truncate(len - n - 1);
                                self.s.stack.push(v);
                                continue;
                            }
                            pc -= 1;
                        }
                        self.s.stack.truncate(len - n);
                        let s =
                            self.alloc(self.s.types.slice, Payload::Slice { start, stop, step });
                        self.s.stack.push(Value::Obj(s));
                    }
                    Instruction::ListAppend(i) => {
                        let v = self.pop();
                        let list = self.s.stack[self.s.stack.len() - i as usize];
                        if let Some(Payload::List(l)) = list.payload() {
                            l.borrow_mut().push(v);
                        }
                    }
                    Instruction::SetAdd(i) => {
                        let v = self.pop();
                        let set = self.s.stack[self.s.stack.len() - i as usize];
                        tri!('dispatch, self.set_add(set, v));
                    }
                    Instruction::MapAdd(i) => {
                        let v = self.pop();
                        let k = self.pop();
                        let d = self.s.stack[self.s.stack.len() - i as usize];
                        tri!('dispatch, self.dict_set(d, k, v));
                    }
                    Instruction::ListExtend(i) => {
                        let it = self.pop();
                        let list = self.s.stack[self.s.stack.len() - i as usize];
                        let items = tri!('dispatch, self
                            .collect_iter(it)
                            .map_err(|e| self.star_arg_error(e, it, "Value")));
                        if let Some(Payload::List(l)) = list.payload() {
                            l.borrow_mut().extend(items);
                        }
                    }
                    Instruction::SetUpdate(i) => {
                        let it = self.pop();
                        let set = self.s.stack[self.s.stack.len() - i as usize];
                        let items = tri!('dispatch, self.collect_iter(it));
                        for item in items {
                            tri!('dispatch, self.set_add(set, item));
                        }
                    }
                    Instruction::DictUpdate(i) => {
                        let m = self.pop();
                        let d = self.s.stack[self.s.stack.len() - i as usize];
                        tri!('dispatch, self.dict_update(d, m));
                    }
                    Instruction::DictMerge(i) => {
                        let m = self.pop();
                        let len = self.s.stack.len();
                        let d = self.s.stack[len - i as usize];
                        let func = self.s.stack[len - i as usize - 2];
                        tri!('dispatch, self.dict_merge(func, d, m));
                    }
                    Instruction::ListToTuple => {
                        let l = self.pop();
                        let items = match l.payload() {
                            Some(Payload::List(l)) => l.borrow().clone(),
                            _ => Vec::new(),
                        };
                        let t = self.new_tuple(items);
                        self.s.stack.push(t);
                    }
                    Instruction::UnpackSequence(n) => {
                        let seq = self.pop();
                        tri!('dispatch, self.unpack_sequence(seq, n as usize));
                    }
                    Instruction::UnpackEx(counts) => {
                        let seq = self.pop();
                        let before = (counts & 0xff) as usize;
                        let after = (counts >> 8) as usize;
                        tri!('dispatch, self.unpack_ex(seq, before, after));
                    }
                    Instruction::FormatValue(flags) => {
                        let spec = if flags & 4 != 0 {
                            Some(self.pop())
                        } else {
                            None
                        };
                        let v = self.pop();
                        let r = tri!('dispatch, self.format_value_instr(v, flags & 3, spec));
                        self.s.stack.push(r);
                    }
                    Instruction::MakeFunction(flags) => {
                        let f = tri!('dispatch, self.make_function(flags, frame.globals));
                        self.s.stack.push(f);
                    }
                    Instruction::ImportName(i) => {
                        let fromlist = self.pop();
                        let level = self.pop();
                        self.s.frames[fi].pc = pc as u32;
                        let m =
                            tri!('dispatch, self.import_name(names[i as usize], fromlist, level));
                        self.s.stack.push(m);
                    }
                    Instruction::ImportFrom(i) => {
                        let m = self.top();
                        let v = tri!('dispatch, self.import_from(m, names[i as usize]));
                        self.s.stack.push(v);
                    }
                    Instruction::ImportStar => {
                        let m = self.pop();
                        let target = frame.locals.unwrap_or(frame.globals);
                        tri!('dispatch, self.import_star(m, target));
                    }
                    Instruction::LoadBuildClass => {
                        let name = self.intern("__build_class__");
                        let v = tri!('dispatch, self.load_name(None, self.s.builtins, name));
                        self.s.stack.push(v);
                    }
                    Instruction::LoadAssertionError => {
                        self.s.stack.push(Value::Obj(self.s.types.assertion_error));
                    }
                    Instruction::RaiseVarargs(n) => {
                        self.s.frames[fi].pc = pc as u32;
                        break 'dispatch self.raise_varargs(n);
                    }
                    Instruction::Reraise(flag) => {
                        let exc = self.pop();
                        // The handler search starts from this instruction, as in CPython:
                        // the saved `lasti` only restores the frame's reported position
                        // (`f_lineno`), which is where the frame was when the exception
                        // was caught; without one the frame is left at this instruction.
                        // The saved `lasti` stays on the stack (CPython's `RERAISE` reads it in
                        // place): the handler's depth counts it, and popping it here left a
                        // handler below its depth, so its `POP_EXCEPT` restored a wrong value.
                        let mode = if flag != 0 {
                            RaiseMode::ReraiseKeep
                        } else {
                            RaiseMode::Reraise
                        };
                        match exc.as_obj() {
                            Some(o) if matches!(o.payload, Payload::Exception(_)) => {
                                break 'dispatch (Exception(o), mode);
                            }
                            _ => {
                                let e =
                                    self.type_error("exceptions must derive from BaseException");
                                break 'dispatch (e, RaiseMode::Fresh);
                            }
                        }
                    }
                    Instruction::PushExcInfo => {
                        let exc = self.pop();
                        let prev = std::mem::replace(&mut self.s.handled, exc);
                        self.s.stack.push(prev);
                        self.s.stack.push(exc);
                    }
                    Instruction::PopExcept => {
                        let prev = self.pop();
                        self.s.handled = prev;
                    }
                    Instruction::CheckExcMatch => {
                        let class = self.pop();
                        let exc = self.top();
                        let m = tri!('dispatch, self.exception_matches(exc, class));
                        self.s.stack.push(Value::Bool(m));
                    }
                    Instruction::CheckEgMatch => {
                        let class = self.pop();
                        let exc = self.pop();
                        self.s.frames[fi].pc = pc as u32;
                        let (rest, matched) = tri!('dispatch, self.check_eg_match(exc, class));
                        if matched.is_none() {
                            self.s.stack.push(exc);
                        } else {
                            self.s.stack.push(rest);
                            self.s.handled = matched;
                        }
                        self.s.stack.push(matched);
                    }
                    Instruction::PrepReraiseStar => {
                        let list = self.pop();
                        let orig = self.pop();
                        self.s.frames[fi].pc = pc as u32;
                        let r = tri!('dispatch, self.prep_reraise_star(orig, list));
                        self.s.stack.push(r);
                    }
                    Instruction::BeforeWith => {
                        let mgr = self.pop();
                        self.s.frames[fi].pc = pc as u32;
                        // A Python `__enter__` runs in this loop, like a call, so that a
                        // lock's acquire there can suspend its thread.
                        if let Some(enter) = self.python_enter(mgr) {
                            let fidx = self.s.stack.len();
                            self.s.stack.push(enter);
                            self.s.stack.push(mgr);
                            if self.push_simple_frame(fidx, 1) {
                                continue 'frame;
                            }
                            match tri!('dispatch, self.call_stack(fidx, fidx, None)) {
                                Some(v) => self.s.stack.push(v),
                                None => continue 'frame,
                            }
                        } else {
                            tri!('dispatch, self.before_with(mgr));
                        }
                    }
                    Instruction::WithExceptStart => {
                        let len = self.s.stack.len();
                        let exit = self.s.stack[len - 4];
                        let exc = self.s.stack[len - 1];
                        self.s.frames[fi].pc = pc as u32;
                        let class = Value::Obj(self.type_of(exc));
                        let tb = self.exc_traceback_of(exc);
                        // Called as `CALL` calls: a Python `__exit__` runs in this loop.
                        let fidx = len;
                        self.s.stack.extend_from_slice(&[exit, class, exc, tb]);
                        match tri!('dispatch, self.call_stack(fidx, fidx, None)) {
                            Some(v) => self.s.stack.push(v),
                            None => continue 'frame,
                        }
                    }
                    Instruction::YieldValue => {
                        if TRACE {
                            let v = self.top();
                            self.s.frames[fi].pc = pc as u32;
                            tri!('dispatch, self.trace_return(v));
                        }
                        let v = self.pop();
                        self.s.frames[fi].pc = pc as u32;
                        match self.yield_from_frame(v) {
                            Some(v) => return Ok(v),
                            None => continue 'frame,
                        }
                    }
                    Instruction::Send(t) => {
                        let v = self.pop();
                        let it = self.top();
                        self.s.frames[fi].pc = pc as u32;
                        match tri!('dispatch, self.send_step(it, v, t)) {
                            true => continue 'frame,
                            false => {
                                pc = self.s.frames[fi].pc as usize;
                            }
                        }
                    }
                    Instruction::PrintExpr => {
                        let value = self.pop();
                        self.s.frames[fi].pc = pc as u32;
                        tri!('dispatch, self.print_expr(value));
                    }
                    Instruction::GetAwaitable(origin) => {
                        let v = self.top();
                        self.s.frames[fi].pc = pc as u32;
                        let it = tri!('dispatch, self.get_awaitable(v, origin));
                        let len = self.s.stack.len();
                        self.s.stack[len - 1] = it;
                    }
                    Instruction::GetAiter => {
                        let v = self.top();
                        self.s.frames[fi].pc = pc as u32;
                        let it = tri!('dispatch, self.get_aiter(v));
                        let len = self.s.stack.len();
                        self.s.stack[len - 1] = it;
                    }
                    Instruction::GetAnext => {
                        let it = self.top();
                        self.s.frames[fi].pc = pc as u32;
                        let a = tri!('dispatch, self.get_anext(it));
                        self.s.stack.push(a);
                    }
                    Instruction::EndAsyncFor => {
                        let exc = self.pop();
                        if let Some(e) = self.end_async_for(exc) {
                            break 'dispatch (e, RaiseMode::Reraise);
                        }
                    }
                    Instruction::BeforeAsyncWith => {
                        let mgr = self.pop();
                        self.s.frames[fi].pc = pc as u32;
                        tri!('dispatch, self.before_async_with(mgr));
                    }
                    Instruction::AsyncGenWrap => self.mark_async_gen_yield(),
                    Instruction::GetYieldFromIter => {
                        let v = self.top();
                        let it = tri!('dispatch, self.get_yield_from_iter(v, cd.code.flags));
                        let len = self.s.stack.len();
                        self.s.stack[len - 1] = it;
                    }
                    Instruction::SetupAnnotations => {
                        let l = frame.locals.unwrap_or(frame.globals);
                        let name = self.s.names.annotations;
                        if tri!('dispatch, self.mapping_get_str(l, name)).is_none() {
                            let d = self.new_dict(Default::default());
                            tri!('dispatch, self.store_name(l, name, d));
                        }
                    }
                    Instruction::MatchSequence => {
                        let v = self.top();
                        let b = self.match_is_sequence(v);
                        self.s.stack.push(Value::Bool(b));
                    }
                    Instruction::MatchMapping => {
                        let v = self.top();
                        let b = self.match_is_mapping(v);
                        self.s.stack.push(Value::Bool(b));
                    }
                    Instruction::MatchKeys => {
                        let len = self.s.stack.len();
                        let (subject, keys) = (self.s.stack[len - 2], self.s.stack[len - 1]);
                        let values = tri!('dispatch, self.match_keys(subject, keys));
                        self.s.stack.push(values);
                    }
                    Instruction::MatchClass(n) => {
                        let len = self.s.stack.len();
                        let subject = self.s.stack[len - 3];
                        let (cls, names) = (self.s.stack[len - 2], self.s.stack[len - 1]);
                        let attrs =
                            tri!('dispatch, self.match_class(subject, cls, n as usize, names));
                        self.s.stack.truncate(len - 3);
                        self.s.stack.push(attrs);
                    }
                    Instruction::GetLen => {
                        let v = self.top();
                        let n = tri!('dispatch, self.len_of(v));
                        self.s.stack.push(Value::Int(n as i64));
                    }
                    Instruction::CopyDictWithoutKeys => {
                        let len = self.s.stack.len();
                        let (subject, keys) = (self.s.stack[len - 2], self.s.stack[len - 1]);
                        let rest = tri!('dispatch, self.copy_dict_without_keys(subject, keys));
                        self.s.stack[len - 1] = rest;
                    }
                }
            };
            self.s.frames[fi].pc = pc as u32;
            pending = Some((err, mode));
        }
    }
}

impl Vm {
    /// For `BEFORE_WITH` on a manager whose `__enter__` is a Python function and which has an
    /// `__exit__`: pushes the bound `__exit__` and returns `__enter__`, for the loop to call.
    fn python_enter(&mut self, mgr: Value) -> Option<Value> {
        let class = self.type_of(mgr);
        let enter = self.type_lookup(class, self.s.names.enter)?;
        if !matches!(enter.payload(), Some(Payload::Function(_))) {
            return None;
        }
        let exit = self.type_lookup(class, self.s.names.exit)?;
        let exit = self.bound_method(exit, mgr);
        self.s.stack.push(exit);
        Some(enter)
    }

    /// Pushes a frame for the plain two-argument function `func` whose arguments are the
    /// two values at `stack[at..]` (operands left in place by the instruction); they become
    /// its first locals and its result replaces them. False if the recursion limit is hit.
    fn push_operand_frame(
        &mut self,
        func: Gc<crate::object::Object>,
        at: usize,
        kind: FrameKind,
    ) -> bool {
        let Payload::Function(f) = &func.payload else {
            return false;
        };
        if self.s.frames.len() + self.nested as usize >= self.recursion_limit {
            return false;
        }
        let fcd = code_data(&f.code);
        let nlocals = fcd.nlocalsplus as usize;
        if nlocals > 2 {
            let null = self.null();
            self.s.stack.resize(at + nlocals, null);
        }
        self.s.frames.push(crate::interp::frame::Frame {
            code: f.code,
            globals: f.globals,
            locals: None,
            pc: 0,
            base: at as u32,
            sbase: (at + nlocals) as u32,
            ret_sp: at as u32,
            kind,
            entry: false,
        });
        if self.native_depth == self.collect_depth && self.heap.should_collect() {
            self.collect_now();
        }
        true
    }

    /// The fast path of a call: when `stack[fidx]` is a plain Python function taking exactly
    /// the `nargs` positional arguments above it, pushes its frame (the arguments become its
    /// first locals in place) and returns true. Otherwise does nothing.
    #[inline(always)]
    fn push_simple_frame(&mut self, fidx: usize, nargs: usize) -> bool {
        let Value::Obj(f) = self.s.stack[fidx] else {
            return false;
        };
        let Payload::Function(func) = &f.payload else {
            return false;
        };
        if nargs != func.fast_argcount as usize
            || self.s.frames.len() + self.nested as usize >= self.recursion_limit
        {
            return false;
        }
        let base = fidx + 1;
        let nlocals = func.nlocalsplus as usize;
        if nlocals > nargs {
            let null = self.null();
            self.s.stack.resize(base + nlocals, null);
        }
        self.s.frames.push(crate::interp::frame::Frame {
            code: func.code,
            globals: func.globals,
            locals: None,
            pc: 0,
            base: base as u32,
            sbase: (base + nlocals) as u32,
            ret_sp: fidx as u32,
            kind: FrameKind::Normal,
            entry: false,
        });
        if self.native_depth == self.collect_depth && self.heap.should_collect() {
            self.collect_now();
        }
        true
    }
}

/// Small-int arithmetic without overflow, or `None` for the general path.
#[inline(always)]
fn int_fast(op: BinaryOpKind, x: i64, y: i64) -> Option<Value> {
    use BinaryOpKind::*;
    let r = match op {
        Add | InplaceAdd => x.checked_add(y)?,
        Subtract | InplaceSubtract => x.checked_sub(y)?,
        Multiply | InplaceMultiply => x.checked_mul(y)?,
        And | InplaceAnd => x & y,
        Or | InplaceOr => x | y,
        Xor | InplaceXor => x ^ y,
        FloorDivide | InplaceFloorDivide => floordiv_i64(x, y)?,
        Remainder | InplaceRemainder => mod_i64(x, y)?,
        Rshift | InplaceRshift => {
            if y < 0 {
                return None;
            }
            x >> y.min(63)
        }
        Lshift | InplaceLshift => {
            if !(0..63).contains(&y) {
                return None;
            }
            let r = x << y;
            if r >> y != x {
                return None;
            }
            r
        }
        _ => return None,
    };
    Some(Value::Int(r))
}

/// Float arithmetic that cannot raise, or `None` for the general path.
#[inline(always)]
fn float_fast(op: BinaryOpKind, x: f64, y: f64) -> Option<Value> {
    use BinaryOpKind::*;
    let r = match op {
        Add | InplaceAdd => x + y,
        Subtract | InplaceSubtract => x - y,
        Multiply | InplaceMultiply => x * y,
        TrueDivide | InplaceTrueDivide if y != 0.0 => x / y,
        _ => return None,
    };
    Some(Value::Float(r))
}

#[inline(always)]
fn cmp_fast(kind: CompareKind, x: i64, y: i64) -> bool {
    match kind {
        CompareKind::Lt => x < y,
        CompareKind::Le => x <= y,
        CompareKind::Eq => x == y,
        CompareKind::Ne => x != y,
        CompareKind::Gt => x > y,
        CompareKind::Ge => x >= y,
    }
}

#[inline(always)]
fn cmp_fast_f(kind: CompareKind, x: f64, y: f64) -> bool {
    match kind {
        CompareKind::Lt => x < y,
        CompareKind::Le => x <= y,
        CompareKind::Eq => x == y,
        CompareKind::Ne => x != y,
        CompareKind::Gt => x > y,
        CompareKind::Ge => x >= y,
    }
}
