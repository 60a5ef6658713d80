//! Running each golden case in a child process, so a case that aborts the process (a stack
//! overflow, an `abort`) fails alone, named, instead of taking every other case down with it.
//!
//! The child runs the case in-process and prints its findings between two marker lines on
//! stdout; the parent decodes them. No markers means the child died.

use std::process::Output;

const BEGIN: &str = "@@krait-golden-begin@@";
const END: &str = "@@krait-golden-end@@";
const DIFFERENCE: &str = "@@difference@@";
const PROBLEM: &str = "@@problem@@";

/// What a child reports about one case.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Findings {
    /// Differences from CPython (see `check::Report::differences`).
    pub differences: Vec<String>,
    /// Other failures: changed or stale snapshots.
    pub problems: Vec<String>,
}

impl Findings {
    /// The block a child prints.
    pub fn encode(&self) -> String {
        let mut out = format!("\n{BEGIN}\n");
        for (marker, items) in [(DIFFERENCE, &self.differences), (PROBLEM, &self.problems)] {
            for item in items {
                out.push_str(marker);
                out.push('\n');
                out.push_str(item.trim_end());
                out.push('\n');
            }
        }
        out.push_str(END);
        out.push('\n');
        out
    }

    /// Reads the block out of a child's stdout; `None` if the child never printed it.
    pub fn decode(stdout: &str) -> Option<Self> {
        let start = stdout.find(&format!("{BEGIN}\n"))? + BEGIN.len() + 1;
        let end = start + stdout[start..].find(END)?;
        let mut findings = Findings::default();
        let mut current: Option<&mut Vec<String>> = None;
        for line in stdout[start..end].lines() {
            if line == DIFFERENCE {
                findings.differences.push(String::new());
                current = Some(&mut findings.differences);
            } else if line == PROBLEM {
                findings.problems.push(String::new());
                current = Some(&mut findings.problems);
            } else if let Some(item) = current.as_mut().and_then(|items| items.last_mut()) {
                if !item.is_empty() {
                    item.push('\n');
                }
                item.push_str(line);
            }
        }
        Some(findings)
    }

    /// The findings of a child process: its block, or a difference saying how it died.
    pub fn of_child(output: &Output) -> Self {
        let stdout = String::from_utf8_lossy(&output.stdout);
        if let Some(findings) = Findings::decode(&stdout) {
            return findings;
        }
        let stderr = String::from_utf8_lossy(&output.stderr);
        let tail: Vec<&str> = stderr.lines().rev().take(6).collect();
        let tail: Vec<&str> = tail.into_iter().rev().collect();
        Findings {
            differences: vec![format!(
                "the case crashed its process ({}):\n{}",
                output.status,
                tail.join("\n")
            )],
            problems: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_multi_line_items() {
        let findings = Findings {
            differences: vec!["one".into(), "two\n  lines".into()],
            problems: vec!["snapshot changed".into()],
        };
        let stdout = format!("running 1 test\n{}test result: ok\n", findings.encode());
        assert_eq!(Findings::decode(&stdout), Some(findings));
        assert_eq!(
            Findings::decode(&Findings::default().encode()),
            Some(Findings::default())
        );
    }

    #[test]
    fn no_block_means_no_findings() {
        assert_eq!(Findings::decode("thread overflowed its stack\n"), None);
        assert_eq!(
            Findings::decode(&format!("{BEGIN}\n{DIFFERENCE}\nx\n")),
            None
        );
    }
}
