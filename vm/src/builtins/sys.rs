//! The `sys` module (`argv`, `exit`, recursion limit, `maxsize`, `stdout` / `stderr`
//! objects) and the small `time` module.

use std::time::{Instant, SystemTime, UNIX_EPOCH};

use krait_gc::Gc;

use crate::builtins::{arity, int_arg, method, new_builtin, new_module, str_arg};
use crate::error::PyResult;
use crate::object::function::KwArgs;
use crate::object::{BuiltinKind, ClassData, Dict, Instance, Layout, Object, Payload};
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
    let stream_class = stream_class(vm);
    let stdin = make_stream(vm, stream_class, 0);
    let stdout = make_stream(vm, stream_class, 1);
    let stderr = make_stream(vm, stream_class, 2);
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
    crate::builtins::sys_extra::add(vm, module);
    crate::builtins::sizeof::add(vm, module);
    crate::builtins::sys_coro_origin::add(vm, module);
    module
}

fn stream_class(vm: &mut Vm) -> Gc<Object> {
    let object = vm.s.types.object;
    let mut data = ClassData::new("TextIOWrapper", vec![object], Dict::new(), Layout::Instance);
    data.builtin = true;
    *data.module.borrow_mut() = "_io".to_owned();
    let class = vm.alloc(vm.s.types.type_, Payload::Class(Box::new(data)));
    if let Some(c) = class.as_class() {
        *c.mro.borrow_mut() = vec![class, object];
    }
    method(vm, class, "write", stream_write);
    method(vm, class, "flush", stream_flush);
    method(vm, class, "readline", stream_readline);
    method(vm, class, "read", stream_read);
    method(vm, class, "fileno", stream_fileno);
    method(vm, class, "isatty", stream_isatty);
    class
}

/// The stream behind `args[0]` if it is standard input; otherwise `io.UnsupportedOperation`.
fn input_stream(vm: &mut Vm, args: &[Value]) -> PyResult<()> {
    match stream_fd(vm, args.first().copied().unwrap_or(Value::None)) {
        Some(0) => Ok(()),
        _ => Err(crate::builtins::file::unsupported(vm, "not readable")),
    }
}

/// `sys.stdin.readline()`: the next line with its end, "" at end of input.
fn stream_readline(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    input_stream(vm, args)?;
    vm.flush_stdout();
    let mut line = String::new();
    if let Err(e) = std::io::stdin().read_line(&mut line) {
        return Err(vm.io_error(&e, None));
    }
    Ok(vm.new_str(line))
}

/// `sys.stdin.read()`: the rest of the input.
fn stream_read(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    use std::io::Read;
    input_stream(vm, args)?;
    let mut text = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut text) {
        return Err(vm.io_error(&e, None));
    }
    Ok(vm.new_str(text))
}

fn stream_fileno(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let fd = stream_fd(vm, args.first().copied().unwrap_or(Value::None));
    Ok(Value::Int(fd.unwrap_or(-1)))
}

fn stream_isatty(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    use std::io::IsTerminal;
    let tty = match stream_fd(vm, args.first().copied().unwrap_or(Value::None)) {
        Some(0) => std::io::stdin().is_terminal(),
        Some(1) => std::io::stdout().is_terminal(),
        Some(2) => std::io::stderr().is_terminal(),
        _ => false,
    };
    Ok(Value::Bool(tty))
}

fn make_stream(vm: &mut Vm, class: Gc<Object>, fd: i64) -> Value {
    let inst = vm.alloc(class, Payload::Instance(Instance::default()));
    let key = vm.intern("fileno_");
    if let Payload::Instance(i) = &inst.payload {
        i.dict
            .borrow_mut()
            .insert_new(vm.names_hash(key), Value::Obj(key), Value::Int(fd));
    }
    Value::Obj(inst)
}

/// The file descriptor of one of the VM's stream objects.
fn stream_fd(vm: &mut Vm, v: Value) -> Option<i64> {
    let key = vm.intern("fileno_");
    match v.payload() {
        Some(Payload::Instance(i)) => match i.dict.borrow().get_str(vm.names_hash(key), key) {
            Some(Value::Int(fd)) => Some(fd),
            _ => None,
        },
        _ => None,
    }
}

/// `sys.stdout` when the program has replaced it with an object of its own or `None`
/// (`None` here while it is the VM's stream, or `sys` was never imported).
pub(crate) fn replaced_stdout(vm: &mut Vm) -> Option<Value> {
    let sys = *vm.s.modules.get("sys")?;
    let Payload::Module(m) = &sys.payload else {
        return None;
    };
    let key = vm.intern("stdout");
    let v = vm.mapping_get_str(m.dict, key).ok().flatten()?;
    if is_std_stream(vm, v) {
        return None;
    }
    Some(v)
}

/// Whether `v` is `sys.stdout` or `sys.stderr`.
pub(crate) fn is_std_stream(vm: &mut Vm, v: Value) -> bool {
    stream_fd(vm, v).is_some()
}

/// Whether `v` is `sys.stdout`.
pub(crate) fn is_stdout(vm: &mut Vm, v: Value) -> bool {
    stream_fd(vm, v) == Some(1)
}

/// Writes `text` to a file-like object (`print(file=...)`).
pub(crate) fn write_to(vm: &mut Vm, file: Value, text: &str) -> PyResult<()> {
    match stream_fd(vm, file) {
        Some(1) => vm.write_stdout(text)?,
        Some(_) => vm.write_stderr(text),
        None => {
            let write = vm.intern("write");
            let f = vm.get_attr(file, write)?;
            let s = vm.new_str(text);
            vm.call_value(f, &[s], &[])?;
        }
    }
    Ok(())
}

fn stream_write(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "write", args, 2, 2)?;
    let text = match args[1].payload() {
        Some(Payload::Str(s)) => s.as_str().to_owned(),
        _ => {
            let msg = format!(
                "write() argument must be str, not {}",
                vm.type_name(args[1])
            );
            return Err(vm.type_error(msg));
        }
    };
    match stream_fd(vm, args[0]) {
        Some(0) => return Err(crate::builtins::file::unsupported(vm, "not writable")),
        Some(1) => vm.write_stdout(&text)?,
        _ => vm.write_stderr(&text),
    }
    Ok(Value::Int(text.chars().count() as i64))
}

fn stream_flush(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    if stream_fd(vm, args.first().copied().unwrap_or(Value::None)) == Some(1) {
        vm.flush_stdout_raising()?;
    }
    Ok(Value::None)
}

fn sys_exit(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "exit", args, 0, 1)?;
    Err(vm.new_exception(vm.s.types.system_exit, args.to_vec()))
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
    let process = new_builtin(
        vm,
        "process_time",
        time_perf_counter,
        BuiltinKind::Function,
        false,
    );
    let sleep = new_builtin(vm, "sleep", time_sleep, BuiltinKind::Function, false);
    new_module(
        vm,
        "time",
        vec![
            ("time", time),
            ("perf_counter", perf),
            ("monotonic", mono),
            ("process_time", process),
            ("sleep", sleep),
            ("__getattr__", calendar),
        ],
    )
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
