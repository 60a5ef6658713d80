//! Code objects: one compiled function, class body or module, with its side tables.

use std::rc::Rc;

use num_bigint::BigInt;

use crate::Instruction;

/// A compiled unit of code. Immutable once built; the VM shares it through `Rc`.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeObject {
    /// The instructions.
    pub instructions: Vec<Instruction>,
    /// One source location per instruction (same length as `instructions`).
    pub locations: Vec<Location>,
    /// Constants referenced by [`Instruction::LoadConst`] and friends.
    pub consts: Vec<Constant>,
    /// Global, attribute and import names.
    pub names: Vec<String>,
    /// Local variable names; the parameters come first, in declaration order.
    pub varnames: Vec<String>,
    /// Locals that nested functions capture (each lives in a cell).
    pub cellvars: Vec<String>,
    /// Variables captured from enclosing functions.
    pub freevars: Vec<String>,
    /// For each cell variable that is also a parameter, `(cell index, varnames index)`: the
    /// VM copies the argument into the cell when the frame starts.
    pub cell2arg: Vec<(u32, u32)>,
    /// Handlers for exceptions raised inside a range of instructions.
    pub exception_table: Vec<ExceptionTableEntry>,
    /// Positional parameters, including positional-only ones (not `*args`).
    pub argcount: u32,
    /// Positional-only parameters.
    pub posonlyargcount: u32,
    /// Keyword-only parameters.
    pub kwonlyargcount: u32,
    /// Flags: `*args`, `**kwargs`, generator, …
    pub flags: CodeFlags,
    /// The maximum value-stack depth the code needs.
    pub max_stack: u32,
    /// The function's name (`<module>`, `<lambda>`, `<listcomp>`, …).
    pub name: String,
    /// The qualified name (`Outer.method.<locals>.inner`).
    pub qualname: String,
    /// The file the code came from.
    pub filename: String,
    /// The line of the `def`/`class` (1 for a module).
    pub first_line: u32,
}

/// Where an instruction came from: 1-based lines, 0-based UTF-8 byte columns, like CPython's
/// `co_positions()`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Location {
    /// First line.
    pub line: u32,
    /// Last line.
    pub end_line: u32,
    /// Start column.
    pub col: u32,
    /// End column (exclusive).
    pub end_col: u32,
}

/// A handler covering the instructions `start..end`. Entries do not overlap and are sorted
/// by `start`. When instruction `i` raises and `start <= i < end`, the VM pops the value stack
/// down to `depth` items, pushes `i` as an int if `push_lasti`, pushes the exception, and
/// continues at `target`. No entry: the exception leaves the frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ExceptionTableEntry {
    /// First covered instruction.
    pub start: u32,
    /// One past the last covered instruction.
    pub end: u32,
    /// The handler's first instruction.
    pub target: u32,
    /// Value-stack depth to restore before pushing the exception.
    pub depth: u32,
    /// Push the raising instruction's index below the exception (for `finally` / `with`
    /// handlers that re-raise).
    pub push_lasti: bool,
}

/// A constant of a code object.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    /// `None`.
    None,
    /// `True` / `False`.
    Bool(bool),
    /// An int that fits in 64 bits.
    Int(i64),
    /// A larger int.
    BigInt(BigInt),
    /// A float.
    Float(f64),
    /// A complex number.
    Complex {
        /// Real part.
        real: f64,
        /// Imaginary part.
        imag: f64,
    },
    /// A str.
    Str(String),
    /// A bytes object.
    Bytes(Vec<u8>),
    /// A tuple of constants (also keyword-name tuples for [`Instruction::CallKw`]).
    Tuple(Vec<Constant>),
    /// `...`.
    Ellipsis,
    /// A nested code object (function, lambda, class body, comprehension).
    Code(Rc<CodeObject>),
}

/// The `co_flags` bits Krait uses, numbered as CPython's.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct CodeFlags(pub u32);

impl CodeFlags {
    /// Locals are fast slots (functions), not a mapping (modules, class bodies).
    pub const OPTIMIZED: u32 = 0x0001;
    /// A new locals mapping is made for the frame.
    pub const NEWLOCALS: u32 = 0x0002;
    /// Takes `*args`.
    pub const VARARGS: u32 = 0x0004;
    /// Takes `**kwargs`.
    pub const VARKEYWORDS: u32 = 0x0008;
    /// A nested function.
    pub const NESTED: u32 = 0x0010;
    /// Calling it makes a generator.
    pub const GENERATOR: u32 = 0x0020;
    /// No free or cell variables.
    pub const NOFREE: u32 = 0x0040;
    /// `async def`.
    pub const COROUTINE: u32 = 0x0080;
    /// A generator that may be awaited (`types.coroutine`).
    pub const ITERABLE_COROUTINE: u32 = 0x0100;
    /// `async def` containing `yield`: calling it makes an async generator.
    pub const ASYNC_GENERATOR: u32 = 0x0200;

    /// Whether `flag` is set.
    pub fn has(self, flag: u32) -> bool {
        self.0 & flag != 0
    }
}

impl CodeObject {
    /// The code objects nested in this one's constants, in order.
    pub fn nested(&self) -> impl Iterator<Item = &Rc<CodeObject>> {
        self.consts.iter().filter_map(|c| match c {
            Constant::Code(code) => Some(code),
            _ => None,
        })
    }

    /// The handler for an exception raised at instruction `index`, if any.
    pub fn handler_for(&self, index: u32) -> Option<&ExceptionTableEntry> {
        let pos = self.exception_table.partition_point(|e| e.start <= index);
        let entry = self.exception_table[..pos].last()?;
        (index < entry.end).then_some(entry)
    }

    /// The name of cell-or-free slot `i` (the operand of the `*_DEREF` instructions).
    pub fn deref_name(&self, i: u32) -> Option<&str> {
        let i = i as usize;
        self.cellvars
            .get(i)
            .or_else(|| self.freevars.get(i - self.cellvars.len().min(i)))
            .map(String::as_str)
    }
}
