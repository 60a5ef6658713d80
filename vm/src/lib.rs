//! Krait's virtual machine: runs a compiled module and everything it calls.
//!
//! Owns: [`Value`] (16 bytes: unboxed `None`/bool/int/float, or a heap handle), the object
//! model (one [`object::Object`] type with a class pointer and a payload; builtin types are
//! real class objects), frames and the dispatch loop, argument binding, zero-cost exception
//! handling, generators, the builtin types and the `builtins` module, exceptions, `sys`, the
//! import system and the few modules the core itself needs (`_imp`, `io`, `time`, `gc`,
//! `_weakref`, ...), and CPython 3.11-style tracebacks. The standard library lives in the
//! `krait-stdlib` crate, which the host registers into a VM ([`Vm::register_native_module`],
//! [`Vm::register_bundled_module`]); the modules and helpers it builds on are public here.
//!
//! Takes: an `Rc<CodeObject>` from `krait-compiler` and the source text (for traceback lines).
//! Gives: program effects on the stdout/stderr writers in [`VmOptions`] and an exit status.
//!
//! Python→Python calls never recurse on the Rust stack: the VM keeps its own frame stack
//! and one shared value stack. Objects live on the `krait-gc` heap and are collected only at
//! safe points (loop back-edges and function entry) of the outermost dispatch loop.

#![deny(unsafe_code)]

pub mod builtins;
mod carets;
pub mod error;
mod format;
pub mod gc_report;
pub mod interp;
mod module_registry;
pub mod object;
mod out_stream;
pub mod stdlib;
mod traceback;
pub mod types;
pub mod value;
pub mod vm;

/// The CPython version whose behaviour Krait follows (`sys.version_info`).
pub const PYTHON_VERSION: &str = "3.11.7";

pub use error::{Exception, PyResult};
pub use interp::interactive::InteractiveOutcome;
pub use interp::trace::InstrTraceOptions;
pub use module_registry::NativeModuleInit;
pub use stdlib::Tier;
pub use value::Value;
pub use vm::{SysFlags, Vm, VmOptions};

/// Krait allocates many small, short-lived objects; mimalloc's thread-local size classes
/// serve them several times faster than the system allocator (entered as `krait_gc::MiAlloc`
/// says). Builds for AddressSanitizer pass `--cfg krait_system_alloc` so that the sanitizer
/// sees every allocation.
#[cfg(not(krait_system_alloc))]
#[global_allocator]
static GLOBAL: krait_gc::MiAlloc = krait_gc::MiAlloc;
