//! The heap: allocation, the object list, and mark-and-sweep collection.

use std::cell::Cell;
use std::fmt;
use std::marker::PhantomData;
use std::mem;
use std::ops::Deref;
use std::ptr::NonNull;

use crate::trace::{Trace, Tracer};

/// The smallest allocation volume between two automatic collections.
const MIN_THRESHOLD_BYTES: usize = 1 << 20;

/// Per-object bookkeeping, stored in front of every value.
pub(crate) struct Header {
    /// Set during marking when the object is found reachable; cleared by the sweep.
    pub(crate) marked: Cell<bool>,
    /// Bytes this allocation occupies (the box itself).
    size: usize,
}

/// The allocation behind a [`Gc`]: a header followed by the value.
pub(crate) struct GcBox<T: ?Sized> {
    header: Header,
    value: T,
}

/// A type-erased pointer to a live allocation, as the heap's object list holds it.
pub(crate) type GcBoxDyn = NonNull<GcBox<dyn Trace>>;

/// A handle to an object on a [`Heap`]. Copyable and pointer-sized; dereferences to `&T`.
///
/// A handle stays valid while its object is reachable from the roots passed to every
/// [`Heap::collect`]; see the crate docs for the contract.
pub struct Gc<T: Trace + 'static> {
    ptr: NonNull<GcBox<T>>,
    _owns: PhantomData<T>,
}

impl<T: Trace + 'static> Gc<T> {
    /// Whether two handles point to the same object (Python's `is`).
    #[inline]
    pub fn ptr_eq(a: Gc<T>, b: Gc<T>) -> bool {
        a.ptr == b.ptr
    }

    /// The object's address, stable for its lifetime (Python's `id()`).
    #[inline]
    pub fn addr(self) -> usize {
        self.ptr.as_ptr() as *const u8 as usize
    }

    #[inline]
    pub(crate) fn header(&self) -> &Header {
        // SAFETY: by the heap contract the object is live, so the box is allocated and
        // initialised; the header is never mutably borrowed (it uses `Cell`).
        unsafe { &self.ptr.as_ref().header }
    }

    #[inline]
    pub(crate) fn erase(self) -> GcBoxDyn {
        self.ptr
    }
}

impl<T: Trace + 'static> Clone for Gc<T> {
    #[inline]
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Trace + 'static> Copy for Gc<T> {}

impl<T: Trace + 'static> Deref for Gc<T> {
    type Target = T;

    #[inline]
    fn deref(&self) -> &T {
        // SAFETY: by the heap contract the object is live (reachable from the roots of every
        // collection since it was allocated), so the box is allocated and initialised. Shared
        // references only: mutation of heap objects goes through `Cell`/`RefCell`.
        unsafe { &self.ptr.as_ref().value }
    }
}

impl<T: Trace + fmt::Debug + 'static> fmt::Debug for Gc<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

/// Counters describing the heap, for `gc.get_stats()`-like reporting and tests.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct HeapStats {
    /// Objects currently allocated.
    pub objects: usize,
    /// Bytes currently allocated (object boxes; buffers owned by objects are not counted).
    pub bytes: usize,
    /// Collections run so far.
    pub collections: usize,
    /// Objects freed by all collections so far.
    pub freed: usize,
}

/// Owns every object allocated through it and frees the unreachable ones on [`collect`].
///
/// [`collect`]: Heap::collect
pub struct Heap {
    objects: Vec<GcBoxDyn>,
    bytes: usize,
    bytes_since_collect: usize,
    threshold: usize,
    stress: bool,
    collections: usize,
    freed: usize,
}

impl Default for Heap {
    fn default() -> Self {
        Heap::new()
    }
}

impl Heap {
    /// An empty heap.
    pub fn new() -> Self {
        Heap {
            objects: Vec::new(),
            bytes: 0,
            bytes_since_collect: 0,
            threshold: MIN_THRESHOLD_BYTES,
            stress: false,
            collections: 0,
            freed: 0,
        }
    }

    /// Moves `value` onto the heap and returns a handle to it.
    pub fn alloc<T: Trace + 'static>(&mut self, value: T) -> Gc<T> {
        let size = mem::size_of::<GcBox<T>>();
        let boxed = Box::new(GcBox {
            header: Header {
                marked: Cell::new(false),
                size,
            },
            value,
        });
        // SAFETY: `Box::into_raw` never returns null.
        let ptr = unsafe { NonNull::new_unchecked(Box::into_raw(boxed)) };
        self.objects.push(ptr);
        self.bytes += size;
        self.bytes_since_collect += size;
        Gc {
            ptr,
            _owns: PhantomData,
        }
    }

    /// Whether enough has been allocated since the last collection that the owner should
    /// collect at its next safe point. Always true in stress mode.
    #[inline]
    pub fn should_collect(&self) -> bool {
        self.stress || self.bytes_since_collect >= self.threshold
    }

    /// Stress mode: [`Heap::should_collect`] always answers true, so a VM collects at every
    /// safe point. Used by tests to flush out handles that escaped the root set.
    pub fn set_stress(&mut self, stress: bool) {
        self.stress = stress;
    }

    /// Counts `bytes` that an object owns outside its box (a string's text, a list's item
    /// buffer, a big int's digits) toward the next automatic collection, so that programs
    /// whose garbage is mostly such buffers still collect often enough. Live-size accounting
    /// ([`HeapStats::bytes`]) is unchanged.
    pub fn add_pressure(&mut self, bytes: usize) {
        self.bytes_since_collect += bytes;
    }

    /// Frees every object not reachable from `roots`. Returns how many objects were freed.
    ///
    /// Only call this at a safe point: every handle the caller will dereference afterwards
    /// must be reachable from `roots` (see the crate docs).
    pub fn collect(&mut self, roots: &dyn Trace) -> usize {
        let mut tracer = Tracer { gray: Vec::new() };
        roots.trace(&mut tracer);
        while let Some(object) = tracer.gray.pop() {
            // SAFETY: everything on the gray list was reached from the roots, so it is live.
            unsafe { object.as_ref() }.value.trace(&mut tracer);
        }

        let mut freed = 0;
        let mut freed_bytes = 0;
        self.objects.retain(|&object| {
            // SAFETY: the object list holds exactly the allocations not yet freed.
            let header = unsafe { &object.as_ref().header };
            if header.marked.get() {
                header.marked.set(false);
                true
            } else {
                freed += 1;
                freed_bytes += header.size;
                // SAFETY: the object is unreachable from the roots, so by the heap contract
                // no handle to it will be dereferenced again; it came from `Box::into_raw`
                // in `alloc` and is removed from the list here, so it is freed exactly once.
                drop(unsafe { Box::from_raw(object.as_ptr()) });
                false
            }
        });
        self.bytes -= freed_bytes;
        self.bytes_since_collect = 0;
        self.threshold = self.bytes.max(MIN_THRESHOLD_BYTES);
        self.collections += 1;
        self.freed += freed;
        freed
    }

    /// Current counters.
    pub fn stats(&self) -> HeapStats {
        HeapStats {
            objects: self.objects.len(),
            bytes: self.bytes,
            collections: self.collections,
            freed: self.freed,
        }
    }
}

impl Drop for Heap {
    fn drop(&mut self) {
        for object in self.objects.drain(..) {
            // SAFETY: the heap is going away, so no handle may be used again (handles do not
            // outlive their heap under the contract); each allocation is freed once.
            drop(unsafe { Box::from_raw(object.as_ptr()) });
        }
    }
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;

    use super::*;

    struct Node {
        next: RefCell<Option<Gc<Node>>>,
        payload: u64,
    }

    // SAFETY: reports its one handle.
    unsafe impl Trace for Node {
        fn trace(&self, tracer: &mut Tracer) {
            self.next.trace(tracer);
        }
    }

    fn node(heap: &mut Heap, payload: u64) -> Gc<Node> {
        heap.alloc(Node {
            next: RefCell::new(None),
            payload,
        })
    }

    #[test]
    fn unreachable_objects_are_freed_and_roots_survive() {
        let mut heap = Heap::new();
        let root = node(&mut heap, 1);
        let child = node(&mut heap, 2);
        *root.next.borrow_mut() = Some(child);
        node(&mut heap, 3);
        assert_eq!(heap.stats().objects, 3);
        assert_eq!(heap.collect(&root), 1);
        assert_eq!(heap.stats().objects, 2);
        assert_eq!(root.next.borrow().unwrap().payload, 2);
    }

    #[test]
    fn cycles_are_collected() {
        let mut heap = Heap::new();
        let a = node(&mut heap, 1);
        let b = node(&mut heap, 2);
        *a.next.borrow_mut() = Some(b);
        *b.next.borrow_mut() = Some(a);
        assert_eq!(heap.collect(&()), 2);
        assert_eq!(
            heap.stats(),
            HeapStats {
                objects: 0,
                bytes: 0,
                collections: 1,
                freed: 2
            }
        );
    }

    #[test]
    fn deep_chains_do_not_overflow_the_stack() {
        let mut heap = Heap::new();
        let head = node(&mut heap, 0);
        let mut tail = head;
        // Miri interprets every instruction; a shorter chain still proves the marking is
        // iterative, the full length guards the native build.
        let length = if cfg!(miri) { 2_000 } else { 200_000 };
        for i in 1..length {
            let next = node(&mut heap, i);
            *tail.next.borrow_mut() = Some(next);
            tail = next;
        }
        assert_eq!(heap.collect(&head), 0);
        assert_eq!(heap.collect(&()), length as usize);
    }
}
