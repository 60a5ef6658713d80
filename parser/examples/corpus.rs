//! The corpus check: parses every `.py` file under a directory (CPython's standard library by
//! default) and compares Krait's `ast::dump`, with and without attributes, against CPython's.
//! Also measures parse throughput against CPython's `ast.parse` on the same files.
//!
//! ```text
//! cargo run --release -p krait-parser --example corpus -- [ROOT] [--out DIR] [--regen]
//!     [--rounds N] [--show N] [--no-cpython-timing]
//! ```
//!
//! CPython's dumps are produced once by `corpus.py` (beside this file) into `--out`
//! (default `$TMPDIR/krait-corpus`) and reused until `--regen`; files CPython rejects are
//! listed there and skipped. A full report (every differing file with its first difference,
//! every error) is written to `OUT/report.txt`. This tool runs `python3`; the test suite
//! does not.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use krait_ast::{dump, DumpOptions, LineIndex};

struct Options {
    root: Option<PathBuf>,
    out: PathBuf,
    regen: bool,
    rounds: usize,
    show: usize,
    cpython_timing: bool,
}

fn parse_args() -> Options {
    let mut options = Options {
        root: None,
        out: std::env::temp_dir().join("krait-corpus"),
        regen: false,
        rounds: 3,
        show: 10,
        cpython_timing: true,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .unwrap_or_else(|| fail(&format!("{name} needs a value")))
        };
        match arg.as_str() {
            "--out" => options.out = PathBuf::from(value("--out")),
            "--regen" => options.regen = true,
            "--rounds" => options.rounds = number(&value("--rounds")),
            "--show" => options.show = number(&value("--show")),
            "--no-cpython-timing" => options.cpython_timing = false,
            _ if arg.starts_with('-') => fail(&format!("unknown option {arg}")),
            _ => options.root = Some(PathBuf::from(arg)),
        }
    }
    options
}

fn number(text: &str) -> usize {
    text.parse()
        .unwrap_or_else(|_| fail(&format!("not a number: {text}")))
}

fn fail(message: &str) -> ! {
    eprintln!("corpus: {message}");
    std::process::exit(2)
}

fn python(args: &[&str]) -> String {
    let output = Command::new("python3")
        .args(args)
        .output()
        .unwrap_or_else(|e| fail(&format!("cannot run python3: {e}")));
    if !output.status.success() {
        fail(&format!(
            "python3 {args:?} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    String::from_utf8_lossy(&output.stdout).trim().to_owned()
}

/// One line of the manifest that `corpus.py dump` writes.
struct Entry {
    index: usize,
    accepted: bool,
    path: String,
}

fn manifest(out: &Path) -> Vec<Entry> {
    let text = std::fs::read_to_string(out.join("manifest.tsv"))
        .unwrap_or_else(|e| fail(&format!("manifest: {e}")));
    text.lines()
        .filter_map(|line| {
            let mut fields = line.splitn(4, '\t');
            let index = fields.next()?.parse().ok()?;
            let accepted = fields.next()? == "ok";
            let _size = fields.next()?;
            let path = fields.next()?.to_owned();
            Some(Entry {
                index,
                accepted,
                path,
            })
        })
        .collect()
}

/// How one file fared.
enum Outcome {
    Identical,
    /// The dumps differ; the first difference of each dump that differs.
    Differs(Vec<String>),
    Error(String),
    Panic(String),
}

/// Decodes a file's bytes as CPython would read a source file.
fn decode(bytes: &[u8]) -> Result<String, String> {
    krait_lexer::decode_source(bytes).map_err(|e| e.to_string())
}

/// Where `got` first departs from `want`, with some context from both.
fn first_difference(what: &str, got: &str, want: &str) -> String {
    let at = got
        .bytes()
        .zip(want.bytes())
        .position(|(g, w)| g != w)
        .unwrap_or(got.len().min(want.len()));
    let window = |s: &str| {
        let mut start = at.saturating_sub(100);
        while !s.is_char_boundary(start) {
            start -= 1;
        }
        let mut end = (at + 100).min(s.len());
        while !s.is_char_boundary(end) {
            end += 1;
        }
        s.get(start..end).unwrap_or("").to_owned()
    };
    format!(
        "{what} at byte {at}\n    CPython: …{}…\n    Krait:   …{}…",
        window(want),
        window(got)
    )
}

fn check(source: &str, out: &Path, index: usize) -> Outcome {
    let module = match krait_parser::parse_module(source) {
        Ok(module) => module,
        Err(e) => {
            let lc = LineIndex::new(source).line_col(e.range.start());
            return Outcome::Error(format!("{e} at {}:{}", lc.line, lc.col));
        }
    };
    let lines = LineIndex::new(source);
    let mut differences = Vec::new();
    for (suffix, include_attributes) in [("ast", false), ("attrs", true)] {
        let options = DumpOptions {
            indent: None,
            include_attributes,
        };
        let got = dump(&module, &lines, &options);
        let want = std::fs::read_to_string(out.join(format!("{index}.{suffix}")))
            .unwrap_or_else(|e| fail(&format!("{index}.{suffix}: {e}")));
        if got != want {
            differences.push(first_difference(suffix, &got, &want));
        }
    }
    if differences.is_empty() {
        Outcome::Identical
    } else {
        Outcome::Differs(differences)
    }
}

fn main() {
    let options = parse_args();
    let root = options.root.clone().unwrap_or_else(|| {
        PathBuf::from(python(&[
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['stdlib'])",
        ]))
    });
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/corpus.py");
    let script = script.to_string_lossy().into_owned();
    let (root_s, out_s) = (
        root.to_string_lossy().into_owned(),
        options.out.to_string_lossy().into_owned(),
    );
    if options.regen || !options.out.join("manifest.tsv").exists() {
        eprintln!("corpus: dumping CPython's trees into {out_s}");
        python(&[&script, "dump", &root_s, &out_s]);
    }
    let entries = manifest(&options.out);
    let rejected = entries.iter().filter(|e| !e.accepted).count();
    // Files CPython rejects must be rejected by Krait too.
    let wrongly_accepted: Vec<String> = entries
        .iter()
        .filter(|e| !e.accepted)
        .filter(|e| {
            let bytes = std::fs::read(root.join(&e.path)).unwrap_or_default();
            krait_lexer::decode_source(&bytes)
                .ok()
                .is_some_and(|source| krait_parser::parse_module(&source).is_ok())
        })
        .map(|e| e.path.clone())
        .collect();

    // Parsing runs on a thread with the main thread's usual 8 MiB stack, and a panic is
    // caught and counted rather than ending the run.
    std::panic::set_hook(Box::new(|_| {}));
    let worker_out = options.out.clone();
    let worker_root = root.clone();
    let (results, sources) = std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(move || {
            let mut results = Vec::new();
            let mut sources = Vec::new();
            for entry in entries.into_iter().filter(|e| e.accepted) {
                let bytes = std::fs::read(worker_root.join(&entry.path))
                    .unwrap_or_else(|e| fail(&format!("{}: {e}", entry.path)));
                let outcome = match decode(&bytes) {
                    Err(e) => Outcome::Error(e),
                    Ok(source) => {
                        let outcome =
                            std::panic::catch_unwind(|| check(&source, &worker_out, entry.index))
                                .unwrap_or_else(|payload| {
                                    let message = payload
                                        .downcast_ref::<String>()
                                        .cloned()
                                        .or_else(|| {
                                            payload.downcast_ref::<&str>().map(|s| s.to_string())
                                        })
                                        .unwrap_or_default();
                                    Outcome::Panic(message)
                                });
                        if !matches!(outcome, Outcome::Panic(_)) {
                            sources.push(bytes);
                        }
                        outcome
                    }
                };
                results.push((entry.path, outcome));
            }
            (results, sources)
        })
        .expect("spawn the worker")
        .join()
        .unwrap_or_else(|_| fail("the worker died"));
    let _ = std::panic::take_hook();

    let mut report = String::new();
    let (mut identical, mut differs, mut errors, mut panics) = (0, 0, 0, 0);
    let mut shown = 0;
    for (path, outcome) in &results {
        let line = match outcome {
            Outcome::Identical => {
                identical += 1;
                continue;
            }
            Outcome::Differs(d) => {
                differs += 1;
                format!("DIFFERS {path}\n  {}\n", d.join("\n  "))
            }
            Outcome::Error(e) => {
                errors += 1;
                format!("ERROR   {path}: {e}\n")
            }
            Outcome::Panic(e) => {
                panics += 1;
                format!("PANIC   {path}: {e}\n")
            }
        };
        if shown < options.show {
            print!("{line}");
            shown += 1;
        }
        report.push_str(&line);
    }
    let _ = std::fs::write(options.out.join("report.txt"), &report);

    let total_bytes: usize = sources.iter().map(Vec::len).sum();
    let mut best = f64::INFINITY;
    for _ in 0..options.rounds.max(1) {
        let start = Instant::now();
        for bytes in &sources {
            if let Ok(source) = krait_lexer::decode_source(bytes) {
                let _ = std::hint::black_box(krait_parser::parse_module(&source));
            }
        }
        best = best.min(start.elapsed().as_secs_f64());
    }
    let decoded: Vec<String> = sources
        .iter()
        .filter_map(|bytes| krait_lexer::decode_source(bytes).ok())
        .collect();
    let mut best_lex = f64::INFINITY;
    for _ in 0..options.rounds.max(1) {
        let start = Instant::now();
        for source in &decoded {
            let _ = std::hint::black_box(krait_lexer::tokenize(source));
        }
        best_lex = best_lex.min(start.elapsed().as_secs_f64());
    }
    let mb = total_bytes as f64 / 1e6;
    let checked = results.len();
    let percent = |n: usize| 100.0 * n as f64 / checked.max(1) as f64;
    println!(
        "files: {} under {root_s} ({rejected} rejected by CPython, {} of them accepted by Krait {wrongly_accepted:?}; {checked} checked)",
        checked + rejected,
        wrongly_accepted.len()
    );
    println!(
        "parsed OK: {} ({:.2}%)   identical: {identical} ({:.2}%)   differing: {differs}   errors: {errors}   panics: {panics}",
        checked - errors - panics,
        percent(checked - errors - panics),
        percent(identical)
    );
    println!(
        "krait:   {mb:.1} MB in {best:.3} s = {:.1} MB/s (best of {})",
        mb / best,
        options.rounds.max(1)
    );
    println!("  (of which lexing alone: {:.1} MB/s)", mb / best_lex);
    if options.cpython_timing {
        let rounds = options.rounds.max(1).to_string();
        let seconds: f64 = python(&[&script, "time", &root_s, &out_s, &rounds])
            .parse()
            .unwrap_or(f64::NAN);
        println!(
            "cpython: ast.parse on the same files (as bytes) {seconds:.3} s = {:.1} MB/s; krait is {:.2}x",
            mb / seconds,
            seconds / best
        );
    }
    println!("report: {}", options.out.join("report.txt").display());
}
