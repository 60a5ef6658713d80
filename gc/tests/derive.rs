//! `#[derive(Trace)]` traces every field of structs and enum variants, and skips only what it
//! is told to skip.

use std::rc::Rc;

use krait_gc::{Gc, GcRefCell, Heap, Trace};

#[derive(Trace)]
struct Leaf(u32);

#[derive(Trace)]
struct Pair {
    left: Gc<Leaf>,
    right: GcRefCell<Option<Gc<Leaf>>>,
    #[trace(skip)]
    _label: Rc<str>,
}

#[derive(Trace)]
enum Shape {
    Empty,
    One(Gc<Leaf>),
    Many { items: Vec<Gc<Leaf>>, tag: u8 },
    Generic(Wrapper<Gc<Leaf>>),
}

#[derive(Trace)]
#[allow(dead_code)]
struct Wrapper<T>(T, #[trace(skip)] u8);

#[test]
fn derived_structs_keep_their_fields_alive() {
    let mut heap = Heap::new();
    let left = heap.alloc(Leaf(1));
    let right = heap.alloc(Leaf(2));
    let pair = heap.alloc(Pair {
        left,
        right: GcRefCell::new(Some(right)),
        _label: "p".into(),
    });
    heap.alloc(Leaf(3));
    assert_eq!(heap.collect(&pair), 1);
    assert_eq!(pair.left.0 + pair.right.borrow().unwrap().0, 3);
}

#[test]
fn derived_enums_trace_every_variant() {
    let mut heap = Heap::new();
    let a = heap.alloc(Leaf(1));
    let b = heap.alloc(Leaf(2));
    let c = heap.alloc(Leaf(3));
    let d = heap.alloc(Leaf(4));
    let shapes = vec![
        Shape::Empty,
        Shape::One(a),
        Shape::Many {
            items: vec![b, c],
            tag: 0,
        },
        Shape::Generic(Wrapper(d, 9)),
    ];
    heap.alloc(Leaf(5));
    assert_eq!(heap.collect(&shapes), 1);
    assert_eq!(heap.stats().objects, 4);
    drop(shapes);
    assert_eq!(heap.collect_full(&()), 4);
}
