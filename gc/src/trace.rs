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

/// Collects the objects reached during marking. Marking uses this explicit work list instead
/// of recursion, so a million-deep linked structure cannot overflow the Rust stack.
pub struct Tracer {
    pub(crate) gray: Vec<GcBoxDyn>,
}

impl Tracer {
    /// Marks the object behind `handle` as reachable (and queues its contents).
    pub fn mark<T: Trace + 'static>(&mut self, handle: Gc<T>) {
        let header = handle.header();
        if !header.marked.get() {
            header.marked.set(true);
            self.gray.push(handle.erase());
        }
    }
}

macro_rules! trace_nothing {
    ($($t:ty),* $(,)?) => {
        $(
            // SAFETY: these types hold no `Gc` handles.
            unsafe impl Trace for $t {
                #[inline]
                fn trace(&self, _: &mut Tracer) {}
            }
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

// SAFETY: traces the current contents. Collection happens at safe points, where no
// `RefCell` of a heap object is mutably borrowed; a violation panics rather than misses
// handles.
unsafe impl<T: Trace> Trace for RefCell<T> {
    fn trace(&self, tracer: &mut Tracer) {
        self.borrow().trace(tracer);
    }
}

// SAFETY: traces the value once it is set.
unsafe impl<T: Trace> Trace for OnceCell<T> {
    fn trace(&self, tracer: &mut Tracer) {
        if let Some(value) = self.get() {
            value.trace(tracer);
        }
    }
}

// SAFETY: traces a copy of the current contents.
unsafe impl<T: Trace + Copy> Trace for Cell<T> {
    fn trace(&self, tracer: &mut Tracer) {
        self.get().trace(tracer);
    }
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
