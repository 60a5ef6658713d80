//! Exception instances: `args`, the traceback collected while unwinding, and the chaining
//! links `__cause__` / `__context__`.

use krait_gc::{GcCell, GcRefCell};
use std::cell::Cell;

use krait_gc::{Gc, Trace};

use crate::object::{Dict, Object};
use crate::value::Value;

/// One traceback entry: a code object, the index of the instruction that was running and
/// the frame's globals.
#[derive(Clone, Copy, Trace)]
pub struct TbEntry {
    /// The code (a `Payload::Code` object).
    pub code: Gc<Object>,
    /// Instruction index.
    #[trace(skip)]
    pub pc: u32,
    /// The instruction the frame ran last (`tb_frame.f_lineno`): `pc`, or later, where a
    /// handler in the same frame re-raised the exception.
    #[trace(skip)]
    pub frame_pc: u32,
    /// The frame's globals (for `tb_frame.f_globals`).
    pub globals: Gc<Object>,
}

/// An exception's traceback entries. Most exceptions are caught within a frame or two of
/// where they were raised, so up to two entries are kept inline: raising and catching then
/// allocates no entry buffer (a `Vec` cost a `malloc`, its growth and a `free` per raise).
#[derive(Clone, Trace)]
pub enum TbEntries {
    /// No entries yet.
    Empty,
    /// One frame.
    One(TbEntry),
    /// Two frames.
    Two([TbEntry; 2]),
    /// Three or more.
    Many(Vec<TbEntry>),
}

impl TbEntries {
    /// Appends the entry of the next frame out.
    #[inline]
    pub fn push(&mut self, entry: TbEntry) {
        match self {
            TbEntries::Empty => *self = TbEntries::One(entry),
            TbEntries::One(a) => *self = TbEntries::Two([*a, entry]),
            TbEntries::Two([a, b]) => {
                let mut v = Vec::with_capacity(8);
                v.extend_from_slice(&[*a, *b, entry]);
                *self = TbEntries::Many(v);
            }
            TbEntries::Many(v) => v.push(entry),
        }
    }
}

impl From<Vec<TbEntry>> for TbEntries {
    fn from(v: Vec<TbEntry>) -> TbEntries {
        match *v.as_slice() {
            [] => TbEntries::Empty,
            [a] => TbEntries::One(a),
            [a, b] => TbEntries::Two([a, b]),
            _ => TbEntries::Many(v),
        }
    }
}

impl std::ops::Deref for TbEntries {
    type Target = [TbEntry];
    fn deref(&self) -> &[TbEntry] {
        match self {
            TbEntries::Empty => &[],
            TbEntries::One(a) => std::slice::from_ref(a),
            TbEntries::Two(ab) => ab,
            TbEntries::Many(v) => v,
        }
    }
}

impl std::ops::DerefMut for TbEntries {
    fn deref_mut(&mut self) -> &mut [TbEntry] {
        match self {
            TbEntries::Empty => &mut [],
            TbEntries::One(a) => std::slice::from_mut(a),
            TbEntries::Two(ab) => ab,
            TbEntries::Many(v) => v,
        }
    }
}

/// The data of an exception instance.
#[derive(Trace)]
pub struct ExcData {
    /// `args` (a tuple).
    pub args: GcCell<Value>,
    /// Frames the exception passed through, innermost first.
    pub traceback: GcRefCell<TbEntries>,
    /// The traceback objects already made for `traceback` (entry `i` ↔ object `i`, a prefix
    /// of it), so `__traceback__` is the same object each time it is read and an outer
    /// frame's object links to the inner ones made before.
    pub tb_objs: GcRefCell<Vec<Gc<Object>>>,
    /// `__cause__` (`raise … from cause`), or `None`.
    pub cause: GcCell<Value>,
    /// `__context__`: the exception being handled when this one was raised, or `None`.
    pub context: GcCell<Value>,
    /// `__suppress_context__`.
    #[trace(skip)]
    pub suppress_context: Cell<bool>,
    /// Other attributes.
    pub dict: GcRefCell<Dict>,
    /// The fields of specific classes (`OSError.errno`, `NameError.name`, …), kept out of
    /// `__dict__` as CPython keeps them in slots.
    pub fields: GcRefCell<Dict>,
    /// `message` of a `BaseExceptionGroup` (a str), else `None`.
    pub eg_message: GcCell<Value>,
    /// `exceptions` of a `BaseExceptionGroup` (a tuple), else `None`.
    pub eg_exceptions: GcCell<Value>,
}

impl ExcData {
    /// An exception with the given `args` tuple.
    pub fn new(args: Value) -> ExcData {
        ExcData {
            args: GcCell::new(args),
            traceback: GcRefCell::new(TbEntries::Empty),
            tb_objs: GcRefCell::new(Vec::new()),
            cause: GcCell::new(Value::None),
            context: GcCell::new(Value::None),
            suppress_context: Cell::new(false),
            dict: GcRefCell::new(Dict::new()),
            fields: GcRefCell::new(Dict::new()),
            eg_message: GcCell::new(Value::None),
            eg_exceptions: GcCell::new(Value::None),
        }
    }
}
