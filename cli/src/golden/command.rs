//! `krait golden PATH… [--update] [--stages LIST] [--against PYTHON]`: golden files of every
//! stage for a user's own programs.
//!
//! Each `.py` file (a folder is searched recursively, skipping hidden folders and
//! `__pycache__`) is recorded under its file name alone and run from its own folder, so the
//! snapshots do not depend on where `krait golden` was started. Its snapshots sit beside
//! it (`NAME.py` → `NAME.tokens.snap`, `NAME.ast.snap`, …); the first run writes them, later
//! runs compare and print a unified diff for every stage that changed.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::compare::{self, Location, Policy, Verdict, Writer};
use super::pipeline::{self, Input, Options};
use super::stage::StageName;

/// What `krait golden` was asked to do.
#[derive(Clone, Debug)]
pub struct GoldenOptions {
    /// The stages to keep, in pipeline order.
    pub stages: Vec<StageName>,
    /// Rewrite the snapshots instead of comparing.
    pub update: bool,
    /// Also compare each run with this CPython (`python3`).
    pub against: Option<String>,
    /// The recording options (time limit, gc stress).
    pub record: Options,
}

/// The `.py` files under `paths`, each folder's files sorted; a file given by name is taken
/// whatever its extension.
pub fn discover(paths: &[PathBuf]) -> io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for path in paths {
        if fs::metadata(path)?.is_dir() {
            collect(path, &mut files)?;
        } else {
            files.push(path.clone());
        }
    }
    Ok(files)
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) -> io::Result<()> {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)?
        .map(|entry| entry.map(|e| e.path()))
        .collect::<io::Result<_>>()?;
    entries.sort();
    for path in entries {
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
        let name = name.unwrap_or_default();
        if path.is_dir() {
            if !name.starts_with('.') && name != "__pycache__" {
                collect(&path, files)?;
            }
        } else if path.extension().is_some_and(|ext| ext == "py") {
            files.push(path);
        }
    }
    Ok(())
}

/// Tallies for the closing line.
#[derive(Default)]
struct Tally {
    files: usize,
    ok: usize,
    failed: usize,
    written: usize,
}

/// Runs `krait golden` over `paths`, printing to `out` (diffs and the summary) and `err`
/// (paths that cannot be read). Returns the exit status: 0 when every snapshot matched (or
/// was written), 1 on any difference, 2 when a path cannot be read.
pub fn run(
    paths: &[PathBuf],
    options: &GoldenOptions,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let files = match discover(paths) {
        Ok(files) => files,
        Err(error) => {
            let _ = writeln!(err, "krait golden: {error}");
            return 2;
        }
    };
    let writer = Writer {
        source: "krait golden".to_owned(),
        regenerate: "krait golden --update".to_owned(),
    };
    let policy = Policy {
        update: options.update,
        create_missing: true,
    };
    let mut tally = Tally::default();
    for file in &files {
        tally.files += 1;
        match check_file(file, options, &writer, policy, out) {
            Ok((clean, written)) => {
                tally.written += written;
                if clean {
                    tally.ok += 1;
                } else {
                    tally.failed += 1;
                }
            }
            Err(error) => {
                tally.failed += 1;
                let _ = writeln!(out, "error    {}: {error}", file.display());
            }
        }
    }
    let _ = writeln!(
        out,
        "golden: {} file{}: {} ok, {} differ{}",
        tally.files,
        if tally.files == 1 { "" } else { "s" },
        tally.ok,
        tally.failed,
        if tally.written > 0 {
            format!(", {} snapshots written", tally.written)
        } else {
            String::new()
        }
    );
    let _ = out.flush();
    if tally.failed > 0 {
        1
    } else {
        0
    }
}

/// Checks one file: whether it has no differences left, and how many snapshots were
/// written.
fn check_file(
    file: &Path,
    options: &GoldenOptions,
    writer: &Writer,
    policy: Policy,
    out: &mut dyn Write,
) -> Result<(bool, usize), String> {
    let bytes = fs::read(file).map_err(|e| format!("cannot read it: {e}"))?;
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .ok_or("not a file name")?;
    let dir = match file.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let stem = Path::new(&name)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| name.clone());
    let source = String::from_utf8_lossy(&bytes).into_owned();
    let input = Input {
        filename: name.clone(),
        bytes,
        workdir: Some(dir.clone()),
    };
    let record = pipeline::record(input, options.record);
    let location = Location {
        dir: dir.clone(),
        stem,
        input_file: name.clone(),
    };
    let outcomes = compare::check(&record, &options.stages, &location, writer, policy)
        .map_err(|e| format!("cannot read or write its snapshots: {e}"))?;

    let shown = file.display();
    let mut clean = record.problems.is_empty();
    for problem in &record.problems {
        let _ = writeln!(out, "broken   {shown}: {problem}");
    }
    let mut written = Vec::new();
    for outcome in &outcomes {
        match &outcome.verdict {
            Verdict::Unchanged => {}
            Verdict::Changed(diff) => {
                let _ = writeln!(out, "changed  {shown}: {}", outcome.stage);
                let _ = write!(out, "{diff}");
            }
            Verdict::Missing => {
                let _ = writeln!(out, "missing  {}", outcome.path.display());
            }
            Verdict::Stale => {
                let _ = writeln!(
                    out,
                    "stale    {}: the program no longer reaches the {} stage \
                     (`krait golden --update` removes it)",
                    outcome.path.display(),
                    outcome.stage
                );
            }
            Verdict::Written(Some(diff)) => {
                let _ = writeln!(out, "updated  {shown}: {}", outcome.stage);
                let _ = write!(out, "{diff}");
                written.push(outcome.stage);
            }
            Verdict::Written(None) => written.push(outcome.stage),
            Verdict::Removed => {
                let _ = writeln!(out, "removed  {}", outcome.path.display());
            }
        }
        clean &= !outcome.verdict.is_failure();
    }
    if !written.is_empty() {
        let _ = writeln!(out, "wrote    {shown}: {}", written.join(", "));
    }
    if let Some(python) = &options.against {
        match super::cpython::compare(python, &name, &dir, &source, &record) {
            Ok(None) => {}
            Ok(Some(diff)) => {
                clean = false;
                let _ = writeln!(out, "differs  {shown}: the run differs from {python}'s");
                let _ = write!(out, "{diff}");
            }
            Err(error) => return Err(error),
        }
    }
    if clean && written.is_empty() {
        let _ = writeln!(out, "ok       {shown}");
    }
    Ok((clean, written.len()))
}
