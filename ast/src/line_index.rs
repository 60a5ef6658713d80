//! Byte offset → line/column conversion, done only when something is rendered.

use text_size::TextSize;

/// A 1-based line and a 0-based column, the column counted in UTF-8 bytes like CPython's
/// `col_offset`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct LineCol {
    /// 1-based line number.
    pub line: u32,
    /// 0-based byte column within the line.
    pub col: u32,
}

/// Pushes the offset after every `\n` of `bytes` onto `starts`. `memchr` finds each one
/// with vector instructions, so a line costs a few instructions however long it is; this
/// runs over every file compiled.
fn newline_starts(bytes: &[u8], starts: &mut Vec<TextSize>) {
    starts.extend(memchr::memchr_iter(b'\n', bytes).map(|i| TextSize::from((i + 1) as u32)));
}

/// The start offset of every line of a source text.
#[derive(Clone, Debug)]
pub struct LineIndex {
    line_starts: Vec<TextSize>,
    len: TextSize,
}

impl LineIndex {
    /// Indexes `source`. `\n`, `\r\n` and a lone `\r` each end a line, as in Python.
    pub fn new(source: &str) -> Self {
        let bytes = source.as_bytes();
        // Lines of the standard library average about 35 bytes.
        let mut line_starts = Vec::with_capacity(bytes.len() / 32 + 1);
        line_starts.push(TextSize::from(0));
        if memchr::memchr(b'\r', bytes).is_none() {
            // The usual case, `\n` only.
            newline_starts(bytes, &mut line_starts);
            return LineIndex {
                line_starts,
                len: TextSize::from(source.len() as u32),
            };
        }
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => line_starts.push(TextSize::from((i + 1) as u32)),
                b'\r' => {
                    if bytes.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    line_starts.push(TextSize::from((i + 1) as u32));
                }
                _ => {}
            }
            i += 1;
        }
        LineIndex {
            line_starts,
            len: TextSize::from(source.len() as u32),
        }
    }

    /// The line and byte column of `offset` (clamped to the end of the text).
    pub fn line_col(&self, offset: TextSize) -> LineCol {
        let offset = offset.min(self.len);
        let line = match self.line_starts.binary_search(&offset) {
            Ok(line) => line,
            Err(next) => next - 1,
        };
        LineCol {
            line: line as u32 + 1,
            col: u32::from(offset - self.line_starts[line]),
        }
    }

    /// The byte offset where 1-based `line` starts, if the text has that line.
    pub fn line_start(&self, line: u32) -> Option<TextSize> {
        self.line_starts.get(line.checked_sub(1)? as usize).copied()
    }

    /// How many lines the text has (a final line without a newline counts).
    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns() {
        let index = LineIndex::new("ab\ncd\r\nef\rg");
        assert_eq!(index.line_col(0.into()), LineCol { line: 1, col: 0 });
        assert_eq!(index.line_col(4.into()), LineCol { line: 2, col: 1 });
        assert_eq!(index.line_col(7.into()), LineCol { line: 3, col: 0 });
        assert_eq!(index.line_col(10.into()), LineCol { line: 4, col: 0 });
        assert_eq!(index.line_count(), 4);
        assert_eq!(index.line_start(2), Some(3.into()));
        assert_eq!(index.line_start(9), None);
    }

    #[test]
    fn newline_only_text() {
        let index = LineIndex::new("ab\n\ncd\n");
        assert_eq!(index.line_col(3.into()), LineCol { line: 2, col: 0 });
        assert_eq!(index.line_col(5.into()), LineCol { line: 3, col: 1 });
        assert_eq!(index.line_count(), 4);
        assert_eq!(index.line_start(4), Some(7.into()));
        // Newlines in and across eight-byte words, and in the tail.
        let text = "0123456\n\n12345678\nab\nc\n\n";
        let index = LineIndex::new(text);
        let expected: Vec<usize> = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        assert_eq!(index.line_count(), expected.len());
        for (line, &start) in expected.iter().enumerate() {
            assert_eq!(
                index.line_start(line as u32 + 1),
                Some((start as u32).into())
            );
        }
    }
}
