//! Text helpers shared by the comparisons: the traceback skeleton and a short line diff.

/// The parts of a traceback that two implementations can agree on exactly: the
/// `Traceback (most recent call last):` header, each `  File "…", line N, in NAME` line,
/// chaining notes and the final `Class: message` line. Source excerpts and caret lines
/// (indented by four spaces) and blank lines are dropped, since CPython's `^^^` markers
/// depend on its own column tables.
pub fn traceback_skeleton(stderr: &str) -> String {
    let mut out = String::new();
    for line in stderr.lines() {
        if line.trim().is_empty() || line.starts_with("    ") {
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// A short report of where `actual` departs from `expected`: the first differing line
/// with a little context, or `None` if they are equal.
pub fn first_difference(expected: &str, actual: &str) -> Option<String> {
    if expected == actual {
        return None;
    }
    let want: Vec<&str> = expected.split_inclusive('\n').collect();
    let got: Vec<&str> = actual.split_inclusive('\n').collect();
    let at = want
        .iter()
        .zip(&got)
        .position(|(a, b)| a != b)
        .unwrap_or(want.len().min(got.len()));
    if let (Some(want_line), Some(got_line)) = (want.get(at), got.get(at)) {
        if want_line.len().max(got_line.len()) > LONG_LINE {
            return Some(long_line_difference(at, want_line, got_line));
        }
    }
    let from = at.saturating_sub(2);
    let mut report = format!("first difference at line {}:\n", at + 1);
    for (i, line) in want.iter().enumerate().skip(from).take(at - from + 3) {
        let mark = if i >= at { "-" } else { " " };
        report.push_str(&format!("  {mark} {}\n", visible(line)));
    }
    for line in got.iter().skip(at).take(3) {
        report.push_str(&format!("  + {}\n", visible(line)));
    }
    if got.len() <= at {
        report.push_str("  + <end of output>\n");
    }
    if want.len() <= at {
        report.push_str("  - <end of output>\n");
    }
    Some(report)
}

/// Lines longer than this are reported as a window around the first differing character.
const LONG_LINE: usize = 160;

/// Characters shown on each side of the first difference within a long line.
const WINDOW: usize = 70;

fn long_line_difference(at: usize, want: &str, got: &str) -> String {
    let common = want
        .char_indices()
        .zip(got.chars())
        .find(|((_, a), b)| a != b)
        .map_or(want.len().min(got.len()), |((i, _), _)| i);
    let column = want[..common].chars().count() + 1;
    let window = |line: &str| {
        let chars: Vec<char> = line.chars().collect();
        let start = (column - 1).saturating_sub(WINDOW);
        let end = (column - 1 + WINDOW).min(chars.len());
        let mut shown: String = chars[start..end].iter().collect();
        if start > 0 {
            shown.insert(0, '…');
        }
        if end < chars.len() {
            shown.push('…');
        }
        visible(&shown)
    };
    format!(
        "first difference at line {}, column {column}:\n  - {}\n  + {}\n",
        at + 1,
        window(want),
        window(got)
    )
}

/// A line with its newline shown, so a missing final newline is visible in reports.
fn visible(line: &str) -> String {
    match line.strip_suffix('\n') {
        Some(body) => format!("{body}⏎"),
        None => line.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skeleton_keeps_frames_and_the_exception_line() {
        let stderr = "Traceback (most recent call last):\n  File \"t.py\", line 3, in <module>\n    f()\n    ^^^\nValueError: boom\n";
        assert_eq!(
            traceback_skeleton(stderr),
            "Traceback (most recent call last):\n  File \"t.py\", line 3, in <module>\nValueError: boom\n"
        );
        assert_eq!(traceback_skeleton(""), "");
    }

    #[test]
    fn difference_names_the_first_differing_line() {
        assert_eq!(first_difference("a\nb\n", "a\nb\n"), None);
        let report = first_difference("a\nb\nc\n", "a\nB\nc\n").unwrap();
        assert!(report.starts_with("first difference at line 2"), "{report}");
        assert!(
            report.contains("- b⏎") && report.contains("+ B⏎"),
            "{report}"
        );
        let short = first_difference("a\nb\n", "a\n").unwrap();
        assert!(short.contains("<end of output>"), "{short}");
        let long_a = format!("{}X{}\n", "a".repeat(200), "b".repeat(200));
        let long_b = format!("{}Y{}\n", "a".repeat(200), "b".repeat(200));
        let long = first_difference(&long_a, &long_b).unwrap();
        assert!(
            long.starts_with("first difference at line 1, column 201:"),
            "{long}"
        );
        assert!(
            long.contains("  - …aaa") && long.contains("aaaX") && long.contains("aaaYbbb"),
            "{long}"
        );
        assert!(long.len() < 400, "{long}");
        let newline = first_difference("a\n", "a").unwrap();
        assert!(
            newline.contains("- a⏎") && newline.contains("+ a\n"),
            "{newline}"
        );
    }
}
