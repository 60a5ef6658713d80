//! Interior mutability for heap objects, with the generational write barrier built in.
//!
//! A young collection traces only the young generation: it finds young objects through the
//! roots and through the *remembered set*, the cells of old objects written since the last
//! collection. Every place inside a heap object that can be overwritten with a handle is a
//! [`GcCell`] or a [`GcRefCell`], whose writes add the cell to the remembered set when it
//! belongs to an old object. Standard `Cell`/`RefCell` implement [`Trace`] only for contents
//! that can never hold a handle ([`Unmanaged`]), so a traced type cannot hold a handle in a
//! cell that skips the barrier: that does not compile.
//!
//! A cell learns that its object is old when the collector promotes the object (it traces
//! the object in promotion mode, which reaches exactly the cells stored inline in it or in
//! boxes it owns). A cell must therefore not be nested inside a `GcRefCell`'s contents.

use std::cell::{Cell, RefCell, UnsafeCell};
use std::marker::PhantomData;
use std::ops::{Deref, DerefMut};
use std::ptr::NonNull;

use crate::heap::{Gc, GcBox};
use crate::trace::{Trace, TraceMode, Tracer};

/// The cell belongs to a young object: writes need no record.
const YOUNG: u8 = 0;
/// The cell belongs to an old object and is not in the remembered set.
const OLD: u8 = 1;
/// The cell belongs to an old object and is in the remembered set.
const REMEMBERED: u8 = 2;

/// A cell's part of the write barrier: whether its object is young, old, or old and in the
/// remembered set.
struct BarrierState(Cell<u8>);

impl BarrierState {
    const fn new() -> Self {
        BarrierState(Cell::new(YOUNG))
    }

    /// Before a write: an old object's cell joins the remembered set (once).
    #[inline]
    fn before_write(&self, cell: &(dyn Remembered + 'static)) {
        if self.0.get() == OLD {
            self.0.set(REMEMBERED);
            remember(cell);
        }
    }

    /// The cell's object was promoted; `written` says a write borrow is still out, whose
    /// later writes would not pass the barrier, so the cell is remembered right away.
    fn promoted(&self, cell: &(dyn Remembered + 'static), written: bool) {
        if written {
            self.0.set(REMEMBERED);
            remember(cell);
        } else {
            self.0.set(OLD);
        }
    }

    /// Out of the remembered set; the object stays old.
    fn forget(&self) {
        self.0.set(OLD);
    }

    /// Back into the remembered set after [`set_aside_remembered`], unless a write put it
    /// back already; returns whether the caller must record it.
    fn rejoin(&self) -> bool {
        if self.0.get() == OLD {
            self.0.set(REMEMBERED);
            true
        } else {
            false
        }
    }
}

/// A cell of an old object that was written since the last collection.
pub(crate) trait Remembered {
    /// Traces the cell's current contents.
    fn trace_contents(&self, tracer: &mut Tracer);
    /// Takes the cell out of the remembered set (it stays old).
    fn forget(&self);
    /// Puts a cell taken out by [`set_aside_remembered`] back; returns whether it must be
    /// recorded again (false when a write since has recorded it).
    fn rejoin(&self) -> bool;
    /// Whether its contents are mutably borrowed right now.
    fn being_written(&self) -> bool {
        false
    }
}

thread_local! {
    /// The remembered set of this thread's heap (a thread has at most one heap).
    static REMEMBERED_SET: RefCell<Vec<NonNull<dyn Remembered>>> = const { RefCell::new(Vec::new()) };
}

/// Records `cell` in the remembered set; the caller has just moved its state to REMEMBERED.
#[cold]
fn remember(cell: &(dyn Remembered + 'static)) {
    REMEMBERED_SET.with(|set| set.borrow_mut().push(NonNull::from(cell)));
}

/// Empties the remembered set, tracing every cell first when `tracer` is given.
///
/// # Safety
/// Every cell in the set must still be allocated: the set only holds cells of old objects
/// written since the last collection, and objects are freed only by collections, each of
/// which ends by calling this before it frees anything.
pub(crate) unsafe fn drain_remembered(mut tracer: Option<&mut Tracer>) {
    let cells = REMEMBERED_SET.with(|set| std::mem::take(&mut *set.borrow_mut()));
    let mut kept = Vec::new();
    for &cell in &cells {
        // SAFETY: by this function's contract the cell is still allocated; it is only read.
        let cell_ref = unsafe { cell.as_ref() };
        if let Some(tracer) = tracer.as_deref_mut() {
            cell_ref.trace_contents(tracer);
        }
        if cell_ref.being_written() {
            // Native code holds a write borrow across this collection and may store young
            // handles through it afterwards without passing the barrier again.
            kept.push(cell);
        } else {
            cell_ref.forget();
        }
    }
    REMEMBERED_SET.with(|set| set.borrow_mut().extend(kept));
}

/// The most remembered cells a region sets aside as it opens (see [`set_aside_remembered`]);
/// with more, it leaves them all in the set. Moving them costs as much as the region's
/// open and close, so this bounds that cost when many regions open between collections.
const MOST_SET_ASIDE: usize = 8;

/// Moves out of the remembered set, onto `aside`, every cell that no write borrow holds, as
/// a region opens. A collection inside the region frees only objects allocated in it, and
/// the objects allocated before it are then all roots (or old), so only the cells written
/// while it is open can lead to objects the collection might free: a cell written before it
/// opened (a big set the caller fills between callbacks) need not be traced by every
/// collection at the region's exit. A write during the region records the cell again, since
/// it is no longer marked as remembered; a write borrow still out stays in the set, since its
/// later writes would not pass the barrier. With more than [`MOST_SET_ASIDE`] cells in the
/// set nothing moves (collections inside the region then trace them all, as they would
/// outside it).
///
/// # Safety
/// As for [`drain_remembered`]: every cell in the set must still be allocated.
pub(crate) unsafe fn set_aside_remembered(aside: &mut Vec<NonNull<dyn Remembered>>) {
    REMEMBERED_SET.with(|set| {
        let mut set = set.borrow_mut();
        if set.is_empty() || set.len() > MOST_SET_ASIDE {
            return;
        }
        set.retain(|&cell| {
            // SAFETY: by this function's contract the cell is still allocated; it is only read.
            let cell_ref = unsafe { cell.as_ref() };
            if cell_ref.being_written() {
                return true;
            }
            cell_ref.forget();
            aside.push(cell);
            false
        });
    })
}

/// Puts back what [`set_aside_remembered`] moved out, when its region closes with no
/// collection run since (a collection makes every survivor old, so the cells set aside
/// have nothing young left to lead to and are simply dropped).
///
/// # Safety
/// Every cell in `cells` must still be allocated: no collection ran since they were set aside.
pub(crate) unsafe fn restore_remembered(cells: impl Iterator<Item = NonNull<dyn Remembered>>) {
    REMEMBERED_SET.with(|set| {
        let mut set = set.borrow_mut();
        for cell in cells {
            // SAFETY: by this function's contract the cell is still allocated; it is only read.
            if unsafe { cell.as_ref() }.rejoin() {
                set.push(cell);
            }
        }
    });
}

/// Traces the contents of every remembered cell, leaving the set as it is.
///
/// # Safety
/// As for [`drain_remembered`]: every cell in the set must still be allocated.
pub(crate) unsafe fn trace_remembered(tracer: &mut Tracer) {
    let cells = REMEMBERED_SET.with(|set| set.borrow().clone());
    for cell in cells {
        // SAFETY: by this function's contract the cell is still allocated; it is only read.
        unsafe { cell.as_ref() }.trace_contents(tracer);
    }
}

/// Traces the contents of `cells` (cells set aside by regions, see
/// [`set_aside_remembered`]), leaving them and their flags as they are.
///
/// # Safety
/// Every cell in `cells` must still be allocated: no collection ran since they were set
/// aside (each collection drops them before it frees anything).
pub(crate) unsafe fn trace_cells(cells: &[NonNull<dyn Remembered>], tracer: &mut Tracer) {
    for cell in cells {
        // SAFETY: by this function's contract the cell is still allocated; it is only read.
        unsafe { cell.as_ref() }.trace_contents(tracer);
    }
}

/// How many cells are in the remembered set (for tests and statistics).
pub fn remembered_len() -> usize {
    REMEMBERED_SET.with(|set| set.borrow().len())
}

/// A `Cell` for `Copy` values that may hold handles (a `Value`, an `Option<Gc<_>>`).
pub struct GcCell<T: Copy> {
    value: Cell<T>,
    state: BarrierState,
}

impl<T: Copy + Trace + 'static> GcCell<T> {
    /// A new cell (of a young object).
    #[inline]
    pub const fn new(value: T) -> Self {
        GcCell {
            value: Cell::new(value),
            state: BarrierState::new(),
        }
    }

    /// The current contents.
    #[inline]
    pub fn get(&self) -> T {
        self.value.get()
    }

    /// Replaces the contents (through the write barrier).
    #[inline]
    pub fn set(&self, value: T) {
        self.barrier();
        self.value.set(value);
    }

    /// Replaces the contents, returning the old ones (through the write barrier).
    #[inline]
    pub fn replace(&self, value: T) -> T {
        self.barrier();
        self.value.replace(value)
    }

    #[inline]
    fn barrier(&self) {
        self.state.before_write(self);
    }
}

impl<T: Copy + Default + Trace + 'static> Default for GcCell<T> {
    fn default() -> Self {
        GcCell::new(T::default())
    }
}

impl<T: Copy + Trace + 'static> Remembered for GcCell<T> {
    fn trace_contents(&self, tracer: &mut Tracer) {
        self.value.get().trace(tracer);
    }

    fn forget(&self) {
        self.state.forget();
    }

    fn rejoin(&self) -> bool {
        self.state.rejoin()
    }
}

// SAFETY: traces the contents; in promotion mode records that the cell's object is old.
unsafe impl<T: Copy + Trace + 'static> Trace for GcCell<T> {
    #[inline]
    fn trace(&self, tracer: &mut Tracer) {
        match tracer.mode {
            TraceMode::Promote => self.state.promoted(self, false),
            TraceMode::Mark | TraceMode::Verify => self.value.get().trace(tracer),
        }
    }
}

/// A `RefCell` whose contents may hold handles (a list's items, a dict's table).
///
/// Its own borrow flag shares a word with the barrier state, so it is the size of a
/// standard `RefCell` of the same contents.
pub struct GcRefCell<T> {
    /// 0: not borrowed; `WRITING`: mutably borrowed; otherwise the number of shared borrows.
    borrow: Cell<u32>,
    state: BarrierState,
    value: UnsafeCell<T>,
}

/// The borrow flag of a mutably borrowed [`GcRefCell`].
const WRITING: u32 = u32::MAX;

/// The contents of a [`GcRefCell`] are borrowed in a way that conflicts with the request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BorrowConflict;

impl std::fmt::Display for BorrowConflict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the cell is already borrowed in a conflicting way")
    }
}

/// A shared borrow of a [`GcRefCell`]'s contents.
pub struct GcRef<'a, T> {
    value: &'a T,
    borrow: &'a Cell<u32>,
}

/// An exclusive borrow of a [`GcRefCell`]'s contents.
pub struct GcRefMut<'a, T> {
    value: NonNull<T>,
    borrow: &'a Cell<u32>,
    _exclusive: PhantomData<&'a mut T>,
}

impl<T> Deref for GcRef<'_, T> {
    type Target = T;

    #[inline]
    fn deref(&self) -> &T {
        self.value
    }
}

impl<T> Drop for GcRef<'_, T> {
    #[inline]
    fn drop(&mut self) {
        self.borrow.set(self.borrow.get() - 1);
    }
}

impl<T> Deref for GcRefMut<'_, T> {
    type Target = T;

    #[inline]
    fn deref(&self) -> &T {
        // SAFETY: this guard holds the cell's only borrow (the flag says WRITING until the
        // guard drops), so no other reference to the contents exists.
        unsafe { self.value.as_ref() }
    }
}

impl<T> DerefMut for GcRefMut<'_, T> {
    #[inline]
    fn deref_mut(&mut self) -> &mut T {
        // SAFETY: as in `deref`; `&mut self` makes this the only use of the guard.
        unsafe { self.value.as_mut() }
    }
}

impl<T> Drop for GcRefMut<'_, T> {
    #[inline]
    fn drop(&mut self) {
        self.borrow.set(0);
    }
}

impl<T: Trace + 'static> GcRefCell<T> {
    /// A new cell (of a young object).
    #[inline]
    pub const fn new(value: T) -> Self {
        GcRefCell {
            borrow: Cell::new(0),
            state: BarrierState::new(),
            value: UnsafeCell::new(value),
        }
    }

    /// Borrows the contents for reading.
    ///
    /// # Panics
    /// If they are mutably borrowed.
    #[inline]
    #[track_caller]
    pub fn borrow(&self) -> GcRef<'_, T> {
        match self.try_borrow() {
            Ok(guard) => guard,
            Err(_) => panic!("already mutably borrowed"),
        }
    }

    /// Borrows the contents for reading, or fails if they are mutably borrowed.
    #[inline]
    pub fn try_borrow(&self) -> Result<GcRef<'_, T>, BorrowConflict> {
        let b = self.borrow.get();
        if b >= WRITING - 1 {
            // Mutably borrowed, or the shared count would reach the WRITING marker.
            return Err(BorrowConflict);
        }
        self.borrow.set(b + 1);
        // SAFETY: the flag now records a shared borrow, so no `GcRefMut` exists or can be
        // made until this guard drops; shared references may coexist.
        let value = unsafe { &*self.value.get() };
        Ok(GcRef {
            value,
            borrow: &self.borrow,
        })
    }

    /// Borrows the contents for writing (through the write barrier).
    ///
    /// # Panics
    /// If they are borrowed.
    #[inline]
    #[track_caller]
    pub fn borrow_mut(&self) -> GcRefMut<'_, T> {
        match self.try_borrow_mut() {
            Ok(guard) => guard,
            Err(_) => panic!("already borrowed"),
        }
    }

    /// Borrows the contents for writing, or fails if they are borrowed.
    #[inline]
    pub fn try_borrow_mut(&self) -> Result<GcRefMut<'_, T>, BorrowConflict> {
        if self.borrow.get() != 0 {
            return Err(BorrowConflict);
        }
        self.borrow.set(WRITING);
        self.barrier();
        Ok(GcRefMut {
            // SAFETY: `UnsafeCell::get` never returns null.
            value: unsafe { NonNull::new_unchecked(self.value.get()) },
            borrow: &self.borrow,
            _exclusive: PhantomData,
        })
    }

    /// Replaces the contents, returning the old ones.
    #[inline]
    #[track_caller]
    pub fn replace(&self, value: T) -> T {
        std::mem::replace(&mut *self.borrow_mut(), value)
    }

    #[inline]
    fn barrier(&self) {
        self.state.before_write(self);
    }

    /// Whether the contents are mutably borrowed right now.
    #[inline]
    fn writing(&self) -> bool {
        self.borrow.get() == WRITING
    }

    /// Overwrites the contents without the write barrier: only for tests of the verifier.
    #[cfg(test)]
    pub(crate) fn set_skipping_barrier(&self, value: T) {
        assert_eq!(self.borrow.get(), 0);
        // SAFETY: not borrowed (checked above), so no reference to the contents exists.
        unsafe { *self.value.get() = value };
    }
}

impl<T: Trace + Default + 'static> GcRefCell<T> {
    /// Takes the contents, leaving the default.
    #[inline]
    #[track_caller]
    pub fn take(&self) -> T {
        std::mem::take(&mut *self.borrow_mut())
    }
}

impl<T: Trace + Default + 'static> Default for GcRefCell<T> {
    fn default() -> Self {
        GcRefCell::new(T::default())
    }
}

impl<T: Trace + 'static> Remembered for GcRefCell<T> {
    fn trace_contents(&self, tracer: &mut Tracer) {
        // A mutably borrowed cell is being written by native code suspended across a
        // callback; see the `Trace` impl below for why skipping it misses nothing.
        if let Ok(contents) = self.try_borrow() {
            contents.trace(tracer);
        }
    }

    fn forget(&self) {
        self.state.forget();
    }

    fn rejoin(&self) -> bool {
        self.state.rejoin()
    }

    fn being_written(&self) -> bool {
        self.writing()
    }
}

// SAFETY: traces the current contents; in promotion mode records that the cell's object is
// old. A collection runs at a safe point, where the collecting code holds no borrow; the
// contents can then be mutably borrowed only by native code suspended across a callback into
// Python, which opened a heap region first. Everything such code can have stored predates
// the region, and a collection keeps everything older than the innermost region (tracing it
// on its own when young), so skipping the contents misses nothing.
unsafe impl<T: Trace + 'static> Trace for GcRefCell<T> {
    #[inline]
    fn trace(&self, tracer: &mut Tracer) {
        match tracer.mode {
            // A write borrow taken while the object was young may still be out.
            TraceMode::Promote => self.state.promoted(self, self.writing()),
            TraceMode::Mark | TraceMode::Verify => {
                if let Ok(contents) = self.try_borrow() {
                    contents.trace(tracer);
                }
            }
        }
    }
}

impl<T: Trace + std::fmt::Debug + 'static> std::fmt::Debug for GcRefCell<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.try_borrow() {
            Ok(contents) => f.debug_tuple("GcRefCell").field(&*contents).finish(),
            Err(_) => f.write_str("GcRefCell(<borrowed>)"),
        }
    }
}

impl<T: Copy + std::fmt::Debug> std::fmt::Debug for GcCell<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&self.value, f)
    }
}

impl<T: Copy + Trace + 'static> From<T> for GcCell<T> {
    fn from(value: T) -> Self {
        GcCell::new(value)
    }
}

impl<T: Trace + 'static> From<T> for GcRefCell<T> {
    fn from(value: T) -> Self {
        GcRefCell::new(value)
    }
}

/// A `OnceCell` whose value may hold handles: written at most once, through the barrier.
pub struct GcOnceCell<T> {
    value: std::cell::OnceCell<T>,
    state: BarrierState,
}

impl<T: Trace + 'static> GcOnceCell<T> {
    /// An empty cell (of a young object).
    #[inline]
    pub const fn new() -> Self {
        GcOnceCell {
            value: std::cell::OnceCell::new(),
            state: BarrierState::new(),
        }
    }

    /// The value, once set.
    #[inline]
    pub fn get(&self) -> Option<&T> {
        self.value.get()
    }

    /// Sets the value (through the write barrier), or gives it back if already set.
    pub fn set(&self, value: T) -> Result<(), T> {
        if self.value.get().is_some() {
            return Err(value);
        }
        self.state.before_write(self);
        self.value.set(value)
    }
}

impl<T: Trace + 'static> Default for GcOnceCell<T> {
    fn default() -> Self {
        GcOnceCell::new()
    }
}

impl<T: Trace + 'static> Remembered for GcOnceCell<T> {
    fn trace_contents(&self, tracer: &mut Tracer) {
        self.value.get().trace(tracer);
    }

    fn forget(&self) {
        self.state.forget();
    }

    fn rejoin(&self) -> bool {
        self.state.rejoin()
    }
}

// SAFETY: traces the value once set; in promotion mode records that the cell's object is old.
unsafe impl<T: Trace + 'static> Trace for GcOnceCell<T> {
    #[inline]
    fn trace(&self, tracer: &mut Tracer) {
        match tracer.mode {
            TraceMode::Promote => self.state.promoted(self, false),
            TraceMode::Mark | TraceMode::Verify => self.value.get().trace(tracer),
        }
    }
}

/// A [`GcCell`] and a [`GcOnceCell`] of a handle sharing one barrier state, in two words:
/// an object's class and its rarely made attribute dict, which every heap object carries.
/// The barrier state rides in the low bits of the second slot's box pointer (a box is
/// aligned to at least 4, its header holding a `u32`), so the pair is 16 bytes where a
/// separate state byte made it 24.
pub struct GcCellPair<T: Copy, U: Trace + 'static> {
    first: Cell<T>,
    /// The second slot's box (null while empty), its low bits the barrier state
    /// ([`YOUNG`], [`OLD`] or [`REMEMBERED`]). Only ever set from a live handle's pointer,
    /// so it keeps that allocation's provenance.
    second: Cell<*mut GcBox<U>>,
}

/// The low bits of [`GcCellPair::second`] that hold the barrier state.
const STATE_MASK: usize = 3;

// The barrier state's values fit in the bits a box's alignment leaves zero.
const _: () = assert!(std::mem::align_of::<crate::heap::Header>() > STATE_MASK);
const _: () = assert!(REMEMBERED as usize <= STATE_MASK && OLD as usize <= STATE_MASK);

impl<T: Copy + Trace + 'static, U: Trace + 'static> GcCellPair<T, U> {
    /// A new pair (of a young object) whose second slot is empty.
    #[inline]
    pub const fn new(first: T) -> Self {
        GcCellPair {
            first: Cell::new(first),
            second: Cell::new(std::ptr::null_mut()),
        }
    }

    #[inline]
    fn state(&self) -> u8 {
        (self.second.get().addr() & STATE_MASK) as u8
    }

    #[inline]
    fn set_state(&self, state: u8) {
        let p = self.second.get();
        self.second
            .set(p.map_addr(|a| (a & !STATE_MASK) | state as usize));
    }

    /// The second slot's box pointer, without the state bits.
    #[inline]
    fn second_box(&self) -> Option<NonNull<GcBox<U>>> {
        NonNull::new(self.second.get().map_addr(|a| a & !STATE_MASK))
    }

    /// Before a write: an old object's pair joins the remembered set (once).
    #[inline]
    fn before_write(&self) {
        if self.state() == OLD {
            self.set_state(REMEMBERED);
            remember(self);
        }
    }

    /// The first slot's contents.
    #[inline]
    pub fn get(&self) -> T {
        self.first.get()
    }

    /// Replaces the first slot's contents (through the write barrier).
    #[inline]
    pub fn set(&self, value: T) {
        self.before_write();
        self.first.set(value);
    }

    /// The second slot's object, once set.
    #[inline]
    pub fn get_second(&self) -> Option<&U> {
        let p = self.second_box()?;
        // SAFETY: the pointer is a live handle's (stored by `set_second`), and the pair traces
        // it, so by the heap contract its object lives as long as the pair's own object, which
        // `&self` borrows: the same argument as `Gc::deref`. Shared references only.
        Some(unsafe { crate::heap::box_value(p) })
    }

    /// The second slot's handle, once set.
    #[inline]
    pub fn get_second_handle(&self) -> Option<Gc<U>> {
        self.second_box().map(Gc::from_box)
    }

    /// Sets the second slot (through the write barrier), or gives the handle back if it is
    /// already set.
    pub fn set_second(&self, value: Gc<U>) -> Result<(), Gc<U>> {
        if self.second_box().is_some() {
            return Err(value);
        }
        self.before_write();
        let state = self.state() as usize;
        self.second
            .set(value.box_ptr().as_ptr().map_addr(|a| a | state));
        Ok(())
    }
}

impl<T: Copy + Trace + 'static, U: Trace + 'static> Remembered for GcCellPair<T, U> {
    fn trace_contents(&self, tracer: &mut Tracer) {
        self.first.get().trace(tracer);
        self.get_second_handle().trace(tracer);
    }

    fn forget(&self) {
        self.set_state(OLD);
    }

    fn rejoin(&self) -> bool {
        if self.state() == OLD {
            self.set_state(REMEMBERED);
            true
        } else {
            false
        }
    }
}

// SAFETY: traces both slots; in promotion mode records that the pair's object is old.
unsafe impl<T: Copy + Trace + 'static, U: Trace + 'static> Trace for GcCellPair<T, U> {
    #[inline]
    fn trace(&self, tracer: &mut Tracer) {
        match tracer.mode {
            TraceMode::Promote => self.set_state(OLD),
            TraceMode::Mark | TraceMode::Verify => {
                self.first.get().trace(tracer);
                self.get_second_handle().trace(tracer);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn borrows_follow_refcell_rules() {
        let cell = GcRefCell::new(vec![1u64, 2]);
        {
            let a = cell.borrow();
            let b = cell.borrow();
            assert_eq!(a.len() + b.len(), 4);
            assert!(cell.try_borrow_mut().is_err());
        }
        {
            let mut w = cell.borrow_mut();
            w.push(3);
            assert!(cell.try_borrow().is_err());
            assert!(cell.try_borrow_mut().is_err());
        }
        assert_eq!(*cell.borrow(), vec![1, 2, 3]);
        assert_eq!(cell.replace(vec![]), vec![1, 2, 3]);
        assert_eq!(cell.take(), Vec::<u64>::new());
    }

    #[test]
    #[should_panic(expected = "already mutably borrowed")]
    fn reading_while_writing_panics() {
        let cell = GcRefCell::new(0u64);
        let _w = cell.borrow_mut();
        let _r = cell.borrow();
    }

    #[test]
    fn a_gc_refcell_is_no_larger_than_a_refcell() {
        use std::mem::size_of;
        assert_eq!(
            size_of::<GcRefCell<Vec<u64>>>(),
            size_of::<RefCell<Vec<u64>>>()
        );
        assert_eq!(
            size_of::<GcRefCell<[u64; 6]>>(),
            size_of::<RefCell<[u64; 6]>>()
        );
    }
}
