//! Frame objects (`sys._getframe()`, `tb.tb_frame`, trace functions' first argument) and
//! traceback objects (`exc.__traceback__`).
//!
//! Frames on the VM's frame stack are plain records; a frame object is made only when a
//! program asks for one. While its frame runs, the object reads the live record (found by
//! its depth on the frame stack); when the frame leaves the stack the VM copies the frame's
//! last position and fast locals into the object (`retire_frame_objects`), so it keeps
//! answering as CPython's do after a return. The VM keeps the live ones in
//! `State::frame_objs`; while that list is empty (the usual case) returns cost one check.
//!
//! An exception's traceback stays a list of `(code, instruction, globals)` entries; a
//! `traceback` chain is built from it when `__traceback__` is read, and assigning one turns
//! it back into entries.

use std::cell::Cell;

use krait_gc::{Gc, GcCell, GcRefCell, Trace};

use crate::error::PyResult;
use crate::interp::frame::code_data;
use crate::object::exception::{ExcData, TbEntry};
use crate::object::{Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

/// The state of a frame object.
#[derive(Trace)]
pub struct FrameObject {
    /// The code it runs.
    pub code: Gc<Object>,
    /// Its globals dict.
    pub globals: Gc<Object>,
    /// The namespace of a module or class frame, else `None`.
    pub ns: Option<Gc<Object>>,
    /// Fast locals copied when the frame left the stack (function frames).
    pub fast: GcRefCell<Vec<Value>>,
    /// The `f_locals` dict of a function frame, refreshed each time it is read.
    pub locals_dict: GcCell<Value>,
    /// `f_back` once known (a frame object or `None`).
    pub back: GcCell<Value>,
    /// `f_trace`.
    pub trace: GcCell<Value>,
    /// `f_trace_lines`.
    #[trace(skip)]
    pub trace_lines: Cell<bool>,
    /// `f_trace_opcodes`.
    #[trace(skip)]
    pub trace_opcodes: Cell<bool>,
    /// The index of the instruction last run (kept after the frame leaves the stack).
    #[trace(skip)]
    pub lasti: Cell<u32>,
    /// The frame's index on the frame stack while it is there.
    #[trace(skip)]
    pub depth: Cell<Option<usize>>,
    /// The line of the last `line` trace event.
    #[trace(skip)]
    pub trace_line: Cell<u32>,
    /// The instruction last seen by the line tracer.
    #[trace(skip)]
    pub trace_pc: Cell<u32>,
}

/// The state of a traceback object.
#[derive(Trace)]
pub struct TracebackObject {
    /// `tb_frame`.
    pub frame: Gc<Object>,
    /// `tb_next`.
    pub next: GcCell<Value>,
    /// Instruction index (`tb_lasti` is twice this, a byte offset as in CPython).
    #[trace(skip)]
    pub index: u32,
    /// `tb_lineno`.
    #[trace(skip)]
    pub lineno: u32,
    /// `tb_lasti` (twice `index` unless given to the constructor).
    #[trace(skip)]
    pub lasti: i64,
}

/// The frame-object state of `o`, if it is one.
pub(crate) fn frame_obj(o: &Gc<Object>) -> Option<&FrameObject> {
    match &o.payload {
        Payload::FrameObj(f) => Some(f),
        _ => None,
    }
}

/// The line of instruction `index` in `code` (0 if unknown).
pub(crate) fn line_of(code: &Gc<Object>, index: u32) -> u32 {
    code_data(code)
        .code
        .locations
        .get(index as usize)
        .map_or(0, |l| l.line)
}

impl Vm {
    /// The frame object for the frame at `depth` on the frame stack (the same object each
    /// time while the frame runs).
    pub(crate) fn frame_object(&mut self, depth: usize) -> Gc<Object> {
        // `frame_objs` is sorted by depth.
        let depth_of = |o: &Gc<Object>| frame_obj(o).and_then(|f| f.depth.get()).unwrap_or(0);
        let at = self.s.frame_objs.partition_point(|o| depth_of(o) < depth);
        if let Some(&o) = self.s.frame_objs.get(at) {
            if depth_of(&o) == depth {
                return o;
            }
        }
        let frame = self.s.frames[depth];
        let data = FrameObject {
            code: frame.code,
            globals: frame.globals,
            ns: frame.locals,
            fast: GcRefCell::new(Vec::new()),
            locals_dict: GcCell::new(Value::None),
            back: GcCell::new(Value::None),
            trace: GcCell::new(Value::None),
            trace_lines: Cell::new(true),
            trace_opcodes: Cell::new(false),
            lasti: Cell::new(frame.pc.saturating_sub(1)),
            depth: Cell::new(Some(depth)),
            trace_line: Cell::new(0),
            trace_pc: Cell::new(0),
        };
        let o = self.alloc(self.s.types.frame, Payload::FrameObj(Box::new(data)));
        self.s.frame_objs.insert(at, o);
        o
    }

    /// A frame object for a frame that is no longer running: a traceback entry's.
    pub(crate) fn dead_frame_object(&mut self, entry: &TbEntry) -> Gc<Object> {
        let data = FrameObject {
            code: entry.code,
            globals: entry.globals,
            ns: None,
            fast: GcRefCell::new(Vec::new()),
            locals_dict: GcCell::new(Value::None),
            back: GcCell::new(Value::None),
            trace: GcCell::new(Value::None),
            trace_lines: Cell::new(true),
            trace_opcodes: Cell::new(false),
            lasti: Cell::new(entry.frame_pc),
            depth: Cell::new(None),
            trace_line: Cell::new(0),
            trace_pc: Cell::new(0),
        };
        self.alloc(self.s.types.frame, Payload::FrameObj(Box::new(data)))
    }

    /// Called when a frame has just been popped (its values still on the value stack):
    /// frame objects of frames no longer on the stack keep their last position and locals.
    pub(crate) fn retire_frame_objects(&mut self, popped: &crate::interp::frame::Frame) {
        let len = self.s.frames.len();
        // Sorted by depth: the frames gone are at the end.
        while let Some(&o) = self.s.frame_objs.last() {
            let Some(f) = frame_obj(&o) else {
                self.s.frame_objs.pop();
                continue;
            };
            match f.depth.get() {
                Some(d) if d < len => break,
                Some(d) => {
                    if d == len {
                        f.lasti.set(popped.pc.saturating_sub(1));
                        let n = code_data(&popped.code).nlocalsplus as usize;
                        let start = popped.base as usize;
                        let end = (start + n).min(self.s.stack.len());
                        if popped.locals.is_none() && start <= end {
                            *f.fast.borrow_mut() = self.s.stack[start..end].to_vec();
                        }
                    }
                    f.depth.set(None);
                    self.s.frame_objs.pop();
                }
                None => {
                    self.s.frame_objs.pop();
                }
            }
        }
    }

    /// The instruction index a frame object is at.
    fn frame_lasti(&self, f: &FrameObject) -> u32 {
        // A running frame stores its pc when it calls out, which is when it can be asked.
        match f.depth.get() {
            Some(d) => self.s.frames[d].pc.saturating_sub(1),
            None => f.lasti.get(),
        }
    }

    /// The fast locals (varnames, cells, free variables) of a frame object's frame.
    fn frame_fast(&self, f: &FrameObject) -> Vec<Value> {
        match f.depth.get() {
            Some(d) => {
                let frame = self.s.frames[d];
                let start = frame.base as usize;
                let end = (frame.sbase as usize).min(self.s.stack.len());
                if start <= end {
                    self.s.stack[start..end].to_vec()
                } else {
                    Vec::new()
                }
            }
            None => f.fast.borrow().clone(),
        }
    }

    /// `f_locals`: the namespace of a module or class frame; for a function frame a dict of
    /// its bound locals, the same dict each time, brought up to date when read.
    pub(crate) fn frame_locals(&mut self, o: Gc<Object>) -> PyResult<Value> {
        let Some(f) = frame_obj(&o) else {
            return Ok(Value::None);
        };
        if let Some(ns) = f.ns {
            return Ok(Value::Obj(ns));
        }
        let d = match f.locals_dict.get() {
            Value::None => {
                let d = self.new_dict(Default::default());
                f.locals_dict.set(d);
                d
            }
            d => d,
        };
        if let Some(Payload::Dict(dict)) = d.payload() {
            dict.borrow_mut().clear();
        }
        let values = self.frame_fast(f);
        let cd = code_data(&f.code);
        let nvars = cd.varnames.len();
        let mut names: Vec<Value> = cd.varnames.iter().map(|&n| Value::Obj(n)).collect();
        let derefs: Vec<String> = cd
            .code
            .cellvars
            .iter()
            .chain(&cd.code.freevars)
            .cloned()
            .collect();
        for n in &derefs {
            names.push(Value::Obj(self.intern(n)));
        }
        for (i, name) in names.into_iter().enumerate() {
            let Some(&v) = values.get(i) else { break };
            let v = if i >= nvars { self.cell_get(v) } else { v };
            if !self.is_null(v) {
                self.dict_set(d, name, v)?;
            }
        }
        Ok(d)
    }

    /// The attributes of a frame object.
    pub(crate) fn frame_obj_attr(&mut self, o: Gc<Object>, name: &str) -> PyResult<Option<Value>> {
        let Some(f) = frame_obj(&o) else {
            return Ok(None);
        };
        let v = match name {
            "f_code" => Value::Obj(f.code),
            "f_globals" => Value::Obj(f.globals),
            "f_builtins" => Value::Obj(self.s.builtins),
            "f_lineno" => {
                // A frame that has not started is on its `def` line, as CPython's RESUME.
                let started = match f.depth.get() {
                    Some(d) => self.s.frames[d].pc > 0,
                    None => true,
                };
                if !started {
                    Value::Int(code_data(&f.code).code.first_line as i64)
                } else {
                    let i = self.frame_lasti(f);
                    Value::Int(line_of(&f.code, i) as i64)
                }
            }
            "f_lasti" => Value::Int(2 * self.frame_lasti(f) as i64),
            "f_locals" => return self.frame_locals(o).map(Some),
            "f_back" => match f.depth.get() {
                Some(d) => {
                    // Native frames (a class body run by `__build_class__`) are frames too.
                    if d == 0 {
                        Value::None
                    } else {
                        let b = Value::Obj(self.frame_object(d - 1));
                        f.back.set(b);
                        b
                    }
                }
                None => f.back.get(),
            },
            "f_trace" => f.trace.get(),
            "f_trace_lines" => Value::Bool(f.trace_lines.get()),
            "f_trace_opcodes" => Value::Bool(f.trace_opcodes.get()),
            _ => return Ok(None),
        };
        Ok(Some(v))
    }

    /// Assigning to a frame object's attributes (`f_trace`, `f_trace_lines`, ...).
    pub(crate) fn set_frame_obj_attr(
        &mut self,
        o: Gc<Object>,
        name: &str,
        value: Value,
    ) -> Option<PyResult<()>> {
        let f = frame_obj(&o)?;
        Some(match name {
            "f_trace" => {
                f.trace.set(value);
                Ok(())
            }
            "f_trace_lines" => self.truthy(value).map(|b| f.trace_lines.set(b)),
            "f_trace_opcodes" => self.truthy(value).map(|b| f.trace_opcodes.set(b)),
            "f_lineno" => Err(self.value_error("f_lineno can only be set by a trace function")),
            "f_code" | "f_globals" | "f_builtins" | "f_locals" | "f_back" | "f_lasti" => {
                let msg = format!("attribute '{name}' of 'frame' objects is not writable");
                Err(self.attribute_error(msg))
            }
            _ => {
                let msg = format!("'frame' object has no attribute '{name}'");
                Err(self.attribute_error(msg))
            }
        })
    }

    /// The `__traceback__` of `exc` (`None` when `exc` is no exception object): what
    /// `with` hands to `__exit__` as its third argument.
    pub(crate) fn exc_traceback_of(&mut self, exc: Value) -> Value {
        match exc.payload() {
            Some(Payload::Exception(e)) => self.exc_traceback(e),
            _ => Value::None,
        }
    }

    /// `exc.__traceback__`: a chain of traceback objects, outermost frame first, or `None`.
    /// The objects are made once per entry and kept, as CPython makes one per frame while
    /// unwinding: reading it twice gives the same object.
    pub(crate) fn exc_traceback(&mut self, e: &ExcData) -> Value {
        let entries = e.traceback.borrow().clone();
        let mut objs = e.tb_objs.borrow().clone();
        if objs.len() > entries.len() {
            objs.truncate(entries.len());
        }
        let mut next = objs.last().map_or(Value::None, |&o| Value::Obj(o));
        for entry in &entries[objs.len()..] {
            let frame = self.dead_frame_object(entry);
            let tb = TracebackObject {
                frame,
                next: GcCell::new(next),
                index: entry.pc,
                lineno: line_of(&entry.code, entry.pc),
                lasti: 2 * i64::from(entry.pc),
            };
            let o = self.alloc(self.s.types.traceback, Payload::Traceback(Box::new(tb)));
            objs.push(o);
            next = Value::Obj(o);
        }
        *e.tb_objs.borrow_mut() = objs;
        next
    }

    /// The traceback entries (innermost first) a traceback chain stands for.
    pub(crate) fn entries_of_traceback(&mut self, tb: Value) -> Option<Vec<TbEntry>> {
        let mut out = Vec::new();
        let mut cur = tb;
        let mut guard = 0usize;
        while let Some(Payload::Traceback(t)) = cur.payload() {
            let f = frame_obj(&t.frame)?;
            out.push(TbEntry {
                code: f.code,
                pc: t.index,
                frame_pc: f.lasti.get(),
                globals: f.globals,
            });
            cur = t.next.get();
            guard += 1;
            if guard > 1_000_000 {
                break;
            }
        }
        if !cur.is_none() {
            return None;
        }
        out.reverse();
        Some(out)
    }

    /// The attributes of a traceback object.
    pub(crate) fn traceback_attr(&mut self, o: Gc<Object>, name: &str) -> Option<Value> {
        let Payload::Traceback(t) = &o.payload else {
            return None;
        };
        Some(match name {
            "tb_frame" => Value::Obj(t.frame),
            "tb_next" => t.next.get(),
            "tb_lineno" => Value::Int(t.lineno as i64),
            "tb_lasti" => Value::Int(t.lasti),
            _ => return None,
        })
    }

    /// `tb.tb_next = other`: a traceback or `None`, without making a loop.
    pub(crate) fn set_traceback_attr(
        &mut self,
        o: Gc<Object>,
        name: &str,
        value: Value,
    ) -> Option<PyResult<()>> {
        let Payload::Traceback(t) = &o.payload else {
            return None;
        };
        Some(match name {
            "tb_next" => {
                if !value.is_none() && !matches!(value.payload(), Some(Payload::Traceback(_))) {
                    let msg = format!("expected traceback object, got '{}'", self.type_name(value));
                    return Some(Err(self.type_error(msg)));
                }
                let mut cur = value;
                while let Some(Payload::Traceback(n)) = cur.payload() {
                    if cur.is(Value::Obj(o)) {
                        return Some(Err(self.value_error("traceback loop detected")));
                    }
                    cur = n.next.get();
                }
                t.next.set(value);
                Ok(())
            }
            _ => {
                let msg = format!("attribute '{name}' of 'traceback' objects is not writable");
                Err(self.attribute_error(msg))
            }
        })
    }

    /// `types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)`.
    pub(crate) fn new_traceback(&mut self, args: &[Value]) -> PyResult<Value> {
        if args.len() != 4 {
            let msg = format!(
                "traceback() takes exactly 4 arguments ({} given)",
                args.len()
            );
            return Err(self.type_error(msg));
        }
        let next = args[0];
        if !next.is_none() && !matches!(next.payload(), Some(Payload::Traceback(_))) {
            let msg = format!(
                "expected traceback object or None, got '{}'",
                self.type_name(next)
            );
            return Err(self.type_error(msg));
        }
        let frame = match args[1] {
            Value::Obj(o) if frame_obj(&o).is_some() => o,
            v => {
                let msg = format!(
                    "TracebackType() argument 'tb_frame' must be frame, not {}",
                    self.type_name(v)
                );
                return Err(self.type_error(msg));
            }
        };
        let (Value::Int(lasti), Value::Int(lineno)) = (args[2], args[3]) else {
            return Err(self.type_error("'tb_lasti' and 'tb_lineno' must be integers"));
        };
        let tb = TracebackObject {
            frame,
            next: GcCell::new(next),
            index: (lasti.max(0) / 2) as u32,
            lineno: lineno.max(0) as u32,
            lasti,
        };
        Ok(Value::Obj(self.alloc(
            self.s.types.traceback,
            Payload::Traceback(Box::new(tb)),
        )))
    }

    /// `sys._getframe(depth)`.
    pub(crate) fn get_frame(&mut self, depth: i64) -> PyResult<Value> {
        let len = self.s.frames.len() as i64;
        let depth = depth.max(0);
        if depth >= len {
            return Err(self.value_error("call stack is not deep enough"));
        }
        Ok(Value::Obj(self.frame_object((len - 1 - depth) as usize)))
    }
}
