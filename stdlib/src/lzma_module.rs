//! `_lzma`, the native half of CPython's `lzma` module: `LZMACompressor`,
//! `LZMADecompressor`, `LZMAError`, `is_check_supported`, the filter-property codecs and the
//! constants, over the `lzma-rust2` crate (a pure-Rust port of XZ for Java, built without
//! its `unsafe` optimisations).
//!
//! Containers: `.xz` (`FORMAT_XZ`, with a delta or BCJ filter before LZMA2 and any of the
//! four checks), `.lzma` (`FORMAT_ALONE`), raw LZMA1 or LZMA2 (`FORMAT_RAW`, as `zipfile`
//! uses), and `FORMAT_AUTO` for decompression. The decompressor follows CPython's
//! incremental contract (`max_length`, `needs_input`, `eof`, `unused_data`, `check`).
//! Compressed bytes differ from liblzma's, but every stream is valid and decodes there.

use std::io::Write;

use krait_gc::Gc;
use lzma_rust2::{
    Action, CheckType, EncodeMode, FilterConfig, FilterType, Lzma2Options, Lzma2Stream,
    Lzma2Writer, LzmaOptions, LzmaStream, LzmaWriter, MfType, Status, XzOptions, XzStream,
    XzWriter,
};

use crate::bz2_module::{
    d_eof, d_needs_input, d_unused_data, decompress_args, final_class, DecompressorState,
};
use krait_vm::builtins::bytes::buffer_arg;
use krait_vm::builtins::native::{self, bind, bytes, keep_class, kept_class, Sig};
use krait_vm::builtins::{int_arg, method_arity, module_functions, new_module};
use krait_vm::error::{Exception, PyResult};
use krait_vm::object::function::KwArgs;
use krait_vm::object::{Dict, NativeFn, Object};
use krait_vm::value::Value;
use krait_vm::vm::Vm;

const COMPRESSOR: &str = "_lzma.LZMACompressor";
const DECOMPRESSOR: &str = "_lzma.LZMADecompressor";
const ERROR: &str = "_lzma.LZMAError";
const CHUNK: usize = 32 * 1024;

const FORMAT_AUTO: i64 = 0;
const FORMAT_XZ: i64 = 1;
const FORMAT_ALONE: i64 = 2;
const FORMAT_RAW: i64 = 3;
const CHECK_NONE: i64 = 0;
const CHECK_CRC32: i64 = 1;
const CHECK_CRC64: i64 = 4;
const CHECK_SHA256: i64 = 10;
const CHECK_UNKNOWN: i64 = 16;
const FILTER_LZMA1: i64 = 0x4000_0000_0000_0001;
const FILTER_LZMA2: i64 = 0x21;
const FILTER_DELTA: i64 = 3;
const FILTER_X86: i64 = 4;
const FILTER_POWERPC: i64 = 5;
const FILTER_IA64: i64 = 6;
const FILTER_ARM: i64 = 7;
const FILTER_ARMTHUMB: i64 = 8;
const FILTER_SPARC: i64 = 9;
const MF_HC3: i64 = 3;
const MF_HC4: i64 = 4;
const MF_BT2: i64 = 0x12;
const MF_BT3: i64 = 0x13;
const MF_BT4: i64 = 0x14;
const MODE_FAST: i64 = 1;
const MODE_NORMAL: i64 = 2;
const PRESET_DEFAULT: i64 = 6;
const PRESET_EXTREME: i64 = 0x8000_0000;
/// The first bytes of every `.xz` stream.
const XZ_MAGIC: [u8; 6] = [0xfd, b'7', b'z', b'X', b'Z', 0];

/// Creates `_lzma`.
pub(crate) fn create(vm: &mut Vm) -> PyResult<Gc<Object>> {
    let funcs: &[(&'static str, NativeFn)] = &[
        ("is_check_supported", is_check_supported),
        ("_encode_filter_properties", encode_filter_properties),
        ("_decode_filter_properties", decode_filter_properties),
    ];
    let mut attrs = module_functions(vm, funcs);
    let comp = final_class(
        vm,
        COMPRESSOR,
        Some(compressor_new),
        &[
            ("compress", c_compress),
            ("flush", c_flush),
            ("__reduce__", no_pickle),
        ],
        &[],
    );
    let decomp = final_class(
        vm,
        DECOMPRESSOR,
        Some(decompressor_new),
        &[("decompress", d_decompress), ("__reduce__", no_pickle)],
        &[
            ("check", d_check),
            ("eof", d_eof::<Decompressor>),
            ("unused_data", d_unused_data::<Decompressor>),
            ("needs_input", d_needs_input::<Decompressor>),
        ],
    );
    let error = match kept_class(vm, ERROR) {
        Some(c) => c,
        None => {
            let exception = vm.types().exception;
            let c = native::new_exception_class(vm, "_lzma", "LZMAError", vec![exception])?;
            keep_class(vm, ERROR, c);
            c
        }
    };
    attrs.push(("LZMACompressor", Value::Obj(comp)));
    attrs.push(("LZMADecompressor", Value::Obj(decomp)));
    attrs.push(("LZMAError", Value::Obj(error)));
    for (name, v) in [
        ("FORMAT_AUTO", FORMAT_AUTO),
        ("FORMAT_XZ", FORMAT_XZ),
        ("FORMAT_ALONE", FORMAT_ALONE),
        ("FORMAT_RAW", FORMAT_RAW),
        ("CHECK_NONE", CHECK_NONE),
        ("CHECK_CRC32", CHECK_CRC32),
        ("CHECK_CRC64", CHECK_CRC64),
        ("CHECK_SHA256", CHECK_SHA256),
        ("CHECK_ID_MAX", 15),
        ("CHECK_UNKNOWN", CHECK_UNKNOWN),
        ("FILTER_LZMA1", FILTER_LZMA1),
        ("FILTER_LZMA2", FILTER_LZMA2),
        ("FILTER_DELTA", FILTER_DELTA),
        ("FILTER_X86", FILTER_X86),
        ("FILTER_POWERPC", FILTER_POWERPC),
        ("FILTER_IA64", FILTER_IA64),
        ("FILTER_ARM", FILTER_ARM),
        ("FILTER_ARMTHUMB", FILTER_ARMTHUMB),
        ("FILTER_SPARC", FILTER_SPARC),
        ("MF_HC3", MF_HC3),
        ("MF_HC4", MF_HC4),
        ("MF_BT2", MF_BT2),
        ("MF_BT3", MF_BT3),
        ("MF_BT4", MF_BT4),
        ("MODE_FAST", MODE_FAST),
        ("MODE_NORMAL", MODE_NORMAL),
        ("PRESET_DEFAULT", PRESET_DEFAULT),
        ("PRESET_EXTREME", PRESET_EXTREME),
    ] {
        attrs.push((name, Value::Int(v)));
    }
    Ok(new_module(vm, "_lzma", attrs))
}

/// `LZMAError(msg)`.
fn lzma_error(vm: &mut Vm, msg: &str) -> Exception {
    match kept_class(vm, ERROR) {
        Some(class) => native::error(vm, class, msg),
        None => vm.runtime_error(msg.to_owned()),
    }
}

/// `__reduce__` of both classes: CPython's objects wrap a C stream and cannot be pickled.
fn no_pickle(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    Err(crate::bz2_module::cannot_pickle(
        vm,
        args,
        "_lzma",
        &[COMPRESSOR, DECOMPRESSOR],
    ))
}

fn is_check_supported(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let sig = Sig {
        name: "is_check_supported",
        module: "_lzma",
        params: &["check_id"],
        posonly: 1,
        maxpos: 1,
        required: 1,
    };
    let a = bind(vm, &sig, args, kw)?;
    let id = native::c_int(vm, a[0].unwrap_or(Value::None))?;
    Ok(Value::Bool(check_type(id).is_some()))
}

fn check_type(id: i64) -> Option<CheckType> {
    match id {
        CHECK_NONE => Some(CheckType::None),
        CHECK_CRC32 => Some(CheckType::Crc32),
        CHECK_CRC64 => Some(CheckType::Crc64),
        CHECK_SHA256 => Some(CheckType::Sha256),
        _ => None,
    }
}

// ---- filter specifications ----

/// One filter of a chain, as a Python dict describes it.
enum Filter {
    Lzma1(LzmaOptions),
    Lzma2(LzmaOptions),
    Pre(FilterConfig),
}

/// The LZMA2 dictionary-size byte: the smallest size of the form 2**n or 3 * 2**(n-1)
/// at least `dict_size`.
fn lzma2_dict_byte(dict_size: u32) -> u8 {
    (0u8..40)
        .find(|&b| lzma2_dict_size(b).is_some_and(|d| d >= dict_size))
        .unwrap_or(40)
}

fn lzma2_dict_size(b: u8) -> Option<u32> {
    match b {
        0..=39 => Some((2 | u32::from(b & 1)) << (b / 2 + 11)),
        40 => Some(u32::MAX),
        _ => None,
    }
}

/// The value of `key` in the filter spec `spec`, if present.
fn spec_get(vm: &mut Vm, spec: Value, key: &str) -> PyResult<Option<Value>> {
    let k = vm.new_str(key);
    match vm.get_item(spec, k) {
        Ok(v) => Ok(Some(v)),
        Err(e) if vm.exc_matches(e, vm.types().key_error) => Ok(None),
        Err(e) => Err(e),
    }
}

/// An unsigned 32-bit option of a filter spec.
fn spec_u32(vm: &mut Vm, v: Value) -> PyResult<u32> {
    let n = int_arg(vm, v)?;
    u32::try_from(n).map_err(|_| vm.overflow_error("Value too large for uint32_t type"))
}

/// LZMA options from a preset, as liblzma's `lzma_lzma_preset` chooses them.
fn preset_options(vm: &mut Vm, preset: i64) -> PyResult<LzmaOptions> {
    let level = preset & !PRESET_EXTREME;
    if !(0..=9).contains(&level) || preset < 0 {
        return Err(lzma_error(
            vm,
            &format!("Invalid compression preset: {preset}"),
        ));
    }
    Ok(LzmaOptions::with_preset(level as u32))
}

/// Parses one filter spec dict (CPython's `parse_filter_spec`).
fn parse_filter(vm: &mut Vm, spec: Value) -> PyResult<Filter> {
    let is_mapping = spec.payload().is_some_and(|_| {
        let class = vm.type_of(spec);
        let getitem = vm.intern("__getitem__");
        vm.type_lookup(class, getitem).is_some()
    });
    if !is_mapping {
        return Err(vm.type_error("Filter specifier must be a dict or dict-like object"));
    }
    let Some(id) = spec_get(vm, spec, "id")? else {
        return Err(vm.value_error("Filter specifier must have an \"id\" entry"));
    };
    let id = int_arg(vm, id)?;
    let keys = vm.collect_iter(spec)?;
    let mut names = Vec::with_capacity(keys.len());
    for k in keys {
        let name = k
            .as_obj()
            .and_then(|o| o.as_str().map(|s| s.as_str().to_owned()));
        names.push(name.unwrap_or_default());
    }
    match id {
        FILTER_LZMA1 | FILTER_LZMA2 => {
            const KEYS: [&str; 10] = [
                "id",
                "preset",
                "dict_size",
                "lc",
                "lp",
                "pb",
                "mode",
                "nice_len",
                "mf",
                "depth",
            ];
            if names.iter().any(|n| !KEYS.contains(&n.as_str())) {
                return Err(vm.value_error("Invalid filter specifier for LZMA filter"));
            }
            let preset = match spec_get(vm, spec, "preset")? {
                Some(v) => spec_u32(vm, v)? as i64,
                None => PRESET_DEFAULT,
            };
            let mut o = preset_options(vm, preset)?;
            if let Some(v) = spec_get(vm, spec, "dict_size")? {
                o.dict_size = spec_u32(vm, v)?;
            }
            for (key, field) in [("lc", 0), ("lp", 1), ("pb", 2)] {
                if let Some(v) = spec_get(vm, spec, key)? {
                    let n = spec_u32(vm, v)?;
                    match field {
                        0 => o.lc = n,
                        1 => o.lp = n,
                        _ => o.pb = n,
                    }
                }
            }
            if let Some(v) = spec_get(vm, spec, "mode")? {
                o.mode = match spec_u32(vm, v)? as i64 {
                    MODE_FAST => EncodeMode::Fast,
                    MODE_NORMAL => EncodeMode::Normal,
                    _ => return Err(lzma_error(vm, "Invalid or unsupported options")),
                };
            }
            if let Some(v) = spec_get(vm, spec, "nice_len")? {
                o.nice_len = spec_u32(vm, v)?;
            }
            if let Some(v) = spec_get(vm, spec, "mf")? {
                // The hash-chain finders map to the crate's HC4, the binary trees to BT4.
                o.mf = match spec_u32(vm, v)? as i64 {
                    MF_HC3 | MF_HC4 => MfType::Hc4,
                    MF_BT2 | MF_BT3 | MF_BT4 => MfType::Bt4,
                    _ => return Err(lzma_error(vm, "Invalid or unsupported options")),
                };
            }
            if let Some(v) = spec_get(vm, spec, "depth")? {
                o.depth_limit = spec_u32(vm, v)? as i32;
            }
            let bad = o.lc > 4 || o.lp > 4 || o.pb > 4 || (id == FILTER_LZMA2 && o.lc + o.lp > 4);
            if bad || o.dict_size < 4096 || !(2..=273).contains(&o.nice_len) {
                return Err(lzma_error(vm, "Invalid or unsupported options"));
            }
            Ok(if id == FILTER_LZMA1 {
                Filter::Lzma1(o)
            } else {
                Filter::Lzma2(o)
            })
        }
        FILTER_DELTA => {
            if names.iter().any(|n| n != "id" && n != "dist") {
                return Err(vm.value_error("Invalid filter specifier for delta filter"));
            }
            let dist = match spec_get(vm, spec, "dist")? {
                Some(v) => spec_u32(vm, v)?,
                None => 1,
            };
            if !(1..=256).contains(&dist) {
                return Err(lzma_error(vm, "Invalid or unsupported options"));
            }
            Ok(Filter::Pre(FilterConfig::new_delta(dist)))
        }
        FILTER_X86 | FILTER_POWERPC | FILTER_IA64 | FILTER_ARM | FILTER_ARMTHUMB | FILTER_SPARC => {
            if names.iter().any(|n| n != "id" && n != "start_offset") {
                return Err(vm.value_error("Invalid filter specifier for BCJ filter"));
            }
            let start = match spec_get(vm, spec, "start_offset")? {
                Some(v) => spec_u32(vm, v)?,
                None => 0,
            };
            let filter_type = match id {
                FILTER_X86 => FilterType::BcjX86,
                FILTER_POWERPC => FilterType::BcjPpc,
                FILTER_IA64 => FilterType::BcjIa64,
                FILTER_ARM => FilterType::BcjArm,
                FILTER_ARMTHUMB => FilterType::BcjArmThumb,
                _ => FilterType::BcjSparc,
            };
            Ok(Filter::Pre(FilterConfig {
                filter_type,
                property: start,
            }))
        }
        _ => Err(vm.value_error(format!("Invalid filter ID: {id}"))),
    }
}

/// A filter chain: at most three filters before the last, which must be LZMA1 or LZMA2.
fn parse_chain(vm: &mut Vm, filters: Value) -> PyResult<(Vec<FilterConfig>, Filter)> {
    // A chain is a sequence of specs; a mapping (even an empty one) is not.
    if matches!(filters.payload(), Some(krait_vm::object::Payload::Dict(_))) {
        return Err(vm.type_error("Filter chain must be a sequence"));
    }
    let specs = vm.collect_iter(filters)?;
    if specs.len() > 4 {
        return Err(vm.value_error("Too many filters - liblzma supports a maximum of 4"));
    }
    let mut pre = Vec::new();
    let mut last = None;
    for (i, spec) in specs.iter().enumerate() {
        let f = parse_filter(vm, *spec)?;
        match f {
            Filter::Pre(c) if i + 1 < specs.len() => pre.push(c),
            Filter::Lzma1(_) | Filter::Lzma2(_) if i + 1 == specs.len() => last = Some(f),
            _ => return Err(lzma_error(vm, "Invalid or unsupported options")),
        }
    }
    match last {
        Some(f) => Ok((pre, f)),
        None => Err(lzma_error(vm, "Invalid or unsupported options")),
    }
}

fn encode_filter_properties(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let sig = Sig {
        name: "_encode_filter_properties",
        module: "_lzma",
        params: &["filter"],
        posonly: 1,
        maxpos: 1,
        required: 1,
    };
    let a = bind(vm, &sig, args, kw)?;
    let props = match parse_filter(vm, a[0].unwrap_or(Value::None))? {
        Filter::Lzma1(o) => {
            let mut p = vec![((o.pb * 5 + o.lp) * 9 + o.lc) as u8];
            p.extend_from_slice(&o.dict_size.to_le_bytes());
            p
        }
        Filter::Lzma2(o) => vec![lzma2_dict_byte(o.dict_size)],
        Filter::Pre(c) if c.filter_type == FilterType::Delta => vec![(c.property - 1) as u8],
        Filter::Pre(c) if c.property == 0 => Vec::new(),
        Filter::Pre(c) => c.property.to_le_bytes().to_vec(),
    };
    Ok(bytes(vm, props))
}

fn decode_filter_properties(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let sig = Sig {
        name: "_decode_filter_properties",
        module: "_lzma",
        params: &["filter_id", "encoded_props"],
        posonly: 2,
        maxpos: 2,
        required: 2,
    };
    let a = bind(vm, &sig, args, kw)?;
    let id = int_arg(vm, a[0].unwrap_or(Value::None))?;
    let props = buffer_arg(vm, a[1].unwrap_or(Value::None))?;
    let mut fields: Vec<(&str, i64)> = vec![("id", id)];
    let bad = match id {
        FILTER_LZMA1 if props.len() == 5 && props[0] <= (4 * 5 + 4) * 9 + 8 => {
            let mut b = i64::from(props[0]);
            let pb = b / 45;
            b -= pb * 45;
            let lp = b / 9;
            let lc = b - lp * 9;
            let dict = u32::from_le_bytes([props[1], props[2], props[3], props[4]]);
            fields.extend([
                ("lc", lc),
                ("lp", lp),
                ("pb", pb),
                ("dict_size", dict.into()),
            ]);
            false
        }
        FILTER_LZMA2 if props.len() == 1 => match lzma2_dict_size(props[0]) {
            Some(d) => {
                fields.push(("dict_size", d.into()));
                false
            }
            None => true,
        },
        FILTER_DELTA if props.len() == 1 => {
            fields.push(("dist", i64::from(props[0]) + 1));
            false
        }
        FILTER_X86 | FILTER_POWERPC | FILTER_IA64 | FILTER_ARM | FILTER_ARMTHUMB | FILTER_SPARC
            if props.is_empty() || props.len() == 4 =>
        {
            if props.len() == 4 {
                let start = u32::from_le_bytes([props[0], props[1], props[2], props[3]]);
                fields.push(("start_offset", start.into()));
            }
            false
        }
        _ => true,
    };
    if bad {
        return Err(lzma_error(vm, "Invalid or unsupported options"));
    }
    let dict = vm.new_dict(Dict::new());
    for (k, v) in fields {
        let key = vm.new_str(k);
        vm.dict_set(dict, key, Value::Int(v))?;
    }
    Ok(dict)
}

// ---- compression ----

/// The encoder for one container, writing into a `Vec` that `compress` drains.
enum Encoder {
    Xz(XzWriter<Vec<u8>>),
    Lzma(LzmaWriter<Vec<u8>>),
    Lzma2(Lzma2Writer<Vec<u8>>),
}

impl Encoder {
    fn write(&mut self, data: &[u8]) -> std::io::Result<Vec<u8>> {
        let out = match self {
            Encoder::Xz(w) => {
                w.write_all(data)?;
                w.inner_mut()
            }
            Encoder::Lzma(w) => {
                w.write_all(data)?;
                w.inner_mut()
            }
            Encoder::Lzma2(w) => {
                w.write_all(data)?;
                w.inner_mut()
            }
        };
        Ok(std::mem::take(out))
    }

    fn finish(self) -> std::io::Result<Vec<u8>> {
        match self {
            Encoder::Xz(w) => w.finish(),
            Encoder::Lzma(w) => w.finish(),
            Encoder::Lzma2(w) => w.finish(),
        }
    }
}

/// A compressor: its encoder until `flush()` finishes the stream.
struct Compressor {
    encoder: Option<Encoder>,
}

fn compressor_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let default = kept_class(vm, COMPRESSOR).unwrap_or(vm.types().object);
    let class = native::new_class_arg(args, default);
    let sig = Sig {
        name: "LZMACompressor",
        module: "_lzma",
        params: &["format", "check", "preset", "filters"],
        posonly: 0,
        maxpos: 4,
        required: 0,
    };
    let a = bind(vm, &sig, args.get(1..).unwrap_or(&[]), kw)?;
    let format = match a[0] {
        Some(v) => native::c_int(vm, v)?,
        None => FORMAT_XZ,
    };
    let check = match a[1] {
        Some(v) => native::c_int(vm, v)?,
        None => -1,
    };
    let preset = a[2].filter(|v| !v.is_none());
    let filters = a[3].filter(|v| !v.is_none());
    if format != FORMAT_XZ && check != -1 && check != CHECK_NONE {
        return Err(vm.value_error("Integrity checks are only supported by FORMAT_XZ"));
    }
    if preset.is_some() && filters.is_some() {
        return Err(vm.value_error("Cannot specify both preset and filter chain"));
    }
    let preset = match preset {
        Some(v) => {
            let n = int_arg(vm, v)?;
            u32::try_from(n).map_err(|_| vm.overflow_error("Value too large for uint32_t type"))?
                as i64
        }
        None => PRESET_DEFAULT,
    };
    let chain = match filters {
        Some(f) => Some(parse_chain(vm, f)?),
        None => None,
    };
    let unsupported = |vm: &mut Vm| lzma_error(vm, "Invalid or unsupported options");
    let encoder = match format {
        FORMAT_XZ => {
            let check = if check == -1 { CHECK_CRC64 } else { check };
            let Some(check) = check_type(check) else {
                return Err(lzma_error(vm, "Unsupported integrity check"));
            };
            let mut options = match chain {
                // liblzma's `lzma_easy_encoder` refuses a bad preset with its generic
                // message, unlike the preset of a filter spec or of `.lzma`.
                None if !(0..=9).contains(&(preset & !PRESET_EXTREME)) => {
                    return Err(unsupported(vm))
                }
                None => XzOptions {
                    lzma_options: preset_options(vm, preset)?,
                    ..XzOptions::default()
                },
                Some((pre, Filter::Lzma2(o))) if pre.len() <= 1 => XzOptions {
                    lzma_options: o,
                    filters: pre,
                    ..XzOptions::default()
                },
                Some(_) => return Err(unsupported(vm)),
            };
            options.set_check_sum_type(check);
            match XzWriter::new(Vec::new(), options) {
                Ok(w) => Encoder::Xz(w),
                Err(_) => return Err(unsupported(vm)),
            }
        }
        FORMAT_ALONE => {
            let options = match chain {
                None => preset_options(vm, preset)?,
                Some((pre, Filter::Lzma1(o))) if pre.is_empty() => o,
                Some(_) => return Err(unsupported(vm)),
            };
            match LzmaWriter::new_use_header(Vec::new(), &options, None) {
                Ok(w) => Encoder::Lzma(w),
                Err(_) => return Err(unsupported(vm)),
            }
        }
        FORMAT_RAW => match chain {
            None => return Err(vm.value_error("Must specify filters for FORMAT_RAW")),
            Some((pre, Filter::Lzma1(o))) if pre.is_empty() => {
                match LzmaWriter::new_no_header(Vec::new(), &o, true) {
                    Ok(w) => Encoder::Lzma(w),
                    Err(_) => return Err(unsupported(vm)),
                }
            }
            Some((pre, Filter::Lzma2(o))) if pre.is_empty() => {
                let options = Lzma2Options {
                    lzma_options: o,
                    ..Lzma2Options::default()
                };
                Encoder::Lzma2(Lzma2Writer::new(Vec::new(), options))
            }
            Some(_) => return Err(unsupported(vm)),
        },
        _ => return Err(vm.value_error(format!("Invalid container format: {format}"))),
    };
    Ok(native::new_object(
        vm,
        class,
        Compressor {
            encoder: Some(encoder),
        },
    ))
}

fn c_compress(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "compress", args, 1, 1)?;
    let data = buffer_arg(vm, args[1])?;
    let mut c = native::self_state::<Compressor>(vm, args, "compress", "_lzma.LZMACompressor")?;
    let Some(encoder) = c.encoder.as_mut() else {
        drop(c);
        return Err(vm.value_error("Compressor has been flushed"));
    };
    let result = encoder.write(&data);
    drop(c);
    match result {
        Ok(out) => Ok(bytes(vm, out)),
        Err(e) => Err(lzma_error(vm, &format!("Internal error: {e}"))),
    }
}

fn c_flush(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "flush", args, 0, 0)?;
    let mut c = native::self_state::<Compressor>(vm, args, "flush", "_lzma.LZMACompressor")?;
    let Some(encoder) = c.encoder.take() else {
        drop(c);
        return Err(vm.value_error("Repeated call to flush()"));
    };
    drop(c);
    match encoder.finish() {
        Ok(out) => Ok(bytes(vm, out)),
        Err(e) => Err(lzma_error(vm, &format!("Internal error: {e}"))),
    }
}

// ---- decompression ----

/// The decoder for one container; `Auto` until the first bytes tell `.xz` from `.lzma`.
enum Decoder {
    Auto(u32),
    Xz(Box<XzStream>),
    Lzma(Box<LzmaStream>),
    Lzma2(Box<Lzma2Stream>),
}

impl Decoder {
    fn process(
        &mut self,
        input: &[u8],
        output: &mut [u8],
    ) -> std::io::Result<lzma_rust2::StreamResult> {
        match self {
            Decoder::Auto(_) => Err(std::io::Error::other("undecided")),
            Decoder::Xz(d) => d.process(input, output, Action::Run),
            Decoder::Lzma(d) => d.process(input, output, Action::Run),
            Decoder::Lzma2(d) => d.process(input, output, Action::Run),
        }
    }
}

/// A decompression stream and what CPython's object reports about it.
struct Decompressor {
    decoder: Decoder,
    format: i64,
    /// Input given but not yet taken (kept when `max_length` stopped the decoder).
    pending: Vec<u8>,
    eof: bool,
    unused: Vec<u8>,
    needs_input: bool,
}

/// Why decompression stopped with an error: CPython's `LZMAError` messages.
enum DecodeError {
    Format,
    Memory,
    Corrupt,
}

impl Decompressor {
    /// Chooses the decoder for `FORMAT_AUTO` once the first bytes are known.
    fn decide(&mut self, input: &[u8]) -> Result<bool, DecodeError> {
        let Decoder::Auto(limit) = self.decoder else {
            return Ok(true);
        };
        let n = input.len().min(XZ_MAGIC.len());
        if input[..n] != XZ_MAGIC[..n] {
            if input.is_empty() {
                return Ok(false);
            }
            // Anything not `.xz` is read as `.lzma`, whose 13-byte header liblzma's
            // automatic decoder checks strictly: a valid properties byte, a dictionary
            // size of 2**n or 2**n + 2**(n-1), an uncompressed size below 2**38 or unknown.
            if input.len() < 13 {
                return Ok(false);
            }
            let dict = u32::from_le_bytes([input[1], input[2], input[3], input[4]]);
            let size = u64::from_le_bytes(input[5..13].try_into().unwrap_or([0; 8]));
            let dict_ok = dict == u32::MAX || {
                let top = 1u32 << (31 - dict.max(1).leading_zeros());
                dict == top || dict == top | (top >> 1)
            };
            if input[0] > (4 * 5 + 4) * 9 + 8 || !dict_ok || (size != u64::MAX && size >> 38 != 0) {
                return Err(DecodeError::Format);
            }
            self.decoder = Decoder::Lzma(Box::new(LzmaStream::new_mem_limit(limit, None)));
            return Ok(true);
        }
        if n < XZ_MAGIC.len() {
            return Ok(false);
        }
        self.decoder = Decoder::Xz(Box::new(XzStream::new_mem_limit(false, limit)));
        Ok(true)
    }

    /// Decompresses `data` after what is pending, at most `max` bytes when `max` is
    /// `Some`, stopping at the end of the stream, when the input is used up, or when the
    /// output reached `max`.
    fn run(&mut self, data: &[u8], max: Option<usize>) -> Result<Vec<u8>, DecodeError> {
        self.pending.extend_from_slice(data);
        let input = std::mem::take(&mut self.pending);
        if !self.decide(&input)? {
            self.pending = input;
            self.needs_input = true;
            return Ok(Vec::new());
        }
        if self.format == FORMAT_ALONE && input.first().is_some_and(|&b| b > (4 * 5 + 4) * 9 + 8) {
            return Err(DecodeError::Format);
        }
        if self.format == FORMAT_XZ && !input.is_empty() {
            let n = input.len().min(XZ_MAGIC.len());
            if matches!(self.decoder, Decoder::Xz(ref d) if d.total_in() == 0)
                && input[..n] != XZ_MAGIC[..n]
            {
                return Err(DecodeError::Format);
            }
        }
        let mut out: Vec<u8> = Vec::new();
        let mut taken = 0;
        loop {
            if out.len() == max.unwrap_or(usize::MAX) {
                break;
            }
            let grow = CHUNK.max(out.len());
            let room = max.map_or(grow, |m| (m - out.len()).min(grow));
            let start = out.len();
            out.resize(start + room, 0);
            let result = self.decoder.process(&input[taken..], &mut out[start..]);
            let r = match result {
                Ok(r) => r,
                Err(e) => {
                    out.truncate(start);
                    self.pending = input[taken..].to_vec();
                    return Err(if e.kind() == std::io::ErrorKind::OutOfMemory {
                        DecodeError::Memory
                    } else {
                        DecodeError::Corrupt
                    });
                }
            };
            out.truncate(start + r.bytes_produced);
            taken += r.bytes_consumed;
            if r.status == Status::StreamEnd {
                self.eof = true;
                break;
            }
            if taken == input.len() && r.bytes_produced < room {
                break;
            }
            if r.bytes_consumed == 0 && r.bytes_produced == 0 {
                break;
            }
        }
        let rest = &input[taken..];
        if self.eof {
            self.needs_input = false;
            self.unused.extend_from_slice(rest);
        } else if rest.is_empty() {
            // All taken; more output may still be waiting when `max` stopped it.
            self.needs_input = max.is_none_or(|m| out.len() < m);
        } else {
            self.needs_input = false;
            self.pending = rest.to_vec();
        }
        Ok(out)
    }

    fn check(&self) -> i64 {
        match &self.decoder {
            Decoder::Auto(_) => CHECK_UNKNOWN,
            Decoder::Xz(d) => match d.check_type() {
                Some(CheckType::None) => CHECK_NONE,
                Some(CheckType::Crc32) => CHECK_CRC32,
                Some(CheckType::Crc64) => CHECK_CRC64,
                Some(CheckType::Sha256) => CHECK_SHA256,
                None => CHECK_UNKNOWN,
            },
            Decoder::Lzma(_) | Decoder::Lzma2(_) => CHECK_NONE,
        }
    }
}

fn decompressor_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let default = kept_class(vm, DECOMPRESSOR).unwrap_or(vm.types().object);
    let class = native::new_class_arg(args, default);
    let sig = Sig {
        name: "LZMADecompressor",
        module: "_lzma",
        params: &["format", "memlimit", "filters"],
        posonly: 0,
        maxpos: 3,
        required: 0,
    };
    let a = bind(vm, &sig, args.get(1..).unwrap_or(&[]), kw)?;
    let format = match a[0] {
        Some(v) => native::c_int(vm, v)?,
        None => FORMAT_AUTO,
    };
    let memlimit = a[1].filter(|v| !v.is_none());
    let filters = a[2].filter(|v| !v.is_none());
    if memlimit.is_some() && format == FORMAT_RAW {
        return Err(vm.value_error("Cannot specify memory limit with FORMAT_RAW"));
    }
    let limit_kb = match memlimit {
        Some(v) => {
            let n = int_arg(vm, v)?;
            let n = u64::try_from(n)
                .map_err(|_| vm.overflow_error("Value too large for uint64_t type"))?;
            u32::try_from(n.div_ceil(1024)).unwrap_or(u32::MAX)
        }
        None => u32::MAX,
    };
    if format == FORMAT_RAW && filters.is_none() {
        return Err(vm.value_error("Must specify filters for FORMAT_RAW"));
    }
    if format != FORMAT_RAW && filters.is_some() {
        return Err(vm.value_error("Cannot specify filters except with FORMAT_RAW"));
    }
    let unsupported = |vm: &mut Vm| lzma_error(vm, "Invalid or unsupported options");
    let decoder = match format {
        FORMAT_AUTO => Decoder::Auto(limit_kb),
        FORMAT_XZ => Decoder::Xz(Box::new(XzStream::new_mem_limit(false, limit_kb))),
        FORMAT_ALONE => Decoder::Lzma(Box::new(LzmaStream::new_mem_limit(limit_kb, None))),
        FORMAT_RAW => {
            let (pre, last) = parse_chain(vm, filters.unwrap_or(Value::None))?;
            if pre.len() > 1 {
                return Err(unsupported(vm));
            }
            match last {
                Filter::Lzma1(o) => {
                    let props = ((o.pb * 5 + o.lp) * 9 + o.lc) as u8;
                    let Ok(mut d) = LzmaStream::new_with_props(u64::MAX, props, o.dict_size, None)
                    else {
                        return Err(unsupported(vm));
                    };
                    if d.set_filters(&pre).is_err() {
                        return Err(unsupported(vm));
                    }
                    Decoder::Lzma(Box::new(d))
                }
                Filter::Lzma2(o) => {
                    let mut d = Lzma2Stream::new(o.dict_size);
                    if d.set_filters(&pre).is_err() {
                        return Err(unsupported(vm));
                    }
                    Decoder::Lzma2(Box::new(d))
                }
                Filter::Pre(_) => return Err(unsupported(vm)),
            }
        }
        _ => return Err(vm.value_error(format!("Invalid container format: {format}"))),
    };
    let state = Decompressor {
        decoder,
        format,
        pending: Vec::new(),
        eof: false,
        unused: Vec::new(),
        needs_input: true,
    };
    Ok(native::new_object(vm, class, state))
}

fn d_decompress(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let (data, max) = decompress_args(vm, args, kw, "_lzma.LZMADecompressor")?;
    let mut d =
        native::self_state::<Decompressor>(vm, args, "decompress", "_lzma.LZMADecompressor")?;
    if d.eof {
        drop(d);
        let class = vm.types().eof_error;
        return Err(vm.new_error(class, "Already at end of stream"));
    }
    let result = d.run(&data, max);
    drop(d);
    match result {
        Ok(out) => Ok(bytes(vm, out)),
        Err(DecodeError::Format) => Err(lzma_error(vm, "Input format not supported by decoder")),
        Err(DecodeError::Memory) => Err(lzma_error(vm, "Memory usage limit exceeded")),
        Err(DecodeError::Corrupt) => Err(lzma_error(vm, "Corrupt input data")),
    }
}

fn d_check(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let d = native::self_state::<Decompressor>(vm, args, "check", "_lzma.LZMADecompressor")?;
    Ok(Value::Int(d.check()))
}

impl DecompressorState for Decompressor {
    const CLASS: &'static str = "_lzma.LZMADecompressor";
    fn eof(&self) -> bool {
        self.eof
    }
    fn needs_input(&self) -> bool {
        self.needs_input
    }
    fn unused_data(&self) -> &[u8] {
        &self.unused
    }
}
