//! The `unicodedata` module (Unicode 14.0.0, CPython 3.11's): the character properties
//! from the generated tables in `unicodedata_tables.rs`, names from the `unicode_names2`
//! crate and normalization from the `unicode-normalization` crate (both limited to the
//! characters Unicode 14.0.0 assigns). `ucd_3_2_0` is not provided yet.

use krait_gc::Gc;

use crate::builtins::unicodedata_tables::{
    BIDIRECTIONAL, BIDIRECTIONAL_NAMES, CATEGORY, CATEGORY_NAMES, COMBINING, EAST_ASIAN_WIDTH,
    EAST_ASIAN_WIDTH_NAMES, MIRRORED, UNIDATA_VERSION,
};
use crate::builtins::unicodedata_values::{DECOMPOSITION, DIGIT, NUMERIC};
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
        ("digit", digit),
        ("numeric", numeric),
        ("combining", combining),
        ("mirrored", mirrored),
        ("east_asian_width", east_asian_width),
        ("decomposition", decomposition),
        ("name", name),
        ("lookup", lookup_name),
        ("normalize", normalize),
        ("is_normalized", is_normalized),
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
    // A lone surrogate is held as a private-use alias: look up its own code point.
    let cp = krait_ast::surrogate::code_point(c);
    let i = table.partition_point(|&(start, _)| start <= cp);
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

/// The value of `c` in a table of runs of small integers.
fn run_value(table: &[(u32, u8)], c: char) -> u8 {
    let cp = krait_ast::surrogate::code_point(c);
    let i = table.partition_point(|&(start, _)| start <= cp);
    table[i.saturating_sub(1)].1
}

/// The value of `c` in a sorted sparse table.
fn sparse<T: Copy>(table: &[(u32, T)], c: char) -> Option<T> {
    table
        .binary_search_by_key(&krait_ast::surrogate::code_point(c), |&(cp, _)| cp)
        .ok()
        .map(|i| table[i].1)
}

/// `f(chr[, default])`: the value, else the default, else ValueError(`missing`).
fn or_default(vm: &mut Vm, args: &[Value], value: Option<Value>, missing: &str) -> PyResult<Value> {
    match (value, args.get(1)) {
        (Some(v), _) => Ok(v),
        (None, Some(&default)) => Ok(default),
        (None, None) => Err(vm.value_error(missing.to_owned())),
    }
}

/// `digit(chr[, default])`.
fn digit(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let c = one_char(vm, "digit", args, 2)?;
    let v = sparse(DIGIT, c).map(|d| Value::Int(d as i64));
    or_default(vm, args, v, "not a digit")
}

/// `numeric(chr[, default])`.
fn numeric(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let c = one_char(vm, "numeric", args, 2)?;
    let v = sparse(NUMERIC, c).map(Value::Float);
    or_default(vm, args, v, "not a numeric character")
}

fn combining(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let c = one_char(vm, "combining", args, 1)?;
    Ok(Value::Int(run_value(COMBINING, c) as i64))
}

fn mirrored(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let c = one_char(vm, "mirrored", args, 1)?;
    Ok(Value::Int(run_value(MIRRORED, c) as i64))
}

fn east_asian_width(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let c = one_char(vm, "east_asian_width", args, 1)?;
    Ok(vm.new_str(lookup(EAST_ASIAN_WIDTH, EAST_ASIAN_WIDTH_NAMES, c)))
}

fn decomposition(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let c = one_char(vm, "decomposition", args, 1)?;
    Ok(vm.new_str(sparse(DECOMPOSITION, c).unwrap_or("")))
}

/// The name of `c` in Unicode 14.0.0, if it has one (unassigned characters, controls,
/// surrogates and private-use characters have none).
fn name_of(c: char) -> Option<String> {
    if matches!(category_of(c), "Cn" | "Cc" | "Cs" | "Co") {
        return None;
    }
    unicode_names2::name(c).map(|n| n.to_string())
}

/// `name(chr[, default])`.
fn name(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let c = one_char(vm, "name", args, 2)?;
    let v = name_of(c).map(|n| vm.new_str(n));
    or_default(vm, args, v, "no such name")
}

/// `lookup(name)`: the character with that name or alias (any case).
fn lookup_name(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    crate::builtins::arity(vm, "lookup", args, 1, 1)?;
    let text = match args[0].payload() {
        Some(Payload::Str(s)) => s.as_str().to_owned(),
        _ => {
            let msg = format!(
                "lookup() argument must be str, not {}",
                vm.type_name(args[0])
            );
            return Err(vm.type_error(msg));
        }
    };
    // Longer than any name (CPython's limit).
    if text.len() > 256 {
        let msg = vm.new_str("name too long");
        return Err(vm.key_error(msg));
    }
    let found = unicode_names2::character(&text)
        .filter(|&c| category_of(c) != "Cn")
        .filter(|&c| !krait_ast::surrogate::is_alias(c));
    match found {
        Some(c) => Ok(vm.new_char(c)),
        None => {
            let msg = vm.new_str(format!("undefined character name '{text}'"));
            Err(vm.key_error(msg))
        }
    }
}

/// The normalization form named `form`, and the text to normalize.
fn form_and_text(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<(String, String)> {
    crate::builtins::arity(vm, name, args, 2, 2)?;
    let mut parts = Vec::with_capacity(2);
    for (k, &a) in args.iter().enumerate() {
        match a.payload() {
            Some(Payload::Str(s)) => parts.push(s.as_str().to_owned()),
            _ => {
                let msg = format!(
                    "{name}() argument {} must be str, not {}",
                    k + 1,
                    vm.type_name(a)
                );
                return Err(vm.type_error(msg));
            }
        }
    }
    let text = parts.pop().unwrap_or_default();
    let form = parts.pop().unwrap_or_default();
    if !matches!(form.as_str(), "NFC" | "NFD" | "NFKC" | "NFKD") {
        return Err(vm.value_error("invalid normalization form"));
    }
    Ok((form, text))
}

fn normalized(form: &str, text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    match form {
        "NFC" => text.nfc().collect(),
        "NFD" => text.nfd().collect(),
        "NFKC" => text.nfkc().collect(),
        _ => text.nfkd().collect(),
    }
}

/// `normalize(form, unistr)`.
fn normalize(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let (form, text) = form_and_text(vm, "normalize", args)?;
    let out = normalized(&form, &text);
    // An already-normal str is returned itself, as CPython's.
    if out == text {
        return Ok(args[1]);
    }
    Ok(vm.new_str(out))
}

/// `is_normalized(form, unistr)`.
fn is_normalized(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let (form, text) = form_and_text(vm, "is_normalized", args)?;
    Ok(Value::Bool(normalized(&form, &text) == text))
}
