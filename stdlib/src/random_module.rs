//! `_random`: the Mersenne Twister (MT19937) generator under `random.Random`. It is seeded
//! as CPython seeds it (an int's absolute value cut into 32-bit words, least significant
//! first, through the reference `init_by_array`; other objects through their hash), so
//! `random.seed(x)` gives the same sequence as CPython. `random()` builds a double from two
//! outputs (27 and 26 bits), `getrandbits(k)` from as many 32-bit words as it needs.

use std::io::Read;

use krait_gc::Gc;
use num_bigint::{BigInt, Sign};
use num_traits::Signed;

use krait_vm::builtins::native::{new_class, new_class_arg, new_object, self_state};
use krait_vm::builtins::{arity, int_arg, new_module};
use krait_vm::error::PyResult;
use krait_vm::interp::arith::as_int;
use krait_vm::object::function::KwArgs;
use krait_vm::object::int::hash_f64;
use krait_vm::object::{Object, Payload};
use krait_vm::value::Value;
use krait_vm::vm::Vm;

/// Words of state.
const N: usize = 624;
/// The twist's middle offset.
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// One generator's state: the 624 words and how many of them were handed out.
struct Mt {
    words: [u32; N],
    index: usize,
}

impl Mt {
    fn new() -> Mt {
        let mut mt = Mt {
            words: [0; N],
            index: N,
        };
        mt.init_genrand(5489);
        mt
    }

    fn init_genrand(&mut self, seed: u32) {
        self.words[0] = seed;
        for i in 1..N {
            let prev = self.words[i - 1];
            self.words[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let (mut i, mut j) = (1usize, 0usize);
        let w = &mut self.words;
        for _ in 0..N.max(key.len()) {
            let prev = w[i - 1];
            w[i] = (w[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                w[0] = w[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = w[i - 1];
            w[i] =
                (w[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                w[0] = w[N - 1];
                i = 1;
            }
        }
        // The most significant bit is 1, so the state is never all zeros.
        w[0] = 0x8000_0000;
    }

    fn twist(&mut self) {
        let w = &mut self.words;
        for k in 0..N {
            let y = (w[k] & UPPER_MASK) | (w[(k + 1) % N] & LOWER_MASK);
            let mag = if y & 1 == 1 { MATRIX_A } else { 0 };
            w[k] = w[(k + M) % N] ^ (y >> 1) ^ mag;
        }
        self.index = 0;
    }

    fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.words[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    fn random(&mut self) -> f64 {
        let a = self.next_u32() >> 5;
        let b = self.next_u32() >> 6;
        (f64::from(a) * 67_108_864.0 + f64::from(b)) * (1.0 / 9_007_199_254_740_992.0)
    }
}

/// Creates `_random`.
pub(crate) fn create(vm: &mut Vm) -> PyResult<Gc<Object>> {
    let class = new_class(
        vm,
        "_random",
        "Random",
        Some(random_new),
        &[
            ("__init__", random_init),
            ("random", random),
            ("seed", seed),
            ("getstate", getstate),
            ("setstate", setstate),
            ("getrandbits", getrandbits),
        ],
    );
    Ok(new_module(
        vm,
        "_random",
        vec![("Random", Value::Obj(class))],
    ))
}

/// `Random.__new__(cls, *args)`: an unseeded generator; `__init__` seeds it.
fn random_new(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let default = vm.types().object;
    let class = new_class_arg(args, default);
    Ok(new_object(vm, class, Mt::new()))
}

/// `Random.__init__(self, x=None)`.
fn random_init(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("Random() takes no keyword arguments"));
    }
    if args.len() > 2 {
        return Err(vm.type_error("Random() requires 0 or 1 argument"));
    }
    seed(vm, args, kw)
}

fn state<'a>(vm: &mut Vm, args: &'a [Value], method: &str) -> PyResult<std::cell::RefMut<'a, Mt>> {
    self_state::<Mt>(vm, args, method, "_random.Random")
}

/// `random()`: a float in [0, 1).
fn random(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    arity(vm, "random", args.get(1..).unwrap_or(&[]), 0, 0)?;
    let x = state(vm, args, "random")?.random();
    Ok(Value::Float(x))
}

/// `seed(n=None)`: from the OS's random source when `n` is None, else from `n`.
fn seed(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    state(vm, args, "seed")?;
    if args.len() > 2 {
        let msg = format!("seed expected at most 1 argument, got {}", args.len() - 1);
        return Err(vm.type_error(msg));
    }
    let arg = args.get(1).copied().unwrap_or(Value::None);
    let key = match arg {
        Value::None => {
            let mut bytes = [0u8; N * 4];
            let read =
                std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut bytes));
            if read.is_err() {
                let now = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_nanos())
                    .unwrap_or(0);
                bytes[..16].copy_from_slice(&now.to_le_bytes());
            }
            bytes
                .chunks(4)
                .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect()
        }
        _ => match as_int(&arg) {
            Some(i) => words_of(&i.to_big().abs()),
            None => {
                let h = hash_of(vm, arg)?;
                words_of(&BigInt::from(h as u64))
            }
        },
    };
    state(vm, args, "seed")?.init_by_array(&key);
    Ok(Value::None)
}

/// The hash `seed` uses for an object that is not an int.
fn hash_of(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if let Value::Float(f) = v {
        return Ok(hash_f64(f));
    }
    let hash = vm.intern("hash");
    let builtins = vm.intern("builtins");
    let module = vm.import_name(builtins, Value::None, Value::Int(0))?;
    let f = vm.get_attr(module, hash)?;
    let h = vm.call_value(f, &[v], &[])?;
    int_arg(vm, h)
}

/// The 32-bit words of a non-negative int, least significant first (one zero word for 0).
fn words_of(n: &BigInt) -> Vec<u32> {
    let (_, digits) = n.to_u32_digits();
    if digits.is_empty() {
        vec![0]
    } else {
        digits
    }
}

/// `getstate()`: the 624 words and the position, as a tuple of 625 ints.
fn getstate(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    let items: Vec<Value> = {
        let mt = state(vm, args, "getstate")?;
        mt.words
            .iter()
            .map(|&w| Value::Int(i64::from(w)))
            .chain(std::iter::once(Value::Int(mt.index as i64)))
            .collect()
    };
    Ok(vm.new_tuple(items))
}

/// `setstate(state)`: the inverse of `getstate`.
fn setstate(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    state(vm, args, "setstate")?;
    arity(vm, "setstate", &args[1..], 1, 1)?;
    let items: Vec<Value> = match args[1].payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => return Err(vm.type_error("state vector must be a tuple")),
    };
    if items.len() != N + 1 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut words = [0u32; N];
    for (slot, &v) in words.iter_mut().zip(&items) {
        *slot = unsigned_long(vm, v)?;
    }
    let index = int_arg(vm, items[N])?;
    if !(0..=N as i64).contains(&index) {
        return Err(vm.value_error("invalid state"));
    }
    let mut mt = state(vm, args, "setstate")?;
    mt.words = words;
    mt.index = index as usize;
    Ok(Value::None)
}

/// A state word: an int in C's unsigned long range, kept to its low 32 bits.
fn unsigned_long(vm: &mut Vm, v: Value) -> PyResult<u32> {
    let Some(i) = as_int(&v) else {
        let msg = format!("an integer is required (got type {})", vm.type_name(v));
        return Err(vm.type_error(msg));
    };
    let b = i.to_big();
    if b.sign() == Sign::Minus {
        return Err(vm.overflow_error("can't convert negative value to unsigned int"));
    }
    if b.bits() > 64 {
        return Err(vm.overflow_error("Python int too large to convert to C unsigned long"));
    }
    Ok(b.to_u32_digits().1.first().copied().unwrap_or(0))
}

/// `getrandbits(k)`: an int with `k` random bits.
fn getrandbits(vm: &mut Vm, args: &[Value], _kw: KwArgs<'_>) -> PyResult<Value> {
    state(vm, args, "getrandbits")?;
    arity(vm, "getrandbits", &args[1..], 1, 1)?;
    let k = int_arg(vm, args[1])?;
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    if k == 0 {
        return Ok(Value::Int(0));
    }
    let mut mt = state(vm, args, "getrandbits")?;
    if k <= 32 {
        let r = mt.next_u32() >> (32 - k);
        return Ok(Value::Int(i64::from(r)));
    }
    let words = (k as usize).div_ceil(32);
    let mut digits = Vec::with_capacity(words);
    let mut left = k;
    for _ in 0..words {
        let mut r = mt.next_u32();
        if left < 32 {
            r >>= 32 - left;
        }
        digits.push(r);
        left -= 32;
    }
    drop(mt);
    Ok(vm.new_int(BigInt::from_slice(Sign::Plus, &digits)))
}
