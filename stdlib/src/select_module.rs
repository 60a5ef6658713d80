//! The `select` module: `select()` and `poll` objects, both over `poll(2)` (rustix), with
//! CPython's argument checks. Descriptors are resolved through `sockets::with_fds`.

use std::os::fd::OwnedFd;

use krait_gc::Gc;
use rustix::event::{PollFd, PollFlags, Timespec};

use krait_vm::builtins::native;
use krait_vm::builtins::{arity, module_functions, new_module, no_kwargs};
use krait_vm::error::PyResult;
use krait_vm::interp::fd_wait::{Interest, Wake};
use krait_vm::object::function::KwArgs;
use krait_vm::object::{NativeFn, Object, Payload};
use krait_vm::value::Value;
use krait_vm::vm::Vm;

const POLLIN: i16 = 1;
const POLLPRI: i16 = 2;
const POLLOUT: i16 = 4;
const POLLERR: i16 = 8;
const POLLHUP: i16 = 16;
const POLLNVAL: i16 = 32;

/// Creates `select`.
pub(crate) fn create(vm: &mut Vm) -> Gc<Object> {
    let funcs: &[(&'static str, NativeFn)] = &[("select", select), ("poll", poll_new)];
    let mut attrs = module_functions(vm, funcs);
    let poll_class = native::new_class(
        vm,
        "select",
        "poll",
        None,
        &[
            ("register", poll_register),
            ("modify", poll_modify),
            ("unregister", poll_unregister),
            ("poll", poll_poll),
        ],
    );
    attrs.push(("_poll_type", Value::Obj(poll_class)));
    attrs.push(("error", Value::Obj(vm.types().os_error)));
    for (name, v) in [
        ("POLLIN", 1),
        ("POLLPRI", 2),
        ("POLLOUT", 4),
        ("POLLERR", 8),
        ("POLLHUP", 16),
        ("POLLNVAL", 32),
        ("POLLRDNORM", 64),
        ("POLLRDBAND", 128),
        ("POLLWRNORM", 256),
        ("POLLWRBAND", 512),
        ("POLLMSG", 1024),
        ("POLLRDHUP", 0x2000),
        ("PIPE_BUF", 4096),
    ] {
        attrs.push((name, Value::Int(v)));
    }
    new_module(vm, "select", attrs)
}

/// A descriptor argument: an int or an object with `fileno()`, as CPython's
/// `PyObject_AsFileDescriptor`.
pub(crate) fn fd_of(vm: &mut Vm, v: Value) -> PyResult<i32> {
    let n = if matches!(v, Value::Int(_) | Value::Bool(_))
        || matches!(v.payload(), Some(Payload::BigInt(_)))
    {
        native::c_int(vm, v)?
    } else {
        let key = vm.intern("fileno");
        let Ok(method) = vm.get_attr(v, key) else {
            return Err(vm.type_error("argument must be an int, or have a fileno() method."));
        };
        let r = vm.call_value(method, &[], &[])?;
        if !matches!(r, Value::Int(_) | Value::Bool(_)) {
            return Err(vm.type_error("fileno() returned a non-integer"));
        }
        native::c_int(vm, r)?
    };
    if n < 0 {
        let msg = format!("file descriptor cannot be a negative integer ({n})");
        return Err(vm.value_error(msg));
    }
    Ok(n as i32)
}

/// Polls `fds` (descriptor, events) for up to `timeout` seconds (`None`: forever) and
/// returns each one's events; a descriptor Krait cannot reach reports `POLLNVAL`.
///
/// The wait is cut into slices of at most [`WAIT_SLICE`], and the VM's interrupt flag is
/// tested between them: a signal the OS delivers to another thread of the process (an
/// embedder's, or the test harness's) sets the flag without interrupting this thread's
/// `poll`, and its handler must still run, as CPython's does, before the wait goes on.
fn poll_fds(vm: &mut Vm, fds: &[(i32, i16)], timeout: Option<f64>) -> PyResult<Vec<i16>> {
    let deadline =
        timeout.map(|t| std::time::Instant::now() + std::time::Duration::from_secs_f64(t));
    loop {
        let left = deadline.map(|d| d.saturating_duration_since(std::time::Instant::now()));
        let slice = left.map_or(WAIT_SLICE, |d| d.min(WAIT_SLICE));
        let last_slice = left.is_some_and(|d| d <= WAIT_SLICE);
        let spec = Timespec {
            tv_sec: slice.as_secs() as _,
            tv_nsec: slice.subsec_nanos() as _,
        };
        let nums: Vec<i32> = fds.iter().map(|&(fd, _)| fd).collect();
        let others: Vec<Option<std::os::fd::OwnedFd>> = nums
            .iter()
            .map(|&n| {
                if n <= 2 || crate::sockets::is_socket(n) {
                    None
                } else {
                    krait_vm::builtins::os_extra::dup_fd(vm, i64::from(n)).ok()
                }
            })
            .collect();
        let r = crate::sockets::with_fds(&nums, &others, |borrowed| {
            let mut pfds: Vec<PollFd<'_>> = Vec::new();
            let mut index = Vec::new();
            for (i, b) in borrowed.iter().enumerate() {
                if let Some(b) = b {
                    let flags = PollFlags::from_bits_truncate(fds[i].1 as u16);
                    pfds.push(PollFd::from_borrowed_fd(*b, flags));
                    index.push(i);
                }
            }
            let mut out = vec![POLLNVAL; fds.len()];
            let r = if pfds.is_empty() && index.len() < fds.len() {
                Ok(0)
            } else {
                rustix::event::poll(&mut pfds, Some(&spec))
            };
            for (k, p) in pfds.iter().enumerate() {
                out[index[k]] = p.revents().bits() as i16;
            }
            r.map(|_| out)
        });
        match r {
            Ok(out) if last_slice || out.iter().any(|&e| e != 0) => return Ok(out),
            Ok(_) => vm.check_interrupt()?,
            // PEP 475: the signal's handler runs (its exception propagates), then the
            // wait goes on.
            Err(e) if e == rustix::io::Errno::INTR => {
                vm.check_interrupt()?;
                continue;
            }
            Err(e) => return Err(vm.io_error(&std::io::Error::from(e), None)),
        }
    }
}

/// The longest `poll` call a wait is made of (see [`poll_fds`]).
const WAIT_SLICE: std::time::Duration = std::time::Duration::from_millis(50);

fn timeout_secs(vm: &mut Vm, v: Value, scale: f64) -> PyResult<Option<f64>> {
    let t = match v {
        Value::None => return Ok(None),
        Value::Int(i) => i as f64,
        Value::Bool(b) => f64::from(u8::from(b)),
        Value::Float(f) => f,
        _ => return Err(vm.type_error("timeout must be an integer or None")),
    };
    if t.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    Ok(Some(t / scale))
}

/// `select(rlist, wlist, xlist[, timeout])`.
fn select(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    no_kwargs(vm, "select.select", kw)?;
    arity(vm, "select", args, 3, 4)?;
    let timeout = match args.get(3).copied().unwrap_or(Value::None) {
        Value::None => None,
        v => {
            let t = match v {
                Value::Int(i) => i as f64,
                Value::Bool(b) => f64::from(u8::from(b)),
                Value::Float(f) => f,
                _ => return Err(vm.type_error("timeout must be a float or None")),
            };
            if t < 0.0 {
                return Err(vm.value_error("timeout must be non-negative"));
            }
            Some(t)
        }
    };
    let mut layout: Vec<Vec<i32>> = Vec::new();
    let mut keep = Vec::new();
    let mut fds: Vec<(i32, i16)> = Vec::new();
    for (k, &seq) in args[..3].iter().enumerate() {
        let items = vm.collect_iter(seq).map_err(|e| {
            if vm.exc_matches(e, vm.types().type_error) {
                vm.type_error("arguments 1-3 must be sequences")
            } else {
                e
            }
        })?;
        let mut entries = Vec::new();
        for item in items {
            let fd = fd_of(vm, item)?;
            let want = [POLLIN, POLLOUT, POLLPRI][k];
            match fds.iter_mut().find(|(f, _)| *f == fd) {
                Some(slot) => slot.1 |= want,
                None => fds.push((fd, want)),
            }
            entries.push(fd);
            keep.push(item);
        }
        layout.push(entries);
    }
    if vm.threads_running() && timeout != Some(0.0) {
        let deadline = timeout.map(deadline_after);
        return select_when_ready(vm, fds, layout, deadline, &keep);
    }
    let revents = poll_fds(vm, &fds, timeout)?;
    select_result(vm, &fds, &layout, &keep, &revents)
}

/// The instant `secs` seconds from now.
fn deadline_after(secs: f64) -> std::time::Instant {
    std::time::Instant::now() + std::time::Duration::from_secs_f64(secs.clamp(0.0, 1e9))
}

/// The interests to wait for with a poll mask.
fn interests(mask: i16) -> Vec<Interest> {
    let mut out = Vec::new();
    if mask & (POLLIN | POLLPRI) != 0 {
        out.push(Interest::Readable);
    }
    if mask & POLLOUT != 0 {
        out.push(Interest::Writable);
    }
    out
}

/// Duplicates of the descriptors in `fds` with the interests of their masks, to wait on.
fn wait_list(vm: &mut Vm, fds: &[(i32, i16)]) -> Vec<(OwnedFd, Interest)> {
    let mut out = Vec::new();
    for &(fd, mask) in fds {
        for interest in interests(mask) {
            if let Some(dup) = crate::sockets::dup_number(vm, fd) {
                out.push((dup, interest));
            }
        }
    }
    out
}

/// `select` while threads run: the others run until a descriptor is ready or the deadline
/// passes. A wake that finds nothing the caller asked for (an exceptional condition only
/// `xlist` wants, or data another thread took) waits again.
fn select_when_ready(
    vm: &mut Vm,
    fds: Vec<(i32, i16)>,
    layout: Vec<Vec<i32>>,
    deadline: Option<std::time::Instant>,
    keep: &[Value],
) -> PyResult<Value> {
    let revents = poll_fds(vm, &fds, Some(0.0))?;
    if selected_any(&fds, &revents) || deadline.is_some_and(|d| std::time::Instant::now() >= d) {
        return select_result(vm, &fds, &layout, keep, &revents);
    }
    let waited = fds.clone();
    vm.wait_fds(
        move |vm| wait_list(vm, &waited),
        deadline,
        keep,
        move |vm, keep, wake| {
            if wake == Wake::TimedOut {
                let revents = poll_fds(vm, &fds, Some(0.0))?;
                return select_result(vm, &fds, &layout, keep, &revents);
            }
            select_when_ready(vm, fds, layout, deadline, keep)
        },
    )
}

/// Whether `revents` holds an event `select` reports for `fds` (or a bad descriptor).
fn selected_any(fds: &[(i32, i16)], revents: &[i16]) -> bool {
    let masks = [POLLIN | POLLHUP | POLLERR, POLLOUT | POLLERR, POLLPRI];
    fds.iter().zip(revents).any(|(&(_, want), &r)| {
        r & POLLNVAL != 0
            || (0..3).any(|k| want & [POLLIN, POLLOUT, POLLPRI][k] != 0 && r & masks[k] != 0)
    })
}

/// `select`'s three lists of ready objects, from the events `revents` of `fds`; `layout`
/// holds the descriptors of each argument list, whose objects are `keep`, in order.
fn select_result(
    vm: &mut Vm,
    fds: &[(i32, i16)],
    layout: &[Vec<i32>],
    keep: &[Value],
    revents: &[i16],
) -> PyResult<Value> {
    if revents.iter().any(|&r| r & POLLNVAL != 0) {
        let e = std::io::Error::from_raw_os_error(9);
        return Err(vm.io_error(&e, None));
    }
    let masks = [POLLIN | POLLHUP | POLLERR, POLLOUT | POLLERR, POLLPRI];
    let mut result = Vec::new();
    let mut items = keep.iter();
    for (k, entries) in layout.iter().enumerate() {
        let mut ready = Vec::new();
        for &fd in entries {
            let Some(&item) = items.next() else {
                break;
            };
            let pos = fds.iter().position(|&(f, _)| f == fd).unwrap_or(0);
            if revents[pos] & masks[k] != 0 {
                ready.push(item);
            }
        }
        result.push(vm.new_list(ready));
    }
    Ok(vm.new_tuple(result))
}

/// The registrations of a `poll` object, in registration order.
#[derive(Default)]
struct PollState {
    fds: Vec<(i32, i16)>,
}

fn poll_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    no_kwargs(vm, "select.poll", kw)?;
    arity(vm, "poll", args, 0, 0)?;
    let class = native::module_class(vm, "select", "_poll_type")?;
    Ok(native::new_object(vm, class, PollState::default()))
}

fn event_mask(vm: &mut Vm, v: Option<Value>) -> PyResult<i16> {
    match v {
        None => Ok(POLLIN | POLLPRI | POLLOUT),
        Some(v) => {
            let n = krait_vm::builtins::int_arg(vm, v)?;
            if !(0..=0xffff).contains(&n) {
                return Err(vm.overflow_error("Python int too large for C unsigned short"));
            }
            Ok(n as u16 as i16)
        }
    }
}

fn poll_register(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    krait_vm::builtins::method_arity(vm, "register", args, 1, 2)?;
    let fd = fd_of(vm, args[1])?;
    let mask = event_mask(vm, args.get(2).copied())?;
    let mut st = native::self_state::<PollState>(vm, args, "register", "select.poll")?;
    match st.fds.iter_mut().find(|(f, _)| *f == fd) {
        Some(slot) => slot.1 = mask,
        None => st.fds.push((fd, mask)),
    }
    Ok(Value::None)
}

fn poll_modify(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    krait_vm::builtins::method_arity(vm, "modify", args, 2, 2)?;
    let fd = fd_of(vm, args[1])?;
    let mask = event_mask(vm, Some(args[2]))?;
    let found = {
        let mut st = native::self_state::<PollState>(vm, args, "modify", "select.poll")?;
        match st.fds.iter_mut().find(|(f, _)| *f == fd) {
            Some(slot) => {
                slot.1 = mask;
                true
            }
            None => false,
        }
    };
    if !found {
        let e = std::io::Error::from_raw_os_error(2);
        return Err(vm.io_error(&e, None));
    }
    Ok(Value::None)
}

fn poll_unregister(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    krait_vm::builtins::method_arity(vm, "unregister", args, 1, 1)?;
    let fd = fd_of(vm, args[1])?;
    let found = {
        let mut st = native::self_state::<PollState>(vm, args, "unregister", "select.poll")?;
        let before = st.fds.len();
        st.fds.retain(|&(f, _)| f != fd);
        st.fds.len() != before
    };
    if !found {
        return Err(vm.key_error(Value::Int(i64::from(fd))));
    }
    Ok(Value::None)
}

/// `poll.poll(timeout=None)`: timeout in milliseconds; `[(fd, events), …]`.
fn poll_poll(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    krait_vm::builtins::method_arity(vm, "poll", args, 0, 1)?;
    let fds = native::self_state::<PollState>(vm, args, "poll", "select.poll")?
        .fds
        .clone();
    let timeout = match args.get(1) {
        None => None,
        Some(&v) => match timeout_secs(vm, v, 1000.0)? {
            Some(t) if t < 0.0 => None,
            t => t,
        },
    };
    if vm.threads_running() && timeout != Some(0.0) {
        let deadline = timeout.map(deadline_after);
        return poll_when_ready(vm, fds, deadline);
    }
    let revents = poll_fds(vm, &fds, timeout)?;
    Ok(poll_result(vm, &fds, &revents))
}

/// `poll.poll` while threads run (as `select_when_ready`).
fn poll_when_ready(
    vm: &mut Vm,
    fds: Vec<(i32, i16)>,
    deadline: Option<std::time::Instant>,
) -> PyResult<Value> {
    let revents = poll_fds(vm, &fds, Some(0.0))?;
    if revents.iter().any(|&r| r != 0) || deadline.is_some_and(|d| std::time::Instant::now() >= d) {
        return Ok(poll_result(vm, &fds, &revents));
    }
    let waited = fds.clone();
    vm.wait_fds(
        move |vm| wait_list(vm, &waited),
        deadline,
        &[],
        move |vm, _, wake| {
            if wake == Wake::TimedOut {
                let revents = poll_fds(vm, &fds, Some(0.0))?;
                return Ok(poll_result(vm, &fds, &revents));
            }
            poll_when_ready(vm, fds, deadline)
        },
    )
}

/// `[(fd, events), …]` for the descriptors with events.
fn poll_result(vm: &mut Vm, fds: &[(i32, i16)], revents: &[i16]) -> Value {
    let mut out = Vec::new();
    for (i, &(fd, _)) in fds.iter().enumerate() {
        if revents[i] != 0 {
            let pair = vm.new_tuple(vec![
                Value::Int(i64::from(fd)),
                Value::Int(i64::from(revents[i] as u16)),
            ]);
            out.push(pair);
        }
    }
    vm.new_list(out)
}
