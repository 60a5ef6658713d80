//! The `_socket` module: the socket type (IPv4, IPv6 and Unix-domain, stream and
//! datagram) over rustix's safe system calls, name resolution through the C library
//! (std's `ToSocketAddrs`), and the byte-order and address-text helpers.
//!
//! Descriptors: every socket descriptor Krait opened lives in a per-thread registry keyed
//! by its number. A socket object names its entry; `detach()` leaves the entry for a later
//! `socket(fileno=N)` to adopt (as `socket.py`'s `accept` and `socketpair` do), and the
//! entry is closed when its owning object closes or is collected. `select` resolves
//! descriptors through the same registry (`with_fds`).

use std::cell::RefCell;
use std::collections::HashMap;
use std::net::{Ipv4Addr, Ipv6Addr, SocketAddrV4, SocketAddrV6, ToSocketAddrs};
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, OwnedFd};
use std::time::{Duration, Instant};

use krait_gc::Gc;
use rustix::net::{
    AddressFamily, Protocol, RecvFlags, SendFlags, SocketAddrAny, SocketFlags, SocketType,
};

use krait_vm::builtins::native::{self, bind, bytes, Sig};
use krait_vm::builtins::{arity, int_arg, method_arity, module_functions, new_module};
use krait_vm::error::{Exception, PyResult};
use krait_vm::interp::fd_wait::{Interest, Wake};
use krait_vm::object::function::KwArgs;
use krait_vm::object::{NativeFn, Object, Payload};
use krait_vm::value::Value;
use krait_vm::vm::Vm;

const AF_UNIX: i64 = 1;
const AF_INET: i64 = 2;
const AF_INET6: i64 = 10;
const SOCK_STREAM: i64 = 1;
const SOCK_DGRAM: i64 = 2;
const SOCK_NONBLOCK: i64 = 0o4000;
const SOCK_CLOEXEC: i64 = 0o2000000;

thread_local! {
    /// The socket descriptors Krait opened and has not closed.
    static SOCKETS: RefCell<HashMap<i32, OwnedFd>> = RefCell::new(HashMap::new());
}

fn register(fd: OwnedFd) -> i32 {
    let n = fd.as_raw_fd();
    SOCKETS.with(|m| m.borrow_mut().insert(n, fd));
    n
}

fn unregister(n: i32) {
    let fd = SOCKETS.with(|m| m.borrow_mut().remove(&n));
    drop(fd);
}

/// Runs `f` with borrowed descriptors for the numbers in `nums`: Krait's own sockets, the
/// standard streams, and for any other number the duplicate in `others` (made by the caller
/// from the files the process owns, `os_extra::dup_fd`: a duplicate shares the open file, so
/// its readiness is the original's). `None` where none of these knows the number.
pub(crate) fn with_fds<R>(
    nums: &[i32],
    others: &[Option<OwnedFd>],
    f: impl FnOnce(&[Option<BorrowedFd<'_>>]) -> R,
) -> R {
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    SOCKETS.with(|m| {
        let m = m.borrow();
        let borrowed: Vec<Option<BorrowedFd<'_>>> = nums
            .iter()
            .zip(others)
            .map(|(n, other)| match (m.get(n), n, other) {
                (Some(fd), _, _) => Some(fd.as_fd()),
                (None, 0, _) => Some(stdin.as_fd()),
                (None, 1, _) => Some(stdout.as_fd()),
                (None, 2, _) => Some(stderr.as_fd()),
                (None, _, Some(fd)) => Some(fd.as_fd()),
                _ => None,
            })
            .collect();
        f(&borrowed)
    })
}

/// Whether `n` is one of Krait's own sockets.
pub(crate) fn is_socket(n: i32) -> bool {
    SOCKETS.with(|m| m.borrow().contains_key(&n))
}

/// The state of a `_socket.socket`.
struct Sock {
    fd: Option<i32>,
    family: i64,
    kind: i64,
    proto: i64,
    /// `None`: blocking; `Some(0.0)`: non-blocking; otherwise seconds per operation.
    timeout: Option<f64>,
}

impl Drop for Sock {
    fn drop(&mut self) {
        if let Some(n) = self.fd.take() {
            unregister(n);
        }
    }
}

thread_local! {
    static DEFAULT_TIMEOUT: std::cell::Cell<Option<f64>> = const { std::cell::Cell::new(None) };
}

/// Creates `_socket`.
pub(crate) fn create(vm: &mut Vm) -> PyResult<Gc<Object>> {
    let funcs: &[(&'static str, NativeFn)] = &[
        ("socketpair", socketpair),
        ("gethostname", gethostname),
        ("gethostbyname", gethostbyname),
        ("gethostbyaddr", gethostbyaddr),
        ("getaddrinfo", getaddrinfo),
        ("inet_aton", inet_aton),
        ("inet_ntoa", inet_ntoa),
        ("inet_pton", inet_pton),
        ("inet_ntop", inet_ntop),
        ("htons", htons),
        ("ntohs", htons),
        ("htonl", htonl),
        ("ntohl", htonl),
        ("getdefaulttimeout", getdefaulttimeout),
        ("setdefaulttimeout", setdefaulttimeout),
        ("dup", dup),
        ("close", close_fd),
    ];
    let mut attrs = module_functions(vm, funcs);
    let methods: &[(&'static str, NativeFn)] = &[
        ("__init__", sock_init),
        ("fileno", sock_fileno),
        ("close", sock_close),
        ("detach", sock_detach),
        ("_accept", sock_accept),
        ("bind", sock_bind),
        ("connect", sock_connect),
        ("connect_ex", sock_connect_ex),
        ("listen", sock_listen),
        ("send", sock_send),
        ("sendall", sock_sendall),
        ("sendto", sock_sendto),
        ("recv", sock_recv),
        ("recvfrom", sock_recvfrom),
        ("recv_into", sock_recv_into),
        ("setsockopt", sock_setsockopt),
        ("getsockopt", sock_getsockopt),
        ("settimeout", sock_settimeout),
        ("gettimeout", sock_gettimeout),
        ("setblocking", sock_setblocking),
        ("getblocking", sock_getblocking),
        ("getsockname", sock_getsockname),
        ("getpeername", sock_getpeername),
        ("shutdown", sock_shutdown),
    ];
    let class = native::new_class(vm, "_socket", "socket", Some(sock_new), methods);
    native::getter(vm, class, "family", sock_family);
    native::getter(vm, class, "type", sock_type);
    native::getter(vm, class, "proto", sock_proto);
    native::getter(vm, class, "timeout", sock_gettimeout);
    attrs.push(("socket", Value::Obj(class)));
    attrs.push(("SocketType", Value::Obj(class)));
    let os_error = vm.types().os_error;
    attrs.push(("error", Value::Obj(os_error)));
    let timeout_error = vm.types().timeout_error;
    attrs.push(("timeout", Value::Obj(timeout_error)));
    let herror = native::new_exception_class(vm, "socket", "herror", vec![os_error])?;
    let gaierror = native::new_exception_class(vm, "socket", "gaierror", vec![os_error])?;
    attrs.push(("herror", Value::Obj(herror)));
    attrs.push(("gaierror", Value::Obj(gaierror)));
    for &(name, v) in CONSTANTS {
        attrs.push((name, Value::Int(v)));
    }
    attrs.push(("has_ipv6", Value::Bool(true)));
    Ok(new_module(vm, "_socket", attrs))
}

/// Linux's values, as CPython's `_socket` exports them.
const CONSTANTS: &[(&str, i64)] = &[
    ("AF_UNSPEC", 0),
    ("AF_UNIX", AF_UNIX),
    ("AF_INET", AF_INET),
    ("AF_INET6", AF_INET6),
    ("SOCK_STREAM", SOCK_STREAM),
    ("SOCK_DGRAM", SOCK_DGRAM),
    ("SOCK_RAW", 3),
    ("SOCK_RDM", 4),
    ("SOCK_SEQPACKET", 5),
    ("SOCK_NONBLOCK", SOCK_NONBLOCK),
    ("SOCK_CLOEXEC", SOCK_CLOEXEC),
    ("SOL_SOCKET", 1),
    ("SOL_IP", 0),
    ("SOL_TCP", 6),
    ("SOL_UDP", 17),
    ("SO_DEBUG", 1),
    ("SO_REUSEADDR", 2),
    ("SO_TYPE", 3),
    ("SO_ERROR", 4),
    ("SO_DONTROUTE", 5),
    ("SO_BROADCAST", 6),
    ("SO_SNDBUF", 7),
    ("SO_RCVBUF", 8),
    ("SO_KEEPALIVE", 9),
    ("SO_OOBINLINE", 10),
    ("SO_LINGER", 13),
    ("SO_REUSEPORT", 15),
    ("SO_RCVLOWAT", 18),
    ("SO_SNDLOWAT", 19),
    ("SO_RCVTIMEO", 20),
    ("SO_SNDTIMEO", 21),
    ("SO_ACCEPTCONN", 30),
    ("SO_PROTOCOL", 38),
    ("SO_DOMAIN", 39),
    ("SOMAXCONN", 4096),
    ("SCM_RIGHTS", 1),
    ("IPPROTO_IP", 0),
    ("IPPROTO_ICMP", 1),
    ("IPPROTO_TCP", 6),
    ("IPPROTO_UDP", 17),
    ("IPPROTO_IPV6", 41),
    ("IPPROTO_RAW", 255),
    ("IP_TOS", 1),
    ("IP_TTL", 2),
    ("IP_MULTICAST_TTL", 33),
    ("IP_MULTICAST_LOOP", 34),
    ("IP_ADD_MEMBERSHIP", 35),
    ("IPV6_V6ONLY", 26),
    ("TCP_NODELAY", 1),
    ("TCP_MAXSEG", 2),
    ("TCP_KEEPIDLE", 4),
    ("TCP_KEEPINTVL", 5),
    ("TCP_KEEPCNT", 6),
    ("MSG_OOB", 1),
    ("MSG_PEEK", 2),
    ("MSG_DONTROUTE", 4),
    ("MSG_WAITALL", 256),
    ("MSG_DONTWAIT", 64),
    ("MSG_NOSIGNAL", 16384),
    ("SHUT_RD", 0),
    ("SHUT_WR", 1),
    ("SHUT_RDWR", 2),
    ("AI_PASSIVE", 1),
    ("AI_CANONNAME", 2),
    ("AI_NUMERICHOST", 4),
    ("AI_V4MAPPED", 8),
    ("AI_ALL", 16),
    ("AI_ADDRCONFIG", 32),
    ("AI_NUMERICSERV", 1024),
    ("NI_NUMERICHOST", 1),
    ("NI_NUMERICSERV", 2),
    ("NI_NOFQDN", 4),
    ("NI_NAMEREQD", 8),
    ("NI_DGRAM", 16),
    ("NI_MAXHOST", 1025),
    ("NI_MAXSERV", 32),
    ("EAI_AGAIN", -3),
    ("EAI_BADFLAGS", -1),
    ("EAI_FAIL", -4),
    ("EAI_FAMILY", -6),
    ("EAI_MEMORY", -10),
    ("EAI_NONAME", -2),
    ("EAI_SERVICE", -8),
    ("EAI_SOCKTYPE", -7),
    ("INADDR_ANY", 0),
    ("INADDR_BROADCAST", 0xffff_ffff),
    ("INADDR_LOOPBACK", 0x7f00_0001),
    ("INADDR_NONE", 0xffff_ffff),
];

fn os_err(vm: &mut Vm, e: rustix::io::Errno) -> Exception {
    vm.io_error(&std::io::Error::from(e), None)
}

fn os_msg(vm: &mut Vm, msg: &str) -> Exception {
    let class = vm.types().os_error;
    vm.new_error(class, msg)
}

fn errno_err(vm: &mut Vm, code: i32) -> Exception {
    vm.io_error(&std::io::Error::from_raw_os_error(code), None)
}

// ---- the socket object ----

fn sock_new(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let default = vm.types().object;
    let class = native::new_class_arg(args, default);
    let state = Sock {
        fd: None,
        family: AF_INET,
        kind: SOCK_STREAM,
        proto: 0,
        timeout: None,
    };
    Ok(native::new_object(vm, class, state))
}

fn sock<'a>(vm: &mut Vm, args: &'a [Value], method: &str) -> PyResult<std::cell::RefMut<'a, Sock>> {
    native::self_state::<Sock>(vm, args, method, "_socket.socket")
}

/// The descriptor of an open socket, or `[Errno 9] Bad file descriptor`.
fn open_fd(vm: &mut Vm, args: &[Value], method: &str) -> PyResult<(i32, Option<f64>)> {
    let s = sock(vm, args, method)?;
    match s.fd {
        Some(fd) => Ok((fd, s.timeout)),
        None => {
            drop(s);
            Err(errno_err(vm, 9))
        }
    }
}

/// Runs a system call on a registered descriptor.
fn on_fd<R>(
    fd: i32,
    f: impl FnOnce(BorrowedFd<'_>) -> rustix::io::Result<R>,
) -> rustix::io::Result<R> {
    SOCKETS.with(|m| match m.borrow().get(&fd) {
        Some(owned) => f(owned.as_fd()),
        None => Err(rustix::io::Errno::BADF),
    })
}

/// A duplicate of socket descriptor `n` (one Krait opened, or any other descriptor the
/// process owns), to wait on.
pub(crate) fn dup_number(vm: &mut Vm, n: i32) -> Option<OwnedFd> {
    match on_fd(n, |b| rustix::io::dup(b)) {
        Ok(fd) => Some(fd),
        Err(_) => krait_vm::builtins::os_extra::dup_fd(vm, i64::from(n)).ok(),
    }
}

fn timed_out(vm: &mut Vm) -> Exception {
    let class = vm.types().timeout_error;
    native::error(vm, class, "timed out")
}

/// Runs `then` once `fd` is ready for `interest` within the socket's timeout, raising
/// `TimeoutError('timed out')` when it expires; other threads run meanwhile. A
/// non-blocking socket (timeout 0) runs `then` at once.
fn when_ready(
    vm: &mut Vm,
    fd: i32,
    timeout: Option<f64>,
    interest: Interest,
    keep: &[Value],
    then: impl FnOnce(&mut Vm, &[Value]) -> PyResult<Value> + 'static,
) -> PyResult<Value> {
    let deadline = match timeout {
        Some(t) if t <= 0.0 => return then(vm, keep),
        Some(t) => Some(Instant::now() + Duration::from_secs_f64(t.min(1e9))),
        None => None,
    };
    vm.wait_fd(
        move |vm| dup_number(vm, fd),
        interest,
        deadline,
        keep,
        move |vm, keep, wake| match wake {
            Wake::TimedOut => Err(timed_out(vm)),
            Wake::Ready => then(vm, keep),
        },
    )
}

/// Whether a call that found its socket not ready after all (another thread took the
/// data, or the wait was spurious) waits again: only when threads run, the socket is not
/// non-blocking, and the caller did not ask for `MSG_DONTWAIT` itself.
fn waits_again(e: rustix::io::Errno, dontwait: bool, timeout: Option<f64>) -> bool {
    e == rustix::io::Errno::AGAIN && dontwait && timeout != Some(0.0)
}

const INIT_SIG: Sig = Sig {
    name: "socket",
    module: "_socket",
    params: &["family", "type", "proto", "fileno"],
    posonly: 0,
    maxpos: 4,
    required: 0,
};

fn sock_init(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    sock(vm, args, "__init__")?;
    let a = bind(vm, &INIT_SIG, &args[1..], kw)?;
    let num = |vm: &mut Vm, v: Option<Value>| -> PyResult<i64> {
        match v {
            None | Some(Value::None) => Ok(-1),
            Some(v) => native::c_int(vm, v),
        }
    };
    let mut family = num(vm, a[0])?;
    let mut kind = num(vm, a[1])?;
    let mut proto = num(vm, a[2])?;
    let fd = match a[3] {
        Some(v) if !v.is_none() => {
            let n = native::c_int(vm, v)?;
            if n < 0 {
                return Err(vm.value_error("negative file descriptor"));
            }
            let n = n as i32;
            let known = SOCKETS.with(|m| m.borrow().contains_key(&n));
            if !known {
                return Err(errno_err(vm, 9));
            }
            if family == -1 {
                family = on_fd(n, |b| rustix::net::sockopt::socket_domain(b))
                    .map(|f| i64::from(f.as_raw()))
                    .unwrap_or(AF_INET);
            }
            if kind == -1 {
                kind = on_fd(n, |b| rustix::net::sockopt::socket_type(b))
                    .map(|t| i64::from(t.as_raw()))
                    .unwrap_or(SOCK_STREAM);
            }
            if proto == -1 {
                proto = on_fd(n, |b| rustix::net::sockopt::socket_protocol(b))
                    .ok()
                    .flatten()
                    .map_or(0, |p| i64::from(p.as_raw().get()));
            }
            n
        }
        _ => {
            if family == -1 {
                family = AF_INET;
            }
            if kind == -1 {
                kind = SOCK_STREAM;
            }
            if proto == -1 {
                proto = 0;
            }
            let r = rustix::net::socket_with(
                AddressFamily::from_raw(family as u16),
                SocketType::from_raw((kind & !(SOCK_NONBLOCK | SOCK_CLOEXEC)) as u32),
                SocketFlags::CLOEXEC,
                std::num::NonZeroU32::new(proto as u32).map(Protocol::from_raw),
            );
            match r {
                Ok(fd) => register(fd),
                Err(e) => return Err(os_err(vm, e)),
            }
        }
    };
    let timeout = if kind & SOCK_NONBLOCK != 0 {
        Some(0.0)
    } else {
        DEFAULT_TIMEOUT.with(|d| d.get())
    };
    let _ = on_fd(fd, |b| rustix::io::ioctl_fionbio(b, timeout == Some(0.0)));
    let mut s = sock(vm, args, "__init__")?;
    if let Some(old) = s.fd.take() {
        unregister(old);
    }
    s.fd = Some(fd);
    s.family = family;
    s.kind = kind & !(SOCK_NONBLOCK | SOCK_CLOEXEC);
    s.proto = proto;
    s.timeout = timeout;
    Ok(Value::None)
}

fn sock_family(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Ok(Value::Int(sock(vm, args, "family")?.family))
}

fn sock_type(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Ok(Value::Int(sock(vm, args, "type")?.kind))
}

fn sock_proto(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Ok(Value::Int(sock(vm, args, "proto")?.proto))
}

fn sock_fileno(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "fileno", args, 0, 0)?;
    Ok(Value::Int(
        sock(vm, args, "fileno")?.fd.map_or(-1, i64::from),
    ))
}

fn sock_close(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "close", args, 0, 0)?;
    let fd = sock(vm, args, "close")?.fd.take();
    if let Some(fd) = fd {
        unregister(fd);
    }
    Ok(Value::None)
}

fn sock_detach(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "detach", args, 0, 0)?;
    let fd = sock(vm, args, "detach")?.fd.take();
    Ok(Value::Int(fd.map_or(-1, i64::from)))
}

/// `_accept()`: `(fd, address)` of a new connection; the descriptor stays registered for
/// the `socket(fileno=fd)` that adopts it.
fn sock_accept(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "_accept", args, 0, 0)?;
    let (fd, timeout) = open_fd(vm, args, "_accept")?;
    accept_when_ready(vm, fd, timeout)
}

fn accept_when_ready(vm: &mut Vm, fd: i32, timeout: Option<f64>) -> PyResult<Value> {
    when_ready(vm, fd, timeout, Interest::Readable, &[], move |vm, _| {
        let dontwait = vm.threads_running();
        let flags = if dontwait {
            SocketFlags::CLOEXEC | SocketFlags::NONBLOCK
        } else {
            SocketFlags::CLOEXEC
        };
        let r = on_fd(fd, |b| rustix::net::acceptfrom_with(b, flags));
        match r {
            Ok((new, addr)) => {
                if dontwait {
                    // Only the accept itself was not to block: the new socket blocks.
                    let _ = rustix::io::ioctl_fionbio(&new, false);
                }
                let n = register(new);
                let addr = match addr {
                    Some(a) => addr_value(vm, &a),
                    None => vm.new_str(""),
                };
                Ok(vm.new_tuple(vec![Value::Int(i64::from(n)), addr]))
            }
            Err(e) if waits_again(e, dontwait, timeout) => accept_when_ready(vm, fd, timeout),
            Err(e) => Err(os_err(vm, e)),
        }
    })
}

/// A parsed socket address.
enum Addr {
    V4(SocketAddrV4),
    V6(SocketAddrV6),
    Unix(rustix::net::SocketAddrUnix),
}

fn to_any(a: &Addr) -> SocketAddrAny {
    match a {
        Addr::V4(a) => SocketAddrAny::from(*a),
        Addr::V6(a) => SocketAddrAny::from(*a),
        Addr::Unix(a) => SocketAddrAny::from(a.clone()),
    }
}

/// The Python value of a socket address, as CPython's `makesockaddr`.
fn addr_value(vm: &mut Vm, a: &SocketAddrAny) -> Value {
    if let Ok(v4) = SocketAddrV4::try_from(a.clone()) {
        let host = vm.new_str(v4.ip().to_string());
        return vm.new_tuple(vec![host, Value::Int(i64::from(v4.port()))]);
    }
    if let Ok(v6) = SocketAddrV6::try_from(a.clone()) {
        let host = vm.new_str(v6.ip().to_string());
        return vm.new_tuple(vec![
            host,
            Value::Int(i64::from(v6.port())),
            Value::Int(i64::from(v6.flowinfo())),
            Value::Int(i64::from(v6.scope_id())),
        ]);
    }
    if let Ok(u) = rustix::net::SocketAddrUnix::try_from(a.clone()) {
        if let Some(name) = u.abstract_name() {
            let mut b = vec![0u8];
            b.extend_from_slice(name);
            return bytes(vm, b);
        }
        let path = u.path_bytes().unwrap_or(&[]);
        return vm.new_str(String::from_utf8_lossy(path).into_owned());
    }
    Value::None
}

/// A host name or address text to an IPv4 address (`''` is any, `'<broadcast>'` all).
fn resolve_v4(vm: &mut Vm, host: &str) -> PyResult<Ipv4Addr> {
    if host.is_empty() {
        return Ok(Ipv4Addr::UNSPECIFIED);
    }
    if host == "<broadcast>" {
        return Ok(Ipv4Addr::BROADCAST);
    }
    if let Ok(ip) = host.parse::<Ipv4Addr>() {
        return Ok(ip);
    }
    match (host, 0).to_socket_addrs() {
        Ok(addrs) => {
            for a in addrs {
                if let std::net::SocketAddr::V4(v4) = a {
                    return Ok(*v4.ip());
                }
            }
            Err(gai_error(vm, -2, "Name or service not known"))
        }
        Err(_) => Err(gai_error(vm, -2, "Name or service not known")),
    }
}

fn gai_error(vm: &mut Vm, code: i64, text: &str) -> Exception {
    let class = match native::module_class(vm, "_socket", "gaierror") {
        Ok(c) => c,
        Err(e) => return e,
    };
    let msg = vm.new_str(text);
    vm.new_exception(class, vec![Value::Int(code), msg])
}

fn port_arg(vm: &mut Vm, v: Value, caller: &str) -> PyResult<u16> {
    let n = int_arg(vm, v)?;
    if !(0..=65535).contains(&n) {
        let msg = format!("{caller}(): port must be 0-65535.");
        return Err(vm.overflow_error(msg));
    }
    Ok(n as u16)
}

fn host_text(vm: &mut Vm, v: Value) -> PyResult<String> {
    match v.payload() {
        Some(Payload::Str(s)) => Ok(s.as_str().to_owned()),
        Some(Payload::Bytes(b)) => Ok(String::from_utf8_lossy(b).into_owned()),
        _ => {
            let msg = format!("str, bytes or bytearray expected, not {}", vm.type_name(v));
            Err(vm.type_error(msg))
        }
    }
}

/// A socket address argument for a socket of `family`.
fn parse_addr(vm: &mut Vm, family: i64, v: Value, caller: &str) -> PyResult<Addr> {
    match family {
        AF_UNIX => {
            let path: Vec<u8> = match v.payload() {
                Some(Payload::Str(s)) => s.as_str().as_bytes().to_vec(),
                _ => match krait_vm::builtins::bytes::buffer(&v) {
                    Some(b) => b,
                    None => {
                        let msg =
                            format!("a bytes-like object is required, not '{}'", vm.type_name(v));
                        return Err(vm.type_error(msg));
                    }
                },
            };
            let r = if path.first() == Some(&0) {
                rustix::net::SocketAddrUnix::new_abstract_name(&path[1..])
            } else {
                rustix::net::SocketAddrUnix::new(path.as_slice())
            };
            match r {
                Ok(a) => Ok(Addr::Unix(a)),
                Err(_) => Err(os_msg(vm, "AF_UNIX path too long")),
            }
        }
        AF_INET | AF_INET6 => {
            let Some(Payload::Tuple(items)) = v.payload() else {
                let which = if family == AF_INET {
                    "AF_INET"
                } else {
                    "AF_INET6"
                };
                let msg = format!(
                    "{caller}(): {which} address must be tuple, not {}",
                    vm.type_name(v)
                );
                return Err(vm.type_error(msg));
            };
            let items: Vec<Value> = items.to_vec();
            if family == AF_INET {
                if items.len() != 2 {
                    let msg = "AF_INET address must be a pair (host, port)".to_string();
                    return Err(vm.type_error(msg));
                }
                let host = host_text(vm, items[0])?;
                let port = port_arg(vm, items[1], caller)?;
                let ip = resolve_v4(vm, &host)?;
                Ok(Addr::V4(SocketAddrV4::new(ip, port)))
            } else {
                if items.len() < 2 || items.len() > 4 {
                    let msg =
                        "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])"
                            .to_string();
                    return Err(vm.type_error(msg));
                }
                let host = host_text(vm, items[0])?;
                let port = port_arg(vm, items[1], caller)?;
                let flow = match items.get(2) {
                    Some(&f) => int_arg(vm, f)? as u32,
                    None => 0,
                };
                let scope = match items.get(3) {
                    Some(&s) => int_arg(vm, s)? as u32,
                    None => 0,
                };
                let ip = if host.is_empty() {
                    Ipv6Addr::UNSPECIFIED
                } else if let Ok(ip) = host.parse::<Ipv6Addr>() {
                    ip
                } else {
                    let found = (host.as_str(), 0)
                        .to_socket_addrs()
                        .ok()
                        .and_then(|mut it| {
                            it.find_map(|a| match a {
                                std::net::SocketAddr::V6(v6) => Some(*v6.ip()),
                                _ => None,
                            })
                        });
                    match found {
                        Some(ip) => ip,
                        None => return Err(gai_error(vm, -2, "Name or service not known")),
                    }
                };
                Ok(Addr::V6(SocketAddrV6::new(ip, port, flow, scope)))
            }
        }
        _ => Err(os_msg(vm, "getsockaddrarg: bad family")),
    }
}

fn sock_bind(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "bind", args, 1, 1)?;
    let (fd, _) = open_fd(vm, args, "bind")?;
    let family = sock(vm, args, "bind")?.family;
    let addr = parse_addr(vm, family, args[1], "bind")?;
    match on_fd(fd, |b| rustix::net::bind(b, &to_any(&addr))) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(os_err(vm, e)),
    }
}

/// Connects the socket; `finish` turns the outcome (`None`: connected, else the error)
/// into the call's result.
fn do_connect(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
    finish: fn(&mut Vm, Option<rustix::io::Errno>) -> PyResult<Value>,
) -> PyResult<Value> {
    method_arity(vm, name, args, 1, 1)?;
    let (fd, timeout) = open_fd(vm, args, name)?;
    let family = sock(vm, args, name)?.family;
    let addr = parse_addr(vm, family, args[1], name)?;
    let r = on_fd(fd, |b| rustix::net::connect(b, &to_any(&addr)));
    match r {
        Err(e) if e == rustix::io::Errno::INPROGRESS && timeout.is_some_and(|t| t > 0.0) => {
            when_ready(
                vm,
                fd,
                timeout,
                Interest::Writable,
                &[],
                move |vm, _| match on_fd(fd, |b| rustix::net::sockopt::socket_error(b)) {
                    Ok(Ok(())) => finish(vm, None),
                    Ok(Err(e)) | Err(e) => finish(vm, Some(e)),
                },
            )
        }
        Ok(()) => finish(vm, None),
        Err(e) => finish(vm, Some(e)),
    }
}

fn sock_connect(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    do_connect(vm, args, "connect", |vm, e| match e {
        None => Ok(Value::None),
        Some(e) => Err(os_err(vm, e)),
    })
}

fn sock_connect_ex(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    do_connect(vm, args, "connect_ex", |_, e| match e {
        None => Ok(Value::Int(0)),
        Some(e) => Ok(Value::Int(i64::from(e.raw_os_error()))),
    })
}

fn sock_listen(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "listen", args, 0, 1)?;
    let (fd, _) = open_fd(vm, args, "listen")?;
    let backlog = match args.get(1) {
        Some(&v) => native::c_int(vm, v)?.max(0),
        None => 128,
    };
    match on_fd(fd, |b| rustix::net::listen(b, backlog as i32)) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(os_err(vm, e)),
    }
}

fn flags_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<u32> {
    match v {
        Some(&v) => Ok(native::c_int(vm, v)? as u32),
        None => Ok(0),
    }
}

/// Sends `data[at..]` once the socket can take it: the count sent, or with `all` (for
/// `sendall`) `None` once everything went, sending on as the socket takes more.
fn send_when_ready(
    vm: &mut Vm,
    fd: i32,
    timeout: Option<f64>,
    data: Vec<u8>,
    at: usize,
    flags: u32,
    all: bool,
) -> PyResult<Value> {
    when_ready(vm, fd, timeout, Interest::Writable, &[], move |vm, _| {
        // With threads running a blocking send must not wait for the whole buffer: it
        // sends what fits, and the rest waits through the scheduler.
        let dontwait = vm.threads_running() && flags & SendFlags::DONTWAIT.bits() == 0;
        let mut send_flags = SendFlags::from_bits_retain(flags) | SendFlags::NOSIGNAL;
        if dontwait {
            send_flags |= SendFlags::DONTWAIT;
        }
        loop {
            match on_fd(fd, |b| rustix::net::send(b, &data[at..], send_flags)) {
                Ok(n) if all && at + n < data.len() => {
                    return send_when_ready(vm, fd, timeout, data, at + n, flags, true);
                }
                Ok(_) if all => return Ok(Value::None),
                Ok(n) => return Ok(Value::Int(n as i64)),
                Err(e) if e == rustix::io::Errno::INTR => vm.check_interrupt()?,
                Err(e) if waits_again(e, dontwait, timeout) => {
                    return send_when_ready(vm, fd, timeout, data, at, flags, all);
                }
                Err(e) => return Err(os_err(vm, e)),
            }
        }
    })
}

fn sock_send(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "send", args, 1, 2)?;
    let (fd, timeout) = open_fd(vm, args, "send")?;
    let data = krait_vm::builtins::bytes::buffer_arg(vm, args[1])?;
    let flags = flags_arg(vm, args.get(2))?;
    send_when_ready(vm, fd, timeout, data, 0, flags, false)
}

fn sock_sendall(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "sendall", args, 1, 2)?;
    let (fd, timeout) = open_fd(vm, args, "sendall")?;
    let data = krait_vm::builtins::bytes::buffer_arg(vm, args[1])?;
    let flags = flags_arg(vm, args.get(2))?;
    if data.is_empty() {
        return Ok(Value::None);
    }
    send_when_ready(vm, fd, timeout, data, 0, flags, true)
}

fn sock_sendto(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "sendto", args, 2, 3)?;
    let (fd, timeout) = open_fd(vm, args, "sendto")?;
    let family = sock(vm, args, "sendto")?.family;
    let data = krait_vm::builtins::bytes::buffer_arg(vm, args[1])?;
    let (flags, addr) = if args.len() == 4 {
        (flags_arg(vm, Some(&args[2]))?, args[3])
    } else {
        (0, args[2])
    };
    let addr = parse_addr(vm, family, addr, "sendto")?;
    when_ready(vm, fd, timeout, Interest::Writable, &[], move |vm, _| {
        let flags = SendFlags::from_bits_retain(flags) | SendFlags::NOSIGNAL;
        match on_fd(fd, |b| rustix::net::sendto(b, &data, flags, &to_any(&addr))) {
            Ok(n) => Ok(Value::Int(n as i64)),
            Err(e) => Err(os_err(vm, e)),
        }
    })
}

fn bufsize_arg(vm: &mut Vm, v: Value) -> PyResult<usize> {
    let n = int_arg(vm, v)?;
    if n < 0 {
        return Err(vm.value_error("negative buffersize in recv"));
    }
    Ok(n as usize)
}

/// What a receive hands its caller: the values it kept, the bytes, the sender's address.
type RecvFinish = fn(&mut Vm, &[Value], Vec<u8>, Option<SocketAddrAny>) -> PyResult<Value>;

/// Receives up to `n` bytes once the socket has data; `finish` makes the call's result.
fn recv_when_ready(
    vm: &mut Vm,
    fd: i32,
    timeout: Option<f64>,
    n: usize,
    flags: u32,
    keep: &[Value],
    finish: RecvFinish,
) -> PyResult<Value> {
    when_ready(
        vm,
        fd,
        timeout,
        Interest::Readable,
        keep,
        move |vm, keep| {
            // Ready was seen, but another thread may take the data first: never block then.
            let dontwait = vm.threads_running() && flags & RecvFlags::DONTWAIT.bits() == 0;
            let mut recv_flags = RecvFlags::from_bits_retain(flags);
            if dontwait {
                recv_flags |= RecvFlags::DONTWAIT;
            }
            let mut buf = vec![0u8; n];
            loop {
                match on_fd(fd, |b| rustix::net::recvfrom(b, &mut buf[..], recv_flags)) {
                    Ok((got, _, addr)) => {
                        buf.truncate(got);
                        return finish(vm, keep, buf, addr);
                    }
                    Err(e) if e == rustix::io::Errno::INTR => vm.check_interrupt()?,
                    Err(e) if waits_again(e, dontwait, timeout) => {
                        return recv_when_ready(vm, fd, timeout, n, flags, keep, finish);
                    }
                    Err(e) => return Err(os_err(vm, e)),
                }
            }
        },
    )
}

fn sock_recv(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "recv", args, 1, 2)?;
    let (fd, timeout) = open_fd(vm, args, "recv")?;
    let n = bufsize_arg(vm, args[1])?;
    let flags = flags_arg(vm, args.get(2))?;
    recv_when_ready(vm, fd, timeout, n, flags, &[], |vm, _, data, _| {
        Ok(bytes(vm, data))
    })
}

fn sock_recvfrom(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "recvfrom", args, 1, 2)?;
    let (fd, timeout) = open_fd(vm, args, "recvfrom")?;
    let n = bufsize_arg(vm, args[1])?;
    let flags = flags_arg(vm, args.get(2))?;
    recv_when_ready(vm, fd, timeout, n, flags, &[], |vm, _, data, addr| {
        let data = bytes(vm, data);
        let addr = match addr {
            Some(a) => addr_value(vm, &a),
            None => Value::None,
        };
        Ok(vm.new_tuple(vec![data, addr]))
    })
}

fn sock_recv_into(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "recv_into", args, 1, 3)?;
    let (fd, timeout) = open_fd(vm, args, "recv_into")?;
    let Some(Payload::ByteArray(target)) = args[1].payload() else {
        let msg = format!(
            "recv_into() argument 'buffer' must be read-write bytes-like object, not {}",
            vm.type_name(args[1])
        );
        return Err(vm.type_error(msg));
    };
    let len = target.borrow().len();
    let n = match args.get(2) {
        Some(&v) => match bufsize_arg(vm, v)? {
            0 => len,
            n if n > len => {
                return Err(vm.value_error("buffer too small for requested bytes"));
            }
            n => n,
        },
        None => len,
    };
    let flags = flags_arg(vm, args.get(3))?;
    recv_when_ready(
        vm,
        fd,
        timeout,
        n,
        flags,
        &args[1..2],
        |vm, keep, data, _| {
            let Some(Payload::ByteArray(target)) = keep[0].payload() else {
                return Err(vm.type_error("recv_into() needs a bytearray"));
            };
            let mut target = target.borrow_mut();
            // The buffer may have shrunk while the thread waited.
            let n = data.len().min(target.len());
            target[..n].copy_from_slice(&data[..n]);
            Ok(Value::Int(n as i64))
        },
    )
}

fn sock_setsockopt(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "setsockopt", args, 3, 4)?;
    let (fd, _) = open_fd(vm, args, "setsockopt")?;
    let level = native::c_int(vm, args[1])?;
    let opt = native::c_int(vm, args[2])?;
    let value = if krait_vm::builtins::bytes::buffer(&args[3]).is_some() {
        let b = krait_vm::builtins::bytes::buffer(&args[3]).unwrap_or_default();
        let mut w = [0u8; 4];
        for (i, x) in b.iter().take(4).enumerate() {
            w[i] = *x;
        }
        i64::from(i32::from_ne_bytes(w))
    } else {
        native::c_int(vm, args[3])?
    };
    use rustix::net::sockopt as so;
    let on = value != 0;
    let r = on_fd(fd, |b| match (level, opt) {
        (1, 2) => so::set_socket_reuseaddr(b, on),
        (1, 15) => so::set_socket_reuseport(b, on),
        (1, 6) => so::set_socket_broadcast(b, on),
        (1, 9) => so::set_socket_keepalive(b, on),
        (1, 10) => so::set_socket_oobinline(b, on),
        (1, 7) => so::set_socket_send_buffer_size(b, value.max(0) as usize),
        (1, 8) => so::set_socket_recv_buffer_size(b, value.max(0) as usize),
        (6, 1) => so::set_tcp_nodelay(b, on),
        (6, 4) => so::set_tcp_keepidle(b, std::time::Duration::from_secs(value.max(0) as u64)),
        (6, 5) => so::set_tcp_keepintvl(b, std::time::Duration::from_secs(value.max(0) as u64)),
        (6, 6) => so::set_tcp_keepcnt(b, value.max(0) as u32),
        (41, 26) => so::set_ipv6_v6only(b, on),
        (0, 2) => so::set_ip_ttl(b, value.max(0) as u32),
        (0, 1) => so::set_ip_tos(b, value as u8),
        _ => Err(rustix::io::Errno::NOPROTOOPT),
    });
    match r {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(os_err(vm, e)),
    }
}

fn sock_getsockopt(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "getsockopt", args, 2, 3)?;
    let (fd, _) = open_fd(vm, args, "getsockopt")?;
    let level = native::c_int(vm, args[1])?;
    let opt = native::c_int(vm, args[2])?;
    use rustix::net::sockopt as so;
    let b2i = |r: rustix::io::Result<bool>| r.map(i64::from);
    let r = on_fd(fd, |b| match (level, opt) {
        (1, 2) => b2i(so::socket_reuseaddr(b)),
        (1, 15) => b2i(so::socket_reuseport(b)),
        (1, 6) => b2i(so::socket_broadcast(b)),
        (1, 9) => b2i(so::socket_keepalive(b)),
        (1, 10) => b2i(so::socket_oobinline(b)),
        (1, 30) => b2i(so::socket_acceptconn(b)),
        (1, 7) => so::socket_send_buffer_size(b).map(|n| n as i64),
        (1, 8) => so::socket_recv_buffer_size(b).map(|n| n as i64),
        (1, 3) => so::socket_type(b).map(|t| i64::from(t.as_raw())),
        (1, 39) => so::socket_domain(b).map(|f| i64::from(f.as_raw())),
        (1, 38) => so::socket_protocol(b).map(|p| p.map_or(0, |p| i64::from(p.as_raw().get()))),
        (1, 4) => so::socket_error(b).map(|r| match r {
            Ok(()) => 0,
            Err(e) => i64::from(e.raw_os_error()),
        }),
        (6, 1) => b2i(so::tcp_nodelay(b)),
        (41, 26) => b2i(so::ipv6_v6only(b)),
        (0, 2) => so::ip_ttl(b).map(i64::from),
        _ => Err(rustix::io::Errno::NOPROTOOPT),
    });
    match r {
        Ok(n) => Ok(Value::Int(n)),
        Err(e) => Err(os_err(vm, e)),
    }
}

fn timeout_arg(vm: &mut Vm, v: Value) -> PyResult<Option<f64>> {
    let t = match v {
        Value::None => return Ok(None),
        Value::Int(i) => i as f64,
        Value::Bool(b) => f64::from(u8::from(b)),
        Value::Float(f) => f,
        _ => {
            return Err(vm.type_error("Timeout value must be int, float or None"));
        }
    };
    if t.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if t < 0.0 {
        return Err(vm.value_error("Timeout value out of range"));
    }
    Ok(Some(t))
}

fn set_timeout(vm: &mut Vm, args: &[Value], name: &str, t: Option<f64>) -> PyResult<Value> {
    let fd = {
        let mut s = sock(vm, args, name)?;
        s.timeout = t;
        s.fd
    };
    if let Some(fd) = fd {
        let nonblocking = t.is_some();
        if let Err(e) = on_fd(fd, |b| rustix::io::ioctl_fionbio(b, nonblocking)) {
            return Err(os_err(vm, e));
        }
    }
    Ok(Value::None)
}

fn sock_settimeout(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "settimeout", args, 1, 1)?;
    let t = timeout_arg(vm, args[1])?;
    set_timeout(vm, args, "settimeout", t)
}

fn sock_gettimeout(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let t = sock(vm, args, "gettimeout")?.timeout;
    Ok(t.map_or(Value::None, Value::Float))
}

fn sock_setblocking(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "setblocking", args, 1, 1)?;
    let blocking = vm.truthy(args[1])?;
    set_timeout(
        vm,
        args,
        "setblocking",
        if blocking { None } else { Some(0.0) },
    )
}

fn sock_getblocking(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "getblocking", args, 0, 0)?;
    let t = sock(vm, args, "getblocking")?.timeout;
    Ok(Value::Bool(t != Some(0.0)))
}

fn sock_getsockname(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "getsockname", args, 0, 0)?;
    let (fd, _) = open_fd(vm, args, "getsockname")?;
    match on_fd(fd, |b| rustix::net::getsockname(b)) {
        Ok(a) => Ok(addr_value(vm, &a)),
        Err(e) => Err(os_err(vm, e)),
    }
}

fn sock_getpeername(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "getpeername", args, 0, 0)?;
    let (fd, _) = open_fd(vm, args, "getpeername")?;
    match on_fd(fd, |b| rustix::net::getpeername(b)) {
        Ok(Some(a)) => Ok(addr_value(vm, &a)),
        Ok(None) => Ok(vm.new_str("")),
        Err(e) => Err(os_err(vm, e)),
    }
}

fn sock_shutdown(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "shutdown", args, 1, 1)?;
    let (fd, _) = open_fd(vm, args, "shutdown")?;
    let how = match native::c_int(vm, args[1])? {
        0 => rustix::net::Shutdown::Read,
        1 => rustix::net::Shutdown::Write,
        2 => rustix::net::Shutdown::Both,
        _ => return Err(errno_err(vm, 22)),
    };
    match on_fd(fd, |b| rustix::net::shutdown(b, how)) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(os_err(vm, e)),
    }
}

// ---- module functions ----

const PAIR_SIG: Sig = Sig {
    name: "socketpair",
    module: "_socket",
    params: &["family", "type", "proto"],
    posonly: 3,
    maxpos: 3,
    required: 0,
};

/// `socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0)`: two connected sockets.
fn socketpair(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let a = bind(vm, &PAIR_SIG, args, kw)?;
    let family = match a[0] {
        Some(v) => native::c_int(vm, v)?,
        None => AF_UNIX,
    };
    let kind = match a[1] {
        Some(v) => native::c_int(vm, v)?,
        None => SOCK_STREAM,
    };
    let proto = match a[2] {
        Some(v) => native::c_int(vm, v)?,
        None => 0,
    };
    let r = rustix::net::socketpair(
        AddressFamily::from_raw(family as u16),
        SocketType::from_raw((kind & !(SOCK_NONBLOCK | SOCK_CLOEXEC)) as u32),
        SocketFlags::CLOEXEC,
        std::num::NonZeroU32::new(proto as u32).map(Protocol::from_raw),
    );
    let (x, y) = match r {
        Ok(p) => p,
        Err(e) => return Err(os_err(vm, e)),
    };
    let class = native::module_class(vm, "_socket", "socket")?;
    let mut out = Vec::new();
    for fd in [x, y] {
        let n = register(fd);
        let state = Sock {
            fd: Some(n),
            family,
            kind: kind & !(SOCK_NONBLOCK | SOCK_CLOEXEC),
            proto,
            timeout: DEFAULT_TIMEOUT.with(|d| d.get()),
        };
        out.push(native::new_object(vm, class, state));
    }
    Ok(vm.new_tuple(out))
}

fn gethostname(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "gethostname", args, 0, 0)?;
    let uname = rustix::system::uname();
    let name = uname.nodename().to_string_lossy().into_owned();
    Ok(vm.new_str(name))
}

fn gethostbyname(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "gethostbyname", args, 1, 1)?;
    let host = krait_vm::builtins::str_arg(vm, args[0], "gethostbyname() argument 1")?;
    let ip = resolve_v4(vm, &host)?;
    Ok(vm.new_str(ip.to_string()))
}

/// `gethostbyaddr(address)`: `(hostname, aliases, addresses)` for an IPv4 address (or a
/// name, resolved first), from `/etc/hosts`; `herror` for an address it does not list.
fn gethostbyaddr(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "gethostbyaddr", args, 1, 1)?;
    let host = krait_vm::builtins::str_arg(vm, args[0], "gethostbyaddr() argument 1")?;
    let ip = resolve_v4(vm, &host)?;
    let hosts = std::fs::read_to_string("/etc/hosts").unwrap_or_default();
    let entry = hosts.lines().find_map(|line| {
        let mut words = line.split('#').next()?.split_whitespace();
        let addr: Ipv4Addr = words.next()?.parse().ok()?;
        let names: Vec<&str> = words.collect();
        (addr == ip && !names.is_empty()).then_some(names)
    });
    let Some(names) = entry else {
        let class = native::module_class(vm, "_socket", "herror")?;
        let msg = vm.new_str("Unknown host");
        return Err(vm.new_exception(class, vec![Value::Int(1), msg]));
    };
    let name = vm.new_str(names[0]);
    let aliases: Vec<Value> = names[1..].iter().map(|a| vm.new_str(*a)).collect();
    let aliases = vm.new_list(aliases);
    let addr = vm.new_str(ip.to_string());
    let addrs = vm.new_list(vec![addr]);
    Ok(vm.new_tuple(vec![name, aliases, addrs]))
}

const GAI_SIG: Sig = Sig {
    name: "getaddrinfo",
    module: "_socket",
    params: &["host", "port", "family", "type", "proto", "flags"],
    posonly: 0,
    maxpos: 6,
    required: 2,
};

/// `getaddrinfo(host, port, family=0, type=0, proto=0, flags=0)`: resolved through the C
/// library; without a type, one entry per stream, datagram and raw kind, as glibc gives.
fn getaddrinfo(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let a = bind(vm, &GAI_SIG, args, kw)?;
    let host = match a[0] {
        None | Some(Value::None) => None,
        Some(v) => Some(host_text(vm, v)?),
    };
    let port: u16 = match a[1] {
        None | Some(Value::None) => 0,
        Some(Value::Int(n)) => n as u16,
        Some(v) => {
            let text = host_text(vm, v)?;
            match text.parse::<u16>() {
                Ok(p) => p,
                Err(_) => return Err(gai_error(vm, -8, "Servname not supported for ai_socktype")),
            }
        }
    };
    let num = |vm: &mut Vm, v: Option<Value>| -> PyResult<i64> {
        match v {
            Some(v) => native::c_int(vm, v),
            None => Ok(0),
        }
    };
    let family = num(vm, a[2])?;
    let kind = num(vm, a[3])?;
    let proto = num(vm, a[4])?;
    let flags = num(vm, a[5])?;
    let addrs: Vec<std::net::SocketAddr> = match host.as_deref() {
        None => {
            let passive = flags & 1 != 0;
            vec![
                if passive {
                    std::net::SocketAddr::from((Ipv6Addr::UNSPECIFIED, port))
                } else {
                    std::net::SocketAddr::from((Ipv6Addr::LOCALHOST, port))
                },
                if passive {
                    std::net::SocketAddr::from((Ipv4Addr::UNSPECIFIED, port))
                } else {
                    std::net::SocketAddr::from((Ipv4Addr::LOCALHOST, port))
                },
            ]
        }
        Some(h) => match (h, port).to_socket_addrs() {
            Ok(it) => it.collect(),
            Err(_) => return Err(gai_error(vm, -2, "Name or service not known")),
        },
    };
    let kinds: Vec<(i64, i64)> = if kind != 0 {
        vec![(
            kind,
            if proto != 0 {
                proto
            } else if kind == SOCK_STREAM {
                6
            } else if kind == SOCK_DGRAM {
                17
            } else {
                0
            },
        )]
    } else {
        vec![(SOCK_STREAM, 6), (SOCK_DGRAM, 17), (3, 0)]
    };
    let mut out = Vec::new();
    let mut seen = Vec::new();
    for addr in addrs {
        let fam = if addr.is_ipv4() { AF_INET } else { AF_INET6 };
        if family != 0 && family != fam {
            continue;
        }
        if seen.contains(&addr) {
            continue;
        }
        seen.push(addr);
        for &(k, p) in &kinds {
            let sockaddr = match addr {
                std::net::SocketAddr::V4(v4) => addr_value(vm, &SocketAddrAny::from(v4)),
                std::net::SocketAddr::V6(v6) => addr_value(vm, &SocketAddrAny::from(v6)),
            };
            let canon = vm.new_str("");
            out.push(vm.new_tuple(vec![
                Value::Int(fam),
                Value::Int(k),
                Value::Int(p),
                canon,
                sockaddr,
            ]));
        }
    }
    if out.is_empty() {
        return Err(gai_error(
            vm,
            -9,
            "Address family for hostname not supported",
        ));
    }
    Ok(vm.new_list(out))
}

fn inet_aton(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "inet_aton", args, 1, 1)?;
    let text = krait_vm::builtins::str_arg(vm, args[0], "inet_aton() argument 1")?;
    match parse_aton(&text) {
        Some(n) => Ok(bytes(vm, n.to_be_bytes().to_vec())),
        None => Err(os_msg(vm, "illegal IP address string passed to inet_aton")),
    }
}

/// The C library's `inet_aton` forms: `a.b.c.d`, `a.b.c` (c 16 bits), `a.b` (b 24 bits)
/// and `a`, each part decimal, octal (`0…`) or hex (`0x…`).
fn parse_aton(text: &str) -> Option<u32> {
    let parts: Vec<&str> = text.split('.').collect();
    if parts.is_empty() || parts.len() > 4 {
        return None;
    }
    let mut nums = Vec::new();
    for p in &parts {
        let v = if let Some(h) = p.strip_prefix("0x").or_else(|| p.strip_prefix("0X")) {
            if h.is_empty() {
                0
            } else {
                u64::from_str_radix(h, 16).ok()?
            }
        } else if p.len() > 1 && p.starts_with('0') {
            u64::from_str_radix(&p[1..], 8).ok()?
        } else {
            if p.is_empty() {
                return None;
            }
            p.parse::<u64>().ok()?
        };
        nums.push(v);
    }
    let last = *nums.last()?;
    let head = &nums[..nums.len() - 1];
    if head.iter().any(|&v| v > 255) {
        return None;
    }
    let rest_bits = 8 * (4 - head.len()) as u32;
    if rest_bits < 32 && last >= (1u64 << rest_bits) {
        return None;
    }
    if last > u64::from(u32::MAX) {
        return None;
    }
    let mut n: u32 = 0;
    for (i, &v) in head.iter().enumerate() {
        n |= (v as u32) << (24 - 8 * i as u32);
    }
    Some(n | last as u32)
}

fn inet_ntoa(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "inet_ntoa", args, 1, 1)?;
    let b = krait_vm::builtins::bytes::buffer_arg(vm, args[0])?;
    if b.len() != 4 {
        return Err(os_msg(vm, "packed IP wrong length for inet_ntoa"));
    }
    Ok(vm.new_str(Ipv4Addr::new(b[0], b[1], b[2], b[3]).to_string()))
}

fn inet_pton(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "inet_pton", args, 2, 2)?;
    let family = native::c_int(vm, args[0])?;
    let text = krait_vm::builtins::str_arg(vm, args[1], "inet_pton() argument 2")?;
    let out = match family {
        AF_INET => text.parse::<Ipv4Addr>().ok().map(|a| a.octets().to_vec()),
        AF_INET6 => text.parse::<Ipv6Addr>().ok().map(|a| a.octets().to_vec()),
        _ => return Err(errno_err(vm, 97)),
    };
    match out {
        Some(b) => Ok(bytes(vm, b)),
        None => Err(os_msg(vm, "illegal IP address string passed to inet_pton")),
    }
}

fn inet_ntop(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "inet_ntop", args, 2, 2)?;
    let family = native::c_int(vm, args[0])?;
    let b = krait_vm::builtins::bytes::buffer_arg(vm, args[1])?;
    let text = match family {
        AF_INET if b.len() == 4 => Ipv4Addr::new(b[0], b[1], b[2], b[3]).to_string(),
        AF_INET6 if b.len() == 16 => {
            let mut o = [0u8; 16];
            o.copy_from_slice(&b);
            Ipv6Addr::from(o).to_string()
        }
        AF_INET | AF_INET6 => {
            return Err(vm.value_error("invalid length of packed IP address string"))
        }
        _ => return Err(vm.value_error(format!("unknown address family {family}"))),
    };
    Ok(vm.new_str(text))
}

fn htons(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "htons", args, 1, 1)?;
    let n = int_arg(vm, args[0])?;
    if n < 0 {
        return Err(vm.overflow_error(
            "htons: can't convert negative Python int to C 16-bit unsigned integer",
        ));
    }
    if n > 0xffff {
        return Err(vm.overflow_error(
            "htons: Python int too large to convert to C 16-bit unsigned integer",
        ));
    }
    Ok(Value::Int(i64::from((n as u16).swap_bytes())))
}

fn htonl(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "htonl", args, 1, 1)?;
    let n = int_arg(vm, args[0])?;
    if n < 0 {
        return Err(vm.overflow_error("can't convert negative value to unsigned int"));
    }
    if n > 0xffff_ffff {
        return Err(vm.overflow_error("int larger than 32 bits"));
    }
    Ok(Value::Int(i64::from((n as u32).swap_bytes())))
}

fn getdefaulttimeout(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "getdefaulttimeout", args, 0, 0)?;
    Ok(DEFAULT_TIMEOUT
        .with(|d| d.get())
        .map_or(Value::None, Value::Float))
}

fn setdefaulttimeout(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "setdefaulttimeout", args, 1, 1)?;
    let t = timeout_arg(vm, args[0])?;
    DEFAULT_TIMEOUT.with(|d| d.set(t));
    Ok(Value::None)
}

/// `dup(fd)`: a new registered descriptor for the same socket.
fn dup(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "dup", args, 1, 1)?;
    let n = native::c_int(vm, args[0])? as i32;
    let r = SOCKETS.with(|m| m.borrow().get(&n).map(|fd| fd.try_clone()));
    match r {
        Some(Ok(fd)) => Ok(Value::Int(i64::from(register(fd)))),
        Some(Err(e)) => Err(vm.io_error(&e, None)),
        None => Err(errno_err(vm, 9)),
    }
}

/// `close(fd)`: closes a descriptor a detached socket left.
fn close_fd(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "close", args, 1, 1)?;
    let n = native::c_int(vm, args[0])? as i32;
    let known = SOCKETS.with(|m| m.borrow().contains_key(&n));
    if !known {
        return Err(errno_err(vm, 9));
    }
    unregister(n);
    Ok(Value::None)
}
