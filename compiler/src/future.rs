//! `from __future__ import …`: such imports may only open a module (after its docstring and
//! other future imports), and only the features CPython knows may be named. These are
//! compile-time `SyntaxError`s in CPython, checked before anything is compiled.

use krait_ast::visitor::{walk_stmt, Visitor};
use krait_ast::{
    Alias, Arguments, Expr, Keyword, Module, Pattern, Stmt, StmtKind, SyntaxError, TextRange,
    WithItem,
};

/// The features `__future__` defines in Python 3.11 (all already on, or accepted).
const FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// Checks every `from __future__ import` of `module`.
pub(crate) fn check_future_imports(module: &Module) -> Result<(), SyntaxError> {
    let has_docstring = crate::codegen::docstring(&module.body).is_some();
    let mut leading: Vec<&Stmt> = Vec::new();
    for stmt in module.body.iter().skip(usize::from(has_docstring)) {
        match future_names(stmt) {
            Some(names) => {
                for name in names {
                    check_feature(name, stmt.range)?;
                }
                leading.push(stmt);
            }
            None => break,
        }
    }
    let mut finder = LateFutureImport {
        leading: &leading,
        found: None,
    };
    for stmt in &module.body {
        finder.visit_stmt(stmt);
    }
    match finder.found {
        Some(range) => Err(SyntaxError::new(
            "from __future__ imports must occur at the beginning of the file",
            range,
        )),
        None => Ok(()),
    }
}

/// The names a statement imports from `__future__`, if it is such an import.
fn future_names(stmt: &Stmt) -> Option<impl Iterator<Item = &str>> {
    match &stmt.kind {
        StmtKind::ImportFrom {
            module: Some(module),
            names,
            level: 0,
        } if module.as_str() == "__future__" => Some(names.iter().map(|a| a.name.as_str())),
        _ => None,
    }
}

fn check_feature(name: &str, at: TextRange) -> Result<(), SyntaxError> {
    let here = TextRange::empty(at.start());
    if name == "braces" {
        return Err(SyntaxError::new("not a chance", here));
    }
    if !FEATURES.contains(&name) {
        return Err(SyntaxError::new(
            format!("future feature {name} is not defined"),
            here,
        ));
    }
    Ok(())
}

/// Finds the first future import anywhere that is not one of the leading ones.
struct LateFutureImport<'s, 'a> {
    leading: &'s [&'a Stmt],
    found: Option<TextRange>,
}

impl<'a> Visitor<'a> for LateFutureImport<'_, 'a> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if self.found.is_some() {
            return;
        }
        if future_names(stmt).is_some() && !self.leading.iter().any(|s| std::ptr::eq(*s, stmt)) {
            self.found = Some(stmt.range);
            return;
        }
        walk_stmt(self, stmt);
    }

    // Statements nest only in statements (bodies, handlers, cases), never in expressions,
    // so the walk skips everything else: it runs over every module compiled.
    fn visit_expr(&mut self, _: &'a Expr) {}

    fn visit_arguments(&mut self, _: &'a Arguments) {}

    fn visit_keyword(&mut self, _: &'a Keyword) {}

    fn visit_alias(&mut self, _: &'a Alias) {}

    fn visit_with_item(&mut self, _: &'a WithItem) {}

    fn visit_pattern(&mut self, _: &'a Pattern) {}
}
