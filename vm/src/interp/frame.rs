//! `Frame`: one activation record on the VM's own frame stack. Its fast locals (varnames,
//! then cells, then free variables) and its operand stack are contiguous ranges of the
//! shared value stack, starting at `base`.

use krait_gc::{Gc, Trace};

use crate::object::{CodeData, Object, Payload};

/// How a generator frame was resumed, which decides where its yield or return goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenResume {
    /// By `FOR_ITER` in the calling frame: a yield pushes the item, a return ends the loop.
    ForIter,
    /// By `SEND` in the calling frame (`yield from`).
    Send,
    /// By native code (`next()`, `send()`, `list(gen)`): the dispatch loop returns.
    Native,
}

/// What kind of activation a frame is.
#[derive(Clone, Copy, Trace)]
pub enum FrameKind {
    /// A plain call.
    Normal,
    /// `__init__` run by a class call: returns the instance kept in the callable slot.
    Init,
    /// A running generator.
    Gen(Gc<Object>, #[trace(skip)] GenResume),
    /// An operator dunder (`__add__` …) run inline by `BINARY_OP`: a `NotImplemented`
    /// result continues the operator protocol.
    BinOp(
        #[trace(skip)] krait_bytecode::BinaryOpKind,
        #[trace(skip)] crate::interp::ops::BinopStage,
    ),
}

/// One activation record.
#[derive(Clone, Copy, Trace)]
pub struct Frame {
    /// The running code (a `Payload::Code` object).
    pub code: Gc<Object>,
    /// Module globals (a dict object).
    pub globals: Gc<Object>,
    /// The locals mapping of module and class bodies (a dict object), else `None`.
    pub locals: Option<Gc<Object>>,
    /// The next instruction to run; while a call is in progress, one past the call.
    #[trace(skip)]
    pub pc: u32,
    /// First fast-local slot in the value stack.
    #[trace(skip)]
    pub base: u32,
    /// First operand-stack slot (`base + nlocalsplus`); exception-table depths count from here.
    #[trace(skip)]
    pub sbase: u32,
    /// Value-stack height to cut back to when the frame returns (drops the callable too).
    #[trace(skip)]
    pub ret_sp: u32,
    /// Activation kind.
    pub kind: FrameKind,
    /// Whether returning from this frame ends the dispatch loop that runs it (the frame was
    /// pushed by native code).
    #[trace(skip)]
    pub entry: bool,
}

impl Frame {
    /// The code data of this frame.
    #[inline]
    pub fn code_data(&self) -> &CodeData {
        code_data(&self.code)
    }
}

/// The code data of a code object.
#[inline]
pub(crate) fn code_data(code: &Gc<Object>) -> &CodeData {
    match &code.payload {
        Payload::Code(c) => c,
        _ => unreachable!("frame code is not a code object"),
    }
}
