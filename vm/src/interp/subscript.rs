//! Subscripts: indexing and slicing of strs, lists, tuples, ranges and bytes; dict lookup
//! (with `__missing__`); slice assignment and deletion; and `__getitem__` / `__setitem__` /
//! `__delitem__` on user classes.

use krait_gc::Gc;

use crate::error::{Exception, PyResult};
use crate::interp::arith::as_int;
use crate::interp::ops::range_len;
use crate::object::int::IntRef;
use crate::object::Payload;
use crate::value::Value;
use crate::vm::Vm;

/// Resolved slice bounds for a sequence of a given length.
#[derive(Clone, Copy, Debug)]
pub(crate) struct SliceIndices {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: usize,
}

impl SliceIndices {
    /// The indices that the resolved bounds (`None` where omitted) and a non-zero `step`
    /// select from a sequence of length `len`, CPython's `PySlice_AdjustIndices`.
    #[inline]
    fn adjust(start: Option<i64>, stop: Option<i64>, step: i64, len: usize) -> SliceIndices {
        // CPython keeps the step within -PY_SSIZE_T_MAX..=PY_SSIZE_T_MAX (so it negates).
        let step = step.max(-i64::MAX);
        let n = len as i64;
        let clamp = |v: Option<i64>, default: i64, lo: i64, hi: i64| -> i64 {
            match v {
                None => default,
                Some(i) => {
                    let i = if i < 0 { i + n } else { i };
                    i.clamp(lo, hi)
                }
            }
        };
        let (start, stop) = if step > 0 {
            (clamp(start, 0, 0, n), clamp(stop, n, 0, n))
        } else {
            (clamp(start, n - 1, -1, n - 1), clamp(stop, -1, -1, n - 1))
        };
        let count = if step > 0 {
            if stop > start {
                if step == 1 {
                    stop - start
                } else {
                    (stop - start - 1) / step + 1
                }
            } else {
                0
            }
        } else if start > stop {
            if step == -1 {
                start - stop
            } else {
                (start - stop - 1) / (-step) + 1
            }
        } else {
            0
        };
        SliceIndices {
            start,
            stop,
            step,
            len: count as usize,
        }
    }

    /// The selected indices, in order.
    pub(crate) fn indices(self) -> impl Iterator<Item = usize> {
        let SliceIndices {
            start, step, len, ..
        } = self;
        (0..len).map(move |k| (start + k as i64 * step) as usize)
    }
}

impl Vm {
    /// `v.__index__()` (looked up on the type), checked to be an int.
    pub fn call_index(&mut self, v: Value) -> PyResult<Value> {
        let Some(f) = self.type_lookup(self.type_of(v), self.s.names.index) else {
            let msg = format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(v)
            );
            return Err(self.type_error(msg));
        };
        let r = self.call_value(f, &[v], &[])?;
        if as_int(&r).is_none() {
            let msg = format!("__index__ returned non-int (type {})", self.type_name(r));
            return Err(self.type_error(msg));
        }
        Ok(match r {
            Value::Bool(b) => Value::Int(b as i64),
            r => r,
        })
    }

    /// An index argument as `i64` (`__index__` semantics for ints and bools).
    pub(crate) fn index_value(&mut self, v: Value, what: &str) -> PyResult<i64> {
        match as_int(&v) {
            Some(IntRef::Small(i)) => Ok(i),
            Some(IntRef::Big(_)) => {
                let msg = "cannot fit 'int' into an index-sized integer".to_string();
                Err(self.new_error(self.s.types.index_error, msg))
            }
            None => {
                if self
                    .type_lookup(self.type_of(v), self.s.names.index)
                    .is_some()
                {
                    let r = self.call_index(v)?;
                    if let Some(IntRef::Small(i)) = as_int(&r) {
                        return Ok(i);
                    }
                    let msg = "cannot fit 'int' into an index-sized integer".to_string();
                    return Err(self.new_error(self.s.types.index_error, msg));
                }
                // str's message differs from the other sequences' (CPython 3.11).
                let msg = if what == "string" {
                    format!(
                        "string indices must be integers, not '{}'",
                        self.type_name(v)
                    )
                } else {
                    format!(
                        "{what} indices must be integers or slices, not {}",
                        self.type_name(v)
                    )
                };
                Err(self.type_error(msg))
            }
        }
    }

    /// Normalises a possibly negative index against `len`; `None` if out of range.
    #[inline]
    fn norm_index(i: i64, len: usize) -> Option<usize> {
        let j = if i < 0 { i + len as i64 } else { i };
        (j >= 0 && (j as usize) < len).then_some(j as usize)
    }

    /// The bounds a slice object selects from a sequence of length `len`.
    pub(crate) fn slice_indices(&mut self, slice: Value, len: usize) -> PyResult<SliceIndices> {
        let Some(Payload::Slice { start, stop, step }) = slice.payload() else {
            return Err(self.type_error("expected a slice"));
        };
        let (start, stop, step) = (*start, *stop, *step);
        self.slice_bounds(start, stop, step, len)
    }

    /// `container[start:stop:step]` for lists, tuples and strs without making a slice object;
    /// `None` for other containers.
    pub(crate) fn get_slice(
        &mut self,
        container: Value,
        start: Value,
        stop: Value,
        step: Value,
    ) -> PyResult<Option<Value>> {
        let Value::Obj(o) = container else {
            return Ok(None);
        };
        if !o.class().as_class().is_some_and(|c| c.builtin) {
            return Ok(None);
        }
        match &o.payload {
            Payload::List(l) => {
                let len = l.borrow().len();
                let idx = self.slice_bounds(start, stop, step, len)?;
                let items: Vec<Value> = {
                    let l = l.borrow();
                    if idx.step == 1 {
                        let a = (idx.start as usize).min(l.len());
                        l[a..(a + idx.len).min(l.len())].to_vec()
                    } else {
                        idx.indices().filter_map(|i| l.get(i).copied()).collect()
                    }
                };
                Ok(Some(self.new_list(items)))
            }
            Payload::Tuple(t) => {
                let idx = self.slice_bounds(start, stop, step, t.len())?;
                if idx.step == 1 && idx.len == t.len() {
                    return Ok(Some(container));
                }
                let items = idx.indices().map(|i| t[i]).collect();
                Ok(Some(self.new_tuple(items)))
            }
            Payload::Str(s) if step.is_none() => {
                let idx = self.slice_bounds(start, stop, step, s.char_len())?;
                let sub = s
                    .char_slice(idx.start as usize, idx.start as usize + idx.len)
                    .to_owned();
                Ok(Some(self.new_str(sub)))
            }
            _ => Ok(None),
        }
    }

    /// The bounds `start:stop:step` select from a sequence of length `len`. Not inlined:
    /// `get_slice` is inlined into the dispatch loop, whose register allocation any more
    /// inlined code there disturbs (+2% instructions on `richards` when this was).
    #[inline(never)]
    pub(crate) fn slice_bounds(
        &mut self,
        start: Value,
        stop: Value,
        step: Value,
        len: usize,
    ) -> PyResult<SliceIndices> {
        // Bounds that are small ints or `None` (nearly every slice) need no `__index__`
        // lookup and cannot raise, except for a zero step.
        if let (Some(a), Some(b), Some(c)) =
            (plain_bound(start), plain_bound(stop), plain_bound(step))
        {
            let c = c.unwrap_or(1);
            if c != 0 {
                return Ok(SliceIndices::adjust(a, b, c, len));
            }
        }
        self.slice_bounds_general(start, stop, step, len)
    }

    /// `slice_bounds` for bounds that need `__index__`, big ints, or a zero step.
    #[inline(never)]
    fn slice_bounds_general(
        &mut self,
        start: Value,
        stop: Value,
        step: Value,
        len: usize,
    ) -> PyResult<SliceIndices> {
        let bound = |vm: &mut Vm, v: Value| -> PyResult<Option<i64>> {
            if v.is_none() {
                return Ok(None);
            }
            match as_int(&v) {
                Some(IntRef::Small(i)) => Ok(Some(i)),
                Some(IntRef::Big(b)) => Ok(Some(if num_traits::Signed::is_negative(b) {
                    i64::MIN / 2
                } else {
                    i64::MAX / 2
                })),
                None if vm.type_lookup(vm.type_of(v), vm.s.names.index).is_some() => {
                    let i = vm.call_index(v)?;
                    Ok(Some(match as_int(&i) {
                        Some(IntRef::Small(i)) => i,
                        Some(IntRef::Big(b)) if num_traits::Signed::is_negative(b) => i64::MIN / 2,
                        _ => i64::MAX / 2,
                    }))
                }
                None => Err(vm.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )),
            }
        };
        let step = bound(self, step)?.unwrap_or(1);
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let start = bound(self, start)?;
        let stop = bound(self, stop)?;
        Ok(SliceIndices::adjust(start, stop, step, len))
    }

    fn index_error_for(&mut self, what: &str) -> Exception {
        let msg = format!("{what} index out of range");
        self.index_error(msg)
    }

    /// `container[key]`.
    pub fn get_item(&mut self, container: Value, key: Value) -> PyResult<Value> {
        if let Some(f) = self.user_override(container, self.s.names.getitem) {
            return self.call_value(f, &[container, key], &[]);
        }
        self.get_item_native(container, key)
    }

    /// `container[key]` without a subclass's `__getitem__` override (the builtin slots).
    pub(crate) fn get_item_native(&mut self, container: Value, key: Value) -> PyResult<Value> {
        let is_slice = matches!(key.payload(), Some(Payload::Slice { .. }));
        if let Value::Obj(o) = container {
            match &o.payload {
                Payload::List(l) => {
                    if is_slice {
                        let len = l.borrow().len();
                        let idx = self.slice_indices(key, len)?;
                        let items: Vec<Value> = {
                            let l = l.borrow();
                            idx.indices().filter_map(|i| l.get(i).copied()).collect()
                        };
                        return Ok(self.new_list(items));
                    }
                    let i = self.index_value(key, "list")?;
                    let len = l.borrow().len();
                    return match Self::norm_index(i, len) {
                        Some(j) => Ok(l.borrow()[j]),
                        None => Err(self.index_error_for("list")),
                    };
                }
                Payload::Tuple(t) => {
                    if is_slice {
                        let idx = self.slice_indices(key, t.len())?;
                        if idx.step == 1
                            && idx.len == t.len()
                            && o.class().as_class().is_some_and(|c| c.builtin)
                        {
                            return Ok(container);
                        }
                        let items = idx.indices().map(|i| t[i]).collect();
                        return Ok(self.new_tuple(items));
                    }
                    let i = self.index_value(key, "tuple")?;
                    return match Self::norm_index(i, t.len()) {
                        Some(j) => Ok(t[j]),
                        None => Err(self.index_error_for("tuple")),
                    };
                }
                Payload::Str(s) => {
                    if is_slice {
                        let idx = self.slice_indices(key, s.char_len())?;
                        if idx.step == 1 {
                            // Straight from the slice: a short result is stored inline, with
                            // no intermediate `String`.
                            let sub =
                                s.char_slice(idx.start as usize, idx.start as usize + idx.len);
                            return Ok(self.new_str(sub));
                        }
                        let chars: Vec<char> = s.as_str().chars().collect();
                        let out: String = idx.indices().map(|i| chars[i]).collect();
                        return Ok(self.new_str(out));
                    }
                    let i = self.index_value(key, "string")?;
                    return match Self::norm_index(i, s.char_len()).and_then(|j| s.char_at(j)) {
                        Some(c) => Ok(self.new_char(c)),
                        None => Err(self.index_error_for("string")),
                    };
                }
                Payload::Bytes(b) => {
                    if is_slice {
                        let idx = self.slice_indices(key, b.len())?;
                        let out: Vec<u8> = idx.indices().map(|i| b[i]).collect();
                        return Ok(Value::Obj(
                            self.alloc(self.s.types.bytes, Payload::Bytes(out.into())),
                        ));
                    }
                    let i = self.index_value(key, "byte")?;
                    return match Self::norm_index(i, b.len()) {
                        Some(j) => Ok(Value::Int(b[j] as i64)),
                        None => Err(self.index_error("index out of range")),
                    };
                }
                Payload::Range { start, stop, step } => {
                    let (start, stop, step) = (*start, *stop, *step);
                    let len = range_len(start, stop, step) as usize;
                    if is_slice {
                        let idx = self.slice_indices(key, len)?;
                        if let Some(r) = range_slice(start, step, idx) {
                            return Ok(Value::Obj(self.alloc(self.s.types.range, r)));
                        }
                        // A step or bound beyond i64: the Python-level range does it.
                        let bounds = [Value::Int(start), Value::Int(stop), Value::Int(step)];
                        let long = self.call_types_helper("_longrange", &bounds)?;
                        return self.get_item(long, key);
                    }
                    let i = self.index_value(key, "range")?;
                    return match Self::norm_index(i, len) {
                        Some(j) => Ok(Value::Int(start + j as i64 * step)),
                        None => Err(self.index_error("range object index out of range")),
                    };
                }
                Payload::Dict(_) | Payload::AttrDict(_) => {
                    if let Some(v) = self.dict_get(container, key)? {
                        return Ok(v);
                    }
                    if !o.class().as_class().is_none_or(|c| c.builtin) {
                        if let Some(f) = self.type_lookup(o.class(), self.s.names.missing) {
                            return self.call_value(f, &[container, key], &[]);
                        }
                    }
                    return Err(self.key_error(key));
                }
                Payload::Class(_) => {
                    if let Some(f) = self.type_lookup(o, self.s.names.class_getitem) {
                        let f = match f.payload() {
                            Some(Payload::ClassMethod(inner)) => *inner,
                            _ => f,
                        };
                        return self.call_value(f, &[container, key], &[]);
                    }
                    // Exception classes are not generic (groups are, by `__class_getitem__`).
                    if crate::object::class::is_subclass(o, self.s.types.base_exception)
                        && !crate::object::class::is_subclass(o, self.s.types.base_exception_group)
                    {
                        let msg = format!("type '{}' is not subscriptable", self.class_name(o));
                        return Err(self.type_error(msg));
                    }
                    // `list[int]`: a `types.GenericAlias`.
                    if o.as_class().is_some_and(|c| c.builtin) {
                        return self.call_types_helper("_generic_alias", &[container, key]);
                    }
                }
                _ => {}
            }
        }
        match self.type_lookup(self.type_of(container), self.s.names.getitem) {
            Some(f) => self.call_value(f, &[container, key], &[]),
            None => {
                let msg = format!(
                    "'{}' object is not subscriptable",
                    self.type_name(container)
                );
                Err(self.type_error(msg))
            }
        }
    }

    /// `container[key] = value`.
    pub(crate) fn set_item(&mut self, container: Value, key: Value, value: Value) -> PyResult<()> {
        if let Some(f) = self.user_override(container, self.s.names.setitem) {
            self.call_value(f, &[container, key, value], &[])?;
            return Ok(());
        }
        self.set_item_native(container, key, value)
    }

    /// `container[key] = value` without a subclass's `__setitem__` override.
    pub(crate) fn set_item_native(
        &mut self,
        container: Value,
        key: Value,
        value: Value,
    ) -> PyResult<()> {
        if let Value::Obj(o) = container {
            match &o.payload {
                Payload::List(l) => {
                    if let Some(&Payload::Slice { start, stop, step }) = key.payload() {
                        if self.set_list_slice_plain(container, start, stop, step, value) {
                            return Ok(());
                        }
                        let items = self.collect_iter(value)?;
                        let len = l.borrow().len();
                        let idx = self.slice_indices(key, len)?;
                        let mut l = l.borrow_mut();
                        // The slice's `__index__` methods may have resized the list:
                        // indices past its current end are dropped, as CPython adjusts
                        // the slice to the length it has after unpacking it.
                        let cur = l.len();
                        if idx.step == 1 {
                            let start = (idx.start as usize).min(cur);
                            let end = (idx.start as usize + idx.len).min(cur);
                            l.splice(start..end, items);
                            return Ok(());
                        }
                        let targets: Vec<usize> = idx.indices().filter(|&i| i < cur).collect();
                        if items.len() != targets.len() {
                            drop(l);
                            let msg = format!(
                                "attempt to assign sequence of size {} to extended slice of size {}",
                                items.len(),
                                targets.len()
                            );
                            return Err(self.value_error(msg));
                        }
                        for (i, v) in targets.into_iter().zip(items) {
                            l[i] = v;
                        }
                        return Ok(());
                    }
                    let i = self.index_value(key, "list")?;
                    let len = l.borrow().len();
                    return match Self::norm_index(i, len) {
                        Some(j) => {
                            l.borrow_mut()[j] = value;
                            Ok(())
                        }
                        None => Err(self.index_error("list assignment index out of range")),
                    };
                }
                // A class's `mappingproxy` is read-only.
                Payload::Dict(_) | Payload::AttrDict(_) if !self.is_mappingproxy(o) => {
                    return self.dict_set(container, key, value)
                }
                _ => {}
            }
        }
        match self.type_lookup(self.type_of(container), self.s.names.setitem) {
            Some(f) => self
                .call_value(f, &[container, key, value], &[])
                .map(|_| ()),
            None => {
                let msg = format!(
                    "'{}' object does not support item assignment",
                    self.type_name(container)
                );
                Err(self.type_error(msg))
            }
        }
    }

    /// `container[start:stop] = value` for an exact list receiving the items of another
    /// exact list or a tuple, with bounds that are small ints or `None` and no step:
    /// nothing there can run Python code or raise, so the items are copied straight from
    /// the source, with no intermediate `Vec`. False (nothing done) for every other case,
    /// which the caller sends down the general path.
    #[inline(never)]
    pub(crate) fn set_list_slice_plain(
        &mut self,
        container: Value,
        start: Value,
        stop: Value,
        step: Value,
        value: Value,
    ) -> bool {
        let (Value::Obj(o), Value::Obj(src)) = (container, value) else {
            return false;
        };
        let (Payload::List(l), Some(a), Some(b), Value::None) =
            (&o.payload, plain_bound(start), plain_bound(stop), step)
        else {
            return false;
        };
        if !Gc::ptr_eq(o.class(), self.s.types.list) || Gc::ptr_eq(o, src) {
            return false;
        }
        let exact_src = |c| Gc::ptr_eq(src.class(), c);
        match &src.payload {
            Payload::List(items) if exact_src(self.s.types.list) => {
                let items = items.borrow();
                replace_range(&mut l.borrow_mut(), a, b, &items);
            }
            Payload::Tuple(items) if exact_src(self.s.types.tuple) => {
                replace_range(&mut l.borrow_mut(), a, b, items);
            }
            _ => return false,
        }
        true
    }

    /// `del container[key]`.
    pub(crate) fn del_item(&mut self, container: Value, key: Value) -> PyResult<()> {
        if let Some(f) = self.user_override(container, self.s.names.delitem) {
            self.call_value(f, &[container, key], &[])?;
            return Ok(());
        }
        self.del_item_native(container, key)
    }

    /// `del container[key]` without a subclass's `__delitem__` override.
    pub(crate) fn del_item_native(&mut self, container: Value, key: Value) -> PyResult<()> {
        if let Value::Obj(o) = container {
            match &o.payload {
                Payload::List(l) => {
                    if matches!(key.payload(), Some(Payload::Slice { .. })) {
                        let len = l.borrow().len();
                        let idx = self.slice_indices(key, len)?;
                        let mut drop_idx: Vec<usize> = idx.indices().collect();
                        drop_idx.sort_unstable();
                        let mut l = l.borrow_mut();
                        for i in drop_idx.into_iter().rev() {
                            l.remove(i);
                        }
                        return Ok(());
                    }
                    let i = self.index_value(key, "list")?;
                    let len = l.borrow().len();
                    return match Self::norm_index(i, len) {
                        Some(j) => {
                            l.borrow_mut().remove(j);
                            Ok(())
                        }
                        None => Err(self.index_error("list assignment index out of range")),
                    };
                }
                Payload::Dict(_) | Payload::AttrDict(_) if !self.is_mappingproxy(o) => {
                    return match self.dict_remove(container, key)? {
                        Some(_) => Ok(()),
                        None => Err(self.key_error(key)),
                    };
                }
                _ => {}
            }
        }
        match self.type_lookup(self.type_of(container), self.s.names.delitem) {
            Some(f) => self.call_value(f, &[container, key], &[]).map(|_| ()),
            None => {
                let msg = format!(
                    "'{}' object does not support item deletion",
                    self.type_name(container)
                );
                Err(self.type_error(msg))
            }
        }
    }
}

/// `range(start, ..., step)[slice]` as CPython computes it: the bounds the slice's indices
/// select (`start + i * step`), `None` when the new step or a bound leaves i64.
fn range_slice(start: i64, step: i64, idx: SliceIndices) -> Option<Payload> {
    let at = |i: i64| i64::try_from(i128::from(start) + i128::from(i) * i128::from(step)).ok();
    let new_step = step.checked_mul(idx.step)?;
    let new_start = at(idx.start)?;
    // The stop may lie one step outside i64 when the slice runs to the end; the value just
    // past the last one selects the same items.
    let new_stop = at(idx.stop).or_else(|| {
        if idx.len == 0 {
            return Some(new_start);
        }
        let last = i128::from(new_start) + (idx.len as i128 - 1) * i128::from(new_step);
        i64::try_from(last + i128::from(new_step.signum())).ok()
    })?;
    Some(Payload::Range {
        start: new_start,
        stop: new_stop,
        step: new_step,
    })
}

/// A slice bound that needs no conversion: `Some(None)` for `None`, `Some(Some(i))` for a
/// small int, `None` for anything else (bools and big ints included: the general path).
#[inline(always)]
fn plain_bound(v: Value) -> Option<Option<i64>> {
    match v {
        Value::None => Some(None),
        Value::Int(i) => Some(Some(i)),
        _ => None,
    }
}

/// Replaces the items a step-1 slice `start:stop` selects from `list` by `items`.
fn replace_range(list: &mut Vec<Value>, start: Option<i64>, stop: Option<i64>, items: &[Value]) {
    let idx = SliceIndices::adjust(start, stop, 1, list.len());
    let (start, end) = (idx.start as usize, idx.start as usize + idx.len);
    if end - start == items.len() {
        list[start..end].copy_from_slice(items);
    } else {
        list.splice(start..end, items.iter().copied());
    }
}
