//! Exception instances: `args`, the traceback collected while unwinding, and the chaining
//! links `__cause__` / `__context__`.

use std::cell::{Cell, RefCell};

use krait_gc::{Gc, Trace};

use crate::object::{Dict, Object};
use crate::value::Value;

/// One traceback entry: a code object and the index of the instruction that was running.
#[derive(Clone, Copy, Trace)]
pub struct TbEntry {
    /// The code (a `Payload::Code` object).
    pub code: Gc<Object>,
    /// Instruction index.
    #[trace(skip)]
    pub pc: u32,
}

/// The data of an exception instance.
#[derive(Trace)]
pub struct ExcData {
    /// `args` (a tuple).
    pub args: Cell<Value>,
    /// Frames the exception passed through, innermost first.
    pub traceback: RefCell<Vec<TbEntry>>,
    /// `__cause__` (`raise … from cause`), or `None`.
    pub cause: Cell<Value>,
    /// `__context__`: the exception being handled when this one was raised, or `None`.
    pub context: Cell<Value>,
    /// `__suppress_context__`.
    #[trace(skip)]
    pub suppress_context: Cell<bool>,
    /// Other attributes.
    pub dict: RefCell<Dict>,
}

impl ExcData {
    /// An exception with the given `args` tuple.
    pub fn new(args: Value) -> ExcData {
        ExcData {
            args: Cell::new(args),
            traceback: RefCell::new(Vec::new()),
            cause: Cell::new(Value::None),
            context: Cell::new(Value::None),
            suppress_context: Cell::new(false),
            dict: RefCell::new(Dict::new()),
        }
    }
}
