//! The `_stat` module: the file-mode constants and tests of `<sys/stat.h>` with Linux's
//! values, the `st_flags` bits of BSD (which `stat.py` exports on every platform), and
//! `filemode`. CPython's `stat` module defines all of them in Python too and then replaces
//! them with `_stat`'s (`from _stat import *`), so these must agree with it exactly,
//! including which arguments are refused and how.

use krait_gc::Gc;

use krait_vm::builtins::{module_functions, new_module};
use krait_vm::error::PyResult;
use krait_vm::object::function::KwArgs;
use krait_vm::object::{NativeFn, Object, Payload};
use krait_vm::value::Value;
use krait_vm::vm::Vm;

/// The file-type bits of a mode.
const S_IFMT: u32 = 0o170000;
const S_IFSOCK: u32 = 0o140000;
const S_IFLNK: u32 = 0o120000;
const S_IFREG: u32 = 0o100000;
const S_IFBLK: u32 = 0o060000;
const S_IFDIR: u32 = 0o040000;
const S_IFCHR: u32 = 0o020000;
const S_IFIFO: u32 = 0o010000;

const S_ISUID: u32 = 0o4000;
const S_ISGID: u32 = 0o2000;
const S_ISVTX: u32 = 0o1000;

/// The integer constants, by name. Doors, event ports and whiteouts do not exist on Linux,
/// so their type bits are 0 and no mode is one of them.
const CONSTANTS: &[(&str, u32)] = &[
    ("ST_MODE", 0),
    ("ST_INO", 1),
    ("ST_DEV", 2),
    ("ST_NLINK", 3),
    ("ST_UID", 4),
    ("ST_GID", 5),
    ("ST_SIZE", 6),
    ("ST_ATIME", 7),
    ("ST_MTIME", 8),
    ("ST_CTIME", 9),
    ("S_IFSOCK", S_IFSOCK),
    ("S_IFLNK", S_IFLNK),
    ("S_IFREG", S_IFREG),
    ("S_IFBLK", S_IFBLK),
    ("S_IFDIR", S_IFDIR),
    ("S_IFCHR", S_IFCHR),
    ("S_IFIFO", S_IFIFO),
    ("S_IFDOOR", 0),
    ("S_IFPORT", 0),
    ("S_IFWHT", 0),
    ("S_ISUID", S_ISUID),
    ("S_ISGID", S_ISGID),
    ("S_ENFMT", S_ISGID),
    ("S_ISVTX", S_ISVTX),
    ("S_IREAD", 0o400),
    ("S_IWRITE", 0o200),
    ("S_IEXEC", 0o100),
    ("S_IRWXU", 0o700),
    ("S_IRUSR", 0o400),
    ("S_IWUSR", 0o200),
    ("S_IXUSR", 0o100),
    ("S_IRWXG", 0o070),
    ("S_IRGRP", 0o040),
    ("S_IWGRP", 0o020),
    ("S_IXGRP", 0o010),
    ("S_IRWXO", 0o007),
    ("S_IROTH", 0o004),
    ("S_IWOTH", 0o002),
    ("S_IXOTH", 0o001),
    ("UF_NODUMP", 0x1),
    ("UF_IMMUTABLE", 0x2),
    ("UF_APPEND", 0x4),
    ("UF_OPAQUE", 0x8),
    ("UF_NOUNLINK", 0x10),
    ("UF_COMPRESSED", 0x20),
    ("UF_HIDDEN", 0x8000),
    ("SF_ARCHIVED", 0x10000),
    ("SF_IMMUTABLE", 0x20000),
    ("SF_APPEND", 0x40000),
    ("SF_NOUNLINK", 0x100000),
    ("SF_SNAPSHOT", 0x200000),
];

/// Creates `_stat`.
pub(crate) fn create(vm: &mut Vm) -> Gc<Object> {
    let funcs: &[(&'static str, NativeFn)] = &[
        ("S_ISDIR", is_dir),
        ("S_ISCHR", is_chr),
        ("S_ISBLK", is_blk),
        ("S_ISREG", is_reg),
        ("S_ISFIFO", is_fifo),
        ("S_ISLNK", is_lnk),
        ("S_ISSOCK", is_sock),
        ("S_ISDOOR", is_door),
        ("S_ISPORT", is_port),
        ("S_ISWHT", is_wht),
        ("S_IMODE", imode),
        ("S_IFMT", ifmt),
        ("filemode", filemode),
    ];
    let mut attrs = module_functions(vm, funcs);
    for &(name, value) in CONSTANTS {
        attrs.push((name, Value::Int(i64::from(value))));
    }
    let doc = vm.new_str("The file mode constants and tests of <sys/stat.h>, and filemode().");
    attrs.push(("__doc__", doc));
    new_module(vm, "_stat", attrs)
}

/// The one argument of `name`, a mode: an int that fits C's `mode_t` (32 bits on Linux).
fn mode_arg(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<u32> {
    let [v] = args else {
        let msg = format!(
            "_stat.{name}() takes exactly one argument ({} given)",
            args.len()
        );
        return Err(vm.type_error(msg));
    };
    let wide: u64 = match *v {
        Value::Int(i) if i < 0 => return Err(negative(vm)),
        Value::Int(i) => i as u64,
        Value::Bool(b) => u64::from(b),
        v => match v.payload() {
            Some(Payload::BigInt(b)) => {
                if b.sign() == num_bigint::Sign::Minus {
                    return Err(negative(vm));
                }
                match num_traits::ToPrimitive::to_u64(b) {
                    Some(n) => n,
                    None => {
                        let msg = "Python int too large to convert to C unsigned long";
                        return Err(vm.overflow_error(msg));
                    }
                }
            }
            _ => return Err(vm.type_error("an integer is required")),
        },
    };
    u32::try_from(wide).map_err(|_| vm.overflow_error("mode out of range"))
}

fn negative(vm: &mut Vm) -> krait_vm::error::Exception {
    vm.overflow_error("can't convert negative value to unsigned int")
}

/// Whether `args`' mode has the file type `kind`.
fn has_type(vm: &mut Vm, name: &str, args: &[Value], kind: u32) -> PyResult<Value> {
    let mode = mode_arg(vm, name, args)?;
    Ok(Value::Bool(mode & S_IFMT == kind))
}

/// `S_ISDIR(mode)`: whether the mode is a directory's.
fn is_dir(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    has_type(vm, "S_ISDIR", args, S_IFDIR)
}

/// `S_ISCHR(mode)`: whether the mode is a character device's.
fn is_chr(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    has_type(vm, "S_ISCHR", args, S_IFCHR)
}

/// `S_ISBLK(mode)`: whether the mode is a block device's.
fn is_blk(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    has_type(vm, "S_ISBLK", args, S_IFBLK)
}

/// `S_ISREG(mode)`: whether the mode is a regular file's.
fn is_reg(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    has_type(vm, "S_ISREG", args, S_IFREG)
}

/// `S_ISFIFO(mode)`: whether the mode is a named pipe's.
fn is_fifo(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    has_type(vm, "S_ISFIFO", args, S_IFIFO)
}

/// `S_ISLNK(mode)`: whether the mode is a symbolic link's.
fn is_lnk(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    has_type(vm, "S_ISLNK", args, S_IFLNK)
}

/// `S_ISSOCK(mode)`: whether the mode is a socket's.
fn is_sock(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    has_type(vm, "S_ISSOCK", args, S_IFSOCK)
}

/// `S_ISDOOR(mode)`: always false, Linux has no doors; the mode is still checked, as
/// CPython does.
fn is_door(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    mode_arg(vm, "S_ISDOOR", args).map(|_| Value::Bool(false))
}

/// `S_ISPORT(mode)`: always false, Linux has no event ports.
fn is_port(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    mode_arg(vm, "S_ISPORT", args).map(|_| Value::Bool(false))
}

/// `S_ISWHT(mode)`: always false, Linux has no whiteouts.
fn is_wht(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    mode_arg(vm, "S_ISWHT", args).map(|_| Value::Bool(false))
}

/// `S_IMODE(mode)`: the part of the mode `os.chmod` can set.
fn imode(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let mode = mode_arg(vm, "S_IMODE", args)?;
    Ok(Value::Int(i64::from(mode & 0o7777)))
}

/// `S_IFMT(mode)`: the part of the mode that gives the file type.
fn ifmt(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let mode = mode_arg(vm, "S_IFMT", args)?;
    Ok(Value::Int(i64::from(mode & S_IFMT)))
}

/// `filemode(mode)`: the mode as `ls -l` shows it, such as `-rwxr-xr-x`.
fn filemode(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let mode = mode_arg(vm, "filemode", args)?;
    let kind = match mode & S_IFMT {
        S_IFREG => '-',
        S_IFDIR => 'd',
        S_IFLNK => 'l',
        S_IFBLK => 'b',
        S_IFCHR => 'c',
        S_IFIFO => 'p',
        S_IFSOCK => 's',
        _ => '?',
    };
    let mut text = String::with_capacity(10);
    text.push(kind);
    // Owner, group, others: read and write bits, then the execute bit, which shares its
    // place with set-user-ID, set-group-ID and sticky (lower case when also executable).
    for (shift, special, on, off) in [
        (6, S_ISUID, 's', 'S'),
        (3, S_ISGID, 's', 'S'),
        (0, S_ISVTX, 't', 'T'),
    ] {
        let bits = (mode >> shift) & 0o7;
        text.push(if bits & 0o4 != 0 { 'r' } else { '-' });
        text.push(if bits & 0o2 != 0 { 'w' } else { '-' });
        let exec = bits & 0o1 != 0;
        text.push(match (mode & special != 0, exec) {
            (true, true) => on,
            (true, false) => off,
            (false, true) => 'x',
            (false, false) => '-',
        });
    }
    Ok(vm.new_str(&text))
}
