//! The process-wide allocator Krait installs: mimalloc, entered through its plain
//! (unaligned) functions whenever those already give the alignment asked for.
//!
//! The `mimalloc` crate's allocator passes every request to `mi_malloc_aligned`, which
//! checks the alignment and the free block's address before taking the same small-block
//! path that `mi_malloc` takes directly. Almost every Rust allocation (heap boxes, vectors,
//! strings) asks for an alignment of 8 or 16, which `mi_malloc` gives for any size at
//! least that alignment: its blocks are a size class's multiples from an aligned page, and
//! every class of 16 bytes or more is a multiple of 16. Figures in ARCHITECTURE.md, "The
//! allocator".

use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

use libmimalloc_sys as mi;

/// The largest alignment `mi_malloc` guarantees (mimalloc's `MI_MAX_ALIGN_SIZE`), for
/// sizes at least this alignment.
const PLAIN_ALIGN: usize = 16;

/// mimalloc as the global allocator (`#[global_allocator] static A: MiAlloc = MiAlloc;`).
pub struct MiAlloc;

/// Whether `mi_malloc` and `mi_realloc` give blocks aligned as `align` for `size` bytes.
#[inline]
fn plain_suffices(size: usize, align: usize) -> bool {
    align <= PLAIN_ALIGN && align <= size
}

// SAFETY: every block comes from mimalloc and goes back to it (`mi_free` takes blocks from
// either entry point); alignment is as the layout asks, by `plain_suffices` or by the
// aligned entry points.
unsafe impl GlobalAlloc for MiAlloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: plain FFI calls with a valid size and alignment.
        unsafe {
            if plain_suffices(layout.size(), layout.align()) {
                mi::mi_malloc(layout.size()) as *mut u8
            } else {
                mi::mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as `alloc`.
        unsafe {
            if plain_suffices(layout.size(), layout.align()) {
                mi::mi_zalloc(layout.size()) as *mut u8
            } else {
                mi::mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        // SAFETY: the caller gives back a block this allocator handed out.
        unsafe { mi::mi_free(ptr as *mut c_void) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller gives back a block this allocator handed out, with its layout.
        unsafe {
            if plain_suffices(new_size, layout.align()) {
                mi::mi_realloc(ptr as *mut c_void, new_size) as *mut u8
            } else {
                mi::mi_realloc_aligned(ptr as *mut c_void, new_size, layout.align()) as *mut u8
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_have_the_alignment_asked_for() {
        let a = MiAlloc;
        for size in [8usize, 16, 24, 32, 48, 80, 96, 200, 4096, 70_000] {
            for align in [1usize, 2, 4, 8, 16, 32, 64] {
                let Ok(layout) = Layout::from_size_align(size.max(align), align) else {
                    continue;
                };
                // SAFETY: a non-zero size; the block is freed with the same layout.
                unsafe {
                    let p = a.alloc(layout);
                    assert!(!p.is_null());
                    assert_eq!(p as usize % align, 0, "size {size} align {align}");
                    let q = a.realloc(p, layout, layout.size() * 3);
                    assert_eq!(q as usize % align, 0, "grown: size {size} align {align}");
                    a.dealloc(
                        q,
                        Layout::from_size_align_unchecked(layout.size() * 3, align),
                    );
                }
            }
        }
    }
}
