//! Lists and tuples: constructors, methods, and the stable merge sort behind `list.sort`
//! and `sorted` (only `<` is used, as in CPython; errors from user comparisons propagate).

use crate::builtins::{check_kwargs, int_arg, kwarg, method, method_arity, method_kind};
use crate::error::PyResult;
use crate::interp::arith::as_int;
use crate::object::function::KwArgs;
use crate::object::int::IntRef;
use crate::object::{BuiltinKind, Object, Payload};
use crate::value::Value;
use crate::vm::Vm;
use krait_gc::Gc;

pub(crate) fn install(vm: &mut Vm) {
    let list = vm.s.types.list;
    method_kind(vm, list, "__new__", list_new, BuiltinKind::StaticMethod);
    method(vm, list, "__init__", list_init);
    method(vm, list, "append", list_append);
    method(vm, list, "pop", list_pop);
    method(vm, list, "extend", list_extend);
    method(vm, list, "insert", list_insert);
    method(vm, list, "index", seq_index);
    method(vm, list, "count", seq_count);
    method(vm, list, "remove", list_remove);
    method(vm, list, "reverse", list_reverse);
    method(vm, list, "sort", list_sort);
    method(vm, list, "copy", list_copy);
    method(vm, list, "clear", list_clear);
    method(vm, list, "__len__", seq_len);
    method(vm, list, "__getitem__", seq_getitem);
    method(vm, list, "__setitem__", seq_setitem);
    method(vm, list, "__contains__", seq_contains);
    method(vm, list, "__iter__", seq_iter);
    let tuple = vm.s.types.tuple;
    method_kind(vm, tuple, "__new__", tuple_new, BuiltinKind::StaticMethod);
    method(vm, tuple, "index", seq_index);
    method(vm, tuple, "count", seq_count);
    method(vm, tuple, "__len__", seq_len);
    method(vm, tuple, "__getitem__", seq_getitem);
    method(vm, tuple, "__contains__", seq_contains);
    method(vm, tuple, "__iter__", seq_iter);
}

impl Vm {
    /// Sorts `items` stably by `key` (or the items themselves), ascending unless `reverse`.
    pub(crate) fn sort_values(
        &mut self,
        items: Vec<Value>,
        key: Option<Value>,
        reverse: bool,
    ) -> PyResult<Vec<Value>> {
        let keys = match key {
            Some(f) => {
                let mut keys = Vec::with_capacity(items.len());
                for &x in &items {
                    keys.push(self.call_value(f, &[x], &[])?);
                }
                keys
            }
            None => items.clone(),
        };
        let mut order: Vec<usize> = (0..items.len()).collect();
        if let Some(ints) = keys
            .iter()
            .map(|k| match k {
                Value::Int(i) => Some(*i),
                _ => None,
            })
            .collect::<Option<Vec<i64>>>()
        {
            if reverse {
                order.sort_by(|&a, &b| ints[b].cmp(&ints[a]));
            } else {
                order.sort_by_key(|&a| ints[a]);
            }
        } else if let Some(strs) = keys
            .iter()
            .map(|k| match k {
                // Exact strs only: a subclass may define its own `__lt__`.
                Value::Obj(o) if Gc::ptr_eq(o.class(), self.s.types.str) => match &o.payload {
                    Payload::Str(s) => Some(s.as_str()),
                    _ => None,
                },
                _ => None,
            })
            .collect::<Option<Vec<&str>>>()
        {
            // By code point: bytes unless a text holds a surrogate alias, so ASCII keys
            // (the common case) sort by bytes alone.
            let cmp = |a: &str, b: &str| crate::object::str::cmp_text(a, b, false);
            match (strs.iter().all(|s| s.is_ascii()), reverse) {
                (true, true) => order.sort_by(|&a, &b| strs[b].cmp(strs[a])),
                (true, false) => order.sort_by(|&a, &b| strs[a].cmp(strs[b])),
                (false, true) => order.sort_by(|&a, &b| cmp(strs[b], strs[a])),
                (false, false) => order.sort_by(|&a, &b| cmp(strs[a], strs[b])),
            }
        } else if let Some(floats) = keys
            .iter()
            .map(|k| match k {
                Value::Float(f) if !f.is_nan() => Some(*f),
                Value::Int(i) if i.unsigned_abs() < 1 << 53 => Some(*i as f64),
                _ => None,
            })
            .collect::<Option<Vec<f64>>>()
        {
            // No NaNs, so the partial order is total (and -0.0 == 0.0, as in Python).
            let cmp = |x: f64, y: f64| x.partial_cmp(&y).unwrap_or(std::cmp::Ordering::Equal);
            if reverse {
                order.sort_by(|&a, &b| cmp(floats[b], floats[a]));
            } else {
                order.sort_by(|&a, &b| cmp(floats[a], floats[b]));
            }
        } else if simple_keys(&keys, &self.exact_sort_classes()) {
            // Tuples of strs and numbers: a total order, compared without the VM.
            if reverse {
                order.sort_by(|&a, &b| simple_cmp(&keys[b], &keys[a]));
            } else {
                order.sort_by(|&a, &b| simple_cmp(&keys[a], &keys[b]));
            }
        } else {
            self.merge_sort(&mut order, &keys, reverse)?;
        }
        Ok(order.into_iter().map(|i| items[i]).collect())
    }

    fn exact_sort_classes(&self) -> ExactClasses {
        ExactClasses {
            str: self.s.types.str,
            tuple: self.s.types.tuple,
        }
    }

    /// Stable bottom-up merge sort of `order` by `keys`, comparing with Python's `<`.
    fn merge_sort(
        &mut self,
        order: &mut Vec<usize>,
        keys: &[Value],
        reverse: bool,
    ) -> PyResult<()> {
        let less = |vm: &mut Vm, a: usize, b: usize| -> PyResult<bool> {
            if reverse {
                vm.lt(keys[b], keys[a])
            } else {
                vm.lt(keys[a], keys[b])
            }
        };
        let n = order.len();
        const RUN: usize = 16;
        // Insertion-sort short runs.
        let mut start = 0;
        while start < n {
            let end = (start + RUN).min(n);
            for i in start + 1..end {
                let mut j = i;
                while j > start && less(self, order[j], order[j - 1])? {
                    order.swap(j, j - 1);
                    j -= 1;
                }
            }
            start = end;
        }
        let mut width = RUN;
        let mut buf = vec![0usize; n];
        while width < n {
            let mut lo = 0;
            while lo < n {
                let mid = (lo + width).min(n);
                let hi = (lo + 2 * width).min(n);
                let (mut i, mut j, mut k) = (lo, mid, lo);
                while i < mid && j < hi {
                    if less(self, order[j], order[i])? {
                        buf[k] = order[j];
                        j += 1;
                    } else {
                        buf[k] = order[i];
                        i += 1;
                    }
                    k += 1;
                }
                buf[k..k + (mid - i)].copy_from_slice(&order[i..mid]);
                k += mid - i;
                buf[k..k + (hi - j)].copy_from_slice(&order[j..hi]);
                lo = hi;
            }
            std::mem::swap(order, &mut buf);
            width *= 2;
        }
        Ok(())
    }
}

/// The kind of each position of the keys seen so far: all keys must agree wherever two of
/// them could be compared.
enum Shape {
    Num,
    Str,
    Tuple(Vec<Shape>),
}

/// The exact builtin classes whose comparison [`simple_cmp`] may do itself: a subclass could
/// override `__lt__`.
struct ExactClasses {
    str: Gc<Object>,
    tuple: Gc<Object>,
}

/// Whether `v` is a key [`simple_cmp`] orders as Python would, checking it against (and
/// extending) `shape`: a str, an int of at most 53 bits, a float other than NaN, or a tuple
/// (nested at most 8 deep) of such, agreeing with the keys before at every position.
fn simple_key(v: &Value, shape: &mut Option<Shape>, depth: usize, exact: &ExactClasses) -> bool {
    let is_str = match v {
        // Ints beyond 2**53 could compare inexactly with floats; leave them to Python.
        Value::Int(n) if n.unsigned_abs() < 1 << 53 => false,
        Value::Float(f) if !f.is_nan() => false,
        Value::Obj(o) => match &o.payload {
            Payload::Str(_) if Gc::ptr_eq(o.class(), exact.str) => true,
            Payload::Tuple(items) if depth < 8 && Gc::ptr_eq(o.class(), exact.tuple) => {
                let mut subshapes = match shape.take() {
                    None => Vec::new(),
                    Some(Shape::Tuple(s)) => s,
                    Some(_) => return false,
                };
                for (i, item) in items.iter().enumerate() {
                    if i == subshapes.len() {
                        let mut sub = None;
                        if !simple_key(item, &mut sub, depth + 1, exact) {
                            return false;
                        }
                        subshapes.push(sub.unwrap_or(Shape::Num));
                    } else {
                        let mut sub = Some(std::mem::replace(&mut subshapes[i], Shape::Num));
                        if !simple_key(item, &mut sub, depth + 1, exact) {
                            return false;
                        }
                        subshapes[i] = sub.unwrap_or(Shape::Num);
                    }
                }
                *shape = Some(Shape::Tuple(subshapes));
                return true;
            }
            _ => return false,
        },
        _ => return false,
    };
    match shape {
        None => *shape = Some(if is_str { Shape::Str } else { Shape::Num }),
        Some(Shape::Str) if is_str => {}
        Some(Shape::Num) if !is_str => {}
        Some(_) => return false,
    }
    true
}

/// Whether every key is one [`simple_cmp`] orders as Python would and all keys agree on
/// the kind at every position: exactly the keys whose Python order is a total order that
/// needs no user code. Checked in place, so sorting by such keys allocates nothing per key.
fn simple_keys(keys: &[Value], exact: &ExactClasses) -> bool {
    let mut shape = None;
    keys.iter().all(|k| simple_key(k, &mut shape, 0, exact))
}

/// Python's order of two keys that [`simple_keys`] accepted together.
fn simple_cmp(a: &Value, b: &Value) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    // No NaNs and no ints beyond 2**53, so the partial order is total and exact (and
    // -0.0 == 0.0, as in Python).
    let num = |x: f64, y: f64| x.partial_cmp(&y).unwrap_or(Ordering::Equal);
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => x.cmp(y),
        (Value::Int(x), Value::Float(y)) => num(*x as f64, *y),
        (Value::Float(x), Value::Int(y)) => num(*x, *y as f64),
        (Value::Float(x), Value::Float(y)) => num(*x, *y),
        (Value::Obj(x), Value::Obj(y)) => match (&x.payload, &y.payload) {
            (Payload::Str(x), Payload::Str(y)) => x.cmp_code_points(y),
            (Payload::Tuple(x), Payload::Tuple(y)) => {
                for (p, q) in x.iter().zip(y.iter()) {
                    // Int fields (counts, ids, negated keys) compare here without a call.
                    let ord = match (p, q) {
                        (Value::Int(i), Value::Int(j)) => i.cmp(j),
                        _ => simple_cmp(p, q),
                    };
                    if ord != Ordering::Equal {
                        return ord;
                    }
                }
                x.len().cmp(&y.len())
            }
            _ => Ordering::Equal,
        },
        _ => Ordering::Equal,
    }
}

fn list_of<'a>(
    vm: &mut Vm,
    v: &'a Value,
    name: &str,
) -> PyResult<&'a krait_gc::GcRefCell<Vec<Value>>> {
    match v.payload() {
        Some(Payload::List(l)) => Ok(l),
        _ => {
            let msg = format!(
                "descriptor '{name}' for 'list' objects doesn't apply to a '{}' object",
                vm.type_name(*v)
            );
            Err(vm.type_error(msg))
        }
    }
}

fn list_new(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    // `list.__init__` fills the list, as in CPython.
    let cls = args[0].as_obj().unwrap_or(vm.s.types.list);
    Ok(Value::Obj(vm.alloc(cls, Payload::List(Vec::new().into()))))
}

fn list_init(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    if !kw.is_empty() {
        // Keywords are an error unless a subclass's own `__new__` took them.
        let class = vm.type_of(args[0]);
        let list = vm.s.types.list;
        let new = vm.type_lookup(class, vm.s.names.new);
        let list_new = vm.type_lookup(list, vm.s.names.new);
        if krait_gc::Gc::ptr_eq(class, list)
            || matches!((new, list_new), (Some(a), Some(b)) if a.is(b))
        {
            crate::builtins::no_kwargs(vm, "list", kw)?;
        }
    }
    method_arity(vm, "list.__init__", args, 0, 1)?;
    let items = match args.get(1) {
        Some(&v) => vm.collect_iter_folded(v)?,
        None => Vec::new(),
    };
    *list_of(vm, &args[0], "__init__")?.borrow_mut() = items;
    Ok(Value::None)
}

fn tuple_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let cls = args[0].as_obj().unwrap_or(vm.s.types.tuple);
    let tuple = vm.s.types.tuple;
    crate::builtins::no_kwargs_for_new(vm, "tuple", cls, tuple, kw)?;
    let args = &args[1..];
    crate::builtins::arity(vm, "tuple", args, 0, 1)?;
    if let Some(&v) = args.first() {
        if let Some(Payload::Tuple(_)) = v.payload() {
            if std::ptr::eq(&*cls, &*vm.s.types.tuple)
                && vm.type_of(v).as_class().is_some_and(|c| c.builtin)
            {
                return Ok(v);
            }
        }
    }
    let items = match args.first() {
        Some(&v) => vm.collect_iter_folded(v)?,
        None => Vec::new(),
    };
    if items.is_empty() && krait_gc::Gc::ptr_eq(cls, vm.s.types.tuple) {
        return Ok(Value::Obj(vm.s.empty_tuple));
    }
    Ok(Value::Obj(vm.alloc(cls, Payload::Tuple(items.into()))))
}

fn list_append(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "list.append", args, 1, 1)?;
    list_of(vm, &args[0], "append")?.borrow_mut().push(args[1]);
    Ok(Value::None)
}

fn list_pop(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "pop", args, 0, 1)?;
    let l = list_of(vm, &args[0], "pop")?;
    let len = l.borrow().len();
    if len == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    let i = match args.get(1) {
        Some(&v) => int_arg(vm, v)?,
        None => -1,
    };
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(l.borrow_mut().remove(j as usize))
}

fn list_extend(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "list.extend", args, 1, 1)?;
    let items = vm.collect_iter_folded(args[1])?;
    list_of(vm, &args[0], "extend")?.borrow_mut().extend(items);
    Ok(Value::None)
}

fn list_insert(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "insert", args, 2, 2)?;
    let i = int_arg(vm, args[1])?;
    let l = list_of(vm, &args[0], "insert")?;
    let mut l = l.borrow_mut();
    let len = l.len() as i64;
    let j = if i < 0 { (i + len).max(0) } else { i.min(len) };
    l.insert(j as usize, args[2]);
    Ok(Value::None)
}

/// The item at `i` of a list or tuple.
fn seq_item(v: &Value, i: usize) -> Option<Value> {
    match v.payload() {
        Some(Payload::List(l)) => l.borrow().get(i).copied(),
        Some(Payload::Tuple(t)) => t.get(i).copied(),
        _ => None,
    }
}

fn seq_len_of(v: &Value) -> usize {
    match v.payload() {
        Some(Payload::List(l)) => l.borrow().len(),
        Some(Payload::Tuple(t)) => t.len(),
        _ => 0,
    }
}

fn seq_index(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "index", args, 1, 3)?;
    let len = seq_len_of(&args[0]) as i64;
    let norm = |i: i64| if i < 0 { (i + len).max(0) } else { i.min(len) };
    let start = match args.get(2) {
        Some(&v) => norm(clamped_index(vm, v)?),
        None => 0,
    };
    let stop = match args.get(3) {
        Some(&v) => norm(clamped_index(vm, v)?),
        None => len,
    };
    let mut i = start;
    while i < stop {
        let Some(x) = seq_item(&args[0], i as usize) else {
            break;
        };
        if vm.eq(x, args[1])? {
            return Ok(Value::Int(i));
        }
        i += 1;
    }
    let msg = match args[0].payload() {
        Some(Payload::Tuple(_)) => "tuple.index(x): x not in tuple".to_owned(),
        _ => format!("{} is not in list", vm.repr(args[1])?),
    };
    Err(vm.value_error(msg))
}

/// A start or stop bound of `index`: any `__index__` value, with ints beyond `i64`
/// clamped (they lie past either end of any sequence anyway).
fn clamped_index(vm: &mut Vm, v: Value) -> PyResult<i64> {
    let v = match as_int(&v) {
        Some(_) => v,
        None if vm.type_lookup(vm.type_of(v), vm.s.names.index).is_some() => vm.call_index(v)?,
        None => {
            let msg = "slice indices must be integers or have an __index__ method";
            return Err(vm.type_error(msg));
        }
    };
    Ok(match as_int(&v) {
        Some(IntRef::Small(i)) => i,
        Some(IntRef::Big(b)) if num_traits::Signed::is_negative(b) => i64::MIN,
        Some(IntRef::Big(_)) => i64::MAX,
        None => 0,
    })
}

fn seq_count(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "count", args, 1, 1)?;
    let mut n = 0;
    let mut i = 0;
    while let Some(x) = seq_item(&args[0], i) {
        if vm.eq(x, args[1])? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

fn list_remove(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "list.remove", args, 1, 1)?;
    let mut i = 0;
    while let Some(x) = seq_item(&args[0], i) {
        if vm.eq(x, args[1])? {
            let l = list_of(vm, &args[0], "remove")?;
            if i < l.borrow().len() {
                l.borrow_mut().remove(i);
            }
            return Ok(Value::None);
        }
        i += 1;
    }
    Err(vm.value_error("list.remove(x): x not in list"))
}

fn list_reverse(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "list.reverse", args, 0, 0)?;
    list_of(vm, &args[0], "reverse")?.borrow_mut().reverse();
    Ok(Value::None)
}

fn list_sort(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    if args.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    check_kwargs(vm, "sort", kw, &["key", "reverse"])?;
    let key = kwarg(kw, "key").filter(|k| !k.is_none());
    let reverse = match kwarg(kw, "reverse") {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    let l = list_of(vm, &args[0], "sort")?;
    // While sorting, the list is empty (as in CPython) and holds no allocation: whatever a
    // key function or comparison stores into it allocates, so a change is seen even when
    // the list is empty again by the end (an append then a pop). The items need no rooting:
    // key functions and comparisons run in heap regions, which keep everything older.
    let items = std::mem::take(&mut *l.borrow_mut());
    let saved = items.clone();
    let result = vm.sort_values(items, key, reverse);
    let l = list_of(vm, &args[0], "sort")?;
    let modified = l.borrow().capacity() != 0;
    // The sorted items replace whatever was stored meanwhile; on an error the list gets
    // its items back in their first order.
    match result {
        Ok(sorted) => {
            *l.borrow_mut() = sorted;
            if modified {
                return Err(vm.value_error("list modified during sort"));
            }
            Ok(Value::None)
        }
        Err(e) => {
            *l.borrow_mut() = saved;
            Err(e)
        }
    }
}

fn list_copy(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "list.copy", args, 0, 0)?;
    let items = list_of(vm, &args[0], "copy")?.borrow().clone();
    Ok(vm.new_list(items))
}

fn list_clear(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "list.clear", args, 0, 0)?;
    list_of(vm, &args[0], "clear")?.borrow_mut().clear();
    Ok(Value::None)
}

fn seq_len(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__len__", args, 0, 0)?;
    Ok(Value::Int(seq_len_of(&args[0]) as i64))
}

fn seq_getitem(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__getitem__", args, 1, 1)?;
    vm.get_item_native(args[0], args[1])
}

fn seq_setitem(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__setitem__", args, 2, 2)?;
    vm.set_item_native(args[0], args[1], args[2])?;
    Ok(Value::None)
}

fn seq_contains(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__contains__", args, 1, 1)?;
    vm.contains_native(args[0], args[1]).map(Value::Bool)
}

fn seq_iter(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "__iter__", args, 0, 0)?;
    vm.get_iter_native(args[0])
}
