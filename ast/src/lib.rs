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
//!
//! # Using the tree alone
//!
//! `krait-parser` builds trees from source (its crate docs parse a file and walk it); a tool
//! can also build or rewrite one itself, walk it with a [`visitor`], turn byte offsets into
//! lines and columns with [`LineIndex`], and print it as `ast.dump` does:
//!
//! ```
//! use krait_ast::visitor::{walk_module, Visitor};
//! use krait_ast::{dump, DumpOptions, Expr, ExprContext, ExprKind, LineIndex, Module};
//! use krait_ast::{Stmt, StmtKind, TextRange, TextSize};
//!
//! // The tree of the source "\nspam\n", built by hand.
//! let source = "\nspam\n";
//! let at = |start: u32, end: u32| TextRange::new(TextSize::new(start), TextSize::new(end));
//! let name = Expr::new(
//!     ExprKind::Name { id: "spam".into(), ctx: ExprContext::Load },
//!     at(1, 5),
//! );
//! let statement = Stmt::new(StmtKind::Expr { value: Box::new(name) }, at(1, 5));
//! let module = Module { body: vec![statement], type_ignores: Vec::new(), range: at(0, 6) };
//!
//! // A visitor that records every name it meets, with its line and column.
//! struct Names(LineIndex, Vec<(String, u32, u32)>);
//! impl<'a> Visitor<'a> for Names {
//!     fn visit_expr(&mut self, expr: &'a Expr) {
//!         if let ExprKind::Name { id, .. } = &expr.kind {
//!             let at = self.0.line_col(expr.range.start());
//!             self.1.push((id.clone(), at.line, at.col));
//!         }
//!     }
//! }
//! let mut names = Names(LineIndex::new(source), Vec::new());
//! walk_module(&mut names, &module);
//! assert_eq!(names.1, [("spam".to_owned(), 2, 0)]);
//!
//! // `ast.dump(tree, include_attributes=True)`.
//! let options = DumpOptions { indent: None, include_attributes: true };
//! assert_eq!(
//!     dump(&module, &LineIndex::new(source), &options),
//!     "Module(body=[Expr(value=Name(id='spam', ctx=Load(), lineno=2, col_offset=0, \
//!      end_lineno=2, end_col_offset=4), lineno=2, col_offset=0, end_lineno=2, \
//!      end_col_offset=4)], type_ignores=[])"
//! );
//! ```

mod dump;
mod error;
mod line_index;
mod nodes;
mod printable;
mod pystring;
pub mod repr;
pub mod surrogate;
pub mod visitor;

pub use dump::json::{json_tree, JsonTree};
pub use dump::{
    dump, dump_json, generic_tree, json, DumpOptions, Scalar as TreeScalar, Value as TreeValue,
};
pub use error::{SyntaxError, SyntaxErrorKind};
pub use line_index::{LineCol, LineIndex};
pub use nodes::*;
pub use pystring::{CodePoints, PyString};
pub use text_size::{TextRange, TextSize};
