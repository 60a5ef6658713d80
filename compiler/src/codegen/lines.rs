//! Line and column lookups for the code generator. Every statement and expression sets its
//! location, two lookups each, and they arrive mostly in source order, so the line found
//! last is tried before the binary search over all the lines (which was about 4% of
//! compiling a module).

use std::cell::Cell;

use krait_ast::{LineCol, LineIndex, TextSize};

pub(crate) struct Lines {
    index: LineIndex,
    /// The line found last: its number and its start and end offsets (end exclusive;
    /// empty for the text's last line, which is never taken from here).
    last: Cell<(u32, TextSize, TextSize)>,
}

impl Lines {
    pub(crate) fn new(source: &str) -> Self {
        Lines {
            index: LineIndex::new(source),
            last: Cell::new((1, TextSize::from(0), TextSize::from(0))),
        }
    }

    /// What [`LineIndex::line_col`] gives for `offset`.
    pub(crate) fn line_col(&self, offset: TextSize) -> LineCol {
        let (line, start, end) = self.last.get();
        if start <= offset && offset < end {
            return LineCol {
                line,
                col: u32::from(offset - start),
            };
        }
        let found = self.index.line_col(offset);
        if let Some(start) = self.index.line_start(found.line) {
            let end = self.index.line_start(found.line + 1).unwrap_or(start);
            self.last.set((found.line, start, end));
        }
        found
    }
}
