//! What the `match` statement's instructions do at run time (`MATCH_SEQUENCE`,
//! `MATCH_MAPPING`, `MATCH_KEYS`, `MATCH_CLASS`, `COPY_DICT_WITHOUT_KEYS`), with CPython
//! 3.11's rules and messages.
//!
//! CPython decides "is a sequence / is a mapping" by type flags: set on list, tuple, range
//! and dict, inherited by subclasses, and set on a class whose body (or a base's) defines
//! `__abc_tpflags__` the way `collections.abc.Sequence` and `Mapping` do. Krait reads the
//! same information off the MRO.

use krait_gc::Gc;

use crate::error::PyResult;
use crate::object::{Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

/// CPython's `Py_TPFLAGS_SEQUENCE` and `Py_TPFLAGS_MAPPING`, as `__abc_tpflags__` holds them.
const SEQUENCE_FLAG: i64 = 1 << 5;
const MAPPING_FLAG: i64 = 1 << 6;

impl Vm {
    /// `MATCH_SEQUENCE`: list, tuple, range, their subclasses and flagged classes; never
    /// str, bytes or bytearray.
    pub(crate) fn match_is_sequence(&mut self, subject: Value) -> bool {
        self.collection_kind(subject, SEQUENCE_FLAG)
    }

    /// `MATCH_MAPPING`: dict, its subclasses and flagged classes.
    pub(crate) fn match_is_mapping(&mut self, subject: Value) -> bool {
        self.collection_kind(subject, MAPPING_FLAG)
    }

    /// Whether the first class in the subject's MRO that carries a collection flag (a
    /// flagged builtin, or a class with `__abc_tpflags__`) carries `flag`.
    fn collection_kind(&mut self, subject: Value, flag: i64) -> bool {
        let t = &self.s.types;
        let builtins = [
            (t.list, SEQUENCE_FLAG),
            (t.tuple, SEQUENCE_FLAG),
            (t.range, SEQUENCE_FLAG),
            (t.memoryview, SEQUENCE_FLAG),
            (t.array, SEQUENCE_FLAG),
            (t.dict, MAPPING_FLAG),
        ];
        let class = self.type_of(subject);
        let Some(data) = class.as_class() else {
            return false;
        };
        let key = self.intern("__abc_tpflags__");
        let hash = self.names_hash(key);
        let mro = data.mro.borrow().clone();
        for c in mro {
            if let Some(&(_, kind)) = builtins.iter().find(|&&(b, _)| Gc::ptr_eq(b, c)) {
                return kind == flag;
            }
            let Some(cdata) = c.as_class() else {
                continue;
            };
            if let Some(Value::Int(flags)) = cdata.dict.borrow().get_str(hash, key) {
                // A class flagged as one kind of collection is not the other.
                return flags & flag != 0;
            }
        }
        false
    }

    /// `MATCH_KEYS`: `subject.get(key, sentinel)` for each key of the tuple `keys`; the
    /// tuple of values, or `None` as soon as one is missing. A key repeated (among those
    /// looked up so far) is a `ValueError`.
    pub(crate) fn match_keys(&mut self, subject: Value, keys: Value) -> PyResult<Value> {
        let keys = match keys.payload() {
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        };
        if keys.is_empty() {
            return Ok(self.new_tuple(Vec::new()));
        }
        let exact_dict = Gc::ptr_eq(self.type_of(subject), self.s.types.dict);
        let (get, sentinel) = if exact_dict {
            (Value::None, Value::None)
        } else {
            let name = self.intern("get");
            let get = self.get_attr(subject, name)?;
            let object = Value::Obj(self.s.types.object);
            (get, self.call_value(object, &[], &[])?)
        };
        let seen = self.new_set_from(Vec::new(), false)?;
        let mut values = Vec::with_capacity(keys.len());
        for key in keys {
            if self.set_contains(seen, key)? {
                let msg = format!("mapping pattern checks duplicate key ({})", self.repr(key)?);
                return Err(self.value_error(msg));
            }
            self.set_add(seen, key)?;
            let found = if exact_dict {
                self.dict_get(subject, key)?
            } else {
                let v = self.call_value(get, &[key, sentinel], &[])?;
                match (v, sentinel) {
                    (Value::Obj(a), Value::Obj(b)) if Gc::ptr_eq(a, b) => None,
                    _ => Some(v),
                }
            };
            match found {
                Some(v) => values.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(self.new_tuple(values))
    }

    /// `COPY_DICT_WITHOUT_KEYS`: `dict(subject)` less the keys of the tuple `keys`.
    pub(crate) fn copy_dict_without_keys(
        &mut self,
        subject: Value,
        keys: Value,
    ) -> PyResult<Value> {
        let rest = self.new_dict(Default::default());
        self.dict_update(rest, subject)?;
        let keys = match keys.payload() {
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        };
        for key in keys {
            self.del_item(rest, key)?;
        }
        Ok(rest)
    }

    /// `MATCH_CLASS`: whether `subject` is an instance of `cls` with the attributes the
    /// pattern names: `nargs` positional ones through `cls.__match_args__`, then the
    /// keyword ones in the tuple `names`. The tuple of their values, or `None`.
    pub(crate) fn match_class(
        &mut self,
        subject: Value,
        cls: Value,
        nargs: usize,
        names: Value,
    ) -> PyResult<Value> {
        let class = match cls {
            Value::Obj(o) if o.as_class().is_some() => o,
            _ => return Err(self.type_error("called match pattern must be a type")),
        };
        if !self.isinstance_of(subject, cls)? {
            return Ok(Value::None);
        }
        let type_name = self.class_name(class);
        let mut seen: Vec<String> = Vec::new();
        let mut attrs = Vec::new();
        if nargs > 0 {
            let name = self.intern("__match_args__");
            let (match_args, match_self) = match self.get_attr(cls, name) {
                Ok(v) => match v.payload() {
                    Some(Payload::Tuple(t)) if Gc::ptr_eq(self.type_of(v), self.s.types.tuple) => {
                        (t.to_vec(), false)
                    }
                    _ => {
                        let msg = format!(
                            "{type_name}.__match_args__ must be a tuple (got {})",
                            self.type_name(v)
                        );
                        return Err(self.type_error(msg));
                    }
                },
                Err(e) if self.exc_matches(e, self.s.types.attribute_error) => {
                    (Vec::new(), self.matches_itself(class))
                }
                Err(e) => return Err(e),
            };
            let allowed = if match_self { 1 } else { match_args.len() };
            if allowed < nargs {
                let plural = if allowed == 1 { "" } else { "s" };
                let msg = format!(
                    "{type_name}() accepts {allowed} positional sub-pattern{plural} ({nargs} given)"
                );
                return Err(self.type_error(msg));
            }
            if match_self {
                attrs.push(subject);
            } else {
                for &name in &match_args[..nargs] {
                    let is_str = Gc::ptr_eq(self.type_of(name), self.s.types.str);
                    let Some(name) = name.as_obj().filter(|_| is_str) else {
                        let msg = format!(
                            "__match_args__ elements must be strings (got {})",
                            self.type_name(name)
                        );
                        return Err(self.type_error(msg));
                    };
                    match self.match_class_attr(subject, &type_name, name, &mut seen)? {
                        Some(v) => attrs.push(v),
                        None => return Ok(Value::None),
                    }
                }
            }
        }
        let names = match names.payload() {
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        };
        for name in names {
            let Some(name) = name.as_obj() else { continue };
            match self.match_class_attr(subject, &type_name, name, &mut seen)? {
                Some(v) => attrs.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(self.new_tuple(attrs))
    }

    /// `subject.name` for a class pattern; `None` when the attribute is missing (no match).
    fn match_class_attr(
        &mut self,
        subject: Value,
        type_name: &str,
        name: Gc<Object>,
        seen: &mut Vec<String>,
    ) -> PyResult<Option<Value>> {
        let text = name
            .as_str()
            .map(|s| s.as_str().to_owned())
            .unwrap_or_default();
        if seen.contains(&text) {
            let msg = format!(
                "{type_name}() got multiple sub-patterns for attribute {}",
                self.repr(Value::Obj(name))?
            );
            return Err(self.type_error(msg));
        }
        seen.push(text.clone());
        let name = self.intern(&text);
        match self.get_attr(subject, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.exc_matches(e, self.s.types.attribute_error) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Whether a class pattern on `class` with one positional sub-pattern matches the
    /// subject itself: the builtins bool, bytearray, bytes, dict, float, frozenset, int,
    /// list, set, str, tuple and their subclasses (when they set no `__match_args__`).
    fn matches_itself(&self, class: Gc<Object>) -> bool {
        let t = &self.s.types;
        let builtins = [
            t.bool_,
            t.bytes,
            t.dict,
            t.float,
            t.frozenset,
            t.int,
            t.list,
            t.set,
            t.str,
            t.tuple,
        ];
        let Some(data) = class.as_class() else {
            return false;
        };
        let mro = data.mro.borrow();
        mro.iter().any(|&c| {
            builtins.iter().any(|&b| Gc::ptr_eq(b, c))
                || c.as_class()
                    .is_some_and(|d| d.builtin && d.name() == "bytearray")
        })
    }
}
