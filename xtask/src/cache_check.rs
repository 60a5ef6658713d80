//! `cargo xtask cache [ROOT]`: the bytecode cache format over a tree of Python files
//! (default: CPython's standard library without `site-packages`). For every file that
//! compiles, every code object must survive serialise → load → equal and pass the
//! verifier after loading. Also measures, in-process: compile time (source to code
//! objects), load time (cache bytes to verified code objects), and the compile/load ratio
//! of the largest modules.
//!
//! This is a measurement, not a test: it needs the tree and takes a while.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use krait_bytecode::cache;

/// What the check found.
#[derive(Default)]
pub struct CacheReport {
    /// Files read.
    pub files: usize,
    /// Files that compiled (and were checked).
    pub compiled: usize,
    /// Their source bytes.
    pub source_bytes: usize,
    /// Their cache-file bytes.
    pub cache_bytes: usize,
    /// Code objects checked (nested ones included).
    pub code_objects: usize,
    /// Files whose round trip or verification failed, with the reason.
    pub failures: Vec<(PathBuf, String)>,
    /// Total compile time (parse + compile) of the compiled files.
    pub compile_time: Duration,
    /// Total load time (decode + verify) of their cache files.
    pub load_time: Duration,
    /// For the largest files: (path, source bytes, compile time, load time).
    pub largest: Vec<(PathBuf, usize, Duration, Duration)>,
}

/// The `.py` files under `root`, sorted, skipping `site-packages` and `__pycache__`.
pub fn py_files(root: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name();
            if name == "site-packages" || name == "__pycache__" {
                continue;
            }
            if path.is_dir() && !path.is_symlink() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "py") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

fn count_code(code: &krait_bytecode::CodeObject) -> usize {
    1 + code.nested().map(|c| count_code(c)).sum::<usize>()
}

/// Runs the check over `root`; `rounds` timing rounds per file (the best counts).
pub fn run(root: &Path, rounds: usize) -> CacheReport {
    let mut report = CacheReport::default();
    let mut timed = Vec::new();
    for path in py_files(root) {
        report.files += 1;
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        let Ok(source) = String::from_utf8(bytes.clone()) else {
            continue;
        };
        let name = path.to_string_lossy().into_owned();
        let mut compile_best = Duration::MAX;
        let mut code = None;
        for _ in 0..rounds.max(1) {
            let start = Instant::now();
            let compiled = krait_cli::driver::compile(&source, &name);
            compile_best = compile_best.min(start.elapsed());
            code = compiled.ok();
        }
        let Some(code) = code else {
            continue;
        };
        report.compiled += 1;
        report.source_bytes += bytes.len();
        report.code_objects += count_code(&code);
        let file = cache::write_cache(&code, &bytes);
        report.cache_bytes += file.len();
        let mut load_best = Duration::MAX;
        let mut outcome = Ok(());
        for _ in 0..rounds.max(1) {
            let start = Instant::now();
            let loaded = cache::read_cache(&file, Some(&bytes))
                .map_err(|e| e.to_string())
                .and_then(|c| krait_compiler::verify(&c).map(|()| c));
            load_best = load_best.min(start.elapsed());
            outcome = match loaded {
                Ok(back) if back == *code => Ok(()),
                Ok(_) => Err("loaded code differs".to_owned()),
                Err(e) => Err(e),
            };
        }
        if let Err(why) = outcome {
            report.failures.push((path.clone(), why));
        }
        report.compile_time += compile_best;
        report.load_time += load_best;
        timed.push((path, bytes.len(), compile_best, load_best));
    }
    timed.sort_by_key(|t| std::cmp::Reverse(t.1));
    timed.truncate(10);
    report.largest = timed;
    report
}

impl std::fmt::Display for CacheReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mb = |b: usize| b as f64 / 1e6;
        writeln!(
            f,
            "{} files, {} compiled ({:.1} MB source, {:.1} MB cache files), {} code objects",
            self.files,
            self.compiled,
            mb(self.source_bytes),
            mb(self.cache_bytes),
            self.code_objects
        )?;
        writeln!(f, "round trip + verify failures: {}", self.failures.len())?;
        for (path, why) in self.failures.iter().take(20) {
            writeln!(f, "  {}: {why}", path.display())?;
        }
        let secs = |d: Duration| d.as_secs_f64();
        writeln!(
            f,
            "compile: {:.3} s ({:.1} MB/s); load+verify: {:.3} s ({:.1} MB/s of source); ratio {:.1}x",
            secs(self.compile_time),
            mb(self.source_bytes) / secs(self.compile_time),
            secs(self.load_time),
            mb(self.source_bytes) / secs(self.load_time),
            secs(self.compile_time) / secs(self.load_time)
        )?;
        writeln!(f, "largest modules (compile / load):")?;
        for (path, size, compile, load) in &self.largest {
            writeln!(
                f,
                "  {:>8} B  {:>8.2} ms / {:>6.2} ms = {:>5.1}x  {}",
                size,
                secs(*compile) * 1e3,
                secs(*load) * 1e3,
                secs(*compile) / secs(*load),
                path.display()
            )?;
        }
        Ok(())
    }
}
