//! The heap: allocation, the two generations, regions, and mark-and-sweep collection.
//!
//! Objects are allocated young. A *young collection* marks from the roots and the remembered
//! set (see [`crate::cell`]) without entering old objects, frees the unreachable young ones
//! and promotes the survivors; a *full collection* marks everything and frees every
//! unreachable object. Its cost is the live heap, so it runs only when the old generation has
//! grown by half since the last one. *Regions* protect objects that suspended native code may
//! hold: see [`Region`].

use std::cell::Cell;
use std::fmt;
use std::marker::PhantomData;
use std::mem;
use std::ops::Deref;
use std::ptr::NonNull;
use std::time::Instant;

use std::any::TypeId;

use crate::cell::Remembered;
use crate::pauses::PauseLog;
use crate::trace::{Trace, TraceMode, Tracer};
use crate::weak::{GcWeak, WeakRegistry, WeakSlot};

/// Allocation volume (object boxes plus buffers reported through [`Heap::add_pressure`])
/// between two young collections.
const NURSERY_BYTES: usize = 1 << 20;

/// Allocation volume a young collection waits for per old object the previous one ran
/// into (through the roots or a remembered container): it
/// keeps the time spent re-scanning big remembered containers (a large dict written on
/// every iteration) a small fraction of the time spent allocating.
const VISIT_COST_BYTES: usize = 64;

/// The young generation's allocation between collections is at most the old generation's
/// size divided by this (and at least [`NURSERY_BYTES`]): what waits there for a young
/// collection is mostly garbage, so this bounds the garbage on top of the live heap.
const YOUNG_SHARE_OF_OLD: usize = 4;

/// The smallest old generation that warrants a full collection (otherwise one is due when the
/// old generation has grown by half since the last). Small, because
/// a young collection promotes whatever is live at that moment, and in a loop over big values
/// (big ints, long strs) that is mostly the loop's current temporaries, dead soon after:
/// `bigint` peaked at 24.8 MB of resident memory with 4 MB here, 17.9 MB with 1 MB (170 full
/// collections instead of 35, 46 ms of pauses instead of 14 in a 1.8 s run).
const MIN_FULL_THRESHOLD_BYTES: usize = 1 << 20;

/// How many set-aside cells the outermost region leaves aside as it closes (see
/// [`Heap::close_region`]) before they are all put back into the remembered set. A cell
/// written again after its region closed is recorded again and set aside again by the next
/// region, so the list can hold it more than once; putting them back drops the repeats.
const MOST_LEFT_ASIDE: usize = 64;

/// How many freed boxes of the heap's first type (the VM's object, the type allocated
/// most) the heap keeps for reuse ([`Heap::spare`]): about one nursery's worth of 80-byte
/// boxes. A young collection frees roughly what the next nursery allocates, so the spares
/// are taken back within one cycle; the cap bounds what they hold when allocation stops.
/// A collection keeps no more spares than the young generation it swept held objects: a
/// program whose nursery fills with buffers (big-int digits, string text) allocates few
/// boxes a cycle, and spares it would not use would only keep pages from mimalloc's other
/// size classes (`bigint`'s peak RSS was 0.4 MB higher with the fixed cap).
const SPARE_BOXES: usize = NURSERY_BYTES / 80;

/// Per-object bookkeeping, stored in front of every value.
pub(crate) struct Header {
    /// Set during marking when the object is found reachable; cleared by the sweep.
    pub(crate) marked: Cell<bool>,
    /// Set when the object survives its first collection (it is in the old generation).
    pub(crate) old: Cell<bool>,
    /// [`TRACKED`] and [`ADDRESS_KEYED`].
    flags: u8,
    /// The value's type, as an index into [`Heap::kinds`]: what turns the thin pointer in
    /// the generation lists back into a pointer that can trace and drop the value.
    kind: u8,
    /// Bytes this allocation occupies: the box, and what it owned outside it when made.
    size: u32,
}

/// [`Header::flags`]: the object counts as a container (Python's `gc.is_tracked`): freed
/// tracked objects are what [`HeapStats::unreachable`] counts.
const TRACKED: u8 = 1;
/// [`Header::flags`]: its owner keys caches by its address (see
/// [`HeapStats::freed_address_keyed`]).
const ADDRESS_KEYED: u8 = 2;

impl Header {
    fn tracked(&self) -> bool {
        self.flags & TRACKED != 0
    }

    fn address_keyed(&self) -> bool {
        self.flags & ADDRESS_KEYED != 0
    }
}

// The header is one word: the marks, the flags, the type and the size.
const _: () = assert!(mem::size_of::<Header>() == 8);

/// The allocation behind a [`Gc`]: a header followed by the value. `repr(C)` puts the
/// header first whatever `T` is, so a pointer to the box is also a pointer to its header
/// ([`Thin`]).
#[repr(C)]
pub(crate) struct GcBox<T: ?Sized> {
    header: Header,
    value: T,
}

/// A type-erased pointer to a live allocation: what tracing and dropping need (the value's
/// vtable rides along). Two words, so the heap's generation lists keep [`Thin`] instead.
pub(crate) type GcBoxDyn = NonNull<GcBox<dyn Trace>>;

/// A pointer to a live allocation, one word: the box's address, cast to its header (which
/// `repr(C)` puts at offset 0). The generation lists hold these (8 bytes per object, not
/// 16); [`Heap::fat`] makes the [`GcBoxDyn`] back from the header's [`Header::kind`]. Made
/// only by casting a box pointer, never from a reference to the header, so it keeps the
/// whole allocation's provenance.
type Thin = NonNull<Header>;

/// What the heap does with the boxes of one type of value, given their one-word pointers:
/// monomorphised functions, one set per type the heap has allocated ([`Heap::kinds`]).
#[derive(Clone, Copy)]
struct Kind {
    id: TypeId,
    /// Makes the two-word pointer (for the gray list).
    fat: fn(Thin) -> GcBoxDyn,
    /// Drops the value and frees the box (see [`free_box`]).
    free: unsafe fn(Thin),
    /// Drops the value and leaves the box allocated, for reuse (see [`Heap::spare`]).
    drop_value: unsafe fn(Thin),
    /// Frees a box whose value was dropped by `drop_value`.
    dealloc: unsafe fn(Thin),
    /// Traces the value (a promoted survivor's fields).
    trace: unsafe fn(Thin, &mut Tracer),
}

impl Kind {
    fn of<T: Trace + 'static>() -> Kind {
        Kind {
            id: TypeId::of::<T>(),
            fat: fat_of::<T>,
            free: free_as::<T>,
            drop_value: drop_value_as::<T>,
            dealloc: dealloc_as::<T>,
            trace: trace_as::<T>,
        }
    }
}

fn fat_of<T: Trace + 'static>(thin: Thin) -> GcBoxDyn {
    thin.cast::<GcBox<T>>()
}

/// # Safety
/// As [`free_box`]'s, and the box must hold a `T`.
unsafe fn free_as<T: Trace + 'static>(thin: Thin) {
    // SAFETY: the box came from `Box::into_raw` in `Heap::alloc_with` as a `GcBox<T>` (the
    // caller's kind lookup says `T`), and `thin` has its address and provenance; the caller
    // promises it is freed once and never used again.
    drop(unsafe { Box::from_raw(thin.cast::<GcBox<T>>().as_ptr()) });
}

/// # Safety
/// As [`free_as`]'s; the box itself stays allocated, holding no value, until it is
/// reused or given to [`dealloc_as`].
unsafe fn drop_value_as<T: Trace + 'static>(thin: Thin) {
    let ptr = thin.cast::<GcBox<T>>().as_ptr();
    // SAFETY: the box is live and holds a `T` (the caller's promise), `thin` keeps the
    // provenance of the whole allocation (`Box::into_raw`), and the value is dropped once:
    // the caller stops treating the box as holding one.
    unsafe { std::ptr::drop_in_place(std::ptr::addr_of_mut!((*ptr).value)) };
}

/// # Safety
/// `thin` must be a box of a `T` allocated by `Heap::alloc_with`, whose value has been
/// dropped (by [`drop_value_as`]), and it must not be used again.
unsafe fn dealloc_as<T: Trace + 'static>(thin: Thin) {
    // SAFETY: the block came from the global allocator with `GcBox<T>`'s layout (as a
    // `Box<GcBox<T>>`); its value is gone, so only the memory is given back.
    unsafe {
        std::alloc::dealloc(
            thin.cast::<u8>().as_ptr(),
            std::alloc::Layout::new::<GcBox<T>>(),
        )
    };
}

/// # Safety
/// The box must be live and hold a `T`.
unsafe fn trace_as<T: Trace + 'static>(thin: Thin, tracer: &mut Tracer) {
    // SAFETY: the caller promises a live `GcBox<T>`; only shared references are made.
    unsafe { thin.cast::<GcBox<T>>().as_ref() }
        .value
        .trace(tracer);
}

/// The value in a live box, borrowed for as long as the caller says.
///
/// # Safety
/// The box must be allocated and stay so for `'a` (in practice: it is reachable from the
/// object the caller borrows, as with [`Gc`]'s `deref`).
#[inline]
pub(crate) unsafe fn box_value<'a, T: ?Sized>(ptr: NonNull<GcBox<T>>) -> &'a T {
    // SAFETY: the caller promises the box is live for `'a`; only shared references are made
    // (heap values mutate through cells).
    unsafe { &ptr.as_ref().value }
}

/// The header of a live allocation.
///
/// # Safety
/// `thin` must point to an allocation not yet freed.
#[inline]
unsafe fn header_of<'a>(thin: Thin) -> &'a Header {
    // SAFETY: the caller promises the box is allocated; its header is initialised and only
    // ever shared (it mutates through `Cell`).
    unsafe { thin.as_ref() }
}

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

    /// The handle to an allocation the heap knows is live.
    #[inline]
    pub(crate) fn from_box(ptr: NonNull<GcBox<T>>) -> Gc<T> {
        Gc {
            ptr,
            _owns: PhantomData,
        }
    }

    #[inline]
    pub(crate) fn box_ptr(self) -> NonNull<GcBox<T>> {
        self.ptr
    }

    #[inline]
    pub(crate) fn erase(self) -> GcBoxDyn {
        self.ptr
    }

    #[inline]
    fn thin(self) -> Thin {
        self.ptr.cast::<Header>()
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

/// What the heap should know about an allocation besides its value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AllocInfo {
    /// Whether it counts as a container in [`HeapStats::unreachable`] (what
    /// `gc.collect()` reports). Both kinds are collected alike.
    pub tracked: bool,
    /// Whether its owner keys caches by its address: freeing one is counted in
    /// [`HeapStats::freed_address_keyed`], so the owner knows when to drop such caches.
    pub address_keyed: bool,
    /// What it owns outside its box (a string's text, a big int's digits): counted toward
    /// the next collection and in the heap's size until it is freed.
    pub external_bytes: usize,
}

impl Default for AllocInfo {
    fn default() -> Self {
        AllocInfo {
            tracked: true,
            address_keyed: false,
            external_bytes: 0,
        }
    }
}

/// Which collection ran, or is due.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Generation {
    /// The young generation only (objects allocated since the last collection).
    Young,
    /// The whole heap.
    Full,
}

/// Counters describing the heap, for `gc.get_stats()`-like reporting and tests.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct HeapStats {
    /// Objects currently allocated.
    pub objects: usize,
    /// Bytes currently allocated: object boxes, and the buffers they owned when made
    /// ([`Heap::alloc_with`]).
    pub bytes: usize,
    /// The most bytes allocated at once so far.
    pub peak_bytes: usize,
    /// Objects in the young generation.
    pub young_objects: usize,
    /// Young collections run so far.
    pub young_collections: usize,
    /// Full collections run so far.
    pub full_collections: usize,
    /// Collections run inside a [`Region`] (of either kind; only young ones run there).
    pub region_collections: usize,
    /// Objects freed by all collections so far.
    pub freed: usize,
    /// Objects freed by young collections so far.
    pub freed_young: usize,
    /// Tracked objects ([`AllocInfo::tracked`]) freed by the last collection.
    pub unreachable: usize,
    /// Address-keyed objects ([`AllocInfo::address_keyed`]) freed by all collections.
    pub freed_address_keyed: u64,
}

/// The start of a region of the heap: the objects allocated after it was opened.
///
/// While a region is open, a collection frees only objects allocated inside the innermost
/// open region; every older object is kept (the young ones among them are marked as roots).
/// An owner opens one whenever code that holds handles outside the roots (a native function)
/// hands control to code that reaches safe points (a callback into Python): nothing the
/// suspended code holds can be freed, because it all predates the region. Only young
/// collections run while a region is open. Regions nest and close innermost first.
#[derive(Debug, PartialEq, Eq)]
#[must_use = "a region must be closed with Heap::close_region"]
pub struct Region {
    depth: usize,
}

/// The heap's record of an open [`Region`].
struct OpenRegion {
    /// Where the region's objects start in the young list (0 after a collection: everything
    /// young then was promoted).
    young_start: usize,
    /// [`Heap::volume`] when it opened.
    volume_at_open: u64,
    /// Objects allocated inside the region and promoted while it was open: the old objects
    /// a full collection inside the region may free. On closing they join the enclosing
    /// region's list (the heap's old list at the outermost level).
    old: Vec<Thin>,
    /// Their bytes.
    old_bytes: usize,
    /// Where the remembered cells it set aside as it opened start in [`Heap::set_aside`].
    set_aside_from: usize,
}

thread_local! {
    /// Whether this thread has a heap: the remembered set is per thread.
    static HEAP_ON_THREAD: Cell<bool> = const { Cell::new(false) };
}

/// Owns every object allocated through it and frees the unreachable ones on [`collect`].
///
/// A thread has at most one heap at a time (the write barrier records into a per-thread
/// remembered set).
///
/// [`collect`]: Heap::collect
pub struct Heap {
    /// The old generation, in no particular order.
    old: Vec<Thin>,
    /// The young generation, oldest first: a region is the tail from its start index.
    young: Vec<Thin>,
    /// The types of value allocated so far, in the order first seen: [`Header::kind`] is an
    /// index here. A handful in practice (the VM allocates two or three).
    kinds: Vec<Kind>,
    /// Boxes of the first type (`kinds[0]`) that collections found unreachable: their
    /// values are dropped, their memory kept for the next allocations of that type (at most
    /// [`SPARE_BOXES`]). Taking one is a `Vec` pop where the allocator's call and the free
    /// that preceded it cost about 60 instructions together.
    spare: Vec<Thin>,
    /// The open regions, innermost last.
    regions: Vec<OpenRegion>,
    /// The remembered cells the open regions took out of the remembered set as they opened
    /// ([`crate::cell::set_aside_remembered`]), outermost region's first: put back as each
    /// inner region closes, left here by the outermost (they are traced by the next
    /// collection outside every region, as remembered cells are), dropped by any
    /// collection.
    set_aside: Vec<NonNull<dyn Remembered>>,
    /// Everything allocated (boxes and reported buffers) before the last collection, in
    /// bytes: [`Heap::volume`] adds `young_volume`.
    volume_collected: u64,
    bytes: usize,
    old_bytes: usize,
    peak_bytes: usize,
    /// Allocation volume since the last collection (boxes and reported buffers).
    young_volume: usize,
    /// Allocation volume that makes a young collection due: at least [`NURSERY_BYTES`], more
    /// when the last young collection had much to visit outside the young generation.
    nursery: usize,
    /// `young_volume` at which [`Heap::should_collect`] looks further: `nursery`, 0 when a
    /// full collection or stress mode wants every safe point, `usize::MAX` when disabled.
    trigger: usize,
    /// Old-generation size that triggers the next full collection.
    full_threshold: usize,
    stress: bool,
    stress_toggle: bool,
    enabled: bool,
    freed_young: usize,
    freed_address_keyed: u64,
    unreachable: usize,
    young_collections: usize,
    full_collections: usize,
    region_collections: usize,
    freed: usize,
    /// How long each collection took, in microseconds, and its kind.
    young_pauses: PauseLog,
    full_pauses: PauseLog,
    /// Registered weak slots ([`Heap::set_weak`]).
    weak: WeakRegistry,
    /// Objects with a finalizer that has not run yet ([`Heap::register_finalizer`]).
    finalizable: Vec<(GcBoxDyn, TypeId)>,
    /// How many entries at the head of `finalizable` were there at the last collection: they
    /// are old, and a young collection, which frees only young objects, need not look at
    /// them.
    finalizable_checked: usize,
    /// Objects the last collection found unreachable and kept alive for their finalizers.
    to_finalize: Vec<(GcBoxDyn, TypeId)>,
}

impl Default for Heap {
    fn default() -> Self {
        Heap::new()
    }
}

impl Heap {
    /// An empty heap.
    ///
    /// # Panics
    /// If this thread already has a heap.
    pub fn new() -> Self {
        HEAP_ON_THREAD.with(|on| {
            assert!(
                !on.get(),
                "a thread has at most one krait_gc::Heap at a time"
            );
            on.set(true);
        });
        Heap {
            old: Vec::new(),
            young: Vec::new(),
            kinds: Vec::new(),
            spare: Vec::new(),
            regions: Vec::new(),
            set_aside: Vec::new(),
            volume_collected: 0,
            bytes: 0,
            old_bytes: 0,
            peak_bytes: 0,
            young_volume: 0,
            nursery: NURSERY_BYTES,
            trigger: NURSERY_BYTES,
            full_threshold: MIN_FULL_THRESHOLD_BYTES,
            stress: false,
            stress_toggle: false,
            enabled: true,
            freed_young: 0,
            freed_address_keyed: 0,
            unreachable: 0,
            young_collections: 0,
            full_collections: 0,
            region_collections: 0,
            freed: 0,
            young_pauses: PauseLog::default(),
            full_pauses: PauseLog::default(),
            weak: WeakRegistry::default(),
            finalizable: Vec::new(),
            finalizable_checked: 0,
            to_finalize: Vec::new(),
        }
    }

    /// Moves `value` onto the heap and returns a handle to it (a tracked object).
    pub fn alloc<T: Trace + 'static>(&mut self, value: T) -> Gc<T> {
        self.alloc_with(value, AllocInfo::default())
    }

    /// Moves `value` onto the heap, with what the heap should know about it.
    ///
    /// Always inlined: the VM has one caller for its objects (`Vm::alloc`), where the
    /// value can then be built in place instead of being copied into this frame first.
    #[inline(always)]
    pub fn alloc_with<T: Trace + 'static>(&mut self, value: T, info: AllocInfo) -> Gc<T> {
        let size = mem::size_of::<GcBox<T>>().saturating_add(info.external_bytes);
        let size = size.min(u32::MAX as usize);
        let kind = self.kind_of::<T>();
        let boxed = GcBox {
            header: Header {
                marked: Cell::new(false),
                old: Cell::new(false),
                flags: if info.tracked { TRACKED } else { 0 }
                    | if info.address_keyed { ADDRESS_KEYED } else { 0 },
                kind,
                size: size as u32,
            },
            value,
        };
        let spare = if kind == 0 { self.spare.pop() } else { None };
        let ptr = match spare {
            Some(block) => {
                let ptr = block.cast::<GcBox<T>>();
                // SAFETY: a spare box is an allocation of `kinds[0]`'s type with its value
                // dropped (`release_box`), and `T` is that type (`kind == 0`), so the block
                // has `GcBox<T>`'s layout; it left the spare list, so nothing else uses it,
                // and the pointer keeps the allocation's provenance.
                unsafe { ptr.as_ptr().write(boxed) };
                ptr
            }
            // SAFETY: `Box::into_raw` never returns null.
            None => unsafe { NonNull::new_unchecked(Box::into_raw(Box::new(boxed))) },
        };
        self.young.push(ptr.cast::<Header>());
        // The peak is brought up to date when bytes are about to go down (a collection)
        // and when asked for: `bytes` grows nowhere else.
        self.bytes += size;
        self.young_volume += size;
        Gc {
            ptr,
            _owns: PhantomData,
        }
    }

    /// The index of `T` in [`Heap::kinds`], registering it on its first allocation.
    ///
    /// # Panics
    /// If a 257th type is allocated.
    #[inline]
    fn kind_of<T: Trace + 'static>(&mut self) -> u8 {
        // The type allocated first (the VM's object type) is the one allocated most: one
        // comparison on the allocation path.
        match self.kinds.first() {
            Some(k) if k.id == TypeId::of::<T>() => 0,
            _ => self.other_kind::<T>(),
        }
    }

    /// [`Heap::kind_of`] past the first type: a search, registering `T` if new.
    #[cold]
    #[inline(never)]
    fn other_kind<T: Trace + 'static>(&mut self) -> u8 {
        let want = TypeId::of::<T>();
        if let Some(i) = self.kinds.iter().position(|k| k.id == want) {
            return i as u8;
        }
        let kind = u8::try_from(self.kinds.len()).expect("a heap holds at most 256 types");
        self.kinds.push(Kind::of::<T>());
        kind
    }

    /// The two-word pointer of a live allocation in one of the generation lists.
    #[inline]
    fn fat(&self, thin: Thin) -> GcBoxDyn {
        (kind_in(&self.kinds, thin).fat)(thin)
    }

    /// Whether enough has been allocated since the last collection that the owner should
    /// collect at its next safe point. Always true in stress mode.
    ///
    /// Inside a region the young generation also holds the objects allocated before the
    /// region opened, which a collection there cannot free (and promotes, since they
    /// survive). So a collection is due there only once the region's own allocation is at
    /// least half of the young generation's; otherwise it waits for a safe point outside.
    #[inline]
    pub fn should_collect(&self) -> bool {
        // One comparison on the hot path (every loop back-edge and call checks this).
        self.young_volume >= self.trigger && self.due_here()
    }

    /// The rest of [`Heap::should_collect`], once `trigger` is reached.
    fn due_here(&self) -> bool {
        if self.stress || self.regions.is_empty() {
            return true;
        }
        self.young_volume >= self.nursery && self.region_may_collect()
    }

    /// Recomputes `trigger` after anything it depends on changed.
    fn update_trigger(&mut self) {
        self.trigger = if self.stress {
            0
        } else if !self.enabled {
            usize::MAX
        } else if self.old_bytes >= self.full_threshold {
            // Region-exit collections keep the young generation small, so the old
            // generation's growth must call for a full collection on its own.
            0
        } else {
            self.nursery
        };
    }

    /// Whether a collection inside the innermost region (if any) is worth what it promotes:
    /// the region's own allocation is at least half of the young generation, or no safe
    /// point outside the region has come for twice the nursery's volume (the program spends
    /// its time in callbacks from one native function).
    fn region_may_collect(&self) -> bool {
        self.regions.is_empty()
            || self.region_own_young() * 2 >= self.young_volume
            || self.young_volume >= 2 * self.nursery
    }

    /// Whether to collect as the innermost region closes, when the only objects of the
    /// region its opener can hold are what it is handed back (`result`): when the region
    /// allocated objects no collection has looked at, other than `result` itself (a key
    /// function building one tuple leaves nothing to free), and collecting is worth what
    /// it promotes (see [`Heap::should_collect`]). Always true in stress mode.
    pub fn should_collect_at_region_exit<T: Trace + 'static>(&self, result: Option<Gc<T>>) -> bool {
        if self.stress {
            return true;
        }
        let start = self.young_start();
        let fresh = self.young.len().saturating_sub(start);
        if fresh == 0 || !self.enabled {
            return false;
        }
        if fresh == 1 {
            let only = self.young[start];
            if result.is_some_and(|r| r.thin() == only) {
                return false;
            }
        }
        self.region_may_collect()
    }

    /// Switches automatic collection on or off (Python's `gc.enable()` / `gc.disable()`):
    /// [`Heap::should_collect`] answers false while it is off, except in stress mode.
    pub fn set_enabled(&mut self, enabled: bool) {
        self.enabled = enabled;
        self.update_trigger();
    }

    /// Whether automatic collection is on.
    pub fn is_enabled(&self) -> bool {
        self.enabled
    }

    /// Stress mode: [`Heap::should_collect`] always answers true, so a VM collects at every
    /// safe point, and full and young collections alternate where full ones may run. Used by
    /// tests to flush out handles that escaped the roots and writes that missed the barrier.
    pub fn set_stress(&mut self, stress: bool) {
        self.stress = stress;
        self.update_trigger();
    }

    /// Counts `bytes` that an object owns outside its box (a string's text, a list's item
    /// buffer, a big int's digits) toward the next automatic collection, so that programs
    /// whose garbage is mostly such buffers still collect often enough. Live-size accounting
    /// ([`HeapStats::bytes`]) is unchanged.
    pub fn add_pressure(&mut self, bytes: usize) {
        self.young_volume += bytes;
    }

    /// Opens a region: until it is closed, collections free only objects allocated after
    /// this call (see [`Region`]).
    pub fn open_region(&mut self) -> Region {
        let set_aside_from = self.set_aside.len();
        // SAFETY: the remembered set holds cells of objects not freed since they were
        // recorded (every collection empties it before freeing anything).
        unsafe { crate::cell::set_aside_remembered(&mut self.set_aside) };
        self.regions.push(OpenRegion {
            young_start: self.young.len(),
            volume_at_open: self.volume(),
            old: Vec::new(),
            old_bytes: 0,
            set_aside_from,
        });
        Region {
            depth: self.regions.len(),
        }
    }

    /// Closes the innermost region; its surviving objects join the enclosing one.
    ///
    /// # Panics
    /// If `region` is not the innermost open region.
    pub fn close_region(&mut self, region: Region) {
        assert_eq!(
            self.regions.len(),
            region.depth,
            "regions close innermost first"
        );
        let Some(closed) = self.regions.pop() else {
            return;
        };
        let from = closed.set_aside_from.min(self.set_aside.len());
        // Most regions (one per callback from native code: a sort key, a `map` function)
        // set nothing aside and promote nothing: skip the thread-local access and the
        // list merging then. The outermost region leaves its cells aside: the next
        // collection outside every region traces them with the remembered set, and the next
        // region need not set them aside again (a native function calling back once per
        // item moved the same few cells out and back for every item).
        if from < self.set_aside.len()
            && (!self.regions.is_empty() || self.set_aside.len() > MOST_LEFT_ASIDE)
        {
            let from = if self.regions.is_empty() { 0 } else { from };
            // SAFETY: a collection while the region was open would have emptied the list;
            // with none, nothing was freed since the cells were set aside.
            unsafe { crate::cell::restore_remembered(self.set_aside.drain(from..)) };
        }
        if closed.old.is_empty() && closed.old_bytes == 0 {
            return;
        }
        match self.regions.last_mut() {
            Some(outer) => {
                outer.old.extend(closed.old);
                outer.old_bytes += closed.old_bytes;
            }
            None => self.old.extend(closed.old),
        }
    }

    /// Where the innermost open region's objects start in the young list (0 when none is
    /// open: the whole young generation may be collected).
    fn young_start(&self) -> usize {
        self.regions.last().map_or(0, |r| r.young_start)
    }

    /// Young allocation volume that belongs to the innermost region: since it opened or
    /// since the last collection, whichever is later.
    fn region_own_young(&self) -> usize {
        self.region_volume().min(self.young_volume)
    }

    /// Everything ever allocated (boxes and reported buffers), in bytes.
    fn volume(&self) -> u64 {
        self.volume_collected + self.young_volume as u64
    }

    /// Bytes allocated (boxes and reported buffers) since the innermost open region opened.
    fn region_volume(&self) -> usize {
        match self.regions.last() {
            Some(r) => (self.volume() - r.volume_at_open) as usize,
            None => 0,
        }
    }

    /// Collects what is due: a full collection when the old generation has grown enough
    /// (or every other time in stress mode) and no region is open, a young one otherwise.
    /// Returns how many objects were freed.
    ///
    /// Only call this at a safe point: every handle the caller will dereference afterwards
    /// must be reachable from `roots` or predate the innermost open region (see the crate
    /// docs).
    pub fn collect(&mut self, roots: &dyn Trace) -> usize {
        let full_due = if self.stress {
            self.stress_toggle = !self.stress_toggle;
            self.stress_toggle
        } else {
            self.old_bytes >= self.full_threshold
        };
        // Inside a region a full collection can free only what the region promoted, so it
        // is worth its cost (marking the whole heap) only when that is at least half of
        // the growth that made it due.
        let worth_it = match self.regions.last() {
            None => true,
            Some(r) => self.stress || r.old_bytes * 6 >= self.full_threshold,
        };
        if full_due && worth_it {
            self.collect_full(roots)
        } else {
            self.collect_young(roots)
        }
    }

    /// Forgets the cells the open regions set aside: the collection under way makes every
    /// young object old, so they have nothing young to lead to (their flags already say
    /// they are not remembered).
    fn drop_set_aside(&mut self) {
        self.set_aside.clear();
        for region in &mut self.regions {
            region.set_aside_from = 0;
        }
    }

    /// The level (0: outside every region, `j`: the `j`-th open region) to whose old
    /// objects a young object at `index` of the young list belongs once promoted.
    fn level_of(&self, index: usize) -> usize {
        self.regions.partition_point(|r| r.young_start <= index)
    }

    /// Appends a promoted object to the old list of `level`.
    fn push_old(&mut self, level: usize, object: Thin, size: usize) {
        if level == 0 {
            self.old.push(object);
        } else {
            let region = &mut self.regions[level - 1];
            region.old.push(object);
            region.old_bytes += size;
        }
    }

    /// A young collection now (see [`Heap::collect`] for when it may be called).
    pub fn collect_young(&mut self, roots: &dyn Trace) -> usize {
        let started = Instant::now();
        self.peak_bytes = self.peak_bytes.max(self.bytes);
        let from = self.young_start();
        let mut tracer = Tracer {
            gray: Vec::new(),
            mode: TraceMode::Mark,
            young_only: true,
            visited: 0,
        };
        roots.trace(&mut tracer);
        // SAFETY: the remembered set holds cells of objects not yet freed (this is the first
        // collection since they were recorded, and it frees nothing before this call).
        unsafe { crate::cell::drain_remembered(Some(&mut tracer)) };
        if self.regions.is_empty() {
            // Outside every region the cells left aside by the last outermost region are
            // remembered cells like the others. (Inside one they lead only to objects
            // older than the region, which are kept.)
            // SAFETY: set-aside cells are of objects not freed since (every collection
            // drops the list before freeing anything).
            unsafe { crate::cell::trace_cells(&self.set_aside, &mut tracer) };
        }
        self.drop_set_aside();
        // Young objects older than the innermost region may be held by suspended native
        // code: they are roots.
        for &object in &self.young[..from] {
            // SAFETY: the young list holds exactly young allocations not yet freed.
            let header = unsafe { header_of(object) };
            if !header.marked.get() {
                header.marked.set(true);
                tracer.gray.push(self.fat(object));
            }
        }
        trace_gray(&mut tracer);
        // Marking is complete: a young object is freed below exactly when it is unmarked.
        // Objects kept for their finalizers first: weak references to them stay until they
        // are freed, after the finalizer ran (CPython's order for objects freed by
        // reference counting, the common case).
        self.resurrect_finalizable(&mut tracer, true, |h| !h.old.get() && !h.marked.get());
        self.clear_weak(true, |h| !h.old.get() && !h.marked.get());

        let mut freed = 0;
        let mut freed_bytes = 0;
        let mut tracked = 0;
        let mut keyed = 0;
        let young = mem::take(&mut self.young);
        let mut promote = Tracer {
            gray: Vec::new(),
            mode: TraceMode::Promote,
            young_only: false,
            visited: 0,
        };
        let mut spare = mem::take(&mut self.spare);
        let cap = SPARE_BOXES.min(young.len());
        for (index, &object) in young.iter().enumerate() {
            // SAFETY: the young list holds exactly young allocations not yet freed.
            let header = unsafe { header_of(object) };
            // Young objects older than the region were marked as roots above.
            if header.marked.get() {
                header.marked.set(false);
                self.promote_one(object, &mut promote);
                let level = self.level_of(index);
                self.push_old(level, object, header.size as usize);
                continue;
            }
            freed += 1;
            tracked += header.tracked() as usize;
            keyed += header.address_keyed() as u64;
            freed_bytes += header.size as usize;
            // SAFETY: the object is young, in the innermost region and unreachable from the
            // roots, the remembered set and the older young objects, and old objects reach
            // young ones only through remembered cells; so no handle to it will be
            // dereferenced again. It came from `alloc_with` and is dropped from the young
            // list below, so it is released exactly once.
            unsafe { release_box(&self.kinds, &mut spare, cap, object) };
        }
        self.spare = spare;
        let mut young = young;
        young.clear();
        self.young = young;
        for region in &mut self.regions {
            region.young_start = 0;
        }
        self.bytes -= freed_bytes;
        self.young_collections += 1;
        self.freed_young += freed;
        self.freed_address_keyed += keyed;
        // What a young collection visits outside the young generation (the root set, big
        // remembered containers) is overhead: allocate in proportion before the next one.
        self.nursery = (tracer.visited * VISIT_COST_BYTES)
            .min(self.old_bytes / YOUNG_SHARE_OF_OLD)
            .max(NURSERY_BYTES);
        self.unreachable = tracked;
        self.finish(started, Generation::Young, freed);
        freed
    }

    /// A full collection now (see [`Heap::collect`] for when it may be called). Inside a
    /// region it frees only the region's own objects, young and promoted; everything older
    /// is marked as a root.
    pub fn collect_full(&mut self, roots: &dyn Trace) -> usize {
        let started = Instant::now();
        self.peak_bytes = self.peak_bytes.max(self.bytes);
        let from = self.young_start();
        let depth = self.regions.len();
        let mut tracer = Tracer {
            gray: Vec::new(),
            mode: TraceMode::Mark,
            young_only: false,
            visited: 0,
        };
        roots.trace(&mut tracer);
        // Inside a region: what suspended native code may hold is everything older than
        // the region — the old lists of the enclosing levels and the young objects below
        // the region's start.
        let mut kept: Vec<Thin> = Vec::new();
        if depth > 0 {
            kept.extend(self.old.iter().copied());
            for region in &self.regions[..depth - 1] {
                kept.extend(region.old.iter().copied());
            }
            kept.extend(self.young[..from].iter().copied());
        }
        for &object in &kept {
            // SAFETY: every list holds allocations not yet freed.
            let header = unsafe { header_of(object) };
            if !header.marked.get() {
                header.marked.set(true);
                tracer.gray.push(self.fat(object));
            }
        }
        trace_gray(&mut tracer);
        // Marking is complete (what a region keeps is marked too): unmarked means freed.
        self.resurrect_finalizable(&mut tracer, false, |h| !h.marked.get());
        self.clear_weak(false, |h| !h.marked.get());
        // SAFETY: as in `collect_young`; nothing has been freed yet. Marking found every
        // live object, and every young survivor is promoted below, so the remembered set is
        // not needed, only emptied.
        unsafe { crate::cell::drain_remembered(None) };
        self.drop_set_aside();
        for &object in &kept {
            // SAFETY: as above; these are not swept, so their marks are cleared here.
            unsafe { header_of(object) }.marked.set(false);
        }

        let mut freed = 0;
        let mut freed_bytes = 0;
        let mut freed_old_bytes = 0;
        let mut tracked = 0;
        let mut keyed = 0;
        // A copy (a few entries), so the sweep can free while `self` promotes.
        let kinds = self.kinds.clone();
        let mut spare = mem::take(&mut self.spare);
        let cap = SPARE_BOXES.min(self.young.len().max(spare.len()));
        let mut sweep = |object: &Thin, old: bool| {
            // SAFETY: the lists hold exactly the allocations not yet freed.
            let header = unsafe { header_of(*object) };
            if header.marked.get() {
                header.marked.set(false);
                true
            } else {
                freed += 1;
                freed_bytes += header.size as usize;
                if old {
                    freed_old_bytes += header.size as usize;
                }
                tracked += header.tracked() as usize;
                keyed += header.address_keyed() as u64;
                // SAFETY: unreachable from the roots and from everything older than the
                // innermost region, so by the heap contract no handle to it will be
                // dereferenced again; it leaves its list here, so it is released once.
                unsafe { release_box(&kinds, &mut spare, cap, *object) };
                false
            }
        };
        if depth == 0 {
            self.old.retain(|o| sweep(o, true));
        } else {
            let region = &mut self.regions[depth - 1];
            region.old.retain(|o| sweep(o, true));
        }
        let young = mem::take(&mut self.young);
        let mut promote = Tracer {
            gray: Vec::new(),
            mode: TraceMode::Promote,
            young_only: false,
            visited: 0,
        };
        for (index, object) in young.iter().enumerate() {
            if index >= from && !sweep(object, false) {
                continue;
            }
            // SAFETY: kept or surviving, so still allocated.
            let size = unsafe { header_of(*object) }.size as usize;
            self.promote_one(*object, &mut promote);
            let level = self.level_of(index);
            self.push_old(level, *object, size);
        }
        self.spare = spare;
        let mut young = young;
        young.clear();
        self.young = young;
        for region in &mut self.regions {
            region.young_start = 0;
        }
        self.bytes -= freed_bytes;
        if depth == 0 {
            self.old_bytes = self.bytes;
        } else {
            self.old_bytes -= freed_old_bytes;
            let region = &mut self.regions[depth - 1];
            region.old_bytes = region.old_bytes.saturating_sub(freed_old_bytes);
        }
        self.full_threshold = (self.old_bytes + self.old_bytes / 2).max(MIN_FULL_THRESHOLD_BYTES);
        self.full_collections += 1;
        self.unreachable = tracked;
        self.freed_address_keyed += keyed;
        self.finish(started, Generation::Full, freed);
        freed
    }

    /// Makes a young survivor old: sets its flag, counts it, and tells its cells.
    fn promote_one(&mut self, object: Thin, tracer: &mut Tracer) {
        // SAFETY: survivors are allocated.
        let header = unsafe { header_of(object) };
        header.old.set(true);
        self.old_bytes += header.size as usize;
        let kind = kind_in(&self.kinds, object);
        // SAFETY: the box is live and holds the type its header names.
        unsafe { (kind.trace)(object, tracer) };
    }

    fn finish(&mut self, started: Instant, generation: Generation, freed: usize) {
        self.volume_collected += self.young_volume as u64;
        self.young_volume = 0;
        self.update_trigger();
        if !self.regions.is_empty() {
            self.region_collections += 1;
        }
        self.freed += freed;
        let pause = started.elapsed().as_micros().min(u32::MAX as u128) as u32;
        match generation {
            Generation::Young => self.young_pauses.record(pause),
            Generation::Full => self.full_pauses.record(pause),
        }
    }

    /// Points the weak slot `slot(owner)` at `target` and registers it, so that the
    /// collection that frees `target` clears the slot first (and reports `owner` through
    /// [`Heap::take_cleared_weak`]).
    ///
    /// # Panics
    /// If the slot does not lie inside `owner`'s allocation, or was set before (a slot is
    /// set once, as a Python weak reference is).
    pub fn set_weak<O: Trace + 'static, T: Trace + 'static>(
        &mut self,
        owner: Gc<O>,
        slot: impl for<'a> FnOnce(&'a O) -> &'a GcWeak<T>,
        target: Gc<T>,
    ) {
        self.register_weak(owner, slot, target, false);
    }

    /// Like [`Heap::set_weak`], and makes the slot `target`'s shared one, which
    /// [`Heap::shared_weak_owner`] finds (Python's callback-less `weakref.ref`, handed out
    /// again while it lives), unless `target` has one already.
    pub fn set_shared_weak<O: Trace + 'static, T: Trace + 'static>(
        &mut self,
        owner: Gc<O>,
        slot: impl for<'a> FnOnce(&'a O) -> &'a GcWeak<T>,
        target: Gc<T>,
    ) {
        self.register_weak(owner, slot, target, true);
    }

    fn register_weak<O: Trace + 'static, T: Trace + 'static>(
        &mut self,
        owner: Gc<O>,
        slot: impl for<'a> FnOnce(&'a O) -> &'a GcWeak<T>,
        target: Gc<T>,
        shared: bool,
    ) {
        let slot = slot(&*owner);
        let start = owner.box_ptr().as_ptr() as usize;
        let end = start + mem::size_of::<GcBox<O>>();
        let at = slot as *const GcWeak<T> as usize;
        assert!(
            at >= start && at + mem::size_of::<GcWeak<T>>() <= end,
            "a weak slot must lie inside its owner"
        );
        assert!(!slot.mark_registered(), "a weak slot is set once");
        slot.set(target);
        let erased: &dyn WeakSlot = slot;
        self.weak.register(
            (owner.erase(), TypeId::of::<O>()),
            NonNull::from(erased),
            target.erase(),
            shared,
        );
    }

    /// The owners (of type `O`) of the weak slots the last collection cleared because their
    /// targets were freed. Call it right after a collection: the list is reset by the next.
    pub fn take_cleared_weak<O: Trace + 'static>(&mut self) -> Vec<Gc<O>> {
        take_of_type(self.weak.cleared_mut())
    }

    /// How many registered weak slots point at `target` (Python's `getweakrefcount`).
    pub fn weak_count<T: Trace + 'static>(&self, target: Gc<T>) -> usize {
        self.weak.count_to(target.erase())
    }

    /// The owners (of type `O`) of the registered weak slots that point at `target`, in
    /// CPython's order (Python's `getweakrefs`): the shared one first, then the others
    /// newest first.
    pub fn weak_owners<O: Trace + 'static, T: Trace + 'static>(&self, target: Gc<T>) -> Vec<Gc<O>> {
        let want = TypeId::of::<O>();
        self.weak
            .owners_of(target.erase())
            .filter(|&(_, ty)| ty == want)
            // The owner was registered with type `O` (checked above), and the registry
            // holds live owners only.
            .map(|(owner, _)| Gc::from_box(owner.cast::<GcBox<O>>()))
            .collect()
    }

    /// The owner of `target`'s shared weak slot ([`Heap::set_shared_weak`]), if it has one
    /// and it is an `O`.
    pub fn shared_weak_owner<O: Trace + 'static, T: Trace + 'static>(
        &self,
        target: Gc<T>,
    ) -> Option<Gc<O>> {
        let (owner, ty) = self.weak.shared_of(target.erase())?;
        // As in `weak_owners`.
        (ty == TypeId::of::<O>()).then(|| Gc::from_box(owner.cast::<GcBox<O>>()))
    }

    /// Registers `object` as having a finalizer (Python's `__del__`): the first collection
    /// that finds it unreachable keeps it, and everything it reaches, alive for one more
    /// cycle and reports it through [`Heap::take_to_finalize`]; it is freed by a later
    /// collection if still unreachable then (PEP 442: each finalizer runs once, and an
    /// object its finalizer resurrects is simply kept).
    pub fn register_finalizer<T: Trace + 'static>(&mut self, object: Gc<T>) {
        self.finalizable.push((object.erase(), TypeId::of::<T>()));
    }

    /// The objects (of type `T`) whose finalizers the last collection asks to run. Call it
    /// right after a collection: the list is reset by the next.
    pub fn take_to_finalize<T: Trace + 'static>(&mut self) -> Vec<Gc<T>> {
        take_of_type(&mut self.to_finalize)
    }

    /// Every object (of type `T`) whose finalizer has not run, unregistering them: what a
    /// program's owner finalizes at exit.
    pub fn take_all_finalizable<T: Trace + 'static>(&mut self) -> Vec<Gc<T>> {
        // Entries may leave from anywhere: the next collection looks at every one.
        self.finalizable_checked = 0;
        take_of_type(&mut self.finalizable)
    }

    /// After marking: keeps alive (marks, and traces from) every registered finalizable
    /// object about to be freed, and moves it to `to_finalize`. A young collection
    /// (`young_only`) looks only at the objects registered since the last collection.
    fn resurrect_finalizable(
        &mut self,
        tracer: &mut Tracer,
        young_only: bool,
        doomed: impl Fn(&Header) -> bool,
    ) {
        self.to_finalize.clear();
        let from = if young_only {
            self.finalizable_checked.min(self.finalizable.len())
        } else {
            0
        };
        let mut ready = Vec::new();
        let mut recent = self.finalizable.split_off(from);
        recent.retain(|&(object, ty)| {
            // SAFETY: registered objects are live until a collection frees them, and this
            // one removes them from the registry first (here) when it would.
            let header = unsafe { &object.as_ref().header };
            if !doomed(header) {
                return true;
            }
            header.marked.set(true);
            tracer.gray.push(object);
            ready.push((object, ty));
            false
        });
        self.finalizable.append(&mut recent);
        // Every object still registered survives this collection, so it is old after it.
        self.finalizable_checked = self.finalizable.len();
        trace_gray(tracer);
        self.to_finalize = ready;
    }

    /// After marking: unregisters the weak slots of owners about to be freed and clears
    /// the slots whose targets are about to be freed (`doomed` says which, from the header).
    /// A young collection (`young_only`) looks only at the slots registered since the last
    /// collection.
    fn clear_weak(&mut self, young_only: bool, doomed: impl Fn(&Header) -> bool) {
        self.weak.clear_doomed(young_only, |object| {
            // SAFETY: the registry asks only about live owners and targets, and nothing is
            // freed before this collection's sweep, which comes later.
            doomed(unsafe { &object.as_ref().header })
        });
    }

    /// Checks the heap's invariants without changing anything: every handle reachable from
    /// `roots` (or from an object older than the innermost region) points to a live
    /// allocation; flags agree with the generation lists; and every young object that a
    /// full marking reaches is also reached the way a young collection looks (roots,
    /// remembered cells, young objects older than the region, not entering old objects), so
    /// no write skipped the barrier. Returns what is wrong, if anything. Costs a full
    /// traversal with hash sets: for tests and debug builds.
    pub fn verify(&self, roots: &dyn Trace) -> Result<(), String> {
        self.verify_with(roots, roots)
    }

    /// Like [`Heap::verify`], for a young collection that will be given `young_roots`, a
    /// subset of `roots` that the caller knows suffices (every young object reachable from
    /// `roots` must be reachable the young way from `young_roots`).
    pub fn verify_with(&self, roots: &dyn Trace, young_roots: &dyn Trace) -> Result<(), String> {
        use std::collections::HashSet;
        let addr = |o: GcBoxDyn| o.as_ptr() as *const u8 as usize;
        let thin_addr = |o: Thin| o.as_ptr() as usize;
        let old_lists: Vec<&Vec<Thin>> = std::iter::once(&self.old)
            .chain(self.regions.iter().map(|r| &r.old))
            .collect();
        let old: HashSet<usize> = old_lists
            .iter()
            .flat_map(|l| l.iter())
            .map(|&o| thin_addr(o))
            .collect();
        let young: HashSet<usize> = self.young.iter().map(|&o| thin_addr(o)).collect();
        let lists = old_lists
            .iter()
            .map(|l| (*l, true, "old"))
            .chain(std::iter::once((&self.young, false, "young")));
        for (list, want_old, name) in lists {
            for &object in list.iter() {
                // SAFETY: the lists hold exactly the allocations not yet freed.
                let header = unsafe { header_of(object) };
                if header.old.get() != want_old || header.marked.get() {
                    return Err(format!(
                        "{name} object {:#x} has wrong flags",
                        thin_addr(object)
                    ));
                }
            }
        }
        for entry in self.weak.entries() {
            let owner = addr(entry.owner);
            if !old.contains(&owner) && !young.contains(&owner) {
                return Err(format!("a weak slot's owner at {owner:#x} was freed"));
            }
            // SAFETY: the owner is live (checked above) and the slot lies inside it.
            if let Some(target) = unsafe { entry.slot.as_ref() }.target() {
                let t = addr(target);
                if !old.contains(&t) && !young.contains(&t) {
                    return Err(format!("a weak slot points to freed memory at {t:#x}"));
                }
            }
        }
        if !self.weak.index_agrees() {
            return Err("the weak slots' index by target disagrees with the registry".into());
        }
        let from = self.young_start();
        // Full reachability: roots, and everything older than the region (kept regardless).
        let mut start = Tracer {
            gray: Vec::new(),
            mode: TraceMode::Verify,
            young_only: false,
            visited: 0,
        };
        roots.trace(&mut start);
        let mut everything = start.gray.clone();
        if let Some((_, outer)) = self.regions.split_last() {
            everything.extend(self.old.iter().map(|&o| self.fat(o)));
            for region in outer {
                everything.extend(region.old.iter().map(|&o| self.fat(o)));
            }
            everything.extend(self.young[..from].iter().map(|&o| self.fat(o)));
        }
        let reach = |seeds: Vec<GcBoxDyn>, enter_old: bool| -> Result<HashSet<usize>, String> {
            let mut seen = HashSet::new();
            let mut tracer = Tracer {
                gray: seeds,
                mode: TraceMode::Verify,
                young_only: false,
                visited: 0,
            };
            while let Some(object) = tracer.gray.pop() {
                let a = addr(object);
                let is_old = old.contains(&a);
                if !is_old && !young.contains(&a) {
                    return Err(format!(
                        "a reachable handle points to freed memory at {a:#x}"
                    ));
                }
                if (is_old && !enter_old) || !seen.insert(a) {
                    continue;
                }
                // SAFETY: `a` is in one of the lists, so the object is allocated.
                unsafe { object.as_ref() }.value.trace(&mut tracer);
            }
            Ok(seen)
        };
        let full = reach(everything, true)?;
        // What a young collection would find.
        let mut young_start = Tracer {
            gray: Vec::new(),
            mode: TraceMode::Verify,
            young_only: true,
            visited: 0,
        };
        young_roots.trace(&mut young_start);
        let mut young_seeds = young_start.gray;
        let mut remembered = Tracer {
            gray: Vec::new(),
            mode: TraceMode::Verify,
            young_only: true,
            visited: 0,
        };
        // SAFETY: the remembered set holds cells of live old objects (nothing was freed
        // since they were recorded), and so does the set-aside list.
        unsafe { crate::cell::trace_remembered(&mut remembered) };
        if self.regions.is_empty() {
            // SAFETY: as above.
            unsafe { crate::cell::trace_cells(&self.set_aside, &mut remembered) };
        }
        young_seeds.extend(remembered.gray);
        young_seeds.extend(self.young[..from].iter().map(|&o| self.fat(o)));
        let by_young = reach(young_seeds, false)?;
        for &object in &self.young {
            let a = thin_addr(object);
            if full.contains(&a) && !by_young.contains(&a) {
                return Err(format!(
                    "young object {a:#x} is reachable only through an old object whose cell \
                     missed the write barrier"
                ));
            }
        }
        Ok(())
    }

    /// The pauses of the collections of one generation so far.
    pub fn pauses(&self, generation: Generation) -> &PauseLog {
        match generation {
            Generation::Young => &self.young_pauses,
            Generation::Full => &self.full_pauses,
        }
    }

    /// Current counters.
    pub fn stats(&self) -> HeapStats {
        HeapStats {
            objects: self.old.len()
                + self.regions.iter().map(|r| r.old.len()).sum::<usize>()
                + self.young.len(),
            bytes: self.bytes,
            peak_bytes: self.peak_bytes.max(self.bytes),
            young_objects: self.young.len(),
            young_collections: self.young_collections,
            full_collections: self.full_collections,
            region_collections: self.region_collections,
            freed: self.freed,
            freed_young: self.freed_young,
            unreachable: self.unreachable,
            freed_address_keyed: self.freed_address_keyed,
        }
    }
}

/// Removes the entries of type `T` from `list` and gives them as handles.
fn take_of_type<T: Trace + 'static>(list: &mut Vec<(GcBoxDyn, TypeId)>) -> Vec<Gc<T>> {
    let want = TypeId::of::<T>();
    let mut taken = Vec::new();
    list.retain(|&(object, ty)| {
        if ty != want {
            return true;
        }
        // The entry was recorded with type `T` (checked above), and every list this is
        // used on holds only live objects (each is reset or pruned by every collection).
        taken.push(Gc::from_box(object.cast::<GcBox<T>>()));
        false
    });
    taken
}

/// The functions for a live allocation's type, by its header.
#[inline]
fn kind_in(kinds: &[Kind], thin: Thin) -> Kind {
    // SAFETY: `thin` comes from a generation list, which holds live allocations only.
    let kind = unsafe { header_of(thin) }.kind;
    kinds[kind as usize]
}

/// Frees an allocation from a generation list.
///
/// # Safety
/// `thin` must be live, unreachable by any handle that will be dereferenced again, and
/// leave its list, so that it is freed once.
#[inline]
unsafe fn free_box(kinds: &[Kind], thin: Thin) {
    // SAFETY: the header names the type the box was allocated with; the caller's promise
    // is `free`'s.
    unsafe { (kind_in(kinds, thin).free)(thin) };
}

/// Releases an unreachable allocation from a generation list: a box of the first type
/// is kept in `spare` for reuse (its value dropped) while there are fewer than `cap` (at
/// most [`SPARE_BOXES`]), any other is freed.
///
/// # Safety
/// As [`free_box`]'s; `spare` must be the heap's spare list (boxes of `kinds[0]`'s type).
#[inline]
unsafe fn release_box(kinds: &[Kind], spare: &mut Vec<Thin>, cap: usize, thin: Thin) {
    // SAFETY: the caller promises a live allocation.
    let kind = unsafe { header_of(thin) }.kind;
    if kind == 0 && spare.len() < cap {
        // SAFETY: the header says the box holds `kinds[0]`'s type; the caller's promise
        // (unreachable, leaving its list) lets its value be dropped, and the box, no longer
        // in any list, is only reused through `spare`.
        unsafe { (kinds[0].drop_value)(thin) };
        spare.push(thin);
    } else {
        // SAFETY: the caller's promise is `free_box`'s.
        unsafe { free_box(kinds, thin) };
    }
}

/// Traces everything on the gray list until it is empty.
fn trace_gray(tracer: &mut Tracer) {
    while let Some(object) = tracer.gray.pop() {
        // SAFETY: everything on the gray list was reached from the roots, so it is live.
        unsafe { object.as_ref() }.value.trace(tracer);
    }
}

impl Drop for Heap {
    fn drop(&mut self) {
        // SAFETY: every remembered cell is still allocated (nothing was freed since they
        // were recorded); the set is emptied before the objects go.
        unsafe { crate::cell::drain_remembered(None) };
        let regions = mem::take(&mut self.regions);
        let region_objects = regions.into_iter().flat_map(|r| r.old);
        for object in self
            .old
            .drain(..)
            .chain(region_objects)
            .chain(self.young.drain(..))
        {
            // SAFETY: the heap is going away, so no handle may be used again (handles do not
            // outlive their heap under the contract); each allocation is freed once.
            unsafe { free_box(&self.kinds, object) };
        }
        for block in self.spare.drain(..) {
            // SAFETY: spare boxes are allocations of `kinds[0]`'s type whose values were
            // dropped, in no generation list; each leaves the spare list once.
            unsafe { (self.kinds[0].dealloc)(block) };
        }
        HEAP_ON_THREAD.with(|on| on.set(false));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::GcRefCell;

    struct Node {
        next: GcRefCell<Option<Gc<Node>>>,
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
            next: GcRefCell::new(None),
            payload,
        })
    }

    /// A value of another type, aligned to 16, that counts its drops.
    #[repr(align(16))]
    struct Wide {
        drops: std::rc::Rc<Cell<u32>>,
        other: GcRefCell<Option<Gc<Node>>>,
    }

    // SAFETY: reports its one handle.
    unsafe impl Trace for Wide {
        fn trace(&self, tracer: &mut Tracer) {
            self.other.trace(tracer);
        }
    }

    impl Drop for Wide {
        fn drop(&mut self) {
            self.drops.set(self.drops.get() + 1);
        }
    }

    #[test]
    fn values_of_several_types_are_traced_and_dropped_as_their_own_type() {
        let mut heap = Heap::new();
        let drops = std::rc::Rc::new(Cell::new(0));
        let mut kept = Vec::new();
        for i in 0..40u64 {
            let n = node(&mut heap, i);
            let w = heap.alloc(Wide {
                drops: drops.clone(),
                other: GcRefCell::new(Some(n)),
            });
            assert_eq!(w.addr() % 16, 0, "a box keeps its value's alignment");
            if i % 4 == 0 {
                kept.push(w);
            }
        }
        assert_eq!(heap.kinds.len(), 2);
        // Young: the unkept `Wide`s and their nodes go; the kept ones hold their nodes.
        heap.collect_young(&kept);
        assert_eq!(drops.get(), 30);
        assert_eq!(heap.stats().objects, 20);
        for w in &kept {
            let n = w.other.borrow().expect("set");
            assert_eq!(n.payload % 4, 0);
        }
        kept.truncate(5);
        heap.collect_full(&kept);
        assert_eq!(drops.get(), 35);
        assert_eq!(heap.stats().objects, 10);
        drop(heap);
        assert_eq!(drops.get(), 40, "dropping the heap drops every value once");
    }

    /// A value that counts its drops.
    struct Counted {
        drops: std::rc::Rc<Cell<u32>>,
    }

    // SAFETY: holds no handles.
    unsafe impl Trace for Counted {
        fn trace(&self, _: &mut Tracer) {}
    }

    impl Drop for Counted {
        fn drop(&mut self) {
            self.drops.set(self.drops.get() + 1);
        }
    }

    #[test]
    fn freed_boxes_of_the_first_type_are_reused_and_their_values_dropped_once() {
        let mut heap = Heap::new();
        let drops = std::rc::Rc::new(Cell::new(0));
        let counted = |heap: &mut Heap| {
            heap.alloc(Counted {
                drops: drops.clone(),
            })
        };
        let freed: Vec<usize> = (0..10).map(|_| counted(&mut heap).addr()).collect();
        assert_eq!(heap.collect_young(&()), 10);
        assert_eq!(
            drops.get(),
            10,
            "a spare box's value is dropped when it is freed"
        );
        assert_eq!(heap.spare.len(), 10);
        let kept = counted(&mut heap);
        assert!(freed.contains(&kept.addr()), "a spare box is reused");
        assert_eq!(heap.spare.len(), 9);
        // A second type is allocated as before and never takes a spare box.
        let other = node(&mut heap, 7);
        assert!(!freed.contains(&other.addr()));
        assert_eq!(heap.collect_full(&kept), 1);
        assert_eq!(drops.get(), 10);
        let again = counted(&mut heap);
        assert_eq!(heap.collect_young(&(kept, again)), 0);
        assert_eq!(heap.stats().objects, 2);
        drop(heap);
        assert_eq!(
            drops.get(),
            12,
            "dropping the heap drops every live value once"
        );
    }

    #[test]
    fn unreachable_objects_are_freed_and_roots_survive() {
        let mut heap = Heap::new();
        let root = node(&mut heap, 1);
        let child = node(&mut heap, 2);
        *root.next.borrow_mut() = Some(child);
        node(&mut heap, 3);
        assert_eq!(heap.stats().objects, 3);
        assert_eq!(heap.collect_young(&root), 1);
        assert_eq!(heap.stats().objects, 2);
        assert_eq!(root.next.borrow().unwrap().payload, 2);
        assert_eq!(heap.collect_full(&root), 0);
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
                peak_bytes: 2 * mem::size_of::<GcBox<Node>>(),
                young_objects: 0,
                young_collections: 1,
                full_collections: 0,
                region_collections: 0,
                freed: 2,
                freed_young: 2,
                unreachable: 2,
                freed_address_keyed: 0,
            }
        );
    }

    #[test]
    fn old_cycles_wait_for_a_full_collection() {
        let mut heap = Heap::new();
        let a = node(&mut heap, 1);
        *a.next.borrow_mut() = Some(a);
        assert_eq!(heap.collect_young(&a), 0);
        // Old now: a young collection does not look at it, a full one frees it.
        assert_eq!(heap.collect_young(&()), 0);
        assert_eq!(heap.collect_full(&()), 1);
        assert_eq!(heap.stats().objects, 0);
    }

    /// A node whose links are a [`crate::GcCellPair`] (the barrier state in a pointer's
    /// low bits).
    struct Paired {
        pair: crate::GcCellPair<Option<Gc<Paired>>, Paired>,
        payload: u64,
    }

    // SAFETY: reports both handles of its pair.
    unsafe impl Trace for Paired {
        fn trace(&self, tracer: &mut Tracer) {
            self.pair.trace(tracer);
        }
    }

    #[test]
    fn a_pair_keeps_its_barrier_state_beside_the_pointer() {
        assert_eq!(
            mem::size_of::<crate::GcCellPair<Option<Gc<Paired>>, Paired>>(),
            16
        );
        let mut heap = Heap::new();
        let old = heap.alloc(Paired {
            pair: crate::GcCellPair::new(None),
            payload: 1,
        });
        heap.collect_young(&old);
        assert!(old.pair.get_second().is_none());
        // Old now: storing a young handle in either slot records the pair once.
        let second = heap.alloc(Paired {
            pair: crate::GcCellPair::new(None),
            payload: 2,
        });
        assert!(old.pair.set_second(second).is_ok());
        assert_eq!(crate::remembered_len(), 1);
        let first = heap.alloc(Paired {
            pair: crate::GcCellPair::new(None),
            payload: 3,
        });
        old.pair.set(Some(first));
        assert_eq!(crate::remembered_len(), 1);
        assert!(
            old.pair.set_second(first).is_err(),
            "the second slot is set once"
        );
        assert_eq!(heap.collect_young(&old), 0);
        assert_eq!(crate::remembered_len(), 0);
        assert_eq!(old.pair.get_second().map(|p| p.payload), Some(2));
        assert_eq!(old.pair.get_second_handle().map(|p| p.payload), Some(2));
        assert_eq!(old.pair.get().map(|p| p.payload), Some(3));
        // Both old: dropping the first frees it, the second stays.
        old.pair.set(None);
        assert_eq!(crate::remembered_len(), 1);
        assert_eq!(heap.collect_full(&old), 1);
        assert_eq!(old.pair.get_second().map(|p| p.payload), Some(2));
        assert_eq!(old.payload, 1);
    }

    #[test]
    fn a_young_object_stored_in_an_old_one_survives_a_young_collection() {
        let mut heap = Heap::new();
        let old = node(&mut heap, 1);
        heap.collect_young(&old);
        let young = node(&mut heap, 2);
        // The write barrier remembers the old object's cell; nothing else reaches `young`.
        *old.next.borrow_mut() = Some(young);
        assert_eq!(crate::remembered_len(), 1);
        node(&mut heap, 3);
        assert_eq!(heap.collect_young(&old), 1);
        assert_eq!(crate::remembered_len(), 0);
        assert_eq!(old.next.borrow().unwrap().payload, 2);
        // Both old now; overwrite and drop: the next full collection frees the orphan.
        *old.next.borrow_mut() = None;
        assert_eq!(heap.collect_full(&old), 1);
        assert_eq!(old.payload, 1);
    }

    #[test]
    fn a_write_borrow_held_across_a_collection_stays_remembered() {
        let mut heap = Heap::new();
        let young_holder = node(&mut heap, 1);
        let mut writing = young_holder.next.borrow_mut();
        // Promoted while the borrow is out: later writes through it skip the barrier, so
        // the cell stays in the remembered set.
        heap.collect_young(&young_holder);
        let fresh = node(&mut heap, 2);
        *writing = Some(fresh);
        drop(writing);
        assert_eq!(heap.collect_young(&young_holder), 0);
        assert_eq!(young_holder.next.borrow().unwrap().payload, 2);
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
        assert_eq!(heap.collect_full(&head), 0);
        assert_eq!(heap.collect_full(&()), length as usize);
    }

    #[test]
    fn a_region_frees_only_its_own_unreachable_objects() {
        let mut heap = Heap::new();
        // Held only by "native code": unreachable from the roots, but older than the region.
        let held = node(&mut heap, 1);
        let region = heap.open_region();
        let young_garbage = node(&mut heap, 2);
        *young_garbage.next.borrow_mut() = Some(young_garbage);
        let kept_by_old = node(&mut heap, 3);
        *held.next.borrow_mut() = Some(kept_by_old);
        assert_eq!(heap.collect(&()), 1);
        assert_eq!(held.payload, 1);
        assert_eq!(held.next.borrow().unwrap().payload, 3);
        heap.close_region(region);
        assert_eq!(heap.stats().region_collections, 1);
        // Closed: a full collection may run again.
        assert_eq!(heap.collect_full(&()), 2);
        assert_eq!(heap.stats().objects, 0);
    }

    #[test]
    fn nested_regions_keep_the_outer_regions_objects() {
        let mut heap = Heap::new();
        let outer = heap.open_region();
        let outer_object = node(&mut heap, 1);
        let inner = heap.open_region();
        node(&mut heap, 2);
        let root = node(&mut heap, 3);
        assert_eq!(heap.collect(&root), 1);
        assert_eq!(outer_object.payload, 1);
        heap.close_region(inner);
        heap.close_region(outer);
        assert_eq!(heap.collect_full(&root), 1);
        assert_eq!(heap.stats().objects, 1);
        assert_eq!(root.payload, 3);
    }

    #[test]
    #[should_panic(expected = "regions close innermost first")]
    fn regions_close_innermost_first() {
        let mut heap = Heap::new();
        let outer = heap.open_region();
        let _inner = heap.open_region();
        heap.close_region(outer);
    }

    #[test]
    fn a_full_collection_inside_a_region_frees_only_what_the_region_promoted() {
        let mut heap = Heap::new();
        // Held by "native code" only: older than the region, young and old.
        let held_old = node(&mut heap, 1);
        heap.collect_young(&held_old);
        let held_young = node(&mut heap, 2);
        let region = heap.open_region();
        let root = node(&mut heap, 3);
        let promoted = node(&mut heap, 4);
        *root.next.borrow_mut() = Some(promoted);
        heap.collect_young(&root);
        assert_eq!(heap.verify(&root), Ok(()));
        // Dropped after promotion: only a full collection can free it, and inside the
        // region one may, without touching the older objects.
        *root.next.borrow_mut() = None;
        assert_eq!(heap.collect_full(&root), 1);
        assert_eq!(heap.verify(&root), Ok(()));
        assert_eq!(held_old.payload + held_young.payload, 3);
        heap.close_region(region);
        assert_eq!(heap.collect_full(&root), 2);
        assert_eq!(heap.stats().objects, 1);
    }

    #[test]
    fn a_region_sets_aside_the_cells_written_before_it_opened() {
        let mut heap = Heap::new();
        let before = node(&mut heap, 1);
        let during = node(&mut heap, 2);
        let roots = (before, during);
        heap.collect_young(&roots);
        // Written before the region opens: a young object in an old cell.
        let caller_young = node(&mut heap, 3);
        *before.next.borrow_mut() = Some(caller_young);
        assert_eq!(crate::cell::remembered_len(), 1);
        let region = heap.open_region();
        assert_eq!(crate::cell::remembered_len(), 0);
        // Written during the region: recorded, and what it leads to survives.
        let region_young = node(&mut heap, 4);
        *during.next.borrow_mut() = Some(region_young);
        node(&mut heap, 5);
        assert_eq!(crate::cell::remembered_len(), 1);
        assert_eq!(heap.verify(&roots), Ok(()));
        assert_eq!(heap.collect_young(&()), 1);
        assert_eq!(during.next.borrow().unwrap().payload, 4);
        assert_eq!(before.next.borrow().unwrap().payload, 3);
        heap.close_region(region);
        // The collection made everything old: nothing was left to put back.
        assert_eq!(crate::cell::remembered_len(), 0);
        assert_eq!(heap.verify(&roots), Ok(()));
    }

    #[test]
    fn a_region_closed_without_collecting_puts_the_set_aside_cells_back() {
        let mut heap = Heap::new();
        let old = node(&mut heap, 1);
        let other = node(&mut heap, 2);
        let roots = (old, other);
        heap.collect_young(&roots);
        let young = node(&mut heap, 3);
        *old.next.borrow_mut() = Some(young);
        let outer = heap.open_region();
        let inner = heap.open_region();
        // Written again inside: recorded again, and not twice once the regions close.
        *old.next.borrow_mut() = Some(young);
        *other.next.borrow_mut() = Some(young);
        heap.close_region(inner);
        heap.close_region(outer);
        // `old`'s cell, set aside by the outer region, stays aside; `other`'s, written
        // inside, is in the set (and `old`'s too, written again inside).
        assert_eq!(crate::cell::remembered_len(), 2);
        assert_eq!(heap.set_aside.len(), 1);
        assert_eq!(heap.verify(&roots), Ok(()));
        // Outside every region, the young object is found through the remembered cells.
        assert_eq!(heap.collect_young(&roots), 0);
        assert_eq!(old.next.borrow().unwrap().payload, 3);
    }

    #[test]
    fn cells_left_aside_by_the_outermost_region_are_traced_by_the_next_collection() {
        let mut heap = Heap::new();
        let old = node(&mut heap, 1);
        heap.collect_young(&old);
        let young = node(&mut heap, 2);
        *old.next.borrow_mut() = Some(young);
        let region = heap.open_region();
        heap.close_region(region);
        assert_eq!(crate::cell::remembered_len(), 0);
        assert_eq!(heap.set_aside.len(), 1);
        // The next region has nothing to move.
        let region = heap.open_region();
        assert_eq!(heap.set_aside.len(), 1);
        heap.close_region(region);
        assert_eq!(heap.verify(&old), Ok(()));
        // The young object is reached only through the cell left aside.
        assert_eq!(heap.collect_young(&old), 0);
        assert!(heap.set_aside.is_empty());
        assert_eq!(old.next.borrow().unwrap().payload, 2);
        assert_eq!(heap.verify(&old), Ok(()));
        // Written again after being left aside: in the set and aside, traced once each.
        let young = node(&mut heap, 3);
        *old.next.borrow_mut() = Some(young);
        let region = heap.open_region();
        heap.close_region(region);
        *old.next.borrow_mut() = Some(young);
        assert_eq!(crate::cell::remembered_len(), 1);
        assert_eq!(heap.collect_young(&old), 0);
        assert_eq!(old.next.borrow().unwrap().payload, 3);
    }

    #[test]
    fn a_region_exit_with_only_the_result_allocated_does_not_collect() {
        let mut heap = Heap::new();
        let region = heap.open_region();
        assert!(!heap.should_collect_at_region_exit::<Node>(None));
        let result = node(&mut heap, 1);
        assert!(!heap.should_collect_at_region_exit(Some(result)));
        assert!(heap.should_collect_at_region_exit::<Node>(None));
        node(&mut heap, 2);
        assert!(heap.should_collect_at_region_exit(Some(result)));
        heap.close_region(region);
    }

    #[test]
    fn young_collections_look_only_at_weak_slots_and_finalizers_registered_since_the_last() {
        let mut heap = Heap::new();
        let a = node(&mut heap, 1);
        heap.register_finalizer(a);
        heap.collect_young(&a);
        assert_eq!(heap.finalizable_checked, 1);
        // Old now: a young collection cannot free it, a full one runs its finalizer.
        assert_eq!(heap.collect_young(&()), 0);
        assert!(heap.take_to_finalize::<Node>().is_empty());
        let b = node(&mut heap, 2);
        heap.register_finalizer(b);
        heap.collect_young(&());
        assert_eq!(heap.take_to_finalize::<Node>().len(), 1);
        heap.collect_full(&());
        assert_eq!(heap.take_to_finalize::<Node>().len(), 1);
    }

    #[test]
    fn the_verifier_accepts_a_consistent_heap_and_catches_a_missed_barrier() {
        let mut heap = Heap::new();
        let old = node(&mut heap, 1);
        heap.collect_young(&old);
        let young = node(&mut heap, 2);
        *old.next.borrow_mut() = Some(young);
        assert_eq!(heap.verify(&old), Ok(()));
        heap.collect_young(&old);
        assert_eq!(heap.verify(&old), Ok(()));
        // A write that skipped the barrier (what a std RefCell in a traced object would do,
        // were it allowed): the remembered set has not seen it.
        let hidden = node(&mut heap, 3);
        old.next.set_skipping_barrier(Some(hidden));
        assert!(heap
            .verify(&old)
            .unwrap_err()
            .contains("missed the write barrier"));
        old.next.set_skipping_barrier(None);
    }

    #[test]
    fn a_finalizable_object_survives_one_collection_with_what_it_reaches() {
        let mut heap = Heap::new();
        let a = node(&mut heap, 1);
        let b = node(&mut heap, 2);
        *a.next.borrow_mut() = Some(b);
        *b.next.borrow_mut() = Some(a);
        heap.register_finalizer(a);
        // Unreachable: kept (with `b`) and reported, once.
        assert_eq!(heap.collect_young(&()), 0);
        let ready = heap.take_to_finalize::<Node>();
        assert_eq!(ready.len(), 1);
        assert!(Gc::ptr_eq(ready[0], a));
        assert_eq!(a.next.borrow().unwrap().payload, 2);
        // The finalizer has run (nothing resurrected it): the next full collection frees
        // the cycle, and reports nothing.
        assert_eq!(heap.collect_full(&()), 2);
        assert!(heap.take_to_finalize::<Node>().is_empty());
    }

    #[test]
    fn a_resurrected_object_stays_and_its_finalizer_does_not_run_again() {
        let mut heap = Heap::new();
        let keeper = node(&mut heap, 0);
        let a = node(&mut heap, 1);
        heap.register_finalizer(a);
        heap.collect_full(&keeper);
        let ready = heap.take_to_finalize::<Node>();
        // The "finalizer" stores the object somewhere reachable.
        *keeper.next.borrow_mut() = Some(ready[0]);
        heap.collect_full(&keeper);
        assert!(heap.take_to_finalize::<Node>().is_empty());
        assert_eq!(keeper.next.borrow().unwrap().payload, 1);
        assert!(heap.take_all_finalizable::<Node>().is_empty());
    }

    #[test]
    fn finalizable_objects_still_alive_are_handed_over_at_exit() {
        let mut heap = Heap::new();
        let a = node(&mut heap, 1);
        heap.register_finalizer(a);
        heap.collect_young(&a);
        assert!(heap.take_to_finalize::<Node>().is_empty());
        let all = heap.take_all_finalizable::<Node>();
        assert_eq!(all.len(), 1);
        assert!(Gc::ptr_eq(all[0], a));
    }
}
