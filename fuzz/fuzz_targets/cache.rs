//! Fuzz target: the bytecode cache loader. The input is used three ways: as a whole cache
//! file; as a bare payload (no checksum in the way, so the decoder itself is exercised);
//! and, for inputs starting with a byte `k`, as edits to a valid file compiled from a
//! small program (byte pairs `(offset, xor)`, the checksum recomputed so the damage
//! reaches the decoder and the verifier). Nothing may panic; whatever loads must verify
//! or be rejected by the verifier, and what loads must re-encode and load again stably.
#![no_main]

use std::sync::OnceLock;

use krait_bytecode::cache;
use libfuzzer_sys::fuzz_target;

const PROGRAM: &str = "import sys\nclass C:\n    def m(self, *a, k=1, **kw):\n        try:\n            return [x for x in a if x]\n        except (TypeError, ValueError) as e:\n            raise RuntimeError from e\n        finally:\n            del kw\ndef g(n):\n    t = 0\n    for i in range(n):\n        t += yield i * 2.5 + 1j\n    return {1: 'a', **{}}, f'{t!r:>4}', b'x', 10**40, ...\nwith open(__file__) as f:\n    pass\nmatch sys.argv:\n    case [_, *rest] if rest: print(rest)\n    case {'k': v}: pass\n";

fn valid_payload() -> &'static Vec<u8> {
    static PAYLOAD: OnceLock<Vec<u8>> = OnceLock::new();
    PAYLOAD.get_or_init(|| {
        let module = krait_parser::parse_module(PROGRAM).expect("parses");
        let code = krait_compiler::compile_module(&module, PROGRAM, "fuzz.py").expect("compiles");
        let file = cache::write_cache(&code, PROGRAM.as_bytes());
        file[cache::HEADER_LEN..].to_vec()
    })
}

fn check(payload: &[u8]) {
    if let Ok(constant) = cache::decode_constant(payload) {
        if let krait_bytecode::Constant::Code(code) = &constant {
            let _ = krait_compiler::verify(code);
            let _ = code.to_string();
        }
        // Not byte-identical to the input (a string may be written twice instead of
        // referenced), but encoding is stable from there on.
        let once = cache::encode_constant(&constant);
        let again = cache::decode_constant(&once).expect("re-encoded bytes load");
        assert_eq!(cache::encode_constant(&again), once, "encoding is stable");
    }
}

fuzz_target!(|data: &[u8]| {
    let _ = cache::read_cache(data, None);
    let _ = cache::read_cache(data, Some(PROGRAM.as_bytes()));
    check(data);
    if let Some((&k, edits)) = data.split_first() {
        if k % 4 == 0 {
            let mut payload = valid_payload().clone();
            for pair in edits.chunks_exact(3) {
                let at = usize::from(u16::from_le_bytes([pair[0], pair[1]])) % payload.len();
                payload[at] ^= pair[2];
            }
            check(&payload);
        }
    }
});
