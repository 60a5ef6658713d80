//! Operators beyond the dispatch loop's fast paths: binary operators on builtin types and
//! through user dunders (with reflected operands and `NotImplemented`), unary operators,
//! truth values, hashing and `in`.

use krait_bytecode::BinaryOpKind;
use krait_gc::Gc;

use crate::error::PyResult;
use crate::interp::arith::{as_int, as_num, Num};
use crate::object::class::is_subclass;
use crate::object::int::{hash_big, hash_f64, hash_i64, IntRef};
use crate::object::str_hash::hash_bytes;
use crate::object::{Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// `type(v)`.
    #[inline]
    pub fn type_of(&self, v: Value) -> Gc<Object> {
        let t = &self.s.types;
        match v {
            Value::None => t.none_type,
            Value::Bool(_) => t.bool_,
            Value::Int(_) => t.int,
            Value::Float(_) => t.float,
            Value::Obj(o) => o.class(),
        }
    }

    /// `type(v).__name__`.
    pub fn type_name(&self, v: Value) -> String {
        self.class_name(self.type_of(v))
    }

    /// A class's `__name__`.
    pub fn class_name(&self, class: Gc<Object>) -> String {
        class.as_class().map(|c| c.name()).unwrap_or_default()
    }

    /// `isinstance(v, class)` for one class.
    #[inline]
    pub fn isinstance(&self, v: Value, class: Gc<Object>) -> bool {
        is_subclass(self.type_of(v), class)
    }

    /// `a op b` (`op` may be an in-place form).
    pub fn binary_op(&mut self, a: Value, b: Value, op: BinaryOpKind) -> PyResult<Value> {
        let base = op.base();
        // `str + str` (and `+=`) of exact strs, the commonest operator not on numbers, skips
        // the numeric and subclass checks.
        if let (BinaryOpKind::Add, Value::Obj(x), Value::Obj(y)) = (base, a, b) {
            if let (Payload::Str(sx), Payload::Str(sy)) = (&x.payload, &y.payload) {
                let str_class = self.s.types.str;
                if Gc::ptr_eq(x.class(), str_class) && Gc::ptr_eq(y.class(), str_class) {
                    return Ok(self.concat_str(sx.as_str(), sy.as_str()));
                }
            }
        }
        // A user subclass of a builtin type may override the operator: the protocol
        // decides, and reaches the builtin's slot wrappers when it does not.
        if is_builtin_subclass_instance(a) || is_builtin_subclass_instance(b) {
            return self.dunder_binop(a, b, op);
        }
        if let Some(r) = self.numeric_binop(a, b, base)? {
            return Ok(r);
        }
        if let Some(r) = crate::builtins::complex::binop(self, a, b, base)? {
            return Ok(r);
        }
        if let Some(r) = self.builtin_binop(a, b, base, op.is_inplace())? {
            return Ok(r);
        }
        self.dunder_binop(a, b, op)
    }

    /// A new str of `x` then `y`, built in place: a result of up to 24 bytes is stored inside
    /// the object with no buffer allocated on the way.
    fn concat_str(&mut self, x: &str, y: &str) -> Value {
        self.new_str(crate::object::str::concat_text(x, y))
    }

    /// Binary operators defined on builtin containers and strs.
    pub(crate) fn builtin_binop(
        &mut self,
        a: Value,
        b: Value,
        op: BinaryOpKind,
        inplace: bool,
    ) -> PyResult<Option<Value>> {
        use BinaryOpKind::*;
        let (pa, pb) = (a.payload(), b.payload());
        match (op, pa, pb) {
            (Add, Some(Payload::Str(x)), Some(Payload::Str(y))) => {
                Ok(Some(self.concat_str(x.as_str(), y.as_str())))
            }
            (Add, Some(Payload::List(x)), Some(Payload::List(y))) => {
                if inplace {
                    let extra = y.borrow().clone();
                    x.borrow_mut().extend(extra);
                    return Ok(Some(a));
                }
                let mut v = x.borrow().clone();
                v.extend_from_slice(&y.borrow());
                Ok(Some(self.new_list(v)))
            }
            (Add, Some(Payload::List(x)), _) if inplace => {
                let items = self.collect_iter(b)?;
                x.borrow_mut().extend(items);
                Ok(Some(a))
            }
            (Add, Some(Payload::Tuple(x)), Some(Payload::Tuple(y))) => {
                let mut v = x.to_vec();
                v.extend_from_slice(y);
                Ok(Some(self.new_tuple(v)))
            }
            (Add, Some(Payload::Bytes(x)), Some(Payload::Bytes(y))) => {
                let mut v = x.to_vec();
                v.extend_from_slice(y);
                Ok(Some(Value::Obj(
                    self.alloc(self.s.types.bytes, Payload::Bytes(v.into())),
                )))
            }
            (Multiply, Some(p), _) if is_sequence(p) => self.repeat(a, b, inplace),
            (Multiply, _, Some(p)) if is_sequence(p) && as_int(&a).is_some() => {
                self.repeat(b, a, false)
            }
            (Remainder, Some(Payload::Str(_)), _) => {
                let r = self.percent_format(a, b)?;
                Ok(Some(r))
            }
            (Or, Some(Payload::Dict(x)), Some(Payload::Dict(_))) => {
                let target = if inplace {
                    a
                } else {
                    let copy = self.new_dict(Default::default());
                    let items: Vec<_> = x.borrow().iter().map(|e| (e.key, e.value)).collect();
                    for (k, v) in items {
                        self.dict_set(copy, k, v)?;
                    }
                    copy
                };
                self.dict_update(target, b)?;
                Ok(Some(target))
            }
            // `d |= other` takes whatever `d.update` takes (a mapping or key/value pairs).
            (Or, Some(Payload::Dict(_)), _) if inplace => {
                crate::builtins::dict::fill_dict(self, a, Some(b), &[])?;
                Ok(Some(a))
            }
            (And | Or | Xor | Subtract, Some(Payload::Set(_)), Some(Payload::Set(_))) => {
                self.set_binop(a, b, op, inplace).map(Some)
            }
            // `keys()` and `items()` views are set-like: with a view on either side, the
            // result is a new set of the left operand's items combined with the right's
            // (any iterable), as CPython's view operators compute it.
            (And | Or | Xor | Subtract, _, _) if is_set_like_view(pa) || is_set_like_view(pb) => {
                let left = self.collect_iter(a)?;
                let left = self.new_set_from(left, false)?;
                let right = self.collect_iter(b)?;
                match op {
                    // In place on the copy of the left operand, as CPython, so the result's
                    // table (and order) is CPython's.
                    Subtract => {
                        for item in right {
                            self.set_discard(left, item)?;
                        }
                        Ok(Some(left))
                    }
                    Or => {
                        for item in right {
                            self.set_add(left, item)?;
                        }
                        Ok(Some(left))
                    }
                    _ => {
                        let right = self.new_set_from(right, false)?;
                        self.set_binop(left, right, op, false).map(Some)
                    }
                }
            }
            _ => Ok(None),
        }
    }

    /// `seq * n`.
    fn repeat(&mut self, seq: Value, n: Value, inplace: bool) -> PyResult<Option<Value>> {
        let count = match as_int(&n) {
            Some(IntRef::Small(i)) => i.max(0) as usize,
            Some(IntRef::Big(b)) => {
                if num_traits::Signed::is_negative(b) {
                    0
                } else {
                    return Err(self.overflow_error("cannot fit 'int' into an index-sized integer"));
                }
            }
            None => {
                if matches!(n.payload(), Some(Payload::Instance(_))) {
                    if self
                        .type_lookup(self.type_of(n), self.s.names.index)
                        .is_some()
                    {
                        let i = self.call_index(n)?;
                        return self.repeat(seq, i, inplace);
                    }
                    return Ok(None);
                }
                let msg = format!(
                    "can't multiply sequence by non-int of type '{}'",
                    self.type_name(n)
                );
                return Err(self.type_error(msg));
            }
        };
        let Some(p) = seq.payload() else {
            return Ok(None);
        };
        let too_big = |len: usize| len.checked_mul(count).is_none_or(|t| t > (1 << 40));
        match p {
            Payload::Str(s) => {
                // An exact str repeated once is itself, as in CPython.
                if count == 1 && Gc::ptr_eq(self.type_of(seq), self.s.types.str) {
                    return Ok(Some(seq));
                }
                if too_big(s.as_str().len()) {
                    return Err(self.new_error(self.s.types.memory_error, ""));
                }
                let r = s.as_str().repeat(count);
                Ok(Some(self.new_str(r)))
            }
            Payload::List(l) => {
                if too_big(l.borrow().len()) {
                    return Err(self.new_error(self.s.types.memory_error, ""));
                }
                let items = l.borrow().repeat(count);
                if inplace {
                    *l.borrow_mut() = items;
                    return Ok(Some(seq));
                }
                Ok(Some(self.new_list(items)))
            }
            Payload::Tuple(t) => {
                // `t * 1` of an exact tuple is `t` itself, as in CPython.
                let exact =
                    matches!(seq, Value::Obj(o) if Gc::ptr_eq(o.class(), self.s.types.tuple));
                if count == 1 && exact {
                    return Ok(Some(seq));
                }
                if too_big(t.len()) {
                    return Err(self.new_error(self.s.types.memory_error, ""));
                }
                let items = t.repeat(count);
                Ok(Some(self.new_tuple(items)))
            }
            Payload::Bytes(b) => {
                // `b * 1` of an exact bytes object is `b` itself, as in CPython.
                let exact =
                    matches!(seq, Value::Obj(o) if Gc::ptr_eq(o.class(), self.s.types.bytes));
                if count == 1 && exact {
                    return Ok(Some(seq));
                }
                if too_big(b.len()) {
                    return Err(self.new_error(self.s.types.memory_error, ""));
                }
                let items = b.repeat(count);
                Ok(Some(Value::Obj(
                    self.alloc(self.s.types.bytes, Payload::Bytes(items.into())),
                )))
            }
            _ => Ok(None),
        }
    }

    /// Binary operators through `__op__` / `__rop__` / `__iop__`.
    fn dunder_binop(&mut self, a: Value, b: Value, op: BinaryOpKind) -> PyResult<Value> {
        self.dunder_binop_from(a, b, op, BinopStage::Start)
    }

    /// The operator protocol from `stage` on: after the in-place method, or the left
    /// operand's method, returned `NotImplemented` (when that call ran as an inline frame).
    pub(crate) fn dunder_binop_from(
        &mut self,
        a: Value,
        b: Value,
        op: BinaryOpKind,
        stage: BinopStage,
    ) -> PyResult<Value> {
        let base = op.base();
        let (name, rname, iname) = self.s.op_names[base as usize];
        let nimpl = self.not_implemented();
        if op.is_inplace() && stage == BinopStage::Start {
            if let Some(f) = self.type_lookup(self.type_of(a), iname) {
                let r = self.call_dunder(f, &[a, b])?;
                if !r.is(nimpl) {
                    return Ok(r);
                }
            }
        }
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let fa = self.type_lookup(ta, name);
        let fb = if Gc::ptr_eq(ta, tb) {
            None
        } else {
            self.type_lookup(tb, rname)
        };
        if stage != BinopStage::AfterLeft {
            if let Some(fb) = fb {
                if self.reflected_first(ta, tb, rname, fb) {
                    let r = self.call_dunder(fb, &[b, a])?;
                    if !r.is(nimpl) {
                        return Ok(r);
                    }
                    if let Some(fa) = fa {
                        let r = self.call_dunder(fa, &[a, b])?;
                        if !r.is(nimpl) {
                            return Ok(r);
                        }
                    }
                    return Err(self.binop_type_error(a, b, op));
                }
            }
            if let Some(fa) = fa {
                let r = self.call_dunder(fa, &[a, b])?;
                if !r.is(nimpl) {
                    return Ok(r);
                }
            }
        }
        if let Some(fb) = fb {
            let r = self.call_dunder(fb, &[b, a])?;
            if !r.is(nimpl) {
                return Ok(r);
            }
        }
        Err(self.binop_type_error(a, b, op))
    }

    /// A binary operator protocol by dunder names (`divmod` through `__divmod__` /
    /// `__rdivmod__`): a subclass's reflected method first, `NotImplemented` declining;
    /// `None` when no method accepted the operands.
    pub(crate) fn reflected_protocol(
        &mut self,
        a: Value,
        b: Value,
        name: Gc<Object>,
        rname: Gc<Object>,
    ) -> PyResult<Option<Value>> {
        let nimpl = self.not_implemented();
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let fa = self.type_lookup(ta, name);
        let fb = if Gc::ptr_eq(ta, tb) {
            None
        } else {
            self.type_lookup(tb, rname)
        };
        let mut tried_b = false;
        if let Some(fb) = fb {
            if self.reflected_first(ta, tb, rname, fb) {
                tried_b = true;
                let r = self.call_dunder(fb, &[b, a])?;
                if !r.is(nimpl) {
                    return Ok(Some(r));
                }
            }
        }
        if let Some(fa) = fa {
            let r = self.call_dunder(fa, &[a, b])?;
            if !r.is(nimpl) {
                return Ok(Some(r));
            }
        }
        if let (Some(fb), false) = (fb, tried_b) {
            let r = self.call_dunder(fb, &[b, a])?;
            if !r.is(nimpl) {
                return Ok(Some(r));
            }
        }
        Ok(None)
    }

    /// Whether the right operand's reflected method `fb` runs before the left operand's
    /// method: its class is a subclass of the left one's and overrides that reflected method
    /// (one merely inherited from the left operand's class waits its turn).
    fn reflected_first(
        &mut self,
        ta: Gc<Object>,
        tb: Gc<Object>,
        rname: Gc<Object>,
        fb: Value,
    ) -> bool {
        is_subclass(tb, ta) && !self.type_lookup(ta, rname).is_some_and(|f| f.is(fb))
    }

    /// The Python method that starts the operator protocol for `a op b`, when it can run as
    /// an inline frame: a plain two-argument function on the class of an instance `a`, and
    /// no reflected method of a subclass of `a`'s class that would have to run first.
    /// Returns the function and where the protocol resumes if it returns `NotImplemented`.
    pub(crate) fn inline_binop_target(
        &mut self,
        a: Value,
        b: Value,
        op: BinaryOpKind,
    ) -> Option<(Gc<Object>, BinopStage)> {
        let Value::Obj(ao) = a else { return None };
        if !matches!(ao.payload, Payload::Instance(_)) {
            return None;
        }
        let (name, rname, iname) = self.s.op_names[op.base() as usize];
        let ta = ao.class();
        let plain_function = |v: Option<Value>| -> Option<Gc<Object>> {
            let f = v?.as_obj()?;
            match &f.payload {
                Payload::Function(func) => {
                    let cd = crate::interp::frame::code_data(&func.code);
                    (cd.simple && cd.argcount == 2).then_some(f)
                }
                _ => None,
            }
        };
        if op.is_inplace() {
            if let Some(f) = self.type_lookup(ta, iname) {
                return plain_function(Some(f)).map(|f| (f, BinopStage::AfterInplace));
            }
        }
        let tb = self.type_of(b);
        if !Gc::ptr_eq(ta, tb) {
            if let Some(fb) = self.type_lookup(tb, rname) {
                if self.reflected_first(ta, tb, rname, fb) {
                    return None;
                }
            }
        }
        let fa = self.type_lookup(ta, name);
        plain_function(fa).map(|f| (f, BinopStage::AfterLeft))
    }

    fn binop_type_error(
        &mut self,
        a: Value,
        b: Value,
        op: BinaryOpKind,
    ) -> crate::error::Exception {
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        let msg = match (op.base(), a.payload(), b.payload()) {
            (BinaryOpKind::Add, Some(Payload::Str(_)), _) => {
                format!("can only concatenate str (not \"{tb}\") to str")
            }
            (BinaryOpKind::Add, Some(Payload::List(_)), _) => {
                format!("can only concatenate list (not \"{tb}\") to list")
            }
            (BinaryOpKind::Add, Some(Payload::Tuple(_)), _) => {
                format!("can only concatenate tuple (not \"{tb}\") to tuple")
            }
            (BinaryOpKind::Power, _, _) if !op.is_inplace() => {
                format!(
                    "unsupported operand type(s) for {} or pow(): '{ta}' and '{tb}'",
                    op.symbol()
                )
            }
            _ => format!(
                "unsupported operand type(s) for {}: '{ta}' and '{tb}'",
                op.symbol()
            ),
        };
        self.type_error(msg)
    }

    /// `-v`.
    pub(crate) fn unary_neg(&mut self, v: Value) -> PyResult<Value> {
        // An instance of a user subclass of int or float may override the operator.
        if let Some(f) = self.user_override(v, self.s.names.neg) {
            return self.call_value(f, &[v], &[]);
        }
        match as_num(&v) {
            Some(Num::Int(i)) => Ok(self.int_neg(i)),
            Some(Num::Float(f)) => Ok(Value::Float(-f)),
            None => self.unary_dunder(v, self.s.names.neg, "-"),
        }
    }

    /// `+v`.
    pub(crate) fn unary_pos(&mut self, v: Value) -> PyResult<Value> {
        // An instance of a user subclass of int or float may override the operator.
        if let Some(f) = self.user_override(v, self.s.names.pos) {
            return self.call_value(f, &[v], &[]);
        }
        match as_num(&v) {
            Some(Num::Int(IntRef::Small(i))) => Ok(Value::Int(i)),
            // An instance of a subclass gives a plain number of its base type.
            Some(Num::Float(f)) => Ok(Value::Float(f)),
            Some(Num::Int(IntRef::Big(b)))
                if v.as_obj()
                    .is_some_and(|o| !Gc::ptr_eq(o.class(), self.s.types.int)) =>
            {
                let b = b.clone();
                Ok(self.new_int(b))
            }
            Some(_) => Ok(v),
            None => self.unary_dunder(v, self.s.names.pos, "+"),
        }
    }

    /// `~v`.
    pub(crate) fn unary_invert(&mut self, v: Value) -> PyResult<Value> {
        // An instance of a user subclass of int or float may override the operator.
        if let Some(f) = self.user_override(v, self.s.names.invert) {
            return self.call_value(f, &[v], &[]);
        }
        match as_int(&v) {
            Some(IntRef::Small(i)) => Ok(Value::Int(!i)),
            Some(IntRef::Big(b)) => {
                let r = !b.clone();
                Ok(self.new_int(r))
            }
            None => self.unary_dunder(v, self.s.names.invert, "~"),
        }
    }

    fn unary_dunder(&mut self, v: Value, name: Gc<Object>, symbol: &str) -> PyResult<Value> {
        match self.type_lookup(self.type_of(v), name) {
            Some(f) => self.call_value(f, &[v], &[]),
            None => {
                let msg = format!(
                    "bad operand type for unary {symbol}: '{}'",
                    self.type_name(v)
                );
                Err(self.type_error(msg))
            }
        }
    }

    /// `bool(v)`.
    pub fn truthy(&mut self, v: Value) -> PyResult<bool> {
        match v {
            Value::None => Ok(false),
            Value::Bool(b) => Ok(b),
            Value::Int(i) => Ok(i != 0),
            Value::Float(f) => Ok(f != 0.0),
            Value::Obj(o)
                if !matches!(o.payload, Payload::Instance(_) | Payload::Exception(_))
                    && o.class().as_class().is_some_and(|c| !c.builtin)
                    && (self.user_override(v, self.s.names.bool_).is_some()
                        || self.user_override(v, self.s.names.len).is_some()) =>
            {
                self.truthy_dunder(v)
            }
            _ => self.truthy_builtin(v),
        }
    }

    /// The truth of `v` by its builtin payload, ignoring any `__bool__`/`__len__` a user
    /// subclass defines: what the builtin `__bool__` slots compute. (Dispatching again from
    /// there would loop when a subclass inherits `__len__` but not `__bool__`, as IntFlag.)
    pub(crate) fn truthy_builtin(&mut self, v: Value) -> PyResult<bool> {
        match v {
            Value::None => Ok(false),
            Value::Bool(b) => Ok(b),
            Value::Int(i) => Ok(i != 0),
            Value::Float(f) => Ok(f != 0.0),
            Value::Obj(o) => match &o.payload {
                Payload::Str(s) => Ok(s.char_len() > 0),
                Payload::List(l) => Ok(!l.borrow().is_empty()),
                Payload::Tuple(t) => Ok(!t.is_empty()),
                Payload::Dict(d) => Ok(!d.borrow().is_empty()),
                Payload::Set(t) => Ok(!t.borrow().is_empty()),
                Payload::BigInt(b) => Ok(!num_traits::Zero::is_zero(b)),
                Payload::Float(f) => Ok(*f != 0.0),
                Payload::Bytes(b) => Ok(!b.is_empty()),
                Payload::ByteArray(b) => Ok(!b.borrow().is_empty()),
                Payload::Complex { re, im } => Ok(*re != 0.0 || *im != 0.0),
                Payload::MemoryView(m) => Ok(m.len > 0),
                Payload::Array(a) => Ok(!a.data.borrow().is_empty()),
                Payload::Range { start, stop, step } => Ok(range_len(*start, *stop, *step) > 0),
                Payload::Instance(_) | Payload::Exception(_) | Payload::Native(_) => {
                    self.truthy_dunder(v)
                }
                Payload::DictView { dict, .. } => match &dict.payload {
                    Payload::Dict(d) => Ok(!d.borrow().is_empty()),
                    _ => Ok(true),
                },
                Payload::NotImplemented => {
                    let category = self.s.types.deprecation_warning;
                    let msg = "NotImplemented should not be used in a boolean context";
                    crate::builtins::numbers::warn_native(self, category, msg)?;
                    Ok(true)
                }
                // An object's `__dict__`: the attribute dict it stands for.
                Payload::AttrDict(_) => {
                    Ok(crate::interp::dictops::table(&v).is_some_and(|d| !d.borrow().is_empty()))
                }
                _ => Ok(true),
            },
        }
    }

    fn truthy_dunder(&mut self, v: Value) -> PyResult<bool> {
        let class = self.type_of(v);
        if let Some(f) = self.type_lookup(class, self.s.names.bool_) {
            let r = self.call_value(f, &[v], &[])?;
            return match r {
                Value::Bool(b) => Ok(b),
                _ => {
                    let msg = format!(
                        "__bool__ should return bool, returned {}",
                        self.type_name(r)
                    );
                    Err(self.type_error(msg))
                }
            };
        }
        if let Some(f) = self.type_lookup(class, self.s.names.len) {
            let r = self.call_value(f, &[v], &[])?;
            let n = self.len_result(r)?;
            return Ok(n > 0);
        }
        Ok(true)
    }

    /// Validates a `__len__` result.
    pub(crate) fn len_result(&mut self, r: Value) -> PyResult<usize> {
        match as_int(&r) {
            Some(IntRef::Small(n)) if n >= 0 => Ok(n as usize),
            Some(IntRef::Small(_)) => Err(self.value_error("__len__() should return >= 0")),
            Some(IntRef::Big(b)) if b.sign() == num_bigint::Sign::Minus => {
                Err(self.value_error("__len__() should return >= 0"))
            }
            Some(IntRef::Big(_)) => {
                Err(self.overflow_error("cannot fit 'int' into an index-sized integer"))
            }
            None => {
                let msg = format!(
                    "'{}' object cannot be interpreted as an integer",
                    self.type_name(r)
                );
                Err(self.type_error(msg))
            }
        }
    }

    /// `hash(v)`.
    pub(crate) fn hash_value(&mut self, v: Value) -> PyResult<i64> {
        // The keys of most dicts and sets: ints and exact strs, whose hash no class overrides.
        match v {
            Value::Int(i) => return Ok(hash_i64(i)),
            Value::Obj(o) if Gc::ptr_eq(o.class(), self.s.types.str) => {
                if let Payload::Str(s) = &o.payload {
                    return Ok(s.hash());
                }
            }
            Value::Obj(o) if Gc::ptr_eq(o.class(), self.s.types.tuple) => {
                if let Some(h) = self.hash_plain_tuple(v, 0) {
                    return Ok(h);
                }
            }
            _ => {}
        }
        if let Some(f) = self.user_override(v, self.s.names.hash) {
            if f.is_none() {
                let msg = format!("unhashable type: '{}'", self.type_name(v));
                return Err(self.type_error(msg));
            }
            let r = self.call_value(f, &[v], &[])?;
            return match as_int(&r) {
                Some(IntRef::Small(i)) => Ok(if i == -1 { -2 } else { i }),
                Some(IntRef::Big(b)) => Ok(hash_big(b)),
                None => Err(self.type_error("__hash__ method should return an integer")),
            };
        }
        self.hash_value_native(v)
    }

    /// The hash of `v` when it is an exact tuple (nested at most `depth` levels below the
    /// key) whose items are ints, exact strs, None, bools, floats or such tuples: no item's
    /// class can override `__hash__`, so no lookup or call is needed (dict_words's tuple
    /// keys). `None` means some item needs the general path. The mixing must match
    /// [`Vm::hash_value_native`]'s for tuples bit for bit.
    fn hash_plain_tuple(&self, v: Value, depth: u32) -> Option<i64> {
        let Value::Obj(o) = v else { return None };
        let Payload::Tuple(items) = &o.payload else {
            return None;
        };
        let mut acc = TUPLE_HASH_P5;
        for &item in items.iter() {
            let lane = match item {
                Value::Int(i) => hash_i64(i),
                Value::None => 0x5f37_59df,
                Value::Bool(b) => b as i64,
                Value::Float(f) if !f.is_nan() => hash_f64(f),
                Value::Obj(io) if Gc::ptr_eq(io.class(), self.s.types.str) => match &io.payload {
                    Payload::Str(s) => s.hash(),
                    _ => return None,
                },
                Value::Obj(io) if depth < 8 && Gc::ptr_eq(io.class(), self.s.types.tuple) => {
                    self.hash_plain_tuple(item, depth + 1)?
                }
                _ => return None,
            } as u64;
            acc = tuple_hash_step(acc, lane);
        }
        Some(tuple_hash_finish(acc, items.len()))
    }

    /// `hash(v)` by the builtin type's own hash, ignoring a subclass's `__hash__` (what
    /// `int.__hash__(self)` means inside an override).
    pub(crate) fn hash_value_native(&mut self, v: Value) -> PyResult<i64> {
        match v {
            Value::None => Ok(0x5f37_59df),
            Value::Bool(b) => Ok(b as i64),
            Value::Int(i) => Ok(hash_i64(i)),
            Value::Float(f) => Ok(hash_f64(f)),
            Value::Obj(o) => match &o.payload {
                Payload::Str(s) => Ok(s.hash()),
                Payload::BigInt(b) => Ok(hash_big(b)),
                // A NaN hashes by identity, as CPython's.
                Payload::Float(f) if f.is_nan() => Ok(id_hash(o)),
                Payload::Float(f) => Ok(hash_f64(*f)),
                Payload::Tuple(items) => {
                    let mut acc = TUPLE_HASH_P5;
                    for &item in items.iter() {
                        let lane = self.nest("", |vm| vm.hash_value(item))? as u64;
                        acc = tuple_hash_step(acc, lane);
                    }
                    Ok(tuple_hash_finish(acc, items.len()))
                }
                Payload::Bytes(b) => Ok(hash_bytes(b)),
                // Equal ranges hash alike: `hash((len, start, step))`, with `None` for what
                // equality ignores (the start of an empty range, the step of a short one).
                &Payload::Range { start, stop, step } => {
                    let n = range_len(start, stop, step);
                    let start = if n == 0 {
                        Value::None
                    } else {
                        Value::Int(start)
                    };
                    let step = if n < 2 { Value::None } else { Value::Int(step) };
                    let key = self.new_tuple(vec![Value::Int(n), start, step]);
                    self.hash_value_native(key)
                }
                Payload::Set(d) if is_subclass(o.class(), self.s.types.frozenset) => {
                    let mut h: u64 = 0;
                    let t = d.borrow();
                    for e in t.iter() {
                        let x = e.0 as u64;
                        h ^= (x ^ (x << 16) ^ 89_869_747).wrapping_mul(3_644_798_167);
                    }
                    // The size, then a dispersal step so nested frozensets spread out (the
                    // same steps as CPython, so hashes are equal).
                    h ^= (t.len() as u64 + 1).wrapping_mul(1_927_868_237);
                    h ^= (h >> 11) ^ (h >> 25);
                    h = h.wrapping_mul(69_069).wrapping_add(907_133_923);
                    let h = h as i64;
                    Ok(if h == -1 { 590_923_713 } else { h })
                }
                Payload::Complex { re, im } => Ok(crate::builtins::complex::hash(*re, *im)),
                // Bound methods are equal when bound to the same object with equal
                // functions, so they hash by the receiver's identity and the function.
                Payload::BoundMethod { func, receiver } => {
                    let (func, receiver) = (*func, *receiver);
                    let receiver_hash = match receiver {
                        Value::Obj(r) => id_hash(r),
                        other => self.hash_value(other)?,
                    };
                    let h = receiver_hash ^ self.hash_value(func)?;
                    Ok(if h == -1 { -2 } else { h })
                }
                Payload::List(_)
                | Payload::Dict(_)
                | Payload::Set(_)
                | Payload::ByteArray(_)
                | Payload::Slice { .. }
                | Payload::AttrDict(_)
                | Payload::Array(_) => {
                    let msg = format!("unhashable type: '{}'", self.type_name(v));
                    Err(self.type_error(msg))
                }
                Payload::Instance(_)
                | Payload::Exception(_)
                | Payload::WeakRef { .. }
                | Payload::MemoryView(_)
                | Payload::Native(_)
                | Payload::ContextVars(_) => self.hash_dunder(v, o),
                _ => Ok(id_hash(o)),
            },
        }
    }

    fn hash_dunder(&mut self, v: Value, o: Gc<Object>) -> PyResult<i64> {
        let class = o.class();
        match self.type_lookup(class, self.s.names.hash) {
            Some(Value::None) => {
                let msg = format!("unhashable type: '{}'", self.type_name(v));
                Err(self.type_error(msg))
            }
            Some(f) if !f.is(self.s.object_hash) => {
                let r = self.call_value(f, &[v], &[])?;
                match as_int(&r) {
                    Some(IntRef::Small(i)) => Ok(if i == -1 { -2 } else { i }),
                    Some(IntRef::Big(b)) => Ok(hash_big(b)),
                    None => Err(self.type_error("__hash__ method should return an integer")),
                }
            }
            _ => Ok(id_hash(o)),
        }
    }

    /// `item in container`: an int in an exact set here, everything else out of line (so
    /// that this path saves no registers it does not use).
    pub(crate) fn contains(&mut self, container: Value, item: Value) -> PyResult<bool> {
        if let Value::Int(i) = item {
            if let Some(found) = self.exact_set_contains_int(container, i) {
                return Ok(found);
            }
        }
        self.contains_general(container, item)
    }

    #[inline(never)]
    fn contains_general(&mut self, container: Value, item: Value) -> PyResult<bool> {
        // `x in s` for an exact set or frozenset and an int or str key: no override to look
        // for, and the probe needs no Python code.
        if let Value::Obj(o) = container {
            if let Payload::Set(t) = &o.payload {
                let class = o.class();
                if Gc::ptr_eq(class, self.s.types.set) || Gc::ptr_eq(class, self.s.types.frozenset)
                {
                    if let Some(found) = self.set_contains_fast(t, item) {
                        return Ok(found);
                    }
                }
            }
        }
        if let Some(f) = self.user_override(container, self.s.names.contains) {
            let r = self.call_dunder(f, &[container, item])?;
            return self.truthy(r);
        }
        self.contains_native(container, item)
    }

    /// `item in container` without a subclass's `__contains__` override.
    pub(crate) fn contains_native(&mut self, container: Value, item: Value) -> PyResult<bool> {
        if let Value::Obj(o) = container {
            match &o.payload {
                Payload::Str(s) => {
                    return match item.payload() {
                        Some(Payload::Str(sub)) => {
                            Ok(crate::object::str::contains_text(s.as_str(), sub.as_str()))
                        }
                        _ => {
                            let msg = format!(
                                "'in <string>' requires string as left operand, not {}",
                                self.type_name(item)
                            );
                            Err(self.type_error(msg))
                        }
                    };
                }
                Payload::List(l) => {
                    let mut i = 0;
                    loop {
                        let Some(x) = l.borrow().get(i).copied() else {
                            return Ok(false);
                        };
                        if self.eq(x, item)? {
                            return Ok(true);
                        }
                        i += 1;
                    }
                }
                Payload::Tuple(t) => {
                    for &x in t.iter() {
                        if self.eq(x, item)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
                Payload::Dict(_) => {
                    return Ok(self.dict_get(container, item)?.is_some());
                }
                Payload::Set(_) => return self.set_contains_key(container, item),
                Payload::DictView { dict, kind } => {
                    use crate::object::iter::DictIterKind;
                    let dict = Value::Obj(*dict);
                    match kind {
                        DictIterKind::Keys => return Ok(self.dict_get(dict, item)?.is_some()),
                        DictIterKind::Items => {
                            if let Some(Payload::Tuple(t)) = item.payload() {
                                if t.len() == 2 {
                                    let (k, v) = (t[0], t[1]);
                                    return match self.dict_get(dict, k)? {
                                        Some(x) => self.eq(x, v),
                                        None => Ok(false),
                                    };
                                }
                            }
                            return Ok(false);
                        }
                        DictIterKind::Values => {}
                    }
                }
                Payload::Range { start, stop, step } => {
                    if let Some(i) = item.as_small_int() {
                        let (start, stop, step) = (*start, *stop, *step);
                        let inside = if step > 0 {
                            i >= start && i < stop
                        } else {
                            i <= start && i > stop
                        };
                        return Ok(inside && (i - start) % step == 0);
                    }
                }
                Payload::Bytes(_) | Payload::ByteArray(_) | Payload::MemoryView(_) => {
                    if let Some(data) = crate::builtins::bytes::buffer(&container) {
                        return crate::builtins::bytes::contains(self, &data, item);
                    }
                }
                Payload::Instance(_) | Payload::ContextVars(_) => {
                    if let Some(f) = self.type_lookup(o.class(), self.s.names.contains) {
                        if f.is_none() {
                            let msg = format!(
                                "'{}' object is not a container",
                                self.type_name(container)
                            );
                            return Err(self.type_error(msg));
                        }
                        let r = self.call_dunder(f, &[container, item])?;
                        return self.truthy(r);
                    }
                }
                _ => {}
            }
        }
        let it = match self.get_iter(container) {
            Ok(it) => it,
            Err(e) if self.exc_matches(e, self.s.types.type_error) => {
                let msg = format!(
                    "argument of type '{}' is not iterable",
                    self.type_name(container)
                );
                return Err(self.type_error(msg));
            }
            Err(e) => return Err(e),
        };
        while let Some(x) = self.next_item(it)? {
            if self.eq(x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }
}

/// Where the binary-operator protocol resumes after an inline dunder frame returned
/// `NotImplemented`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinopStage {
    /// Nothing has been tried yet.
    Start,
    /// The in-place method (`__iadd__`) declined.
    AfterInplace,
    /// The left operand's method (`__add__`) declined.
    AfterLeft,
}

/// Whether `v` is an instance of a user subclass of a builtin type other than `object`
/// and the exceptions (`class L(list)`).
fn is_builtin_subclass_instance(v: Value) -> bool {
    match v {
        Value::Obj(o) => {
            !matches!(o.payload, Payload::Instance(_) | Payload::Exception(_))
                && o.class().as_class().is_some_and(|c| !c.builtin)
        }
        _ => false,
    }
}

/// The identity hash of an object.
pub(crate) fn id_hash(o: Gc<Object>) -> i64 {
    let a = o.addr() as u64;
    a.rotate_right(4) as i64
}

fn is_sequence(p: &Payload) -> bool {
    matches!(
        p,
        Payload::Str(_) | Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_)
    )
}

/// The number of values in `range(start, stop, step)`.
pub(crate) fn range_len(start: i64, stop: i64, step: i64) -> i64 {
    if step > 0 && start < stop {
        ((stop as i128 - start as i128 - 1) / step as i128 + 1) as i64
    } else if step < 0 && start > stop {
        ((start as i128 - stop as i128 - 1) / (-(step as i128)) + 1) as i64
    } else {
        0
    }
}

/// Whether a payload is a `keys()` or `items()` view, the dict views with set operators.
fn is_set_like_view(p: Option<&Payload>) -> bool {
    matches!(
        p,
        Some(Payload::DictView {
            kind: crate::object::iter::DictIterKind::Keys
                | crate::object::iter::DictIterKind::Items,
            ..
        })
    )
}

/// The tuple hash's starting accumulator (an xxHash-style mix, as CPython's).
const TUPLE_HASH_P5: u64 = 2_870_177_450_012_600_261;

/// Mixes one item's hash `lane` into a tuple hash accumulator.
#[inline]
fn tuple_hash_step(acc: u64, lane: u64) -> u64 {
    const P1: u64 = 11_400_714_785_074_694_791;
    const P2: u64 = 14_029_467_366_897_019_727;
    acc.wrapping_add(lane.wrapping_mul(P2))
        .rotate_left(31)
        .wrapping_mul(P1)
}

/// Finishes a tuple hash over `len` items (never -1, which means an error in CPython).
#[inline]
fn tuple_hash_finish(acc: u64, len: usize) -> i64 {
    let acc = acc.wrapping_add(len as u64 ^ (TUPLE_HASH_P5 ^ 3_527_539));
    if acc == u64::MAX {
        return 1_546_275_796;
    }
    acc as i64
}
