//! The `krait` command as a library: the pipeline driver, diagnostic rendering and the
//! commands the binary dispatches to.
//!
//! Owns: turning files and `-c` strings into runs and stage dumps, and turning errors into
//! the text and exit statuses a user sees. The binary (`src/main.rs`) only parses arguments.
//!
//! Takes: paths, program text, argument vectors and output writers.
//! Gives: exit statuses; text written to the given writers. [`driver`] is the pipeline as
//! value-returning functions, also used by the golden tests in `xtask`.

#![deny(unsafe_code)]

pub mod args;
pub mod commands;
pub mod compile;
pub mod diagnostic;
pub mod driver;
pub mod golden;
pub mod repl;
pub mod trace;
