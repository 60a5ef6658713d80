//! Rendering a [`SyntaxError`] for people: the only module that uses codespan-reporting.
//!
//! The front-end stages return plain data (class, message, byte range, optional hint); this
//! module turns it into a snippet with `file:line:col`, a caret label under the offending
//! range and the hint as a note. Rendering never fails: a range that does not fit the source
//! is clamped, and if codespan still refuses, a one-line `file:line:col: message` is produced.

use codespan_reporting::diagnostic::{Diagnostic, Label};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term::termcolor::{Buffer, WriteColor};
use codespan_reporting::term::{self, Config, Styles, StylesWriter};
use krait_ast::{LineIndex, SyntaxError, TextSize};

/// Whether rendered diagnostics carry ANSI colour escapes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColorChoice {
    /// Plain text (files, pipes, snapshots).
    Plain,
    /// ANSI colours (an interactive terminal).
    Ansi,
}

/// Renders `error`, raised while reading `source` from `filename`, as a codespan snippet.
///
/// The header is `error: <Class>: <message>`, followed by a `┌─ file:line:col` locator, the
/// source line with the range underlined, and the hint (if any) as a `=` note.
pub fn render(error: &SyntaxError, filename: &str, source: &str, color: ColorChoice) -> String {
    let range = clamp_range(source, error);
    let file = SimpleFile::new(filename, source);
    let mut diagnostic = Diagnostic::error()
        .with_message(error.to_string())
        .with_label(Label::primary((), range.clone()));
    if let Some(hint) = &error.hint {
        diagnostic = diagnostic.with_note(format!("hint: {hint}"));
    }
    let config = Config::default();
    let mut buffer = match color {
        ColorChoice::Plain => Buffer::no_color(),
        ColorChoice::Ansi => Buffer::ansi(),
    };
    let styles = Styles::default();
    let emitted = {
        let mut writer = StylesWriter::new(&mut buffer, &styles);
        term::emit_to_write_style(&mut writer, &config, &file, &diagnostic)
    };
    match emitted {
        Ok(()) => String::from_utf8_lossy(buffer.as_slice()).into_owned(),
        Err(_) => {
            let _ = buffer.reset();
            one_line(error, filename, source)
        }
    }
}

/// `file:line:col: Class: message` with a 1-based line and a 1-based character column, the
/// form used where a full snippet would be noise.
pub fn one_line(error: &SyntaxError, filename: &str, source: &str) -> String {
    let (line, col) = line_col(error, source);
    format!("{filename}:{line}:{col}: {error}\n")
}

/// The 1-based line and 1-based character column where `error` starts.
pub fn line_col(error: &SyntaxError, source: &str) -> (u32, u32) {
    let start = clamp_range(source, error).start;
    let index = LineIndex::new(source);
    let position = index.line_col(TextSize::from(start as u32));
    let line_start = index
        .line_start(position.line)
        .map_or(0, |offset| u32::from(offset) as usize);
    let chars = source[line_start..start].chars().count() as u32;
    (position.line, chars + 1)
}

/// The error's byte range, cut to the source and moved onto character boundaries, so codespan
/// can always slice the text.
fn clamp_range(source: &str, error: &SyntaxError) -> std::ops::Range<usize> {
    let floor = |mut offset: usize| {
        offset = offset.min(source.len());
        while !source.is_char_boundary(offset) {
            offset -= 1;
        }
        offset
    };
    let start = floor(u32::from(error.range.start()) as usize);
    let end = floor(u32::from(error.range.end()) as usize).max(start);
    start..end
}

#[cfg(test)]
mod tests;
