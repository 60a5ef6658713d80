//! Comparing a program's record with its snapshot files, and rewriting them.
//!
//! A program `DIR/NAME.py` keeps stage `S` in `DIR/NAME.S.snap`. Checking reads each chosen
//! stage's file and reports it unchanged, changed (with a unified diff), missing, or stale
//! (a file for a stage the program no longer reaches, such as a `dis` snapshot after the
//! program stopped compiling). Updating rewrites what changed, writes what is missing and
//! removes what is stale; a file whose text is unchanged is left as it is, front matter
//! and all.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::pipeline::Record;
use super::snapshot::{self, Header};
use super::stage::StageName;

/// Who writes the snapshot files and how a user regenerates them (for their front matter).
#[derive(Clone, Debug)]
pub struct Writer {
    /// The front matter's `source` (`krait golden`).
    pub source: String,
    /// The command that rewrites the snapshots (`krait golden --update`).
    pub regenerate: String,
}

/// What to do with files that differ.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Policy {
    /// Rewrite changed files, write missing ones, remove stale ones.
    pub update: bool,
    /// Write a missing snapshot even when not updating (a first run records, it does not
    /// fail).
    pub create_missing: bool,
}

/// Where one program's snapshots live.
#[derive(Clone, Debug)]
pub struct Location {
    /// The folder holding the snapshot files.
    pub dir: PathBuf,
    /// The file name without `.py`: the prefix of each snapshot's name.
    pub stem: String,
    /// The program's path as the front matter names it.
    pub input_file: String,
}

impl Location {
    /// The snapshot file of `stage`.
    pub fn path(&self, stage: &str) -> PathBuf {
        self.dir.join(format!("{}.{stage}.snap", self.stem))
    }
}

/// What became of one stage's snapshot.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// The file holds the stage's text.
    Unchanged,
    /// The text changed; the unified diff from the file's text to the new one.
    Changed(String),
    /// No file yet (and none written).
    Missing,
    /// A file for a stage the program no longer reaches.
    Stale,
    /// Written: it was missing, or changed and updated (the diff is kept for the report).
    Written(Option<String>),
    /// A stale file, removed.
    Removed,
}

impl Verdict {
    /// Whether this leaves the snapshots and the program disagreeing.
    pub fn is_failure(&self) -> bool {
        matches!(
            self,
            Verdict::Changed(_) | Verdict::Missing | Verdict::Stale
        )
    }
}

/// One stage's verdict.
#[derive(Clone, Debug)]
pub struct Outcome {
    /// The stage.
    pub stage: StageName,
    /// Its snapshot file.
    pub path: PathBuf,
    /// What became of it.
    pub verdict: Verdict,
}

/// Checks (or updates) the snapshots of `stages` for a program recorded as `record`.
pub fn check(
    record: &Record,
    stages: &[StageName],
    location: &Location,
    writer: &Writer,
    policy: Policy,
) -> io::Result<Vec<Outcome>> {
    let mut outcomes = Vec::new();
    for &stage in stages {
        let path = location.path(stage);
        let existing = match fs::read_to_string(&path) {
            Ok(text) => Some(text),
            Err(error) if error.kind() == io::ErrorKind::NotFound => None,
            Err(error) => return Err(error),
        };
        let verdict = match (record.snapshot(stage), existing) {
            (Some(snapshot), Some(file)) if snapshot::matches(&file, &snapshot.text) => {
                Verdict::Unchanged
            }
            (Some(snapshot), Some(file)) => {
                let diff = unified_diff(
                    &snapshot::normalize(snapshot::body(&file)),
                    &snapshot::normalize(&snapshot.text),
                    &path,
                    &snapshot.command,
                );
                if policy.update {
                    write(&path, location, writer, &snapshot.command, &snapshot.text)?;
                    Verdict::Written(Some(diff))
                } else {
                    Verdict::Changed(diff)
                }
            }
            (Some(snapshot), None) => {
                if policy.update || policy.create_missing {
                    write(&path, location, writer, &snapshot.command, &snapshot.text)?;
                    Verdict::Written(None)
                } else {
                    Verdict::Missing
                }
            }
            (None, Some(_)) if policy.update => {
                fs::remove_file(&path)?;
                Verdict::Removed
            }
            (None, Some(_)) => Verdict::Stale,
            (None, None) => continue,
        };
        outcomes.push(Outcome {
            stage,
            path,
            verdict,
        });
    }
    Ok(outcomes)
}

fn write(
    path: &Path,
    location: &Location,
    writer: &Writer,
    command: &str,
    text: &str,
) -> io::Result<()> {
    let header = Header {
        source: writer.source.clone(),
        description: format!("{command}\nregenerate with `{}`", writer.regenerate),
        input_file: location.input_file.clone(),
    };
    fs::write(path, snapshot::render(&header, text))
}

/// The unified diff (three lines of context) from the kept text to the new one.
fn unified_diff(old: &str, new: &str, path: &Path, command: &str) -> String {
    let (old, new) = (format!("{old}\n"), format!("{new}\n"));
    let diff = similar::TextDiff::from_lines(&old, &new);
    diff.unified_diff()
        .context_radius(3)
        .header(&path.display().to_string(), &format!("`{command}` now"))
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_diff_names_both_sides_and_marks_the_lines() {
        let diff = unified_diff(
            "a\nb\nc",
            "a\nB\nc",
            Path::new("x.dis.snap"),
            "krait dis x.py",
        );
        assert!(
            diff.starts_with("--- x.dis.snap\n+++ `krait dis x.py` now\n"),
            "{diff}"
        );
        assert!(diff.contains("\n-b\n+B\n"), "{diff}");
    }
}
