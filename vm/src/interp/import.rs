//! `import` of the builtin modules (`sys`, `math`, `time`), `from m import x`, `from m
//! import *`, and entering `with` blocks.

use krait_gc::Gc;

use crate::error::PyResult;
use crate::interp::attr::text;
use crate::object::{Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// `IMPORT_NAME`: the module object for `name`.
    pub(crate) fn import_name(
        &mut self,
        name: Gc<Object>,
        _fromlist: Value,
        level: Value,
    ) -> PyResult<Value> {
        let full = text(&name).to_owned();
        if matches!(level, Value::Int(l) if l > 0) {
            return Err(self.new_error(
                self.s.types.import_error,
                "attempted relative import with no known parent package",
            ));
        }
        let top = full.split('.').next().unwrap_or("").to_owned();
        if let Some(&m) = self.s.modules.get(&top) {
            return Ok(Value::Obj(m));
        }
        match crate::builtins::create_module(self, &top)? {
            Some(m) => {
                self.s.modules.insert(top, m);
                Ok(Value::Obj(m))
            }
            None => {
                let msg = format!("No module named '{full}'");
                let e = self.new_error(self.s.types.module_not_found_error, msg);
                Err(e)
            }
        }
    }

    /// `IMPORT_FROM`: `from module import name`.
    pub(crate) fn import_from(&mut self, module: Value, name: Gc<Object>) -> PyResult<Value> {
        match self.get_attr(module, name) {
            Ok(v) => Ok(v),
            Err(e) if self.exc_matches(e, self.s.types.attribute_error) => {
                let mname = match module.payload() {
                    Some(Payload::Module(m)) => self.str_lossy(m.name),
                    _ => "?".to_owned(),
                };
                let msg = format!(
                    "cannot import name '{}' from '{mname}' (unknown location)",
                    text(&name)
                );
                Err(self.new_error(self.s.types.import_error, msg))
            }
            Err(e) => Err(e),
        }
    }

    /// `IMPORT_STAR`: copies the public names of `module` into `target`.
    pub(crate) fn import_star(&mut self, module: Value, target: Gc<Object>) -> PyResult<()> {
        let Some(Payload::Module(m)) = module.payload() else {
            return Ok(());
        };
        let items = self.mapping_items(Value::Obj(m.dict))?;
        for (k, v) in items {
            if let Some(kname) = k.as_obj() {
                if !text(&kname).starts_with('_') {
                    self.store_name(target, kname, v)?;
                }
            }
        }
        Ok(())
    }

    /// `BEFORE_WITH`: pushes the bound `__exit__` and the result of `__enter__()`.
    pub(crate) fn before_with(&mut self, mgr: Value) -> PyResult<()> {
        let class = self.type_of(mgr);
        let enter = self.type_lookup(class, self.s.names.enter);
        let exit = self.type_lookup(class, self.s.names.exit);
        let (Some(enter), Some(exit)) = (enter, exit) else {
            let msg = format!(
                "'{}' object does not support the context manager protocol",
                self.type_name(mgr)
            );
            return Err(self.type_error(msg));
        };
        let exit = self.bound_method(exit, mgr);
        self.s.stack.push(exit);
        let r = self.call_value(enter, &[mgr], &[])?;
        self.s.stack.push(r);
        Ok(())
    }
}
