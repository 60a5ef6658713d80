//! Krait's developer tasks as a library, shared by the `cargo xtask` binary and the test
//! harnesses in `xtask/tests/`.
//!
//! Owns: the golden corpus under `tests/golden/` — finding its cases, the committed files
//! that record CPython's behaviour (`NAME.expected`, `NAME.ast.expected`), regenerating them
//! from `python3`, running Krait on a case in-process, and comparing the two.
//!
//! Takes: the workspace's files and, for regeneration only, a `python3` on the `PATH`.
//! Gives: per-case reports (Krait's stage outputs for snapshots, differences from CPython).

#![deny(unsafe_code)]

pub mod golden;
