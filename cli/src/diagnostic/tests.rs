//! Tests of the diagnostic renderer: locators, clamping and hints.

use krait_ast::{SyntaxError, SyntaxErrorKind, TextRange, TextSize};

use super::{line_col, one_line, render, ColorChoice};

fn range(start: u32, end: u32) -> TextRange {
    TextRange::new(TextSize::from(start), TextSize::from(end))
}

#[test]
fn renders_header_locator_and_caret() {
    let source = "x = 1\nprint((1, 2)\n";
    let error = SyntaxError::new("'(' was never closed", range(12, 13));
    let text = render(&error, "t.py", source, ColorChoice::Plain);
    assert!(
        text.starts_with("error: SyntaxError: '(' was never closed\n"),
        "{text}"
    );
    assert!(text.contains("t.py:2:7"), "{text}");
    assert!(text.contains("2 │ print((1, 2)"), "{text}");
    assert!(text.contains('^'), "{text}");
}

#[test]
fn renders_kind_and_hint() {
    let error = SyntaxError::new("unexpected indent", range(6, 10))
        .with_kind(SyntaxErrorKind::IndentationError)
        .with_hint("remove the extra spaces");
    let text = render(&error, "t.py", "x = 1\n    y = 2\n", ColorChoice::Plain);
    assert!(
        text.starts_with("error: IndentationError: unexpected indent"),
        "{text}"
    );
    assert!(text.contains("= hint: remove the extra spaces"), "{text}");
}

#[test]
fn clamps_ranges_past_the_end_and_inside_characters() {
    let source = "s = 'é";
    // 6 is inside the two-byte 'é'; 99 is past the end.
    let error = SyntaxError::new("unterminated string literal", range(6, 99));
    let text = render(&error, "t.py", source, ColorChoice::Plain);
    assert!(text.contains("t.py:1:6"), "{text}");
    let empty = render(&error, "t.py", "", ColorChoice::Plain);
    assert!(empty.contains("SyntaxError"), "{empty}");
}

#[test]
fn columns_count_characters() {
    let source = "é = (\n";
    let error = SyntaxError::new("'(' was never closed", range(5, 6));
    assert_eq!(line_col(&error, source), (1, 5));
    assert_eq!(
        one_line(&error, "t.py", source),
        "t.py:1:5: SyntaxError: '(' was never closed\n"
    );
}

#[test]
fn ansi_output_has_escapes_and_plain_has_none() {
    let error = SyntaxError::new("invalid syntax", range(0, 1));
    assert!(render(&error, "t.py", "$\n", ColorChoice::Ansi).contains('\x1b'));
    assert!(!render(&error, "t.py", "$\n", ColorChoice::Plain).contains('\x1b'));
}
