//! The hash modules `hashlib` falls back to without OpenSSL: `_md5`, `_sha1`, `_sha256`,
//! `_sha512`, `_sha3` and `_blake2`. MD5, SHA-1, SHA-2 and SHA-3 come from the RustCrypto
//! crates; SHAKE is a sponge over the `keccak` crate's permutation; BLAKE2 (which needs
//! CPython's full parameter block: key, salt, person, tree parameters) is written here.
//! Every hash object has `update`, `digest`, `hexdigest`, `copy`, `name`, `digest_size`
//! and `block_size`.

use krait_gc::Gc;
use sha2::Digest;

use krait_vm::builtins::native::{self, bind, bytes, Sig};
use krait_vm::builtins::{method_arity, module_functions, new_module};
use krait_vm::error::PyResult;
use krait_vm::object::function::KwArgs;
use krait_vm::object::{NativeFn, Object, Payload};
use krait_vm::value::Value;
use krait_vm::vm::Vm;

/// A running hash.
#[derive(Clone)]
enum Algo {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
    Sha3_224(sha3::Sha3_224),
    Sha3_256(sha3::Sha3_256),
    Sha3_384(sha3::Sha3_384),
    Sha3_512(sha3::Sha3_512),
    Shake(Shake),
    Blake2b(Blake2<u64>),
    Blake2s(Blake2<u32>),
}

/// The state behind a hash object.
#[derive(Clone)]
struct HashState {
    name: &'static str,
    algo: Algo,
}

impl Algo {
    fn update(&mut self, data: &[u8]) {
        match self {
            Algo::Md5(h) => h.update(data),
            Algo::Sha1(h) => h.update(data),
            Algo::Sha224(h) => h.update(data),
            Algo::Sha256(h) => h.update(data),
            Algo::Sha384(h) => h.update(data),
            Algo::Sha512(h) => h.update(data),
            Algo::Sha3_224(h) => h.update(data),
            Algo::Sha3_256(h) => h.update(data),
            Algo::Sha3_384(h) => h.update(data),
            Algo::Sha3_512(h) => h.update(data),
            Algo::Shake(h) => h.absorb(data),
            Algo::Blake2b(h) => h.update(data),
            Algo::Blake2s(h) => h.update(data),
        }
    }

    /// The digest so far (`len` bytes for SHAKE); the state is left as it is.
    fn digest(&self, len: usize) -> Vec<u8> {
        match self.clone() {
            Algo::Md5(h) => h.finalize().to_vec(),
            Algo::Sha1(h) => h.finalize().to_vec(),
            Algo::Sha224(h) => h.finalize().to_vec(),
            Algo::Sha256(h) => h.finalize().to_vec(),
            Algo::Sha384(h) => h.finalize().to_vec(),
            Algo::Sha512(h) => h.finalize().to_vec(),
            Algo::Sha3_224(h) => h.finalize().to_vec(),
            Algo::Sha3_256(h) => h.finalize().to_vec(),
            Algo::Sha3_384(h) => h.finalize().to_vec(),
            Algo::Sha3_512(h) => h.finalize().to_vec(),
            Algo::Shake(h) => h.squeeze(len),
            Algo::Blake2b(h) => h.finish(),
            Algo::Blake2s(h) => h.finish(),
        }
    }

    fn digest_size(&self) -> usize {
        match self {
            Algo::Md5(_) => 16,
            Algo::Sha1(_) => 20,
            Algo::Sha224(_) | Algo::Sha3_224(_) => 28,
            Algo::Sha256(_) | Algo::Sha3_256(_) => 32,
            Algo::Sha384(_) | Algo::Sha3_384(_) => 48,
            Algo::Sha512(_) | Algo::Sha3_512(_) => 64,
            Algo::Shake(_) => 0,
            Algo::Blake2b(h) => h.out_len,
            Algo::Blake2s(h) => h.out_len,
        }
    }

    fn block_size(&self) -> usize {
        match self {
            Algo::Md5(_) | Algo::Sha1(_) | Algo::Sha224(_) | Algo::Sha256(_) => 64,
            Algo::Sha384(_) | Algo::Sha512(_) => 128,
            Algo::Sha3_224(_) => 144,
            Algo::Sha3_256(_) => 136,
            Algo::Sha3_384(_) => 104,
            Algo::Sha3_512(_) => 72,
            Algo::Shake(h) => h.rate,
            Algo::Blake2b(_) => 128,
            Algo::Blake2s(_) => 64,
        }
    }
}

// ---- SHAKE: the Keccak sponge with SHAKE's domain padding ----

#[derive(Clone)]
struct Shake {
    state: [u64; 25],
    rate: usize,
    pos: usize,
}

impl Shake {
    fn new(rate: usize) -> Shake {
        Shake {
            state: [0; 25],
            rate,
            pos: 0,
        }
    }

    fn xor_byte(&mut self, i: usize, b: u8) {
        self.state[i / 8] ^= u64::from(b) << (8 * (i % 8));
    }

    fn permute(&mut self) {
        keccak::Keccak::new().with_f1600(|f| f(&mut self.state));
    }

    fn absorb(&mut self, data: &[u8]) {
        for &b in data {
            self.xor_byte(self.pos, b);
            self.pos += 1;
            if self.pos == self.rate {
                self.permute();
                self.pos = 0;
            }
        }
    }

    fn squeeze(mut self, len: usize) -> Vec<u8> {
        self.xor_byte(self.pos, 0x1f);
        self.xor_byte(self.rate - 1, 0x80);
        self.permute();
        let mut out = Vec::with_capacity(len);
        let mut i = 0;
        while out.len() < len {
            if i == self.rate {
                self.permute();
                i = 0;
            }
            out.push((self.state[i / 8] >> (8 * (i % 8))) as u8);
            i += 1;
        }
        out
    }
}

// ---- BLAKE2 ----

/// The words of BLAKE2b (`u64`) and BLAKE2s (`u32`).
trait Word: Copy + Default + std::ops::BitXor<Output = Self> + std::ops::BitXorAssign {
    const BYTES: usize;
    const ROUNDS: usize;
    const ROT: [u32; 4];
    const IV: [Self; 8];
    fn add(self, o: Self) -> Self;
    fn rotr(self, n: u32) -> Self;
    fn from_le(b: &[u8]) -> Self;
    fn to_le(self, out: &mut Vec<u8>);
    fn from_u64(n: u64) -> Self;
    fn all_ones() -> Self;
}

impl Word for u64 {
    const BYTES: usize = 8;
    const ROUNDS: usize = 12;
    const ROT: [u32; 4] = [32, 24, 16, 63];
    const IV: [u64; 8] = [
        0x6a09_e667_f3bc_c908,
        0xbb67_ae85_84ca_a73b,
        0x3c6e_f372_fe94_f82b,
        0xa54f_f53a_5f1d_36f1,
        0x510e_527f_ade6_82d1,
        0x9b05_688c_2b3e_6c1f,
        0x1f83_d9ab_fb41_bd6b,
        0x5be0_cd19_137e_2179,
    ];
    fn add(self, o: u64) -> u64 {
        self.wrapping_add(o)
    }
    fn rotr(self, n: u32) -> u64 {
        self.rotate_right(n)
    }
    fn from_le(b: &[u8]) -> u64 {
        let mut w = [0u8; 8];
        w.copy_from_slice(&b[..8]);
        u64::from_le_bytes(w)
    }
    fn to_le(self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_le_bytes());
    }
    fn from_u64(n: u64) -> u64 {
        n
    }
    fn all_ones() -> u64 {
        u64::MAX
    }
}

impl Word for u32 {
    const BYTES: usize = 4;
    const ROUNDS: usize = 10;
    const ROT: [u32; 4] = [16, 12, 8, 7];
    const IV: [u32; 8] = [
        0x6a09_e667,
        0xbb67_ae85,
        0x3c6e_f372,
        0xa54f_f53a,
        0x510e_527f,
        0x9b05_688c,
        0x1f83_d9ab,
        0x5be0_cd19,
    ];
    fn add(self, o: u32) -> u32 {
        self.wrapping_add(o)
    }
    fn rotr(self, n: u32) -> u32 {
        self.rotate_right(n)
    }
    fn from_le(b: &[u8]) -> u32 {
        let mut w = [0u8; 4];
        w.copy_from_slice(&b[..4]);
        u32::from_le_bytes(w)
    }
    fn to_le(self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_le_bytes());
    }
    fn from_u64(n: u64) -> u32 {
        n as u32
    }
    fn all_ones() -> u32 {
        u32::MAX
    }
}

const SIGMA: [[usize; 16]; 10] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
    [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
    [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
    [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
    [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
    [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
    [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
    [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
    [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];

/// A BLAKE2 state: the chain value, the byte counter, and the last block held back
/// until it is known whether more input follows.
#[derive(Clone)]
struct Blake2<W: Word> {
    h: [W; 8],
    count: u128,
    buf: Vec<u8>,
    out_len: usize,
    last_node: bool,
}

/// BLAKE2's parameters as CPython's constructors take them.
struct Blake2Params<'a> {
    out_len: usize,
    key: &'a [u8],
    salt: &'a [u8],
    person: &'a [u8],
    fanout: u8,
    depth: u8,
    leaf_size: u32,
    node_offset: u64,
    node_depth: u8,
    inner_size: u8,
    last_node: bool,
}

impl<W: Word> Blake2<W> {
    fn block() -> usize {
        16 * W::BYTES
    }

    fn new(p: &Blake2Params<'_>) -> Blake2<W> {
        let n = 8 * W::BYTES;
        let mut param = vec![0u8; n];
        param[0] = p.out_len as u8;
        param[1] = p.key.len() as u8;
        param[2] = p.fanout;
        param[3] = p.depth;
        param[4..8].copy_from_slice(&p.leaf_size.to_le_bytes());
        let salt_at = n / 2;
        let person_at = salt_at + n / 4;
        if W::BYTES == 8 {
            param[8..16].copy_from_slice(&p.node_offset.to_le_bytes());
            param[16] = p.node_depth;
            param[17] = p.inner_size;
        } else {
            param[8..14].copy_from_slice(&p.node_offset.to_le_bytes()[..6]);
            param[14] = p.node_depth;
            param[15] = p.inner_size;
        }
        param[salt_at..salt_at + p.salt.len()].copy_from_slice(p.salt);
        param[person_at..person_at + p.person.len()].copy_from_slice(p.person);
        let mut h = W::IV;
        for (i, w) in h.iter_mut().enumerate() {
            *w ^= W::from_le(&param[i * W::BYTES..]);
        }
        let mut s = Blake2 {
            h,
            count: 0,
            buf: Vec::new(),
            out_len: p.out_len,
            last_node: p.last_node,
        };
        if !p.key.is_empty() {
            let mut block = p.key.to_vec();
            block.resize(Self::block(), 0);
            s.update(&block);
        }
        s
    }

    fn compress(&mut self, block: &[u8], last: bool) {
        let mut m = [W::default(); 16];
        for (i, w) in m.iter_mut().enumerate() {
            *w = W::from_le(&block[i * W::BYTES..]);
        }
        let mut v = [W::default(); 16];
        v[..8].copy_from_slice(&self.h);
        v[8..].copy_from_slice(&W::IV);
        let bits = 8 * W::BYTES as u32;
        v[12] ^= W::from_u64(self.count as u64);
        v[13] ^= W::from_u64((self.count >> bits) as u64);
        if last {
            v[14] ^= W::all_ones();
            if self.last_node {
                v[15] ^= W::all_ones();
            }
        }
        let [r1, r2, r3, r4] = W::ROT;
        let g = |v: &mut [W; 16], a: usize, b: usize, c: usize, d: usize, x: W, y: W| {
            v[a] = v[a].add(v[b]).add(x);
            v[d] = (v[d] ^ v[a]).rotr(r1);
            v[c] = v[c].add(v[d]);
            v[b] = (v[b] ^ v[c]).rotr(r2);
            v[a] = v[a].add(v[b]).add(y);
            v[d] = (v[d] ^ v[a]).rotr(r3);
            v[c] = v[c].add(v[d]);
            v[b] = (v[b] ^ v[c]).rotr(r4);
        };
        for r in 0..W::ROUNDS {
            let s = &SIGMA[r % 10];
            g(&mut v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
            g(&mut v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
            g(&mut v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
            g(&mut v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
            g(&mut v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
            g(&mut v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
            g(&mut v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
            g(&mut v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
        }
        for i in 0..8 {
            self.h[i] ^= v[i] ^ v[i + 8];
        }
    }

    fn update(&mut self, mut data: &[u8]) {
        let bs = Self::block();
        while !data.is_empty() {
            if self.buf.len() == bs {
                self.count += bs as u128;
                let block = std::mem::take(&mut self.buf);
                self.compress(&block, false);
            }
            let take = (bs - self.buf.len()).min(data.len());
            self.buf.extend_from_slice(&data[..take]);
            data = &data[take..];
        }
    }

    fn finish(mut self) -> Vec<u8> {
        self.count += self.buf.len() as u128;
        let mut block = std::mem::take(&mut self.buf);
        block.resize(Self::block(), 0);
        self.compress(&block, true);
        let mut out = Vec::new();
        for w in self.h {
            w.to_le(&mut out);
        }
        out.truncate(self.out_len);
        out
    }
}

// ---- the modules ----

/// Creates one of the hash modules.
pub(crate) fn create(vm: &mut Vm, module: &str) -> PyResult<Gc<Object>> {
    let methods: &[(&'static str, NativeFn)] = &[
        ("update", h_update),
        ("digest", h_digest),
        ("hexdigest", h_hexdigest),
        ("copy", h_copy),
    ];
    let class_names: &[&str] = match module {
        "_md5" => &["md5"],
        "_sha1" => &["sha1"],
        "_sha256" => &["sha224", "sha256"],
        "_sha512" => &["sha384", "sha512"],
        "_sha3" => &[
            "sha3_224",
            "sha3_256",
            "sha3_384",
            "sha3_512",
            "shake_128",
            "shake_256",
        ],
        _ => &["blake2b", "blake2s"],
    };
    let mut attrs = Vec::new();
    let constructors_are_types = matches!(module, "_sha3" | "_blake2");
    for &name in class_names {
        let new: Option<NativeFn> = if constructors_are_types {
            Some(match name {
                "blake2b" => blake2b_new,
                "blake2s" => blake2s_new,
                _ => sha3_new,
            })
        } else {
            None
        };
        let class = native::new_class(vm, module, name, new, methods);
        native::getter(vm, class, "name", h_name);
        native::getter(vm, class, "digest_size", h_digest_size);
        native::getter(vm, class, "block_size", h_block_size);
        if constructors_are_types {
            attrs.push((name, Value::Obj(class)));
        } else {
            let type_name: &'static str = match name {
                "md5" => "MD5Type",
                "sha1" => "SHA1Type",
                "sha224" => "SHA224Type",
                "sha256" => "SHA256Type",
                "sha384" => "SHA384Type",
                _ => "SHA512Type",
            };
            attrs.push((type_name, Value::Obj(class)));
        }
    }
    if !constructors_are_types {
        let funcs: Vec<(&'static str, NativeFn)> = class_names
            .iter()
            .map(|&n| -> (&'static str, NativeFn) {
                match n {
                    "md5" => ("md5", md5_new),
                    "sha1" => ("sha1", sha1_new),
                    "sha224" => ("sha224", sha224_new),
                    "sha256" => ("sha256", sha256_new),
                    "sha384" => ("sha384", sha384_new),
                    _ => ("sha512", sha512_new),
                }
            })
            .collect();
        attrs.extend(module_functions(vm, &funcs));
    }
    if module == "_blake2" {
        for (name, v) in [
            ("BLAKE2B_SALT_SIZE", 16),
            ("BLAKE2B_PERSON_SIZE", 16),
            ("BLAKE2B_MAX_KEY_SIZE", 64),
            ("BLAKE2B_MAX_DIGEST_SIZE", 64),
            ("BLAKE2S_SALT_SIZE", 8),
            ("BLAKE2S_PERSON_SIZE", 8),
            ("BLAKE2S_MAX_KEY_SIZE", 32),
            ("BLAKE2S_MAX_DIGEST_SIZE", 32),
        ] {
            attrs.push((name, Value::Int(v)));
        }
    }
    Ok(new_module(vm, module, attrs))
}

/// Data to hash: bytes-like; a str is refused as CPython refuses it.
fn hash_data(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Some(Payload::Str(_)) = v.payload() {
        return Err(vm.type_error("Strings must be encoded before hashing"));
    }
    match krait_vm::builtins::bytes::buffer(&v) {
        Some(b) => Ok(b),
        None => Err(vm.type_error("object supporting the buffer API required")),
    }
}

/// A new hash object of `module.name` for `algo`, fed `data`.
fn make(
    vm: &mut Vm,
    module: &str,
    type_attr: &str,
    name: &'static str,
    mut algo: Algo,
    data: Option<Value>,
) -> PyResult<Value> {
    if let Some(d) = data {
        let d = hash_data(vm, d)?;
        algo.update(&d);
    }
    let class = native::module_class(vm, module, type_attr)?;
    Ok(native::new_object(vm, class, HashState { name, algo }))
}

const SHA2_SIG: Sig = Sig {
    name: "sha256",
    module: "_sha256",
    params: &["string", "usedforsecurity"],
    posonly: 0,
    maxpos: 1,
    required: 0,
};

fn sha2_like(
    vm: &mut Vm,
    args: &[Value],
    kw: KwArgs<'_>,
    name: &'static str,
    module: &'static str,
    type_attr: &str,
    algo: Algo,
) -> PyResult<Value> {
    let sig = Sig {
        name,
        module,
        ..SHA2_SIG
    };
    let a = bind(vm, &sig, args, kw)?;
    make(vm, module, type_attr, name, algo, a[0])
}

fn md5_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    sha2_like(
        vm,
        args,
        kw,
        "md5",
        "_md5",
        "MD5Type",
        Algo::Md5(md5::Md5::new()),
    )
}

fn sha1_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    sha2_like(
        vm,
        args,
        kw,
        "sha1",
        "_sha1",
        "SHA1Type",
        Algo::Sha1(sha1::Sha1::new()),
    )
}

fn sha224_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    sha2_like(
        vm,
        args,
        kw,
        "sha224",
        "_sha256",
        "SHA224Type",
        Algo::Sha224(sha2::Sha224::new()),
    )
}

fn sha256_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    sha2_like(
        vm,
        args,
        kw,
        "sha256",
        "_sha256",
        "SHA256Type",
        Algo::Sha256(sha2::Sha256::new()),
    )
}

fn sha384_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    sha2_like(
        vm,
        args,
        kw,
        "sha384",
        "_sha512",
        "SHA384Type",
        Algo::Sha384(sha2::Sha384::new()),
    )
}

fn sha512_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    sha2_like(
        vm,
        args,
        kw,
        "sha512",
        "_sha512",
        "SHA512Type",
        Algo::Sha512(sha2::Sha512::new()),
    )
}

/// `_sha3.sha3_*(data=b'', /, *, usedforsecurity=True)` and the SHAKE types: `__new__`.
fn sha3_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    let class = native::new_class_arg(args, vm.types().object);
    let class_name = class.as_class().map(|c| c.name()).unwrap_or_default();
    let (name, algo): (&'static str, Algo) = match class_name.as_str() {
        "sha3_224" => ("sha3_224", Algo::Sha3_224(sha3::Sha3_224::new())),
        "sha3_256" => ("sha3_256", Algo::Sha3_256(sha3::Sha3_256::new())),
        "sha3_384" => ("sha3_384", Algo::Sha3_384(sha3::Sha3_384::new())),
        "sha3_512" => ("sha3_512", Algo::Sha3_512(sha3::Sha3_512::new())),
        "shake_128" => ("shake_128", Algo::Shake(Shake::new(168))),
        _ => ("shake_256", Algo::Shake(Shake::new(136))),
    };
    let sig = Sig {
        name,
        module: "_sha3",
        params: &["data", "usedforsecurity"],
        posonly: 1,
        maxpos: 1,
        required: 0,
    };
    let a = bind(vm, &sig, &args[1..], kw)?;
    let mut algo = algo;
    if let Some(d) = a[0] {
        let d = hash_data(vm, d)?;
        algo.update(&d);
    }
    Ok(native::new_object(vm, class, HashState { name, algo }))
}

const BLAKE_PARAMS: &[&str] = &[
    "data",
    "digest_size",
    "key",
    "salt",
    "person",
    "fanout",
    "depth",
    "leaf_size",
    "node_offset",
    "node_depth",
    "inner_size",
    "last_node",
    "usedforsecurity",
];

fn blake2b_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    blake2_new(vm, args, kw, true)
}

fn blake2s_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    blake2_new(vm, args, kw, false)
}

fn blake2_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>, big: bool) -> PyResult<Value> {
    let class = native::new_class_arg(args, vm.types().object);
    let name: &'static str = if big { "blake2b" } else { "blake2s" };
    let sig = Sig {
        name,
        module: "_blake2",
        params: BLAKE_PARAMS,
        posonly: 1,
        maxpos: 1,
        required: 0,
    };
    let a = bind(vm, &sig, &args[1..], kw)?;
    let max = if big { 64 } else { 32 };
    let int = |vm: &mut Vm, v: Option<Value>, default: i64| -> PyResult<i64> {
        match v {
            None => Ok(default),
            Some(v) => krait_vm::builtins::int_arg(vm, v),
        }
    };
    let buf = |vm: &mut Vm, v: Option<Value>| -> PyResult<Vec<u8>> {
        match v {
            None => Ok(Vec::new()),
            Some(v) => krait_vm::builtins::bytes::buffer_arg(vm, v),
        }
    };
    let out_len = int(vm, a[1], max)?;
    if !(1..=max).contains(&out_len) {
        let msg = format!("digest_size must be between 1 and {max} bytes");
        return Err(vm.value_error(msg));
    }
    let key = buf(vm, a[2])?;
    if key.len() as i64 > max {
        let msg = format!("maximum key length is {max} bytes");
        return Err(vm.value_error(msg));
    }
    let salt = buf(vm, a[3])?;
    if salt.len() as i64 > max / 4 {
        let msg = format!("maximum salt length is {} bytes", max / 4);
        return Err(vm.value_error(msg));
    }
    let person = buf(vm, a[4])?;
    if person.len() as i64 > max / 4 {
        let msg = format!("maximum person length is {} bytes", max / 4);
        return Err(vm.value_error(msg));
    }
    let fanout = int(vm, a[5], 1)?;
    if !(0..=255).contains(&fanout) {
        return Err(vm.value_error("fanout must be between 0 and 255"));
    }
    let depth = int(vm, a[6], 1)?;
    if !(1..=255).contains(&depth) {
        return Err(vm.value_error("depth must be between 1 and 255"));
    }
    let leaf_size = int(vm, a[7], 0)?;
    if !(0..=i64::from(u32::MAX)).contains(&leaf_size) {
        return Err(vm.overflow_error("leaf_size is too large"));
    }
    let node_offset = int(vm, a[8], 0)?;
    if node_offset < 0 || (!big && node_offset >= 1 << 48) {
        return Err(vm.overflow_error("node_offset is too large"));
    }
    let node_depth = int(vm, a[9], 0)?;
    if !(0..=255).contains(&node_depth) {
        return Err(vm.value_error("node_depth must be between 0 and 255"));
    }
    let inner_size = int(vm, a[10], 0)?;
    if !(0..=max).contains(&inner_size) {
        let msg = format!("inner_size must be between 0 and is {max}");
        return Err(vm.value_error(msg));
    }
    let last_node = native::bool_opt(vm, a[11], false)?;
    let params = Blake2Params {
        out_len: out_len as usize,
        key: &key,
        salt: &salt,
        person: &person,
        fanout: fanout as u8,
        depth: depth as u8,
        leaf_size: leaf_size as u32,
        node_offset: node_offset as u64,
        node_depth: node_depth as u8,
        inner_size: inner_size as u8,
        last_node,
    };
    let mut algo = if big {
        Algo::Blake2b(Blake2::new(&params))
    } else {
        Algo::Blake2s(Blake2::new(&params))
    };
    if let Some(d) = a[0] {
        let d = hash_data(vm, d)?;
        algo.update(&d);
    }
    Ok(native::new_object(vm, class, HashState { name, algo }))
}

// ---- methods ----

fn state<'a>(
    vm: &mut Vm,
    args: &'a [Value],
    method: &str,
) -> PyResult<std::cell::RefMut<'a, HashState>> {
    native::self_state::<HashState>(vm, args, method, "hash")
}

fn h_update(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "update", args, 1, 1)?;
    state(vm, args, "update")?;
    let data = hash_data(vm, args[1])?;
    state(vm, args, "update")?.algo.update(&data);
    Ok(Value::None)
}

/// The digest length argument of a SHAKE object's `digest`/`hexdigest`, if it is one.
fn out_len(vm: &mut Vm, args: &[Value], method: &str) -> PyResult<usize> {
    let (shake, name) = {
        let s = state(vm, args, method)?;
        (matches!(s.algo, Algo::Shake(_)), s.name)
    };
    if !shake {
        if args.len() != 1 {
            let msg = format!(
                "{name}.{method}() takes no arguments ({} given)",
                args.len() - 1
            );
            return Err(vm.type_error(msg));
        }
        return Ok(0);
    }
    if args.len() != 2 {
        let msg = format!(
            "{name}.{method}() takes exactly one argument ({} given)",
            args.len() - 1
        );
        return Err(vm.type_error(msg));
    }
    let n = krait_vm::builtins::int_arg(vm, args[1])?;
    if n < 0 {
        return Err(vm.value_error("value must be positive"));
    }
    Ok(n as usize)
}

fn h_digest(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let len = out_len(vm, args, "digest")?;
    let d = state(vm, args, "digest")?.algo.digest(len);
    Ok(bytes(vm, d))
}

fn h_hexdigest(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let len = out_len(vm, args, "hexdigest")?;
    let d = state(vm, args, "hexdigest")?.algo.digest(len);
    let text: String = d.iter().map(|b| format!("{b:02x}")).collect();
    Ok(vm.new_str(text))
}

fn h_copy(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    method_arity(vm, "copy", args, 0, 0)?;
    let copy = state(vm, args, "copy")?.clone();
    let class = vm.type_of(args[0]);
    Ok(native::new_object(vm, class, copy))
}

fn h_name(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let name = state(vm, args, "name")?.name;
    Ok(vm.new_str(name))
}

fn h_digest_size(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let n = state(vm, args, "digest_size")?.algo.digest_size();
    Ok(Value::Int(n as i64))
}

fn h_block_size(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let n = state(vm, args, "block_size")?.algo.block_size();
    Ok(Value::Int(n as i64))
}
