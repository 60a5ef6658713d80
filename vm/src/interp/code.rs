//! Turning the compiler's `CodeObject`s into code values (constants and names converted to
//! VM values once), and running a module.

use std::cell::Cell;
use std::rc::Rc;

use krait_bytecode::{CodeFlags, CodeObject, Constant};
use krait_gc::Gc;

use crate::error::PyResult;
use crate::interp::frame::{Frame, FrameKind};
use crate::object::function::GlobalCache;
use crate::object::{CodeData, Dict, Module, Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// Converts a compiled code object (and the code objects nested in it) to a code value.
    pub fn load_code(&mut self, code: &Rc<CodeObject>) -> Gc<Object> {
        let consts: Vec<Value> = code.consts.iter().map(|c| self.const_value(c)).collect();
        let names: Vec<Gc<Object>> = code.names.iter().map(|n| self.intern(n)).collect();
        let varnames: Vec<Gc<Object>> = code.varnames.iter().map(|n| self.intern(n)).collect();
        let name = self.intern(&code.name);
        let nlocals = code.varnames.len();
        let flags = code.flags;
        let simple = code.cellvars.is_empty()
            && code.freevars.is_empty()
            && code.kwonlyargcount == 0
            && !flags.has(CodeFlags::VARARGS)
            && !flags.has(CodeFlags::VARKEYWORDS)
            && !flags.has(CodeFlags::GENERATOR)
            && !flags.has(CodeFlags::COROUTINE)
            && !flags.has(CodeFlags::ASYNC_GENERATOR);
        let data = CodeData {
            code: Rc::clone(code),
            consts: consts.into_boxed_slice(),
            global_cache: (0..names.len())
                .map(|_| Cell::new(GlobalCache::default()))
                .collect(),
            attr_hints: (0..names.len()).map(|_| Default::default()).collect(),
            names: names.into_boxed_slice(),
            varnames: varnames.into_boxed_slice(),
            name,
            nlocalsplus: (nlocals + code.cellvars.len() + code.freevars.len()) as u32,
            nlocals: nlocals as u32,
            simple,
            argcount: code.argcount,
            instructions: code.instructions.clone().into(),
        };
        self.alloc(self.s.types.code, Payload::Code(Box::new(data)))
    }

    /// The value of a code object's constant (allocating strs, bytes, tuples, code, ...).
    pub fn const_value(&mut self, c: &Constant) -> Value {
        match c {
            Constant::None => Value::None,
            Constant::Bool(b) => Value::Bool(*b),
            Constant::Int(i) => Value::Int(*i),
            Constant::BigInt(b) => self.new_int(b.clone()),
            Constant::Float(f) => Value::Float(*f),
            Constant::Complex { real, imag } => Value::Obj(self.alloc(
                self.s.types.complex,
                Payload::Complex {
                    re: *real,
                    im: *imag,
                },
            )),
            Constant::Str(s) => Value::Obj(self.intern(s)),
            Constant::Bytes(b) => Value::Obj(self.alloc(
                self.s.types.bytes,
                Payload::Bytes(b.clone().into_boxed_slice()),
            )),
            Constant::Tuple(items) => {
                let items = items.iter().map(|c| self.const_value(c)).collect();
                self.new_tuple(items)
            }
            Constant::Ellipsis => Value::Obj(self.s.ellipsis),
            Constant::Code(code) => Value::Obj(self.load_code(code)),
        }
    }

    /// Runs `code` as the `__main__` module.
    pub(crate) fn run_module_code(&mut self, code: Rc<CodeObject>) -> PyResult<Value> {
        let code_obj = self.load_code(&code);
        let globals = self.new_main_module(&code.filename, true)?;
        self.run_code_in(code_obj, globals, globals)
    }

    /// Makes module `__main__` (replacing any earlier one) and returns its globals; with
    /// `with_file`, `__file__` is `filename` (a script), else it is left unset (the prompt).
    pub(crate) fn new_main_module(
        &mut self,
        filename: &str,
        with_file: bool,
    ) -> PyResult<Gc<Object>> {
        let globals = self.new_dict(Dict::new());
        let Value::Obj(globals) = globals else {
            unreachable!()
        };
        let name = self.new_str("__main__");
        self.store_name(globals, self.s.names.name, name)?;
        self.store_name(globals, self.s.names.doc, Value::None)?;
        if with_file {
            let file = self.new_str(filename);
            self.store_name(globals, self.s.names.file, file)?;
        }
        let builtins = self.s.modules.get("builtins").copied();
        if let Some(b) = builtins {
            self.store_name(globals, self.s.names.builtins, Value::Obj(b))?;
        }
        let module = self.alloc(
            self.s.types.module,
            Payload::Module(Module {
                name,
                dict: globals,
            }),
        );
        self.add_module("__main__", module);
        for key in ["__package__", "__spec__"] {
            let key = self.intern(key);
            self.store_name(globals, key, Value::None)?;
        }
        self.sys_modules_set("__main__", Value::Obj(module))?;
        if !with_file {
            self.set_path0(String::new());
        }
        Ok(globals)
    }

    /// Runs a module-style code object with the given globals and locals mapping in a fresh
    /// dispatch loop.
    pub(crate) fn run_code_in(
        &mut self,
        code: Gc<Object>,
        globals: Gc<Object>,
        locals: Gc<Object>,
    ) -> PyResult<Value> {
        let base = self.s.stack.len();
        let nlocals = match &code.payload {
            Payload::Code(c) => c.nlocalsplus as usize,
            _ => 0,
        };
        self.check_recursion()?;
        let null = self.null();
        self.s.stack.resize(base + nlocals, null);
        self.s.frames.push(Frame {
            code,
            globals,
            locals: Some(locals),
            pc: 0,
            base: base as u32,
            sbase: (base + nlocals) as u32,
            ret_sp: base as u32,
            kind: FrameKind::Normal,
            entry: true,
        });
        self.run_frames_in_region(None)
    }
}
