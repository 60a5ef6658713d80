//! Comparing Krait's dumps of the corpus with CPython's, file by file.

use std::path::{Path, PathBuf};

use super::cpython::Entry;
use super::krait::{self, Run};

/// Files per `krait` process: enough that process start-up does not matter, few enough
/// that a batch's output stays small.
const BATCH: usize = 200;

/// How one file fared.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Both dumps (without and with attributes) equal CPython's.
    Identical,
    /// A file CPython rejects, and Krait rejects too.
    Rejected,
    /// The first difference of each dump that differs.
    Differs(Vec<String>),
    /// Krait rejected a file CPython accepts (its diagnostic), or accepted one CPython
    /// rejects.
    Error(String),
    /// The process crashed on the file (a panic or a signal), with its standard error.
    Crash(String),
}

/// The count of each outcome.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// Files whose dumps equal CPython's.
    pub identical: usize,
    /// Files both reject.
    pub rejected: usize,
    /// Files parsed whose dumps differ.
    pub differs: usize,
    /// Files Krait and CPython disagree on accepting.
    pub errors: usize,
    /// Files that crashed Krait.
    pub crashes: usize,
}

impl Tally {
    /// Counts the outcomes.
    pub fn of<'a>(outcomes: impl IntoIterator<Item = &'a Outcome>) -> Self {
        let mut tally = Tally::default();
        for outcome in outcomes {
            match outcome {
                Outcome::Identical => tally.identical += 1,
                Outcome::Rejected => tally.rejected += 1,
                Outcome::Differs(_) => tally.differs += 1,
                Outcome::Error(_) => tally.errors += 1,
                Outcome::Crash(_) => tally.crashes += 1,
            }
        }
        tally
    }

    /// Every file counted.
    pub fn total(&self) -> usize {
        self.identical + self.rejected + self.differs + self.errors + self.crashes
    }
}

/// Runs Krait over the files CPython accepts and compares both dumps of each with CPython's
/// (`OUT/INDEX.ast`, `OUT/INDEX.attrs`).
pub fn check_accepted(
    krait: &Path,
    root: &Path,
    out: &Path,
    entries: &[&Entry],
) -> Result<Vec<Outcome>, String> {
    let mut outcomes = Vec::with_capacity(entries.len());
    for batch in entries.chunks(BATCH) {
        let files: Vec<PathBuf> = batch.iter().map(|e| root.join(&e.path)).collect();
        let mut differences: Vec<Vec<String>> = vec![Vec::new(); batch.len()];
        let mut failed: Vec<Option<Outcome>> = vec![None; batch.len()];
        for (suffix, args) in [
            ("ast", &["ast"][..]),
            ("attrs", &["ast", "--attributes"][..]),
        ] {
            let run = krait::run(krait, args, &files)?;
            let dumps = if run.ended_normally() {
                krait::split_dumps(&files, &run.stdout)
            } else {
                // The batch crashed part-way: go file by file to find the culprit.
                one_by_one(krait, args, &files)?
            };
            for (i, (entry, dump)) in batch.iter().zip(dumps).enumerate() {
                match dump {
                    Some(got) => {
                        let want = read_expected(out, entry.index, suffix)?;
                        if got != want {
                            differences[i].push(first_difference(suffix, &got, &want));
                        }
                    }
                    None if failed[i].is_none() => {
                        failed[i] =
                            Some(failure(&krait::run(krait, &["ast", "-q"], &files[i..=i])?));
                    }
                    None => {}
                }
            }
        }
        for (failure, differences) in failed.into_iter().zip(differences) {
            outcomes.push(match failure {
                Some(outcome) => outcome,
                None if differences.is_empty() => Outcome::Identical,
                None => Outcome::Differs(differences),
            });
        }
    }
    Ok(outcomes)
}

/// Runs Krait on each file CPython rejects: each must be a syntax error (status 1).
pub fn check_rejected(
    krait: &Path,
    root: &Path,
    entries: &[&Entry],
) -> Result<Vec<Outcome>, String> {
    entries
        .iter()
        .map(|entry| {
            let run = krait::run(krait, &["ast", "-q"], &[root.join(&entry.path)])?;
            Ok(match run.status {
                Some(1) => Outcome::Rejected,
                Some(0) => Outcome::Error("accepted, but CPython rejects it".to_owned()),
                _ => failure(&run),
            })
        })
        .collect()
}

/// The dumps of `files` from one process each.
fn one_by_one(
    krait: &Path,
    args: &[&str],
    files: &[PathBuf],
) -> Result<Vec<Option<Vec<u8>>>, String> {
    files
        .iter()
        .map(|file| {
            let run = krait::run(krait, args, std::slice::from_ref(file))?;
            Ok(match run.status {
                Some(0) => krait::split_dumps(std::slice::from_ref(file), &run.stdout).remove(0),
                _ => None,
            })
        })
        .collect()
}

/// What a run that printed no dump for a file says about it.
fn failure(run: &Run) -> Outcome {
    if run.ended_normally() {
        // The diagnostic's first two lines: the message and its location.
        let message: Vec<&str> = run.stderr.lines().take(2).map(str::trim).collect();
        Outcome::Error(message.join(" "))
    } else {
        let status = run
            .status
            .map_or("a signal".to_owned(), |s| format!("status {s}"));
        Outcome::Crash(format!("{status}: {}", run.stderr.trim()))
    }
}

fn read_expected(out: &Path, index: usize, suffix: &str) -> Result<Vec<u8>, String> {
    let path = out.join(format!("{index}.{suffix}"));
    std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

/// Where `got` first departs from `want`, with some context from both.
pub fn first_difference(what: &str, got: &[u8], want: &[u8]) -> String {
    let at = got
        .iter()
        .zip(want)
        .position(|(g, w)| g != w)
        .unwrap_or(got.len().min(want.len()));
    let window = |s: &[u8]| {
        let (start, end) = (at.saturating_sub(80), (at + 80).min(s.len()));
        String::from_utf8_lossy(&s[start.min(end)..end]).into_owned()
    };
    format!(
        "{what} at byte {at}\n    CPython: …{}…\n    Krait:   …{}…",
        window(want),
        window(got)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_difference_is_located() {
        let text = first_difference("ast", b"Module(body=[Pass()])", b"Module(body=[Break()])");
        assert!(text.starts_with("ast at byte 13\n"), "{text}");
        assert!(text.contains("CPython: …Module(body=[Break()])…"), "{text}");
    }

    #[test]
    fn tallies_count_each_outcome() {
        let outcomes = [
            Outcome::Identical,
            Outcome::Identical,
            Outcome::Differs(vec![]),
            Outcome::Error(String::new()),
            Outcome::Rejected,
        ];
        let tally = Tally::of(&outcomes);
        assert_eq!(
            (tally.identical, tally.differs, tally.errors, tally.crashes),
            (2, 1, 1, 0)
        );
        assert_eq!((tally.rejected, tally.total()), (1, 5));
    }
}
