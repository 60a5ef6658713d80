//! CPython's side of the corpus: running `xtask/corpus.py` and reading what it writes.

use std::path::{Path, PathBuf};
use std::process::Command;

/// One line of the manifest: a file under the root, and whether CPython parses it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The file's number; its dumps are `OUT/INDEX.ast` and `OUT/INDEX.attrs`.
    pub index: usize,
    /// Whether CPython's `ast.parse` accepts the file.
    pub accepted: bool,
    /// The file's size in bytes.
    pub size: u64,
    /// The path relative to the root, with `/` separators.
    pub path: String,
}

/// Every file of the corpus, in the order CPython listed them.
#[derive(Clone, Debug, Default)]
pub struct Manifest {
    /// The files.
    pub entries: Vec<Entry>,
}

impl Manifest {
    /// Reads `OUT/manifest.tsv`.
    pub fn load(out: &Path) -> Result<Self, String> {
        let path = out.join("manifest.tsv");
        let text = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let entries = text
            .lines()
            .filter_map(|line| {
                let mut fields = line.splitn(4, '\t');
                let index = fields.next()?.parse().ok()?;
                let accepted = fields.next()? == "ok";
                let size = fields.next()?.parse().ok()?;
                let path = fields.next()?.to_owned();
                Some(Entry {
                    index,
                    accepted,
                    size,
                    path,
                })
            })
            .collect();
        Ok(Manifest { entries })
    }

    /// The files CPython parses.
    pub fn accepted(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| e.accepted)
    }

    /// The files CPython rejects (a syntax error, an undecodable file).
    pub fn rejected(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| !e.accepted)
    }
}

/// The script beside this crate's manifest.
fn script() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("corpus.py")
        .to_string_lossy()
        .into_owned()
}

/// Runs `python3 ARGS…` and returns its trimmed standard output.
fn python(args: &[&str]) -> Result<String, String> {
    let output = Command::new("python3")
        .args(args)
        .output()
        .map_err(|e| format!("cannot run python3: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "python3 {args:?} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    Ok(String::from_utf8_lossy(&output.stdout).trim().to_owned())
}

/// `python3 --version`.
pub fn version() -> Result<String, String> {
    python(&["--version"])
}

/// The installed CPython's standard library directory.
pub fn stdlib() -> Result<PathBuf, String> {
    let code = "import sysconfig; print(sysconfig.get_paths()['stdlib'])";
    python(&["-c", code]).map(PathBuf::from)
}

/// Writes CPython's dumps and the manifest of `root` into `out`.
pub fn dump(root: &Path, out: &Path) -> Result<(), String> {
    let (root, out) = (root.to_string_lossy(), out.to_string_lossy());
    python(&[&script(), "dump", &root, &out]).map(drop)
}

/// The seconds of CPython's best of `rounds` rounds of `ast.parse` over the accepted files.
pub fn parse_seconds(root: &Path, out: &Path, rounds: usize) -> Result<f64, String> {
    let (root, out) = (root.to_string_lossy(), out.to_string_lossy());
    let text = python(&[&script(), "time", &root, &out, &rounds.to_string()])?;
    text.parse()
        .map_err(|_| format!("corpus.py time printed {text:?}"))
}
