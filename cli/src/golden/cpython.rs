//! `krait golden --against python3`: running a program under CPython and comparing what a
//! user sees of its run (stdout, the exit status, the last line of stderr: the exception or
//! syntax error) with Krait's.

use std::path::Path;
use std::process::{Command, Stdio};

use super::pipeline::{args_of, Record};

/// The comparable part of a run: exit status, stdout, and stderr's last non-empty line.
fn summary(exit: i32, stdout: &str, last_line: &str) -> String {
    let mut text = format!("exit status: {exit}\n--- stdout\n{stdout}");
    if !stdout.is_empty() && !stdout.ends_with('\n') {
        text.push_str("\n\\ no newline at end\n");
    }
    text.push_str("--- last line of stderr\n");
    if !last_line.is_empty() {
        text.push_str(last_line);
        text.push('\n');
    }
    text
}

fn last_line(stderr: &str) -> &str {
    stderr
        .lines()
        .rev()
        .find(|line| !line.trim().is_empty())
        .unwrap_or("")
}

/// Runs `filename` (in `workdir`) under `python` with `PYTHONHASHSEED=0`, as Krait's run is
/// recorded, and returns the unified diff from CPython's summary to Krait's, or `None` when
/// they agree. `Err` if `python` cannot be started.
pub fn compare(
    python: &str,
    filename: &str,
    workdir: &Path,
    source: &str,
    record: &Record,
) -> Result<Option<String>, String> {
    let output = Command::new(python)
        .arg(filename)
        .args(args_of(source))
        .current_dir(workdir)
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env_remove("PYTHONWARNINGS")
        .stdin(Stdio::null())
        .output()
        .map_err(|error| format!("cannot run {python}: {error}"))?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    let exit = output.status.code().unwrap_or(1);
    let theirs = summary(exit, &stdout, last_line(&stderr));
    let ours = match (&record.run, &record.rejection) {
        (Some(run), Some(error)) => summary(run.exit, &run.stdout, &error.to_string()),
        (Some(run), None) => summary(run.exit, &run.stdout, last_line(&run.stderr)),
        (None, _) => "Krait did not finish the run\n".to_owned(),
    };
    if theirs == ours {
        return Ok(None);
    }
    let diff = similar::TextDiff::from_lines(&theirs, &ours);
    Ok(Some(
        diff.unified_diff()
            .context_radius(3)
            .header(
                &format!("{python} {filename}"),
                &format!("krait {filename}"),
            )
            .to_string(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_summary_keeps_the_last_line_of_stderr() {
        let stderr =
            "Traceback (most recent call last):\n  File \"x.py\", line 1\nValueError: v\n\n";
        assert_eq!(last_line(stderr), "ValueError: v");
        assert_eq!(
            summary(1, "a", "ValueError: v"),
            "exit status: 1\n--- stdout\na\n\\ no newline at end\n--- last line of stderr\nValueError: v\n"
        );
    }
}
