//! The `Vm`: the heap, the rooted interpreter state, and the helpers every part of the VM
//! uses to allocate objects and build exceptions.

use std::collections::HashMap;
use std::io::Write;
use std::rc::Rc;

use krait_bytecode::CodeObject;
use krait_gc::{AllocInfo, Gc, Heap, HeapStats, Trace};
use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::error::{Exception, PyResult};
use crate::interp::frame::Frame;
use compact_str::CompactString;

use crate::object::{Dict, ExcData, Object, Payload, PyStr, TupleItems};
use crate::types::{Names, Types};
use crate::value::Value;

/// How a [`Vm`] is set up.
pub struct VmOptions {
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// Where `print` and `sys.stdout` write (buffered by the VM).
    pub stdout: Box<dyn Write>,
    /// Where tracebacks and `sys.stderr` go.
    pub stderr: Box<dyn Write>,
    /// Collect garbage at every safe point (tests use this to find rooting mistakes).
    pub gc_stress: bool,
    /// At exit, write the collector's statistics to stderr (`krait -X gcstats`).
    pub gc_stats: bool,
    /// The str and bytes hash seed, as `PYTHONHASHSEED` gives it: `Some(0)` for no
    /// randomisation, `None` for a random one (see `object::str_hash`).
    pub hash_seed: Option<u32>,
    /// Write program output through at once instead of buffering it (`-u`, and a terminal,
    /// where the writer given is line-buffered itself).
    pub unbuffered: bool,
    /// `PYTHONPATH`'s entries, which `sys.path` lists after the script's folder.
    pub python_path: Vec<String>,
    /// `-P` / `-I` (or `PYTHONSAFEPATH`): `sys.path` does not start with the script's folder
    /// (or `''`).
    pub safe_path: bool,
    /// An installed CPython's `Lib` folder (`KRAIT_CPYTHON_LIB`), searched last.
    pub cpython_lib: Option<String>,
    /// Set (by the embedder's SIGINT handler) to interrupt the running program: the VM
    /// raises `KeyboardInterrupt` at its next safe point and clears the flag.
    pub interrupt: Option<std::sync::Arc<std::sync::atomic::AtomicBool>>,
    /// Write `__pycache__` files for imported source modules (the initial value of
    /// `not sys.dont_write_bytecode`; the CLI sets it unless `-B`). Cache files are read
    /// either way.
    pub write_bytecode: bool,
    /// `-S`: do not add the names CPython's `site` module provides (`exit`, `quit`,
    /// `help`, `copyright`, `credits`, `license`) to builtins at startup.
    pub no_site: bool,
    /// What `sys.flags` reports of the command line.
    pub sys_flags: SysFlags,
}

/// The command-line settings `sys.flags` reports (the host fills them in from its own
/// command line; the default is a plain `python3` run).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SysFlags {
    /// `-d`.
    pub debug: bool,
    /// `-i` or `PYTHONINSPECT`.
    pub inspect: bool,
    /// `-i`.
    pub interactive: bool,
    /// `-O` count.
    pub optimize: u8,
    /// `-B` or `PYTHONDONTWRITEBYTECODE`.
    pub dont_write_bytecode: bool,
    /// `-s` (or `-I`).
    pub no_user_site: bool,
    /// `-S`.
    pub no_site: bool,
    /// `-E` (or `-I`).
    pub ignore_environment: bool,
    /// `-v` count.
    pub verbose: u8,
    /// `-b` count.
    pub bytes_warning: u8,
    /// `-q`.
    pub quiet: bool,
    /// Off only when `PYTHONHASHSEED` is 0.
    pub hash_randomization: bool,
    /// `-I`.
    pub isolated: bool,
    /// `-X dev`.
    pub dev_mode: bool,
    /// `-X utf8`.
    pub utf8_mode: bool,
    /// `-P` (or `-I`).
    pub safe_path: bool,
}

impl Default for SysFlags {
    fn default() -> Self {
        SysFlags {
            debug: false,
            inspect: false,
            interactive: false,
            optimize: 0,
            dont_write_bytecode: false,
            no_user_site: false,
            no_site: false,
            ignore_environment: false,
            verbose: 0,
            bytes_warning: 0,
            quiet: false,
            hash_randomization: true,
            isolated: false,
            dev_mode: false,
            utf8_mode: false,
            safe_path: false,
        }
    }
}

impl Default for VmOptions {
    fn default() -> Self {
        VmOptions {
            argv: Vec::new(),
            stdout: Box::new(std::io::stdout()),
            stderr: Box::new(std::io::stderr()),
            gc_stress: false,
            gc_stats: false,
            hash_seed: None,
            unbuffered: false,
            python_path: Vec::new(),
            safe_path: false,
            cpython_lib: None,
            interrupt: None,
            write_bytecode: false,
            no_site: false,
            sys_flags: SysFlags::default(),
        }
    }
}

/// Everything the collector must treat as a root: frames, the value stack, the builtin
/// classes, interned strings, modules and the exception being handled.
#[derive(Trace)]
pub(crate) struct State {
    pub frames: Vec<Frame>,
    /// Frame objects of frames still on the frame stack (see `interp::frame_object`).
    pub frame_objs: Vec<Gc<Object>>,
    /// `sys.settrace`'s function, or `None`.
    pub trace_func: Value,
    /// `sys.setprofile`'s function, or `None`.
    pub profile_func: Value,
    /// `sys.set_asyncgen_hooks`' `firstiter` and `finalizer` (each `None` when unset).
    pub asyncgen_hooks: [Value; 2],
    pub stack: Vec<Value>,
    pub types: Types,
    pub names: Names,
    pub interned: HashMap<Box<str>, Gc<Object>>,
    pub builtins: Gc<Object>,
    /// The VM's own table of loaded modules (add through [`Vm::add_module`]).
    pub modules: HashMap<String, Gc<Object>>,
    /// Modules added to `modules` since the last collection: what a region-exit
    /// collection must see of that table (the others are old).
    pub recent_modules: Vec<Gc<Object>>,
    /// The exception being handled (`sys.exc_info()[1]`), or `None`.
    pub handled: Value,
    pub null: Gc<Object>,
    pub not_implemented: Gc<Object>,
    pub ellipsis: Gc<Object>,
    pub empty_tuple: Gc<Object>,
    pub empty_str: Gc<Object>,
    /// One-character strs for ASCII, so iterating and indexing strs rarely allocates.
    pub chars: Vec<Gc<Object>>,
    /// `(__op__, __rop__, __iop__)` per `BinaryOpKind::base` value.
    pub op_names: Vec<(Gc<Object>, Gc<Object>, Gc<Object>)>,
    /// The state of the folds over iterables under way (`Vm::fold_iter`).
    pub temp_roots: Vec<Value>,
    /// Strs interned since the last collection (also in `interned`): what a region-exit
    /// collection must see of the interned table.
    pub recent_interned: Vec<Gc<Object>>,
    /// `weakref.ReferenceType`, once `_weakref` is imported.
    pub weakref_type: Option<Gc<Object>>,
    /// Weak references whose targets were freed, waiting for their callbacks to run.
    pub weak_callbacks: Vec<Value>,
    /// Objects kept alive for their `__del__`, waiting for it to run.
    pub finalize_queue: Vec<Value>,
    /// `object.__new__` and `object.__init__`, to recognise the defaults quickly.
    pub object_new: Value,
    pub object_init: Value,
    pub object_hash: Value,
    pub object_eq: Value,
    pub object_setattr: Value,
    /// `sys.modules`: the import system's cache of modules by full name.
    pub sys_modules: Gc<Object>,
    /// The import system's native classes (`ModuleSpec`, the loaders), made on first use.
    pub import_classes: HashMap<String, Gc<Object>>,
    /// `sys.addaudithook`'s hooks, in the order they were added.
    pub audit_hooks: Vec<Value>,
    /// The current `contextvars.Context`, once one is asked for (one per thread).
    pub context: Option<Gc<Object>>,
    /// Every thread once a second one was started, with the stored state of those not
    /// running (see `interp::threads`); empty while the program has one thread.
    pub threads: Vec<crate::interp::threads::ThreadState>,
}

/// The Krait virtual machine.
pub struct Vm {
    pub(crate) heap: Heap,
    pub(crate) s: State,
    pub(crate) out: crate::out_stream::OutStream,
    pub(crate) err: Box<dyn Write>,
    pub(crate) argv: Vec<String>,
    pub(crate) recursion_limit: usize,
    /// `sys.get_int_max_str_digits()`: the longest decimal int conversion allowed (0: none).
    pub(crate) int_max_str_digits: usize,
    /// Rust frames that may hold handles outside the roots (every builtin while it runs,
    /// and `call_value`'s callers).
    pub(crate) native_depth: u32,
    /// The `native_depth` at which safe points may collect: 0, or the depth at which the
    /// innermost heap region was opened (see `run_frames_in_region`). A safe point reached
    /// with more native frames than this (a callback that has not opened its region yet)
    /// does not collect.
    pub(crate) collect_depth: u32,
    /// What `gc.get_threshold()` reports.
    pub(crate) gc_thresholds: [i64; 3],
    /// Whether `run_main` reports the collector's statistics at exit.
    gc_stats: bool,
    /// Whether collections verify the heap first (debug builds; see `verify_heap`).
    verify_collections: bool,
    collections_seen: u64,
    /// `HeapStats::freed_address_keyed` when last looked at.
    freed_classes_seen: u64,
    /// Set while weak-reference callbacks run (see `run_weak_callbacks`).
    pub(crate) running_weak_callbacks: bool,
    /// `sys.set_coroutine_origin_tracking_depth`: how many frames `cr_origin` records.
    pub(crate) coro_origin_depth: u32,
    /// Set once the session is ending (after the `atexit` callbacks): `sys.is_finalizing()`.
    pub(crate) finalizing: bool,
    /// What `sys.flags` reports.
    pub(crate) sys_flags: SysFlags,
    /// Dispatch loops running inside native calls (counted toward the recursion limit).
    pub(crate) nested: u32,
    /// Set while native code pushes a Python frame (for the RecursionError message).
    pub(crate) calling_from_native: bool,
    /// Set by `call_dunder` for the frame push it is about to make.
    pub(crate) plain_recursion_message: bool,
    /// Set when the last nested generator resumption ended in a yield (not a return).
    pub(crate) gen_yielded: bool,
    /// The main module's file name and source, for traceback lines.
    pub(crate) main_file: String,
    pub(crate) main_source: String,
    /// Sources of imported modules by file name, for traceback lines.
    pub(crate) sources: HashMap<String, String>,
    /// Objects whose repr is being computed (to print `[...]` for cycles).
    pub(crate) repr_guard: Vec<usize>,
    /// Bumped on any change to a class namespace; invalidates method caches.
    pub(crate) class_version: u64,
    pub(crate) attr_cache: crate::interp::attr::AttrCache,
    /// File objects that may hold unwritten data, flushed at exit.
    pub(crate) open_files: crate::builtins::file::OpenFiles,
    /// How `sys.path` starts and what it holds (see `interp::import_path`).
    pub(crate) path_config: crate::interp::import_path::PathConfig,
    /// The interrupt request flag (see [`VmOptions::interrupt`]).
    pub interrupt: std::sync::Arc<std::sync::atomic::AtomicBool>,
    /// Signals caught from the OS and `faulthandler`'s watchdog (see
    /// `builtins::signal_delivery`).
    pub(crate) signals: crate::builtins::signal_delivery::SignalDelivery,
    /// Whether the embedder gave [`VmOptions::interrupt`] (it catches SIGINT itself).
    pub(crate) embedder_catches_sigint: bool,
    /// The `-W` options, `sys.warnoptions` (see [`Vm::set_warn_options`]).
    pub(crate) warn_options: Vec<String>,
    /// Whether a trace or profile hook or the instruction trace is on: the dispatch loop
    /// runs its traced copy (see `interp::trace`).
    pub(crate) tracing: bool,
    /// Set by a dispatch loop that stops to let the other copy (traced or not) go on; holds
    /// the exception it was about to raise.
    pub(crate) trace_switch:
        Option<Option<(crate::error::Exception, crate::interp::unwind::RaiseMode)>>,
    /// Frames that have had their `call` event.
    pub(crate) trace_seen: usize,
    /// A trace function is running (it is not traced itself).
    pub(crate) trace_busy: bool,
    /// `krait trace`'s state.
    pub(crate) instr_trace: Option<Box<crate::interp::trace::InstrTrace>>,
    /// See [`VmOptions::write_bytecode`].
    pub(crate) write_bytecode: bool,
    /// The native and bundled modules the host registered (see `module_registry`).
    pub(crate) registry: crate::module_registry::ModuleRegistry,
    /// The green-thread scheduler's bookkeeping (see `interp::threads`).
    pub(crate) sched: crate::interp::threads::Sched,
}

impl Vm {
    /// The builtin classes (`int`, `str`, the exceptions, ...), for native modules.
    pub fn types(&self) -> &crate::types::Types {
        &self.s.types
    }

    /// The VM's pre-interned names (`__init__`, `__iter__`, ...), for native modules.
    pub fn names(&self) -> &crate::types::Names {
        &self.s.names
    }

    /// A VM with the builtins installed, ready to run a module.
    pub fn new(options: VmOptions) -> Vm {
        crate::object::str_hash::set_seed(options.hash_seed);
        let mut heap = Heap::new();
        heap.set_stress(options.gc_stress);
        let types = Types::bootstrap(&mut heap);
        let mut interned: HashMap<Box<str>, Gc<Object>> = HashMap::new();
        let str_class = types.str;
        let mut intern = |heap: &mut Heap, text: &str| -> Gc<Object> {
            if let Some(&s) = interned.get(text) {
                return s;
            }
            let s = heap.alloc(Object::new(
                str_class,
                Payload::Str(PyStr::new_interned(text)),
            ));
            interned.insert(text.into(), s);
            s
        };
        let names = Names::new(|t| intern(&mut heap, t));
        let mut op_names = Vec::new();
        for op in [
            "add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow", "rshift",
            "sub", "truediv", "xor",
        ] {
            let a = intern(&mut heap, &format!("__{op}__"));
            let b = intern(&mut heap, &format!("__r{op}__"));
            let c = intern(&mut heap, &format!("__i{op}__"));
            op_names.push((a, b, c));
        }
        let chars = (0u8..128)
            .map(|b| intern(&mut heap, &(b as char).to_string()))
            .collect();
        let empty_str = intern(&mut heap, "");
        let null = heap.alloc(Object::new(types.null_type, Payload::Null));
        let not_implemented = heap.alloc(Object::new(
            types.not_implemented_type,
            Payload::NotImplemented,
        ));
        let ellipsis = heap.alloc(Object::new(types.ellipsis_type, Payload::Ellipsis));
        let empty_tuple = heap.alloc(Object::new(
            types.tuple,
            Payload::Tuple(TupleItems::from(Vec::new())),
        ));
        let builtins = heap.alloc(Object::new(types.dict, Payload::Dict(Default::default())));
        let sys_modules = heap.alloc(Object::new(types.dict, Payload::Dict(Default::default())));
        let no_site = options.no_site;
        let sys_flags = options.sys_flags;
        let mut vm = Vm {
            heap,
            s: State {
                frames: Vec::new(),
                frame_objs: Vec::new(),
                trace_func: Value::None,
                profile_func: Value::None,
                asyncgen_hooks: [Value::None; 2],
                stack: Vec::with_capacity(1024),
                types,
                names,
                interned,
                builtins,
                modules: HashMap::new(),
                recent_modules: Vec::new(),
                handled: Value::None,
                null,
                not_implemented,
                ellipsis,
                empty_tuple,
                empty_str,
                chars,
                op_names,
                temp_roots: Vec::new(),
                recent_interned: Vec::new(),
                weakref_type: None,
                weak_callbacks: Vec::new(),
                finalize_queue: Vec::new(),
                object_new: Value::None,
                object_init: Value::None,
                object_hash: Value::None,
                object_eq: Value::None,
                object_setattr: Value::None,
                sys_modules,
                import_classes: HashMap::new(),
                audit_hooks: Vec::new(),
                context: None,
                threads: Vec::new(),
            },
            out: crate::out_stream::OutStream::new(
                options.stdout,
                if options.unbuffered { 0 } else { 1 << 13 },
            ),
            err: options.stderr,
            argv: options.argv,
            recursion_limit: 1000,
            int_max_str_digits: 4300,
            native_depth: 0,
            collect_depth: 0,
            gc_thresholds: crate::builtins::gc_module::DEFAULT_THRESHOLDS,
            gc_stats: options.gc_stats,
            verify_collections: options.gc_stress || std::env::var_os("KRAIT_GC_VERIFY").is_some(),
            collections_seen: 0,
            freed_classes_seen: 0,
            running_weak_callbacks: false,
            coro_origin_depth: 0,
            sys_flags,
            finalizing: false,
            nested: 0,
            gen_yielded: false,
            calling_from_native: false,
            plain_recursion_message: false,
            main_file: String::new(),
            main_source: String::new(),
            sources: HashMap::new(),
            repr_guard: Vec::new(),
            class_version: 0,
            attr_cache: Default::default(),
            open_files: Default::default(),
            path_config: crate::interp::import_path::PathConfig {
                python_path: options.python_path,
                safe_path: options.safe_path,
                cpython_lib: options.cpython_lib,
                path0_set: false,
            },
            embedder_catches_sigint: options.interrupt.is_some(),
            interrupt: options.interrupt.unwrap_or_default(),
            signals: Default::default(),
            warn_options: Vec::new(),
            tracing: false,
            trace_switch: None,
            trace_seen: 0,
            trace_busy: false,
            instr_trace: None,
            write_bytecode: options.write_bytecode,
            registry: Default::default(),
            sched: Default::default(),
        };
        crate::builtins::install(&mut vm);
        vm.install_import_system();
        if !no_site {
            vm.install_site_builtins();
        }
        vm
    }

    /// Runs `code` as module `__main__`; an uncaught exception's traceback goes to the stderr
    /// writer; returns the exit status: 0, 1 after an uncaught exception, or what `sys.exit`
    /// asked for.
    pub fn run_main(&mut self, code: Rc<CodeObject>, source: &str) -> i32 {
        let status = self.run_script(code, source);
        // What finalizers write is output too, after the program's own.
        if self.shutdown() {
            status
        } else {
            // CPython's status when the last flush of stdout fails.
            120
        }
    }

    /// Runs `code` as module `__main__` as [`Vm::run_main`] does, but leaves the session
    /// open (for `krait -i`, whose prompt then works in that `__main__`): call
    /// [`Vm::shutdown`] at the end.
    pub fn run_script(&mut self, code: Rc<CodeObject>, source: &str) -> i32 {
        self.main_file = code.filename.clone();
        let path0 = crate::interp::import_path::script_path0(&code.filename);
        self.set_path0(path0);
        self.main_source = source.to_owned();
        let status = match self.run_module_code(code) {
            Ok(_) => 0,
            Err(exc) => self.report_uncaught(exc),
        };
        self.finish_instruction_trace();
        self.flush_stdout();
        status
    }

    /// Ends a session: runs the finalizers of objects still alive, flushes stdout and, with
    /// `-X gcstats`, writes the collector's statistics. [`Vm::run_main`] does this itself;
    /// an embedder driving [`Vm::run_interactive`] calls it at the end. Returns false if
    /// stdout could not be flushed (its reader has gone away): that is reported on stderr
    /// as CPython reports it, and CPython then exits with status 120.
    pub fn shutdown(&mut self) -> bool {
        self.join_threads_at_exit();
        crate::builtins::atexit_hook::run_exit_callbacks(self);
        self.finalizing = true;
        self.finalize_at_exit();
        self.open_files.flush_all();
        let flushed = match self.out.flush() {
            Ok(()) => true,
            Err(error) => {
                let class = match error.kind() {
                    std::io::ErrorKind::BrokenPipe => "BrokenPipeError",
                    _ => "OSError",
                };
                let text = error.to_string();
                let text = match error.raw_os_error() {
                    Some(errno) => {
                        let suffix = format!(" (os error {errno})");
                        let strerror = text.strip_suffix(&suffix).unwrap_or(&text);
                        format!("[Errno {errno}] {strerror}")
                    }
                    None => text,
                };
                self.write_stderr(&format!(
                    "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' \
                     encoding='utf-8'>\n{class}: {text}\n"
                ));
                false
            }
        };
        if self.gc_stats {
            let report = self.gc_report().to_string();
            self.write_stderr(&report);
        }
        flushed
    }

    /// The `-W` options (`PYTHONWARNINGS`'s first), as `sys.warnoptions` lists them; the
    /// `warnings` module applies them when imported (or at the first warning). Call before
    /// running anything.
    pub fn set_warn_options(&mut self, options: Vec<String>) {
        self.warn_options = options;
        // `sys` may exist already (the builtins make it): give it the new list.
        if let Some(&sys) = self.s.modules.get("sys") {
            if let Payload::Module(module) = &sys.payload {
                let dict = module.dict;
                let items: Vec<Value> = self
                    .warn_options
                    .clone()
                    .into_iter()
                    .map(|option| self.new_str(option))
                    .collect();
                let list = self.new_list(items);
                let key = self.intern("warnoptions");
                let _ = self.store_name(dict, key, list);
            }
        }
    }

    /// Counters of the heap.
    pub fn heap_stats(&self) -> HeapStats {
        self.heap.stats()
    }

    /// The collector's statistics so far: collections per generation, pauses, heap size.
    pub fn gc_report(&self) -> crate::gc_report::GcReport {
        crate::gc_report::GcReport::new(
            self.heap.stats(),
            self.heap.pauses(krait_gc::Generation::Young),
            self.heap.pauses(krait_gc::Generation::Full),
        )
    }

    /// Flushes buffered stdout before anything goes to stderr; if that fails the output
    /// stays waiting, for the program's next write (or the exit) to report.
    pub(crate) fn flush_stdout(&mut self) {
        let _ = self.out.flush_keeping();
    }

    /// A flush the program asked for (`flush=True`, `sys.stdout.flush()`): a failure
    /// raises, `BrokenPipeError` when the reader has gone away. As CPython's, what was
    /// waiting stays waiting (so the exit reports it again).
    pub(crate) fn flush_stdout_raising(&mut self) -> PyResult<()> {
        self.out
            .flush_keeping()
            .map_err(|e| self.io_error(&e, None))
    }

    /// Writes to stderr, flushing stdout first so the two interleave as written.
    /// Text is encoded as stderr's encoding with `backslashreplace`, as CPython's stderr.
    pub(crate) fn write_stderr(&mut self, text: &str) {
        if let Some(encoding) = crate::builtins::std_streams::output_encoding() {
            let encoded = crate::builtins::codecs::encode(self, text, encoding, "backslashreplace");
            if let Ok(bytes) = encoded {
                self.write_stderr_bytes(&bytes);
                return;
            }
        }
        let text = krait_ast::surrogate::escaped(text);
        self.write_stderr_bytes(text.as_bytes());
    }

    /// Writes bytes to stderr (`sys.stderr.buffer`), flushing stdout first.
    pub(crate) fn write_stderr_bytes(&mut self, bytes: &[u8]) {
        self.flush_stdout();
        let _ = self.err.write_all(bytes);
        let _ = self.err.flush();
    }

    // ---- allocation ----

    /// Allocates an object of class `class`.
    #[inline]
    pub fn alloc(&mut self, class: Gc<Object>, payload: Payload) -> Gc<Object> {
        let external = match &payload {
            Payload::Str(s) => s.heap_bytes(),
            Payload::List(l) => l.borrow().capacity() * std::mem::size_of::<Value>(),
            Payload::Tuple(t) if t.is_boxed() => t.len() * std::mem::size_of::<Value>(),
            Payload::BigInt(b) => (b.bits() / 8) as usize,
            Payload::Bytes(b) => b.len(),
            _ => 0,
        };
        let info = AllocInfo {
            tracked: !payload.is_atomic(),
            address_keyed: matches!(payload, Payload::Class(_)),
            external_bytes: external,
        };
        self.heap.alloc_with(Object::new(class, payload), info)
    }

    /// Adds `module` to the VM's module table under `name`.
    pub(crate) fn add_module(&mut self, name: impl Into<String>, module: Gc<Object>) {
        self.s.modules.insert(name.into(), module);
        self.s.recent_modules.push(module);
    }

    /// The interned str for `text`.
    pub fn intern(&mut self, text: &str) -> Gc<Object> {
        if let Some(&s) = self.s.interned.get(text) {
            return s;
        }
        let s = self.alloc(self.s.types.str, Payload::Str(PyStr::new_interned(text)));
        self.s.interned.insert(text.into(), s);
        self.s.recent_interned.push(s);
        s
    }

    /// A new str value.
    pub fn new_str(&mut self, text: impl Into<CompactString>) -> Value {
        let text: CompactString = text.into();
        if text.len() <= 1 {
            if text.is_empty() {
                return Value::Obj(self.s.empty_str);
            }
            let b = text.as_bytes()[0];
            if b < 128 {
                return Value::Obj(self.s.chars[b as usize]);
            }
        }
        Value::Obj(self.alloc(self.s.types.str, Payload::Str(PyStr::new(text))))
    }

    /// A one-character str.
    pub fn new_char(&mut self, c: char) -> Value {
        if (c as u32) < 128 {
            return Value::Obj(self.s.chars[c as usize]);
        }
        let mut buf = [0u8; 4];
        self.new_str(&*c.encode_utf8(&mut buf))
    }

    /// A new list.
    pub fn new_list(&mut self, items: Vec<Value>) -> Value {
        Value::Obj(self.alloc(self.s.types.list, Payload::List(items.into())))
    }

    /// A new tuple of `items` (copied: a short tuple needs no buffer of its own).
    pub fn new_tuple_from(&mut self, items: &[Value]) -> Value {
        if items.is_empty() {
            return Value::Obj(self.s.empty_tuple);
        }
        Value::Obj(self.alloc(self.s.types.tuple, Payload::Tuple(items.into())))
    }

    /// A new tuple.
    pub fn new_tuple(&mut self, items: Vec<Value>) -> Value {
        if items.is_empty() {
            return Value::Obj(self.s.empty_tuple);
        }
        Value::Obj(self.alloc(self.s.types.tuple, Payload::Tuple(items.into())))
    }

    /// A new dict with the given contents.
    pub fn new_dict(&mut self, dict: Dict) -> Value {
        Value::Obj(self.alloc(self.s.types.dict, Payload::Dict(dict.into())))
    }

    /// An int from a big int, demoted to `Int` when it fits.
    pub fn new_int(&mut self, b: BigInt) -> Value {
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::Obj(self.alloc(self.s.types.int, Payload::BigInt(b))),
        }
    }

    /// `MemoryError` for a requested buffer of `bytes` that could never be allocated (Rust
    /// would abort on it rather than fail).
    pub(crate) fn check_alloc(&mut self, bytes: u128) -> PyResult<()> {
        if bytes > 1 << 36 {
            return Err(self.new_exception(self.s.types.memory_error, vec![]));
        }
        Ok(())
    }

    /// CPython's guard against quadratic decimal conversions of huge ints: `digits` is the
    /// length of a decimal rendering (or parse, when `parsing`).
    pub(crate) fn check_int_digits(&mut self, digits: usize, parsing: bool) -> PyResult<()> {
        let limit = self.int_max_str_digits;
        if limit == 0 || digits <= limit {
            return Ok(());
        }
        let msg = if parsing {
            format!(
                "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
            )
        } else {
            format!(
                "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
            )
        };
        Err(self.value_error(msg))
    }

    /// `NotImplemented`.
    #[inline]
    pub fn not_implemented(&self) -> Value {
        Value::Obj(self.s.not_implemented)
    }

    /// The internal "no value" marker.
    #[inline]
    pub(crate) fn null(&self) -> Value {
        Value::Obj(self.s.null)
    }

    /// Whether `v` is the internal "no value" marker.
    #[inline]
    pub(crate) fn is_null(&self, v: Value) -> bool {
        matches!(v, Value::Obj(o) if Gc::ptr_eq(o, self.s.null))
    }

    // ---- exceptions ----

    /// A new exception instance of `class` with `args`.
    pub fn new_exception(&mut self, class: Gc<Object>, args: Vec<Value>) -> Exception {
        let args = self.new_tuple(args);
        Exception(self.alloc(class, Payload::Exception(Box::new(ExcData::new(args)))))
    }

    /// A new exception of `class` with the given arguments, taken from a slice: the errors
    /// the VM raises itself have one argument, and a `Vec` for it cost a `malloc` and a
    /// `free` per raise.
    pub fn new_exception_from(&mut self, class: Gc<Object>, args: &[Value]) -> Exception {
        let args = self.new_tuple_from(args);
        Exception(self.alloc(class, Payload::Exception(Box::new(ExcData::new(args)))))
    }

    /// A new exception of `class` with one str argument.
    pub fn new_error(&mut self, class: Gc<Object>, msg: impl Into<CompactString>) -> Exception {
        let msg = self.new_str(msg);
        self.new_exception_from(class, &[msg])
    }

    /// `TypeError(msg)`.
    pub fn type_error(&mut self, msg: impl Into<CompactString>) -> Exception {
        self.new_error(self.s.types.type_error, msg)
    }

    /// `ValueError(msg)`.
    pub fn value_error(&mut self, msg: impl Into<CompactString>) -> Exception {
        self.new_error(self.s.types.value_error, msg)
    }

    /// `IndexError(msg)`.
    pub fn index_error(&mut self, msg: impl Into<CompactString>) -> Exception {
        self.new_error(self.s.types.index_error, msg)
    }

    /// `KeyError(key)`.
    pub fn key_error(&mut self, key: Value) -> Exception {
        self.new_exception_from(self.s.types.key_error, &[key])
    }

    /// `AttributeError(msg)`.
    pub fn attribute_error(&mut self, msg: impl Into<CompactString>) -> Exception {
        self.new_error(self.s.types.attribute_error, msg)
    }

    /// `ZeroDivisionError(msg)`.
    pub fn zero_division(&mut self, msg: &str) -> Exception {
        self.new_error(self.s.types.zero_division_error, msg)
    }

    /// `OverflowError(msg)`.
    pub fn overflow_error(&mut self, msg: impl Into<CompactString>) -> Exception {
        self.new_error(self.s.types.overflow_error, msg)
    }

    /// `RuntimeError(msg)`.
    pub fn runtime_error(&mut self, msg: impl Into<CompactString>) -> Exception {
        self.new_error(self.s.types.runtime_error, msg)
    }

    /// `StopIteration(value)` (no args for `None`).
    pub fn stop_iteration(&mut self, value: Value) -> Exception {
        let args = if value.is_none() { vec![] } else { vec![value] };
        self.new_exception(self.s.types.stop_iteration, args)
    }

    /// Whether `exc` is an instance of the exception class `class`.
    pub fn exc_matches(&self, exc: Exception, class: Gc<Object>) -> bool {
        crate::object::class::is_subclass(exc.obj().class(), class)
    }

    /// Collects garbage if due and allowed (a safe point).
    #[inline]
    pub(crate) fn maybe_collect(&mut self) {
        if self.native_depth == self.collect_depth && self.heap.should_collect() {
            self.collect_now();
        }
    }

    #[cold]
    pub(crate) fn collect_now(&mut self) {
        self.collect_with(&());
    }

    /// In debug builds under stress (or with `KRAIT_GC_VERIFY` set), checks the heap's
    /// invariants at every 32nd collection: a dangling handle or a write that skipped the
    /// barrier panics here, at the safe point, instead of corrupting memory later.
    fn verify_heap(&mut self, extra: &dyn Trace) {
        if !cfg!(debug_assertions) || !self.verify_collections {
            return;
        }
        self.collections_seen += 1;
        if self.collections_seen % 32 != 1 {
            return;
        }
        if let Err(problem) = self.heap.verify(&(&self.s, extra)) {
            panic!("heap verification failed at a safe point: {problem}");
        }
    }

    /// A collection asked for by a builtin that holds no handles of its own (`gc.collect()`):
    /// a full one (`full`) or a young one, of the innermost region when native code is
    /// suspended below the calling Python frame. Returns the number of unreachable
    /// container objects found.
    pub(crate) fn collect_from_builtin(&mut self, full: bool) -> usize {
        // The builtin itself is one native frame; anything more means native code below the
        // calling Python frame that did not open a region: collecting is not safe there.
        if self.native_depth != self.collect_depth + 1 {
            return 0;
        }
        let mut found = 0;
        // Objects kept for their finalizers are freed by the next collection, once the
        // finalizers ran: an explicit collection runs that one too (at most a few rounds:
        // a finalizer may make new garbage with finalizers).
        for _ in 0..4 {
            self.verify_heap(&());
            if full {
                self.heap.collect_full(&self.s);
            } else {
                self.heap.collect_young(&self.s);
            }
            found += self.heap.stats().unreachable;
            let finalized = self.after_collection();
            if !finalized {
                break;
            }
        }
        found
    }

    /// Collects with `extra` as roots besides the VM's own (a value native code is about to
    /// receive).
    #[cold]
    pub(crate) fn collect_with(&mut self, extra: &dyn Trace) {
        self.verify_heap(extra);
        self.heap.collect(&(&self.s, extra));
        self.after_collection();
    }

    /// The young collection that ends a heap region (see `run_frames_in_region`): the
    /// region's frames have returned, so of the VM's roots only those that can change while
    /// Python code runs above suspended frames can reach the region's objects, besides the
    /// `result` handed to the native code below. The value stack and frames below the region
    /// were not written while it ran (their frames were suspended), so they are not traced:
    /// this collection costs what the region allocated, not the depth of the stack.
    #[cold]
    pub(crate) fn collect_at_region_exit(&mut self, result: Value) {
        let roots = RegionExitRoots {
            result,
            handled: self.s.handled,
            temp_roots: &self.s.temp_roots,
            recent_modules: &self.s.recent_modules,
            sys_modules: self.s.sys_modules,
            recent_interned: &self.s.recent_interned,
            weak_callbacks: &self.s.weak_callbacks,
            finalize_queue: &self.s.finalize_queue,
            context: self.s.context,
            frame_objs: &self.s.frame_objs,
            hooks: [
                self.s.trace_func,
                self.s.profile_func,
                self.s.asyncgen_hooks[0],
                self.s.asyncgen_hooks[1],
            ],
            audit_hooks: &self.s.audit_hooks,
            weakref_type: self.s.weakref_type,
            import_classes: &self.s.import_classes,
            threads: &self.s.threads,
        };
        if cfg!(debug_assertions) && self.verify_collections {
            self.collections_seen += 1;
            if self.collections_seen % 32 == 1 {
                let all = (&self.s, result);
                if let Err(problem) = self.heap.verify_with(&all, &roots) {
                    panic!("heap verification failed at a region exit: {problem}");
                }
            }
        }
        self.heap.collect_young(&roots);
        self.after_collection();
    }

    /// Drops caches that a freed class invalidates, then runs weak-reference callbacks and
    /// finalizers; returns whether any finalizer was queued.
    fn after_collection(&mut self) -> bool {
        self.s.recent_interned.clear();
        self.s.recent_modules.clear();
        // Cached lookups are keyed by class addresses, which a freed class leaves for reuse.
        let freed = self.heap.stats().freed_address_keyed;
        if freed != self.freed_classes_seen {
            self.freed_classes_seen = freed;
            self.class_version += 1;
        }
        self.run_weak_callbacks()
    }
}

/// What a region-exit collection traces (see [`Vm::collect_at_region_exit`]).
#[derive(Trace)]
struct RegionExitRoots<'a> {
    result: Value,
    handled: Value,
    temp_roots: &'a Vec<Value>,
    recent_modules: &'a Vec<Gc<Object>>,
    sys_modules: Gc<Object>,
    recent_interned: &'a Vec<Gc<Object>>,
    weak_callbacks: &'a Vec<Value>,
    finalize_queue: &'a Vec<Value>,
    context: Option<Gc<Object>>,
    // Also written while code runs above suspended frames: a frame object made inside the
    // region for a frame below it (`sys._getframe().f_back`, `traceback.extract_stack()`
    // in a natively resumed generator), hooks installed there, classes made on first use.
    frame_objs: &'a Vec<Gc<Object>>,
    hooks: [Value; 4],
    audit_hooks: &'a Vec<Value>,
    weakref_type: Option<Gc<Object>>,
    import_classes: &'a HashMap<String, Gc<Object>>,
    // Threads run by a scheduler nested inside the region wrote their own stacks.
    threads: &'a Vec<crate::interp::threads::ThreadState>,
}
