//! `BaseExceptionGroup` and `ExceptionGroup` (PEP 654): construction with CPython's checks
//! and its choice of class, `message` / `exceptions`, `derive`, `split` and `subgroup`, and
//! the two steps of `except*` (`CHECK_EG_MATCH`, `PREP_RERAISE_STAR`).

use krait_gc::Gc;

use crate::builtins::{method, method_kind};
use crate::error::PyResult;
use crate::object::class::is_subclass;
use crate::object::function::KwArgs;
use crate::object::{BuiltinKind, Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

pub(crate) fn install(vm: &mut Vm) {
    let t = &vm.s.types;
    let (beg, eg) = (t.base_exception_group, t.exception_group);
    let (exception, base, object) = (t.exception, t.base_exception, t.object);
    // `class ExceptionGroup(BaseExceptionGroup, Exception)`.
    if let Some(c) = eg.as_class() {
        c.bases.borrow_mut().push(exception);
        *c.mro.borrow_mut() = vec![eg, beg, exception, base, object];
    }
    method_kind(vm, beg, "__new__", eg_new, BuiltinKind::StaticMethod);
    method(vm, beg, "__init__", eg_init);
    method(vm, beg, "derive", eg_derive);
    method(vm, beg, "split", eg_split);
    method(vm, beg, "subgroup", eg_subgroup);
}

/// How `split` / `subgroup` decide that an exception matches.
enum Matcher {
    /// An exception class or a tuple of them.
    Type(Value),
    /// A callable taking the exception.
    Predicate(Value),
    /// The leaves with these addresses (used by `except*` to rebuild what is re-raised).
    Ids(Vec<usize>),
}

fn eg_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let Some(cls) = args
        .first()
        .and_then(|c| c.as_obj())
        .filter(|c| c.as_class().is_some())
    else {
        return Err(vm.type_error("BaseExceptionGroup.__new__(X): X is not a type object"));
    };
    if !kw.is_empty() {
        let msg = format!("{}() takes no keyword arguments", vm.class_name(cls));
        return Err(vm.type_error(msg));
    }
    let given = args.len() - 1;
    if given != 2 {
        let msg = format!("BaseExceptionGroup.__new__() takes exactly 2 arguments ({given} given)");
        return Err(vm.type_error(msg));
    }
    let (message, excs) = (args[1], args[2]);
    if !matches!(message.payload(), Some(Payload::Str(_))) {
        let msg = format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            vm.type_name(message)
        );
        return Err(vm.type_error(msg));
    }
    if !is_sequence(vm, excs) {
        return Err(vm.type_error("second argument (exceptions) must be a sequence"));
    }
    let items = vm.collect_iter(excs)?;
    if items.is_empty() {
        return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let mut nested_base = false;
    for (i, &item) in items.iter().enumerate() {
        if !matches!(item.payload(), Some(Payload::Exception(_))) {
            let msg = format!("Item {i} of second argument (exceptions) is not an exception");
            return Err(vm.value_error(msg));
        }
        if !vm.isinstance(item, vm.s.types.exception) {
            nested_base = true;
        }
    }
    let t = &vm.s.types;
    let mut cls = cls;
    if Gc::ptr_eq(cls, t.base_exception_group) {
        if !nested_base {
            cls = t.exception_group;
        }
    } else if Gc::ptr_eq(cls, t.exception_group) {
        if nested_base {
            return Err(vm.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
    } else if nested_base && is_subclass(cls, t.exception) {
        let msg = format!("Cannot nest BaseExceptions in '{}'", vm.class_name(cls));
        return Err(vm.type_error(msg));
    }
    let inst = vm.object_new_instance(cls)?;
    if let Some(Payload::Exception(e)) = inst.payload() {
        let a = vm.new_tuple(vec![message, excs]);
        e.args.set(a);
        e.eg_message.set(message);
        let t = vm.new_tuple(items);
        e.eg_exceptions.set(t);
    }
    Ok(inst)
}

/// Whether `v` passes CPython's `PySequence_Check` (what the group constructor accepts).
fn is_sequence(vm: &mut Vm, v: Value) -> bool {
    match v.payload() {
        Some(
            Payload::List(_)
            | Payload::Tuple(_)
            | Payload::Str(_)
            | Payload::Bytes(_)
            | Payload::Range { .. },
        ) => true,
        Some(Payload::Instance(_)) => {
            let class = vm.type_of(v);
            vm.type_lookup(class, vm.s.names.getitem).is_some()
                && !vm.isinstance(v, vm.s.types.dict)
        }
        _ => false,
    }
}

fn eg_init(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let this = group_arg(vm, args, "__init__")?;
    if !kw.is_empty() {
        let msg = format!("{}() takes no keyword arguments", vm.type_name(this));
        return Err(vm.type_error(msg));
    }
    if let Some(Payload::Exception(e)) = this.payload() {
        let t = vm.new_tuple(args[1..].to_vec());
        e.args.set(t);
    }
    Ok(Value::None)
}

/// The receiver of a group method, checked.
fn group_arg(vm: &mut Vm, args: &[Value], what: &str) -> PyResult<Value> {
    let class = vm.s.types.base_exception_group;
    super::exceptions::receiver(vm, args, class, what)
}

fn eg_derive(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let this = group_arg(vm, args, "derive")?;
    if args.len() != 2 {
        let msg = format!(
            "BaseExceptionGroup.derive() takes exactly one argument ({} given)",
            args.len() - 1
        );
        return Err(vm.type_error(msg));
    }
    let message = vm.eg_parts(this).0;
    let class = Value::Obj(vm.s.types.base_exception_group);
    vm.call_value(class, &[message, args[1]], &[])
}

fn eg_split(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let this = group_arg(vm, args, "split")?;
    let matcher = matcher_arg(vm, args, "split")?;
    let (m, r) = vm.split_group(this, &matcher, true)?;
    Ok(vm.new_tuple(vec![m.unwrap_or(Value::None), r.unwrap_or(Value::None)]))
}

fn eg_subgroup(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let this = group_arg(vm, args, "subgroup")?;
    let matcher = matcher_arg(vm, args, "subgroup")?;
    let (m, _) = vm.split_group(this, &matcher, false)?;
    Ok(m.unwrap_or(Value::None))
}

/// The condition argument of `split` / `subgroup`.
fn matcher_arg(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Matcher> {
    if args.len() != 2 {
        let msg = format!("{name} expected 1 argument, got {}", args.len() - 1);
        return Err(vm.type_error(msg));
    }
    let v = args[1];
    let is_exc_class = |vm: &Vm, c: Value| {
        c.as_obj()
            .is_some_and(|o| o.as_class().is_some() && is_subclass(o, vm.s.types.base_exception))
    };
    if vm.is_callable(v) && !matches!(v.payload(), Some(Payload::Class(_))) {
        return Ok(Matcher::Predicate(v));
    }
    if is_exc_class(vm, v) {
        return Ok(Matcher::Type(v));
    }
    if let Some(Payload::Tuple(items)) = v.payload() {
        if Gc::ptr_eq(vm.type_of(v), vm.s.types.tuple) && items.iter().all(|&c| is_exc_class(vm, c))
        {
            return Ok(Matcher::Type(v));
        }
    }
    Err(vm.type_error("expected a function, exception type or tuple of exception types"))
}

impl Vm {
    /// Whether `v` is a `BaseExceptionGroup` instance.
    pub(crate) fn is_exception_group(&self, v: Value) -> bool {
        matches!(v.payload(), Some(Payload::Exception(_)))
            && self.isinstance(v, self.s.types.base_exception_group)
    }

    /// A group's `message` and its `exceptions` as a vector.
    pub(crate) fn eg_parts(&self, v: Value) -> (Value, Vec<Value>) {
        match v.payload() {
            Some(Payload::Exception(e)) => {
                let excs = match e.eg_exceptions.get().payload() {
                    Some(Payload::Tuple(t)) => t.to_vec(),
                    _ => Vec::new(),
                };
                (e.eg_message.get(), excs)
            }
            _ => (Value::None, Vec::new()),
        }
    }

    /// `str(group)`: `message (N sub-exceptions)`.
    pub(crate) fn exception_group_str(&mut self, v: Value) -> PyResult<String> {
        let (message, excs) = self.eg_parts(v);
        let text = self.str_text(message)?;
        let n = excs.len();
        let s = if n == 1 { "" } else { "s" };
        Ok(format!("{text} ({n} sub-exception{s})"))
    }

    fn group_leaf_matches(&mut self, exc: Value, matcher: &Matcher) -> PyResult<bool> {
        match matcher {
            Matcher::Type(t) => self.exception_matches(exc, *t),
            Matcher::Predicate(f) => {
                let r = self.call_value(*f, &[exc], &[])?;
                self.truthy(r)
            }
            Matcher::Ids(ids) => Ok(exc.as_obj().is_some_and(|o| ids.contains(&o.addr()))),
        }
    }

    /// Splits `exc` into the part that matches and (when `with_rest`) the part that does
    /// not, keeping the nesting; either may be absent.
    fn split_group(
        &mut self,
        exc: Value,
        matcher: &Matcher,
        with_rest: bool,
    ) -> PyResult<(Option<Value>, Option<Value>)> {
        if self.group_leaf_matches(exc, matcher)? {
            return Ok((Some(exc), None));
        }
        if !self.is_exception_group(exc) {
            return Ok((None, with_rest.then_some(exc)));
        }
        let (_, excs) = self.eg_parts(exc);
        let mut matched = Vec::new();
        let mut rest = Vec::new();
        for e in excs {
            let (m, r) = self.nest("", |vm| vm.split_group(e, matcher, with_rest))?;
            matched.extend(m);
            rest.extend(r);
        }
        let m = self.group_subset(exc, matched)?;
        let r = if with_rest {
            self.group_subset(exc, rest)?
        } else {
            None
        };
        Ok((m, r))
    }

    /// A group like `orig` (made by its `derive`) holding `excs`, with `orig`'s traceback,
    /// cause, context and a copy of its notes; `None` if `excs` is empty.
    fn group_subset(&mut self, orig: Value, excs: Vec<Value>) -> PyResult<Option<Value>> {
        if excs.is_empty() {
            return Ok(None);
        }
        let list = self.new_list(excs);
        let derive = self.intern("derive");
        let f = self.get_attr(orig, derive)?;
        let eg = self.call_value(f, &[list], &[])?;
        if !self.is_exception_group(eg) {
            return Err(self.type_error("derive must return an instance of BaseExceptionGroup"));
        }
        if let (Some(Payload::Exception(src)), Some(Payload::Exception(dst))) =
            (orig.payload(), eg.payload())
        {
            let tb = src.traceback.borrow().clone();
            *dst.traceback.borrow_mut() = tb;
            // The same traceback objects, as CPython's copy shares `__traceback__`: made
            // now if nobody has read it yet.
            self.exc_traceback(src);
            let objs = src.tb_objs.borrow().clone();
            *dst.tb_objs.borrow_mut() = objs;
            dst.context.set(src.context.get());
            dst.cause.set(src.cause.get());
            dst.suppress_context.set(true);
        }
        let notes_key = self.intern("__notes__");
        if let Some(notes) = self.exc_dict_get(orig, notes_key) {
            if let Some(Payload::List(_) | Payload::Tuple(_)) = notes.payload() {
                let items = self.collect_iter(notes)?;
                let copy = self.new_list(items);
                self.set_attr(eg, notes_key, copy)?;
            }
        }
        Ok(Some(eg))
    }

    /// An attribute stored in an exception's dict, if present.
    pub(crate) fn exc_dict_get(&self, exc: Value, key: Gc<Object>) -> Option<Value> {
        match exc.payload() {
            Some(Payload::Exception(e)) => e.dict.borrow().get_str(self.names_hash(key), key),
            _ => None,
        }
    }

    /// `CHECK_EG_MATCH`: `(rest, match)` for the exception being handled by an `except*`
    /// clause of type `class`, or `(exc, None)` when nothing matches.
    pub(crate) fn check_eg_match(&mut self, exc: Value, class: Value) -> PyResult<(Value, Value)> {
        self.check_except_star_type(class)?;
        if exc.is_none() {
            return Ok((Value::None, Value::None));
        }
        if self.exception_matches(exc, class)? {
            let matched = if self.is_exception_group(exc) {
                exc
            } else {
                // A naked exception is handled as a group of one.
                let empty = self.new_str("");
                let list = self.new_tuple(vec![exc]);
                let class = Value::Obj(self.s.types.base_exception_group);
                self.call_value(class, &[empty, list], &[])?
            };
            return Ok((Value::None, matched));
        }
        if self.is_exception_group(exc) {
            let split = self.intern("split");
            let f = self.get_attr(exc, split)?;
            let pair = self.call_value(f, &[class], &[])?;
            if let Some(Payload::Tuple(t)) = pair.payload() {
                if t.len() == 2 {
                    return Ok((t[1], t[0]));
                }
            }
            return Err(self.type_error("split must return a 2-tuple"));
        }
        Ok((exc, Value::None))
    }

    fn check_except_star_type(&mut self, class: Value) -> PyResult<()> {
        let classes = match class.payload() {
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => vec![class],
        };
        for &c in &classes {
            let ok = c.as_obj().is_some_and(|o| {
                o.as_class().is_some() && is_subclass(o, self.s.types.base_exception)
            });
            if !ok {
                return Err(self.type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                ));
            }
        }
        for c in classes {
            if c.as_obj()
                .is_some_and(|o| is_subclass(o, self.s.types.base_exception_group))
            {
                return Err(self.type_error(
                    "catching ExceptionGroup with except* is not allowed. Use except instead.",
                ));
            }
        }
        Ok(())
    }

    /// `PREP_RERAISE_STAR`: from the exception an `except*` statement caught and the list of
    /// what its clauses raised (plus the unhandled rest), the exception to re-raise, or
    /// `None`. Parts of the original group keep its shape (and the original object itself
    /// when nothing was handled); newly raised exceptions are gathered beside them in an
    /// `ExceptionGroup('', […])`.
    pub(crate) fn prep_reraise_star(&mut self, orig: Value, list: Value) -> PyResult<Value> {
        let items: Vec<Value> = match list.payload() {
            Some(Payload::List(l)) => l.borrow().to_vec(),
            _ => Vec::new(),
        };
        let Some(&first) = items.first() else {
            return Ok(Value::None);
        };
        if !self.is_exception_group(orig) {
            // A naked exception: at most one clause ran, so there is at most one to raise.
            return Ok(first);
        }
        let mut raised = Vec::new();
        let mut reraised = Vec::new();
        for e in items {
            if e.is_none() {
                continue;
            }
            if self.same_exception_metadata(e, orig) {
                reraised.push(e);
            } else {
                raised.push(e);
            }
        }
        let mut ids = Vec::new();
        for &e in &reraised {
            self.collect_leaf_ids(e, &mut ids);
        }
        let kept = if ids.is_empty() {
            None
        } else {
            self.split_group(orig, &Matcher::Ids(ids), false)?.0
        };
        if raised.is_empty() {
            return Ok(kept.unwrap_or(Value::None));
        }
        raised.extend(kept);
        if raised.len() == 1 {
            return Ok(raised[0]);
        }
        let empty = self.new_str("");
        let list = self.new_list(raised);
        let class = Value::Obj(self.s.types.base_exception_group);
        self.call_value(class, &[empty, list], &[])
    }

    /// Whether `a` is `b` or a part split from it (same traceback, cause, context, notes).
    fn same_exception_metadata(&mut self, a: Value, b: Value) -> bool {
        let notes = self.intern("__notes__");
        let na = self.exc_dict_get(a, notes);
        let nb = self.exc_dict_get(b, notes);
        let same_notes = match (na, nb) {
            (None, None) => true,
            (Some(x), Some(y)) => x.is(y),
            _ => false,
        };
        match (a.payload(), b.payload()) {
            (Some(Payload::Exception(x)), Some(Payload::Exception(y))) => {
                same_notes
                    && x.cause.get().is(y.cause.get())
                    && x.context.get().is(y.context.get())
                    && same_traceback(&x.traceback.borrow(), &y.traceback.borrow())
            }
            _ => false,
        }
    }

    fn collect_leaf_ids(&self, exc: Value, ids: &mut Vec<usize>) {
        let mut work = vec![exc];
        while let Some(e) = work.pop() {
            if self.is_exception_group(e) {
                work.extend(self.eg_parts(e).1);
            } else if let Some(o) = e.as_obj() {
                ids.push(o.addr());
            }
        }
    }
}

fn same_traceback(
    a: &[crate::object::exception::TbEntry],
    b: &[crate::object::exception::TbEntry],
) -> bool {
    a.len() == b.len()
        && a.iter()
            .zip(b)
            .all(|(x, y)| Gc::ptr_eq(x.code, y.code) && x.pc == y.pc)
}
