//! Krait's heap: every Python object lives here and is freed by a generational tracing
//! collector.
//!
//! Owns: [`Heap`] (allocation, the young and old generations, regions, mark and sweep),
//! [`Gc<T>`] (a copyable handle to a heap object), the [`Trace`] trait through which the
//! collector finds the handles an object holds, and the cells ([`GcCell`], [`GcRefCell`],
//! [`GcOnceCell`]) through which objects are mutated, which carry the write barrier; weak
//! slots ([`GcWeak`]) and finalizer registration. This crate is the only place in Krait with
//! `unsafe` code.
//!
//! Takes: values of any `T: Trace + 'static` to allocate, and a root set to collect from.
//! Gives: handles that dereference to `&T`; cycles are collected because liveness is decided
//! by reachability from the roots.
//!
//! # The contract
//! Collection happens only when the owner of the heap calls [`Heap::collect`] (or one of its
//! explicit forms). It keeps every object reachable from the roots it is given, and every
//! object older than the innermost open [`Region`]. The caller therefore collects only at
//! *safe points*: moments when every handle it will use again is reachable from the roots
//! or predates the innermost region. A VM meets this by collecting only in its interpreter
//! loop (where all of its state is in the roots) and by opening a region whenever native
//! code, which may hold handles in Rust locals, calls back into the interpreter: whatever
//! the native code holds was allocated before the region, so no collection during the
//! callback can free it. Native code thus needs no rooting discipline at all.
//!
//! What the type system enforces: a traced object can hold a handle in mutable state only
//! through the barriered cells (standard `Cell`/`RefCell`/`OnceCell` implement [`Trace`]
//! only for [`Unmanaged`] contents), so a young collection, which does not look inside old
//! objects, cannot miss a young object stored into an old one.

mod alloc;
mod cell;
mod heap;
mod pauses;
mod trace;
mod weak;

pub use alloc::MiAlloc;
pub use cell::{
    remembered_len, BorrowConflict, GcCell, GcCellPair, GcOnceCell, GcRef, GcRefCell, GcRefMut,
};
pub use heap::{AllocInfo, Gc, Generation, Heap, HeapStats, Region};
pub use krait_gc_derive::Trace;
pub use pauses::PauseLog;
pub use trace::{Trace, TraceMode, Tracer, Unmanaged};
pub use weak::GcWeak;
