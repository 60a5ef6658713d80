//! The `sys` module (`argv`, `exit`, recursion limit, `maxsize`, `stdout` / `stderr`
//! objects) and the small `time` module.

use std::time::{Instant, SystemTime, UNIX_EPOCH};

use krait_gc::Gc;

use crate::builtins::{arity, int_arg, new_builtin, new_module, str_arg};
use crate::error::PyResult;
use crate::object::function::KwArgs;
use crate::object::{BuiltinKind, Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

/// Creates `sys`.
pub(crate) fn create(vm: &mut Vm) -> Gc<Object> {
    let argv: Vec<Value> = vm.argv.clone().into_iter().map(|a| vm.new_str(a)).collect();
    let argv = vm.new_list(argv);
    let exit = new_builtin(vm, "exit", sys_exit, BuiltinKind::Function, false);
    let setrl = new_builtin(
        vm,
        "setrecursionlimit",
        set_recursion_limit,
        BuiltinKind::Function,
        false,
    );
    let getrl = new_builtin(
        vm,
        "getrecursionlimit",
        get_recursion_limit,
        BuiltinKind::Function,
        false,
    );
    let intern = new_builtin(vm, "intern", sys_intern, BuiltinKind::Function, false);
    let exc_info = new_builtin(vm, "exc_info", sys_exc_info, BuiltinKind::Function, false);
    let exception = new_builtin(vm, "exception", sys_exception, BuiltinKind::Function, false);
    let set_digits = new_builtin(
        vm,
        "set_int_max_str_digits",
        set_int_max_str_digits,
        BuiltinKind::Function,
        true,
    );
    let get_digits = new_builtin(
        vm,
        "get_int_max_str_digits",
        get_int_max_str_digits,
        BuiltinKind::Function,
        false,
    );
    let displayhook = new_builtin(
        vm,
        "displayhook",
        crate::builtins::compile::display_hook,
        BuiltinKind::Function,
        false,
    );
    let [stdin, stdout, stderr] = crate::builtins::std_streams::make_streams(vm);
    let version = vm.new_str(format!("{} (krait)", crate::PYTHON_VERSION));
    let platform = vm.new_str("linux");
    let byteorder = vm.new_str("little");
    // The running program's absolute path, as CPython's (an embedding host's own binary;
    // empty when the system cannot say), so `subprocess.run([sys.executable, ...])` finds it.
    let executable = std::env::current_exe()
        .ok()
        .and_then(|p| p.to_str().map(str::to_owned))
        .unwrap_or_default();
    let executable = vm.new_str(executable);
    // Floats print by the shortest repr that round-trips, which CPython calls 'short'.
    let float_repr_style = vm.new_str("short");
    let path = vm.initial_sys_path();
    let modules = Value::Obj(vm.s.sys_modules);
    let version_info = vm.new_tuple(vec![Value::Int(3), Value::Int(11), Value::Int(7)]);
    let dont_write_bytecode = Value::Bool(!vm.write_bytecode);
    let warnoptions: Vec<Value> = vm
        .warn_options
        .clone()
        .into_iter()
        .map(|option| vm.new_str(option))
        .collect();
    let warnoptions = vm.new_list(warnoptions);
    let frame_functions = crate::builtins::frames::sys_functions(vm);
    let module = new_module(
        vm,
        "sys",
        vec![
            ("argv", argv),
            ("exit", exit),
            ("setrecursionlimit", setrl),
            ("getrecursionlimit", getrl),
            ("intern", intern),
            ("exc_info", exc_info),
            ("exception", exception),
            ("set_int_max_str_digits", set_digits),
            ("get_int_max_str_digits", get_digits),
            ("maxsize", Value::Int(i64::MAX)),
            ("maxunicode", Value::Int(0x10_FFFF)),
            ("float_repr_style", float_repr_style),
            ("stdout", stdout),
            ("stderr", stderr),
            ("__stdout__", stdout),
            ("__stderr__", stderr),
            ("stdin", stdin),
            ("__stdin__", stdin),
            ("version", version),
            ("version_info", version_info),
            ("platform", platform),
            ("byteorder", byteorder),
            ("executable", executable),
            ("path", path),
            ("modules", modules),
            ("displayhook", displayhook),
            ("__displayhook__", displayhook),
            ("warnoptions", warnoptions),
            ("dont_write_bytecode", dont_write_bytecode),
        ],
    );
    if let Payload::Module(m) = &module.payload {
        for (name, f) in frame_functions {
            let key = vm.intern(name);
            let _ = vm.store_name(m.dict, key, f);
        }
    }
    let import_attrs = crate::interp::import_meta::sys_attrs(vm);
    crate::builtins::add_to_module(vm, module, import_attrs);
    crate::builtins::sys_extra::add(vm, module);
    crate::builtins::sys_hooks::add(vm, module);
    crate::builtins::sizeof::add(vm, module);
    crate::builtins::sys_coro_origin::add(vm, module);
    crate::builtins::sys_asyncgen::add(vm, module);
    crate::builtins::thread_module::add_sys(vm, module);
    module
}

fn sys_exit(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "exit", args, 0, 1)?;
    // A tuple argument is the exception's arguments, as `raise SystemExit(*arg)` would be:
    // `sys.exit((42,))` exits with status 42.
    let exc_args = match args.first().map(|a| a.payload()) {
        Some(Some(Payload::Tuple(t))) if Gc::ptr_eq(vm.type_of(args[0]), vm.s.types.tuple) => {
            t.to_vec()
        }
        // `sys.exit(None)` raises `SystemExit()`, with no arguments.
        Some(None) if args[0].is_none() => Vec::new(),
        _ => args.to_vec(),
    };
    Err(vm.new_exception(vm.s.types.system_exit, exc_args))
}

fn set_recursion_limit(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "setrecursionlimit", args, 1, 1)?;
    let n = int_arg(vm, args[0])?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    let depth = vm.s.frames.len() + vm.nested as usize;
    if (n as usize) <= depth {
        let msg = format!(
            "cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"
        );
        return Err(vm.new_error(vm.s.types.recursion_error, msg));
    }
    vm.recursion_limit = n as usize;
    Ok(Value::None)
}

fn get_recursion_limit(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "getrecursionlimit", args, 0, 0)?;
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn set_int_max_str_digits(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let Some(v) = args
        .first()
        .copied()
        .or(crate::builtins::kwarg(kw, "maxdigits"))
    else {
        return Err(
            vm.type_error("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)")
        );
    };
    let n = int_arg(vm, v)?;
    if n != 0 && n < 640 {
        return Err(vm.value_error("maxdigits must be 0 or larger than 640"));
    }
    vm.int_max_str_digits = n as usize;
    Ok(Value::None)
}

fn get_int_max_str_digits(vm: &mut Vm, _args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Ok(Value::Int(vm.int_max_str_digits as i64))
}

fn sys_intern(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "intern", args, 1, 1)?;
    let s = str_arg(vm, args[0], "intern() argument")?;
    // A str not interned yet becomes the interned one itself (`sys.intern(s) is s`).
    if let Value::Obj(o) = args[0] {
        if Gc::ptr_eq(o.class(), vm.s.types.str) && !vm.s.interned.contains_key(s.as_str()) {
            vm.s.interned.insert(s.as_str().into(), o);
            vm.s.recent_interned.push(o);
            return Ok(args[0]);
        }
    }
    Ok(Value::Obj(vm.intern(&s)))
}

fn sys_exc_info(vm: &mut Vm, _args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let exc = vm.handled_exception();
    if exc.is_none() {
        return Ok(vm.new_tuple(vec![Value::None, Value::None, Value::None]));
    }
    let class = Value::Obj(vm.type_of(exc));
    let tb = match exc.payload() {
        Some(Payload::Exception(e)) => vm.exc_traceback(e),
        _ => Value::None,
    };
    Ok(vm.new_tuple(vec![class, exc, tb]))
}

/// `sys.exception()`: the exception being handled, or `None`.
fn sys_exception(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    if !args.is_empty() {
        let msg = format!("sys.exception() takes no arguments ({} given)", args.len());
        return Err(vm.type_error(msg));
    }
    Ok(vm.handled_exception())
}

thread_local! {
    static START: Instant = Instant::now();
}

/// Creates `time`.
pub(crate) fn create_time(vm: &mut Vm) -> Gc<Object> {
    START.with(|_| ());
    let calendar = new_builtin(
        vm,
        "__getattr__",
        crate::builtins::os_extra::time_getattr,
        BuiltinKind::Function,
        false,
    );
    let time = new_builtin(vm, "time", time_time, BuiltinKind::Function, false);
    let perf = new_builtin(
        vm,
        "perf_counter",
        time_perf_counter,
        BuiltinKind::Function,
        false,
    );
    let mono = new_builtin(
        vm,
        "monotonic",
        time_perf_counter,
        BuiltinKind::Function,
        false,
    );
    let sleep = new_builtin(vm, "sleep", time_sleep, BuiltinKind::Function, false);
    let module = new_module(
        vm,
        "time",
        vec![
            ("time", time),
            ("perf_counter", perf),
            ("monotonic", mono),
            ("sleep", sleep),
            ("__getattr__", calendar),
        ],
    );
    crate::builtins::time_clocks::add(vm, module);
    module
}

fn time_time(_vm: &mut Vm, _args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let t = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0);
    Ok(Value::Float(t))
}

fn time_perf_counter(_vm: &mut Vm, _args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Ok(Value::Float(START.with(|s| s.elapsed().as_secs_f64())))
}

fn time_sleep(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "sleep", args, 1, 1)?;
    let secs = crate::builtins::numbers::to_float(vm, args[0])?;
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    if vm.sched.active {
        // The other threads run meanwhile.
        return vm.thread_sleep(secs).map(|()| Value::None);
    }
    // In slices, so that Ctrl-C interrupts the sleep as CPython's: SIGINT's handler runs at
    // once, and the sleep goes on for the time left if the handler returns (PEP 475).
    const SLICE: std::time::Duration = std::time::Duration::from_millis(20);
    let end = std::time::Instant::now() + std::time::Duration::from_secs_f64(secs.min(1e6));
    loop {
        let now = std::time::Instant::now();
        if now >= end {
            return Ok(Value::None);
        }
        std::thread::sleep((end - now).min(SLICE));
        if vm
            .interrupt
            .swap(false, std::sync::atomic::Ordering::Relaxed)
        {
            vm.take_interrupt()?;
        }
    }
}
