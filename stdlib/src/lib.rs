//! Krait's standard library: the modules a Python program imports that are library rather
//! than language core. Native modules written in Rust (`math`, `_re`, `os` / `posix`,
//! `cmath`, `_posixsubprocess`, `select`, `_socket`, `zlib`, `_bz2`, `_lzma`, `binascii`, the hash modules,
//! `marshal`, `_string`, `_operator`, `fcntl`, `termios`, `_tracemalloc`, `_random`, `_bisect`, `_heapq`, `_json`,
//! `_krait_symtable` under the bundled `_symtable`) and Python modules bundled as source (see
//! [`python`]).
//!
//! Takes: a [`Vm`] from `krait-vm`, which provides the runtime core (builtin types, `sys`,
//! the import system and what those need) and the helpers native modules build on.
//! Gives: [`install`], which registers every module here into the VM; the import system
//! then creates each one on its first import. A VM without it runs programs that use only
//! the builtins.

use krait_gc::Gc;
use krait_vm::error::PyResult;
use krait_vm::object::Object;
use krait_vm::value::Value;
use krait_vm::Vm;

mod binascii;
mod bisect_module;
mod bz2_module;
mod cjk_codecs;
mod cmath;
mod datetime;
mod fcntl_module;
mod functools;
mod hashes;
mod heapq_module;
mod itertools;
mod json_module;
mod lzma_module;
mod marshal;
mod math;
mod math_extra;
mod math_ieee;
mod math_norm;
mod math_special;
mod operator_module;
mod os_descriptors;
mod os_files;
mod os_ids;
mod os_module;
mod os_paths;
mod os_processes;
mod os_system;
mod process;
mod pyexpat;
pub mod python;
mod random_module;
mod re;
mod select_module;
mod sockets;
mod stat_module;
mod string_module;
mod symtable_module;
mod termios_constants;
mod termios_module;
mod tracemalloc_module;
mod zlib_module;

/// The native modules and what creates each.
const NATIVE: &[(&str, krait_vm::NativeModuleInit)] = &[
    ("math", |vm, _| Ok(math::create(vm))),
    ("cmath", |vm, _| Ok(cmath::create(vm))),
    ("os", |vm, _| Ok(os_module::create(vm))),
    ("posix", posix),
    ("_re", |vm, _| Ok(re::create(vm))),
    ("marshal", |vm, _| Ok(marshal::create(vm))),
    ("_posixsubprocess", |vm, _| Ok(process::create(vm))),
    ("select", |vm, _| Ok(select_module::create(vm))),
    ("_string", |vm, _| Ok(string_module::create(vm))),
    ("_stat", |vm, _| Ok(stat_module::create(vm))),
    ("_krait_cjk", |vm, _| Ok(cjk_codecs::create(vm))),
    ("binascii", |vm, _| binascii::create(vm)),
    ("_socket", |vm, _| sockets::create(vm)),
    ("_md5", hashes::create),
    ("_sha1", hashes::create),
    ("_sha256", hashes::create),
    ("_sha512", hashes::create),
    ("_sha3", hashes::create),
    ("_blake2", hashes::create),
    ("zlib", |vm, _| zlib_module::create(vm)),
    ("_bz2", |vm, _| bz2_module::create(vm)),
    ("_lzma", |vm, _| lzma_module::create(vm)),
    ("_operator", |vm, _| Ok(operator_module::create(vm))),
    ("fcntl", |vm, _| Ok(fcntl_module::create(vm))),
    ("termios", |vm, _| termios_module::create(vm)),
    ("_krait_symtable", |vm, _| Ok(symtable_module::create(vm))),
    ("_tracemalloc", |vm, _| Ok(tracemalloc_module::create(vm))),
    ("_pyexpat", |vm, _| pyexpat::create(vm)),
    ("_random", |vm, _| random_module::create(vm)),
    ("_bisect", |vm, _| Ok(bisect_module::create(vm))),
    ("_heapq", |vm, _| Ok(heapq_module::create(vm))),
    ("_json", |vm, _| Ok(json_module::create(vm))),
    ("_datetime", |vm, _| datetime::create(vm)),
    ("_functools", |vm, _| functools::create(vm)),
    ("_itertools", |vm, _| itertools::create(vm)),
];

/// Registers every module of the standard library into `vm`: call it once, before running
/// code that imports them.
pub fn install(vm: &mut Vm) {
    for &(name, init) in NATIVE {
        vm.register_native_module(name, init);
    }
    for &(name, source, tier) in python::MODULES {
        vm.register_bundled_module(name, source, tier);
    }
}

/// CPython's C module under `os`: here `os` itself.
fn posix(vm: &mut Vm, _name: &str) -> PyResult<Gc<Object>> {
    let name = vm.intern("os");
    match vm.import_name(name, Value::None, Value::Int(0))? {
        Value::Obj(os) => Ok(os),
        _ => Err(vm.new_error(vm.types().import_error, "cannot import name 'os'")),
    }
}
