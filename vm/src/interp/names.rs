//! Name resolution for `LOAD_NAME` / `LOAD_GLOBAL` and friends: locals mapping, module
//! globals, builtins; `LOAD_GLOBAL` keeps a per-name cache validated by dict versions.

use krait_gc::Gc;

use crate::error::PyResult;
use crate::object::function::GlobalCache;
use crate::object::{CodeData, Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// `LOAD_GLOBAL names[i]`: globals, then builtins; `None` if neither has it. The cached
    /// position is checked here, inlined into the dispatch loop (a call and its register
    /// saves were a third of a hit's cost); a miss looks the name up out of line.
    #[inline(always)]
    pub(crate) fn load_global(
        &mut self,
        cd: &CodeData,
        globals: Gc<Object>,
        i: u32,
    ) -> Option<Value> {
        if let (Some(cache), Payload::Dict(gd)) =
            (cd.global_cache.get(i as usize), &globals.payload)
        {
            let c = cache.get();
            let gd = gd.borrow();
            if c.globals_version == gd.version() {
                let found = if !c.in_builtins {
                    gd.value_at(c.pos as usize)
                } else if let Payload::Dict(bd) = &self.s.builtins.payload {
                    let bd = bd.borrow();
                    if c.builtins_version == bd.version() {
                        bd.value_at(c.pos as usize)
                    } else {
                        None
                    }
                } else {
                    None
                };
                if found.is_some() {
                    return found;
                }
            }
        }
        self.load_global_uncached(cd, globals, i)
    }

    /// `LOAD_GLOBAL` when the cache did not answer: probes globals, then builtins, and
    /// remembers where the name was found.
    #[inline(never)]
    fn load_global_uncached(
        &mut self,
        cd: &CodeData,
        globals: Gc<Object>,
        i: u32,
    ) -> Option<Value> {
        let cache = &cd.global_cache[i as usize];
        let Payload::Dict(gd) = &globals.payload else {
            return None;
        };
        let gd = gd.borrow();
        let name = cd.names[i as usize];
        let hash = self.names_hash(name);
        if let Some(pos) = gd.probe_str(hash, name) {
            cache.set(GlobalCache {
                globals_version: gd.version(),
                builtins_version: 0,
                pos: pos as u32,
                in_builtins: false,
            });
            return gd.entry_at(pos).map(|e| e.value);
        }
        let Payload::Dict(bd) = &self.s.builtins.payload else {
            return None;
        };
        let bd = bd.borrow();
        let pos = bd.probe_str(hash, name)?;
        cache.set(GlobalCache {
            globals_version: gd.version(),
            builtins_version: bd.version(),
            pos: pos as u32,
            in_builtins: true,
        });
        bd.entry_at(pos).map(|e| e.value)
    }

    /// `LOAD_GLOBAL`'s answer after the fast lookup missed: globals, then builtins, by
    /// Python equality, so a key that is not a str but equals the name (an instance with
    /// its own `__eq__` and the name's hash) is found as CPython finds it. Only misses
    /// pay for this, and a miss is about to raise `NameError` anyway.
    pub(crate) fn load_global_by_equality(
        &mut self,
        globals: Gc<Object>,
        name: Gc<Object>,
    ) -> PyResult<Option<Value>> {
        if let Some(v) = self.mapping_get_str(globals, name)? {
            return Ok(Some(v));
        }
        self.mapping_get_str(self.s.builtins, name)
    }

    /// `LOAD_NAME`: the locals mapping, globals, builtins; NameError if absent.
    pub(crate) fn load_name(
        &mut self,
        locals: Option<Gc<Object>>,
        globals: Gc<Object>,
        name: Gc<Object>,
    ) -> PyResult<Value> {
        if let Some(l) = locals {
            let subclass =
                matches!(l.payload, Payload::Dict(_)) && !Gc::ptr_eq(l.class(), self.s.types.dict);
            let found = if subclass {
                // A dict subclass answers through its own `__getitem__`.
                let getitem = self.type_lookup(l.class(), self.s.names.getitem);
                let r = match getitem {
                    Some(f) => self.call_value(f, &[Value::Obj(l), Value::Obj(name)], &[]),
                    None => self.get_item(Value::Obj(l), Value::Obj(name)),
                };
                match r {
                    Ok(v) => Some(v),
                    Err(e) if self.exc_matches(e, self.s.types.key_error) => None,
                    Err(e) => return Err(e),
                }
            } else {
                self.mapping_get_str(l, name)?
            };
            if let Some(v) = found {
                return Ok(v);
            }
        }
        if locals.is_none_or(|l| !Gc::ptr_eq(l, globals)) {
            if let Some(v) = self.mapping_get_str(globals, name)? {
                return Ok(v);
            }
        }
        if let Some(v) = self.mapping_get_str(self.s.builtins, name)? {
            return Ok(v);
        }
        let text = name
            .as_str()
            .map(|s| s.as_str().to_owned())
            .unwrap_or_default();
        Err(self.name_error(&text))
    }

    /// `STORE_NAME` / `STORE_GLOBAL` into a dict object.
    pub(crate) fn store_name(
        &mut self,
        target: Gc<Object>,
        name: Gc<Object>,
        v: Value,
    ) -> PyResult<()> {
        // A dict subclass (an `exec` locals mapping, a `__prepare__` namespace) gets its own
        // `__setitem__`, as in CPython.
        let exact = Gc::ptr_eq(target.class(), self.s.types.dict);
        if let (true, Payload::Dict(d)) = (exact, &target.payload) {
            let hash = self.names_hash(name);
            let mut d = d.borrow_mut();
            match d.probe_str(hash, name) {
                Some(pos) => d.set_value_at(pos, v),
                None => d.insert_new(hash, Value::Obj(name), v),
            }
            return Ok(());
        }
        if let Some(f) = self.type_lookup(target.class(), self.s.names.setitem) {
            self.call_value(f, &[Value::Obj(target), Value::Obj(name), v], &[])?;
            return Ok(());
        }
        self.set_item(Value::Obj(target), Value::Obj(name), v)
    }

    /// `DELETE_NAME` / `DELETE_GLOBAL`.
    pub(crate) fn delete_name(&mut self, target: Gc<Object>, name: Gc<Object>) -> PyResult<()> {
        let exact = Gc::ptr_eq(target.class(), self.s.types.dict);
        if !exact {
            // A mapping of the program's (an `exec` locals argument) deletes through its
            // own `__delitem__`; a missing key is a NameError.
            if let Some(f) = self.type_lookup(target.class(), self.s.names.delitem) {
                match self.call_value(f, &[Value::Obj(target), Value::Obj(name)], &[]) {
                    Ok(_) => return Ok(()),
                    Err(e) if self.exc_matches(e, self.s.types.key_error) => {}
                    Err(e) => return Err(e),
                }
                let text = name
                    .as_str()
                    .map(|s| s.as_str().to_owned())
                    .unwrap_or_default();
                return Err(self.name_error(&text));
            }
        }
        if let Payload::Dict(d) = &target.payload {
            let hash = self.names_hash(name);
            let pos = d.borrow().probe_str(hash, name);
            if let Some(pos) = pos {
                d.borrow_mut().remove_at(pos);
                return Ok(());
            }
        }
        let text = name
            .as_str()
            .map(|s| s.as_str().to_owned())
            .unwrap_or_default();
        Err(self.name_error(&text))
    }
}
