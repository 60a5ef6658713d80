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

use std::any::TypeId;
use std::cell::Cell;
use std::collections::HashMap;
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
    pub(crate) owner_type: TypeId,
    pub(crate) slot: NonNull<dyn WeakSlot>,
}

/// The owner of a registered slot, with its type (what [`WeakRegistry::owners_of`] gives).
pub(crate) type Owner = (GcBoxDyn, TypeId);

/// The slots that point at one target, by owner: the shared one (Python's callback-less
/// `weakref.ref`, which `weakref.ref(o)` hands out again) and the others in registration
/// order.
#[derive(Default)]
struct TargetRefs {
    shared: Option<Owner>,
    others: Vec<Owner>,
}

impl TargetRefs {
    fn len(&self) -> usize {
        self.shared.is_some() as usize + self.others.len()
    }
}

/// A target's allocation as a map key. Only compared, never turned back into a pointer; a
/// target's key leaves the map in the collection that frees it, before its address can be
/// reused.
fn key_of(target: GcBoxDyn) -> usize {
    target.cast::<u8>().as_ptr() as usize
}

/// Every registered slot, in two shapes: a list in registration order, which collections
/// walk (a young one only the tail registered since the last collection), and an index by
/// target, so that counting or listing the references to one object (or finding its shared
/// one) costs what it finds, not the number of weak references in the heap.
#[derive(Default)]
pub(crate) struct WeakRegistry {
    entries: Vec<WeakEntry>,
    /// How many entries at the head of `entries` were there at the last collection: their
    /// owners and targets survived it, so they are old, and a young collection, which frees
    /// only young objects, need not look at them.
    checked: usize,
    by_target: HashMap<usize, TargetRefs>,
    /// Owners of the slots the last collection cleared.
    cleared: Vec<Owner>,
}

impl WeakRegistry {
    /// Records a slot that now points at `target`; `shared` makes it the target's shared slot
    /// unless it has one already.
    pub(crate) fn register(
        &mut self,
        owner: Owner,
        slot: NonNull<dyn WeakSlot>,
        target: GcBoxDyn,
        shared: bool,
    ) {
        self.entries.push(WeakEntry {
            owner: owner.0,
            owner_type: owner.1,
            slot,
        });
        let refs = self.by_target.entry(key_of(target)).or_default();
        if shared && refs.shared.is_none() {
            refs.shared = Some(owner);
        } else {
            refs.others.push(owner);
        }
    }

    /// How many registered slots point at `target`.
    pub(crate) fn count_to(&self, target: GcBoxDyn) -> usize {
        self.by_target
            .get(&key_of(target))
            .map_or(0, TargetRefs::len)
    }

    /// The owners of the slots that point at `target`, in CPython's order: the shared one,
    /// then the others newest first.
    pub(crate) fn owners_of(&self, target: GcBoxDyn) -> impl Iterator<Item = Owner> + '_ {
        let refs = self.by_target.get(&key_of(target));
        let shared = refs.and_then(|r| r.shared);
        let others = refs
            .into_iter()
            .flat_map(|r| r.others.iter().rev().copied());
        shared.into_iter().chain(others)
    }

    /// The owner of `target`'s shared slot.
    pub(crate) fn shared_of(&self, target: GcBoxDyn) -> Option<Owner> {
        self.by_target.get(&key_of(target))?.shared
    }

    /// Every registered entry (for the heap's verifier).
    pub(crate) fn entries(&self) -> &[WeakEntry] {
        &self.entries
    }

    /// The owners of the slots the last collection cleared.
    pub(crate) fn cleared_mut(&mut self) -> &mut Vec<Owner> {
        &mut self.cleared
    }

    /// After marking: drops the entries of owners about to be freed and clears the slots
    /// whose targets are about to be freed (`doomed` says which, from the allocation, and is
    /// only asked about live ones). A young collection (`young_only`) looks only at the
    /// entries registered since the last collection: the owners and targets of the others
    /// are old.
    pub(crate) fn clear_doomed(&mut self, young_only: bool, doomed: impl Fn(GcBoxDyn) -> bool) {
        self.cleared.clear();
        let from = if young_only {
            self.checked.min(self.entries.len())
        } else {
            0
        };
        let mut cleared = Vec::new();
        // Targets that lose some owners but live on, and targets about to be freed.
        let mut pruned = Vec::new();
        let mut dead = Vec::new();
        let mut recent = self.entries.split_off(from);
        recent.retain(|entry| {
            // SAFETY: the slot lies inside its owner (checked when it was set), which is live
            // until this collection's sweep, which comes later.
            let slot = unsafe { entry.slot.as_ref() };
            let target = slot.target();
            if doomed(entry.owner) {
                pruned.extend(target.map(key_of));
                return false;
            }
            let Some(target) = target else {
                return false;
            };
            if doomed(target) {
                slot.clear();
                cleared.push((entry.owner, entry.owner_type));
                dead.push(key_of(target));
                return false;
            }
            true
        });
        self.entries.append(&mut recent);
        self.checked = self.entries.len();
        for key in dead {
            self.by_target.remove(&key);
        }
        pruned.sort_unstable();
        pruned.dedup();
        for key in pruned {
            let Some(refs) = self.by_target.get_mut(&key) else {
                continue;
            };
            if refs.shared.is_some_and(|(owner, _)| doomed(owner)) {
                refs.shared = None;
            }
            refs.others.retain(|&(owner, _)| !doomed(owner));
            if refs.len() == 0 {
                self.by_target.remove(&key);
            }
        }
        self.cleared = cleared;
    }

    /// Whether the index by target agrees with the list: every registered slot still
    /// pointing at a target is indexed under it, once (for the heap's verifier).
    pub(crate) fn index_agrees(&self) -> bool {
        let mut listed: Vec<(usize, usize)> = Vec::new();
        for entry in &self.entries {
            // SAFETY: registry entries belong to live owners, and slots lie inside them.
            if let Some(target) = unsafe { entry.slot.as_ref() }.target() {
                listed.push((key_of(target), key_of(entry.owner)));
            }
        }
        let mut indexed: Vec<(usize, usize)> = Vec::new();
        for (&key, refs) in &self.by_target {
            let owners = refs.shared.iter().chain(refs.others.iter());
            indexed.extend(owners.map(|&(owner, _)| (key, key_of(owner))));
        }
        listed.sort_unstable();
        indexed.sort_unstable();
        listed == indexed
    }
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
    fn the_index_lists_the_shared_slot_first_then_the_others_newest_first() {
        let mut heap = Heap::new();
        let target = heap.alloc(Leaf(1));
        let a = weak_to(&mut heap, target);
        let shared = heap.alloc(WeakRef {
            slot: GcWeak::new(),
            strong: GcRefCell::new(None),
        });
        heap.set_shared_weak(shared, |w| &w.slot, target);
        let b = weak_to(&mut heap, target);
        let other = heap.alloc(Leaf(2));
        assert!(heap.shared_weak_owner::<WeakRef, Leaf>(other).is_none());
        let found = heap.shared_weak_owner::<WeakRef, Leaf>(target);
        assert!(found.is_some_and(|f| Gc::ptr_eq(f, shared)));
        // An owner of another type is not reported as one of `O`.
        assert!(heap.shared_weak_owner::<Leaf, Leaf>(target).is_none());
        let owners = heap.weak_owners::<WeakRef, Leaf>(target);
        let order: Vec<bool> = [shared, b, a]
            .iter()
            .zip(&owners)
            .map(|(want, got)| Gc::ptr_eq(*want, *got))
            .collect();
        assert_eq!(order, [true, true, true]);
        assert_eq!(heap.weak_count(target), 3);
        assert_eq!(heap.verify(&(target, a, b, shared)), Ok(()));
    }

    #[test]
    fn owners_freed_while_their_target_lives_leave_its_index() {
        let mut heap = Heap::new();
        let target = heap.alloc(Leaf(1));
        let kept = weak_to(&mut heap, target);
        let shared = heap.alloc(WeakRef {
            slot: GcWeak::new(),
            strong: GcRefCell::new(None),
        });
        heap.set_shared_weak(shared, |w| &w.slot, target);
        weak_to(&mut heap, target);
        // A young collection frees the young owners not held.
        heap.collect_young(&(target, kept));
        assert_eq!(heap.weak_count(target), 1);
        assert!(heap.shared_weak_owner::<WeakRef, Leaf>(target).is_none());
        assert_eq!(heap.verify(&(target, kept)), Ok(()));
        // An old owner goes in a full collection.
        heap.collect_full(&target);
        assert_eq!(heap.weak_count(target), 0);
        assert_eq!(heap.verify(&target), Ok(()));
        // A new shared slot can be set once the old one is gone.
        let again = heap.alloc(WeakRef {
            slot: GcWeak::new(),
            strong: GcRefCell::new(None),
        });
        heap.set_shared_weak(again, |w| &w.slot, target);
        let found = heap.shared_weak_owner::<WeakRef, Leaf>(target);
        assert!(found.is_some_and(|f| Gc::ptr_eq(f, again)));
    }

    #[test]
    fn a_freed_target_leaves_the_index_before_its_address_is_reused() {
        let mut heap = Heap::new();
        let target = heap.alloc(Leaf(1));
        let w = weak_to(&mut heap, target);
        heap.collect_young(&w);
        assert!(w.slot.is_dead());
        // Whatever lands at the freed address has no weak references.
        for n in 0..8 {
            let fresh = heap.alloc(Leaf(n));
            assert_eq!(heap.weak_count(fresh), 0);
        }
        assert_eq!(heap.verify(&w), Ok(()));
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
