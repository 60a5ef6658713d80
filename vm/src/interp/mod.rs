//! The interpreter: frames, the dispatch loop, calls and argument binding, exception
//! unwinding, generators, coroutines and async generators, and the object protocols (attributes, operators, iteration,
//! subscripts, conversions) that instructions and builtins share.

pub mod arith;
pub(crate) mod async_gen;
pub(crate) mod attr;
pub(crate) mod call;
pub(crate) mod classmethod_get;
pub(crate) mod code;
pub(crate) mod compare;
pub(crate) mod convert;
pub(crate) mod coroutine;
pub(crate) mod dictops;
pub(crate) mod dispatch;
pub mod fd_wait;
pub(crate) mod frame;
pub(crate) mod frame_object;
pub(crate) mod function_attrs;
pub(crate) mod gen_finalize;
pub(crate) mod generator;
pub(crate) mod import;
pub(crate) mod import_cache;
pub(crate) mod import_find;
pub(crate) mod import_load;
pub(crate) mod import_main;
pub(crate) mod import_meta;
pub(crate) mod import_path;
pub(crate) mod interactive;
pub(crate) mod iter;
pub(crate) mod match_;
pub(crate) mod names;
pub(crate) mod ops;
pub(crate) mod percent;
pub(crate) mod setops;
pub(crate) mod special_attrs;
pub(crate) mod subscript;
pub(crate) mod threads;
pub(crate) mod trace;
pub(crate) mod unwind;
