//! Line and column lookups for the code generator. Every statement and expression sets its
//! location, a lookup for its start and one for its end, and they arrive mostly in source
//! order, so before the binary search over all the lines (which was about 4% of compiling
//! a module) each kind of lookup tries the line it found last and the line after it. Starts
//! and ends are remembered apart: a node spanning lines would otherwise make every lookup
//! of its children's starts miss after each lookup of an end.

use std::cell::Cell;

use krait_ast::{LineCol, LineIndex, TextSize};

/// A line: its number and its start and end offsets (end exclusive; empty for the text's
/// last line, which is never answered from here).
type Line = (u32, TextSize, TextSize);

pub(crate) struct Lines {
    index: LineIndex,
    last_start: Cell<Line>,
    last_end: Cell<Line>,
}

impl Lines {
    pub(crate) fn new(source: &str) -> Self {
        let none = (1, TextSize::from(0), TextSize::from(0));
        Lines {
            index: LineIndex::new(source),
            last_start: Cell::new(none),
            last_end: Cell::new(none),
        }
    }

    /// What [`LineIndex::line_col`] gives for `offset`, the start of a node.
    pub(crate) fn start(&self, offset: TextSize) -> LineCol {
        self.line_col(offset, &self.last_start)
    }

    /// What [`LineIndex::line_col`] gives for `offset`, the end of a node.
    pub(crate) fn end(&self, offset: TextSize) -> LineCol {
        self.line_col(offset, &self.last_end)
    }

    fn line_col(&self, offset: TextSize, last: &Cell<Line>) -> LineCol {
        let (line, start, end) = last.get();
        if start <= offset && offset < end {
            return LineCol {
                line,
                col: u32::from(offset - start),
            };
        }
        if let Some(next) = self.line(line + 1) {
            if next.1 <= offset && offset < next.2 {
                last.set(next);
                return LineCol {
                    line: next.0,
                    col: u32::from(offset - next.1),
                };
            }
        }
        let found = self.index.line_col(offset);
        if let Some(line) = self.line(found.line) {
            last.set(line);
        }
        found
    }

    fn line(&self, line: u32) -> Option<Line> {
        let start = self.index.line_start(line)?;
        let end = self.index.line_start(line + 1).unwrap_or(start);
        Some((line, start, end))
    }
}
