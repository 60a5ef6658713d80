//! `NAME.expected`: what CPython does with a case, in a small self-describing text format.
//!
//! ```text
//! # <comment lines: where this came from and how to regenerate it>
//! exit: 1
//! syntax-error: SyntaxError: '(' was never closed      (only when CPython rejects the file)
//! line: 1                                              (the syntax error's line)
//! --- stderr
//! <the traceback skeleton, see text::traceback_skeleton>
//! --- stdout
//! <stdout, byte for byte, to the end of the file>
//! ```

use std::fmt::Write;

/// CPython's observable behaviour for one program.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Expected {
    /// The process exit status.
    pub exit: i32,
    /// The compile-time error, when CPython rejects the file before running anything.
    pub syntax_error: Option<ExpectedSyntaxError>,
    /// The traceback skeleton of stderr (empty when nothing was printed).
    pub stderr: String,
    /// Everything written to stdout.
    pub stdout: String,
}

/// A syntax error as CPython reports it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExpectedSyntaxError {
    /// `Class: message`, e.g. `IndentationError: unexpected indent`.
    pub message: String,
    /// The 1-based line CPython reports.
    pub line: u32,
}

impl Expected {
    /// The file text: `header` lines become `# ` comments, then the fields.
    pub fn render(&self, header: &[String]) -> String {
        let mut out = String::new();
        for line in header {
            let _ = writeln!(out, "# {line}");
        }
        let _ = writeln!(out, "exit: {}", self.exit);
        if let Some(error) = &self.syntax_error {
            let _ = writeln!(out, "syntax-error: {}", error.message);
            let _ = writeln!(out, "line: {}", error.line);
        }
        out.push_str("--- stderr\n");
        out.push_str(&self.stderr);
        out.push_str("--- stdout\n");
        out.push_str(&self.stdout);
        out
    }

    /// Reads the format [`Expected::render`] writes.
    pub fn parse(text: &str) -> Result<Self, String> {
        let (head, stdout) = text
            .split_once("--- stdout\n")
            .ok_or("missing `--- stdout` line")?;
        let (fields, stderr) = head
            .split_once("--- stderr\n")
            .ok_or("missing `--- stderr` line")?;
        let mut expected = Expected {
            stdout: stdout.to_owned(),
            stderr: stderr.to_owned(),
            ..Expected::default()
        };
        let mut exit = None;
        let mut message = None;
        let mut line = None;
        for field in fields
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let (key, value) = field
                .split_once(": ")
                .ok_or_else(|| format!("bad field line `{field}`"))?;
            match key {
                "exit" => exit = Some(value.parse().map_err(|_| format!("bad exit `{value}`"))?),
                "syntax-error" => message = Some(value.to_owned()),
                "line" => line = Some(value.parse().map_err(|_| format!("bad line `{value}`"))?),
                _ => return Err(format!("unknown field `{key}`")),
            }
        }
        expected.exit = exit.ok_or("missing `exit:` field")?;
        expected.syntax_error = match (message, line) {
            (Some(message), Some(line)) => Some(ExpectedSyntaxError { message, line }),
            (None, None) => None,
            _ => return Err("`syntax-error:` and `line:` go together".into()),
        };
        Ok(expected)
    }
}

/// Strips the `#` comment lines that head a committed file (`NAME.ast.expected`).
pub fn strip_header(text: &str) -> &str {
    let mut rest = text;
    while rest.starts_with('#') {
        rest = rest.split_once('\n').map_or("", |(_, tail)| tail);
    }
    rest
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_a_run() {
        let expected = Expected {
            exit: 1,
            syntax_error: None,
            stderr: "Traceback (most recent call last):\nValueError: x\n".into(),
            stdout: "a\n--- stdout\nno final newline".into(),
        };
        let text = expected.render(&["made by a test".into()]);
        assert!(
            text.starts_with("# made by a test\nexit: 1\n--- stderr\n"),
            "{text}"
        );
        assert_eq!(Expected::parse(&text).unwrap(), expected);
    }

    #[test]
    fn round_trips_a_syntax_error() {
        let expected = Expected {
            exit: 1,
            syntax_error: Some(ExpectedSyntaxError {
                message: "SyntaxError: expected ':'".into(),
                line: 2,
            }),
            ..Expected::default()
        };
        assert_eq!(Expected::parse(&expected.render(&[])).unwrap(), expected);
    }

    #[test]
    fn rejects_malformed_files() {
        assert!(Expected::parse("exit: 0\n").is_err());
        assert!(Expected::parse("--- stderr\n--- stdout\n").is_err());
        assert!(Expected::parse("exit: x\n--- stderr\n--- stdout\n").is_err());
        assert!(Expected::parse("exit: 1\nline: 3\n--- stderr\n--- stdout\n").is_err());
    }

    #[test]
    fn strips_comment_headers() {
        assert_eq!(strip_header("# a\n# b\nModule()\n"), "Module()\n");
        assert_eq!(strip_header("Module()\n"), "Module()\n");
        assert_eq!(strip_header("# only\n"), "");
    }
}
