//! Krait's developer tasks as a library, shared by the `cargo xtask` binary and the test
//! harnesses in `xtask/tests/`.
//!
//! Owns: the golden corpus under `tests/golden/` — finding its cases, the committed files
//! that record CPython's behaviour (`NAME.expected`, `NAME.ast.expected`), regenerating them
//! from `python3`, running Krait on a case in-process, and comparing the two.
//!
//! Also owns the front-end corpus check ([`corpus`]): the release `krait` over CPython's
//! standard library, compared with CPython's own dumps and timed against `ast.parse`.
//!
//! Takes: the workspace's files and, for regeneration and the corpus only, a `python3` on
//! the `PATH`.
//! Gives: per-case reports (Krait's stage outputs for snapshots, differences from CPython),
//! and the corpus report (counts, differing files, throughputs).

#![deny(unsafe_code)]

pub mod cache_check;
pub mod corpus;
pub mod golden;
