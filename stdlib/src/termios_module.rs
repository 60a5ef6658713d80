//! `termios`: terminal attributes over rustix's safe termios calls (`tcgetattr`,
//! `tcsetattr`, `tcsendbreak`, `tcdrain`, `tcflush`, `tcflow`, `tcgetwinsize`,
//! `tcsetwinsize`), the constants with their Linux values, and `termios.error`, raised as
//! `error(errno, strerror)` as CPython raises it.
//!
//! Attributes are CPython's 7-element list `[iflag, oflag, cflag, lflag, ispeed, ospeed,
//! cc]`: speeds are the `B*` codes (rustix works in baud, translated here through
//! [`SPEEDS`]) and `cc` has `NCCS` (32, glibc's size) entries, one-byte bytes objects except
//! `cc[VMIN]` and `cc[VTIME]` in non-canonical mode, which are ints. The kernel's own
//! structure, which rustix uses, has only the 17 control characters Linux defines; the
//! other entries read as `b'\x00'` and are ignored when written. `tcsendbreak` sends the
//! default break (Linux ignores the duration too). A descriptor is reached through a
//! duplicate (`os_extra::dup_fd`), so it must be standard input, output or error or one
//! Krait opened.

use std::os::fd::{AsFd, OwnedFd};

use krait_gc::Gc;
use rustix::termios::{
    Action, ControlModes, InputModes, LocalModes, OptionalActions, OutputModes, QueueSelector,
    SpecialCodeIndex, Termios, Winsize,
};

use krait_vm::builtins::{arity, int_arg, module_functions, native, new_module};
use krait_vm::error::{Exception, PyResult};
use krait_vm::object::function::KwArgs;
use krait_vm::object::{NativeFn, Object, Payload};
use krait_vm::value::Value;
use krait_vm::vm::Vm;

/// glibc's number of control characters, the length of CPython's `cc` list.
const NCCS: usize = 32;

/// The control characters Linux defines, by their index in `cc`.
const SPECIAL: [(usize, SpecialCodeIndex); 17] = [
    (0, SpecialCodeIndex::VINTR),
    (1, SpecialCodeIndex::VQUIT),
    (2, SpecialCodeIndex::VERASE),
    (3, SpecialCodeIndex::VKILL),
    (4, SpecialCodeIndex::VEOF),
    (5, SpecialCodeIndex::VTIME),
    (6, SpecialCodeIndex::VMIN),
    (7, SpecialCodeIndex::VSWTC),
    (8, SpecialCodeIndex::VSTART),
    (9, SpecialCodeIndex::VSTOP),
    (10, SpecialCodeIndex::VSUSP),
    (11, SpecialCodeIndex::VEOL),
    (12, SpecialCodeIndex::VREPRINT),
    (13, SpecialCodeIndex::VDISCARD),
    (14, SpecialCodeIndex::VWERASE),
    (15, SpecialCodeIndex::VLNEXT),
    (16, SpecialCodeIndex::VEOL2),
];
const VTIME: usize = 5;
const VMIN: usize = 6;
const ICANON: u32 = 2;

/// Each `B*` code and the baud rate it stands for.
#[rustfmt::skip]
const SPEEDS: &[(i64, u32)] = &[
    (0, 0), (1, 50), (2, 75), (3, 110), (4, 134), (5, 150), (6, 200), (7, 300), (8, 600),
    (9, 1200), (10, 1800), (11, 2400), (12, 4800), (13, 9600), (14, 19200), (15, 38400),
    (4097, 57600), (4098, 115_200), (4099, 230_400), (4100, 460_800), (4101, 500_000),
    (4102, 576_000), (4103, 921_600), (4104, 1_000_000), (4105, 1_152_000),
    (4106, 1_500_000), (4107, 2_000_000), (4108, 2_500_000), (4109, 3_000_000),
    (4110, 3_500_000), (4111, 4_000_000),
];

use crate::termios_constants::CONSTANTS;

/// Creates `termios`.
pub(crate) fn create(vm: &mut Vm) -> PyResult<Gc<Object>> {
    let funcs: &[(&'static str, NativeFn)] = &[
        ("tcgetattr", tcgetattr),
        ("tcsetattr", tcsetattr),
        ("tcsendbreak", tcsendbreak),
        ("tcdrain", tcdrain),
        ("tcflush", tcflush),
        ("tcflow", tcflow),
        ("tcgetwinsize", tcgetwinsize),
        ("tcsetwinsize", tcsetwinsize),
    ];
    let mut attrs = module_functions(vm, funcs);
    let exception = vm.types().exception;
    let error = native::new_exception_class(vm, "termios", "error", vec![exception])?;
    attrs.push(("error", Value::Obj(error)));
    for &(name, v) in CONSTANTS {
        attrs.push((name, Value::Int(v)));
    }
    Ok(new_module(vm, "termios", attrs))
}

/// `termios.error(errno, strerror)` for an OS error.
fn term_error(vm: &mut Vm, e: &std::io::Error) -> Exception {
    let code = e.raw_os_error().unwrap_or(0);
    let full = e.to_string();
    let text = match full.find(" (os error") {
        Some(i) => full[..i].to_owned(),
        None => full,
    };
    let class = match native::module_class(vm, "termios", "error") {
        Ok(c) => c,
        Err(e) => return e,
    };
    let text = vm.new_str(text);
    vm.new_exception(class, vec![Value::Int(i64::from(code)), text])
}

/// The descriptor argument, duplicated so that rustix can borrow it; a descriptor Krait
/// cannot reach is `EBADF`, as the OS would say.
fn term_fd(vm: &mut Vm, v: Value) -> PyResult<OwnedFd> {
    let fd = crate::select_module::fd_of(vm, v)?;
    match krait_vm::builtins::os_extra::dup_fd(vm, i64::from(fd)) {
        Ok(fd) => Ok(fd),
        Err(_) => Err(term_error(vm, &std::io::Error::from_raw_os_error(9))),
    }
}

fn io<T>(vm: &mut Vm, r: rustix::io::Result<T>) -> PyResult<T> {
    r.map_err(|e| term_error(vm, &std::io::Error::from(e)))
}

fn tcgetattr(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "termios.tcgetattr", args, 1, 1)?;
    let fd = term_fd(vm, args[0])?;
    let t = io(vm, rustix::termios::tcgetattr(fd.as_fd()))?;
    let lflag = t.local_modes.bits();
    let mut cc = Vec::with_capacity(NCCS);
    let mut codes = [0u8; NCCS];
    for (i, index) in SPECIAL {
        codes[i] = t.special_codes[index];
    }
    for (i, &c) in codes.iter().enumerate() {
        let canonical = lflag & ICANON != 0;
        if !canonical && (i == VMIN || i == VTIME) {
            cc.push(Value::Int(i64::from(c)));
        } else {
            cc.push(native::bytes(vm, vec![c]));
        }
    }
    let cc = vm.new_list(cc);
    let items = vec![
        Value::Int(i64::from(t.input_modes.bits())),
        Value::Int(i64::from(t.output_modes.bits())),
        Value::Int(i64::from(t.control_modes.bits())),
        Value::Int(i64::from(lflag)),
        Value::Int(speed_code(t.input_speed())),
        Value::Int(speed_code(t.output_speed())),
        cc,
    ];
    Ok(vm.new_list(items))
}

fn speed_code(baud: u32) -> i64 {
    SPEEDS
        .iter()
        .find(|&&(_, b)| b == baud)
        .map_or(i64::from(baud), |&(code, _)| code)
}

/// The items of a list argument, or `None` for anything else.
fn list_items(v: Value) -> Option<Vec<Value>> {
    match v.payload() {
        Some(Payload::List(l)) => Some(l.borrow().clone()),
        _ => None,
    }
}

/// A flag word: C's `tcflag_t` takes the low 32 bits of the int given.
fn flag_word(vm: &mut Vm, v: Value) -> PyResult<u32> {
    Ok(int_arg(vm, v)? as u32)
}

fn tcsetattr(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "tcsetattr", args, 3, 3)?;
    let fd = term_fd(vm, args[0])?;
    let when = native::c_int(vm, args[1])?;
    let attrs = match list_items(args[2]) {
        Some(items) if items.len() == 7 => items,
        _ => return Err(vm.type_error("tcsetattr, arg 3: must be 7 element list")),
    };
    // The current attributes first, as CPython does: fields Linux has and the list lacks
    // keep their values.
    let mut t: Termios = io(vm, rustix::termios::tcgetattr(fd.as_fd()))?;
    t.input_modes = InputModes::from_bits_retain(flag_word(vm, attrs[0])?);
    t.output_modes = OutputModes::from_bits_retain(flag_word(vm, attrs[1])?);
    t.control_modes = ControlModes::from_bits_retain(flag_word(vm, attrs[2])?);
    t.local_modes = LocalModes::from_bits_retain(flag_word(vm, attrs[3])?);
    let ispeed = int_arg(vm, attrs[4])?;
    let ospeed = int_arg(vm, attrs[5])?;
    let cc = match list_items(attrs[6]) {
        Some(items) if items.len() == NCCS => items,
        _ => {
            let msg = format!("tcsetattr: attributes[6] must be {NCCS} element list");
            return Err(vm.type_error(msg));
        }
    };
    let mut codes = [0u8; NCCS];
    for (slot, &item) in codes.iter_mut().zip(cc.iter()) {
        *slot = match (item, item.payload()) {
            (_, Some(Payload::Bytes(b))) if b.len() == 1 => b[0],
            (Value::Int(n), _) => n as u8,
            _ => {
                let msg = "tcsetattr: elements of attributes must be characters or integers";
                return Err(vm.type_error(msg));
            }
        };
    }
    for (i, index) in SPECIAL {
        t.special_codes[index] = codes[i];
    }
    for (code, setter) in [(ispeed, true), (ospeed, false)] {
        let baud = SPEEDS
            .iter()
            .find(|&&(c, _)| c == code)
            .map_or(code as u32, |&(_, b)| b);
        // Only a change is written: rustix records an input speed in the CIBAUD bits of
        // `cflag`, which glibc (and so CPython) leaves clear, and an unchanged list must
        // read back unchanged.
        let r = if setter && baud != t.input_speed() {
            t.set_input_speed(baud)
        } else if !setter && baud != t.output_speed() {
            t.set_output_speed(baud)
        } else {
            Ok(())
        };
        io(vm, r)?;
    }
    let action = match when {
        0 => OptionalActions::Now,
        1 => OptionalActions::Drain,
        2 => OptionalActions::Flush,
        _ => return Err(term_error(vm, &std::io::Error::from_raw_os_error(22))),
    };
    io(vm, rustix::termios::tcsetattr(fd.as_fd(), action, &t))?;
    Ok(Value::None)
}

fn tcsendbreak(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "tcsendbreak", args, 2, 2)?;
    let fd = term_fd(vm, args[0])?;
    native::c_int(vm, args[1])?;
    io(vm, rustix::termios::tcsendbreak(fd.as_fd()))?;
    Ok(Value::None)
}

fn tcdrain(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "termios.tcdrain", args, 1, 1)?;
    let fd = term_fd(vm, args[0])?;
    io(vm, rustix::termios::tcdrain(fd.as_fd()))?;
    Ok(Value::None)
}

fn tcflush(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "tcflush", args, 2, 2)?;
    let fd = term_fd(vm, args[0])?;
    let queue = native::c_int(vm, args[1])?;
    // An unknown selector still reaches the OS in CPython, which answers ENOTTY for a
    // non-terminal before it looks at the selector: ask for the attributes to get that.
    io(vm, rustix::termios::tcgetattr(fd.as_fd()))?;
    let queue = match queue {
        0 => QueueSelector::IFlush,
        1 => QueueSelector::OFlush,
        2 => QueueSelector::IOFlush,
        _ => return Err(term_error(vm, &std::io::Error::from_raw_os_error(22))),
    };
    io(vm, rustix::termios::tcflush(fd.as_fd(), queue))?;
    Ok(Value::None)
}

fn tcflow(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "tcflow", args, 2, 2)?;
    let fd = term_fd(vm, args[0])?;
    let action = native::c_int(vm, args[1])?;
    io(vm, rustix::termios::tcgetattr(fd.as_fd()))?;
    let action = match action {
        0 => Action::OOff,
        1 => Action::OOn,
        2 => Action::IOff,
        3 => Action::IOn,
        _ => return Err(term_error(vm, &std::io::Error::from_raw_os_error(22))),
    };
    io(vm, rustix::termios::tcflow(fd.as_fd(), action))?;
    Ok(Value::None)
}

fn tcgetwinsize(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "termios.tcgetwinsize", args, 1, 1)?;
    let fd = term_fd(vm, args[0])?;
    let w = io(vm, rustix::termios::tcgetwinsize(fd.as_fd()))?;
    let items = vec![
        Value::Int(i64::from(w.ws_row)),
        Value::Int(i64::from(w.ws_col)),
    ];
    Ok(vm.new_tuple(items))
}

fn tcsetwinsize(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "tcsetwinsize", args, 2, 2)?;
    let fd = term_fd(vm, args[0])?;
    let pair = match args[1].payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        Some(Payload::List(l)) => l.borrow().clone(),
        _ => Vec::new(),
    };
    if pair.len() != 2 {
        return Err(vm.type_error("tcsetwinsize, arg 2: must be a two-item sequence"));
    }
    let mut w: Winsize = io(vm, rustix::termios::tcgetwinsize(fd.as_fd()))?;
    w.ws_row = int_arg(vm, pair[0])? as u16;
    w.ws_col = int_arg(vm, pair[1])? as u16;
    io(vm, rustix::termios::tcsetwinsize(fd.as_fd(), w))?;
    Ok(Value::None)
}
