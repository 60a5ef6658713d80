//! Child processes: `_posixsubprocess.fork_exec` (what `subprocess.Popen` starts a program
//! with) and the `os` calls around it: `pipe`, `dup`, `waitpid`, `wait`, `kill`.
//!
//! Without `unsafe` outside the heap crate there is no bare `fork`: a child is started with
//! `std::process::Command`, which forks and execs in one step. The child's standard streams
//! are duplicates of descriptors this process owns (`os_extra`'s table, the open file
//! objects, or its own standard streams); every other descriptor Krait opens is
//! close-on-exec, so the child inherits nothing else, as with CPython's `close_fds=True`,
//! except the descriptors of `pass_fds`, which are inheritable while it starts.
//! A program that cannot be started is reported the way CPython's child reports it, on
//! `errpipe_write` as `OSError:<hex errno>:<"noexec" or nothing>`, so `subprocess` raises
//! the same exception. Started children are kept by pid until `waitpid` reaps them.

use std::cell::RefCell;
use std::collections::HashMap;
use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::process::{Child, Command, Stdio};

use krait_gc::Gc;

use krait_vm::builtins::os_extra::{dup_fd, io_result, keep_fd, with_fd};
use krait_vm::builtins::{arity, int_arg, module_functions, new_module};
use krait_vm::error::PyResult;
use krait_vm::interp::fd_wait::Interest;
use krait_vm::object::function::KwArgs;
use krait_vm::object::{Object, Payload};
use krait_vm::value::Value;
use krait_vm::vm::Vm;

/// `os.WNOHANG`.
const WNOHANG: i64 = 1;

/// The pid `fork_exec` returns for a program it could not start: no process has it (Linux
/// pids stay below 2**22), so `waitpid` on it raises `ChildProcessError`, as on a reaped one.
const NO_CHILD: i64 = i32::MAX as i64;

thread_local! {
    /// The children `fork_exec` started, by pid, until `waitpid` reaps them.
    static CHILDREN: RefCell<HashMap<i64, Child>> = RefCell::new(HashMap::new());
}

/// The `os` functions of this module, for `os_module::create`.
pub(crate) fn os_functions(vm: &mut Vm) -> Vec<(&'static str, Value)> {
    let mut attrs = module_functions(
        vm,
        &[
            ("pipe", pipe),
            ("dup", dup),
            ("waitpid", waitpid),
            ("wait", wait),
            ("kill", kill),
        ],
    );
    attrs.push(("WNOHANG", Value::Int(WNOHANG)));
    attrs
}

/// Creates `_posixsubprocess`.
pub(crate) fn create(vm: &mut Vm) -> Gc<Object> {
    let mut attrs = module_functions(vm, &[("fork_exec", fork_exec)]);
    let doc = vm.new_str("A POSIX helper for the subprocess module.");
    attrs.push(("__doc__", doc));
    new_module(vm, "_posixsubprocess", attrs)
}

/// `os.pipe()`: the read and write descriptors of a new pipe.
fn pipe(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "pipe", args, 0, 0)?;
    let (r, w) = io_result(vm, std::io::pipe(), None)?;
    let r = keep_fd(std::fs::File::from(std::os::fd::OwnedFd::from(r)));
    let w = keep_fd(std::fs::File::from(std::os::fd::OwnedFd::from(w)));
    Ok(vm.new_tuple(vec![Value::Int(r), Value::Int(w)]))
}

/// `os.dup(fd)`: a new descriptor for the same open file.
fn dup(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "dup", args, 1, 1)?;
    let fd = int_arg(vm, args[0])?;
    let owned = dup_fd(vm, fd)?;
    Ok(Value::Int(keep_fd(std::fs::File::from(owned))))
}

fn no_child(vm: &mut Vm) -> krait_vm::error::Exception {
    let e = std::io::Error::from_raw_os_error(10);
    krait_vm::builtins::file::os_error(vm, &e, None)
}

/// `os.waitpid(pid, options)`: `(pid, status)` once the child has exited, `(0, 0)` with
/// `WNOHANG` while it runs. `pid` -1 or 0 waits for any child started here.
///
/// With threads running, a blocking wait lets the others run until a child it waits for
/// has exited (its pidfd turns readable).
fn waitpid(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "waitpid", args, 2, 2)?;
    let pid = int_arg(vm, args[0])?;
    let options = int_arg(vm, args[1])?;
    if !vm.threads_running() || options & WNOHANG != 0 {
        return waitpid_now(vm, pid, options);
    }
    let pids: Vec<i64> = if pid > 0 {
        vec![pid]
    } else {
        CHILDREN.with(|c| c.borrow().keys().copied().collect())
    };
    let pidfds: Vec<_> = pids
        .into_iter()
        .filter_map(|p| rustix::process::Pid::from_raw(i32::try_from(p).ok()?))
        .filter_map(|p| rustix::process::pidfd_open(p, rustix::process::PidfdFlags::empty()).ok())
        .map(|fd| (fd, Interest::Readable))
        .collect();
    if pidfds.is_empty() {
        return waitpid_now(vm, pid, options);
    }
    vm.wait_fds(
        move |_| pidfds,
        None,
        &[],
        move |vm, _, _| waitpid_now(vm, pid, options),
    )
}

/// `os.wait()`: `(pid, status)` of a child started here once one has exited.
fn wait(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "wait", args, 0, 0)?;
    waitpid(vm, &[Value::Int(-1), Value::Int(0)], kw)
}

fn waitpid_now(vm: &mut Vm, pid: i64, options: i64) -> PyResult<Value> {
    let pids: Vec<i64> = if pid > 0 {
        vec![pid]
    } else {
        CHILDREN.with(|c| c.borrow().keys().copied().collect())
    };
    let nohang = options & WNOHANG != 0;
    for (i, &p) in pids.iter().enumerate() {
        let Some(mut child) = CHILDREN.with(|c| c.borrow_mut().remove(&p)) else {
            continue;
        };
        // Waiting on "any child" blocks on the last one; the others are only polled.
        let status = if nohang || i + 1 < pids.len() {
            child.try_wait()
        } else {
            child.wait().map(Some)
        };
        match status {
            Ok(Some(st)) => {
                let raw = Value::Int(st.into_raw() as i64);
                return Ok(vm.new_tuple(vec![Value::Int(p), raw]));
            }
            Ok(None) => {
                CHILDREN.with(|c| c.borrow_mut().insert(p, child));
            }
            Err(e) => {
                CHILDREN.with(|c| c.borrow_mut().insert(p, child));
                return Err(krait_vm::builtins::file::os_error(vm, &e, None));
            }
        }
    }
    if pids.is_empty() || (pid > 0 && !CHILDREN.with(|c| c.borrow().contains_key(&pid))) {
        return Err(no_child(vm));
    }
    Ok(vm.new_tuple(vec![Value::Int(0), Value::Int(0)]))
}

/// `os.kill(pid, sig)`.
fn kill(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    use nix::sys::signal::{self, Signal};
    arity(vm, "kill", args, 2, 2)?;
    let pid = int_arg(vm, args[0])?;
    let sig = int_arg(vm, args[1])?;
    let Ok(pid) = i32::try_from(pid) else {
        return Err(vm.overflow_error("signed integer is greater than maximum"));
    };
    let sig = if sig == 0 {
        None
    } else {
        match i32::try_from(sig)
            .ok()
            .and_then(|s| Signal::try_from(s).ok())
        {
            Some(s) => Some(s),
            None => {
                let e = std::io::Error::from_raw_os_error(22);
                return Err(krait_vm::builtins::file::os_error(vm, &e, None));
            }
        }
    };
    let r = signal::kill(nix::unistd::Pid::from_raw(pid), sig).map_err(std::io::Error::from);
    io_result(vm, r, None)?;
    // A signal sent to this process is handled before `kill` returns, as in CPython.
    vm.check_interrupt()?;
    Ok(Value::None)
}

/// An argument of a program, a path or an environment entry: str, bytes or a path-like.
fn os_bytes(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    match v.payload() {
        Some(Payload::Bytes(b)) => Ok(b.to_vec()),
        _ => Ok(krait_vm::builtins::os_extra::path_arg(vm, v)?.into_bytes()),
    }
}

fn bytes_list(vm: &mut Vm, v: Value) -> PyResult<Vec<Vec<u8>>> {
    let items = vm.collect_iter(v)?;
    items.into_iter().map(|x| os_bytes(vm, x)).collect()
}

fn opt_int(vm: &mut Vm, v: Value) -> PyResult<Option<i64>> {
    match v {
        Value::None => Ok(None),
        v => int_arg(vm, v).map(Some),
    }
}

/// What `fork_exec` needs to start one program.
struct Launch {
    argv: Vec<Vec<u8>>,
    cwd: Option<Vec<u8>>,
    env: Option<Vec<Vec<u8>>>,
    /// The descriptors to become the child's standard input, output and error (-1: this
    /// process's own).
    stdio: [i64; 3],
    pgid: i64,
    uid: Option<i64>,
    gid: Option<i64>,
    /// Where a start failure is reported.
    errpipe_write: i64,
}

impl Launch {
    /// Starts `exe`.
    fn spawn(&self, vm: &mut Vm, exe: &[u8]) -> PyResult<std::io::Result<Child>> {
        let mut cmd = Command::new(OsStr::from_bytes(exe));
        if let Some((first, rest)) = self.argv.split_first() {
            cmd.arg0(OsStr::from_bytes(first));
            cmd.args(rest.iter().map(|a| OsStr::from_bytes(a)));
        }
        if let Some(env) = &self.env {
            cmd.env_clear();
            for entry in env {
                let at = entry.iter().position(|&b| b == b'=').unwrap_or(entry.len());
                let value = entry.get(at + 1..).unwrap_or(&[]);
                cmd.env(OsStr::from_bytes(&entry[..at]), OsStr::from_bytes(value));
            }
        }
        if let Some(cwd) = &self.cwd {
            cmd.current_dir(OsStr::from_bytes(cwd));
        }
        let mut streams = Vec::with_capacity(3);
        for fd in self.stdio {
            streams.push(if fd < 0 {
                Stdio::inherit()
            } else {
                Stdio::from(dup_fd(vm, fd)?)
            });
        }
        let mut streams = streams.into_iter();
        cmd.stdin(streams.next().unwrap_or_else(Stdio::inherit));
        cmd.stdout(streams.next().unwrap_or_else(Stdio::inherit));
        cmd.stderr(streams.next().unwrap_or_else(Stdio::inherit));
        if self.pgid >= 0 {
            cmd.process_group(self.pgid as i32);
        }
        if let Some(uid) = self.uid {
            cmd.uid(uid as u32);
        }
        if let Some(gid) = self.gid {
            cmd.gid(gid as u32);
        }
        Ok(cmd.spawn())
    }
}

/// `fork_exec(args, executable_list, close_fds, fds_to_keep, cwd, env, p2cread, p2cwrite,
/// c2pread, c2pwrite, errread, errwrite, errpipe_read, errpipe_write, restore_signals,
/// call_setsid, pgid_to_set, gid, extra_groups, uid, child_umask, preexec_fn,
/// allow_vfork)`: starts the first program of `executable_list` that can be run, with
/// `args` as its arguments; returns its pid.
fn fork_exec(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    if args.len() != 23 {
        let msg = format!(
            "fork_exec() takes exactly 23 arguments ({} given)",
            args.len()
        );
        return Err(vm.type_error(msg));
    }
    if !matches!(args[3].payload(), Some(Payload::Tuple(_))) {
        let shown = match args[3] {
            Value::None => "None".to_owned(),
            v => vm.type_name(v).to_string(),
        };
        let msg = format!("fork_exec() argument 4 must be tuple, not {shown}");
        return Err(vm.type_error(msg));
    }
    let mut fds = [0i64; 8];
    for (slot, &v) in fds.iter_mut().zip(&args[6..14]) {
        *slot = int_arg(vm, v)?;
    }
    let [p2cread, _, _, c2pwrite, _, errwrite, _, errpipe_write] = fds;
    if errpipe_write < 3 {
        return Err(vm.value_error("errpipe_write must be >= 3"));
    }
    if !matches!(args[21], Value::None) {
        // A callable to run in the child between fork and exec needs a bare fork.
        return Err(vm.runtime_error("preexec_fn not supported"));
    }
    let argv = match args[0] {
        Value::None => Vec::new(),
        v => bytes_list(vm, v)?,
    };
    let executables = bytes_list(vm, args[1])?;
    let cwd = match args[4] {
        Value::None => None,
        v => Some(os_bytes(vm, v)?),
    };
    let env = match args[5] {
        Value::None => None,
        v => Some(bytes_list(vm, v)?),
    };
    let pgid = int_arg(vm, args[16])?;
    let gid = opt_int(vm, args[17])?;
    let uid = opt_int(vm, args[19])?;
    let launch = Launch {
        argv,
        cwd,
        env,
        stdio: [p2cread, c2pwrite, errwrite],
        pgid,
        uid,
        gid,
        errpipe_write,
    };
    // CPython's child reports a failed chdir with "noexec" (the error names `cwd`); std's
    // spawn does not tell it from a failed exec, so the directory is checked first.
    if let Some(cwd) = &launch.cwd {
        let code = match std::fs::metadata(OsStr::from_bytes(cwd)) {
            Ok(m) if m.is_dir() => None,
            Ok(_) => Some(20),
            Err(e) => Some(e.raw_os_error().unwrap_or(2)),
        };
        if let Some(code) = code {
            report(vm, errpipe_write, code, "noexec")?;
            return Ok(Value::Int(NO_CHILD));
        }
    }
    let passed = pass_fds(vm, args[3], errpipe_write)?;
    let started = spawn_first(vm, &launch, &executables);
    for fd in passed {
        set_close_on_exec(vm, fd, true)?;
    }
    match started? {
        Some(pid) => Ok(Value::Int(pid)),
        None => Ok(Value::Int(NO_CHILD)),
    }
}

/// Starts the first of `executables` that can be run: its pid, or `None` once the failure
/// is written to `errpipe_write` (as execvpe: the first error other than "not found").
fn spawn_first(vm: &mut Vm, launch: &Launch, executables: &[Vec<u8>]) -> PyResult<Option<i64>> {
    let mut error = 2;
    let mut saved = None;
    for exe in executables {
        match launch.spawn(vm, exe)? {
            Ok(child) => {
                let pid = child.id() as i64;
                CHILDREN.with(|c| c.borrow_mut().insert(pid, child));
                return Ok(Some(pid));
            }
            Err(e) => {
                error = e.raw_os_error().unwrap_or(2);
                if error != 2 && error != 20 && saved.is_none() {
                    saved = Some(error);
                }
            }
        }
    }
    report(vm, launch.errpipe_write, saved.unwrap_or(error), "")?;
    Ok(None)
}

/// Makes the descriptors of `fds_to_keep` (`subprocess`'s `pass_fds`) inheritable for the
/// children about to start: every descriptor Krait opens is close-on-exec, and a child keeps
/// exactly its parent's descriptors that are not. Answers the ones changed, which the caller
/// makes close-on-exec again once the child has started, so later children do not inherit
/// them. The error pipe stays close-on-exec: its closing at the exec is how `subprocess`
/// learns that the program started.
fn pass_fds(vm: &mut Vm, fds_to_keep: Value, errpipe_write: i64) -> PyResult<Vec<i32>> {
    let mut changed = Vec::new();
    let Some(Payload::Tuple(items)) = fds_to_keep.payload() else {
        return Ok(changed);
    };
    for &v in items.iter() {
        let fd = int_arg(vm, v)?;
        if fd <= 2 || fd == errpipe_write {
            continue;
        }
        let Ok(fd) = i32::try_from(fd) else {
            return Err(vm.overflow_error("fd is greater than maximum"));
        };
        if set_close_on_exec(vm, fd, false)? {
            changed.push(fd);
        }
    }
    Ok(changed)
}

/// Sets or clears `fd`'s close-on-exec flag; answers whether it changed.
fn set_close_on_exec(vm: &mut Vm, fd: i32, on: bool) -> PyResult<bool> {
    use rustix::io::{fcntl_getfd, fcntl_setfd, FdFlags};
    crate::fcntl_module::on_fd(vm, fd, |f| {
        let flags = fcntl_getfd(f)?;
        let mut wanted = flags;
        wanted.set(FdFlags::CLOEXEC, on);
        if wanted == flags {
            return Ok(false);
        }
        fcntl_setfd(f, wanted)?;
        Ok(true)
    })
}

/// Writes a start failure to the error pipe as CPython's child does.
fn report(vm: &mut Vm, errpipe_write: i64, errno: i32, what: &str) -> PyResult<()> {
    use std::io::Write;
    let msg = format!("OSError:{errno:x}:{what}");
    with_fd(vm, errpipe_write, |f| f.write_all(msg.as_bytes()))
}
