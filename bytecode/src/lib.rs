//! Krait's bytecode: the instruction set the compiler emits and the VM executes.
//!
//! Owns: [`Instruction`] (a typed enum, 8 bytes, CPython-like opcode names), [`CodeObject`]
//! (instructions plus the constant, name, variable, location and exception tables, nested
//! code objects as constants) and the disassembler ([`CodeObject`]'s `Display`), whose output
//! follows the shape of `python3 -m dis`; and [`cache`], the binary format of code objects
//! (`__pycache__` files and `marshal`).
//!
//! Takes: nothing — code objects are built by `krait-compiler`.
//! Gives: immutable, shareable (`Rc`) code objects to `krait-vm`.
//!
//! Jump targets are absolute instruction indices. Exceptions use CPython 3.11's zero-cost
//! model: no setup instructions at run time, only an [`ExceptionTableEntry`] list consulted
//! when something raises.

pub mod cache;
mod code;
mod dis;
mod instruction;

pub use code::{CodeFlags, CodeObject, Constant, ExceptionTableEntry, Location};
pub use instruction::{BinaryOpKind, CompareKind, Instruction, MakeFunctionFlags};
