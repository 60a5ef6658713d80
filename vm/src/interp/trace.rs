//! Tracing: `sys.settrace` / `sys.setprofile` hooks and the instruction trace of
//! `krait trace`.
//!
//! The dispatch loop is compiled twice (`run_frames_in::<TRACE>`). The untraced copy has no
//! hook at all; it only compares `Vm::tracing` with its own mode when it (re)loads a frame
//! (on calls, returns and exceptions) and hands over to the other copy when they differ.
//! The traced copy calls `trace_instruction` before every instruction, `trace_enter` when
//! a frame is entered, `trace_return` when one returns and `trace_exception` when an
//! exception is raised in one.

use std::io::Write;

use krait_gc::Gc;

use crate::error::{Exception, PyResult};
use crate::interp::frame::code_data;
use crate::interp::frame_object::{frame_obj, line_of};
use crate::object::Object;
use crate::value::Value;
use crate::vm::Vm;

/// Options of `krait trace`.
pub struct InstrTraceOptions {
    /// Where the trace goes.
    pub out: Box<dyn Write>,
    /// Only calls, returns and exceptions (`--calls`).
    pub calls_only: bool,
    /// Stop the program after this many traced instructions (`--limit N`).
    pub limit: Option<u64>,
    /// Only frames running code with this name (`--only NAME`).
    pub only: Option<String>,
    /// Cut each value's repr to this many characters.
    pub width: usize,
}

/// The state of `krait trace`.
pub(crate) struct InstrTrace {
    pub opts: InstrTraceOptions,
    /// Instructions traced so far.
    pub count: u64,
    /// The last instruction seen, printed with the stack it left: (frame depth, text).
    pub pending: Option<(usize, String)>,
}

/// The events a trace or profile function receives.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Event {
    Call,
    Line,
    Return,
    Exception,
}

impl Event {
    fn name(self) -> &'static str {
        match self {
            Event::Call => "call",
            Event::Line => "line",
            Event::Return => "return",
            Event::Exception => "exception",
        }
    }
}

impl Vm {
    /// `sys.settrace(f)` (or `sys.setprofile(f)` when `profile`).
    pub(crate) fn set_trace_hook(&mut self, f: Value, profile: bool) {
        if profile {
            self.s.profile_func = f;
        } else {
            self.s.trace_func = f;
        }
        // Frames already running get no `call` event.
        self.trace_seen = self.s.frames.len();
        self.update_tracing();
    }

    /// Turns on `krait trace`'s instruction trace.
    pub fn set_instruction_trace(&mut self, opts: InstrTraceOptions) {
        self.instr_trace = Some(Box::new(InstrTrace {
            opts,
            count: 0,
            pending: None,
        }));
        self.update_tracing();
    }

    fn update_tracing(&mut self) {
        self.tracing = !self.s.trace_func.is_none()
            || !self.s.profile_func.is_none()
            || self.instr_trace.is_some();
    }

    /// Writes out the instruction trace's last line (at exit).
    pub(crate) fn finish_instruction_trace(&mut self) {
        if let Some(t) = self.instr_trace.as_mut() {
            if let Some((_, text)) = t.pending.take() {
                let _ = writeln!(t.opts.out, "{text:<58} (return)");
            }
            let _ = t.opts.out.flush();
        }
    }

    /// Calls `f(frame, event, arg)` with tracing off; its result. An error turns tracing
    /// off, as CPython does.
    fn call_tracer(
        &mut self,
        f: Value,
        frame: Gc<Object>,
        event: Event,
        arg: Value,
    ) -> PyResult<Value> {
        let ev = Value::Obj(self.intern(event.name()));
        let saved_seen = self.trace_seen;
        self.trace_busy = true;
        let r = self.call_value(f, &[Value::Obj(frame), ev, arg], &[]);
        self.trace_busy = false;
        self.trace_seen = saved_seen;
        if r.is_err() {
            self.s.trace_func = Value::None;
            self.s.profile_func = Value::None;
            self.update_tracing();
        }
        r
    }

    /// Whether the code at the top of the frame stack is traced by `krait trace`.
    fn instr_traced(&self) -> bool {
        match self.instr_trace.as_ref() {
            Some(t) => match &t.opts.only {
                Some(name) => {
                    let frame = self.s.frames[self.s.frames.len() - 1];
                    code_data(&frame.code).code.name == *name
                }
                None => true,
            },
            None => false,
        }
    }

    /// A short repr for the trace, cut at the configured width.
    fn trace_repr(&mut self, v: Value, width: usize) -> String {
        let r = if self.is_null(v) {
            "NULL".to_owned()
        } else {
            match self.repr(v) {
                Ok(r) => r,
                Err(_) => format!("<{} object>", self.type_name(v)),
            }
        };
        // Addresses would make traces differ from run to run.
        let r = strip_addresses(&r);
        if r.chars().count() > width {
            let cut: String = r.chars().take(width.saturating_sub(3)).collect();
            format!("{cut}...")
        } else {
            r
        }
    }

    /// The operand stack of the frame at `depth`, as short reprs.
    fn trace_stack(&mut self, depth: usize, width: usize) -> String {
        let frame = self.s.frames[depth];
        let top = if depth + 1 < self.s.frames.len() {
            self.s.frames[depth + 1].ret_sp as usize
        } else {
            self.s.stack.len()
        };
        let items: Vec<Value> = self
            .s
            .stack
            .get(frame.sbase as usize..top)
            .map(|s| s.to_vec())
            .unwrap_or_default();
        let parts: Vec<String> = items
            .into_iter()
            .map(|v| self.trace_repr(v, width))
            .collect();
        format!("[{}]", parts.join(", "))
    }

    /// Writes a line of the instruction trace.
    fn instr_write(&mut self, text: &str) {
        if let Some(t) = self.instr_trace.as_mut() {
            let _ = writeln!(t.opts.out, "{text}");
        }
    }

    /// Before each instruction of a traced frame: the instruction trace's line, and the
    /// `line` event when a new line starts.
    pub(crate) fn trace_instruction(&mut self, pc: u32) -> PyResult<()> {
        if self.trace_busy {
            return Ok(());
        }
        let depth = self.s.frames.len() - 1;
        if self.instr_trace.is_some() {
            self.instr_step(depth, pc)?;
        }
        let Some(&fo) = self.s.frame_objs.last() else {
            return Ok(());
        };
        let Some(f) = frame_obj(&fo) else {
            return Ok(());
        };
        if f.depth.get() != Some(depth) || f.trace.get().is_none() || !f.trace_lines.get() {
            return Ok(());
        }
        let line = line_of(&f.code, pc);
        let last = f.trace_pc.get();
        f.trace_pc.set(pc);
        let new_line =
            line != 0 && (line != f.trace_line.get() || (pc <= last && starts_line(&f.code, pc)));
        if !new_line {
            return Ok(());
        }
        f.trace_line.set(line);
        let tracer = f.trace.get();
        let r = self.call_tracer(tracer, fo, Event::Line, Value::None)?;
        if let Some(f) = frame_obj(&fo) {
            f.trace.set(r);
        }
        Ok(())
    }

    /// `krait trace`: prints the previous instruction with the stack it left, and keeps
    /// this one for the next step.
    fn instr_step(&mut self, depth: usize, pc: u32) -> PyResult<()> {
        let traced = self.instr_traced();
        let width = self.instr_trace.as_ref().map_or(60, |t| t.opts.width);
        if let Some((d, text)) = self.instr_trace.as_mut().and_then(|t| t.pending.take()) {
            let stack = if d == depth {
                self.trace_stack(depth, width)
            } else if d < depth {
                "(call)".to_owned()
            } else {
                "(return)".to_owned()
            };
            self.instr_write(&format!("{text:<58} {stack}"));
        }
        let Some(t) = self.instr_trace.as_mut() else {
            return Ok(());
        };
        if !traced || t.opts.calls_only {
            return Ok(());
        }
        t.count += 1;
        if let Some(limit) = t.opts.limit {
            if t.count > limit {
                let _ = writeln!(t.opts.out, "-- limit of {limit} instructions reached");
                let _ = t.opts.out.flush();
                self.instr_trace = None;
                self.update_tracing();
                return Err(self.new_exception(self.s.types.system_exit, vec![Value::Int(0)]));
            }
        }
        let frame = self.s.frames[depth];
        let code = &code_data(&frame.code).code;
        let line = code.locations.get(pc as usize).map_or(0, |l| l.line);
        let instr = code.describe_instruction(pc as usize);
        let text = format!("{}:{}:{} {:>4} {}", depth, code.name, line, pc, instr);
        if let Some(t) = self.instr_trace.as_mut() {
            t.pending = Some((depth, text));
        }
        Ok(())
    }

    /// A frame has just been entered (its first instruction, or a generator resumed):
    /// the `call` events.
    pub(crate) fn trace_enter(&mut self) -> PyResult<()> {
        let len = self.s.frames.len();
        if self.trace_busy {
            self.trace_seen = len;
            return Ok(());
        }
        if self.trace_seen >= len {
            self.trace_seen = len;
            return Ok(());
        }
        self.trace_seen = len;
        let depth = len - 1;
        if self.instr_trace.is_some() {
            let traced = self.instr_traced();
            let calls_only = self.instr_trace.as_ref().is_some_and(|t| t.opts.calls_only);
            if traced && calls_only {
                let code = &code_data(&self.s.frames[depth].code).code;
                let text = format!(
                    "{}call {} ({}:{})",
                    "  ".repeat(depth),
                    code.name,
                    basename(&code.filename),
                    code.first_line
                );
                self.instr_write(&text);
            }
        }
        let (trace, profile) = (self.s.trace_func, self.s.profile_func);
        if trace.is_none() && profile.is_none() {
            return Ok(());
        }
        let fo = self.frame_object(depth);
        if !profile.is_none() {
            self.call_tracer(profile, fo, Event::Call, Value::None)?;
        }
        if !trace.is_none() {
            let r = self.call_tracer(trace, fo, Event::Call, Value::None)?;
            if let Some(f) = frame_obj(&fo) {
                f.trace.set(r);
                f.trace_line.set(0);
            }
        }
        Ok(())
    }

    /// The top frame is returning (or yielding) `v`: the `return` events.
    pub(crate) fn trace_return(&mut self, v: Value) -> PyResult<()> {
        if self.trace_busy {
            return Ok(());
        }
        let depth = self.s.frames.len() - 1;
        self.trace_seen = self.trace_seen.min(depth);
        if self.instr_trace.is_some() && self.instr_traced() {
            let calls_only = self.instr_trace.as_ref().is_some_and(|t| t.opts.calls_only);
            if calls_only {
                let width = self.instr_trace.as_ref().map_or(60, |t| t.opts.width);
                let r = self.trace_repr(v, width);
                let name = code_data(&self.s.frames[depth].code).code.name.clone();
                self.instr_write(&format!("{}return {name} -> {r}", "  ".repeat(depth)));
            }
        }
        let profile = self.s.profile_func;
        let fo = self.top_frame_object_if_traced();
        if !profile.is_none() {
            let fo = self.frame_object(depth);
            self.call_tracer(profile, fo, Event::Return, v)?;
        }
        if let Some(fo) = fo {
            if let Some(f) = frame_obj(&fo) {
                let tracer = f.trace.get();
                if !tracer.is_none() {
                    self.call_tracer(tracer, fo, Event::Return, v)?;
                }
            }
        }
        Ok(())
    }

    /// An exception was raised in the top frame: the `exception` event.
    pub(crate) fn trace_exception(&mut self, exc: Exception) -> PyResult<()> {
        if self.trace_busy || self.s.frames.is_empty() {
            return Ok(());
        }
        let depth = self.s.frames.len() - 1;
        if self.instr_trace.is_some() && self.instr_traced() {
            let calls_only = self.instr_trace.as_ref().is_some_and(|t| t.opts.calls_only);
            if calls_only {
                let text = self.str_text(exc.value()).unwrap_or_default();
                let name = self.type_name(exc.value());
                let code = code_data(&self.s.frames[depth].code).code.name.clone();
                self.instr_write(&format!(
                    "{}exception in {code}: {name}: {text}",
                    "  ".repeat(depth)
                ));
            }
        }
        let Some(fo) = self.top_frame_object_if_traced() else {
            return Ok(());
        };
        let Some(f) = frame_obj(&fo) else {
            return Ok(());
        };
        let tracer = f.trace.get();
        if tracer.is_none() {
            return Ok(());
        }
        let class = Value::Obj(self.type_of(exc.value()));
        let tb = self.exc_traceback(exc.data());
        let arg = self.new_tuple(vec![class, exc.value(), tb]);
        let r = self.call_tracer(tracer, fo, Event::Exception, arg)?;
        if let Some(f) = frame_obj(&fo) {
            f.trace.set(r);
        }
        Ok(())
    }

    /// The frame object of the top frame, if one exists.
    fn top_frame_object_if_traced(&self) -> Option<Gc<Object>> {
        let depth = self.s.frames.len().checked_sub(1)?;
        self.s
            .frame_objs
            .iter()
            .rev()
            .copied()
            .find(|o| frame_obj(o).is_some_and(|f| f.depth.get() == Some(depth)))
    }
}

/// Whether instruction `pc` is the first of its line (a backward jump to it starts the line
/// again).
fn starts_line(code: &Gc<Object>, pc: u32) -> bool {
    pc == 0 || line_of(code, pc) != line_of(code, pc - 1)
}

fn basename(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

/// `<foo object at 0x7f…>` → `<foo object>`.
fn strip_addresses(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find(" at 0x") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 6..];
        let end = after
            .find(|c: char| !c.is_ascii_hexdigit())
            .unwrap_or(after.len());
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}
