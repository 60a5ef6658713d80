//! The snapshot file: a short front matter saying where the text came from, then the text.
//!
//! ```text
//! ---
//! source: krait golden
//! description: "krait dis ints.py\nregenerate with `krait golden --update`"
//! input_file: ints.py
//! ---
//! <the stage's output>
//! ```
//!
//! The layout is the one `insta` writes (Krait's own corpus was kept with it, and its files
//! stay valid): the front matter is YAML, the text is stored with trailing whitespace
//! trimmed and one final newline, and two texts are the same snapshot when they are equal
//! after that trimming (and after turning CRLF into LF). Only the text is compared; the
//! front matter is informational.

use std::fmt::Write;

/// The front matter of a snapshot file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header {
    /// What wrote the snapshot (`krait golden`, or the test harness's source file).
    pub source: String,
    /// The command that prints the text and how to regenerate it.
    pub description: String,
    /// The program the text is about.
    pub input_file: String,
}

/// A stage's text as a snapshot stores and compares it.
pub fn normalize(text: &str) -> String {
    text.replace("\r\n", "\n").trim_end().to_owned()
}

/// The text of a snapshot file without its front matter.
pub fn body(file: &str) -> &str {
    let Some(rest) = file
        .strip_prefix("---\n")
        .or_else(|| file.strip_prefix("---\r\n"))
    else {
        return file;
    };
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        offset += line.len();
        if line.trim_end() == "---" {
            return &rest[offset..];
        }
    }
    ""
}

/// Whether a snapshot file holds `text`.
pub fn matches(file: &str, text: &str) -> bool {
    normalize(body(file)) == normalize(text)
}

/// The whole file for `text` under `header`.
pub fn render(header: &Header, text: &str) -> String {
    let mut out = String::from("---\n");
    for (key, value) in [
        ("source", &header.source),
        ("description", &header.description),
        ("input_file", &header.input_file),
    ] {
        let _ = writeln!(out, "{key}: {}", yaml_scalar(value));
    }
    out.push_str("---\n");
    out.push_str(&normalize(text));
    out.push('\n');
    out
}

/// `value` as a YAML scalar: bare when that reads back as the same string, otherwise
/// double-quoted with escapes.
fn yaml_scalar(value: &str) -> String {
    let special_start = value.starts_with([
        '&', '*', '?', '|', '-', '<', '>', '=', '!', '%', '@', ' ', '\'', '"',
    ]);
    let special_inside = value.chars().any(|c| {
        matches!(
            c,
            ':' | '{' | '}' | '[' | ']' | ',' | '#' | '`' | '"' | '\'' | '\\'
        ) || c.is_control()
    });
    if !(value.is_empty() || special_start || special_inside || value.ends_with(' ')) {
        return value.to_owned();
    }
    let mut out = String::from("\"");
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header() -> Header {
        Header {
            source: "xtask/tests/golden.rs".to_owned(),
            description: "krait dis a.py\nregenerate with `cargo xtask golden --update`".to_owned(),
            input_file: "tests/golden/a.py".to_owned(),
        }
    }

    #[test]
    fn renders_the_layout_insta_writes() {
        assert_eq!(
            render(&header(), "  1 LOAD\n\n"),
            "---\nsource: xtask/tests/golden.rs\ndescription: \"krait dis a.py\\nregenerate with \
             `cargo xtask golden --update`\"\ninput_file: tests/golden/a.py\n---\n  1 LOAD\n"
        );
    }

    #[test]
    fn the_body_follows_the_front_matter_and_compares_trimmed() {
        let file = render(&header(), "a\n  b\n");
        assert_eq!(body(&file), "a\n  b\n");
        assert!(matches(&file, "a\n  b"));
        assert!(matches(&file, "a\r\n  b\r\n\n"));
        assert!(!matches(&file, "a\n b\n"));
        assert_eq!(body("no header\n"), "no header\n");
    }
}
