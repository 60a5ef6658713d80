//! The front-end corpus check (`cargo xtask corpus`): every `.py` file of a tree (CPython's
//! standard library by default) through the release `krait ast`, compared with CPython's
//! `ast.dump`, and the parse throughput of both.
//!
//! CPython's side lives in `xtask/corpus.py`: it writes its dumps (without and with
//! attributes) and a manifest of the files it accepts and rejects into an output directory,
//! reused until asked to regenerate, and times `ast.parse` over the accepted files. Krait's
//! side runs the `krait` binary itself (a release build, so the figures are the product's),
//! many files per process: `krait ast FILE…` for the dumps, `krait ast --quiet FILE…` for
//! the throughput, and each file CPython rejects alone, expecting a syntax error.
//!
//! This is a measurement, not a test: it needs `python3` and the installed stdlib, which
//! the test suite must not.

pub mod compare;
pub mod cpython;
pub mod krait;

use std::path::PathBuf;

pub use compare::{Outcome, Tally};
pub use cpython::{Entry, Manifest};

/// What the corpus run was asked to do.
#[derive(Clone, Debug)]
pub struct CorpusOptions {
    /// The tree to read; `None` for the installed CPython's standard library.
    pub root: Option<PathBuf>,
    /// Where CPython's dumps, the manifest and the report go.
    pub out: PathBuf,
    /// Redo CPython's dumps even if the manifest exists.
    pub regen: bool,
    /// Timing rounds; the best round counts, for Krait and CPython alike.
    pub rounds: usize,
    /// The `krait` binary to run.
    pub krait: PathBuf,
}

/// What a corpus run found and measured.
#[derive(Clone, Debug)]
pub struct CorpusReport {
    /// The tree that was read.
    pub root: PathBuf,
    /// The files CPython accepts, each with its outcome, in manifest order.
    pub accepted: Vec<(Entry, Outcome)>,
    /// The files CPython rejects, each with its outcome.
    pub rejected: Vec<(Entry, Outcome)>,
    /// Bytes of the accepted files.
    pub bytes: u64,
    /// Krait's best time for `krait ast --quiet` over the accepted files (one process,
    /// start-up and file reading included).
    pub krait_seconds: f64,
    /// CPython's best time for `ast.parse` over the same files, read beforehand.
    pub cpython_seconds: f64,
    /// The first line of each compile error `krait dis --quiet` reported for the accepted
    /// files (CPython's compiler also rejects a few files its parser accepts, such as
    /// misplaced `from __future__` imports).
    pub compile_errors: Vec<String>,
}

impl CorpusReport {
    /// Outcome counts of the files CPython accepts.
    pub fn accepted_tally(&self) -> Tally {
        Tally::of(self.accepted.iter().map(|(_, o)| o))
    }

    /// Outcome counts of the files CPython rejects.
    pub fn rejected_tally(&self) -> Tally {
        Tally::of(self.rejected.iter().map(|(_, o)| o))
    }

    /// Megabytes per second (10^6 bytes) for a time over the accepted files.
    pub fn throughput(&self, seconds: f64) -> f64 {
        self.bytes as f64 / 1e6 / seconds
    }

    /// Whether every accepted file parses and none crashes, every rejected file is
    /// rejected, and at least 99.5% of dumps are identical (the front end's bar).
    pub fn meets_the_bar(&self) -> bool {
        let (accepted, rejected) = (self.accepted_tally(), self.rejected_tally());
        accepted.errors == 0
            && accepted.crashes == 0
            && rejected.rejected == rejected.total()
            && accepted.identical as f64 >= 0.995 * accepted.total() as f64
    }

    /// Every file that did not go as CPython's did, one paragraph each.
    pub fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        for (entry, outcome) in self.accepted.iter().chain(&self.rejected) {
            let line = match outcome {
                Outcome::Identical | Outcome::Rejected => continue,
                Outcome::Differs(d) => format!("DIFFERS {}\n  {}\n", entry.path, d.join("\n  ")),
                Outcome::Error(e) => format!("ERROR   {}: {e}\n", entry.path),
                Outcome::Crash(e) => format!("CRASH   {}: {e}\n", entry.path),
            };
            problems.push(line);
        }
        problems
    }
}

impl std::fmt::Display for CorpusReport {
    /// The summary: counts, percentages and the throughput ratio.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (accepted, rejected) = (self.accepted_tally(), self.rejected_tally());
        let n = accepted.total();
        let percent = |k: usize| 100.0 * k as f64 / n.max(1) as f64;
        let parsed = n - accepted.errors - accepted.crashes;
        writeln!(
            f,
            "files:     {} under {} ({n} accepted by CPython, {} rejected)",
            n + rejected.total(),
            self.root.display(),
            rejected.total()
        )?;
        writeln!(
            f,
            "parsed:    {parsed} of {n} ({:.2}%); errors {}, crashes {}",
            percent(parsed),
            accepted.errors,
            accepted.crashes
        )?;
        writeln!(
            f,
            "identical: {} of {n} ({:.2}%) ast.dump with and without attributes; {} differ",
            accepted.identical,
            percent(accepted.identical),
            accepted.differs
        )?;
        writeln!(
            f,
            "compiled:  {} of {n} (krait dis --quiet); {} compile errors",
            n - self.compile_errors.len(),
            self.compile_errors.len()
        )?;
        writeln!(
            f,
            "rejected:  {} of the {} files CPython rejects ({} accepted, {} crashed)",
            rejected.rejected,
            rejected.total(),
            rejected.errors,
            rejected.crashes
        )?;
        let megabytes = self.bytes as f64 / 1e6;
        for (name, seconds, how) in [
            ("krait", self.krait_seconds, "krait ast --quiet, release"),
            ("cpython", self.cpython_seconds, "ast.parse"),
        ] {
            let rate = self.throughput(seconds);
            let label = format!("{name}:");
            writeln!(
                f,
                "{label:<10} {megabytes:.1} MB in {seconds:.3} s = {rate:.1} MB/s ({how})"
            )?;
        }
        write!(
            f,
            "ratio:     krait parses {:.2}x as fast as CPython",
            self.cpython_seconds / self.krait_seconds
        )
    }
}

/// Runs the whole corpus check: CPython's dumps (made once), Krait's dumps compared with
/// them, both throughputs. Writes `OUT/report.txt` with every file that differs.
pub fn run(options: &CorpusOptions) -> Result<CorpusReport, String> {
    let root = match &options.root {
        Some(root) => root.clone(),
        None => cpython::stdlib()?,
    };
    let out = &options.out;
    if options.regen || !out.join("manifest.tsv").exists() {
        cpython::dump(&root, out)?;
    }
    let manifest = Manifest::load(out)?;
    let accepted: Vec<&Entry> = manifest.accepted().collect();
    let rejected: Vec<&Entry> = manifest.rejected().collect();
    let accepted_outcomes = compare::check_accepted(&options.krait, &root, out, &accepted)?;
    let rejected_outcomes = compare::check_rejected(&options.krait, &root, &rejected)?;

    let files: Vec<PathBuf> = accepted.iter().map(|e| root.join(&e.path)).collect();
    let mut krait_seconds = f64::INFINITY;
    for _ in 0..options.rounds.max(1) {
        let run = krait::run(&options.krait, &["ast", "--quiet"], &files)?;
        krait_seconds = krait_seconds.min(run.elapsed.as_secs_f64());
    }
    let cpython_seconds = cpython::parse_seconds(&root, out, options.rounds.max(1))?;
    let compiled = krait::run(&options.krait, &["dis", "--quiet"], &files)?;
    let compile_errors = compiled
        .stderr
        .lines()
        .filter(|l| l.starts_with("error"))
        .map(str::to_owned)
        .collect();

    let report = CorpusReport {
        root,
        accepted: accepted
            .into_iter()
            .cloned()
            .zip(accepted_outcomes)
            .collect(),
        rejected: rejected
            .into_iter()
            .cloned()
            .zip(rejected_outcomes)
            .collect(),
        bytes: manifest.accepted().map(|e| e.size).sum(),
        krait_seconds,
        cpython_seconds,
        compile_errors,
    };
    let path = out.join("report.txt");
    std::fs::write(&path, format!("{report}\n\n{}", report.problems().concat()))
        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok(report)
}
