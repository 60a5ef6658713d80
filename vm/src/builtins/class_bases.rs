//! A class's method resolution order and its replaceable bases: `type.mro()`, a
//! metaclass's own `mro()` (called when a class is made and whenever its bases change), and
//! assignment to `cls.__bases__`, which recomputes the MRO of the class and of every class
//! derived from it, undoing all of it when one fails.

use krait_gc::Gc;

use crate::error::PyResult;
use crate::object::class::{c3_merge, is_subclass};
use crate::object::{Layout, Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// The C3 linearisation of `cls` from its current bases, the class first (`type.mro`).
    pub(crate) fn c3_mro_of(&mut self, cls: Gc<Object>) -> PyResult<Vec<Gc<Object>>> {
        let bases = cls
            .as_class()
            .map(|c| c.bases.borrow().clone())
            .unwrap_or_default();
        match c3_merge(&bases) {
            Ok(tail) => {
                let mut mro = vec![cls];
                mro.extend(tail);
                Ok(mro)
            }
            Err(heads) => {
                let names: Vec<String> = heads.iter().map(|&b| self.class_name(b)).collect();
                let msg = format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                );
                Err(self.type_error(msg))
            }
        }
    }

    /// The MRO `cls` gets from its current bases: its metaclass's `mro()` when that is not
    /// `type.mro` (checked to name only classes whose instances fit `cls`'s layout), else C3.
    pub(crate) fn compute_mro(&mut self, cls: Gc<Object>) -> PyResult<Vec<Gc<Object>>> {
        if let Some(f) = self.custom_mro_method(cls.class()) {
            let r = self.call_value(f, &[Value::Obj(cls)], &[])?;
            let items = self.collect_iter(r)?;
            return self.checked_custom_mro(cls, items);
        }
        self.c3_mro_of(cls)
    }

    /// The metaclass `meta`'s own `mro` when it overrides `type.mro`.
    pub(crate) fn custom_mro_method(&mut self, meta: Gc<Object>) -> Option<Value> {
        if Gc::ptr_eq(meta, self.s.types.type_) {
            return None;
        }
        let key = self.intern("mro");
        let own = self.type_lookup(meta, key)?;
        let builtin = self.type_lookup(self.s.types.type_, key);
        builtin.is_none_or(|b| !own.is(b)).then_some(own)
    }

    /// Checks the items a custom `mro()` returned: classes only, each one whose instances
    /// `cls`'s instances can stand for.
    fn checked_custom_mro(
        &mut self,
        cls: Gc<Object>,
        items: Vec<Value>,
    ) -> PyResult<Vec<Gc<Object>>> {
        let own_solid = self.bases_solid(cls);
        let mut mro = Vec::with_capacity(items.len());
        for item in items {
            let Some(c) = item.as_obj().filter(|o| o.as_class().is_some()) else {
                let msg = format!("mro() returned a non-class ('{}')", self.type_name(item));
                return Err(self.type_error(msg));
            };
            if let Some(s) = solid_of(c) {
                if !own_solid.is_some_and(|o| is_subclass(o, s)) {
                    let msg = format!(
                        "mro() returned base with unsuitable layout ('{}')",
                        self.class_name(c)
                    );
                    return Err(self.type_error(msg));
                }
            }
            mro.push(c);
        }
        Ok(mro)
    }

    /// The most derived builtin payload type among `cls`'s bases (None for plain objects).
    fn bases_solid(&self, cls: Gc<Object>) -> Option<Gc<Object>> {
        let bases = cls.as_class()?.bases.borrow().clone();
        most_derived_solid(&bases)
    }

    /// `cls.__bases__ = value` (`value` None for `del`).
    pub(crate) fn set_class_bases(
        &mut self,
        cls: Gc<Object>,
        value: Option<Value>,
    ) -> PyResult<()> {
        let Some(cd) = cls.as_class() else {
            return Ok(());
        };
        let name = cd.name();
        let Some(value) = value else {
            let msg = format!("cannot delete '__bases__' attribute of immutable type '{name}'");
            return Err(self.type_error(msg));
        };
        let Some(Payload::Tuple(t)) = value.payload() else {
            let msg = format!(
                "can only assign tuple to {name}.__bases__, not {}",
                self.type_name(value)
            );
            return Err(self.type_error(msg));
        };
        if t.is_empty() {
            let msg = format!("can only assign non-empty tuple to {name}.__bases__, not ()");
            return Err(self.type_error(msg));
        }
        let items: Vec<Value> = t.iter().copied().collect();
        let mut bases = Vec::with_capacity(items.len());
        for item in items {
            let Some(b) = item.as_obj().filter(|o| o.as_class().is_some()) else {
                let msg = format!(
                    "{name}.__bases__ must be tuple of classes, not '{}'",
                    self.type_name(item)
                );
                return Err(self.type_error(msg));
            };
            // Through the MRO and through the bases (a reentrant assignment may have
            // changed bases whose MROs are not yet recomputed).
            if is_subclass(b, cls) || inherits_through_bases(b, cls) {
                return Err(self.type_error("a __bases__ item causes an inheritance cycle"));
            }
            if self.is_final_class(b) {
                let msg = format!(
                    "type '{}' is not an acceptable base type",
                    self.class_name(b)
                );
                return Err(self.type_error(msg));
            }
            if bases.iter().any(|&p| Gc::ptr_eq(p, b)) {
                let msg = format!("duplicate base class {}", self.class_name(b));
                return Err(self.type_error(msg));
            }
            bases.push(b);
        }
        self.check_bases_layout(cls, &bases)?;
        let old_bases = std::mem::replace(&mut *cd.bases.borrow_mut(), bases.clone());
        let mut saved = Vec::new();
        if let Err(e) = self.update_mro_tree(cls, &mut saved) {
            for (c, mro) in saved.into_iter().rev() {
                if let Some(d) = c.as_class() {
                    *d.mro.borrow_mut() = mro;
                }
            }
            *cd.bases.borrow_mut() = old_bases;
            self.class_version += 1;
            return Err(e);
        }
        // Move `cls` from the old bases' subclass lists to the new ones'.
        for b in old_bases {
            if let Some(bd) = b.as_class() {
                bd.subclasses.borrow_mut().retain(|r| {
                    Vm::weak_ref_targets(std::slice::from_ref(r))
                        .first()
                        .is_some_and(|&t| !Gc::ptr_eq(t, cls))
                });
            }
        }
        self.note_subclass(cls);
        self.class_version += 1;
        Ok(())
    }

    /// Instances of `cls` keep their payload and slots, so the new bases must give them the
    /// same shape as the old ones did (compared between the bases that decide it).
    fn check_bases_layout(&mut self, cls: Gc<Object>, bases: &[Gc<Object>]) -> PyResult<()> {
        let solids: Vec<Gc<Object>> = bases.iter().filter_map(|&b| solid_of(b)).collect();
        for (i, &a) in solids.iter().enumerate() {
            for &b in &solids[..i] {
                if !is_subclass(a, b) && !is_subclass(b, a) {
                    return Err(self.type_error("multiple bases have instance lay-out conflict"));
                }
            }
        }
        let old_bases = cls
            .as_class()
            .map(|c| c.bases.borrow().clone())
            .unwrap_or_default();
        let (Some(new_to), Some(old_to)) = (best_base(bases), best_base(&old_bases)) else {
            return Ok(());
        };
        if Gc::ptr_eq(new_to, old_to) {
            return Ok(());
        }
        let object = self.s.types.object;
        let what = if Gc::ptr_eq(new_to, object) != Gc::ptr_eq(old_to, object) {
            // Plain objects are the one layout the collector does not track in CPython.
            "deallocator"
        } else if self.instance_shape(new_to) != self.instance_shape(old_to) {
            "object layout"
        } else {
            return Ok(());
        };
        let msg = format!(
            "__bases__ assignment: '{}' {what} differs from '{}'",
            self.class_name(new_to),
            self.class_name(old_to)
        );
        Err(self.type_error(msg))
    }

    /// What instances of `class` carry: the builtin payload type, the layout, whether they
    /// have a `__dict__` and weak references, and the slot members along the MRO.
    fn instance_shape(&mut self, class: Gc<Object>) -> Shape {
        let solid = solid_of(class).map(|s| s.addr());
        let Some(cd) = class.as_class() else {
            return (solid, Layout::Instance, false, false, Vec::new());
        };
        if cd.builtin {
            return (solid, cd.layout, false, false, Vec::new());
        }
        let mut slots = Vec::new();
        let mro = cd.mro.borrow().clone();
        for c in mro {
            let Some(ccd) = c.as_class() else { continue };
            for e in ccd.dict.borrow().iter() {
                if let Some(Payload::Member { name, .. }) = e.value.payload() {
                    if let Payload::Str(s) = &name.payload {
                        slots.push(s.as_str().to_owned());
                    }
                }
            }
        }
        let weak = self.has_weakref_slot(class);
        (solid, cd.layout, !cd.dictless.get(), weak, slots)
    }

    /// Recomputes the MRO of `cls` and then of the classes derived from it, recording each
    /// old MRO in `saved` so that a failure can put them all back.
    fn update_mro_tree(
        &mut self,
        cls: Gc<Object>,
        saved: &mut Vec<(Gc<Object>, Vec<Gc<Object>>)>,
    ) -> PyResult<()> {
        let mro = self.compute_mro(cls)?;
        let Some(cd) = cls.as_class() else {
            return Ok(());
        };
        let old = std::mem::replace(&mut *cd.mro.borrow_mut(), mro);
        saved.push((cls, old));
        self.class_version += 1;
        let getattr = self.intern("__getattr__");
        let has_getattr = self.type_lookup(cls, getattr).is_some();
        cd.has_getattr.set(has_getattr);
        let subs = Vm::weak_ref_targets(&cd.subclasses.borrow());
        for sub in subs {
            // A subclass whose bases no longer name `cls` (a reentrant assignment moved
            // it) is left alone.
            let still = sub
                .as_class()
                .is_some_and(|s| s.bases.borrow().iter().any(|&b| Gc::ptr_eq(b, cls)));
            if still {
                self.update_mro_tree(sub, saved)?;
            }
        }
        Ok(())
    }
}

/// What [`Vm::instance_shape`] compares: the payload type's address, the layout, whether
/// instances have a `__dict__` and weak references, and the slot names.
type Shape = (Option<usize>, Layout, bool, bool, Vec<String>);

/// The builtin payload type (other than `object`) `class` and its instances carry, if any.
fn solid_of(class: Gc<Object>) -> Option<Gc<Object>> {
    let cd = class.as_class()?;
    let mro = cd.mro.borrow();
    mro.iter().copied().find(|c| {
        c.as_class()
            .is_some_and(|d| d.builtin && d.layout == Layout::Builtin)
    })
}

/// The base that decides the instance layout: the first one whose payload type is the most
/// derived.
fn best_base(bases: &[Gc<Object>]) -> Option<Gc<Object>> {
    let mut best: Option<(Gc<Object>, Option<Gc<Object>>)> = None;
    for &b in bases {
        let s = solid_of(b);
        let better = match best {
            None => true,
            Some((_, None)) => s.is_some(),
            Some((_, Some(bs))) => s.is_some_and(|s| !Gc::ptr_eq(s, bs) && is_subclass(s, bs)),
        };
        if better {
            best = Some((b, s));
        }
    }
    best.map(|(b, _)| b)
}

/// The most derived of the payload types of `bases`.
fn most_derived_solid(bases: &[Gc<Object>]) -> Option<Gc<Object>> {
    let mut best: Option<Gc<Object>> = None;
    for s in bases.iter().filter_map(|&b| solid_of(b)) {
        if best.is_none_or(|b| is_subclass(s, b)) {
            best = Some(s);
        }
    }
    best
}

/// Whether `sup` is reached from `sub` by following `__bases__` (not the MROs).
fn inherits_through_bases(sub: Gc<Object>, sup: Gc<Object>) -> bool {
    let mut stack = vec![sub];
    let mut seen = 0usize;
    while let Some(c) = stack.pop() {
        if Gc::ptr_eq(c, sup) {
            return true;
        }
        seen += 1;
        if seen > 100_000 {
            return false;
        }
        if let Some(cd) = c.as_class() {
            stack.extend(cd.bases.borrow().iter().copied());
        }
    }
    false
}
