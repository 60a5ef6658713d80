//! The iteration protocol: `iter()` for builtin and user types, `next()` on every iterator
//! kind, draining an iterable into a vector, and sequence unpacking.

use std::cell::Cell;

use krait_gc::{Gc, GcCell};

use crate::error::PyResult;
use crate::interp::ops::range_len;
use crate::object::iter::DictIterKind;
use crate::object::{IterState, Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

/// One step of [`Vm::fold_iter`]: the fold's state is `vm.s.temp_roots[base..]`; the item
/// is the next one. Returns whether to go on.
pub(crate) type FoldStep = fn(&mut Vm, usize, Value) -> PyResult<bool>;

/// The state of an iterator over `len` values from `first` by `step`.
pub(crate) fn range_iter_state(first: i64, step: i64, len: u64) -> IterState {
    IterState::Range {
        first,
        len,
        cur: Cell::new(first),
        left: Cell::new(len),
        step,
    }
}

impl Vm {
    /// `iter(v)`.
    pub fn get_iter(&mut self, v: Value) -> PyResult<Value> {
        if let Some(f) = self.user_override(v, self.s.names.iter) {
            let _ = f;
            return self.get_iter_dunder(v);
        }
        self.get_iter_native(v)
    }

    /// `iter(v)` without a subclass's `__iter__` override (the builtin `__iter__` slots).
    pub(crate) fn get_iter_native(&mut self, v: Value) -> PyResult<Value> {
        let t = &self.s.types;
        let (class, state) = match v {
            Value::Obj(o) => match &o.payload {
                Payload::List(_) => (
                    t.list_iterator,
                    IterState::Seq {
                        seq: GcCell::new(o),
                        idx: Cell::new(0),
                    },
                ),
                Payload::Tuple(_) => (
                    t.tuple_iterator,
                    IterState::Seq {
                        seq: GcCell::new(o),
                        idx: Cell::new(0),
                    },
                ),
                Payload::Str(_) => (
                    t.str_iterator,
                    IterState::Str {
                        s: o,
                        pos: Cell::new(0),
                    },
                ),
                Payload::Range { start, stop, step } => (
                    t.range_iterator,
                    range_iter_state(*start, *step, range_len(*start, *stop, *step) as u64),
                ),
                Payload::Dict(d) => (
                    t.dict_keyiterator,
                    IterState::Dict {
                        dict: GcCell::new(o),
                        pos: Cell::new(d.borrow().iter_base()),
                        kind: DictIterKind::Keys,
                        len: d.borrow().len(),
                        left: Cell::new(d.borrow().len()),
                    },
                ),
                Payload::Set(d) => (
                    t.set_iterator,
                    IterState::Set {
                        set: GcCell::new(o),
                        pos: Cell::new(0),
                        len: d.borrow().len(),
                    },
                ),
                Payload::AttrDict(_) => {
                    let (len, base) = crate::interp::dictops::table(&v)
                        .map_or((0, 0), |d| (d.borrow().len(), d.borrow().iter_base()));
                    (
                        t.dict_keyiterator,
                        IterState::Dict {
                            dict: GcCell::new(o),
                            pos: Cell::new(base),
                            kind: DictIterKind::Keys,
                            len,
                            left: Cell::new(len),
                        },
                    )
                }
                Payload::DictView { dict, kind } => {
                    let class = match kind {
                        DictIterKind::Keys => t.dict_keyiterator,
                        DictIterKind::Values => t.dict_valueiterator,
                        DictIterKind::Items => t.dict_itemiterator,
                    };
                    let (len, base) = crate::interp::dictops::table(&Value::Obj(*dict))
                        .map_or((0, 0), |d| (d.borrow().len(), d.borrow().iter_base()));
                    (
                        class,
                        IterState::Dict {
                            dict: GcCell::new(*dict),
                            pos: Cell::new(base),
                            kind: *kind,
                            len,
                            left: Cell::new(len),
                        },
                    )
                }
                Payload::Bytes(_) | Payload::ByteArray(_) | Payload::Array(_) => (
                    t.seq_iterator,
                    IterState::GetItem {
                        obj: GcCell::new(v),
                        idx: Cell::new(0),
                    },
                ),
                Payload::Iter(_) | Payload::Generator(_) => return Ok(v),
                _ => return self.get_iter_dunder(v),
            },
            _ => return self.get_iter_dunder(v),
        };
        Ok(Value::Obj(self.alloc(class, Payload::Iter(state))))
    }

    fn get_iter_dunder(&mut self, v: Value) -> PyResult<Value> {
        let class = self.type_of(v);
        let found = self.type_lookup(class, self.s.names.iter);
        // `__iter__ = None` declares the object not iterable, `__getitem__` or not.
        if matches!(found, Some(Value::None)) {
            let msg = format!("'{}' object is not iterable", self.type_name(v));
            return Err(self.type_error(msg));
        }
        if let Some(f) = found {
            if !f.is_none() {
                let it = self.call_value(f, &[v], &[])?;
                if self
                    .type_lookup(self.type_of(it), self.s.names.next)
                    .is_none()
                    && !matches!(it.payload(), Some(Payload::Iter(_) | Payload::Generator(_)))
                {
                    let msg = format!(
                        "iter() returned non-iterator of type '{}'",
                        self.type_name(it)
                    );
                    return Err(self.type_error(msg));
                }
                return Ok(it);
            }
        }
        if self.type_lookup(class, self.s.names.getitem).is_some() {
            let state = IterState::GetItem {
                obj: GcCell::new(v),
                idx: Cell::new(0),
            };
            return Ok(Value::Obj(
                self.alloc(self.s.types.seq_iterator, Payload::Iter(state)),
            ));
        }
        let msg = format!("'{}' object is not iterable", self.type_name(v));
        Err(self.type_error(msg))
    }

    /// The next item of `inner`, an iterator that a builtin combinator (`map`, `filter`,
    /// `zip`, `enumerate`) draws from. A combinator over a combinator recurses on the Rust
    /// stack, once per level of nesting the program built: that case runs on a stack grown
    /// on demand, so any depth works (CPython, which does not count these levels toward the
    /// recursion limit either, overflows its C stack instead); leaves go straight through.
    fn next_inner(&mut self, inner: Value) -> PyResult<Option<Value>> {
        let nested = matches!(
            inner.payload(),
            Some(Payload::Iter(
                IterState::Enumerate { .. }
                    | IterState::Zip { .. }
                    | IterState::StrictZip { .. }
                    | IterState::Map { .. }
                    | IterState::Filter { .. }
            ))
        );
        if nested {
            stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.next_item(inner))
        } else {
            self.next_item(inner)
        }
    }

    /// `next(it)`: `Some(item)`, or `None` when exhausted.
    #[inline]
    pub(crate) fn next_item(&mut self, it: Value) -> PyResult<Option<Value>> {
        // Kept small so that a native iterator (`itertools.repeat`) reaches its `__next__`
        // without paying for the large frame of `next_iter_state`.
        let Value::Obj(o) = it else {
            return self.next_dunder(it);
        };
        match &o.payload {
            Payload::Iter(_) => self.next_iter_state(o),
            Payload::Generator(_) => self.generator_next(o, Value::None),
            _ => self.next_dunder(it),
        }
    }

    /// `next_item` for the iterator states the VM implements itself.
    fn next_iter_state(&mut self, o: Gc<Object>) -> PyResult<Option<Value>> {
        let it = Value::Obj(o);
        let Payload::Iter(state) = &o.payload else {
            return self.next_dunder(it);
        };
        match state {
            IterState::Seq { seq, idx } => {
                let i = idx.get();
                let item = match &seq.get().payload {
                    Payload::List(l) => l.borrow().get(i).copied(),
                    Payload::Tuple(t) => t.get(i).copied(),
                    _ => None,
                };
                match item {
                    Some(v) => {
                        idx.set(i + 1);
                        Ok(Some(v))
                    }
                    None => {
                        idx.set(usize::MAX);
                        seq.set(self.s.empty_tuple);
                        Ok(None)
                    }
                }
            }
            IterState::Str { s, pos } => {
                let Payload::Str(text) = &s.payload else {
                    return Ok(None);
                };
                let p = pos.get();
                match text.as_str()[p.min(text.as_str().len())..].chars().next() {
                    Some(c) => {
                        pos.set(p + c.len_utf8());
                        Ok(Some(self.new_char(c)))
                    }
                    None => Ok(None),
                }
            }
            IterState::Range {
                cur, left, step, ..
            } => {
                let n = left.get();
                if n == 0 {
                    return Ok(None);
                }
                let v = cur.get();
                left.set(n - 1);
                cur.set(v.wrapping_add(*step));
                Ok(Some(Value::Int(v)))
            }
            IterState::Dict {
                dict,
                pos,
                kind,
                len,
                left,
            } => {
                let dv = Value::Obj(dict.get());
                let Some(table) = crate::interp::dictops::table(&dv) else {
                    return Ok(None);
                };
                let t = table.borrow();
                if t.len() != *len {
                    drop(t);
                    pos.set(usize::MAX);
                    let msg = "dictionary changed size during iteration";
                    return Err(self.runtime_error(msg));
                }
                if pos.get() == usize::MAX {
                    return Ok(None);
                }
                match t.next_iter_entry(pos.get()) {
                    Some((p, e)) => {
                        drop(t);
                        let n = left.get();
                        if n == 0 {
                            pos.set(usize::MAX);
                            let msg = "dictionary keys changed during iteration";
                            return Err(self.runtime_error(msg));
                        }
                        left.set(n - 1);
                        pos.set(p + 1);
                        Ok(Some(match kind {
                            DictIterKind::Keys => e.key,
                            DictIterKind::Values => e.value,
                            DictIterKind::Items => self.new_tuple_from(&[e.key, e.value]),
                        }))
                    }
                    None => {
                        drop(t);
                        pos.set(usize::MAX);
                        dict.set(self.s.empty_tuple);
                        Ok(None)
                    }
                }
            }
            IterState::Set { set, pos, len } => {
                let sv = Value::Obj(set.get());
                let Some(table) = crate::interp::setops::set_table(&sv) else {
                    return Ok(None);
                };
                let t = table.borrow();
                if t.len() != *len {
                    drop(t);
                    pos.set(usize::MAX);
                    return Err(self.runtime_error("Set changed size during iteration"));
                }
                if pos.get() == usize::MAX {
                    return Ok(None);
                }
                match t.next_active(pos.get()) {
                    Some((p, key)) => {
                        pos.set(p + 1);
                        Ok(Some(key))
                    }
                    None => {
                        drop(t);
                        pos.set(usize::MAX);
                        set.set(self.s.empty_tuple);
                        Ok(None)
                    }
                }
            }
            IterState::Reversed { seq, left } => {
                let n = left.get();
                if n == 0 {
                    seq.set(self.s.empty_tuple);
                    return Ok(None);
                }
                let i = n - 1;
                let item = match &seq.get().payload {
                    Payload::List(l) => l.borrow().get(i).copied(),
                    Payload::Tuple(t) => t.get(i).copied(),
                    Payload::Str(s) => s.char_at(i).map(|c| self.new_char(c)),
                    _ => None,
                };
                left.set(i);
                match item {
                    Some(v) => Ok(Some(v)),
                    None => {
                        left.set(0);
                        seq.set(self.s.empty_tuple);
                        Ok(None)
                    }
                }
            }
            IterState::Enumerate { it, count } => {
                let Some(item) = self.next_inner(*it)? else {
                    return Ok(None);
                };
                let c = count.get();
                let next = match c {
                    Value::Int(i) if i < i64::MAX => Value::Int(i + 1),
                    _ => self.binary_op(c, Value::Int(1), krait_bytecode::BinaryOpKind::Add)?,
                };
                count.set(next);
                Ok(Some(self.new_tuple_from(&[c, item])))
            }
            IterState::Zip { its } => {
                // Up to four iterators collect into a buffer on the stack (a `Vec` was a
                // `malloc` and `free` per item).
                let mut buf = [Value::None; 4];
                if let Some(items) = buf.get_mut(..its.len()) {
                    for (slot, &i) in items.iter_mut().zip(its.iter()) {
                        match self.next_inner(i)? {
                            Some(v) => *slot = v,
                            None => return Ok(None),
                        }
                    }
                    if items.is_empty() {
                        return Ok(None);
                    }
                    return Ok(Some(self.new_tuple_from(items)));
                }
                let mut items = Vec::with_capacity(its.len());
                for &i in its.iter() {
                    match self.next_inner(i)? {
                        Some(v) => items.push(v),
                        None => return Ok(None),
                    }
                }
                if items.is_empty() {
                    return Ok(None);
                }
                Ok(Some(self.new_tuple(items)))
            }
            IterState::Map { func, its } => {
                let mut buf = [Value::None; 4];
                if let Some(args) = buf.get_mut(..its.len()) {
                    for (slot, &i) in args.iter_mut().zip(its.iter()) {
                        match self.next_inner(i)? {
                            Some(v) => *slot = v,
                            None => return Ok(None),
                        }
                    }
                    return self.call_value(*func, args, &[]).map(Some);
                }
                let mut args = Vec::with_capacity(its.len());
                for &i in its.iter() {
                    match self.next_inner(i)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                self.call_value(*func, &args, &[]).map(Some)
            }
            IterState::Filter { func, it } => loop {
                let Some(item) = self.next_inner(*it)? else {
                    return Ok(None);
                };
                let keep = if func.is_none() {
                    self.truthy(item)?
                } else {
                    let r = self.call_value(*func, &[item], &[])?;
                    self.truthy(r)?
                };
                if keep {
                    return Ok(Some(item));
                }
            },
            IterState::GetItem { obj, idx } => {
                let i = idx.get();
                if i < 0 {
                    return Ok(None);
                }
                match self.get_item(obj.get(), Value::Int(i)) {
                    Ok(v) => {
                        // A `__getitem__` that ended this very iterator leaves it ended.
                        if idx.get() >= 0 {
                            idx.set(i + 1);
                        }
                        Ok(Some(v))
                    }
                    Err(e)
                        if self.exc_matches(e, self.s.types.index_error)
                            || self.exc_matches(e, self.s.types.stop_iteration) =>
                    {
                        idx.set(-1);
                        obj.set(Value::None);
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            IterState::ReversedGetItem { obj, idx } => {
                let i = idx.get();
                if i < 0 {
                    obj.set(Value::None);
                    return Ok(None);
                }
                match self.get_item(obj.get(), Value::Int(i)) {
                    Ok(v) => {
                        if idx.get() >= 0 {
                            idx.set(i - 1);
                        }
                        Ok(Some(v))
                    }
                    Err(e)
                        if self.exc_matches(e, self.s.types.index_error)
                            || self.exc_matches(e, self.s.types.stop_iteration) =>
                    {
                        idx.set(-1);
                        obj.set(Value::None);
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            IterState::StrictZip { its } => self.strict_zip_next(its),
            IterState::Callable {
                func,
                sentinel,
                done,
            } => {
                if done.get() {
                    return Ok(None);
                }
                let v = match self.call_value(*func, &[], &[]) {
                    Ok(v) => v,
                    // The callable raising StopIteration ends the iteration quietly.
                    Err(e) if self.exc_matches(e, self.s.types.stop_iteration) => {
                        done.set(true);
                        return Ok(None);
                    }
                    Err(e) => return Err(e),
                };
                // A call that exhausted this very iterator (re-entering it) ends it too.
                if done.get() {
                    return Ok(None);
                }
                if self.eq(*sentinel, v)? {
                    done.set(true);
                    return Ok(None);
                }
                Ok(Some(v))
            }
        }
    }

    /// One step of `zip(strict=True)`: an iterator ending before or after the others is a
    /// `ValueError` naming the arguments, as CPython words it.
    fn strict_zip_next(&mut self, its: &[Value]) -> PyResult<Option<Value>> {
        let mut items = Vec::with_capacity(its.len());
        for (i, &it) in its.iter().enumerate() {
            match self.next_inner(it)? {
                Some(v) => items.push(v),
                None if i == 0 => {
                    for (j, &other) in its.iter().enumerate().skip(1) {
                        if self.next_inner(other)?.is_some() {
                            let msg = format!(
                                "zip() argument {} is longer than argument{}",
                                j + 1,
                                plural_args(j)
                            );
                            return Err(self.value_error(msg));
                        }
                    }
                    return Ok(None);
                }
                None => {
                    let msg = format!(
                        "zip() argument {} is shorter than argument{}",
                        i + 1,
                        plural_args(i)
                    );
                    return Err(self.value_error(msg));
                }
            }
        }
        if items.is_empty() {
            return Ok(None);
        }
        Ok(Some(self.new_tuple(items)))
    }

    fn next_dunder(&mut self, it: Value) -> PyResult<Option<Value>> {
        let class = self.type_of(it);
        let Some(f) = self.type_lookup(class, self.s.names.next) else {
            let msg = format!("'{}' object is not an iterator", self.type_name(it));
            return Err(self.type_error(msg));
        };
        let r = match f.payload() {
            // A native `__next__` (itertools, the stdlib's iterators) is called straight:
            // `call_builtin`'s checks hold here (the receiver is there and of the owner
            // class), and no argument list or bound method is built per item.
            Some(Payload::Builtin(b))
                if b.kind == crate::object::BuiltinKind::Method
                    && b.owner.is_none_or(|owner| Gc::ptr_eq(owner, class)) =>
            {
                let func = b.func;
                self.native_depth += 1;
                let r = func(self, &[it], &[]);
                self.native_depth -= 1;
                r
            }
            _ => self.call_slot_method(f, it),
        };
        match r {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.exc_matches(e, self.s.types.stop_iteration) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// All items of an iterable.
    pub fn collect_iter(&mut self, v: Value) -> PyResult<Vec<Value>> {
        match v {
            // Exactly lists and tuples: a subclass may override `__iter__`.
            Value::Obj(o) if o.class().as_class().is_some_and(|c| c.builtin) => match &o.payload {
                Payload::List(l) => return Ok(l.borrow().clone()),
                Payload::Tuple(t) => return Ok(t.to_vec()),
                _ => {}
            },
            _ => {}
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next_item(it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// Folds the items of `iterable` into `state` with `step`, for builtins that consume
    /// an iterable (`sum`, `min`, `list(gen)`, `str.join`, …); returns the final state.
    ///
    /// The whole loop runs in one heap region, and a generator being consumed is resumed
    /// in it directly (no region per item): its garbage is collected as it runs, by young
    /// and full collections of the region, while everything older — whatever the calling
    /// builtin holds — is kept. Across items nothing but the state survives, and the state
    /// lives in rooted slots (`temp_roots[base..]`, `base` passed to `step`): `step` is a
    /// plain function, so it cannot capture an item and keep it past its own return.
    /// `step` returns false to stop early.
    pub(crate) fn fold_iter(
        &mut self,
        iterable: Value,
        state: &[Value],
        step: FoldStep,
    ) -> PyResult<Vec<Value>> {
        let it = self.get_iter(iterable)?;
        let base = self.s.temp_roots.len();
        self.s.temp_roots.extend_from_slice(state);
        let outer_depth = self.collect_depth;
        let region = self.heap.open_region();
        self.collect_depth = self.native_depth;
        let r: PyResult<()> = (|| {
            while let Some(x) = self.fold_next(it)? {
                if !step(self, base, x)? {
                    break;
                }
            }
            Ok(())
        })();
        self.collect_depth = outer_depth;
        let raised = r.as_ref().err().map(|e| e.obj());
        if self.heap.should_collect_at_region_exit(raised) {
            // The state is rooted; of the rest of the region, only an exception the loop
            // ended with is held by anyone below.
            let raised = match &r {
                Ok(()) => Value::None,
                Err(e) => e.value(),
            };
            self.collect_at_region_exit(raised);
        }
        self.heap.close_region(region);
        let out = self.s.temp_roots.split_off(base);
        r.map(|()| out)
    }

    /// The next item for [`Vm::fold_iter`]: generators are resumed without counting a
    /// native frame (the fold holds nothing the region does not protect), so their safe
    /// points collect in the fold's region.
    fn fold_next(&mut self, it: Value) -> PyResult<Option<Value>> {
        if let Value::Obj(o) = it {
            if matches!(o.payload, Payload::Generator(_)) {
                return match self.gen_resume(o, Value::None, None)? {
                    crate::interp::generator::GenStep::Yield(v) => Ok(Some(v)),
                    crate::interp::generator::GenStep::Return(_) => Ok(None),
                };
            }
        }
        self.next_item(it)
    }

    /// All items of an iterable, as [`Vm::collect_iter`], gathered by [`Vm::fold_iter`] so
    /// that a generator producing them collects its garbage as it runs.
    pub(crate) fn collect_iter_folded(&mut self, v: Value) -> PyResult<Vec<Value>> {
        match v {
            // Exactly lists and tuples: a subclass may override `__iter__`.
            Value::Obj(o) if o.class().as_class().is_some_and(|c| c.builtin) => match &o.payload {
                Payload::List(l) => return Ok(l.borrow().clone()),
                Payload::Tuple(t) => return Ok(t.to_vec()),
                _ => {}
            },
            _ => {}
        }
        let list = self.new_list(Vec::new());
        let state = self.fold_iter(v, &[list], |vm, base, x| {
            if let Some(Payload::List(l)) = vm.s.temp_roots[base].payload() {
                l.borrow_mut().push(x);
            }
            Ok(true)
        })?;
        Ok(match state[0].payload() {
            Some(Payload::List(l)) => std::mem::take(&mut *l.borrow_mut()),
            _ => Vec::new(),
        })
    }

    /// `UNPACK_SEQUENCE n`: pushes the items of `seq`, first item on top.
    pub(crate) fn unpack_sequence(&mut self, seq: Value, n: usize) -> PyResult<()> {
        let exact = matches!(seq, Value::Obj(o) if o.class().as_class().is_some_and(|c| c.builtin));
        let fast = match seq.payload().filter(|_| exact) {
            Some(Payload::Tuple(t)) if t.len() == n => {
                self.s.stack.extend(t.iter().rev());
                true
            }
            Some(Payload::List(l)) if l.borrow().len() == n => {
                self.s.stack.extend(l.borrow().iter().rev());
                true
            }
            _ => false,
        };
        if fast {
            return Ok(());
        }
        let it = match self.get_iter(seq) {
            Ok(it) => it,
            Err(e) if self.exc_matches(e, self.s.types.type_error) => {
                let msg = format!("cannot unpack non-iterable {} object", self.type_name(seq));
                return Err(self.type_error(msg));
            }
            Err(e) => return Err(e),
        };
        let mut items = Vec::with_capacity(n);
        while let Some(x) = self.next_item(it)? {
            if items.len() == n {
                let msg = format!("too many values to unpack (expected {n})");
                return Err(self.value_error(msg));
            }
            items.push(x);
        }
        if items.len() < n {
            let msg = format!(
                "not enough values to unpack (expected {n}, got {})",
                items.len()
            );
            return Err(self.value_error(msg));
        }
        self.s.stack.extend(items.into_iter().rev());
        Ok(())
    }

    /// `UNPACK_EX`: `before` items, a list of the middle, `after` items; first on top.
    pub(crate) fn unpack_ex(&mut self, seq: Value, before: usize, after: usize) -> PyResult<()> {
        let items = match self.collect_iter(seq) {
            Ok(items) => items,
            Err(e)
                if self.exc_matches(e, self.s.types.type_error) && self.get_iter(seq).is_err() =>
            {
                let msg = format!("cannot unpack non-iterable {} object", self.type_name(seq));
                return Err(self.type_error(msg));
            }
            Err(e) => return Err(e),
        };
        if items.len() < before + after {
            let msg = format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            );
            return Err(self.value_error(msg));
        }
        let mid_end = items.len() - after;
        for &v in items[mid_end..].iter().rev() {
            self.s.stack.push(v);
        }
        let middle = self.new_list(items[before..mid_end].to_vec());
        self.s.stack.push(middle);
        for &v in items[..before].iter().rev() {
            self.s.stack.push(v);
        }
        Ok(())
    }
}

/// `" 1"` or `"s 1-N"`: the arguments before argument `n + 1` in a strict `zip` message.
fn plural_args(n: usize) -> String {
    if n == 1 {
        " 1".to_owned()
    } else {
        format!("s 1-{n}")
    }
}
