//! Calls: the stack-based calling convention of the dispatch loop, argument binding with
//! CPython's error messages, class instantiation, and `call_value` for native code.
//!
//! A call site leaves `callable a1 … an [kw values]` on the value stack. For a Python
//! function the arguments are bound in place: on the fast path (exact positional count, no
//! cells) the pushed arguments simply *are* the callee's first locals, and the frame's
//! `base` points at them. Native functions get the arguments copied into a slice.

use krait_bytecode::{CodeFlags, MakeFunctionFlags};
use krait_gc::{Gc, GcRefCell};

use crate::error::{Exception, PyResult};
use crate::interp::frame::{code_data, Frame, FrameKind};
use crate::object::class::{is_subclass, lookup_mro, InitShortcut};
use crate::object::function::KwArgs;
use crate::object::{
    Builtin, CodeData, Dict, Function, Instance, Layout, Object, Payload, SharedKeys,
};
use crate::value::Value;
use crate::vm::Vm;

/// Positional arguments that native calls receive without allocating.
const INLINE_ARGS: usize = 8;

impl Vm {
    /// The payload of a new instance of user class `cls`: an empty attribute dict sharing
    /// the class's keys, so instances that set the same names in the same order store only
    /// values (see `SharedKeys`).
    pub(crate) fn new_instance_payload(&mut self, cls: Gc<Object>) -> Payload {
        let Some(cd) = cls.as_class() else {
            return Payload::Instance(Instance::default());
        };
        let keys = match cd.shared_keys.get() {
            Some(&keys) => keys,
            None => {
                let keys = self.heap.alloc(SharedKeys::default());
                let _ = cd.shared_keys.set(keys);
                keys
            }
        };
        Payload::Instance(Instance {
            dict: GcRefCell::new(Dict::with_shared_keys(keys)),
        })
    }

    /// Calls the callable at `stack[fidx]` with the values above it as arguments (the last
    /// `len(kwnames)` of them keyword values). Returns `Some(result)` with the stack cut to
    /// `ret_sp`, or `None` when a Python frame was pushed (it returns to `ret_sp`).
    pub(crate) fn call_stack(
        &mut self,
        fidx: usize,
        ret_sp: usize,
        kwnames: Option<Gc<Object>>,
    ) -> PyResult<Option<Value>> {
        let callee = self.s.stack[fidx];
        let Value::Obj(o) = callee else {
            return Err(self.not_callable(callee));
        };
        match &o.payload {
            Payload::Function(_) => {
                self.push_py_frame(o, fidx + 1, kwnames, ret_sp, FrameKind::Normal)
            }
            Payload::Builtin(b) => {
                let r = self.call_native_from_stack(b, fidx + 1, kwnames);
                self.s.stack.truncate(ret_sp);
                r.map(Some)
            }
            Payload::BoundMethod { func, receiver } => {
                self.s.stack[fidx] = *func;
                self.s.stack.insert(fidx + 1, *receiver);
                self.call_stack(fidx, ret_sp, kwnames)
            }
            Payload::Class(_) => {
                // A metaclass's own `__call__` (not `type.__call__`) decides what calling
                // the class does.
                let meta = o.class();
                if !Gc::ptr_eq(meta, self.s.types.type_) {
                    if let Some(call) = self.type_lookup(meta, self.s.names.call) {
                        if !matches!(call.payload(), Some(Payload::Builtin(_))) {
                            return self
                                .call_through_dunder_call(call, callee, fidx, ret_sp, kwnames);
                        }
                    }
                }
                self.call_class_stack(o, fidx, ret_sp, kwnames)
            }
            Payload::StaticMethod(f) => {
                self.s.stack[fidx] = *f;
                self.call_stack(fidx, ret_sp, kwnames)
            }
            _ => {
                let class = o.class();
                match lookup_mro(class, self.names_hash(self.s.names.call), self.s.names.call) {
                    Some(call) => {
                        self.call_through_dunder_call(call, callee, fidx, ret_sp, kwnames)
                    }
                    None => Err(self.not_callable(callee)),
                }
            }
        }
    }

    /// Calls `callee` through `call`, the `__call__` found on its class: a function is
    /// called with `callee` first; anything else is bound by the descriptor protocol and the
    /// result called. That result may be a callable instance again (even `callee` itself:
    /// `A.__call__ = A()`), a chain no Python frame counts, so each link is one level of
    /// native recursion toward the limit.
    fn call_through_dunder_call(
        &mut self,
        call: Value,
        callee: Value,
        fidx: usize,
        ret_sp: usize,
        kwnames: Option<Gc<Object>>,
    ) -> PyResult<Option<Value>> {
        match call.payload() {
            Some(Payload::Function(_)) => {
                self.s.stack[fidx] = call;
                self.s.stack.insert(fidx + 1, callee);
                self.call_stack(fidx, ret_sp, kwnames)
            }
            Some(Payload::Builtin(b)) if b.kind == crate::object::BuiltinKind::Method => {
                self.s.stack[fidx] = call;
                self.s.stack.insert(fidx + 1, callee);
                self.call_stack(fidx, ret_sp, kwnames)
            }
            _ => {
                let class = self.type_of(callee);
                let bound = self.bind(call, callee, class)?;
                self.s.stack[fidx] = bound;
                self.nest(" while calling a Python object", |vm| {
                    vm.call_stack(fidx, ret_sp, kwnames)
                })
            }
        }
    }

    #[inline]
    pub(crate) fn names_hash(&self, name: Gc<Object>) -> i64 {
        match &name.payload {
            Payload::Str(s) => s.hash(),
            _ => 0,
        }
    }

    /// `TypeError: 'X' object is not callable`.
    pub(crate) fn not_callable(&mut self, v: Value) -> Exception {
        let msg = format!("'{}' object is not callable", self.type_name(v));
        self.type_error(msg)
    }

    /// `RecursionError` if one more frame would exceed the limit.
    #[inline]
    pub(crate) fn check_recursion(&mut self) -> PyResult<()> {
        if self.s.frames.len() + self.nested as usize >= self.recursion_limit {
            // CPython names the C-level entry point when the limit trips in a call made by
            // native code.
            let msg = if self.calling_from_native {
                "maximum recursion depth exceeded while calling a Python object"
            } else {
                "maximum recursion depth exceeded"
            };
            return Err(self.new_error(self.s.types.recursion_error, msg));
        }
        Ok(())
    }

    /// Runs `f` one level deeper in a recursion through Rust code (repr of nested
    /// containers, comparisons, hashing), counted toward the recursion limit so that deep
    /// data raises RecursionError instead of exhausting the native stack.
    pub(crate) fn nest<T>(
        &mut self,
        what: &str,
        f: impl FnOnce(&mut Vm) -> PyResult<T>,
    ) -> PyResult<T> {
        if self.s.frames.len() + self.nested as usize >= self.recursion_limit {
            let msg = format!("maximum recursion depth exceeded{what}");
            return Err(self.new_error(self.s.types.recursion_error, msg));
        }
        self.nested += 1;
        let r = stacker::maybe_grow(64 * 1024, 1024 * 1024, || f(self));
        self.nested -= 1;
        r
    }

    /// Pushes a frame for the Python function `func` whose arguments start at `args_at`.
    /// Generator functions return their generator instead.
    #[inline]
    pub(crate) fn push_py_frame(
        &mut self,
        func: Gc<Object>,
        args_at: usize,
        kwnames: Option<Gc<Object>>,
        ret_sp: usize,
        kind: FrameKind,
    ) -> PyResult<Option<Value>> {
        let Payload::Function(f) = &func.payload else {
            unreachable!("push_py_frame on a non-function");
        };
        let cd = code_data(&f.code);
        let nargs = self.s.stack.len() - args_at;
        if cd.simple && kwnames.is_none() && nargs == cd.argcount as usize {
            self.check_recursion()?;
            let nlocals = cd.nlocalsplus as usize;
            if nlocals > nargs {
                let null = self.null();
                self.s.stack.resize(args_at + nlocals, null);
            }
            self.s.frames.push(Frame {
                code: f.code,
                globals: f.globals,
                locals: None,
                pc: 0,
                base: args_at as u32,
                sbase: (args_at + nlocals) as u32,
                ret_sp: ret_sp as u32,
                kind,
                entry: false,
            });
            self.maybe_collect();
            return Ok(None);
        }
        self.push_py_frame_general(f, cd, args_at, kwnames, ret_sp, kind)
    }

    fn push_py_frame_general(
        &mut self,
        f: &Function,
        cd: &CodeData,
        args_at: usize,
        kwnames: Option<Gc<Object>>,
        ret_sp: usize,
        kind: FrameKind,
    ) -> PyResult<Option<Value>> {
        let co = &cd.code;
        let nlocals = cd.nlocalsplus as usize;
        let npos = self.s.stack.len() - args_at;
        let argcount = co.argcount as usize;
        let varargs = co.flags.has(CodeFlags::VARARGS);
        let defaults_value = f.defaults.get();
        let defaults: &[Value] = match defaults_value.payload() {
            Some(Payload::Tuple(t)) => t,
            _ => &[],
        };
        // Positional arguments only, no keyword-only parameters and no `**kwargs`: the
        // arguments stay where they were pushed, missing ones take their defaults and any
        // extra ones become the `*args` tuple, all in place (no binding table).
        let in_place = kwnames.is_none()
            && co.kwonlyargcount == 0
            && !co.flags.has(CodeFlags::VARKEYWORDS)
            && if npos <= argcount {
                npos + defaults.len() >= argcount
            } else {
                varargs
            };
        if in_place {
            self.check_recursion()?;
            let null = self.null();
            let nvars = cd.nlocals as usize;
            if varargs {
                let extra = if npos > argcount {
                    let items = Payload::Tuple(self.s.stack[args_at + argcount..].into());
                    self.s.stack.truncate(args_at + argcount);
                    Value::Obj(self.alloc(self.s.types.tuple, items))
                } else {
                    Value::Obj(self.s.empty_tuple)
                };
                self.push_missing_defaults(args_at, argcount, defaults);
                self.s.stack.push(extra);
            } else {
                self.push_missing_defaults(args_at, argcount, defaults);
            }
            self.s.stack.resize(args_at + nlocals, null);
            for k in 0..co.cellvars.len() {
                let init = co
                    .cell2arg
                    .iter()
                    .find(|(c, _)| *c as usize == k)
                    .map(|&(_, a)| self.s.stack[args_at + a as usize])
                    .unwrap_or(null);
                let cell = self.new_cell(init);
                self.s.stack[args_at + nvars + k] = cell;
            }
            if let Some(Payload::Tuple(cells)) = f.closure.payload() {
                let start = args_at + nvars + co.cellvars.len();
                for (k, &cell) in cells.iter().enumerate() {
                    if start + k < args_at + nlocals {
                        self.s.stack[start + k] = cell;
                    }
                }
            }
        } else {
            let locals = self.bind_arguments(f, cd, args_at, kwnames)?;
            self.check_recursion()?;
            self.s.stack.truncate(args_at);
            self.s.stack.extend_from_slice(&locals);
        }
        let frame = Frame {
            code: f.code,
            globals: f.globals,
            locals: None,
            pc: 0,
            base: args_at as u32,
            sbase: (args_at + nlocals) as u32,
            ret_sp: ret_sp as u32,
            kind,
            entry: false,
        };
        if cd
            .code
            .flags
            .has(CodeFlags::GENERATOR | CodeFlags::COROUTINE | CodeFlags::ASYNC_GENERATOR)
        {
            let saved = self.s.stack.split_off(args_at);
            self.s.stack.truncate(ret_sp);
            let frame = Frame {
                base: 0,
                sbase: nlocals as u32,
                ret_sp: 0,
                ..frame
            };
            let gen = self.new_generator(frame, saved, f.name.get(), f.qualname.get());
            return Ok(Some(gen));
        }
        self.s.frames.push(frame);
        self.maybe_collect();
        Ok(None)
    }

    /// Pushes the defaults of the positional parameters after those already on the stack
    /// above `args_at` (the caller checked there are enough defaults).
    #[inline]
    fn push_missing_defaults(&mut self, args_at: usize, argcount: usize, defaults: &[Value]) {
        let given = self.s.stack.len() - args_at;
        if given < argcount {
            // Parameter `i` takes `defaults[i + len - argcount]` (a `__defaults__` longer
            // than the parameter list supplies from its end).
            let from = given + defaults.len() - argcount;
            self.s.stack.extend_from_slice(&defaults[from..]);
        }
    }

    /// Binds the arguments at `stack[args_at..]` to the parameters of `f`: the full
    /// fast-locals array (varnames, cells, free variables).
    fn bind_arguments(
        &mut self,
        f: &Function,
        cd: &CodeData,
        args_at: usize,
        kwnames: Option<Gc<Object>>,
    ) -> PyResult<Vec<Value>> {
        let co = &cd.code;
        let args: Vec<Value> = self.s.stack[args_at..].to_vec();
        let kwnames: Vec<Value> = match kwnames.as_ref().map(|k| &k.payload) {
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        };
        let npos = args.len() - kwnames.len();
        let (pos, kwvals) = args.split_at(npos);
        let argcount = co.argcount as usize;
        let posonly = co.posonlyargcount as usize;
        let kwonly = co.kwonlyargcount as usize;
        let null = self.null();
        let mut locals = vec![null; cd.nlocalsplus as usize];
        let ncopy = npos.min(argcount);
        locals[..ncopy].copy_from_slice(&pos[..ncopy]);
        let mut slot = argcount + kwonly;
        if co.flags.has(CodeFlags::VARARGS) {
            locals[slot] = self.new_tuple(pos[ncopy..].to_vec());
            slot += 1;
        }
        let kwdict = if co.flags.has(CodeFlags::VARKEYWORDS) {
            let d = self.new_dict(Dict::new());
            locals[slot] = d;
            Some(d)
        } else {
            None
        };
        let mut posonly_passed = Vec::new();
        for (&name, &value) in kwnames.iter().zip(kwvals) {
            let Some(name_obj) = name.as_obj() else {
                continue;
            };
            let found = (posonly..argcount + kwonly).find(|&j| same_str(cd.varnames[j], name_obj));
            match found {
                Some(j) => {
                    if !self.is_null(locals[j]) {
                        let qualname = self.function_qualname(f);
                        let msg = format!(
                            "{qualname}() got multiple values for argument '{}'",
                            str_of(&name_obj)
                        );
                        return Err(self.type_error(msg));
                    }
                    locals[j] = value;
                }
                None => {
                    if let Some(d) = kwdict {
                        self.dict_set(d, name, value)?;
                    } else if (0..posonly).any(|j| same_str(cd.varnames[j], name_obj)) {
                        posonly_passed.push(str_of(&name_obj).to_owned());
                    } else {
                        let qualname = self.function_qualname(f);
                        let msg = format!(
                            "{qualname}() got an unexpected keyword argument '{}'",
                            str_of(&name_obj)
                        );
                        return Err(self.type_error(msg));
                    }
                }
            }
        }
        if !posonly_passed.is_empty() {
            let qualname = self.function_qualname(f);
            let msg = format!(
                "{qualname}() got some positional-only arguments passed as keyword arguments: '{}'",
                posonly_passed.join(", ")
            );
            return Err(self.type_error(msg));
        }
        let defaults_value = f.defaults.get();
        let defaults: &[Value] = match defaults_value.payload() {
            Some(Payload::Tuple(t)) => t,
            _ => &[],
        };
        if npos > argcount && !co.flags.has(CodeFlags::VARARGS) {
            let kwonly_given = (argcount..argcount + kwonly)
                .filter(|&j| !self.is_null(locals[j]))
                .count();
            let qualname = self.function_qualname(f);
            return Err(self.too_many_positional(
                &qualname,
                argcount,
                defaults.len(),
                npos,
                kwonly_given,
            ));
        }
        if npos < argcount {
            // Parameter `i` takes `defaults[i + len - argcount]` when that index exists.
            let shift = defaults.len() as isize - argcount as isize;
            let mut missing = Vec::new();
            for i in npos..argcount {
                if self.is_null(locals[i]) {
                    if i as isize + shift >= 0 {
                        locals[i] = defaults[(i as isize + shift) as usize];
                    } else {
                        missing.push(co.varnames[i].clone());
                    }
                }
            }
            if !missing.is_empty() {
                let qualname = self.function_qualname(f);
                return Err(self.missing_arguments(&qualname, "positional", &missing));
            }
        }
        if kwonly > 0 {
            let kwdefaults = f.kwdefaults.get();
            let mut missing = Vec::new();
            // `i` indexes the locals and both name tables together.
            #[allow(clippy::needless_range_loop)]
            for i in argcount..argcount + kwonly {
                if self.is_null(locals[i]) {
                    let found = match kwdefaults {
                        Value::Obj(d) => self.mapping_get_str(d, cd.varnames[i])?,
                        _ => None,
                    };
                    match found {
                        Some(v) => locals[i] = v,
                        None => missing.push(co.varnames[i].clone()),
                    }
                }
            }
            if !missing.is_empty() {
                let qualname = self.function_qualname(f);
                return Err(self.missing_arguments(&qualname, "keyword-only", &missing));
            }
        }
        let nvars = cd.nlocals as usize;
        for k in 0..co.cellvars.len() {
            let init = co
                .cell2arg
                .iter()
                .find(|(c, _)| *c as usize == k)
                .map(|&(_, a)| locals[a as usize])
                .unwrap_or(null);
            locals[nvars + k] = self.new_cell(init);
        }
        if let Some(Payload::Tuple(cells)) = f.closure.payload() {
            let start = nvars + co.cellvars.len();
            for (k, &cell) in cells.iter().enumerate() {
                if start + k < locals.len() {
                    locals[start + k] = cell;
                }
            }
        }
        Ok(locals)
    }

    /// `f.__qualname__` as text.
    pub(crate) fn function_qualname(&self, f: &Function) -> String {
        match f
            .qualname
            .get()
            .as_obj()
            .and_then(|o| o.as_str().map(|s| s.as_str().to_owned()))
        {
            Some(s) => s,
            None => String::from("?"),
        }
    }

    fn too_many_positional(
        &mut self,
        qualname: &str,
        argcount: usize,
        ndefaults: usize,
        given: usize,
        kwonly_given: usize,
    ) -> Exception {
        let (sig, plural) = if ndefaults > 0 {
            (
                format!(
                    "from {} to {}",
                    argcount - ndefaults.min(argcount),
                    argcount
                ),
                true,
            )
        } else {
            (argcount.to_string(), argcount != 1)
        };
        let kwonly_sig = if kwonly_given > 0 {
            format!(
                " positional argument{} (and {} keyword-only argument{})",
                if given != 1 { "s" } else { "" },
                kwonly_given,
                if kwonly_given != 1 { "s" } else { "" }
            )
        } else {
            String::new()
        };
        let msg = format!(
            "{qualname}() takes {sig} positional argument{} but {given}{kwonly_sig} {} given",
            if plural { "s" } else { "" },
            if given == 1 && kwonly_given == 0 {
                "was"
            } else {
                "were"
            }
        );
        self.type_error(msg)
    }

    fn missing_arguments(&mut self, qualname: &str, kind: &str, names: &[String]) -> Exception {
        let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
        let list = match quoted.len() {
            1 => quoted[0].clone(),
            2 => format!("{} and {}", quoted[0], quoted[1]),
            n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
        };
        let msg = format!(
            "{qualname}() missing {} required {kind} argument{}: {list}",
            names.len(),
            if names.len() == 1 { "" } else { "s" }
        );
        self.type_error(msg)
    }

    /// Calls a native function with the arguments at `stack[args_at..]`.
    fn call_native_from_stack(
        &mut self,
        b: &Builtin,
        args_at: usize,
        kwnames: Option<Gc<Object>>,
    ) -> PyResult<Value> {
        let total = self.s.stack.len() - args_at;
        match kwnames {
            // The arguments are copied off the stack (the native may push onto it). The
            // common counts get a copy of exactly their size: filling and copying a whole
            // buffer showed up as a memmove in method-call profiles.
            None => match self.s.stack[args_at..] {
                [] => self.call_builtin(b, &[], &[]),
                [x] => self.call_builtin(b, &[x], &[]),
                [x, y] => self.call_builtin(b, &[x, y], &[]),
                [x, y, z] => self.call_builtin(b, &[x, y, z], &[]),
                _ if total <= INLINE_ARGS => {
                    let mut buf = [Value::None; INLINE_ARGS];
                    buf[..total].copy_from_slice(&self.s.stack[args_at..]);
                    self.call_builtin(b, &buf[..total], &[])
                }
                _ => {
                    let args = self.s.stack[args_at..].to_vec();
                    self.call_builtin(b, &args, &[])
                }
            },
            _ => {
                let (args, kw) = self.take_args(args_at, kwnames);
                self.call_builtin(b, &args, &kw)
            }
        }
    }

    /// Calls a native function (checking that it accepts keywords if any are given).
    #[inline]
    pub(crate) fn call_builtin(
        &mut self,
        b: &Builtin,
        args: &[Value],
        kw: KwArgs<'_>,
    ) -> PyResult<Value> {
        if !kw.is_empty() && !b.takes_kwargs {
            let msg = format!("{}() takes no keyword arguments", b.name);
            return Err(self.type_error(msg));
        }
        // Methods and constructors always receive their object or class first; an unbound
        // call without one (`list.append()`) must not reach code that reads `args[0]`.
        if args.is_empty() && b.kind != crate::object::BuiltinKind::Function {
            let msg = format!("unbound method {}() needs an argument", b.name);
            return Err(self.type_error(msg));
        }
        if let Some(owner) = b.owner {
            if !self.isinstance(args[0], owner) {
                let msg = format!(
                    "descriptor '{}' requires a '{}' object but received a '{}'",
                    b.name,
                    self.class_name(owner),
                    self.type_name(args[0])
                );
                return Err(self.type_error(msg));
            }
        }
        self.native_depth += 1;
        let r = (b.func)(self, args, kw);
        self.native_depth -= 1;
        r
    }

    /// Copies the arguments at `stack[args_at..]` out as positional and keyword lists.
    pub(crate) fn take_args(
        &self,
        args_at: usize,
        kwnames: Option<Gc<Object>>,
    ) -> (Vec<Value>, Vec<(Gc<Object>, Value)>) {
        let all = &self.s.stack[args_at..];
        let names: &[Value] = match kwnames.as_ref().map(|k| &k.payload) {
            Some(Payload::Tuple(t)) => t,
            _ => &[],
        };
        let npos = all.len() - names.len();
        let kw = names
            .iter()
            .zip(&all[npos..])
            .filter_map(|(n, &v)| n.as_obj().map(|n| (n, v)))
            .collect();
        (all[..npos].to_vec(), kw)
    }

    /// A class called from the dispatch loop. User classes whose `__init__` is a Python
    /// function get an `Init` frame (no nested loop); everything else is constructed natively.
    fn call_class_stack(
        &mut self,
        cls: Gc<Object>,
        fidx: usize,
        ret_sp: usize,
        kwnames: Option<Gc<Object>>,
    ) -> PyResult<Option<Value>> {
        if let Some((init, has_del)) = self.init_shortcut(cls) {
            let payload = self.new_instance_payload(cls);
            let inst = self.alloc(cls, payload);
            if has_del {
                self.heap.register_finalizer(inst);
            }
            let inst = Value::Obj(inst);
            self.s.stack[ret_sp] = inst;
            self.s.stack[fidx] = inst;
            // `self` goes where the class was when a slot below it keeps the instance for
            // the return (`NULL C args`); otherwise one slot is opened for it.
            let args_at = if ret_sp < fidx {
                fidx
            } else {
                self.s.stack.insert(fidx + 1, inst);
                fidx + 1
            };
            return self.push_py_frame(init, args_at, kwnames, ret_sp, FrameKind::Init);
        }
        if kwnames.is_none() {
            if let Some(cd) = cls.as_class() {
                let r = if cd.layout == Layout::Exception {
                    self.call_exception_class_stack(cls, fidx, ret_sp)
                } else if cd.builtin {
                    self.call_builtin_class_stack(cls, fidx, ret_sp)
                } else {
                    None
                };
                if let Some(r) = r {
                    return r;
                }
            }
        }
        let (args, kw) = self.take_args(fidx + 1, kwnames);
        let r = self.call_class(cls, &args, &kw);
        self.s.stack.truncate(ret_sp);
        r.map(Some)
    }

    /// The Python `__init__` of user class `cls` and whether it defines `__del__`, when
    /// calling it is `object.__new__` and then that function (see `InitShortcut`): read
    /// from the class while its cached answer is current, else found by MRO lookups.
    #[inline]
    fn init_shortcut(&mut self, cls: Gc<Object>) -> Option<(Gc<Object>, bool)> {
        let cd = cls.as_class()?;
        // Builtin and exception classes never qualify: their calls skip the cache check.
        if cd.layout != Layout::Instance || cd.builtin {
            return None;
        }
        let cached = cd.init_shortcut.get();
        if cached.version == self.class_version {
            return cached.init.map(|init| (init, cached.has_del));
        }
        self.find_init_shortcut(cls)
    }

    /// [`Vm::init_shortcut`] when the class's cached answer is out of date.
    #[cold]
    #[inline(never)]
    fn find_init_shortcut(&mut self, cls: Gc<Object>) -> Option<(Gc<Object>, bool)> {
        let cd = cls.as_class()?;
        let mut init = None;
        if cd.layout == Layout::Instance && !cd.builtin {
            let new = self.type_lookup(cls, self.s.names.new);
            let abstract_ = self.type_lookup(cls, self.s.names.abstractmethods);
            if matches!(new, Some(n) if n.is(self.s.object_new)) && abstract_.is_none() {
                if let Some(Value::Obj(f)) = self.type_lookup(cls, self.s.names.init) {
                    if matches!(f.payload, Payload::Function(_)) {
                        init = Some(f);
                    }
                }
            }
        }
        let has_del = self.type_lookup(cls, self.s.names.del).is_some();
        cd.init_shortcut.set(InitShortcut {
            version: self.class_version,
            init,
            has_del,
        });
        init.map(|init| (init, has_del))
    }

    /// Calls a builtin class with positional arguments when its `__init__` is `object`'s and
    /// its `__new__` is native (`str(x)`, `int(s)`, `map(f, xs)`): the `__new__` runs on the
    /// class and arguments where they sit on the stack, without `call_class`'s uncached
    /// `__new__` lookup and argument vectors. `None` when the class does not qualify.
    fn call_builtin_class_stack(
        &mut self,
        cls: Gc<Object>,
        fidx: usize,
        ret_sp: usize,
    ) -> Option<PyResult<Option<Value>>> {
        if Gc::ptr_eq(cls, self.s.types.type_) {
            return None;
        }
        if !self
            .type_lookup(cls, self.s.names.init)
            .is_none_or(|i| i.is(self.s.object_init))
        {
            return None;
        }
        let new = self.type_lookup(cls, self.s.names.new)?;
        let new = match new.payload() {
            Some(Payload::StaticMethod(f)) => *f,
            _ => new,
        };
        let Some(Payload::Builtin(b)) = new.payload() else {
            return None;
        };
        if new.is(self.s.object_new) {
            return None;
        }
        let inst = match self.call_native_from_stack(b, fidx, None) {
            Ok(inst) => inst,
            Err(e) => {
                self.s.stack.truncate(ret_sp);
                return Some(Err(e));
            }
        };
        // `__new__` may hand back an instance of a subclass (an `__int__` returning an int
        // subclass): that subclass's `__init__` runs, as `call_class` would run it.
        let inst_class = self.type_of(inst);
        if !Gc::ptr_eq(inst_class, cls) && is_subclass(inst_class, cls) {
            let mut args = self.s.stack[fidx..].to_vec();
            let r = self.run_init(inst_class, inst, &mut args, &[]);
            self.s.stack.truncate(ret_sp);
            return Some(r.map(|()| Some(inst)));
        }
        self.s.stack.truncate(ret_sp);
        Some(Ok(Some(inst)))
    }

    /// Calls an exception class with positional arguments when its `__new__` is
    /// `BaseException.__new__` and its `__init__` is `BaseException.__init__` or a Python
    /// function: the instance is made here with the arguments as its `args` (what those two
    /// would store), and a Python `__init__` runs as a frame of this dispatch loop rather than
    /// a nested one. `None` when the class does not qualify. As in CPython, abstract methods
    /// do not stop an exception class from being instantiated.
    fn call_exception_class_stack(
        &mut self,
        cls: Gc<Object>,
        fidx: usize,
        ret_sp: usize,
    ) -> Option<PyResult<Option<Value>>> {
        let base = self.s.types.base_exception;
        let new = self.type_lookup(cls, self.s.names.new)?;
        if !new.is(self.type_lookup(base, self.s.names.new)?) {
            return None;
        }
        let init = self.type_lookup(cls, self.s.names.init)?;
        let base_init = init.is(self.type_lookup(base, self.s.names.init)?);
        if !base_init && !matches!(init.payload(), Some(Payload::Function(_))) {
            return None;
        }
        let args = if fidx + 1 == self.s.stack.len() {
            Value::Obj(self.s.empty_tuple)
        } else {
            let items = Payload::Tuple(self.s.stack[fidx + 1..].into());
            Value::Obj(self.alloc(self.s.types.tuple, items))
        };
        let payload = Payload::Exception(Box::new(crate::object::ExcData::new(args)));
        let inst = self.alloc(cls, payload);
        self.register_finalizer(cls, inst);
        let inst = Value::Obj(inst);
        if base_init {
            self.s.stack.truncate(ret_sp);
            return Some(Ok(Some(inst)));
        }
        let Value::Obj(init) = init else {
            return None;
        };
        self.s.stack[ret_sp] = inst;
        self.s.stack[fidx] = inst;
        self.s.stack.insert(fidx + 1, inst);
        Some(self.push_py_frame(init, fidx + 1, None, ret_sp, FrameKind::Init))
    }

    /// Looks `name` up on a class (its MRO).
    #[inline]
    pub(crate) fn class_lookup(&self, cls: Gc<Object>, name: Gc<Object>) -> Option<Value> {
        lookup_mro(cls, self.names_hash(name), name)
    }

    /// `cls(*args, **kw)`: `__new__`, then `__init__` if the result is an instance of `cls`.
    pub(crate) fn call_class(
        &mut self,
        cls: Gc<Object>,
        args: &[Value],
        kw: KwArgs<'_>,
    ) -> PyResult<Value> {
        if Gc::ptr_eq(cls, self.s.types.type_) && args.len() == 1 && kw.is_empty() {
            return Ok(Value::Obj(self.type_of(args[0])));
        }
        let new = self
            .class_lookup(cls, self.s.names.new)
            .unwrap_or(self.s.object_new);
        let init = self.type_lookup(cls, self.s.names.init);
        let default_new = new.is(self.s.object_new);
        let default_init = matches!(init, Some(i) if i.is(self.s.object_init)) || init.is_none();
        // A builtin type with no constructor of its own (the iterators, functions, code
        // objects): its instances come only from the operations that make them.
        if default_new
            && cls
                .as_class()
                .is_some_and(|c| c.builtin && c.layout == Layout::Builtin)
        {
            let msg = format!("cannot create '{}' instances", self.class_name(cls));
            return Err(self.type_error(msg));
        }
        if default_new && default_init && (!args.is_empty() || !kw.is_empty()) {
            let msg = format!("{}() takes no arguments", self.class_name(cls));
            return Err(self.type_error(msg));
        }
        let new_func = match new.payload() {
            Some(Payload::StaticMethod(f)) => *f,
            // `cls.__new__` bound as any class attribute is (a class method gets `cls`
            // twice).
            Some(Payload::ClassMethod(f)) => self.bound_method(*f, Value::Obj(cls)),
            _ => new,
        };
        let mut new_args = Vec::with_capacity(args.len() + 1);
        new_args.push(Value::Obj(cls));
        new_args.extend_from_slice(args);
        // `cls`, `args` and `kw` are rooted by whoever called us (the value stack, or a
        // native caller whose callbacks run in heap regions); the new instance is an
        // argument of `__init__`, so it is on the value stack while that runs.
        let inst = if default_new {
            self.object_new_instance(cls)?
        } else {
            let inst = self.call_value_rooted(new_func, &new_args, kw)?;
            if matches!(new_func.payload(), Some(Payload::Builtin(_))) {
                self.register_builtin_subclass_finalizer(inst);
            }
            inst
        };
        // The instance's own class decides `__init__` (`__new__` may return an instance of
        // a subclass of `cls`, whose `__init__` then runs).
        let inst_class = self.type_of(inst);
        let run_init = if Gc::ptr_eq(inst_class, cls) {
            !default_init
        } else {
            is_subclass(inst_class, cls)
        };
        if run_init {
            self.run_init(inst_class, inst, &mut new_args, kw)?;
        }
        Ok(inst)
    }

    /// Runs `inst_class.__init__` (unless it is `object`'s) on `inst` with `new_args[1..]`;
    /// `new_args[0]` is scratch (the class on entry).
    fn run_init(
        &mut self,
        inst_class: Gc<Object>,
        inst: Value,
        new_args: &mut [Value],
        kw: KwArgs<'_>,
    ) -> PyResult<()> {
        let init = self
            .type_lookup(inst_class, self.s.names.init)
            .filter(|i| !i.is(self.s.object_init));
        if let Some(init) = init {
            new_args[0] = inst;
            let r = if matches!(
                init.payload(),
                Some(Payload::Function(_) | Payload::Builtin(_))
            ) {
                self.call_value_rooted(init, new_args, kw)?
            } else {
                let bound = self.bind_special(init, inst)?;
                new_args[0] = bound;
                self.call_value_rooted(bound, &new_args[1..], kw)?
            };
            if !r.is_none() {
                let msg = format!("__init__() should return None, not '{}'", self.type_name(r));
                return Err(self.type_error(msg));
            }
        }
        Ok(())
    }

    /// `object.__new__(cls)`: a bare instance with the class's layout.
    pub(crate) fn object_new_instance(&mut self, cls: Gc<Object>) -> PyResult<Value> {
        let Some(cd) = cls.as_class() else {
            return Err(self.type_error("object.__new__(X): X is not a type object"));
        };
        if let Some(abstract_) = self.type_lookup(cls, self.s.names.abstractmethods) {
            let mut names: Vec<String> = self
                .collect_iter(abstract_)?
                .into_iter()
                .map(|n| self.str_lossy(n))
                .collect();
            if !names.is_empty() {
                names.sort();
                let msg = format!(
                    "Can't instantiate abstract class {} with abstract method{} {}",
                    self.class_name(cls),
                    if names.len() == 1 { "" } else { "s" },
                    names.join(", ")
                );
                return Err(self.type_error(msg));
            }
        }
        let payload = match cd.layout {
            Layout::Instance => self.new_instance_payload(cls),
            Layout::Exception => {
                let args = Value::Obj(self.s.empty_tuple);
                Payload::Exception(Box::new(crate::object::ExcData::new(args)))
            }
            Layout::Builtin => {
                let msg = format!(
                    "object.__new__({}) is not safe, use {}.__new__()",
                    self.class_name(cls),
                    self.class_name(cls)
                );
                return Err(self.type_error(msg));
            }
        };
        let inst = self.alloc(cls, payload);
        self.register_finalizer(cls, inst);
        Ok(Value::Obj(inst))
    }

    /// A builtin type's `__new__` (list, dict, set, tuple, int, ...) makes a subclass's
    /// instance without `object.__new__`, which is where finalizers are registered: a
    /// subclass defining `__del__` (and inheriting the builtin `__new__`, which always makes
    /// a new object, so nothing is registered twice) registers it here.
    fn register_builtin_subclass_finalizer(&mut self, inst: Value) {
        let Value::Obj(o) = inst else { return };
        if matches!(o.payload, Payload::Instance(_) | Payload::Exception(_)) {
            return;
        }
        if o.class().as_class().is_some_and(|c| !c.builtin) {
            self.register_finalizer(o.class(), o);
        }
    }

    /// Tells the heap that `inst` has a finalizer when its class defines `__del__`.
    fn register_finalizer(&mut self, cls: Gc<Object>, inst: Gc<Object>) {
        if self.type_lookup(cls, self.s.names.del).is_some() {
            self.heap.register_finalizer(inst);
        }
    }

    /// Calls any callable from native code (a nested dispatch loop for Python functions).
    /// No collection happens during the call: the caller may hold unrooted handles.
    pub fn call_value(&mut self, f: Value, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
        self.native_depth += 1;
        let r = self.call_value_rooted(f, args, kw);
        self.native_depth -= 1;
        r
    }

    /// Calls an operator dunder (`__eq__`, `__add__`, …): like [`Vm::call_value`], but a
    /// RecursionError raised by the call reads as CPython's for Python-level recursion.
    /// A special method `f` found on the class of `obj` that is not a plain function: its
    /// value for `obj` by the descriptor protocol (a property's getter runs).
    pub(crate) fn bind_special(&mut self, f: Value, obj: Value) -> PyResult<Value> {
        match f.payload() {
            Some(Payload::Property(p)) if !p.fget.get().is_none() => {
                self.call_value(p.fget.get(), &[obj], &[])
            }
            Some(Payload::Property(_)) => Err(self.attribute_error("property has no getter")),
            _ => {
                let class = self.type_of(obj);
                self.bind(f, obj, class)
            }
        }
    }

    /// Calls `f`, found on the class of `obj`, for `obj`: a function or method descriptor
    /// gets `obj` as its first argument; anything else (a bound method stored in the
    /// class, as `IterParseIterator.__next__ = gen.__next__`) is bound by the descriptor
    /// protocol and called without it.
    pub fn call_slot_method(&mut self, f: Value, obj: Value) -> PyResult<Value> {
        let plain = match f.payload() {
            Some(Payload::Function(_)) => true,
            Some(Payload::Builtin(b)) => b.kind == crate::object::BuiltinKind::Method,
            _ => false,
        };
        if plain {
            return self.call_value(f, &[obj], &[]);
        }
        let bound = self.bind_special(f, obj)?;
        self.call_value(bound, &[], &[])
    }

    /// `f` was found on the class of `args[0]`: anything but a function or method
    /// descriptor (a property, a callable instance) is bound by the descriptor protocol
    /// first, as CPython's special-method lookup does.
    pub(crate) fn call_dunder(&mut self, f: Value, args: &[Value]) -> PyResult<Value> {
        let plain = match f.payload() {
            Some(Payload::Function(_)) => true,
            Some(Payload::Builtin(b)) => b.kind == crate::object::BuiltinKind::Method,
            _ => false,
        };
        let (f, args) = if !plain && !args.is_empty() {
            // A getter's AttributeError means the method is missing: the operator
            // falls back as if it were not defined.
            let bound = match self.bind_special(f, args[0]) {
                Ok(v) => v,
                Err(e) if self.exc_matches(e, self.s.types.attribute_error) => {
                    return Ok(self.not_implemented());
                }
                Err(e) => return Err(e),
            };
            (bound, &args[1..])
        } else {
            (f, args)
        };
        self.native_depth += 1;
        self.plain_recursion_message = true;
        let r = self.call_value_rooted(f, args, &[]);
        self.plain_recursion_message = false;
        self.native_depth -= 1;
        r
    }

    /// Like [`Vm::call_value`], for a caller whose handles (`f`, `args` and anything it uses
    /// afterwards) are all rooted: collection may happen inside the call.
    pub(crate) fn call_value_rooted(
        &mut self,
        f: Value,
        args: &[Value],
        kw: KwArgs<'_>,
    ) -> PyResult<Value> {
        if let Value::Obj(o) = f {
            if let Payload::Builtin(b) = &o.payload {
                return self.call_builtin(b, args, kw);
            }
        }
        let fidx = self.s.stack.len();
        self.s.stack.push(f);
        self.s.stack.extend_from_slice(args);
        let kwnames = if kw.is_empty() {
            None
        } else {
            let names: Vec<Value> = kw.iter().map(|&(n, _)| Value::Obj(n)).collect();
            self.s.stack.extend(kw.iter().map(|&(_, v)| v));
            self.new_tuple(names).as_obj()
        };
        self.calling_from_native = !std::mem::take(&mut self.plain_recursion_message);
        // A Python function (a sort key, a `map` callback) goes straight to its frame:
        // the callable-kind dispatch of `call_stack` would pick the same path.
        let pushed = match &f {
            Value::Obj(o) if matches!(o.payload, Payload::Function(_)) => {
                self.push_py_frame(*o, fidx + 1, kwnames, fidx, FrameKind::Normal)
            }
            _ => self.call_stack(fidx, fidx, kwnames),
        };
        self.calling_from_native = false;
        match pushed {
            Ok(Some(v)) => Ok(v),
            Ok(None) => self.run_nested(),
            Err(e) => {
                self.s.stack.truncate(fidx);
                Err(e)
            }
        }
    }

    /// Runs the frame just pushed to completion in a nested dispatch loop.
    pub(crate) fn run_nested(&mut self) -> PyResult<Value> {
        if let Some(f) = self.s.frames.last_mut() {
            f.entry = true;
        }
        self.nested += 1;
        let r = stacker::maybe_grow(128 * 1024, 4 * 1024 * 1024, || {
            self.run_frames_in_region(None)
        });
        self.nested -= 1;
        r
    }

    /// Runs the dispatch loop for frames entered from native code. When a native function
    /// is on the Rust stack below (it may hold handles in its locals), the loop runs in a
    /// fresh heap region: its safe points may collect, but free only objects allocated
    /// inside the region, so nothing the suspended native code holds can be freed.
    pub(crate) fn run_frames_in_region(&mut self, exc: Option<Exception>) -> PyResult<Value> {
        if self.native_depth == self.collect_depth {
            // No native frame entered since the innermost region (or ever): the safe points
            // below already may collect.
            return self.run_frames(exc);
        }
        let outer_depth = self.collect_depth;
        let region = self.heap.open_region();
        self.collect_depth = self.native_depth;
        let r = self.run_frames(exc);
        self.collect_depth = outer_depth;
        let handed_back = match &r {
            Ok(v) => v.as_obj(),
            Err(e) => Some(e.obj()),
        };
        if self.heap.should_collect_at_region_exit(handed_back) {
            // The region's frames have returned: of its objects, the native code below can
            // reach only the result it is about to receive, so this is a safe point too. It
            // frees what the callback left behind before the survivors join the enclosing
            // region: after that they count as held by the native code, and what it drops
            // is only reclaimed by a full collection once no native code is on the stack.
            let result = match r {
                Ok(v) => v,
                Err(e) => e.value(),
            };
            self.collect_at_region_exit(result);
        }
        self.heap.close_region(region);
        r
    }

    /// `CALL_FUNCTION_EX`: `callable args [kwargs] → result`.
    pub(crate) fn call_function_ex(&mut self, has_kwargs: bool) -> PyResult<Option<Value>> {
        let kwargs = if has_kwargs { Some(self.pop()) } else { None };
        let args = self.pop();
        let fidx = self.s.stack.len() - 1;
        let items = match args.payload() {
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => match self.collect_iter(args) {
                Ok(items) => items,
                Err(e) => {
                    let func = self.s.stack[fidx];
                    let what = self.function_str(func);
                    return Err(self.star_arg_error(e, args, &what));
                }
            },
        };
        self.s.stack.extend_from_slice(&items);
        let mut kwnames = None;
        if let Some(kwargs) = kwargs {
            let pairs = self.mapping_items(kwargs)?;
            let mut names = Vec::with_capacity(pairs.len());
            for (k, v) in pairs {
                if !matches!(k.payload(), Some(Payload::Str(_))) {
                    self.s.stack.truncate(fidx + 1);
                    return Err(self.type_error("keywords must be strings"));
                }
                names.push(k);
                self.s.stack.push(v);
            }
            if !names.is_empty() {
                kwnames = self.new_tuple(names).as_obj();
            }
        }
        self.call_stack(fidx, fidx, kwnames)
    }

    /// `MAKE_FUNCTION`.
    pub(crate) fn make_function(
        &mut self,
        flags: MakeFunctionFlags,
        globals: Gc<Object>,
    ) -> PyResult<Value> {
        let qualname = self.pop();
        let code = self.pop();
        let closure = if flags.has(MakeFunctionFlags::CLOSURE) {
            self.pop()
        } else {
            Value::None
        };
        let annotations = if flags.has(MakeFunctionFlags::ANNOTATIONS) {
            self.pop()
        } else {
            Value::None
        };
        let kwdefaults = if flags.has(MakeFunctionFlags::KW_DEFAULTS) {
            self.pop()
        } else {
            Value::None
        };
        let defaults = if flags.has(MakeFunctionFlags::DEFAULTS) {
            self.pop()
        } else {
            Value::None
        };
        let Some(code) = code
            .as_obj()
            .filter(|c| matches!(c.payload, Payload::Code(_)))
        else {
            return Err(self.type_error("MAKE_FUNCTION needs a code object"));
        };
        let name = Value::Obj(code_data(&code).name);
        let module = self
            .mapping_get_str(globals, self.s.names.name)?
            .unwrap_or(Value::None);
        let mut dict = Dict::new();
        if let Some(Payload::Tuple(pairs)) = annotations.payload() {
            // The compiler's flattened `(name, annotation, …)` tuple; names are strs and
            // distinct (parameters cannot repeat, and `return` is a keyword).
            let mut ann = Dict::new();
            for pair in pairs.chunks_exact(2) {
                let hash = pair[0].as_obj().map_or(0, |o| self.names_hash(o));
                ann.insert_new(hash, pair[0], pair[1]);
            }
            let ann = self.new_dict(ann);
            let key = self.s.names.annotations;
            dict.insert_new(self.names_hash(key), Value::Obj(key), ann);
        }
        let (fast_argcount, nlocalsplus) = call_shape(&code);
        Ok(self.function_value(Function {
            fast_argcount,
            nlocalsplus,
            code,
            globals,
            name: name.into(),
            qualname: qualname.into(),
            defaults: defaults.into(),
            kwdefaults: kwdefaults.into(),
            closure,
            dict: dict.into(),
            module: module.into(),
        }))
    }

    /// A new function object (`MAKE_FUNCTION`, `types.FunctionType(...)`).
    pub(crate) fn function_value(&mut self, func: Function) -> Value {
        Value::Obj(self.alloc(self.s.types.function, Payload::Function(Box::new(func))))
    }

    /// A new closure cell holding `v` (the null marker for empty).
    pub(crate) fn new_cell(&mut self, v: Value) -> Value {
        Value::Obj(self.alloc(self.s.types.cell, Payload::Cell(v.into())))
    }

    /// The contents of a cell (null if empty or not a cell).
    #[inline]
    pub(crate) fn cell_get(&self, cell: Value) -> Value {
        match cell.payload() {
            Some(Payload::Cell(c)) => c.get(),
            _ => self.null(),
        }
    }

    /// Sets the contents of a cell.
    #[inline]
    pub(crate) fn cell_set(&self, cell: Value, v: Value) {
        if let Some(Payload::Cell(c)) = cell.payload() {
            c.set(v);
        }
    }
}

/// Whether two str objects are the same name.
#[inline]
pub(crate) fn same_str(a: Gc<Object>, b: Gc<Object>) -> bool {
    Gc::ptr_eq(a, b)
        || matches!((a.as_str(), b.as_str()), (Some(x), Some(y)) if x.as_str() == y.as_str())
}

/// The text of a str object ("" for anything else).
pub(crate) fn str_of(o: &Gc<Object>) -> &str {
    match &o.payload {
        Payload::Str(s) => s.as_str(),
        _ => "",
    }
}

/// What a function caches of its code for calls: the positional count when the code takes
/// only plain positional parameters (`u32::MAX` otherwise: the binding goes the general
/// way), and the number of local slots.
pub(crate) fn call_shape(code: &Gc<Object>) -> (u32, u32) {
    let cd = code_data(code);
    (
        if cd.simple { cd.argcount } else { u32::MAX },
        cd.nlocalsplus,
    )
}
