//! `tests/golden/KNOWN_FAILURES`: cases where Krait does not yet match CPython.
//!
//! One case per line, `DIR/NAME  reason…`; `#` starts a comment. The harness asserts that
//! every listed case still differs from CPython, so a fix forces its line to be removed and
//! the list never hides a passing case.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::Path;

use super::case::GOLDEN_DIR;

/// The file name, inside `tests/golden/`.
pub const FILE: &str = "KNOWN_FAILURES";

/// Known-failing case names mapped to their reasons.
pub fn parse(text: &str) -> Result<BTreeMap<String, String>, String> {
    let mut known = BTreeMap::new();
    for (number, line) in text.lines().enumerate() {
        let line = line.split_once('#').map_or(line, |(body, _)| body).trim();
        if line.is_empty() {
            continue;
        }
        let (name, reason) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(format!("{FILE}:{}: `{name}` needs a reason", number + 1));
        }
        if known.insert(name.to_owned(), reason.to_owned()).is_some() {
            return Err(format!("{FILE}:{}: `{name}` is listed twice", number + 1));
        }
    }
    Ok(known)
}

/// Reads the list of the workspace at `root` (a missing file is an empty list).
pub fn load(root: &Path) -> io::Result<BTreeMap<String, String>> {
    match fs::read_to_string(root.join(GOLDEN_DIR).join(FILE)) {
        Ok(text) => parse(&text).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e)),
        Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(BTreeMap::new()),
        Err(error) => Err(error),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_names_reasons_and_comments() {
        let known = parse("# header\nbasics/a  needs x  # note\n\nerrors/b why\n").unwrap();
        assert_eq!(known.len(), 2);
        assert_eq!(known["basics/a"], "needs x");
        assert_eq!(known["errors/b"], "why");
    }

    #[test]
    fn requires_reasons_and_unique_names() {
        assert!(parse("basics/a\n").is_err());
        assert!(parse("a r\na s\n").is_err());
    }
}
