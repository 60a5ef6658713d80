//! The hashes of `str` and `bytes`: CPython 3.11's, so that with the same `PYTHONHASHSEED`
//! the iteration order of sets and dicts of strings is CPython's.
//!
//! CPython hashes the bytes of an object with SipHash-1-3 (one compression round per 8-byte
//! word, three finalisation rounds) under a 128-bit key, the "hash secret". A str is hashed
//! as CPython stores it (PEP 393): one byte per character when every character is below
//! U+0100, two little-endian bytes when all are below U+10000, four otherwise. The empty
//! str and bytes hash to 0, and -1 (an error marker in CPython's C API) becomes -2.
//!
//! The key comes from the seed the VM is given ([`set_seed`]): seed 0 is the all-zero key
//! (CPython's "randomisation disabled"); another seed fills the key with the bytes of
//! CPython's linear congruential generator seeded with it; no seed draws a random key, as
//! CPython does when `PYTHONHASHSEED` is unset. The key is per thread, because a VM lives on
//! one thread and str hashes are computed without access to the VM.

use std::cell::Cell;

thread_local! {
    /// `(k0, k1)` of the current VM's hash secret.
    static KEY: Cell<(u64, u64)> = const { Cell::new((0, 0)) };
}

/// Installs the hash secret derived from `seed` (see the module docs) for this thread.
pub fn set_seed(seed: Option<u32>) {
    let key = match seed {
        Some(seed) => key_from_seed(seed),
        None => random_key(),
    };
    KEY.with(|k| k.set(key));
}

/// CPython's key for `PYTHONHASHSEED=seed`: the first 16 bytes its generator produces
/// (`x = x * 214013 + 2531011` in 32-bit arithmetic, each byte being bits 16..24 of `x`),
/// read as two little-endian words. Seed 0 means no randomisation: the zero key.
fn key_from_seed(seed: u32) -> (u64, u64) {
    if seed == 0 {
        return (0, 0);
    }
    let mut x = seed;
    let mut bytes = [0u8; 16];
    for b in &mut bytes {
        x = x.wrapping_mul(214_013).wrapping_add(2_531_011);
        *b = (x >> 16) as u8;
    }
    let (lo, hi) = bytes.split_at(8);
    (
        u64::from_le_bytes(lo.try_into().expect("8 bytes")),
        u64::from_le_bytes(hi.try_into().expect("8 bytes")),
    )
}

/// A key from the operating system's randomness, through std's randomly keyed hasher.
fn random_key() -> (u64, u64) {
    use std::hash::{BuildHasher, Hasher};
    let state = std::collections::hash_map::RandomState::new();
    let word = |salt: u64| {
        let mut h = state.build_hasher();
        h.write_u64(salt);
        h.finish()
    };
    (word(0x6b72_6169_7430), word(0x6b72_6169_7431))
}

/// One SipHash round over the four state words.
#[inline(always)]
fn round(v: &mut [u64; 4]) {
    v[0] = v[0].wrapping_add(v[1]);
    v[1] = v[1].rotate_left(13) ^ v[0];
    v[0] = v[0].rotate_left(32);
    v[2] = v[2].wrapping_add(v[3]);
    v[3] = v[3].rotate_left(16) ^ v[2];
    v[0] = v[0].wrapping_add(v[3]);
    v[3] = v[3].rotate_left(21) ^ v[0];
    v[2] = v[2].wrapping_add(v[1]);
    v[1] = v[1].rotate_left(17) ^ v[2];
    v[2] = v[2].rotate_left(32);
}

/// SipHash-1-3 of `data` under `(k0, k1)`.
fn siphash13((k0, k1): (u64, u64), data: &[u8]) -> u64 {
    let mut v = [
        k0 ^ 0x736f_6d65_7073_6575,
        k1 ^ 0x646f_7261_6e64_6f6d,
        k0 ^ 0x6c79_6765_6e65_7261,
        k1 ^ 0x7465_6462_7974_6573,
    ];
    let mut words = data.chunks_exact(8);
    for word in &mut words {
        let m = u64::from_le_bytes(word.try_into().expect("8 bytes"));
        v[3] ^= m;
        round(&mut v);
        v[0] ^= m;
    }
    let mut last = [0u8; 8];
    let rest = words.remainder();
    last[..rest.len()].copy_from_slice(rest);
    let m = u64::from_le_bytes(last) | ((data.len() as u64) << 56);
    v[3] ^= m;
    round(&mut v);
    v[0] ^= m;
    v[2] ^= 0xff;
    for _ in 0..3 {
        round(&mut v);
    }
    v[0] ^ v[1] ^ v[2] ^ v[3]
}

/// The hash of raw bytes as CPython computes it for `bytes` (and for a str whose storage
/// those bytes are).
pub fn hash_bytes(bytes: &[u8]) -> i64 {
    if bytes.is_empty() {
        return 0;
    }
    let h = siphash13(KEY.with(Cell::get), bytes) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// The hash of a str's text, over CPython's storage of it (see the module docs).
pub fn hash_str(text: &str) -> i64 {
    if text.is_ascii() {
        return hash_bytes(text.as_bytes());
    }
    // Code points, not chars: a surrogate's alias counts as the 2-byte surrogate it is.
    let points = || text.chars().map(krait_ast::surrogate::code_point);
    let widest = points().max().unwrap_or(0);
    let units: Vec<u8> = if widest < 0x100 {
        points().map(|c| c as u8).collect()
    } else if widest < 0x1_0000 {
        points().flat_map(|c| (c as u16).to_le_bytes()).collect()
    } else {
        points().flat_map(u32::to_le_bytes).collect()
    };
    hash_bytes(&units)
}

#[cfg(test)]
mod tests {
    use super::*;

    const HASH_A_SEED0: i64 = 4_644_417_185_603_328_019;
    const HASH_HELLO_WORLD_SEED0: i64 = -5_642_461_784_034_726_774;
    const HASH_E_ACUTE_SEED0: i64 = 6_047_309_291_227_476_195;
    const HASH_EURO_SEED0: i64 = -5_529_981_157_763_016_009;
    const HASH_SNAKE_SEED0: i64 = 5_216_893_564_587_608_945;
    const HASH_A_SEED1: i64 = -3_012_895_188_637_184_397;
    const HASH_ALPHABET_SEED_MAX: i64 = 4_987_781_104_999_490_403;

    // Reference values printed by CPython 3.11: `PYTHONHASHSEED=S python3 -c 'print(hash(X))'`.
    #[test]
    fn zero_seed_matches_cpython() {
        set_seed(Some(0));
        assert_eq!(hash_str(""), 0);
        assert_eq!(hash_str("a"), HASH_A_SEED0);
        assert_eq!(hash_str("hello world"), HASH_HELLO_WORLD_SEED0);
        assert_eq!(hash_str("é"), HASH_E_ACUTE_SEED0);
        assert_eq!(hash_str("€"), HASH_EURO_SEED0);
        assert_eq!(hash_str("🐍"), HASH_SNAKE_SEED0);
        assert_eq!(hash_bytes(b"hello world"), HASH_HELLO_WORLD_SEED0);
    }

    #[test]
    fn other_seeds_derive_cpythons_key() {
        set_seed(Some(1));
        assert_eq!(hash_str("a"), HASH_A_SEED1);
        set_seed(Some(4_294_967_295));
        assert_eq!(hash_str("abcdefghijk"), HASH_ALPHABET_SEED_MAX);
    }

    #[test]
    fn random_seeds_differ() {
        set_seed(None);
        let a = hash_str("abc");
        set_seed(None);
        assert_ne!(a, hash_str("abc"));
    }
}
