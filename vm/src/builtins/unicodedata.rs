//! The `unicodedata` module, in part: `category`, `bidirectional`, `decimal` and
//! `unidata_version` (Unicode 14.0.0, CPython 3.11's). Names, normalization, decompositions,
//! digit and numeric values, widths and mirroring are not provided yet.

use krait_gc::Gc;

use crate::builtins::unicodedata_tables::{
    BIDIRECTIONAL, BIDIRECTIONAL_NAMES, CATEGORY, CATEGORY_NAMES, UNIDATA_VERSION,
};
use crate::builtins::{module_functions, new_module};
use crate::error::PyResult;
use crate::object::function::KwArgs;
use crate::object::{NativeFn, Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

/// Creates `unicodedata`.
pub(crate) fn create(vm: &mut Vm) -> Gc<Object> {
    let funcs: &[(&'static str, NativeFn)] = &[
        ("category", category),
        ("bidirectional", bidirectional),
        ("decimal", decimal),
    ];
    let mut attrs = module_functions(vm, funcs);
    let version = vm.new_str(UNIDATA_VERSION);
    attrs.push(("unidata_version", version));
    new_module(vm, "unicodedata", attrs)
}

/// The one character argument of `name`, with CPython's errors.
fn one_char(vm: &mut Vm, name: &str, args: &[Value], max: usize) -> PyResult<char> {
    if args.is_empty() || args.len() > max {
        let msg = if max == 1 {
            format!(
                "unicodedata.{name}() takes exactly one argument ({} given)",
                args.len()
            )
        } else {
            format!(
                "{name} expected at most {max} arguments, got {}",
                args.len()
            )
        };
        return Err(vm.type_error(msg));
    }
    if let Some(Payload::Str(s)) = args[0].payload() {
        let mut chars = s.as_str().chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            return Ok(c);
        }
    }
    let msg = format!(
        "{name}() argument must be a unicode character, not {}",
        vm.type_name(args[0])
    );
    Err(vm.type_error(msg))
}

/// The value of `c` in a table of runs.
fn lookup(table: &[(u32, u8)], names: &'static [&'static str], c: char) -> &'static str {
    let i = table.partition_point(|&(start, _)| start <= c as u32);
    // The first run starts at 0, so `i` is at least 1.
    names[table[i.saturating_sub(1)].1 as usize]
}

/// The general category of `c` (`"Lu"`, `"Mn"`, …).
pub(crate) fn category_of(c: char) -> &'static str {
    // A lone surrogate is held as a private-use alias (`krait_ast::surrogate`).
    if krait_ast::surrogate::is_alias(c) {
        return "Cs";
    }
    lookup(CATEGORY, CATEGORY_NAMES, c)
}

fn category(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let c = one_char(vm, "category", args, 1)?;
    Ok(vm.new_str(category_of(c)))
}

fn bidirectional(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let c = one_char(vm, "bidirectional", args, 1)?;
    Ok(vm.new_str(lookup(BIDIRECTIONAL, BIDIRECTIONAL_NAMES, c)))
}

/// `decimal(chr[, default])`.
fn decimal(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let c = one_char(vm, "decimal", args, 2)?;
    match crate::builtins::unicode_tables::decimal_value(c) {
        Some(d) => Ok(Value::Int(d as i64)),
        None => match args.get(1) {
            Some(&default) => Ok(default),
            None => Err(vm.value_error("not a decimal")),
        },
    }
}
