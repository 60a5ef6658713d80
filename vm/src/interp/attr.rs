//! Attribute access: `getattr` / `setattr` / `delattr` with Python's lookup order (data
//! descriptors on the class, the instance dict, then class attributes, bound as methods),
//! `LOAD_METHOD`'s allocation-free method lookup, and the special attributes of builtin
//! objects (`__class__`, `__name__`, `args`, …).

use krait_gc::Gc;

use crate::error::{Exception, PyResult};
use crate::object::class::lookup_mro;
use crate::object::function::AttrHints;
use crate::object::{BuiltinKind, Dict, Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

/// Memoised class-attribute lookups: a direct-mapped table keyed by the (class, name)
/// addresses. An entry is valid only for the `class_version` it was made in; the version is
/// bumped by any change to a class namespace and by every collection (addresses may then be
/// reused), so stale entries are never read and need not be traced.
pub(crate) struct AttrCache {
    /// A fixed-size array, so the masked slot index needs no bounds check.
    entries: Box<[CacheEntry; CACHE_SLOTS]>,
}

#[derive(Clone, Copy)]
struct CacheEntry {
    class: usize,
    name: usize,
    version: u64,
    value: Option<Value>,
}

const CACHE_SLOTS: usize = 4096;

impl Default for AttrCache {
    fn default() -> Self {
        let empty = CacheEntry {
            class: 0,
            name: 0,
            version: u64::MAX,
            value: None,
        };
        // Filled on the heap: a `Box::new` of the array would build it on the stack and
        // copy 160 KB (3% of a bare start-up's instructions).
        let entries = match vec![empty; CACHE_SLOTS].into_boxed_slice().try_into() {
            Ok(entries) => entries,
            Err(_) => Box::new([empty; CACHE_SLOTS]),
        };
        AttrCache { entries }
    }
}

#[inline]
fn cache_slot(class: usize, name: usize) -> usize {
    let h = (class >> 4).wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ (name >> 4);
    (h ^ (h >> 29)) & (CACHE_SLOTS - 1)
}

impl Vm {
    /// Looks `name` up along the MRO of `class`, memoised for interned names. The cache is
    /// keyed by addresses: interned strs are never freed, and a collection that frees a
    /// class bumps `class_version`, so a reused address never hits a stale entry.
    #[inline]
    pub fn type_lookup(&mut self, class: Gc<Object>, name: Gc<Object>) -> Option<Value> {
        if !matches!(&name.payload, Payload::Str(s) if s.is_interned()) {
            return lookup_mro(class, self.names_hash(name), name);
        }
        let (c, n) = (class.addr(), name.addr());
        let slot = cache_slot(c, n);
        let e = self.attr_cache.entries[slot];
        if e.class == c && e.name == n && e.version == self.class_version {
            return e.value;
        }
        self.type_lookup_miss(class, name, slot)
    }

    /// [`Vm::type_lookup`] past the cache: searches the MRO and fills cache entry `slot`.
    #[inline(never)]
    fn type_lookup_miss(
        &mut self,
        class: Gc<Object>,
        name: Gc<Object>,
        slot: usize,
    ) -> Option<Value> {
        let (c, n) = (class.addr(), name.addr());
        let v = lookup_mro(class, self.names_hash(name), name);
        self.attr_cache.entries[slot] = CacheEntry {
            class: c,
            name: n,
            version: self.class_version,
            value: v,
        };
        v
    }

    /// Whether instances of `class` store attributes plainly in their dict: no data
    /// descriptors (properties, objects with `__set__`) anywhere in the MRO and no custom
    /// `__setattr__`. Then an instance dict hit needs no class lookup at all.
    #[inline]
    fn plain_attrs(&mut self, class: Gc<Object>) -> bool {
        let Some(cd) = class.as_class() else {
            return false;
        };
        let (version, plain) = cd.plain_attrs.get();
        if version == self.class_version {
            return plain;
        }
        self.scan_plain_attrs(class)
    }

    /// [`Vm::plain_attrs`] when the answer cached on the class is out of date: scans the
    /// MRO and caches the answer for the current class version.
    #[cold]
    #[inline(never)]
    fn scan_plain_attrs(&mut self, class: Gc<Object>) -> bool {
        let Some(cd) = class.as_class() else {
            return false;
        };
        let mro = cd.mro.borrow().clone();
        let mut plain = !cd.dictless.get();
        'scan: for c in mro {
            let Some(ccd) = c.as_class() else { continue };
            let entries: Vec<_> = ccd.dict.borrow().iter().collect();
            for e in entries {
                let is_setattr = matches!(e.key.payload(), Some(Payload::Str(s))
                    if s.as_str() == "__setattr__" || s.as_str() == "__getattribute__");
                if is_setattr && !matches!(e.value.payload(), Some(Payload::Builtin(_))) {
                    plain = false;
                    break 'scan;
                }
                match e.value.payload() {
                    Some(Payload::Property(_) | Payload::Member { .. }) => {
                        plain = false;
                        break 'scan;
                    }
                    Some(Payload::Instance(_)) => {
                        let dclass = self.type_of(e.value);
                        if self.type_lookup(dclass, self.s.names.set).is_some() {
                            plain = false;
                            break 'scan;
                        }
                    }
                    _ => {}
                }
            }
        }
        cd.plain_attrs.set((self.class_version, plain));
        plain
    }

    /// `name` in an instance dict through the name's hints: the first hint about this
    /// dict's key layout answers; when none is, the oldest is dropped and the search fills
    /// a new first one. The first hint is tried inline (a site that sees one class).
    #[inline(always)]
    fn instance_attr_hinted(&self, d: &Dict, name: Gc<Object>, hints: &AttrHints) -> Option<Value> {
        match d.get_hinted(hints[0].get()) {
            Some(found) => found,
            None => self.instance_attr_other_hints(d, name, hints),
        }
    }

    /// [`Vm::instance_attr_hinted`] past the first hint.
    #[inline(never)]
    fn instance_attr_other_hints(
        &self,
        d: &Dict,
        name: Gc<Object>,
        hints: &AttrHints,
    ) -> Option<Value> {
        for h in &hints[1..] {
            if let Some(found) = d.get_hinted(h.get()) {
                return found;
            }
        }
        shift_hints(hints);
        d.get_str_hinted(self.names_hash(name), name, &hints[0])
    }

    /// The hit path of `obj.name` on an instance: one of the site's hints places `name` in
    /// the instance's shared-keys dict and vouches that the keys' class (the instance's)
    /// has plain attributes at the current class version, so the class is not looked at.
    /// Inlined into [`Vm::get_attr_hinted`], which then needs no stack frame; anything
    /// else is `None` and goes to [`Vm::get_attr_hinted_slow`].
    #[inline(always)]
    fn instance_attr_fast(&self, obj: Value, hints: &AttrHints) -> Option<Value> {
        let Value::Obj(o) = obj else { return None };
        let Payload::Instance(inst) = &o.payload else {
            return None;
        };
        let d = inst.dict.try_borrow().ok()?;
        d.get_hinted_plain(hints, self.class_version)?
    }

    /// `obj.name` for `LOAD_ATTR`: an instance of a class with plain attributes answers
    /// from its dict through the site's hints (see `KeyHint`) without searching.
    #[inline(never)]
    pub(crate) fn get_attr_hinted(
        &mut self,
        obj: Value,
        name: Gc<Object>,
        hints: &AttrHints,
    ) -> PyResult<Value> {
        match self.instance_attr_fast(obj, hints) {
            Some(v) => Ok(v),
            None => self.get_attr_hinted_slow(obj, name, hints),
        }
    }

    /// [`Vm::get_attr_hinted`] past the hit path: refreshes the class's plain-attributes
    /// answer and the hints, or takes the general lookup.
    #[inline(never)]
    fn get_attr_hinted_slow(
        &mut self,
        obj: Value,
        name: Gc<Object>,
        hints: &AttrHints,
    ) -> PyResult<Value> {
        if let Value::Obj(o) = obj {
            if let Payload::Instance(inst) = &o.payload {
                if self.plain_attrs(o.class()) {
                    let d = inst.dict.borrow();
                    let found = self.instance_attr_hinted(&d, name, hints);
                    d.mark_plain(hints, self.class_version);
                    if let Some(v) = found {
                        return Ok(v);
                    }
                }
            }
        }
        self.get_attr(obj, name)
    }

    /// The hit path of `obj.name = value` on an instance: a hint vouching for the class's
    /// plain attributes (as in [`Vm::instance_attr_fast`]) places `name` at a present value
    /// (replaced in place) or at the next free slot within the values' room (what
    /// `__init__` does). `false` sends the store to [`Vm::set_attr_hinted_slow`].
    #[inline(always)]
    fn store_attr_fast(&self, obj: Value, value: Value, hints: &AttrHints) -> bool {
        let Value::Obj(o) = obj else { return false };
        let Payload::Instance(inst) = &o.payload else {
            return false;
        };
        let Ok(mut d) = inst.dict.try_borrow_mut() else {
            return false;
        };
        d.store_hinted_in_place(hints, self.class_version, value)
    }

    /// `obj.name = value` for `STORE_ATTR`, overwriting through the site's hints when the
    /// instance already has the attribute.
    #[inline(never)]
    pub(crate) fn set_attr_hinted(
        &mut self,
        obj: Value,
        name: Gc<Object>,
        value: Value,
        hints: &AttrHints,
    ) -> PyResult<()> {
        if self.store_attr_fast(obj, value, hints) {
            return Ok(());
        }
        self.set_attr_hinted_slow(obj, name, value, hints)
    }

    /// [`Vm::set_attr_hinted`] past the hit path.
    #[inline(never)]
    fn set_attr_hinted_slow(
        &mut self,
        obj: Value,
        name: Gc<Object>,
        value: Value,
        hints: &AttrHints,
    ) -> PyResult<()> {
        if let Value::Obj(o) = obj {
            if let Payload::Instance(inst) = &o.payload {
                if self.plain_attrs(o.class()) {
                    let mut d = inst.dict.borrow_mut();
                    let version = self.class_version;
                    if hints.iter().any(|h| d.store_hinted(h.get(), value)) {
                        d.mark_plain(hints, version);
                        return Ok(());
                    }
                    let hash = self.names_hash(name);
                    shift_hints(hints);
                    d.get_str_hinted(hash, name, &hints[0]);
                    d.mark_plain(hints, version);
                    if d.store_hinted(hints[0].get(), value) {
                        return Ok(());
                    }
                }
            }
        }
        self.set_attr(obj, name, value)
    }

    /// `obj.name`.
    pub fn get_attr(&mut self, obj: Value, name: Gc<Object>) -> PyResult<Value> {
        if let Value::Obj(o) = obj {
            if let Payload::Instance(inst) = &o.payload {
                if self.plain_attrs(o.class()) {
                    let found = inst.dict.borrow().get_str(self.names_hash(name), name);
                    if let Some(v) = found {
                        return Ok(v);
                    }
                } else if let Some(f) = self.custom_getattribute(o.class()) {
                    let r = self.call_getattribute(f, obj, name);
                    return self.note_attribute_error(r, obj, name);
                }
            } else if let Some(f) = self.custom_getattribute(o.class()) {
                // A Python subclass of a builtin type (a module subclass, say) with its own
                // `__getattribute__`.
                return self.call_getattribute(f, obj, name);
            }
        }
        match self.generic_getattr(obj, name) {
            // `__getattr__` answers whatever lookup failed, a descriptor's included.
            Err(e) if self.exc_matches(e, self.s.types.attribute_error) => {
                let class = self.type_of(obj);
                // The flag is set where `__getattr__` was defined or assigned; a base
                // may have gained one after this class was made.
                let has_getattr = class.as_class().is_some_and(|c| {
                    c.has_getattr.get()
                        || c.mro
                            .borrow()
                            .iter()
                            .any(|b| b.as_class().is_some_and(|bc| bc.has_getattr.get()))
                });
                if has_getattr {
                    if let Some(f) = self.type_lookup(class, self.s.names.getattr) {
                        let r = self.call_attr_hook(f, obj, name);
                        return self.note_attribute_error(r, obj, name);
                    }
                }
                Err(e)
            }
            r => r,
        }
    }

    /// An AttributeError raised by Python code answering `obj.name` (`__getattr__`,
    /// `__getattribute__`) gets `name` and `obj` when it has neither, as CPython's
    /// `getattr` does, so its report can suggest a close name.
    fn note_attribute_error(
        &mut self,
        r: PyResult<Value>,
        obj: Value,
        name: Gc<Object>,
    ) -> PyResult<Value> {
        if let Err(e) = r {
            if self.exc_matches(e, self.s.types.attribute_error) {
                let unset =
                    |vm: &mut Vm, f: &str| vm.exc_field(e.value(), f).is_none_or(|v| v.is_none());
                if unset(self, "name") && unset(self, "obj") {
                    let (kn, ko) = (self.intern("name"), self.intern("obj"));
                    self.set_exc_field(e.value(), kn, Value::Obj(name));
                    self.set_exc_field(e.value(), ko, obj);
                }
            }
        }
        r
    }

    /// A class's own `__getattribute__` (a Python function somewhere in the MRO), if any.
    pub(crate) fn custom_getattribute(&mut self, class: Gc<Object>) -> Option<Value> {
        if class.as_class().is_none_or(|c| c.builtin) {
            return None;
        }
        self.type_lookup(class, self.s.names.getattribute)
            .filter(|f| !matches!(f.payload(), Some(Payload::Builtin(_))))
    }

    /// Calls a user `__getattribute__`, falling back to `__getattr__` on AttributeError.
    fn call_getattribute(&mut self, f: Value, obj: Value, name: Gc<Object>) -> PyResult<Value> {
        match self.call_attr_hook(f, obj, name) {
            Err(e) if self.exc_matches(e, self.s.types.attribute_error) => {
                let class = self.type_of(obj);
                match self.type_lookup(class, self.s.names.getattr) {
                    Some(g) => self.call_attr_hook(g, obj, name),
                    None => Err(e),
                }
            }
            r => r,
        }
    }

    /// Calls the hook `f` (`__getattribute__` or `__getattr__`, found on `obj`'s class) for
    /// `name`: a plain function directly, anything else bound to `obj` first, so a
    /// descriptor stored under the hook's name answers through its `__get__`.
    fn call_attr_hook(&mut self, f: Value, obj: Value, name: Gc<Object>) -> PyResult<Value> {
        if matches!(f.payload(), Some(Payload::Function(_))) {
            return self.call_value(f, &[obj, Value::Obj(name)], &[]);
        }
        let class = self.type_of(obj);
        let bound = self.bind(f, obj, class)?;
        self.call_value(bound, &[Value::Obj(name)], &[])
    }

    /// `object.__getattribute__`: data descriptors, the instance dict, class attributes,
    /// then special attributes.
    pub(crate) fn generic_getattr(&mut self, obj: Value, name: Gc<Object>) -> PyResult<Value> {
        if let Value::Obj(o) = obj {
            match &o.payload {
                Payload::Class(_) => return self.class_getattr(o, name),
                Payload::Module(m) => {
                    // A module subclass's data descriptors (a `__dict__` property, say)
                    // come before the module's namespace.
                    if !Gc::ptr_eq(o.class(), self.s.types.module) {
                        if let Some(ca) = self.type_lookup(o.class(), name) {
                            if let Some(v) = self.data_descriptor_get(ca, obj, name)? {
                                return Ok(v);
                            }
                        }
                    }
                    if let Some(v) = self.mapping_get_str(m.dict, name)? {
                        return Ok(v);
                    }
                    // A module finds its class's methods (`m.__init__`, a subclass's own).
                    let class = o.class();
                    if let Some(ca) = self.type_lookup(class, name) {
                        return self.bind(ca, obj, class);
                    }
                    if let Some(v) = self.special_attr(obj, name)? {
                        return Ok(v);
                    }
                    // PEP 562: a module's own `__getattr__` answers the names it lacks.
                    let hook = self.s.names.getattr;
                    if let Some(f) = self.mapping_get_str(m.dict, hook)? {
                        return self.call_value(f, &[Value::Obj(name)], &[]);
                    }
                    // The name is the one in the namespace (it may have been deleted).
                    let name_key = self.intern("__name__");
                    let msg = match self.mapping_get_str(m.dict, name_key)? {
                        Some(n) if matches!(n.payload(), Some(Payload::Str(_))) => format!(
                            "module '{}' has no attribute '{}'",
                            self.str_lossy(n),
                            text(&name)
                        ),
                        _ => format!("module has no attribute '{}'", text(&name)),
                    };
                    return Err(self.attribute_error(msg));
                }
                Payload::Super { class, obj: inner } => {
                    if let Some(v) = self.super_getattr(*class, *inner, name)? {
                        return Ok(v);
                    }
                }
                _ => {}
            }
        }
        let class = self.type_of(obj);
        let cls_attr = self.type_lookup(class, name);
        if let Some(ca) = cls_attr {
            if let Some(v) = self.data_descriptor_get(ca, obj, name)? {
                return Ok(v);
            }
        }
        if let Value::Obj(o) = obj {
            if let Some(d) = o.attr_dict() {
                let found = d.borrow().get_str(self.names_hash(name), name);
                if let Some(v) = found {
                    return Ok(v);
                }
            }
        }
        if let Some(ca) = cls_attr {
            return self.bind(ca, obj, class);
        }
        if let Some(v) = self.special_attr(obj, name)? {
            return Ok(v);
        }
        Err(self.no_attribute(obj, name))
    }

    /// `AttributeError: 'X' object has no attribute 'name'`.
    pub(crate) fn no_attribute(&mut self, obj: Value, name: Gc<Object>) -> Exception {
        let msg = match obj.payload() {
            Some(Payload::Class(c)) => {
                format!(
                    "type object '{}' has no attribute '{}'",
                    c.name(),
                    text(&name)
                )
            }
            _ => format!(
                "'{}' object has no attribute '{}'",
                self.type_name(obj),
                text(&name)
            ),
        };
        let e = self.attribute_error(msg);
        let name_key = self.intern("name");
        let obj_key = self.intern("obj");
        self.set_exc_field(e.value(), name_key, Value::Obj(name));
        self.set_exc_field(e.value(), obj_key, obj);
        e
    }

    /// If `attr` (found on the class) is a data descriptor, its value for `obj`.
    fn data_descriptor_get(
        &mut self,
        attr: Value,
        obj: Value,
        _name: Gc<Object>,
    ) -> PyResult<Option<Value>> {
        let Value::Obj(a) = attr else {
            return Ok(None);
        };
        match &a.payload {
            Payload::Property(p) => {
                let getter = p.fget.get();
                if getter.is_none() {
                    return Err(self.property_missing(p, obj, "getter"));
                }
                self.call_value(getter, &[obj], &[]).map(Some)
            }
            Payload::GetSet { name, .. } => self.getset_value(*name, obj).map(Some),
            Payload::Member { name: slot, .. } => {
                let slot = *slot;
                let found = match obj {
                    Value::Obj(o) => o
                        .attr_dict()
                        .and_then(|d| d.borrow().get_str(self.names_hash(slot), slot)),
                    _ => None,
                };
                match found {
                    Some(v) => Ok(Some(v)),
                    None => Err(self.no_attribute(obj, slot)),
                }
            }
            Payload::Instance(_) => {
                let dclass = a.class();
                let has_set = self.type_lookup(dclass, self.s.names.set).is_some();
                match self.type_lookup(dclass, self.s.names.get) {
                    Some(get) if has_set => {
                        let owner = Value::Obj(self.type_of(obj));
                        self.call_value(get, &[attr, obj, owner], &[]).map(Some)
                    }
                    _ => Ok(None),
                }
            }
            _ => Ok(None),
        }
    }

    /// Binds a class attribute found for `obj` (an instance of `class`).
    pub(crate) fn bind(&mut self, attr: Value, obj: Value, class: Gc<Object>) -> PyResult<Value> {
        let Value::Obj(a) = attr else {
            return Ok(attr);
        };
        match &a.payload {
            Payload::Function(_) => Ok(self.bound_method(attr, obj)),
            Payload::Builtin(b) => match b.kind {
                BuiltinKind::Method => Ok(self.bound_method(attr, obj)),
                BuiltinKind::ClassMethod => Ok(self.bound_method(attr, Value::Obj(class))),
                _ => Ok(attr),
            },
            Payload::ClassMethod(f) => self.classmethod_get(*f, class),
            Payload::StaticMethod(f) => Ok(*f),
            // A native module's object may be a descriptor too (`functools`'s cached
            // function wrapper binds as a method).
            Payload::Instance(_) | Payload::Super { .. } | Payload::Native(_) => {
                if let Some(get) = self.type_lookup(a.class(), self.s.names.get) {
                    return self.call_value(get, &[attr, obj, Value::Obj(class)], &[]);
                }
                Ok(attr)
            }
            _ => Ok(attr),
        }
    }

    /// For an instance of a user subclass of a builtin type (`class L(list)`), the
    /// subclass's own Python method `name`, which overrides the builtin behaviour.
    pub(crate) fn user_override(&mut self, v: Value, name: Gc<Object>) -> Option<Value> {
        let Value::Obj(o) = v else { return None };
        if matches!(o.payload, Payload::Instance(_) | Payload::Exception(_))
            || o.class().as_class().is_none_or(|c| c.builtin)
        {
            return None;
        }
        let class = o.class();
        self.type_lookup(class, name)
            .filter(|f| overrides_builtin(class, f))
    }

    /// A new bound method.
    pub(crate) fn bound_method(&mut self, func: Value, receiver: Value) -> Value {
        Value::Obj(self.alloc(self.s.types.method, Payload::BoundMethod { func, receiver }))
    }

    /// Attribute lookup on a class object.
    fn class_getattr(&mut self, cls: Gc<Object>, name: Gc<Object>) -> PyResult<Value> {
        // A data descriptor of a user metaclass (a property defined on it, say) comes before
        // the class's own attributes, as in CPython's `type.__getattribute__`.
        let meta = cls.class();
        if !Gc::ptr_eq(meta, self.s.types.type_) {
            if let Some(d) = self.type_lookup(meta, name) {
                if let Some(v) = self.meta_data_descriptor(d, cls, meta, name)? {
                    return Ok(v);
                }
            }
        }
        // `type`'s own data descriptors come before the class's namespace, which may hold a
        // slot member of the same name (`__slots__ = ['__qualname__']`).
        if matches!(
            text(&name),
            "__name__" | "__qualname__" | "__bases__" | "__mro__" | "__dict__"
        ) {
            if let Some(v) = self.special_attr(Value::Obj(cls), name)? {
                return Ok(v);
            }
        }
        // `type.__annotations__` is a data descriptor: a class's own dict only, never a base's.
        if Gc::ptr_eq(name, self.s.names.annotations) {
            return self.class_annotations(cls);
        }
        if let Some(v) = self.type_lookup(cls, name) {
            return match v.payload() {
                Some(Payload::StaticMethod(f)) => Ok(*f),
                Some(Payload::ClassMethod(f)) => self.classmethod_get(*f, cls),
                Some(Payload::Builtin(b)) if b.kind == BuiltinKind::ClassMethod => {
                    Ok(self.bound_method(v, Value::Obj(cls)))
                }
                Some(Payload::Instance(_) | Payload::Native(_)) => {
                    let dclass = self.type_of(v);
                    match self.type_lookup(dclass, self.s.names.get) {
                        Some(get) => self.call_value(get, &[v, Value::None, Value::Obj(cls)], &[]),
                        None => Ok(v),
                    }
                }
                _ => Ok(v),
            };
        }
        if let Some(v) = self.special_attr(Value::Obj(cls), name)? {
            return Ok(v);
        }
        // Attributes of the metaclass (`type`): methods bound to the class.
        if let Some(v) = self.type_lookup(meta, name) {
            return self.bind(v, Value::Obj(cls), meta);
        }
        Err(self.no_attribute(Value::Obj(cls), name))
    }

    /// The value of `d`, found on the metaclass `meta` of `cls`, if it is a data descriptor
    /// (a property, or an object whose class defines `__set__` or `__delete__`).
    fn meta_data_descriptor(
        &mut self,
        d: Value,
        cls: Gc<Object>,
        meta: Gc<Object>,
        _name: Gc<Object>,
    ) -> PyResult<Option<Value>> {
        match d.payload() {
            Some(Payload::Property(p)) => {
                let getter = p.fget.get();
                if getter.is_none() {
                    return Err(self.property_missing(p, Value::Obj(cls), "getter"));
                }
                self.call_value(getter, &[Value::Obj(cls)], &[]).map(Some)
            }
            Some(Payload::Instance(_)) => {
                let dclass = self.type_of(d);
                let set = self.intern("__set__");
                let delete = self.intern("__delete__");
                if self.type_lookup(dclass, set).is_none()
                    && self.type_lookup(dclass, delete).is_none()
                {
                    return Ok(None);
                }
                match self.type_lookup(dclass, self.s.names.get) {
                    Some(get) => self
                        .call_value(get, &[d, Value::Obj(cls), Value::Obj(meta)], &[])
                        .map(Some),
                    // Without `__get__` it gives way to the class's own attribute (and is
                    // the answer only when the class has none).
                    None => Ok(None),
                }
            }
            _ => Ok(None),
        }
    }

    /// `super().name`.
    fn super_getattr(
        &mut self,
        class: Gc<Object>,
        obj: Value,
        name: Gc<Object>,
    ) -> PyResult<Option<Value>> {
        let start_type = match obj.payload() {
            Some(Payload::Class(_))
                if crate::object::class::is_subclass(obj.as_obj().unwrap_or(class), class) =>
            {
                obj.as_obj().unwrap_or(class)
            }
            _ => {
                let own = self.type_of(obj);
                if crate::object::class::is_subclass(own, class) {
                    own
                } else {
                    self.super_claimed_class(class, obj)?.unwrap_or(own)
                }
            }
        };
        let mro = match start_type.as_class() {
            Some(c) => c.mro.borrow().clone(),
            None => return Ok(None),
        };
        let hash = self.names_hash(name);
        let mut after = false;
        for c in mro {
            if after {
                let found = c
                    .as_class()
                    .and_then(|cd| cd.dict.borrow().get_str(hash, name));
                if let Some(v) = found {
                    let on_class = Gc::ptr_eq(start_type, obj.as_obj().unwrap_or(class))
                        && matches!(obj.payload(), Some(Payload::Class(_)));
                    let bound = match v.payload() {
                        Some(Payload::Function(_)) if !on_class => self.bound_method(v, obj),
                        Some(Payload::Builtin(b)) if b.kind == BuiltinKind::Method && !on_class => {
                            self.bound_method(v, obj)
                        }
                        Some(Payload::Property(p)) if !on_class => {
                            let getter = p.fget.get();
                            if getter.is_none() {
                                return Err(self.property_missing(p, obj, "getter"));
                            }
                            self.call_value(getter, &[obj], &[])?
                        }
                        Some(Payload::Instance(_) | Payload::Native(_)) => {
                            let dclass = self.type_of(v);
                            match self.type_lookup(dclass, self.s.names.get) {
                                Some(get) => {
                                    let inst = if on_class { Value::None } else { obj };
                                    let owner = Value::Obj(start_type);
                                    self.call_value(get, &[v, inst, owner], &[])?
                                }
                                None => v,
                            }
                        }
                        Some(Payload::ClassMethod(f)) => self.classmethod_get(*f, start_type)?,
                        Some(Payload::Builtin(b)) if b.kind == BuiltinKind::ClassMethod => {
                            self.bound_method(v, Value::Obj(start_type))
                        }
                        Some(Payload::StaticMethod(f)) => *f,
                        _ => v,
                    };
                    return Ok(Some(bound));
                }
            } else if Gc::ptr_eq(c, class) {
                after = true;
            }
        }
        Ok(None)
    }

    /// The hit path of `obj.name(…)` on an instance: the class-attribute cache holds a
    /// plain function or builtin method for `name`, and a hint vouching for the class's
    /// plain attributes (as in [`Vm::instance_attr_fast`]) shows the instance dict lacks
    /// `name`. Returns the method (the caller pushes it and `obj`).
    #[inline(always)]
    fn method_fast(&self, obj: Value, name: Gc<Object>, hints: &AttrHints) -> Option<Value> {
        let Value::Obj(o) = obj else { return None };
        let Payload::Instance(inst) = &o.payload else {
            return None;
        };
        let class = o.class();
        // Only interned names are ever cached, and they are never freed, so an entry for
        // this name's address is about this name.
        let (c, n) = (class.addr(), name.addr());
        let e = &self.attr_cache.entries[cache_slot(c, n)];
        if e.class != c || e.name != n || e.version != self.class_version {
            return None;
        }
        let f = e.value?;
        if !is_plain_method(&f) {
            return None;
        }
        let d = inst.dict.try_borrow().ok()?;
        match d.get_hinted_plain(hints, self.class_version)? {
            None => Some(f),
            Some(_) => None,
        }
    }

    /// `LOAD_METHOD`: `(method, self)` when a plain function or builtin method is found on
    /// the class (no bound method allocated), else `(null, attribute)`.
    #[inline(never)]
    pub(crate) fn load_method(
        &mut self,
        obj: Value,
        name: Gc<Object>,
        hints: &AttrHints,
    ) -> PyResult<(Value, Value)> {
        match self.method_fast(obj, name, hints) {
            Some(f) => Ok((f, obj)),
            None => self.load_method_slow(obj, name, hints),
        }
    }

    /// [`Vm::load_method`] past the hit path.
    #[inline(never)]
    fn load_method_slow(
        &mut self,
        obj: Value,
        name: Gc<Object>,
        hints: &AttrHints,
    ) -> PyResult<(Value, Value)> {
        let class = self.type_of(obj);
        if let Value::Obj(o) = obj {
            if matches!(o.payload, Payload::Instance(_))
                && !self.plain_attrs(class)
                && self.custom_getattribute(class).is_some()
            {
                let v = self.get_attr(obj, name)?;
                return Ok((self.null(), v));
            }
            match &o.payload {
                // `module.function(…)`: a plain module's namespace comes first
                // (`generic_getattr`), so a str key found there needs none of `get_attr`'s
                // other steps.
                Payload::Module(m) if Gc::ptr_eq(class, self.s.types.module) => {
                    if let Payload::Dict(t) = &m.dict.payload {
                        let found = t.borrow().get_str(self.names_hash(name), name);
                        if let Some(v) = found {
                            return Ok((self.null(), v));
                        }
                    }
                    let v = self.get_attr(obj, name)?;
                    return Ok((self.null(), v));
                }
                Payload::Class(_) | Payload::Module(_) => {
                    let v = self.get_attr(obj, name)?;
                    return Ok((self.null(), v));
                }
                Payload::Super {
                    class: sc,
                    obj: inner,
                } => {
                    let (sc, inner) = (*sc, *inner);
                    let hash = self.names_hash(name);
                    if let Some(Payload::Instance(_) | Payload::Exception(_)) = inner.payload() {
                        let mro = self
                            .type_of(inner)
                            .as_class()
                            .map(|c| c.mro.borrow().clone())
                            .unwrap_or_default();
                        if let Some(pos) = mro.iter().position(|&c| Gc::ptr_eq(c, sc)) {
                            for c in &mro[pos + 1..] {
                                let found = c
                                    .as_class()
                                    .and_then(|cd| cd.dict.borrow().get_str(hash, name));
                                if let Some(v) = found {
                                    if is_plain_method(&v) {
                                        return Ok((v, inner));
                                    }
                                    break;
                                }
                            }
                        }
                    }
                    let v = self.get_attr(obj, name)?;
                    return Ok((self.null(), v));
                }
                _ => {}
            }
        }
        if let Some(f) = self.type_lookup(class, name) {
            if is_plain_method(&f) {
                let shadowed = match obj {
                    Value::Obj(o) => match &o.payload {
                        Payload::Instance(inst) => {
                            let plain = self.plain_attrs(class);
                            let d = inst.dict.borrow();
                            let found = self.instance_attr_hinted(&d, name, hints);
                            if plain {
                                d.mark_plain(hints, self.class_version);
                            }
                            found
                        }
                        _ => match o.attr_dict() {
                            Some(d) => d.borrow().get_str(self.names_hash(name), name),
                            None => None,
                        },
                    },
                    _ => None,
                };
                return Ok(match shadowed {
                    Some(v) => (self.null(), v),
                    None => (f, obj),
                });
            }
        }
        let v = self.get_attr(obj, name)?;
        Ok((self.null(), v))
    }

    /// `obj.name = value`.
    pub(crate) fn set_attr(&mut self, obj: Value, name: Gc<Object>, value: Value) -> PyResult<()> {
        if Gc::ptr_eq(name, self.s.names.class) {
            return self.set_class_attr_of(obj, value);
        }
        if let Value::Obj(o) = obj {
            if let Payload::Instance(inst) = &o.payload {
                // `__dict__` and `__weakref__` are the class's getset descriptors.
                if self.plain_attrs(o.class())
                    && !Gc::ptr_eq(name, self.s.names.dict)
                    && !Gc::ptr_eq(name, self.s.names.weakref)
                {
                    let hash = self.names_hash(name);
                    let mut d = inst.dict.borrow_mut();
                    match d.probe_str(hash, name) {
                        Some(pos) => d.set_value_at(pos, value),
                        None => d.insert_new(hash, Value::Obj(name), value),
                    }
                    return Ok(());
                }
            }
        }
        let class = self.type_of(obj);
        if let Some(cd) = class.as_class() {
            if !cd.builtin {
                if let Some(f) = self.type_lookup(class, self.s.names.setattr) {
                    if !f.is(self.s.object_setattr) {
                        self.call_value(f, &[obj, Value::Obj(name), value], &[])?;
                        return Ok(());
                    }
                }
            }
        }
        self.generic_setattr(obj, name, value)
    }

    /// `object.__setattr__`: data descriptors, then the instance dict.
    pub(crate) fn generic_setattr(
        &mut self,
        obj: Value,
        name: Gc<Object>,
        value: Value,
    ) -> PyResult<()> {
        let class = self.type_of(obj);
        if let Some(ca) = self.type_lookup(class, name) {
            if let Value::Obj(a) = ca {
                match &a.payload {
                    Payload::Property(p) => {
                        let setter = p.fset.get();
                        if setter.is_none() {
                            return Err(self.property_missing(p, obj, "setter"));
                        }
                        self.call_value(setter, &[obj, value], &[])?;
                        return Ok(());
                    }
                    Payload::Instance(_) => {
                        if let Some(set) = self.type_lookup(a.class(), self.s.names.set) {
                            self.call_value(set, &[ca, obj, value], &[])?;
                            return Ok(());
                        }
                    }
                    Payload::GetSet { name, .. } => {
                        return self.getset_store(*name, obj, Some(value));
                    }
                    Payload::Member { name: slot, .. } => {
                        let slot = *slot;
                        if let Some(o) = obj.as_obj() {
                            // A subclass of a builtin type keeps its slots in its own
                            // dict, hidden.
                            self.ensure_ext_dict(o);
                            if let Some(d) = o.attr_dict() {
                                let hash = self.names_hash(slot);
                                let mut d = d.borrow_mut();
                                match d.probe_str(hash, slot) {
                                    Some(pos) => d.set_value_at(pos, value),
                                    None => d.insert_new(hash, Value::Obj(slot), value),
                                }
                                return Ok(());
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        let Value::Obj(o) = obj else {
            return Err(self.no_attribute(obj, name));
        };
        if Gc::ptr_eq(name, self.s.names.dict) {
            if let Some(r) = self.replace_attr_dict(o, Some(value)) {
                return r;
            }
        }
        match &o.payload {
            Payload::Instance(_) if o.class().as_class().is_some_and(|c| c.dictless.get()) => {
                return Err(self.dictless_attr_error(obj, name));
            }
            Payload::Instance(_) | Payload::Module(_) => {}
            Payload::Class(c) => {
                if c.builtin {
                    let msg = format!(
                        "cannot set '{}' attribute of immutable type '{}'",
                        text(&name),
                        c.name()
                    );
                    return Err(self.type_error(msg));
                }
                match text(&name) {
                    "__bases__" => return self.set_class_bases(o, Some(value)),
                    "__dict__" => return Err(self.class_dict_not_writable()),
                    "__mro__" => return Err(self.attribute_error("readonly attribute")),
                    _ => {}
                }
                self.class_version += 1;
                if text(&name) == "__getattr__" {
                    c.has_getattr.set(true);
                }
                // `__module__` stays in the namespace; the copy `repr` reads follows it.
                if text(&name) == "__module__" {
                    if let Some(Payload::Str(s)) = value.payload() {
                        *c.module.borrow_mut() = s.as_str().to_owned();
                    }
                }
                // The names are `type`'s data descriptors, kept in the class data.
                if let which @ ("__name__" | "__qualname__") = text(&name) {
                    let Some(Payload::Str(s)) = value.payload() else {
                        let msg = format!(
                            "can only assign string to {}.{which}, not '{}'",
                            c.name(),
                            self.type_name(value)
                        );
                        return Err(self.type_error(msg));
                    };
                    if which == "__name__" && s.as_str().contains('\0') {
                        return Err(self.value_error("type name must not contain null characters"));
                    }
                    let field = if which == "__name__" {
                        &c.name
                    } else {
                        &c.qualname
                    };
                    *field.borrow_mut() = s.as_str().to_owned();
                    return Ok(());
                }
            }
            Payload::Function(_) => {
                if let Some(r) = self.set_function_attr(o, text(&name), Some(value)) {
                    return r;
                }
            }
            Payload::Cell(_) if text(&name) == "cell_contents" => {
                self.set_cell_contents(obj, Some(value));
                return Ok(());
            }
            // A property's docstring is writable (a subclass's lives in its dict).
            Payload::Property(p)
                if text(&name) == "__doc__" && Gc::ptr_eq(o.class(), self.s.types.property) =>
            {
                p.doc.set(value);
                return Ok(());
            }
            _ if crate::interp::generator::gen_kind(&o).is_some()
                && matches!(text(&name), "__name__" | "__qualname__") =>
            {
                let which = text(&name);
                if !matches!(value.payload(), Some(Payload::Str(_))) {
                    let msg = format!("{which} must be set to a string object");
                    return Err(self.type_error(msg));
                }
                let g = crate::interp::generator::gen_data(&o);
                if which == "__name__" {
                    g.name.set(value);
                } else {
                    g.qualname.set(value);
                }
                return Ok(());
            }
            Payload::FrameObj(_) => {
                if let Some(r) = self.set_frame_obj_attr(o, text(&name), value) {
                    return r;
                }
            }
            Payload::Traceback(_) => {
                if let Some(r) = self.set_traceback_attr(o, text(&name), value) {
                    return r;
                }
            }
            Payload::Exception(e) => match text(&name) {
                "__cause__" | "__context__" => {
                    let is_exc = value.is_none()
                        || (matches!(value.payload(), Some(Payload::Exception(_)))
                            && self.isinstance(value, self.s.types.base_exception));
                    if !is_exc {
                        let what = if text(&name) == "__cause__" {
                            "cause"
                        } else {
                            "context"
                        };
                        let msg =
                            format!("exception {what} must be None or derive from BaseException");
                        return Err(self.type_error(msg));
                    }
                    if text(&name) == "__cause__" {
                        e.cause.set(value);
                        e.suppress_context.set(true);
                    } else {
                        e.context.set(value);
                    }
                    return Ok(());
                }
                "__suppress_context__" => {
                    e.suppress_context.set(self.truthy(value)?);
                    return Ok(());
                }
                "__traceback__" => return self.set_exc_traceback(obj, value),
                "message" | "exceptions" if self.is_exception_group(obj) => {
                    return Err(self.attribute_error("readonly attribute"));
                }
                field if self.exc_field_names(obj).contains(&field) => {
                    self.set_exc_field(obj, name, value);
                    return Ok(());
                }
                "args" => {
                    let items = self.collect_iter(value)?;
                    let t = self.new_tuple(items);
                    e.args.set(t);
                    return Ok(());
                }
                _ => {}
            },
            // An instance of a subclass of a builtin type whose `__slots__` leave it no
            // `__dict__`.
            _ if o.class().as_class().is_some_and(|c| c.dictless.get()) => {
                return Err(self.dictless_attr_error(obj, name));
            }
            _ => {
                if !self.ensure_ext_dict(o) {
                    let msg = format!(
                        "'{}' object has no attribute '{}'",
                        self.type_name(obj),
                        text(&name)
                    );
                    return Err(self.attribute_error(msg));
                }
            }
        }
        let Some(d) = o.attr_dict() else {
            return Err(self.no_attribute(obj, name));
        };
        let hash = self.names_hash(name);
        let mut d = d.borrow_mut();
        match d.probe_str(hash, name) {
            Some(pos) => d.set_value_at(pos, value),
            None => d.insert_new(hash, Value::Obj(name), value),
        }
        Ok(())
    }

    /// Setting or deleting `name` on an instance without `__dict__`: a class attribute
    /// shadows nothing and is read-only, anything else does not exist.
    fn dictless_attr_error(&mut self, obj: Value, name: Gc<Object>) -> Exception {
        let class = self.type_of(obj);
        if self.type_lookup(class, name).is_some() {
            let msg = format!(
                "'{}' object attribute '{}' is read-only",
                self.type_name(obj),
                text(&name)
            );
            return self.attribute_error(msg);
        }
        let msg = format!(
            "'{}' object has no attribute '{}'",
            self.type_name(obj),
            text(&name)
        );
        self.attribute_error(msg)
    }

    /// A class's namespace cannot be replaced or deleted.
    fn class_dict_not_writable(&mut self) -> Exception {
        self.attribute_error("attribute '__dict__' of 'type' objects is not writable")
    }

    /// `del obj.name`.
    pub(crate) fn del_attr(&mut self, obj: Value, name: Gc<Object>) -> PyResult<()> {
        let class = self.type_of(obj);
        if class.as_class().is_some_and(|c| !c.builtin) {
            if let Some(f) = self.type_lookup(class, self.s.names.delattr) {
                if !matches!(f.payload(), Some(Payload::Builtin(_))) {
                    self.call_value(f, &[obj, Value::Obj(name)], &[])?;
                    return Ok(());
                }
            }
        }
        self.generic_delattr(obj, name)
    }

    /// `obj.__dict__ = value` (`None`: `del obj.__dict__`) for an instance or exception
    /// with an attribute dict; `None` for other objects. The object keeps its own table,
    /// which takes the new dict's items (deleting empties it).
    pub(crate) fn replace_attr_dict(
        &mut self,
        o: Gc<Object>,
        value: Option<Value>,
    ) -> Option<PyResult<()>> {
        let table = match &o.payload {
            Payload::Instance(i) if !o.class().as_class().is_some_and(|c| c.dictless.get()) => {
                &i.dict
            }
            Payload::Exception(e) => &e.dict,
            _ => return None,
        };
        let mut fresh = crate::object::Dict::new();
        if let Some(v) = value {
            let Some(Payload::Dict(src)) = v.payload() else {
                let msg = format!(
                    "__dict__ must be set to a dictionary, not a '{}'",
                    self.type_name(v)
                );
                return Some(Err(self.type_error(msg)));
            };
            for e in src.borrow().iter() {
                fresh.insert_new(e.hash, e.key, e.value);
            }
        }
        *table.borrow_mut() = fresh;
        self.class_version += 1;
        Some(Ok(()))
    }

    /// `object.__delattr__`.
    pub(crate) fn generic_delattr(&mut self, obj: Value, name: Gc<Object>) -> PyResult<()> {
        let class = self.type_of(obj);
        if let (Value::Obj(o), true) = (obj, Gc::ptr_eq(name, self.s.names.dict)) {
            if self.type_lookup(class, name).is_none() {
                if let Some(r) = self.replace_attr_dict(o, None) {
                    return r;
                }
            }
        }
        if let Value::Obj(o) = obj {
            let which = text(&name);
            if matches!(o.payload, Payload::Exception(_))
                && matches!(
                    which,
                    "__cause__" | "__context__" | "__traceback__" | "args"
                )
            {
                let msg = format!("{which} may not be deleted");
                return Err(self.type_error(msg));
            }
            if crate::interp::generator::gen_kind(&o).is_some()
                && matches!(which, "__name__" | "__qualname__")
            {
                let msg = format!("{which} must be set to a string object");
                return Err(self.type_error(msg));
            }
        }
        if let Some(Value::Obj(a)) = self.type_lookup(class, name) {
            if let Payload::Property(p) = &a.payload {
                let deleter = p.fdel.get();
                if deleter.is_none() {
                    return Err(self.property_missing(p, obj, "deleter"));
                }
                self.call_value(deleter, &[obj], &[])?;
                return Ok(());
            }
            if let Payload::Instance(_) = &a.payload {
                let dclass = a.class();
                if let Some(del) = self.type_lookup(dclass, self.s.names.delete) {
                    self.call_value(del, &[Value::Obj(a), obj], &[])?;
                    return Ok(());
                }
                if self.type_lookup(dclass, self.s.names.set).is_some() {
                    return Err(self.attribute_error("__delete__"));
                }
            }
            if let Payload::GetSet { name, .. } = &a.payload {
                return self.getset_store(*name, obj, None);
            }
            if let Payload::Member { name: slot, .. } = &a.payload {
                let slot = *slot;
                if let Some(o) = obj.as_obj() {
                    if let Some(d) = o.attr_dict() {
                        let pos = d.borrow().probe_str(self.names_hash(slot), slot);
                        if let Some(pos) = pos {
                            d.borrow_mut().remove_at(pos);
                            return Ok(());
                        }
                    }
                }
                // CPython's member descriptor names only the slot here.
                let msg = text(&slot).to_owned();
                return Err(self.attribute_error(msg));
            }
        }
        if let Value::Obj(o) = obj {
            if matches!(o.payload, Payload::Instance(_))
                && o.class().as_class().is_some_and(|c| c.dictless.get())
            {
                return Err(self.dictless_attr_error(obj, name));
            }
            if let Payload::Class(c) = &o.payload {
                if c.builtin {
                    let msg = format!(
                        "cannot set '{}' attribute of immutable type '{}'",
                        text(&name),
                        c.name()
                    );
                    return Err(self.type_error(msg));
                }
                if text(&name) == "__bases__" {
                    return self.set_class_bases(o, None);
                }
                if text(&name) == "__dict__" {
                    return Err(self.class_dict_not_writable());
                }
                self.class_version += 1;
            }
            if let Some(r) = self.set_function_attr(o, text(&name), None) {
                return r;
            }
            if matches!(o.payload, Payload::Cell(_)) && text(&name) == "cell_contents" {
                self.set_cell_contents(obj, None);
                return Ok(());
            }
            if let Some(d) = o.attr_dict() {
                let pos = d.borrow().probe_str(self.names_hash(name), name);
                if let Some(pos) = pos {
                    d.borrow_mut().remove_at(pos);
                    return Ok(());
                }
            }
        }
        if Gc::ptr_eq(name, self.s.names.class) {
            return Err(self.type_error("can't delete __class__ attribute"));
        }
        Err(self.no_attribute(obj, name))
    }

    /// `obj.__class__ = value`: only between classes whose instances have the same layout
    /// (plain instances of user classes).
    fn set_class_attr_of(&mut self, obj: Value, value: Value) -> PyResult<()> {
        let Some(new) = value.as_obj().filter(|c| c.as_class().is_some()) else {
            let msg = format!(
                "__class__ must be set to a class, not '{}' object",
                self.type_name(value)
            );
            return Err(self.type_error(msg));
        };
        let old = self.type_of(obj);
        let layout_of = |c: Gc<Object>| {
            c.as_class()
                .map(|d| (d.builtin, d.layout, d.dictless.get()))
        };
        let module = self.s.types.module;
        // Modules move between ModuleType and its Python subclasses.
        let module_move = matches!(obj.payload(), Some(Payload::Module(_)))
            && crate::object::class::is_subclass(new, module)
            && crate::object::class::is_subclass(old, module)
            && new.as_class().is_some_and(|c| !c.dictless.get());
        let movable = module_move
            || matches!(obj.payload(), Some(Payload::Instance(_)))
                && matches!(
                    layout_of(new),
                    Some((false, crate::object::Layout::Instance, _))
                )
                && layout_of(new) == layout_of(old)
                && self.same_slot_layout(old, new);
        // Or between user subclasses of the same builtin type (two list subclasses): the
        // payload is that type's either way.
        let same_builtin_base = matches!(
            layout_of(new),
            Some((false, crate::object::Layout::Builtin, _))
        ) && layout_of(new) == layout_of(old)
            && matches!((builtin_base(new), builtin_base(old)), (Some(a), Some(b)) if Gc::ptr_eq(a, b));
        let movable = movable || same_builtin_base;
        if !movable {
            let what = if layout_of(new).is_some_and(|l| l.0) || layout_of(old).is_some_and(|l| l.0)
            {
                "__class__ assignment only supported for mutable types or ModuleType subclasses"
                    .to_owned()
            } else {
                format!(
                    "__class__ assignment: '{}' object layout differs from '{}'",
                    self.class_name(new),
                    self.class_name(old)
                )
            };
            return Err(self.type_error(what));
        }
        if let Some(o) = obj.as_obj() {
            // Attribute hints tie a dict's shared keys to the class that made them.
            if let Payload::Instance(inst) = &o.payload {
                if let Ok(mut d) = inst.dict.try_borrow_mut() {
                    d.unshare();
                }
            }
            o.set_class(new);
        }
        Ok(())
    }

    /// The slot names a class adds itself (its own `__slots__` without `__dict__` and
    /// `__weakref__`), sorted as CPython stores them.
    fn added_slots(&mut self, cls: Gc<Object>) -> Vec<String> {
        let key = self.s.names.slots;
        let hash = self.names_hash(key);
        let Some(slots) = cls
            .as_class()
            .filter(|c| !c.builtin)
            .and_then(|c| c.dict.borrow().get_str(hash, key))
        else {
            return Vec::new();
        };
        let names: Vec<Value> = match slots.payload() {
            Some(Payload::Str(_)) => vec![slots],
            Some(Payload::Tuple(t)) => t.to_vec(),
            Some(Payload::List(l)) => l.borrow().to_vec(),
            _ => Vec::new(),
        };
        let mut out: Vec<String> = names
            .iter()
            .filter_map(|n| match n.payload() {
                Some(Payload::Str(s)) => Some(s.as_str().to_owned()),
                _ => None,
            })
            .filter(|n| n != "__dict__" && n != "__weakref__")
            .collect();
        out.sort();
        out
    }

    /// The class whose slots end an instance's layout: `cls`, or its first base while the
    /// class adds no slots of its own.
    fn layout_owner(&mut self, mut cls: Gc<Object>) -> Gc<Object> {
        loop {
            let Some(cd) = cls.as_class() else { return cls };
            if cd.builtin || !self.added_slots(cls).is_empty() {
                return cls;
            }
            let Some(&base) = cd.bases.borrow().first() else {
                return cls;
            };
            cls = base;
        }
    }

    /// CPython's test for `__class__` assignment between two classes of plain instances:
    /// both have (or lack) a weak-reference slot, and their slots are the same ones, laid
    /// out by the same class or added in the same names to the same base.
    fn same_slot_layout(&mut self, old: Gc<Object>, new: Gc<Object>) -> bool {
        if self.has_weakref_slot(old) != self.has_weakref_slot(new) {
            return false;
        }
        let (a, b) = (self.layout_owner(old), self.layout_owner(new));
        if Gc::ptr_eq(a, b) {
            return true;
        }
        let first_base =
            |c: Gc<Object>| c.as_class().and_then(|d| d.bases.borrow().first().copied());
        match (first_base(a), first_base(b)) {
            (Some(x), Some(y)) if Gc::ptr_eq(x, y) => self.added_slots(a) == self.added_slots(b),
            _ => false,
        }
    }

    /// Makes sure an instance of a user subclass of a builtin type (`class Tags(list)`) has
    /// an attribute dict; false for instances of builtin types themselves.
    pub(crate) fn ensure_ext_dict(&mut self, o: Gc<Object>) -> bool {
        if o.attr_dict().is_some() {
            return true;
        }
        let user_class = o.class().as_class().is_some_and(|c| !c.builtin);
        // Static and class method objects carry a dict too (CPython 3.10's wrapper
        // attributes).
        let wrapper = matches!(
            o.payload,
            Payload::StaticMethod(_) | Payload::ClassMethod(_)
        );
        if !user_class && !wrapper {
            return false;
        }
        let d = self.new_dict(crate::object::Dict::new());
        if let Value::Obj(d) = d {
            o.set_ext_dict(d);
        }
        true
    }

    /// The text of a str value, or a placeholder.
    pub(crate) fn str_lossy(&self, v: Value) -> String {
        match v.payload() {
            Some(Payload::Str(s)) => s.as_str().to_owned(),
            _ => "?".to_owned(),
        }
    }
}

/// A class attribute that `LOAD_METHOD` may call with `self` unbound.
#[inline]
/// Whether `f`, found on `class` (a subclass of a builtin type), replaces the builtin
/// behaviour: any Python-level object does; an inherited slot wrapper is that behaviour
/// itself, but one taken from an unrelated class (`__eq__ = str.__eq__` in an int
/// subclass) is called, and refuses the receiver as CPython's does.
pub(crate) fn overrides_builtin(class: Gc<Object>, f: &Value) -> bool {
    match f.payload() {
        Some(Payload::Builtin(b)) => b
            .owner
            .is_some_and(|c| !crate::object::class::is_subclass(class, c)),
        _ => true,
    }
}

fn is_plain_method(v: &Value) -> bool {
    match v.payload() {
        Some(Payload::Function(_)) => true,
        Some(Payload::Builtin(b)) => b.kind == BuiltinKind::Method,
        _ => false,
    }
}

/// The text of an interned name.
pub(crate) fn text(name: &Gc<Object>) -> &str {
    match &name.payload {
        Payload::Str(s) => s.as_str(),
        _ => "",
    }
}

/// The builtin type (other than `object`) whose payload instances of `class` carry, if any.
fn builtin_base(class: Gc<Object>) -> Option<Gc<Object>> {
    let cd = class.as_class()?;
    let mro = cd.mro.borrow();
    mro.iter().copied().find(|c| {
        c.as_class()
            .is_some_and(|d| d.builtin && d.layout == crate::object::Layout::Builtin)
    })
}

/// Makes room for a new first hint, dropping the last.
fn shift_hints(hints: &AttrHints) {
    for i in (1..hints.len()).rev() {
        hints[i].set(hints[i - 1].get());
    }
}
