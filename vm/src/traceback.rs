//! Printing an uncaught exception the way CPython 3.11 does: chained exceptions first
//! (`__cause__` / `__context__`), each with `Traceback (most recent call last):`, one
//! `File "…", line N, in name` entry per frame with its source line, repeated entries
//! collapsed, and the final `Type: message` line. Also the exit status of `SystemExit`.

use krait_gc::Gc;

use crate::error::Exception;
use crate::interp::arith::{as_num, Num};
use crate::interp::frame::code_data;
use crate::object::int::IntRef;
use crate::object::{Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

/// How many identical consecutive entries are printed before collapsing.
const REPEAT_LIMIT: usize = 3;

impl Vm {
    /// Handles an exception that escaped the main module: prints it (unless it is a
    /// `SystemExit`) and returns the process exit status.
    pub(crate) fn report_uncaught(&mut self, exc: Exception) -> i32 {
        if self.exc_matches(exc, self.s.types.system_exit) {
            return self.system_exit_status(exc);
        }
        let text = self.format_exception_chain(exc);
        self.write_stderr(&text);
        1
    }

    fn system_exit_status(&mut self, exc: Exception) -> i32 {
        let args = exc.data().args.get();
        let code = match args.payload() {
            Some(Payload::Tuple(t)) if t.len() == 1 => t[0],
            Some(Payload::Tuple(t)) if t.is_empty() => Value::None,
            _ => args,
        };
        match code {
            Value::None => 0,
            _ => match as_num(&code) {
                Some(Num::Int(IntRef::Small(i))) => i as i32,
                Some(Num::Int(IntRef::Big(_))) => -1,
                _ => {
                    let text = match self.str_text(code) {
                        Ok(t) => t,
                        Err(_) => String::from("<exception str() failed>"),
                    };
                    self.write_stderr(&format!("{text}\n"));
                    1
                }
            },
        }
    }

    /// The full report for `exc` with its chain.
    pub(crate) fn format_exception_chain(&mut self, exc: Exception) -> String {
        let mut seen: Vec<usize> = Vec::new();
        self.format_chain_inner(exc, &mut seen)
    }

    fn format_chain_inner(&mut self, exc: Exception, seen: &mut Vec<usize>) -> String {
        seen.push(exc.obj().addr());
        let mut out = String::new();
        let data = exc.data();
        let cause = data.cause.get();
        let context = data.context.get();
        let suppress = data.suppress_context.get();
        let as_exc = |v: Value| -> Option<Exception> {
            match v {
                Value::Obj(o) if matches!(o.payload, Payload::Exception(_)) => Some(Exception(o)),
                _ => None,
            }
        };
        if let Some(c) = as_exc(cause).filter(|c| !seen.contains(&c.obj().addr())) {
            out.push_str(&self.format_chain_inner(c, seen));
            out.push_str(
                "\nThe above exception was the direct cause of the following exception:\n\n",
            );
        } else if let Some(c) =
            as_exc(context).filter(|c| !suppress && !seen.contains(&c.obj().addr()))
        {
            out.push_str(&self.format_chain_inner(c, seen));
            out.push_str(
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            );
        }
        out.push_str(&self.format_one(exc));
        out
    }

    /// One exception: its traceback and its final line.
    fn format_one(&mut self, exc: Exception) -> String {
        let mut out = String::new();
        let entries: Vec<_> = exc
            .data()
            .traceback
            .borrow()
            .iter()
            .rev()
            .copied()
            .collect();
        if !entries.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            let mut last: Option<(String, u32, String)> = None;
            let mut repeats = 0usize;
            for entry in entries {
                let cd = code_data(&entry.code);
                let loc = cd
                    .code
                    .locations
                    .get(entry.pc as usize)
                    .copied()
                    .unwrap_or_default();
                let key = (cd.code.filename.clone(), loc.line, cd.code.name.clone());
                if last.as_ref() == Some(&key) {
                    repeats += 1;
                } else {
                    flush_repeats(&mut out, repeats);
                    repeats = 0;
                    last = Some(key);
                }
                if repeats >= REPEAT_LIMIT {
                    continue;
                }
                out.push_str(&format!(
                    "  File \"{}\", line {}, in {}\n",
                    cd.code.filename, loc.line, cd.code.name
                ));
                out.push_str(&self.source_excerpt(&entry.code, entry.pc));
            }
            flush_repeats(&mut out, repeats);
        }
        out.push_str(&self.exception_only(exc));
        out
    }

    /// The source line (and caret line) of an instruction in the main file.
    fn source_excerpt(&self, code: &Gc<Object>, pc: u32) -> String {
        let cd = code_data(code);
        // Pseudo-files (`<string>` for `-c`, `<stdin>`) have no lines to show, as in CPython.
        let pseudo = cd.code.filename.starts_with('<') && cd.code.filename.ends_with('>');
        if pseudo {
            return String::new();
        }
        let source = if cd.code.filename == self.main_file {
            self.main_source.as_str()
        } else {
            match self.sources.get(&cd.code.filename) {
                Some(s) => s.as_str(),
                None => return String::new(),
            }
        };
        let Some(loc) = cd.code.locations.get(pc as usize).copied() else {
            return String::new();
        };
        if loc.line == 0 {
            return String::new();
        }
        let Some(line) = source.lines().nth(loc.line as usize - 1) else {
            return String::new();
        };
        let stripped = line.trim();
        if stripped.is_empty() {
            return String::new();
        }
        let mut out = format!("    {stripped}\n");
        out.push_str(&crate::carets::caret_line(line, loc));
        out
    }

    /// `Type: message`, as the last line of a traceback.
    fn exception_only(&mut self, exc: Exception) -> String {
        let class = exc.obj().class();
        let name = match class.as_class() {
            Some(c) => {
                let module = c.module.borrow().clone();
                let qual = c.qualname.borrow().clone();
                if module == "builtins" || module == "__main__" {
                    qual
                } else {
                    format!("{module}.{qual}")
                }
            }
            None => "?".to_owned(),
        };
        let location = self.syntax_error_location(exc);
        let msg = match &location {
            // Its str() names the file and line, which the location block shows instead.
            Some(_) => match exc.data().args.get().payload() {
                Some(Payload::Tuple(t)) => self.str_text(t[0]).unwrap_or_default(),
                _ => String::new(),
            },
            None => match self.str_text(exc.value()) {
                Ok(m) => m,
                Err(_) => "<exception str() failed>".to_owned(),
            },
        };
        let mut line = if msg.is_empty() {
            format!("{name}\n")
        } else {
            format!("{name}: {msg}\n")
        };
        if let Some(hint) = self.suggestion(exc) {
            line.insert_str(line.len() - 1, &hint);
        }
        if let Some(location) = location {
            line.insert_str(0, &location);
        }
        line
    }

    /// CPython's "Did you mean" hint for NameError and AttributeError.
    fn suggestion(&mut self, exc: Exception) -> Option<String> {
        let is_attr = self.exc_matches(exc, self.s.types.attribute_error);
        let is_name = self.exc_matches(exc, self.s.types.name_error);
        if !is_attr && !is_name {
            return None;
        }
        let data = exc.data();
        let name_key = self.intern("name");
        let dict = data.dict.borrow();
        let name = dict.get_str(self.names_hash(name_key), name_key);
        let name = match name.and_then(|n| n.as_obj()) {
            Some(n) => n.as_str()?.as_str().to_owned(),
            None => return None,
        };
        let candidates: Vec<String> = if is_attr {
            let obj_key = self.intern("obj");
            let obj = dict.get_str(self.names_hash(obj_key), obj_key)?;
            drop(dict);
            self.attribute_names(obj)
        } else {
            drop(dict);
            self.visible_names()
        };
        crate::carets::closest_name(&name, &candidates).map(|s| format!(". Did you mean: '{s}'?"))
    }

    fn attribute_names(&self, obj: Value) -> Vec<String> {
        let mut names = Vec::new();
        let mut add = |d: &crate::object::Dict| {
            for e in d.iter() {
                if let Some(Payload::Str(s)) = e.key.payload() {
                    names.push(s.as_str().to_owned());
                }
            }
        };
        if let Value::Obj(o) = obj {
            if let Some(d) = o.attr_dict() {
                add(&d.borrow());
            }
            if let Payload::Module(m) = &o.payload {
                if let Payload::Dict(d) = &m.dict.payload {
                    add(&d.borrow());
                }
            }
        }
        let class = match obj.payload() {
            Some(Payload::Class(_)) => obj.as_obj(),
            _ => Some(self.type_of(obj)),
        };
        if let Some(c) = class.and_then(|c| c.as_class().map(|cd| cd.mro.borrow().clone())) {
            for m in c {
                if let Some(mc) = m.as_class() {
                    add(&mc.dict.borrow());
                }
            }
        }
        names
    }

    fn visible_names(&self) -> Vec<String> {
        let mut names = Vec::new();
        let mut add = |v: Value| {
            if let Some(Payload::Dict(d)) = v.payload() {
                for e in d.borrow().iter() {
                    if let Some(Payload::Str(s)) = e.key.payload() {
                        names.push(s.as_str().to_owned());
                    }
                }
            }
        };
        if let Some(m) = self.s.modules.get("__main__") {
            if let Payload::Module(m) = &m.payload {
                add(Value::Obj(m.dict));
            }
        }
        add(Value::Obj(self.s.builtins));
        names
    }
}

fn flush_repeats(out: &mut String, repeats: usize) {
    if repeats >= REPEAT_LIMIT {
        let n = repeats - (REPEAT_LIMIT - 1);
        out.push_str(&format!(
            "  [Previous line repeated {} more time{}]\n",
            n,
            if n == 1 { "" } else { "s" }
        ));
    }
}
