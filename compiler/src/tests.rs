//! Compiler tests on whole modules: snapshots of the disassembly of representative
//! snippets (each reviewed against `python3 -m dis`), the compile-time errors, the golden
//! corpus, and trees built by hand.

mod control;
mod definitions;
mod errors;
mod expressions;
mod golden;
mod hand_built;
mod interactive;
mod limits;
mod patterns;
mod statements;
mod support;
