//! Krait's heap: every Python object lives here and is freed by a tracing collector.
//!
//! Owns: [`Heap`] (allocation, byte accounting, mark and sweep), [`Gc<T>`] (a copyable handle
//! to a heap object) and the [`Trace`] trait through which the collector finds the handles an
//! object holds. This crate is the only place in Krait with `unsafe` code.
//!
//! Takes: values of any `T: Trace + 'static` to allocate, and a root set to collect from.
//! Gives: handles that dereference to `&T` (mutation goes through `Cell`/`RefCell` inside
//! `T`); cycles are collected because liveness is decided by reachability from the roots.
//!
//! # The contract
//! Collection happens only when the owner of the heap calls [`Heap::collect`], and it frees
//! every object not reachable from the roots it is given. The caller (the VM) therefore calls
//! it only at *safe points*: moments when every handle it will use again is reachable from
//! the roots. Rust locals never need rooting because no collection can happen while they are
//! live. A handle to a freed object must never be dereferenced; the VM's
//! collect-at-every-safe-point test mode exists to catch violations of this contract.

mod cell;
mod heap;
mod trace;

pub use cell::{remembered_len, GcCell, GcOnceCell, GcRef, GcRefCell, GcRefMut};
pub use heap::{Gc, Generation, Heap, HeapStats, Region};
pub use krait_gc_derive::Trace;
pub use trace::{Trace, TraceMode, Tracer, Unmanaged};
