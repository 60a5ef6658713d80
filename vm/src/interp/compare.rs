//! Rich comparisons: numbers across int/float/big int, strs, lexicographic sequences,
//! dicts and sets, and user `__eq__` / `__lt__` … with reflection and the identity default.

use std::cmp::Ordering;

use krait_bytecode::CompareKind;
use krait_gc::Gc;

use crate::error::PyResult;
use crate::interp::arith::{as_num, Num};
use crate::object::class::is_subclass;
use crate::object::int::{cmp_int_float, IntRef};
use crate::object::{Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

fn ordering_matches(kind: CompareKind, ord: Ordering) -> bool {
    match kind {
        CompareKind::Lt => ord == Ordering::Less,
        CompareKind::Le => ord != Ordering::Greater,
        CompareKind::Eq => ord == Ordering::Equal,
        CompareKind::Ne => ord != Ordering::Equal,
        CompareKind::Gt => ord == Ordering::Greater,
        CompareKind::Ge => ord != Ordering::Less,
    }
}

fn reflected(kind: CompareKind) -> CompareKind {
    match kind {
        CompareKind::Lt => CompareKind::Gt,
        CompareKind::Le => CompareKind::Ge,
        CompareKind::Eq => CompareKind::Eq,
        CompareKind::Ne => CompareKind::Ne,
        CompareKind::Gt => CompareKind::Lt,
        CompareKind::Ge => CompareKind::Le,
    }
}

/// Compares two numbers; `None` when unordered (NaN).
pub(crate) fn cmp_nums(a: Num<'_>, b: Num<'_>) -> Option<Ordering> {
    match (a, b) {
        (Num::Int(IntRef::Small(x)), Num::Int(IntRef::Small(y))) => Some(x.cmp(&y)),
        (Num::Int(x), Num::Int(y)) => Some(x.to_big().cmp(&y.to_big())),
        (Num::Float(x), Num::Float(y)) => x.partial_cmp(&y),
        (Num::Int(x), Num::Float(y)) => cmp_int_float(x, y),
        (Num::Float(x), Num::Int(y)) => cmp_int_float(y, x).map(Ordering::reverse),
    }
}

impl Vm {
    /// `a == b` as a bool, with the identity shortcut containers use. A float NaN is
    /// identical to itself (`x is x`), so `x in [x]` holds for it too, as in CPython where
    /// the list holds the same object.
    pub fn eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if a.is(b) {
            return Ok(true);
        }
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => return Ok(x == y),
            (Value::Obj(x), Value::Obj(y)) => {
                // Plain strs only: a subclass may define `__eq__`.
                if let (Payload::Str(s), Payload::Str(t)) = (&x.payload, &y.payload) {
                    let str_ = self.s.types.str;
                    if Gc::ptr_eq(x.class(), str_) && Gc::ptr_eq(y.class(), str_) {
                        return Ok(s.as_str() == t.as_str());
                    }
                }
            }
            _ => {}
        }
        let r = self.compare_op(a, b, CompareKind::Eq)?;
        match r {
            Value::Bool(b) => Ok(b),
            _ => self.truthy(r),
        }
    }

    /// `a < b` as a bool (sorting, `min`, `max`).
    pub fn lt(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            return Ok(x < y);
        }
        let r = self.compare_op(a, b, CompareKind::Lt)?;
        match r {
            Value::Bool(b) => Ok(b),
            _ => self.truthy(r),
        }
    }

    /// `a <op> b`.
    pub(crate) fn compare_op(&mut self, a: Value, b: Value, kind: CompareKind) -> PyResult<Value> {
        if let Some(r) = self.builtin_compare(a, b, kind)? {
            return Ok(Value::Bool(r));
        }
        self.rich_compare(a, b, kind)
    }

    /// Comparisons between builtin values; `None` when user code must decide.
    pub(crate) fn builtin_compare(
        &mut self,
        a: Value,
        b: Value,
        kind: CompareKind,
    ) -> PyResult<Option<bool>> {
        // A user subclass of a builtin type that defines the comparison decides.
        for (v, k) in [(a, kind), (b, reflected(kind))] {
            if let Value::Obj(o) = v {
                if self.user_compares(o, k) {
                    return Ok(None);
                }
            }
        }
        self.builtin_compare_native(a, b, kind)
    }

    /// [`Vm::builtin_compare`] without asking subclasses (the builtin comparison slots).
    pub(crate) fn builtin_compare_native(
        &mut self,
        a: Value,
        b: Value,
        kind: CompareKind,
    ) -> PyResult<Option<bool>> {
        if let Some(r) = crate::builtins::complex::compare(self, a, b, kind)? {
            return Ok(Some(r));
        }
        if let (Some(x), Some(y)) = (as_num(&a), as_num(&b)) {
            return Ok(Some(match cmp_nums(x, y) {
                Some(ord) => ordering_matches(kind, ord),
                None => kind == CompareKind::Ne,
            }));
        }
        let (Value::Obj(x), Value::Obj(y)) = (a, b) else {
            return Ok(match (a, b) {
                (Value::None, Value::None) if is_equality(kind) => Some(kind == CompareKind::Eq),
                _ => None,
            });
        };
        match (&x.payload, &y.payload) {
            (Payload::Str(s), Payload::Str(t)) => {
                Ok(Some(ordering_matches(kind, s.cmp_code_points(t))))
            }
            // Weak references are equal when their live targets are, else when they are
            // the same reference.
            (Payload::WeakRef { slot: p, .. }, Payload::WeakRef { slot: q, .. })
                if is_equality(kind) =>
            {
                let same = match (p.get(), q.get()) {
                    (Some(p), Some(q)) => self.eq(Value::Obj(p), Value::Obj(q))?,
                    _ => Gc::ptr_eq(x, y),
                };
                Ok(Some(same == (kind == CompareKind::Eq)))
            }
            (Payload::Bytes(s), Payload::Bytes(t)) => Ok(Some(ordering_matches(kind, s.cmp(t)))),
            (
                Payload::Bytes(_) | Payload::ByteArray(_),
                Payload::Bytes(_) | Payload::ByteArray(_),
            ) => Ok(crate::builtins::bytes::compare(&a, &b, kind)),
            (Payload::List(_), Payload::List(_)) | (Payload::Tuple(_), Payload::Tuple(_)) => {
                if self.user_compares(x, kind) || self.user_compares(y, reflected(kind)) {
                    return Ok(None);
                }
                self.compare_sequences(a, b, kind).map(Some)
            }
            (Payload::Dict(_) | Payload::AttrDict(_), Payload::Dict(_) | Payload::AttrDict(_))
                if is_equality(kind) =>
            {
                let eq = self.dicts_equal(a, b)?;
                Ok(Some(eq == (kind == CompareKind::Eq)))
            }
            (Payload::Set(_), Payload::Set(_)) => self.compare_sets(a, b, kind).map(Some),
            // Slices compare as the tuples `(start, stop, step)`.
            (
                Payload::Slice {
                    start: s1,
                    stop: e1,
                    step: t1,
                },
                Payload::Slice {
                    start: s2,
                    stop: e2,
                    step: t2,
                },
            ) => {
                let ta = self.new_tuple(vec![*s1, *e1, *t1]);
                let tb = self.new_tuple(vec![*s2, *e2, *t2]);
                self.compare_sequences(ta, tb, kind).map(Some)
            }
            (Payload::Range { .. }, Payload::Range { .. }) if is_equality(kind) => {
                let eq = range_eq(&x.payload, &y.payload);
                Ok(Some(eq == (kind == CompareKind::Eq)))
            }
            (Payload::DictView { .. }, Payload::DictView { .. })
            | (Payload::DictView { .. }, Payload::Set(_))
            | (Payload::Set(_), Payload::DictView { .. }) => {
                if !is_values_view(&x.payload) && !is_values_view(&y.payload) {
                    return self.compare_set_like(a, b, kind).map(Some);
                }
                // A values view is not set-like: only identity makes it equal.
                if is_equality(kind) {
                    return Ok(Some(a.is(b) == (kind == CompareKind::Eq)));
                }
                Ok(None)
            }
            // Bound methods are equal when bound to the same object (by identity) and their
            // functions are equal, so `obj.m == obj.m` although each access makes a new one.
            (
                Payload::BoundMethod {
                    func: f,
                    receiver: r,
                },
                Payload::BoundMethod {
                    func: g,
                    receiver: q,
                },
            ) if is_equality(kind) => {
                let (f, r, g, q) = (*f, *r, *g, *q);
                let eq = r.is(q) && self.eq(f, g)?;
                Ok(Some(eq == (kind == CompareKind::Eq)))
            }
            (Payload::Instance(_), _) | (_, Payload::Instance(_)) => Ok(None),
            (Payload::MemoryView(_), _) | (_, Payload::MemoryView(_)) => Ok(None),
            (Payload::Array(_), _) | (_, Payload::Array(_)) => Ok(None),
            (Payload::Exception(_), _) | (_, Payload::Exception(_)) => Ok(None),
            (Payload::ContextVars(_), _) | (_, Payload::ContextVars(_)) => Ok(None),
            (Payload::Native(_), _) | (_, Payload::Native(_)) => Ok(None),
            (Payload::Cell(_), _) | (_, Payload::Cell(_)) => Ok(None),
            _ => {
                if is_equality(kind)
                    && x.class().as_class().is_none_or(|c| c.builtin)
                    && y.class().as_class().is_none_or(|c| c.builtin)
                {
                    return Ok(Some((Gc::ptr_eq(x, y)) == (kind == CompareKind::Eq)));
                }
                Ok(None)
            }
        }
    }

    /// Whether `o` is an instance of a user subclass that defines the comparison itself.
    fn user_compares(&mut self, o: Gc<Object>, kind: CompareKind) -> bool {
        let class = o.class();
        if class.as_class().is_none_or(|c| c.builtin) {
            return false;
        }
        let names = &self.s.names;
        let name = match kind {
            CompareKind::Lt => names.lt,
            CompareKind::Le => names.le,
            CompareKind::Eq => names.eq,
            CompareKind::Ne => names.ne,
            CompareKind::Gt => names.gt,
            CompareKind::Ge => names.ge,
        };
        matches!(self.type_lookup(class, name), Some(f) if crate::interp::attr::overrides_builtin(class, &f))
    }

    /// Comparison of set-like dict views with each other or with sets, as CPython's views
    /// compare: by sizes and membership tests against the other side (an items view tests
    /// `d[key] == value`, so unhashable values compare fine).
    fn compare_set_like(&mut self, a: Value, b: Value, kind: CompareKind) -> PyResult<bool> {
        let (la, lb) = (self.len_of(a)?, self.len_of(b)?);
        let (sizes_ok, inner, outer) = match kind {
            CompareKind::Eq | CompareKind::Ne => (la == lb, a, b),
            CompareKind::Lt => (la < lb, a, b),
            CompareKind::Le => (la <= lb, a, b),
            CompareKind::Gt => (la > lb, b, a),
            CompareKind::Ge => (la >= lb, b, a),
        };
        let mut ok = sizes_ok;
        if ok {
            for item in self.collect_iter(inner)? {
                if !self.contains(outer, item)? {
                    ok = false;
                    break;
                }
            }
        }
        Ok(if kind == CompareKind::Ne { !ok } else { ok })
    }

    /// Lexicographic comparison of two lists or two tuples.
    pub(crate) fn compare_sequences(
        &mut self,
        a: Value,
        b: Value,
        kind: CompareKind,
    ) -> PyResult<bool> {
        let item = |v: Value, i: usize| -> Option<Value> {
            match v.payload() {
                Some(Payload::List(l)) => l.borrow().get(i).copied(),
                Some(Payload::Tuple(t)) => t.get(i).copied(),
                _ => None,
            }
        };
        let len = |v: Value| -> usize {
            match v.payload() {
                Some(Payload::List(l)) => l.borrow().len(),
                Some(Payload::Tuple(t)) => t.len(),
                _ => 0,
            }
        };
        if is_equality(kind) && len(a) != len(b) {
            return Ok(kind == CompareKind::Ne);
        }
        let mut i = 0;
        loop {
            match (item(a, i), item(b, i)) {
                (Some(x), Some(y)) => {
                    // Strs and numbers compare without the general protocol.
                    if let Some(ord) = primitive_cmp(x, y, self.s.types.str) {
                        if ord != Ordering::Equal {
                            return Ok(ordering_matches(kind, ord));
                        }
                        i += 1;
                        continue;
                    }
                    // Nested containers recurse through here: count it toward the limit.
                    let differs = self.nest(" in comparison", |vm| {
                        if vm.eq(x, y)? {
                            return Ok(None);
                        }
                        // The comparison may have shrunk either sequence: then, as in
                        // CPython, the lengths decide.
                        if i >= len(a) || i >= len(b) {
                            return Ok(Some(ordering_matches(kind, len(a).cmp(&len(b)))));
                        }
                        if is_equality(kind) {
                            return Ok(Some(kind == CompareKind::Ne));
                        }
                        let r = vm.compare_op(x, y, kind)?;
                        vm.truthy(r).map(Some)
                    })?;
                    if let Some(result) = differs {
                        return Ok(result);
                    }
                }
                _ => return Ok(ordering_matches(kind, len(a).cmp(&len(b)))),
            }
            i += 1;
        }
    }

    fn dicts_equal(&mut self, a: Value, b: Value) -> PyResult<bool> {
        let (Some(x), Some(y)) = (
            crate::interp::dictops::table(&a),
            crate::interp::dictops::table(&b),
        ) else {
            return Ok(false);
        };
        if x.borrow().len() != y.borrow().len() {
            return Ok(false);
        }
        let entries: Vec<_> = x.borrow().iter().collect();
        for e in entries {
            // The stored hash finds the key in the other dict (no `__hash__` call).
            let found = match self.table_find(y, e.hash, e.key)? {
                Some(pos) => y.borrow().entry_at(pos).map(|f| f.value),
                None => None,
            };
            match found {
                Some(v) => {
                    // Nested containers recurse through here: count it toward the limit.
                    if !self.nest(" in comparison", |vm| vm.eq(e.value, v))? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    /// Set comparisons: equality and the subset / superset orders.
    fn compare_sets(&mut self, a: Value, b: Value, kind: CompareKind) -> PyResult<bool> {
        let (Some(Payload::Set(x)), Some(Payload::Set(y))) = (a.payload(), b.payload()) else {
            return Ok(false);
        };
        let (la, lb) = (x.borrow().len(), y.borrow().len());
        let subset = |vm: &mut Vm, small: Value, big: Value| -> PyResult<bool> {
            let keys: Vec<Value> = match small.payload() {
                Some(Payload::Set(s)) => s.borrow().iter().map(|(_, k)| k).collect(),
                _ => Vec::new(),
            };
            for k in keys {
                if !vm.set_contains(big, k)? {
                    return Ok(false);
                }
            }
            Ok(true)
        };
        Ok(match kind {
            CompareKind::Eq => la == lb && subset(self, a, b)?,
            CompareKind::Ne => !(la == lb && subset(self, a, b)?),
            CompareKind::Le => la <= lb && subset(self, a, b)?,
            CompareKind::Lt => la < lb && subset(self, a, b)?,
            CompareKind::Ge => la >= lb && subset(self, b, a)?,
            CompareKind::Gt => la > lb && subset(self, b, a)?,
        })
    }

    /// The rich-comparison protocol through dunders.
    fn rich_compare(&mut self, a: Value, b: Value, kind: CompareKind) -> PyResult<Value> {
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let nimpl = self.not_implemented();
        let swapped_first = !Gc::ptr_eq(ta, tb) && is_subclass(tb, ta);
        if swapped_first {
            if let Some(r) = self.try_compare_dunder(b, a, reflected(kind))? {
                if !r.is(nimpl) {
                    return Ok(r);
                }
            }
        }
        if let Some(r) = self.try_compare_dunder(a, b, kind)? {
            if !r.is(nimpl) {
                return Ok(r);
            }
        }
        if !swapped_first {
            if let Some(r) = self.try_compare_dunder(b, a, reflected(kind))? {
                if !r.is(nimpl) {
                    return Ok(r);
                }
            }
        }
        match kind {
            CompareKind::Eq => Ok(Value::Bool(a.is(b))),
            CompareKind::Ne => Ok(Value::Bool(!a.is(b))),
            _ => {
                let msg = format!(
                    "'{}' not supported between instances of '{}' and '{}'",
                    kind.symbol(),
                    self.type_name(a),
                    self.type_name(b)
                );
                Err(self.type_error(msg))
            }
        }
    }

    /// Calls `a.__op__(b)` if the class of `a` defines it (beyond `object`'s defaults).
    fn try_compare_dunder(
        &mut self,
        a: Value,
        b: Value,
        kind: CompareKind,
    ) -> PyResult<Option<Value>> {
        let names = &self.s.names;
        let name = match kind {
            CompareKind::Lt => names.lt,
            CompareKind::Le => names.le,
            CompareKind::Eq => names.eq,
            CompareKind::Ne => names.ne,
            CompareKind::Gt => names.gt,
            CompareKind::Ge => names.ge,
        };
        let class = self.type_of(a);
        if class.as_class().is_none_or(|c| c.builtin)
            && !matches!(
                a.payload(),
                Some(
                    Payload::Instance(_)
                        | Payload::Exception(_)
                        | Payload::MemoryView(_)
                        | Payload::ContextVars(_)
                        | Payload::Native(_)
                        | Payload::Array(_)
                        | Payload::Cell(_)
                )
            )
        {
            return Ok(None);
        }
        match self.type_lookup(class, name) {
            Some(f) if !f.is(self.s.object_eq) => self.call_dunder(f, &[a, b]).map(Some),
            _ if kind == CompareKind::Ne => {
                // object.__ne__ inverts __eq__ unless it is NotImplemented.
                match self.try_compare_dunder(a, b, CompareKind::Eq)? {
                    Some(r) if !r.is(self.not_implemented()) => {
                        let t = self.truthy(r)?;
                        Ok(Some(Value::Bool(!t)))
                    }
                    other => Ok(other),
                }
            }
            _ => Ok(None),
        }
    }
}

/// The order of two exact strs, ints or floats (not NaN), which needs no Python code; `None` for
/// anything else.
#[inline]
fn primitive_cmp(a: Value, b: Value, str_class: Gc<Object>) -> Option<Ordering> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x.cmp(&y)),
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(&y),
        // Exact strs only: a subclass may define its own comparisons.
        (Value::Obj(x), Value::Obj(y))
            if Gc::ptr_eq(x.class(), str_class) && Gc::ptr_eq(y.class(), str_class) =>
        {
            match (&x.payload, &y.payload) {
                (Payload::Str(s), Payload::Str(t)) => Some(s.cmp_code_points(t)),
                _ => None,
            }
        }
        _ => None,
    }
}

fn is_equality(kind: CompareKind) -> bool {
    matches!(kind, CompareKind::Eq | CompareKind::Ne)
}

/// Whether two ranges hold the same values (the same length, first value and step).
pub(crate) fn range_eq(a: &Payload, b: &Payload) -> bool {
    let (
        Payload::Range {
            start: s1,
            stop: e1,
            step: t1,
        },
        Payload::Range {
            start: s2,
            stop: e2,
            step: t2,
        },
    ) = (a, b)
    else {
        return false;
    };
    let l1 = crate::interp::ops::range_len(*s1, *e1, *t1);
    let l2 = crate::interp::ops::range_len(*s2, *e2, *t2);
    if l1 != l2 {
        return false;
    }
    l1 == 0 || (s1 == s2 && (l1 == 1 || t1 == t2))
}

/// Whether `p` is a `dict.values()` view (which is not set-like).
fn is_values_view(p: &Payload) -> bool {
    matches!(
        p,
        Payload::DictView {
            kind: crate::object::iter::DictIterKind::Values,
            ..
        }
    )
}
