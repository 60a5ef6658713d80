//! Weak references: a [`GcWeak`] slot inside a heap object (its *owner*) names a target
//! without keeping it alive, and is cleared by the collection that frees the target, before
//! anything is freed.
//!
//! A slot only ever holds a target once the heap has registered it ([`Heap::set_weak`]),
//! which checks that the slot lies inside its owner's allocation. `GcWeak` does not
//! implement [`Trace`], so it can only be a `#[trace(skip)]` field of a traced type, never
//! inside a cell or a container: nothing can move a registered slot out of its owner, whose
//! address never changes. The registry entry goes when the owner is freed.
//!
//! [`Heap::set_weak`]: crate::Heap::set_weak

use std::cell::Cell;
use std::marker::PhantomData;
use std::ptr::NonNull;

use crate::heap::{Gc, GcBox, GcBoxDyn};
use crate::trace::Trace;

/// A weak reference to a `T` on the heap, stored inside another heap object.
pub struct GcWeak<T: Trace + 'static> {
    target: Cell<Option<NonNull<GcBox<T>>>>,
    registered: Cell<bool>,
    _target: PhantomData<T>,
}

impl<T: Trace + 'static> Default for GcWeak<T> {
    fn default() -> Self {
        GcWeak::new()
    }
}

impl<T: Trace + 'static> GcWeak<T> {
    /// An empty slot; [`Heap::set_weak`](crate::Heap::set_weak) points it at a target.
    pub const fn new() -> Self {
        GcWeak {
            target: Cell::new(None),
            registered: Cell::new(false),
            _target: PhantomData,
        }
    }

    /// The target, if it is still alive.
    pub fn get(&self) -> Option<Gc<T>> {
        // A target is only set on a registered slot, and the collector clears a registered
        // slot before it frees the target: a set target is live.
        self.target.get().map(Gc::from_box)
    }

    /// Whether the slot was pointed at a target that has since been freed.
    pub fn is_dead(&self) -> bool {
        self.registered.get() && self.target.get().is_none()
    }

    pub(crate) fn set(&self, target: Gc<T>) {
        self.target.set(Some(target.box_ptr()));
    }

    pub(crate) fn mark_registered(&self) -> bool {
        self.registered.replace(true)
    }
}

/// What the collector needs of a registered slot, whatever its target type.
pub(crate) trait WeakSlot {
    /// The target's allocation, if set.
    fn target(&self) -> Option<GcBoxDyn>;
    /// Forgets the target (it is about to be freed).
    fn clear(&self);
}

impl<T: Trace + 'static> WeakSlot for GcWeak<T> {
    fn target(&self) -> Option<GcBoxDyn> {
        self.target.get().map(|p| p as GcBoxDyn)
    }

    fn clear(&self) {
        self.target.set(None);
    }
}

/// A registered slot and its owner.
pub(crate) struct WeakEntry {
    pub(crate) owner: GcBoxDyn,
    pub(crate) owner_type: std::any::TypeId,
    pub(crate) slot: NonNull<dyn WeakSlot>,
}

#[cfg(test)]
mod tests {
    use crate::{Gc, GcRefCell, GcWeak, Heap, Trace, Tracer};

    struct Leaf(u64);

    // SAFETY: holds no handles.
    unsafe impl Trace for Leaf {
        fn trace(&self, _: &mut Tracer) {}
    }

    /// A weak reference object: a weak slot, and a strong field to build cycles with.
    struct WeakRef {
        slot: GcWeak<Leaf>,
        strong: GcRefCell<Option<Gc<Leaf>>>,
    }

    // SAFETY: reports its one strong handle; the weak slot is not a strong reference.
    unsafe impl Trace for WeakRef {
        fn trace(&self, tracer: &mut Tracer) {
            self.strong.trace(tracer);
        }
    }

    fn weak_to(heap: &mut Heap, target: Gc<Leaf>) -> Gc<WeakRef> {
        let owner = heap.alloc(WeakRef {
            slot: GcWeak::new(),
            strong: GcRefCell::new(None),
        });
        heap.set_weak(owner, |w| &w.slot, target);
        owner
    }

    #[test]
    fn a_weak_slot_does_not_keep_its_target_and_is_cleared_with_it() {
        let mut heap = Heap::new();
        let target = heap.alloc(Leaf(7));
        let w = weak_to(&mut heap, target);
        assert_eq!(heap.weak_count(target), 1);
        // Alive while something holds it strongly.
        heap.collect_young(&(w, target));
        assert_eq!(heap.verify(&(w, target)), Ok(()));
        assert_eq!(w.slot.get().map(|t| t.0), Some(7));
        assert!(heap.take_cleared_weak::<WeakRef>().is_empty());
        // Only the weak reference left: freed, and the slot cleared first.
        heap.collect_full(&w);
        assert_eq!(heap.verify(&w), Ok(()));
        assert!(w.slot.get().is_none());
        assert!(w.slot.is_dead());
        let cleared = heap.take_cleared_weak::<WeakRef>();
        assert_eq!(cleared.len(), 1);
        assert!(Gc::ptr_eq(cleared[0], w));
        assert_eq!(heap.stats().objects, 1);
    }

    #[test]
    fn young_targets_of_old_weak_references_are_cleared_by_young_collections() {
        let mut heap = Heap::new();
        let holder = heap.alloc(WeakRef {
            slot: GcWeak::new(),
            strong: GcRefCell::new(None),
        });
        heap.collect_young(&holder);
        let young = heap.alloc(Leaf(1));
        heap.set_weak(holder, |w| &w.slot, young);
        heap.collect_young(&holder);
        assert!(holder.slot.get().is_none());
        assert_eq!(heap.take_cleared_weak::<WeakRef>().len(), 1);
    }

    #[test]
    fn a_freed_weak_reference_leaves_the_registry() {
        let mut heap = Heap::new();
        let target = heap.alloc(Leaf(3));
        weak_to(&mut heap, target);
        heap.collect_full(&target);
        assert_eq!(heap.weak_count(target), 0);
        assert!(heap.take_cleared_weak::<WeakRef>().is_empty());
        assert_eq!(target.0, 3);
    }

    #[test]
    fn a_target_in_a_cycle_with_its_weak_reference_goes_with_it() {
        let mut heap = Heap::new();
        let target = heap.alloc(Leaf(5));
        let w = weak_to(&mut heap, target);
        *w.strong.borrow_mut() = Some(target);
        assert_eq!(heap.collect_full(&()), 2);
        assert_eq!(heap.stats().objects, 0);
    }

    #[test]
    // The slot outside every owner has to be `'static`: leaked, which miri would report.
    #[cfg_attr(miri, ignore)]
    #[should_panic(expected = "a weak slot must lie inside its owner")]
    fn a_slot_outside_its_owner_is_refused() {
        let outside: &'static GcWeak<Leaf> = Box::leak(Box::new(GcWeak::new()));
        let mut heap = Heap::new();
        let target = heap.alloc(Leaf(1));
        let owner = weak_to(&mut heap, target);
        heap.set_weak(owner, |_| outside, target);
    }

    #[test]
    #[should_panic(expected = "a weak slot is set once")]
    fn a_slot_is_set_once() {
        let mut heap = Heap::new();
        let target = heap.alloc(Leaf(1));
        let owner = weak_to(&mut heap, target);
        heap.set_weak(owner, |w| &w.slot, target);
    }
}
