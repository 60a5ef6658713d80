//! `_krait_cjk`: the conversions under the East Asian multibyte codecs (`shift_jis`,
//! `cp932`, `euc_jp`, `iso2022_jp`, `gb2312`, `gbk`, `gb18030`, `big5`, `cp950`,
//! `big5hkscs`, `euc_kr`, `cp949`), which CPython writes in C (`_codecs_jp` and the rest,
//! under `_multibytecodec`). The bundled `_multibytecodec.py` builds CPython's codec
//! classes, error handling and incremental state on the two functions here.
//!
//! The tables are the `encoding_rs` crate's, the WHATWG Encoding Standard's: for text that
//! CPython's codecs accept they give the same bytes and characters, but each WHATWG
//! encoding is its vendor superset (Shift_JIS is Windows' cp932, EUC-KR is cp949, GBK and
//! gb2312 are one table, Big5 includes HKSCS), so the strict codecs accept a few
//! extension characters CPython refuses. Codecs with no WHATWG table (`shift_jis_2004`,
//! `euc_jisx0213`, `hz`, `johab`, the other ISO-2022 variants) are not available.

use encoding_rs::{DecoderResult, EncoderResult, Encoding};
use krait_gc::Gc;

use krait_vm::builtins::native::bytes;
use krait_vm::builtins::{arity, module_functions, new_module};
use krait_vm::error::PyResult;
use krait_vm::object::function::KwArgs;
use krait_vm::object::{NativeFn, Object, Payload};
use krait_vm::value::Value;
use krait_vm::vm::Vm;

/// Creates `_krait_cjk`.
pub(crate) fn create(vm: &mut Vm) -> Gc<Object> {
    let funcs: &[(&'static str, NativeFn)] = &[
        ("supported", supported),
        ("encode", encode),
        ("decode", decode),
    ];
    let attrs = module_functions(vm, funcs);
    new_module(vm, "_krait_cjk", attrs)
}

/// The table behind CPython's codec name `name`.
fn table(name: &str) -> Option<&'static Encoding> {
    Some(match name {
        "shift_jis" | "cp932" => encoding_rs::SHIFT_JIS,
        "euc_jp" => encoding_rs::EUC_JP,
        "iso2022_jp" => encoding_rs::ISO_2022_JP,
        "gb2312" | "gbk" | "cp936" => encoding_rs::GBK,
        "gb18030" => encoding_rs::GB18030,
        "big5" | "cp950" | "big5hkscs" => encoding_rs::BIG5,
        "euc_kr" | "cp949" => encoding_rs::EUC_KR,
        _ => return None,
    })
}

fn str_arg(vm: &mut Vm, v: Value, what: &str) -> PyResult<String> {
    match v.payload() {
        Some(Payload::Str(s)) => Ok(s.as_str().to_owned()),
        _ => {
            let msg = format!("{what} must be str, not {}", vm.type_name(v));
            Err(vm.type_error(msg))
        }
    }
}

fn codec_of(vm: &mut Vm, name: &str) -> PyResult<&'static Encoding> {
    // `_multibytecodec.getcodec` raises CPython's LookupError before a name gets here.
    table(name).ok_or_else(|| vm.value_error("no such codec is supported."))
}

/// `supported(name)`: whether `name` is a codec this module converts.
fn supported(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "supported", args, 1, 1)?;
    let name = str_arg(vm, args[0], "codec name")?;
    Ok(Value::Bool(table(&name).is_some()))
}

/// `encode(name, text)`: `(data, bad)`, the bytes of `text` up to its first character the
/// codec cannot encode, and that character's index (-1 when there is none). A stateful
/// codec's output always ends in its initial state, so pieces can be joined.
fn encode(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "encode", args, 2, 2)?;
    let name = str_arg(vm, args[0], "codec name")?;
    let codec = codec_of(vm, &name)?;
    let text = str_arg(vm, args[1], "text")?;
    // A lone surrogate is held as an alias character, which a table must not see: the text
    // is encoded only up to the first one.
    let (clean, surrogate) = match text
        .char_indices()
        .enumerate()
        .find(|(_, (_, c))| is_surrogate_alias(*c))
    {
        Some((index, (at, _))) => (&text[..at], Some(index)),
        None => (text.as_str(), None),
    };
    let (data, unmappable) = match Subset::of(&name) {
        Some(subset) => encode_subset(codec, subset, clean),
        None => encode_text(codec, clean),
    };
    let bad = match (unmappable, surrogate) {
        (Some(at), _) => clean[..at].chars().count() as i64,
        (None, Some(index)) => index as i64,
        (None, None) => -1,
    };
    let data = bytes(vm, data);
    Ok(vm.new_tuple(vec![data, Value::Int(bad)]))
}

/// Whether `c` stands for a lone surrogate in Krait's strings.
fn is_surrogate_alias(c: char) -> bool {
    (0xD800..0xE000).contains(&krait_ast::surrogate::code_point(c))
}

/// The bytes of `text` up to its first unmappable character, and that character's byte
/// offset in `text`.
fn encode_text(codec: &'static Encoding, text: &str) -> (Vec<u8>, Option<usize>) {
    let mut encoder = codec.new_encoder();
    let mut out = Vec::new();
    let mut buf = vec![0u8; 1024];
    let mut at = 0;
    loop {
        let (result, read, written) =
            encoder.encode_from_utf8_without_replacement(&text[at..], &mut buf, true);
        out.extend_from_slice(&buf[..written]);
        at += read;
        match result {
            EncoderResult::InputEmpty => return (out, None),
            EncoderResult::OutputFull => {}
            EncoderResult::Unmappable(c) => {
                // The state is reset by encoding nothing as the last input, so a
                // stateful codec ends in its initial state.
                let mut tail = [0u8; 8];
                let (_, _, n) = encoder.encode_from_utf8_without_replacement("", &mut tail, true);
                out.extend_from_slice(&tail[..n]);
                return (out, Some(at - c.len_utf8()));
            }
        }
    }
}

/// `decode(name, data, final)`: `(text, consumed, bad)`: the text of `data` up to its
/// first malformed sequence, which starts at byte `consumed` and is `bad` bytes long.
/// `bad` is 0 when everything decoded, or when `data` ends inside a sequence and `final`
/// is false (then `consumed` is where the incomplete sequence starts); a sequence
/// `data` ends inside when `final` is true is reported as malformed with `bad` negated.
fn decode(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "decode", args, 3, 3)?;
    let name = str_arg(vm, args[0], "codec name")?;
    let codec = codec_of(vm, &name)?;
    let data = krait_vm::builtins::bytes::buffer_arg(vm, args[1])?;
    let last = vm.truthy(args[2])?;
    // Bytes outside a subset codec's range end the decoding as a malformed sequence.
    let outside = Subset::of(&name).and_then(|subset| subset.first_outside(&data));
    let (text, consumed, bad) = match outside {
        Some(at) => match decode_data(codec, &data[..at], true) {
            (text, consumed, 0) => (text, consumed, 1),
            (text, consumed, bad) => (text, consumed, bad.abs()),
        },
        None => decode_data(codec, &data, last),
    };
    let text = vm.new_str(&text);
    Ok(vm.new_tuple(vec![text, Value::Int(consumed as i64), Value::Int(bad)]))
}

fn decode_data(codec: &'static Encoding, data: &[u8], last: bool) -> (String, usize, i64) {
    let mut decoder = codec.new_decoder_without_bom_handling();
    let mut out = String::new();
    let mut buf = vec![0u8; 4096];
    let mut at = 0;
    loop {
        // Always decoded as the end of the input, so that a sequence cut off at the end
        // comes back as malformed, at a known place, rather than kept in the decoder.
        let (result, read, written) =
            decoder.decode_to_utf8_without_replacement(&data[at..], &mut buf, true);
        // The decoder writes only whole UTF-8 sequences.
        out.push_str(std::str::from_utf8(&buf[..written]).unwrap_or_default());
        at += read;
        match result {
            DecoderResult::InputEmpty => return (out, data.len(), 0),
            DecoderResult::OutputFull => {}
            DecoderResult::Malformed(bad, extra) => {
                let end = at - usize::from(extra);
                let start = end - usize::from(bad);
                if end == data.len() && extra == 0 && is_cut_off(codec, &data[start..]) {
                    let bad = if last { -i64::from(bad) } else { 0 };
                    return (out, start, bad);
                }
                return (out, start, i64::from(bad));
            }
        }
    }
}

/// Whether `tail`, malformed at the end of the input, is the start of a sequence that more
/// input could complete (rather than bytes no input could make valid).
fn is_cut_off(codec: &'static Encoding, tail: &[u8]) -> bool {
    let mut decoder = codec.new_decoder_without_bom_handling();
    let mut buf = [0u8; 16];
    let (result, _, _) = decoder.decode_to_utf8_without_replacement(tail, &mut buf, false);
    result == DecoderResult::InputEmpty
}

/// A codec whose CPython table is a strict subset of its WHATWG table: only the characters
/// whose bytes fall in the subset's ranges belong to it.
#[derive(Clone, Copy)]
enum Subset {
    /// JIS X 0208 in Shift_JIS form, without cp932's NEC and IBM rows and user area.
    ShiftJis,
    /// GB 2312 in EUC-CN form: both bytes of a character in 0xA1-0xFE.
    Gb2312,
}

impl Subset {
    fn of(name: &str) -> Option<Subset> {
        match name {
            "shift_jis" => Some(Subset::ShiftJis),
            "gb2312" => Some(Subset::Gb2312),
            _ => None,
        }
    }

    /// Whether the encoded character `seq` belongs to the subset.
    fn allows(self, seq: &[u8]) -> bool {
        match (self, seq) {
            (_, [b]) if *b < 0x80 => true,
            (Subset::ShiftJis, [b]) => (0xA1..=0xDF).contains(b),
            (Subset::ShiftJis, [lead, trail]) => {
                let lead_ok = matches!(lead, 0x81..=0x86 | 0x88..=0x9F | 0xE0..=0xEA);
                lead_ok && matches!(trail, 0x40..=0x7E | 0x80..=0xFC)
            }
            (Subset::Gb2312, [lead, trail]) => {
                (0xA1..=0xF7).contains(lead) && (0xA1..=0xFE).contains(trail)
            }
            _ => false,
        }
    }

    /// How long the character starting with byte `b` is.
    fn width(self, b: u8) -> usize {
        match self {
            Subset::ShiftJis if matches!(b, 0x81..=0x9F | 0xE0..=0xFC) => 2,
            Subset::Gb2312 if b >= 0x81 => 2,
            _ => 1,
        }
    }

    /// The offset of the first character of `data` outside the subset; a character cut
    /// off by the end of `data` is left to the decoder.
    fn first_outside(self, data: &[u8]) -> Option<usize> {
        let mut at = 0;
        while at < data.len() {
            let width = self.width(data[at]);
            let seq = data.get(at..at + width)?;
            if !self.allows(seq) {
                return Some(at);
            }
            at += width;
        }
        None
    }
}

/// [`encode_text`] for a subset codec: character by character, each checked.
fn encode_subset(codec: &'static Encoding, subset: Subset, text: &str) -> (Vec<u8>, Option<usize>) {
    let mut out = Vec::new();
    let mut one = [0u8; 4];
    for (at, c) in text.char_indices() {
        let (seq, bad) = encode_text(codec, c.encode_utf8(&mut one));
        if bad.is_some() || !subset.allows(&seq) {
            return (out, Some(at));
        }
        out.extend_from_slice(&seq);
    }
    (out, None)
}
