//! Compile throughput without the VM: reads every `.py` file under the given paths (folders
//! walked recursively, `__pycache__` and `site-packages` skipped), then parses and compiles
//! each, timing the two stages apart. For profiling the front end and compiler:
//!
//! ```text
//! cargo build --release -p krait-compiler --example compile_tree
//! target/release/examples/compile_tree /usr/lib/python3.11 [ROUNDS]
//! ```
//!
//! With `KRAIT_CACHE_SIZE=1` it also sums the sizes of the cache files the code objects
//! would be written as (`krait_bytecode::cache::write_cache`) and prints a digest of their
//! bytes, so a change meant to keep the compiler's output can be checked over a library.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The allocator the `krait` binary runs with, so the profile is the binary's.
#[global_allocator]
static GLOBAL: krait_gc::MiAlloc = krait_gc::MiAlloc;

fn collect(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        let Ok(entries) = std::fs::read_dir(path) else {
            return;
        };
        let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        entries.sort();
        for entry in entries {
            let name = entry.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if name != "__pycache__" && name != "site-packages" && !entry.is_symlink() {
                collect(&entry, out);
            }
        }
    } else if path.extension().is_some_and(|e| e == "py") {
        out.push(path.to_path_buf());
    }
}

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let rounds = match args.last().map(|a| a.parse::<usize>()) {
        Some(Ok(n)) => {
            args.pop();
            n
        }
        _ => 1,
    };
    let mut paths = Vec::new();
    for arg in &args {
        collect(Path::new(arg), &mut paths);
    }
    let sources: Vec<(String, String)> = paths
        .iter()
        .filter_map(|p| {
            let bytes = std::fs::read(p).ok()?;
            let source = krait_lexer::decode_source(&bytes).ok()?;
            Some((p.to_string_lossy().into_owned(), source))
        })
        .collect();
    let bytes: usize = sources.iter().map(|(_, s)| s.len()).sum();
    let (mut best_parse, mut best_compile) = (Duration::MAX, Duration::MAX);
    let mut compiled = 0;
    let mut cache_bytes = 0;
    // FNV-1a over every cache file's bytes, in file order.
    let mut digest: u64 = 0xcbf2_9ce4_8422_2325;
    let cache_size = std::env::var_os("KRAIT_CACHE_SIZE").is_some();
    for _ in 0..rounds {
        let (mut parse, mut compile) = (Duration::ZERO, Duration::ZERO);
        compiled = 0;
        for (name, source) in &sources {
            let start = Instant::now();
            let module = krait_parser::parse_module(source);
            parse += start.elapsed();
            let Ok(module) = module else {
                continue;
            };
            let start = Instant::now();
            let code = krait_compiler::compile_module(&module, source, name);
            compile += start.elapsed();
            compiled += usize::from(code.is_ok());
            if let (true, Ok(code)) = (cache_size, &code) {
                let cache = krait_bytecode::cache::write_cache(code, source.as_bytes());
                cache_bytes += cache.len();
                for &byte in &cache {
                    digest = (digest ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3);
                }
            }
        }
        best_parse = best_parse.min(parse);
        best_compile = best_compile.min(compile);
    }
    let total = (best_parse + best_compile).as_secs_f64();
    println!(
        "files {} compiled {compiled} bytes {bytes} parse {:.2}s compile {:.2}s total {total:.2}s {:.2} MB/s",
        sources.len(),
        best_parse.as_secs_f64(),
        best_compile.as_secs_f64(),
        bytes as f64 / total / 1e6
    );
    if cache_size {
        println!(
            "cache bytes {} (per round) digest {digest:016x}",
            cache_bytes / rounds.max(1)
        );
    }
}
