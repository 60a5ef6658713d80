//! The regular-expression engine behind `re`: the native module `_re` compiles pattern
//! text (str or bytes) into a program and runs it over a subject, giving capture
//! positions back as plain tuples. The `re` module itself (`stdlib/src/python/re.py`) wraps
//! that into CPython's API: `Pattern`, `Match`, `RegexFlag`, `error`, the compile cache,
//! `sub` templates, `split` and `findall`.
//!
//! Parts: `parse.rs` (text → tree, CPython's error messages), `compile.rs` (tree →
//! program), `exec.rs` (the backtracking matcher, with its stack on the heap),
//! `unicode.rs` (`\d \w \s` and case folding).

mod compile;
mod exec;
mod parse;
mod unicode;

use std::rc::Rc;

use krait_gc::Gc;

use krait_vm::builtins::{arity, int_arg, module_functions, new_module};
use krait_vm::error::PyResult;
use krait_vm::object::function::KwArgs;
use krait_vm::object::str::PyStr;
use krait_vm::object::{NativeFn, Object, Payload};
use krait_vm::value::Value;
use krait_vm::vm::Vm;

use exec::{Found, Mode, Text, UNSET};
use parse::ParseError;

/// `re.IGNORECASE`.
pub(crate) const FLAG_IGNORECASE: u32 = 2;
/// `re.LOCALE`.
pub(crate) const FLAG_LOCALE: u32 = 4;
/// `re.MULTILINE`.
pub(crate) const FLAG_MULTILINE: u32 = 8;
/// `re.DOTALL`.
pub(crate) const FLAG_DOTALL: u32 = 16;
/// `re.UNICODE`.
pub(crate) const FLAG_UNICODE: u32 = 32;
/// `re.VERBOSE`.
pub(crate) const FLAG_VERBOSE: u32 = 64;
/// `re.ASCII`.
pub(crate) const FLAG_ASCII: u32 = 256;

/// A compiled pattern as the `_re` functions see it.
#[derive(Debug)]
pub(crate) struct Compiled {
    /// The program.
    prog: compile::Program,
    /// Made from a bytes pattern.
    bytes: bool,
}

/// Creates `_re`.
pub(crate) fn create(vm: &mut Vm) -> Gc<Object> {
    let funcs: &[(&'static str, NativeFn)] = &[
        ("compile", re_compile),
        ("match", re_match),
        ("scan", re_scan),
    ];
    let attrs = module_functions(vm, funcs);
    new_module(vm, "_re", attrs)
}

impl Text for PyStr {
    fn len(&self) -> usize {
        self.char_len()
    }
    fn at(&self, i: usize) -> u32 {
        self.char_at(i).map_or(0, |c| c as u32)
    }
}

/// `_re.compile(pattern, flags)`: `(program, flags, groups, ((name, index), ...))`, or
/// `(message, position)` for a `re.error` (position `None` when it names none).
fn re_compile(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "compile", args, 2, 2)?;
    let flags = int_arg(vm, args[1])?;
    let flags = u32::try_from(flags & 0xffff_ffff).unwrap_or(0);
    let (src, bytes): (Vec<u32>, bool) = match args[0].payload() {
        Some(Payload::Str(s)) => (s.as_str().chars().map(|c| c as u32).collect(), false),
        Some(Payload::Bytes(b)) => (b.iter().map(|&b| b as u32).collect(), true),
        _ => {
            return Err(vm.type_error("first argument must be string or compiled pattern"));
        }
    };
    let parsed = match parse::parse(&src, bytes, flags) {
        Ok(p) => p,
        Err(ParseError::Re(msg, pos)) => {
            let msg = vm.new_str(msg);
            let pos = pos.map_or(Value::None, |p| Value::Int(p as i64));
            return Ok(vm.new_tuple(vec![msg, pos]));
        }
        Err(ParseError::Value(msg)) => return Err(vm.value_error(msg)),
        Err(ParseError::Overflow(msg)) => return Err(vm.overflow_error(msg)),
    };
    let prog = compile::compile(&parsed.node, parsed.groups);
    let compiled = Rc::new(Compiled { prog, bytes });
    let obj = vm.alloc(vm.types().object, Payload::Regex(compiled));
    let mut names = Vec::new();
    for (name, idx) in parsed.names {
        let n = vm.new_str(name);
        names.push(vm.new_tuple(vec![n, Value::Int(idx as i64)]));
    }
    let names = vm.new_tuple(names);
    Ok(vm.new_tuple(vec![
        Value::Obj(obj),
        Value::Int(parsed.flags as i64),
        Value::Int(parsed.groups as i64),
        names,
    ]))
}

/// The compiled program an `_re` function was given.
fn program(vm: &mut Vm, v: Value) -> PyResult<Rc<Compiled>> {
    match v.payload() {
        Some(Payload::Regex(c)) => match c.clone().downcast::<Compiled>() {
            Ok(c) => Ok(c),
            Err(_) => Err(vm.type_error("expected a compiled pattern")),
        },
        _ => Err(vm.type_error("expected a compiled pattern")),
    }
}

/// The subject's text, checked against the pattern's kind.
enum Subject {
    /// A str (matched through its index, without copying).
    Str(Gc<Object>),
    /// A str's characters, copied once for a scan over the whole text.
    Chars(Vec<char>),
    /// A bytes object (borrowed).
    Bytes(Gc<Object>),
    /// Other bytes-like objects (copied).
    Buffer(Vec<u8>),
}

fn subject(vm: &mut Vm, c: &Compiled, v: Value, scanning: bool) -> PyResult<Subject> {
    let (is_str, sub) = match v {
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => {
                if s.is_ascii() || !scanning {
                    (true, Subject::Str(o))
                } else {
                    (true, Subject::Chars(s.as_str().chars().collect()))
                }
            }
            Payload::Bytes(_) => (false, Subject::Bytes(o)),
            _ => match krait_vm::builtins::bytes::buffer(&v) {
                Some(b) => (false, Subject::Buffer(b)),
                None => {
                    let msg = format!(
                        "expected string or bytes-like object, got '{}'",
                        vm.type_name(v)
                    );
                    return Err(vm.type_error(msg));
                }
            },
        },
        _ => {
            let msg = format!(
                "expected string or bytes-like object, got '{}'",
                vm.type_name(v)
            );
            return Err(vm.type_error(msg));
        }
    };
    if is_str && c.bytes {
        return Err(vm.type_error("cannot use a bytes pattern on a string-like object"));
    }
    if !is_str && !c.bytes {
        return Err(vm.type_error("cannot use a string pattern on a bytes-like object"));
    }
    Ok(sub)
}

/// Runs the matcher over whichever representation the subject has.
fn run_on(
    vm: &mut Vm,
    c: &Compiled,
    sub: &Subject,
    pos: usize,
    end: usize,
    mode: Mode,
    must_advance: bool,
) -> PyResult<Option<Found>> {
    let intr = vm.interrupt.clone();
    let r = match sub {
        Subject::Str(o) => match &o.payload {
            Payload::Str(s) if s.is_ascii() => exec::run(
                &c.prog,
                s.as_str().as_bytes(),
                pos,
                end,
                mode,
                must_advance,
                &intr,
            ),
            Payload::Str(s) => exec::run(&c.prog, s, pos, end, mode, must_advance, &intr),
            _ => Ok(None),
        },
        Subject::Chars(cs) => exec::run(&c.prog, &cs[..], pos, end, mode, must_advance, &intr),
        Subject::Bytes(o) => match &o.payload {
            Payload::Bytes(b) => exec::run(&c.prog, &b[..], pos, end, mode, must_advance, &intr),
            _ => Ok(None),
        },
        Subject::Buffer(b) => exec::run(&c.prog, &b[..], pos, end, mode, must_advance, &intr),
    };
    match r {
        Ok(f) => Ok(f),
        Err(exec::Interrupted) => {
            intr.store(false, std::sync::atomic::Ordering::Relaxed);
            Err(vm.new_exception(vm.types().keyboard_interrupt, Vec::new()))
        }
    }
}

fn subject_len(sub: &Subject) -> usize {
    match sub {
        Subject::Str(o) | Subject::Bytes(o) => match &o.payload {
            Payload::Str(s) => s.char_len(),
            Payload::Bytes(b) => b.len(),
            _ => 0,
        },
        Subject::Chars(cs) => cs.len(),
        Subject::Buffer(b) => b.len(),
    }
}

/// A match as `(lastindex, start0, end0, start1, end1, ...)`, `-1` for unset positions.
fn found_tuple(vm: &mut Vm, f: &Found) -> Value {
    let mut items = Vec::with_capacity(f.slots.len() + 1);
    items.push(f.lastindex.map_or(Value::None, |i| Value::Int(i as i64)));
    for pair in f.slots.chunks(2) {
        let (s, e) = (pair[0], pair[1]);
        if s == UNSET || e == UNSET {
            items.push(Value::Int(-1));
            items.push(Value::Int(-1));
        } else {
            items.push(Value::Int(s as i64));
            items.push(Value::Int(e as i64));
        }
    }
    vm.new_tuple(items)
}

/// Reads `pos` and `endpos` arguments, clamped to the subject as CPython does.
fn bounds(vm: &mut Vm, sub: &Subject, pos: Value, endpos: Value) -> PyResult<(usize, usize)> {
    let len = subject_len(sub) as i64;
    let pos = int_arg(vm, pos)?.clamp(0, len) as usize;
    let end = if endpos.is_none() {
        len
    } else {
        int_arg(vm, endpos)?.clamp(0, len)
    } as usize;
    Ok((pos, end))
}

/// `_re.match(program, string, pos, endpos, mode)`; mode 0 match, 1 fullmatch, 2 search.
fn re_match(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "match", args, 5, 5)?;
    let c = program(vm, args[0])?;
    let mode = match int_arg(vm, args[4])? {
        0 => Mode::Match,
        1 => Mode::Full,
        _ => Mode::Search,
    };
    let sub = subject(vm, &c, args[1], mode == Mode::Search)?;
    let (pos, end) = bounds(vm, &sub, args[2], args[3])?;
    if end < pos {
        return Ok(Value::None);
    }
    match run_on(vm, &c, &sub, pos, end, mode, false)? {
        Some(f) => Ok(found_tuple(vm, &f)),
        None => Ok(Value::None),
    }
}

/// `_re.scan(program, string, pos, endpos, limit)`: the successive non-overlapping
/// matches (at most `limit`, 0 for all) as `finditer`, `sub` and `split` see them: after
/// an empty match the next one may not be empty at the same place.
fn re_scan(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "scan", args, 5, 5)?;
    let c = program(vm, args[0])?;
    let sub = subject(vm, &c, args[1], true)?;
    let (mut pos, end) = bounds(vm, &sub, args[2], args[3])?;
    let limit = int_arg(vm, args[4])?;
    let mut out = Vec::new();
    let mut must_advance = false;
    while pos <= end {
        if limit > 0 && out.len() as i64 >= limit {
            break;
        }
        let Some(f) = run_on(vm, &c, &sub, pos, end, Mode::Search, must_advance)? else {
            break;
        };
        let (s, e) = (f.slots[0], f.slots[1]);
        out.push(found_tuple(vm, &f));
        must_advance = s == e;
        pos = e;
    }
    Ok(vm.new_list(out))
}
