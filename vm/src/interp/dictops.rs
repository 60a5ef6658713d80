//! Dict and set operations with Python semantics: hashing through `__hash__`, equality
//! through `__eq__` (called with no table borrow held), and the bulk updates behind
//! `{**a}`, `f(**kw)` and `dict.update`.

use krait_gc::GcRefCell;

use krait_gc::Gc;

use crate::error::{Exception, PyResult};
use crate::object::dict::Probe;
use crate::object::{Dict, Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

/// The hash table behind a dict or attribute-dict value.
#[inline]
pub(crate) fn table(v: &Value) -> Option<&GcRefCell<Dict>> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Dict(t) => Some(t),
            // A `mappingproxy` may show a dict itself.
            Payload::AttrDict(owner) => match &owner.payload {
                Payload::Dict(t) => Some(t),
                _ => owner.attr_dict(),
            },
            _ => None,
        },
        _ => None,
    }
}

impl Vm {
    /// Finds `key` in `table`, calling `__eq__` for keys that need it.
    pub(crate) fn table_find(
        &mut self,
        table: &GcRefCell<Dict>,
        hash: i64,
        key: Value,
    ) -> PyResult<Option<usize>> {
        if let Value::Int(i) = key {
            return Ok(table.borrow().probe_int(hash, i));
        }
        'retry: loop {
            let probe = match key {
                // A str subclass's key may define its own `__eq__`.
                Value::Obj(k)
                    if matches!(k.payload, Payload::Str(_))
                        && Gc::ptr_eq(k.class(), self.s.types.str) =>
                {
                    table.borrow().probe_str_full(hash, k)
                }
                _ => table.borrow().probe(hash, key),
            };
            match probe {
                Probe::Found(pos) => return Ok(Some(pos)),
                Probe::Missing => return Ok(None),
                Probe::Unknown(candidates) => {
                    let version = table.borrow().version();
                    for pos in candidates {
                        let Some(entry) = table.borrow().entry_at(pos) else {
                            continue;
                        };
                        let equal = self.eq(entry.key, key)?;
                        if table.borrow().version() != version {
                            continue 'retry;
                        }
                        if equal {
                            return Ok(Some(pos));
                        }
                    }
                    return Ok(None);
                }
            }
        }
    }

    /// The hash table of a dict or set value.
    fn table_or_error(&mut self, d: &Value) -> PyResult<()> {
        if table(d).is_some() {
            return Ok(());
        }
        let msg = format!("'{}' object is not a dict", self.type_name(*d));
        Err(self.type_error(msg))
    }

    /// `d[key]` for a dict object, `None` if absent.
    pub(crate) fn dict_get(&mut self, d: Value, key: Value) -> PyResult<Option<Value>> {
        self.table_or_error(&d)?;
        let Some(t) = table(&d) else { unreachable!() };
        // An exact str key (most lookups): its cached hash and the text probe, with no
        // call through `hash_value` and `table_find`.
        if let Value::Obj(k) = key {
            if let (Payload::Str(s), true) = (&k.payload, Gc::ptr_eq(k.class(), self.s.types.str)) {
                let table = t.borrow();
                match table.probe_str_full(s.hash(), k) {
                    Probe::Found(pos) => return Ok(table.entry_at(pos).map(|e| e.value)),
                    Probe::Missing => return Ok(None),
                    Probe::Unknown(_) => {}
                }
            }
        }
        let hash = match key {
            Value::Int(i) => crate::object::int::hash_i64(i),
            _ => self.hash_value(key)?,
        };
        Ok(self
            .table_find(t, hash, key)?
            .and_then(|pos| t.borrow().entry_at(pos))
            .map(|e| e.value))
    }

    /// `d[key] = value` for a dict object (or `set.add` with `value` None).
    pub fn dict_set(&mut self, d: Value, key: Value, value: Value) -> PyResult<()> {
        self.table_or_error(&d)?;
        let Some(t) = table(&d) else { unreachable!() };
        let hash = self.hash_value(key)?;
        match self.table_find(t, hash, key)? {
            Some(pos) => t.borrow_mut().set_value_at(pos, value),
            None => t.borrow_mut().insert_new(hash, key, value),
        }
        self.note_namespace_change(&d);
        Ok(())
    }

    /// Removes `key` from a dict or set object, returning its value.
    pub(crate) fn dict_remove(&mut self, d: Value, key: Value) -> PyResult<Option<Value>> {
        self.table_or_error(&d)?;
        let Some(t) = table(&d) else { unreachable!() };
        let hash = self.hash_value(key)?;
        let r = match self.table_find(t, hash, key)? {
            Some(pos) => Ok(t.borrow_mut().remove_at(pos).map(|e| e.value)),
            None => Ok(None),
        };
        self.note_namespace_change(&d);
        r
    }

    /// A class namespace edited through `cls.__dict__` invalidates method caches.
    pub(crate) fn note_namespace_change(&mut self, d: &Value) {
        if let Some(Payload::AttrDict(o)) = d.payload() {
            if matches!(o.payload, Payload::Class(_)) {
                self.class_version += 1;
            }
        }
    }

    /// Looks a str key up in a dict object without hashing through Python.
    #[inline]
    pub(crate) fn mapping_get_str(
        &mut self,
        d: Gc<Object>,
        name: Gc<Object>,
    ) -> PyResult<Option<Value>> {
        let dv = Value::Obj(d);
        match table(&dv) {
            Some(t) => {
                let hash = self.names_hash(name);
                let found = t.borrow().get_str(hash, name);
                if found.is_some() {
                    return Ok(found);
                }
                // A key that is not a str may still equal the name through its `__eq__`.
                Ok(self
                    .table_find(t, hash, Value::Obj(name))?
                    .and_then(|pos| t.borrow().entry_at(pos))
                    .map(|e| e.value))
            }
            None => {
                let key = Value::Obj(name);
                match self.get_item(Value::Obj(d), key) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.exc_matches(e, self.s.types.key_error) => Ok(None),
                    Err(e) => Err(e),
                }
            }
        }
    }

    /// The `(key, value)` pairs of a mapping: a dict, or anything with `keys()` and `[]`.
    pub(crate) fn mapping_items(&mut self, m: Value) -> PyResult<Vec<(Value, Value)>> {
        // The table directly, unless a subclass overrides `__iter__` (then, as in CPython,
        // its `keys()` and `__getitem__` decide).
        if let (Some(d), Some(Payload::Dict(_) | Payload::AttrDict(_))) = (table(&m), m.payload()) {
            if self.user_override(m, self.s.names.iter).is_none() {
                return Ok(d.borrow().iter().map(|e| (e.key, e.value)).collect());
            }
        }
        let keys_name = self.intern("keys");
        let keys = match self.get_attr(m, keys_name) {
            Ok(k) => k,
            Err(_) => {
                let msg = format!("'{}' object is not a mapping", self.type_name(m));
                return Err(self.type_error(msg));
            }
        };
        let keys = self.call_value(keys, &[], &[])?;
        let keys = self.collect_iter(keys)?;
        let mut out = Vec::with_capacity(keys.len());
        for k in keys {
            let v = self.get_item(m, k)?;
            out.push((k, v));
        }
        Ok(out)
    }

    /// `DICT_UPDATE`: copies the mapping `m` into `d`.
    pub(crate) fn dict_update(&mut self, d: Value, m: Value) -> PyResult<()> {
        let items = self.mapping_items(m)?;
        // A source dict read directly must not change size while its items go in (a key's
        // `__eq__` may mutate it): CPython reports that rather than going on.
        let direct = matches!(m.payload(), Some(Payload::Dict(_) | Payload::AttrDict(_)))
            && self.user_override(m, self.s.names.iter).is_none();
        let source_len = |m: &Value| table(m).map_or(0, |t| t.borrow().len());
        let len = source_len(&m);
        for (k, v) in items {
            self.dict_set(d, k, v)?;
            if direct && source_len(&m) != len {
                return Err(self.runtime_error("dict mutated during update"));
            }
        }
        Ok(())
    }

    /// `DICT_MERGE` for `f(**m)`: like an update, but a repeated key is an error naming `func`.
    pub(crate) fn dict_merge(&mut self, func: Value, d: Value, m: Value) -> PyResult<()> {
        let items = match self.mapping_items(m) {
            Ok(items) => items,
            Err(e) if self.exc_matches(e, self.s.types.type_error) => {
                let msg = format!(
                    "{} argument after ** must be a mapping, not {}",
                    self.function_str(func),
                    self.type_name(m)
                );
                return Err(self.type_error(msg));
            }
            Err(e) => return Err(e),
        };
        for (k, v) in items {
            if self.dict_get(d, k)?.is_some() {
                let key = self.str_text(k)?;
                let msg = format!(
                    "{} got multiple values for keyword argument '{key}'",
                    self.function_str(func)
                );
                return Err(self.type_error(msg));
            }
            self.dict_set(d, k, v)?;
        }
        Ok(())
    }

    /// The error for `*v` in a call or display when iterating `v` failed with `e`: a
    /// `TypeError` for an object that is neither iterable nor a sequence is reworded as
    /// CPython's `{what} after * must be an iterable, not T`; anything else (say an error
    /// raised by `__iter__` itself) passes through.
    pub(crate) fn star_arg_error(&mut self, e: Exception, v: Value, what: &str) -> Exception {
        if !self.exc_matches(e, self.s.types.type_error) {
            return e;
        }
        let class = self.type_of(v);
        let getitem = self.intern("__getitem__");
        if self.type_lookup(class, self.s.names.iter).is_some()
            || self.type_lookup(class, getitem).is_some()
        {
            return e;
        }
        let sep = if what == "Value" { "" } else { " argument" };
        let msg = format!(
            "{what}{sep} after * must be an iterable, not {}",
            self.type_name(v)
        );
        self.type_error(msg)
    }

    /// How CPython names a callable in call errors: `module.qualname()` or `name()`;
    /// an object without a `__qualname__` is named by its `str()`.
    pub(crate) fn function_str(&mut self, func: Value) -> String {
        match func.payload() {
            Some(Payload::Function(f)) => {
                let qualname = self.function_qualname(f);
                let module = f.module.get();
                match module
                    .as_obj()
                    .and_then(|m| m.as_str().map(|s| s.as_str().to_owned()))
                {
                    Some(m) if m != "builtins" => format!("{m}.{qualname}()"),
                    _ => format!("{qualname}()"),
                }
            }
            Some(Payload::Builtin(b)) => format!("{}()", b.name),
            Some(Payload::BoundMethod { func, .. }) => {
                let f = *func;
                self.function_str(f)
            }
            _ => {
                let qualname_name = self.intern("__qualname__");
                let qualname = self
                    .get_attr(func, qualname_name)
                    .ok()
                    .and_then(|q| self.str_text(q).ok());
                let Some(qualname) = qualname else {
                    return self.str_text(func).unwrap_or_else(|_| "object".to_owned());
                };
                let module = self
                    .get_attr(func, self.s.names.module)
                    .ok()
                    .and_then(|m| self.str_text(m).ok());
                match module {
                    Some(m) if m != "builtins" => format!("{m}.{qualname}()"),
                    _ => format!("{qualname}()"),
                }
            }
        }
    }
}
