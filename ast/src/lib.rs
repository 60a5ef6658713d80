//! The Python syntax tree that Krait's parser produces and its compiler consumes.
//!
//! Owns: the node types, named after CPython 3.11's `ast` module (`Module`, `FunctionDef`,
//! `Assign`, `BinOp`, `Name`, `Constant`, …) with the same fields in the same order, so that
//! [`dump`] can print exactly what `ast.dump(ast.parse(src))` prints.
//!
//! Takes: nothing — the tree is built by `krait-parser`.
//! Gives: [`Module`] and its nodes, each carrying a [`TextRange`] of UTF-8 byte offsets into
//! the source (line and column are computed only when rendering, see [`LineIndex`]), a
//! [`visitor`] for walking the tree, [`dump`] for the textual form, and [`dump_json`] /
//! [`json_tree`] for the JSON form (text, or a `serde::Serialize` tree).
//!
//! The tree knows nothing about the parser generator that builds it: it is plain data.

mod dump;
mod error;
mod line_index;
mod nodes;
mod printable;
mod pystring;
pub mod repr;
pub mod visitor;

pub use dump::json::{json_tree, JsonTree};
pub use dump::{dump, dump_json, json, DumpOptions};
pub use error::{SyntaxError, SyntaxErrorKind};
pub use line_index::{LineCol, LineIndex};
pub use nodes::*;
pub use pystring::{CodePoints, PyString};
pub use text_size::{TextRange, TextSize};
