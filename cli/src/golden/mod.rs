//! The golden engine: every stage's output for a program, kept as plain-text snapshot files
//! beside it and compared on later runs. `krait golden` runs it over a user's files
//! ([`command`]); `cargo xtask golden` runs it over Krait's own corpus in `tests/golden/`,
//! adding its comparison with CPython's committed record.
//!
//! Owns: the list of stages ([`stage`]), running a program through them in-process with
//! panics and hangs contained ([`pipeline`]), the snapshot file format ([`snapshot`]),
//! checking and rewriting a program's snapshots with unified diffs ([`compare`]), and
//! comparing a run with CPython's ([`cpython`]).
//!
//! Takes: program files (or bytes and the name they run under), a stage list, a policy.
//! Gives: records of every stage, verdicts per snapshot file, reports and exit statuses.

pub mod command;
pub mod compare;
pub mod cpython;
pub mod pipeline;
pub mod snapshot;
pub mod stage;

pub use pipeline::{args_of, record, Input, Options, Record, RunOutput, Snapshot};
