//! The golden corpus: one Python program per case under `tests/golden/`, with everything
//! known about it committed beside it.
//!
//! For `tests/golden/DIR/NAME.py`:
//! - `NAME.expected` — CPython's exit status, stdout and traceback skeleton, or the syntax
//!   error it reports (see [`expected`]); written by `cargo xtask golden --cpython`.
//! - `NAME.ast.expected` — CPython's `ast.dump(..., indent=2, include_attributes=True)`,
//!   when CPython can parse the file.
//! - `NAME.{tokens,ast,dis,stderr}.snap` — Krait's own outputs, snapshots for regression
//!   review kept by the golden engine `krait golden` uses (`krait_cli::golden`, which also
//!   runs each case through the stages); written by `cargo xtask golden --update`.
//! - `tests/golden/KNOWN_FAILURES` — cases where Krait does not yet match CPython, each
//!   with a reason; the harness requires them to still fail (see [`known`]).

pub mod case;
pub mod check;
pub mod cpython;
pub mod expected;
pub mod isolate;
pub mod known;
pub mod text;

pub use case::{discover, workspace_root, Case};
