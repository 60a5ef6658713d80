//! The [`Trace`] trait and its implementations for standard containers.

use std::cell::{Cell, OnceCell, RefCell};
use std::collections::{BTreeMap, HashMap, VecDeque};
use std::hash::BuildHasher;

use crate::heap::{Gc, GcBoxDyn};

/// A type whose values may hold [`Gc`] handles.
///
/// # Safety
/// `trace` must call [`Tracer::mark`] (directly or through the `trace` of its fields) on
/// every `Gc` handle reachable from `self` without going through another `Gc`. A handle that
/// is not reported may be freed while still in use. `trace` must not allocate on the heap,
/// and a `Drop` impl of a traced type must not dereference any `Gc` handle (the object it
/// points to may already have been freed in the same sweep).
pub unsafe trait Trace {
    /// Reports every handle directly held by `self` to `tracer`.
    fn trace(&self, tracer: &mut Tracer);
}

/// What a traversal of an object's fields is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TraceMode {
    /// Marking: every handle is reported to [`Tracer::mark`].
    Mark,
    /// Promotion: the object has just become old; its cells ([`GcCell`](crate::GcCell),
    /// [`GcRefCell`](crate::GcRefCell)) record that, so that later writes to them pass the
    /// write barrier. Handles are not followed.
    Promote,
    /// Verification ([`Heap::verify`](crate::Heap::verify)): handles are collected without
    /// being dereferenced, so a dangling one is reported instead of read.
    Verify,
}

/// Collects the objects reached during marking. Marking uses this explicit work list instead
/// of recursion, so a million-deep linked structure cannot overflow the Rust stack.
pub struct Tracer {
    pub(crate) gray: Vec<GcBoxDyn>,
    pub(crate) mode: TraceMode,
    /// A young collection: old objects are neither marked nor traced (the remembered set
    /// stands for their fields).
    pub(crate) young_only: bool,
    /// Handles to old objects reported to a young collection: its work outside the young
    /// generation (roots, remembered containers), which sizes the next nursery.
    pub(crate) visited: usize,
}

impl Tracer {
    /// Marks the object behind `handle` as reachable (and queues its contents).
    #[inline]
    pub fn mark<T: Trace + 'static>(&mut self, handle: Gc<T>) {
        match self.mode {
            TraceMode::Promote => return,
            TraceMode::Verify => {
                self.gray.push(handle.erase());
                return;
            }
            TraceMode::Mark => {}
        }
        let header = handle.header();
        if self.young_only && header.old.get() {
            // Work a young collection spends outside the young generation.
            self.visited += 1;
            return;
        }
        if header.marked.get() {
            return;
        }
        header.marked.set(true);
        self.gray.push(handle.erase());
    }

    /// Why this traversal runs.
    pub fn mode(&self) -> TraceMode {
        self.mode
    }
}

/// Types that never hold a [`Gc`] handle, so a standard `Cell` or `RefCell` of them may sit
/// in a traced object without a write barrier. Implemented here for the standard types
/// that qualify; a cell that can hold a handle must be a [`GcCell`](crate::GcCell) or a
/// [`GcRefCell`](crate::GcRefCell).
pub trait Unmanaged {}

macro_rules! trace_nothing {
    ($($t:ty),* $(,)?) => {
        $(
            // SAFETY: these types hold no `Gc` handles.
            unsafe impl Trace for $t {
                #[inline]
                fn trace(&self, _: &mut Tracer) {}
            }

            impl Unmanaged for $t {}
        )*
    };
}

trace_nothing!(
    (),
    bool,
    char,
    u8,
    u16,
    u32,
    u64,
    u128,
    usize,
    i8,
    i16,
    i32,
    i64,
    i128,
    isize,
    f32,
    f64,
    String,
    str,
    std::rc::Rc<str>
);

impl Unmanaged for Box<str> {}
impl<A: Unmanaged, B: Unmanaged> Unmanaged for (A, B) {}
impl<T: Unmanaged> Unmanaged for Box<[T]> {}
impl<T: Unmanaged> Unmanaged for Vec<T> {}

// SAFETY: a handle reports itself.
unsafe impl<T: Trace + 'static> Trace for Gc<T> {
    #[inline]
    fn trace(&self, tracer: &mut Tracer) {
        tracer.mark(*self);
    }
}

// SAFETY: traces the value if present.
unsafe impl<T: Trace> Trace for Option<T> {
    fn trace(&self, tracer: &mut Tracer) {
        if let Some(value) = self {
            value.trace(tracer);
        }
    }
}

// SAFETY: traces the referenced value.
unsafe impl<T: Trace + ?Sized> Trace for &T {
    fn trace(&self, tracer: &mut Tracer) {
        (**self).trace(tracer);
    }
}

// SAFETY: traces the boxed value.
unsafe impl<T: Trace + ?Sized> Trace for Box<T> {
    fn trace(&self, tracer: &mut Tracer) {
        (**self).trace(tracer);
    }
}

// SAFETY: traces every element.
unsafe impl<T: Trace> Trace for [T] {
    fn trace(&self, tracer: &mut Tracer) {
        for item in self {
            item.trace(tracer);
        }
    }
}

// SAFETY: traces every element.
unsafe impl<T: Trace, const N: usize> Trace for [T; N] {
    fn trace(&self, tracer: &mut Tracer) {
        for item in self {
            item.trace(tracer);
        }
    }
}

// SAFETY: traces every element.
unsafe impl<T: Trace> Trace for Vec<T> {
    fn trace(&self, tracer: &mut Tracer) {
        self.as_slice().trace(tracer);
    }
}

// SAFETY: traces every element.
unsafe impl<T: Trace> Trace for VecDeque<T> {
    fn trace(&self, tracer: &mut Tracer) {
        for item in self {
            item.trace(tracer);
        }
    }
}

// SAFETY: traces keys and values.
unsafe impl<K: Trace, V: Trace, S: BuildHasher> Trace for HashMap<K, V, S> {
    fn trace(&self, tracer: &mut Tracer) {
        for (k, v) in self {
            k.trace(tracer);
            v.trace(tracer);
        }
    }
}

// SAFETY: traces keys and values.
unsafe impl<K: Trace, V: Trace> Trace for BTreeMap<K, V> {
    fn trace(&self, tracer: &mut Tracer) {
        for (k, v) in self {
            k.trace(tracer);
            v.trace(tracer);
        }
    }
}

// SAFETY: the contents hold no handles (`Unmanaged`), so there is nothing to trace.
unsafe impl<T: Unmanaged> Trace for RefCell<T> {
    #[inline]
    fn trace(&self, _: &mut Tracer) {}
}

// SAFETY: the contents hold no handles (`Unmanaged`), so there is nothing to trace.
unsafe impl<T: Unmanaged> Trace for OnceCell<T> {
    #[inline]
    fn trace(&self, _: &mut Tracer) {}
}

// SAFETY: the contents hold no handles (`Unmanaged`), so there is nothing to trace.
unsafe impl<T: Unmanaged + Copy> Trace for Cell<T> {
    #[inline]
    fn trace(&self, _: &mut Tracer) {}
}

macro_rules! trace_tuples {
    ($(($($name:ident),+)),* $(,)?) => {
        $(
            // SAFETY: traces every field.
            unsafe impl<$($name: Trace),+> Trace for ($($name,)+) {
                #[allow(non_snake_case)]
                fn trace(&self, tracer: &mut Tracer) {
                    let ($($name,)+) = self;
                    $($name.trace(tracer);)+
                }
            }
        )*
    };
}

trace_tuples!((A), (A, B), (A, B, C), (A, B, C, D));
