//! Krait's side of the corpus: the `krait` binary run over many files per process, as a
//! user would run it.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// How one run of the binary ended.
#[derive(Clone, Debug)]
pub struct Run {
    /// The exit status; `None` when a signal ended the process.
    pub status: Option<i32>,
    /// Everything printed to standard output.
    pub stdout: Vec<u8>,
    /// Everything printed to standard error.
    pub stderr: String,
    /// Wall-clock time from spawn to exit.
    pub elapsed: Duration,
}

impl Run {
    /// Whether the process ended the way `krait` ends when it does not crash: 0, or 1 for a
    /// syntax error. (A Rust panic exits 101; a stack overflow is a signal.)
    pub fn ended_normally(&self) -> bool {
        matches!(self.status, Some(0 | 1))
    }
}

/// Runs `krait ARGS… FILES…`.
pub fn run(krait: &Path, args: &[&str], files: &[PathBuf]) -> Result<Run, String> {
    let start = Instant::now();
    let output = Command::new(krait)
        .args(args)
        .args(files)
        .output()
        .map_err(|e| format!("cannot run {}: {e}", krait.display()))?;
    Ok(Run {
        status: output.status.code(),
        stdout: output.stdout,
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        elapsed: start.elapsed(),
    })
}

/// The dumps `krait ast [--attributes] FILES…` printed, by file, in the order given (`None`
/// for a file it printed nothing for). With several files each dump is a single line after
/// a `# FILE` line; with one file the output is the dump alone.
pub fn split_dumps(files: &[PathBuf], stdout: &[u8]) -> Vec<Option<Vec<u8>>> {
    let mut dumps = vec![None; files.len()];
    let text = stdout.strip_suffix(b"\n").unwrap_or(stdout);
    if files.len() == 1 {
        if !stdout.is_empty() {
            dumps[0] = Some(text.to_vec());
        }
        return dumps;
    }
    let headers: Vec<Vec<u8>> = files
        .iter()
        .map(|f| format!("# {}", f.display()).into_bytes())
        .collect();
    let mut lines = text.split(|&b| b == b'\n');
    let mut next = 0;
    while let Some(line) = lines.next() {
        // Files that fail print no header, so a header is looked for from where the last
        // one was found.
        let Some(found) = headers[next..].iter().position(|h| h.as_slice() == line) else {
            continue;
        };
        let index = next + found;
        dumps[index] = lines.next().map(<[u8]>::to_vec);
        next = index + 1;
        if next == files.len() {
            break;
        }
    }
    dumps
}

/// Builds the release `krait` binary and returns its path.
pub fn build_release() -> Result<PathBuf, String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let status = Command::new(cargo)
        .args(["build", "--release", "-p", "krait-cli", "--bin", "krait"])
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !status.success() {
        return Err("cargo build --release failed".to_owned());
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| crate::golden::workspace_root().join("target"));
    Ok(target.join("release").join("krait"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dumps_are_found_by_their_headers_and_failures_are_skipped() {
        let files = [
            PathBuf::from("a.py"),
            PathBuf::from("b.py"),
            PathBuf::from("c.py"),
        ];
        let out = b"# a.py\nModule(body=[])\n# c.py\nModule(body=[Pass()])\n";
        let dumps = split_dumps(&files, out);
        assert_eq!(dumps[0].as_deref(), Some(&b"Module(body=[])"[..]));
        assert_eq!(dumps[1], None);
        assert_eq!(dumps[2].as_deref(), Some(&b"Module(body=[Pass()])"[..]));
    }

    #[test]
    fn a_single_file_has_no_header() {
        let files = [PathBuf::from("a.py")];
        assert_eq!(
            split_dumps(&files, b"Module()\n")[0].as_deref(),
            Some(&b"Module()"[..])
        );
        assert_eq!(split_dumps(&files, b"")[0], None);
    }
}
