//! Compiler tests on whole modules: what the compiler rejects, and (once sources can be
//! parsed) snapshots of the disassembly of representative snippets.

mod unsupported;
