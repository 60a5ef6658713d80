//! `_heapq`: the heap operations `heapq` takes from C in CPython (`heappush`, `heappop`,
//! `heapify`, `heapreplace`, `heappushpop` and the max-heap helpers `merge` and `nlargest`
//! use). The heap is a list ordered by `<`; each comparison may run Python code that
//! changes the list, so the list is read afresh after every comparison and a change of size
//! raises CPython's RuntimeError instead of reading a stale slot.

use krait_gc::Gc;

use krait_vm::builtins::{arity, module_functions, new_module};
use krait_vm::error::{Exception, PyResult};
use krait_vm::object::function::KwArgs;
use krait_vm::object::{Object, Payload};
use krait_vm::value::Value;
use krait_vm::vm::Vm;

/// Creates `_heapq`.
pub(crate) fn create(vm: &mut Vm) -> Gc<Object> {
    let attrs = module_functions(
        vm,
        &[
            ("heappush", heappush),
            ("heappop", heappop),
            ("heapify", heapify),
            ("heapreplace", heapreplace),
            ("heappushpop", heappushpop),
            ("_heapify_max", heapify_max),
            ("_heappop_max", heappop_max),
            ("_heapreplace_max", heapreplace_max),
        ],
    );
    new_module(vm, "_heapq", attrs)
}

/// Checks the arguments of `_heapq.NAME` (`n` of them, the first a list) and returns the
/// list, with the argument clinic's messages.
fn heap_args(vm: &mut Vm, name: &str, args: &[Value], n: usize) -> PyResult<Gc<Object>> {
    if n == 1 && args.len() != 1 {
        let msg = format!(
            "_heapq.{name}() takes exactly one argument ({} given)",
            args.len()
        );
        return Err(vm.type_error(msg));
    }
    arity(vm, name, args, n, n)?;
    match args[0] {
        Value::Obj(o) if matches!(o.payload, Payload::List(_)) => Ok(o),
        v => {
            let which = if n == 1 { "" } else { " 1" };
            let got = match v {
                Value::None => "None".to_owned(),
                _ => vm.type_name(v),
            };
            let msg = format!("{name}() argument{which} must be list, not {got}");
            Err(vm.type_error(msg))
        }
    }
}

/// The Python list inside a heap (checked by [`heap_args`]).
fn with_list<R>(heap: Gc<Object>, f: impl FnOnce(&mut Vec<Value>) -> R) -> R {
    let Payload::List(l) = &heap.payload else {
        unreachable!("heap_args checked the payload")
    };
    let mut items = l.borrow_mut();
    f(&mut items)
}

fn len(heap: Gc<Object>) -> usize {
    with_list(heap, |l| l.len())
}

/// Item `i`, or the RuntimeError of a list that shrank under a comparison.
fn get(vm: &mut Vm, heap: Gc<Object>, i: usize) -> PyResult<Value> {
    match with_list(heap, |l| l.get(i).copied()) {
        Some(v) => Ok(v),
        None => Err(changed(vm)),
    }
}

fn changed(vm: &mut Vm) -> Exception {
    vm.runtime_error("list changed size during iteration")
}

/// Which order a heap keeps: the smallest item first, or (the `_max` helpers) the largest.
#[derive(Clone, Copy)]
enum Order {
    Min,
    Max,
}

/// Whether `a` goes before `b` in the heap.
fn before(vm: &mut Vm, order: Order, a: Value, b: Value) -> PyResult<bool> {
    match order {
        Order::Min => vm.lt(a, b),
        Order::Max => vm.lt(b, a),
    }
}

/// Moves the item at `pos` up towards `start` while it goes before its parent.
fn sift_down(
    vm: &mut Vm,
    heap: Gc<Object>,
    order: Order,
    start: usize,
    mut pos: usize,
) -> PyResult<()> {
    let size = len(heap);
    if pos >= size {
        return Err(vm.index_error("list index out of range"));
    }
    while pos > start {
        let parent = (pos - 1) >> 1;
        let item = get(vm, heap, pos)?;
        let above = get(vm, heap, parent)?;
        let moves = before(vm, order, item, above)?;
        if len(heap) != size {
            return Err(changed(vm));
        }
        if !moves {
            break;
        }
        with_list(heap, |l| l.swap(pos, parent));
        pos = parent;
    }
    Ok(())
}

/// Moves the item at `pos` down to a leaf along the path of the children that go first,
/// then back up to its place (the fewer-comparisons form of the sift).
fn sift_up(vm: &mut Vm, heap: Gc<Object>, order: Order, mut pos: usize) -> PyResult<()> {
    let end = len(heap);
    let start = pos;
    let limit = end >> 1;
    while pos < limit {
        let mut child = 2 * pos + 1;
        if child + 1 < end {
            let left = get(vm, heap, child)?;
            let right = get(vm, heap, child + 1)?;
            let left_first = before(vm, order, left, right)?;
            if !left_first {
                child += 1;
            }
            if len(heap) != end {
                return Err(changed(vm));
            }
        }
        with_list(heap, |l| l.swap(pos, child));
        pos = child;
    }
    sift_down(vm, heap, order, start, pos)
}

/// `heappush(heap, item)`.
fn heappush(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let heap = heap_args(vm, "heappush", args, 2)?;
    let item = args[1];
    let last = with_list(heap, |l| {
        l.push(item);
        l.len() - 1
    });
    sift_down(vm, heap, Order::Min, 0, last)?;
    Ok(Value::None)
}

fn pop(vm: &mut Vm, name: &str, args: &[Value], order: Order) -> PyResult<Value> {
    let heap = heap_args(vm, name, args, 1)?;
    let Some(last) = with_list(heap, |l| l.pop()) else {
        return Err(vm.index_error("index out of range"));
    };
    let Some(top) = with_list(heap, |l| {
        l.first_mut().map(|slot| std::mem::replace(slot, last))
    }) else {
        return Ok(last);
    };
    sift_up(vm, heap, order, 0)?;
    Ok(top)
}

/// `heappop(heap)`: removes and returns the smallest item.
fn heappop(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    pop(vm, "heappop", args, Order::Min)
}

/// `_heappop_max(heap)`.
fn heappop_max(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    pop(vm, "_heappop_max", args, Order::Max)
}

fn replace(vm: &mut Vm, name: &str, args: &[Value], order: Order) -> PyResult<Value> {
    let heap = heap_args(vm, name, args, 2)?;
    let item = args[1];
    let Some(top) = with_list(heap, |l| {
        l.first_mut().map(|slot| std::mem::replace(slot, item))
    }) else {
        return Err(vm.index_error("index out of range"));
    };
    sift_up(vm, heap, order, 0)?;
    Ok(top)
}

/// `heapreplace(heap, item)`: pops the smallest item, then pushes `item`.
fn heapreplace(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    replace(vm, "heapreplace", args, Order::Min)
}

/// `_heapreplace_max(heap, item)`.
fn heapreplace_max(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    replace(vm, "_heapreplace_max", args, Order::Max)
}

/// `heappushpop(heap, item)`: pushes `item`, then pops the smallest item.
fn heappushpop(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let heap = heap_args(vm, "heappushpop", args, 2)?;
    let item = args[1];
    let Some(top) = with_list(heap, |l| l.first().copied()) else {
        return Ok(item);
    };
    if !vm.lt(top, item)? {
        return Ok(item);
    }
    let Some(top) = with_list(heap, |l| {
        l.first_mut().map(|slot| std::mem::replace(slot, item))
    }) else {
        return Err(vm.index_error("index out of range"));
    };
    sift_up(vm, heap, Order::Min, 0)?;
    Ok(top)
}

fn make_heap(vm: &mut Vm, name: &str, args: &[Value], order: Order) -> PyResult<Value> {
    let heap = heap_args(vm, name, args, 1)?;
    let n = len(heap);
    for i in (0..n / 2).rev() {
        sift_up(vm, heap, order, i)?;
    }
    Ok(Value::None)
}

/// `heapify(x)`: orders a list into a heap, in place, in linear time.
fn heapify(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    make_heap(vm, "heapify", args, Order::Min)
}

/// `_heapify_max(x)`.
fn heapify_max(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    make_heap(vm, "_heapify_max", args, Order::Max)
}
