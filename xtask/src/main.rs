//! `cargo xtask`: Krait's developer tasks.
//!
//! - `cargo xtask golden` — run the golden tests (`cargo test -p xtask --test golden`).
//! - `cargo xtask golden --update` — the same, rewriting Krait's snapshots in place.
//! - `cargo xtask golden --cpython` — regenerate CPython's expected outputs and ASTs with
//!   `python3`, then report every case where Krait differs.
//! - `cargo xtask golden --report` — that report alone, from the committed files.
//!
//! - `cargo xtask corpus [ROOT]` — the front end over every `.py` file of CPython's standard
//!   library (or ROOT): counts of files parsed and of `ast.dump`s identical to CPython's,
//!   and the release build's parse throughput against CPython's `ast.parse` (needs python3).
//!
//! - `cargo xtask cache [ROOT]` — the bytecode cache over the same library: every code
//!   object round-trips and verifies after loading; compile vs load times (release build:
//!   `cargo xtask` runs the debug one, so use `cargo run --release -p xtask -- cache`).
//!
//! Reports run each case in a child process, so one that crashes is reported as such.

#![deny(unsafe_code)]

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::{Command, ExitCode};

use clap::{Args, Parser, Subcommand};
use xtask::corpus::{self, CorpusOptions};
use xtask::golden::check::{check_case, CheckOptions};
use xtask::golden::isolate::Findings;
use xtask::golden::{cpython, discover, known, workspace_root, Case};

/// Krait's developer tasks.
#[derive(Parser)]
#[command(name = "cargo xtask")]
struct Cli {
    #[command(subcommand)]
    task: Task,
}

#[derive(Subcommand)]
enum Task {
    /// Golden tests across all stages (see tests/golden/).
    Golden(GoldenArgs),
    /// The front end over CPython's standard library: identical ASTs and parse throughput.
    Corpus(CorpusArgs),
    /// The bytecode cache over CPython's standard library: round trips, load vs compile.
    Cache(CacheArgs),
}

#[derive(Args)]
struct CacheArgs {
    /// The tree of .py files (default: the installed CPython's standard library).
    root: Option<PathBuf>,
    /// Timing rounds per file; the best counts.
    #[arg(long, default_value_t = 3)]
    rounds: usize,
}

#[derive(Args)]
struct CorpusArgs {
    /// The tree of .py files to read (default: the installed CPython's standard library,
    /// without site-packages).
    root: Option<PathBuf>,
    /// Where CPython's dumps, the manifest and report.txt go.
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// Redo CPython's dumps even if they exist.
    #[arg(long)]
    regen: bool,
    /// Timing rounds for each side; the best counts.
    #[arg(long, default_value_t = 3)]
    rounds: usize,
    /// Print at most this many files that differ (all are in report.txt).
    #[arg(long, default_value_t = 10)]
    show: usize,
    /// Run this krait binary instead of building the release one.
    #[arg(long, value_name = "PATH")]
    krait: Option<PathBuf>,
}

#[derive(Args)]
struct GoldenArgs {
    /// Rewrite Krait's snapshots (NAME.{tokens,ast,dis,stderr}.snap) instead of checking.
    #[arg(long, conflicts_with_all = ["cpython", "report"])]
    update: bool,
    /// Regenerate NAME.expected and NAME.ast.expected with python3, then report differences.
    #[arg(long)]
    cpython: bool,
    /// Report differences from the committed CPython files without running cargo test.
    #[arg(long)]
    report: bool,
    /// In reports, run the VM with a collection at every safe point.
    #[arg(long)]
    gc_stress: bool,
    /// Check just this case in this process and print its findings (used by the report,
    /// which runs every case in a child process of its own).
    #[arg(long, hide = true, value_name = "CASE")]
    one: Option<String>,
    /// Only cases whose name contains this text.
    filter: Option<String>,
}

fn main() -> ExitCode {
    let result = match Cli::parse().task {
        Task::Golden(args) => golden(&args),
        Task::Corpus(args) => corpus(&args),
        Task::Cache(args) => cache(&args),
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

/// `cargo xtask corpus`: prints the summary and the first differing files; fails if the
/// front end misses its bar (every file parsed, 99.5% identical, every rejection matched).
fn corpus(args: &CorpusArgs) -> Result<ExitCode, String> {
    let krait = match &args.krait {
        Some(path) => path.clone(),
        None => corpus::krait::build_release()?,
    };
    let options = CorpusOptions {
        root: args.root.clone(),
        out: args
            .out
            .clone()
            .unwrap_or_else(|| std::env::temp_dir().join("krait-corpus")),
        regen: args.regen,
        rounds: args.rounds,
        krait,
    };
    let version = corpus::cpython::version()?;
    println!(
        "corpus: krait {} against {version}",
        options.krait.display()
    );
    let report = corpus::run(&options)?;
    for problem in report.problems().iter().take(args.show) {
        print!("{problem}");
    }
    println!("{report}");
    println!("report: {}", options.out.join("report.txt").display());
    Ok(if report.meets_the_bar() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// `cargo xtask cache`: prints the report; fails if any round trip or verification failed.
fn cache(args: &CacheArgs) -> Result<ExitCode, String> {
    let root = match &args.root {
        Some(root) => root.clone(),
        None => corpus::cpython::stdlib()?,
    };
    println!("cache: round trips over {}", root.display());
    let report = xtask::cache_check::run(&root, args.rounds);
    print!("{report}");
    Ok(if report.failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// `cargo xtask golden …`.
fn golden(args: &GoldenArgs) -> Result<ExitCode, String> {
    if let Some(name) = &args.one {
        let options = CheckOptions {
            gc_stress: args.gc_stress,
            ..CheckOptions::default()
        };
        let report = check_case(&Case::new(workspace_root(), name.as_str()), options);
        let findings = Findings {
            differences: report.differences,
            problems: Vec::new(),
        };
        print!("{}", findings.encode());
        Ok(ExitCode::SUCCESS)
    } else if args.cpython || args.report {
        report(args)
    } else {
        cargo_test(args)
    }
}

/// `cargo test -p xtask --test golden`, optionally updating snapshots.
fn cargo_test(args: &GoldenArgs) -> Result<ExitCode, String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let mut command = Command::new(cargo);
    command.args(["test", "-p", "xtask", "--test", "golden"]);
    if let Some(filter) = &args.filter {
        command.args(["--", filter]);
    }
    if args.update {
        command.env("KRAIT_GOLDEN_UPDATE", "1");
    }
    let status = command
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    Ok(if status.success() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// Optionally regenerates the CPython files, then checks every case in-process and prints
/// one line per case. Fails if a case differs without being listed in KNOWN_FAILURES, or is
/// listed but passes.
fn report(args: &GoldenArgs) -> Result<ExitCode, String> {
    let root = workspace_root();
    let cases: Vec<Case> = discover(&root)
        .map_err(|e| format!("cannot list tests/golden: {e}"))?
        .into_iter()
        .filter(|case| match &args.filter {
            Some(filter) => case.name.contains(filter.as_str()),
            None => true,
        })
        .collect();
    if args.cpython {
        let version = cpython::version().map_err(|e| format!("cannot run python3: {e}"))?;
        if !version.starts_with("Python 3.11") {
            eprintln!("xtask: warning: the corpus records CPython 3.11, this is {version}");
        }
        let mut changed = 0;
        for case in &cases {
            let result =
                cpython::generate(case).map_err(|e| format!("{}: {e}", case.display_path()))?;
            if cpython::write(case, &result, &version).map_err(|e| e.to_string())? {
                println!("regenerated {}", case.name);
                changed += 1;
            }
        }
        println!(
            "{changed} of {} cases changed under {version}\n",
            cases.len()
        );
    }
    let known = known::load(&root).map_err(|e| e.to_string())?;
    let exe = std::env::current_exe().map_err(|e| format!("cannot find xtask itself: {e}"))?;
    let mut tally: BTreeMap<&str, usize> = BTreeMap::new();
    for case in &cases {
        let mut child = Command::new(&exe);
        child.args(["golden", "--one", &case.name]);
        if args.gc_stress {
            child.arg("--gc-stress");
        }
        let output = child
            .output()
            .map_err(|e| format!("cannot rerun xtask: {e}"))?;
        let report = Findings::of_child(&output);
        let status = match (report.differences.is_empty(), known.get(&case.name)) {
            (true, None) => "pass",
            (true, Some(_)) => "FIXED",
            (false, Some(_)) => "known",
            (false, None) => "FAIL",
        };
        *tally.entry(status).or_default() += 1;
        match status {
            "pass" => println!("pass   {}", case.name),
            "FIXED" => println!(
                "FIXED  {} (passes now: remove it from KNOWN_FAILURES)",
                case.name
            ),
            _ => {
                println!("{status:<6} {}", case.name);
                for difference in &report.differences {
                    for line in difference.lines() {
                        println!("         {line}");
                    }
                }
            }
        }
    }
    let summary: Vec<String> = tally.iter().map(|(k, v)| format!("{v} {k}")).collect();
    println!("\n{} cases: {}", cases.len(), summary.join(", "));
    let bad = tally.get("FAIL").copied().unwrap_or(0) + tally.get("FIXED").copied().unwrap_or(0);
    Ok(if bad == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
