//! `select.select`: waiting until descriptors are ready, over poll(2). What `subprocess`
//! needs (through `selectors.SelectSelector`) to read a child's output and error pipes and
//! feed its input at once.
//!
//! The descriptors polled are duplicates of those this process owns (see
//! `os_extra::dup_fd`): a duplicate shares the open file, so its readiness is the
//! original's, and holding it keeps `poll` free of raw descriptor numbers.

use krait_gc::Gc;
use nix::poll::{PollFd, PollFlags, PollTimeout};

use crate::builtins::os_extra::dup_fd;
use crate::builtins::{arity, int_arg, kwarg, module_functions, new_module};
use crate::error::PyResult;
use crate::object::function::KwArgs;
use crate::object::{Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

/// Creates `select`.
pub(crate) fn create(vm: &mut Vm) -> Gc<Object> {
    let mut attrs = module_functions(vm, &[("select", select)]);
    attrs.push(("error", Value::Obj(vm.s.types.os_error)));
    attrs.push(("PIPE_BUF", Value::Int(4096)));
    new_module(vm, "select", attrs)
}

/// The descriptor an item of select's lists stands for: an int or an object's `fileno()`.
fn item_fd(vm: &mut Vm, item: Value) -> PyResult<i64> {
    let fd = match item {
        Value::Int(_) | Value::Bool(_) => int_arg(vm, item)?,
        _ => {
            let name = vm.intern("fileno");
            let Some(method) = vm.type_lookup(vm.type_of(item), name) else {
                return Err(vm.type_error("argument must be an int, or have a fileno() method."));
            };
            let r = vm.call_value(method, &[item], &[])?;
            if !matches!(r, Value::Int(_)) {
                return Err(vm.type_error("fileno() returned a non-integer"));
            }
            int_arg(vm, r)?
        }
    };
    if fd < 0 {
        let msg = format!("file descriptor cannot be a negative integer ({fd})");
        return Err(vm.value_error(msg));
    }
    Ok(fd)
}

/// `select(rlist, wlist, xlist, timeout=None)`: the items of each list that are ready for
/// reading, for writing, or have an exceptional condition.
fn select(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "select", args, 3, 4)?;
    let timeout = args.get(3).copied().or(kwarg(kw, "timeout"));
    let millis = match timeout {
        None | Some(Value::None) => PollTimeout::NONE,
        Some(t) => {
            let secs = match t {
                Value::Int(i) => i as f64,
                Value::Float(f) => f,
                _ => match t.payload() {
                    Some(Payload::BigInt(b)) => {
                        num_traits::ToPrimitive::to_f64(b).unwrap_or(f64::INFINITY)
                    }
                    _ => return Err(vm.type_error("timeout must be a float or None")),
                },
            };
            if secs < 0.0 {
                return Err(vm.value_error("timeout must be non-negative"));
            }
            let ms = (secs * 1000.0).ceil();
            if ms >= i32::MAX as f64 {
                PollTimeout::MAX
            } else {
                PollTimeout::try_from(ms as u32).unwrap_or(PollTimeout::MAX)
            }
        }
    };
    // (list index, item, descriptor duplicate) for every item of the three lists.
    let kinds = [PollFlags::POLLIN, PollFlags::POLLOUT, PollFlags::POLLPRI];
    let mut entries = Vec::new();
    for (which, &list) in args[..3].iter().enumerate() {
        let is_seq = matches!(list.payload(), Some(Payload::List(_) | Payload::Tuple(_)))
            || vm.type_lookup(vm.type_of(list), vm.s.names.iter).is_some();
        if !is_seq {
            return Err(vm.type_error("arguments 1-3 must be sequences"));
        }
        for item in vm.collect_iter(list)? {
            let fd = item_fd(vm, item)?;
            let owned = dup_fd(vm, fd)?;
            entries.push((which, item, owned));
        }
    }
    let ready: Vec<PollFlags> = loop {
        let mut polled: Vec<PollFd<'_>> = entries
            .iter()
            .map(|(which, _, fd)| PollFd::new(std::os::fd::AsFd::as_fd(fd), kinds[*which]))
            .collect();
        match nix::poll::poll(&mut polled, millis) {
            Ok(_) => {
                break polled
                    .iter()
                    .map(|p| p.revents().unwrap_or(PollFlags::empty()))
                    .collect()
            }
            Err(nix::errno::Errno::EINTR) => continue,
            Err(e) => {
                let e = std::io::Error::from(e);
                return Err(crate::builtins::file::os_error(vm, &e, None));
            }
        }
    };
    let mut out: [Vec<Value>; 3] = Default::default();
    let err = PollFlags::POLLERR | PollFlags::POLLHUP | PollFlags::POLLNVAL;
    for ((which, item, _), got) in entries.iter().zip(ready) {
        let wanted = match which {
            0 => PollFlags::POLLIN | err,
            1 => PollFlags::POLLOUT | PollFlags::POLLERR,
            _ => PollFlags::POLLPRI,
        };
        if got.intersects(wanted) {
            out[*which].push(*item);
        }
    }
    let [r, w, x] = out;
    let lists = vec![vm.new_list(r), vm.new_list(w), vm.new_list(x)];
    Ok(vm.new_tuple(lists))
}
