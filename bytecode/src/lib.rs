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
//!
//! # Using the bytecode crate alone
//!
//! A tool that reads Krait's `__pycache__` files needs only this crate: load a cache file,
//! disassemble it (optionally with each instruction's source range), write one back. Here
//! the code object of `print(42)` is built by hand and put through a cache file:
//!
//! ```
//! use krait_bytecode::cache::{read_cache, write_cache};
//! use krait_bytecode::{CodeFlags, CodeObject, Constant, DisOptions, Instruction, Location};
//!
//! let at = |col, end_col| Location { line: 1, end_line: 1, col, end_col };
//! let code = CodeObject {
//!     instructions: vec![
//!         Instruction::LoadName(0),  // print
//!         Instruction::LoadConst(0), // 42
//!         Instruction::Call(1),
//!         Instruction::PopTop,
//!         Instruction::LoadConst(1), // None
//!         Instruction::ReturnValue,
//!     ],
//!     locations: vec![at(0, 5), at(6, 8), at(0, 9), at(0, 9), at(0, 9), at(0, 9)],
//!     consts: vec![Constant::Int(42), Constant::None],
//!     names: vec!["print".into()],
//!     varnames: vec![],
//!     cellvars: vec![],
//!     freevars: vec![],
//!     cell2arg: vec![],
//!     exception_table: vec![],
//!     argcount: 0,
//!     posonlyargcount: 0,
//!     kwonlyargcount: 0,
//!     flags: CodeFlags::default(),
//!     max_stack: 2,
//!     name: "<module>".into(),
//!     qualname: "<module>".into(),
//!     filename: "hello.py".into(),
//!     first_line: 1,
//! };
//!
//! // A cache file is tied to the exact source it was compiled from.
//! let source = b"print(42)\n";
//! let file = write_cache(&code, source);
//! let loaded = read_cache(&file, Some(source)).expect("a fresh cache file");
//! assert_eq!(loaded, code);
//! assert!(read_cache(&file, Some(b"print(43)\n")).is_err()); // stale
//! assert!(read_cache(&file[..file.len() - 1], None).is_err()); // truncated
//!
//! // The disassembly, as `krait dis` and `krait dis --positions` print it.
//! assert_eq!(
//!     loaded.to_string(),
//!     "  1            0 LOAD_NAME                0 (print)
//!                1 LOAD_CONST               0 (42)
//!                2 CALL                     1
//!                3 POP_TOP
//!                4 LOAD_CONST               1 (None)
//!                5 RETURN_VALUE
//! "
//! );
//! let with_positions = loaded.disassemble(DisOptions { positions: true }).to_string();
//! assert!(with_positions.starts_with("1:0-1:5         0 LOAD_NAME"));
//! ```
//!
//! Code loaded from an untrusted file is well-formed but not proven safe to run:
//! `krait_compiler::verify` checks operands, jumps and stack depths.

pub mod cache;
mod code;
mod dis;
mod instruction;

pub use code::{CodeFlags, CodeObject, Constant, ExceptionTableEntry, Location};
pub use dis::{DisOptions, Disassembly};
pub use instruction::{BinaryOpKind, CompareKind, Instruction, MakeFunctionFlags};
