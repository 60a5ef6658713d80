//! Finding golden cases and the files that belong to each.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// The corpus directory, relative to the workspace root.
pub const GOLDEN_DIR: &str = "tests/golden";

/// One golden program, named by its path under `tests/golden/` without `.py`
/// (`basics/ints`).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Case {
    /// `DIR/NAME`, with `/` separators.
    pub name: String,
    /// The workspace root.
    pub root: PathBuf,
}

impl Case {
    /// The case `name` (`basics/ints`) of the workspace at `root`.
    pub fn new(root: impl Into<PathBuf>, name: impl Into<String>) -> Self {
        Case {
            name: name.into(),
            root: root.into(),
        }
    }

    /// The path of the program as both CPython and Krait are given it: relative to the
    /// workspace root, so tracebacks and `sys.argv[0]` agree between the two.
    pub fn display_path(&self) -> String {
        format!("{GOLDEN_DIR}/{}.py", self.name)
    }

    /// The absolute path of the program.
    pub fn source_path(&self) -> PathBuf {
        self.file(".py")
    }

    /// The absolute path of the case file with `suffix` (`.expected`, `.ast.expected`).
    pub fn file(&self, suffix: &str) -> PathBuf {
        self.root
            .join(GOLDEN_DIR)
            .join(format!("{}{suffix}", self.name))
    }

    /// The directory holding the case's files.
    pub fn dir(&self) -> PathBuf {
        self.source_path()
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| self.root.join(GOLDEN_DIR))
    }

    /// The file name without `.py` (`ints`): the prefix of the case's snapshot names.
    pub fn stem(&self) -> &str {
        self.name.rsplit('/').next().unwrap_or(&self.name)
    }

    /// Reads the program's source.
    pub fn source(&self) -> io::Result<String> {
        fs::read_to_string(self.source_path())
    }
}

/// The arguments a case runs with, from a `# args: a b c` line at the top of its source.
pub use krait_cli::golden::args_of;

/// The workspace root: the parent of the `xtask` package.
pub fn workspace_root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().unwrap_or(manifest).to_path_buf()
}

/// Every case under `root/tests/golden`, sorted by name.
pub fn discover(root: &Path) -> io::Result<Vec<Case>> {
    let base = root.join(GOLDEN_DIR);
    let mut names = Vec::new();
    collect(&base, &base, &mut names)?;
    names.sort();
    Ok(names
        .into_iter()
        .map(|name| Case::new(root, name))
        .collect())
}

fn collect(base: &Path, dir: &Path, names: &mut Vec<String>) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect(base, &path, names)?;
        } else if path.extension().is_some_and(|ext| ext == "py") {
            let relative = path.strip_prefix(base).unwrap_or(&path).with_extension("");
            let parts: Vec<_> = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            names.push(parts.join("/"));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn args_come_from_the_leading_comment_block() {
        assert_eq!(args_of("# args: a -b  c\nprint(1)\n"), ["a", "-b", "c"]);
        assert_eq!(args_of("# first\n# args: x\n"), ["x"]);
        assert!(args_of("print(1)\n# args: late\n").is_empty());
    }

    #[test]
    fn paths_of_a_case() {
        let case = Case::new("/w", "basics/ints");
        assert_eq!(case.display_path(), "tests/golden/basics/ints.py");
        assert_eq!(
            case.file(".expected"),
            Path::new("/w/tests/golden/basics/ints.expected")
        );
        assert_eq!(case.dir(), Path::new("/w/tests/golden/basics"));
        assert_eq!(case.stem(), "ints");
    }

    #[test]
    fn discovers_the_committed_corpus() {
        let cases = discover(&workspace_root()).unwrap();
        assert!(cases.len() >= 35, "only {} golden cases", cases.len());
        assert!(cases.iter().any(|c| c.name == "basics/ints"));
        assert!(cases.windows(2).all(|w| w[0].name < w[1].name));
    }
}
