//! `compile(source, filename, mode, flags=PyCF_ONLY_AST)`, which `ast.parse` calls: the
//! parsed tree rebuilt as instances of the `_ast` node classes, with the location
//! attributes (`lineno`, `col_offset` in UTF-8 bytes, `end_lineno`, `end_col_offset`) that
//! CPython's parser gives them.
//!
//! The tree is walked in the generic form the `ast` crate lowers it to for `ast.dump`
//! (class names and fields in CPython's order), so what CPython's tree looks like is
//! written down once, there. Optional fields that are absent become `None`; the context
//! and operator nodes (`Load()`, `Add()`, ...) are one shared instance per class within a
//! tree, as CPython shares them.

use std::collections::HashMap;

use krait_ast::{Constant, TreeScalar, TreeValue};
use krait_compiler::Mode;

use crate::error::PyResult;
use crate::object::Payload;
use crate::value::Value;
use crate::vm::Vm;

/// Builds the objects of one tree: the `_ast` module and the shared field-less nodes.
struct Builder {
    module: Value,
    leaves: HashMap<&'static str, Value>,
}

impl Vm {
    /// The tree of `text` (parsed as `mode` asks) as `_ast` objects: a `Module`, an
    /// `Expression` (`eval`) or an `Interactive` (`single`).
    pub(crate) fn parse_to_ast_objects(
        &mut self,
        text: &str,
        filename: &str,
        mode: Mode,
    ) -> PyResult<Value> {
        let module = self.parse_for_mode(text, filename, mode)?;
        let lines = krait_ast::LineIndex::new(text);
        let tree = krait_ast::generic_tree(&module, &lines, true);
        let name = self.intern("_ast");
        let ast_module = self.import_name(name, Value::None, Value::Int(0))?;
        let mut b = Builder {
            module: ast_module,
            leaves: HashMap::new(),
        };
        let TreeValue::Node(_, fields) = &tree else {
            return self.ast_value(&mut b, &tree);
        };
        let body = fields.iter().find(|(n, _)| *n == "body").map(|(_, v)| v);
        match (mode, body) {
            (Mode::Eval, Some(TreeValue::List(stmts))) => {
                // The one expression statement `check_mode` let through.
                let expr = match stmts.first() {
                    Some(TreeValue::Node(_, f)) => f.iter().find(|(n, _)| *n == "value"),
                    _ => None,
                };
                let value = match expr {
                    Some((_, v)) => self.ast_value(&mut b, v)?,
                    None => Value::None,
                };
                self.ast_node(&mut b, "Expression", &[("body", value)])
            }
            (Mode::Single, Some(body)) => {
                let body = self.ast_value(&mut b, body)?;
                self.ast_node(&mut b, "Interactive", &[("body", body)])
            }
            _ => self.ast_value(&mut b, &tree),
        }
    }

    /// An instance of the `_ast` class `class` with `fields` set.
    fn ast_node(
        &mut self,
        b: &mut Builder,
        class: &str,
        fields: &[(&str, Value)],
    ) -> PyResult<Value> {
        let name = self.intern(class);
        let cls = self.get_attr(b.module, name)?;
        let node = self.call_value(cls, &[], &[])?;
        for &(field, value) in fields {
            let field = self.intern(field);
            self.set_attr(node, field, value)?;
        }
        Ok(node)
    }

    /// One value of the generic form as a Python value.
    fn ast_value(&mut self, b: &mut Builder, v: &TreeValue<'_>) -> PyResult<Value> {
        Ok(match v {
            TreeValue::Node(class, fields) => {
                if fields.is_empty() {
                    if let Some(&leaf) = b.leaves.get(class) {
                        return Ok(leaf);
                    }
                    let leaf = self.ast_node(b, class, &[])?;
                    b.leaves.insert(class, leaf);
                    return Ok(leaf);
                }
                let mut values = Vec::with_capacity(fields.len());
                for (name, field) in fields {
                    values.push((*name, self.ast_value(b, field)?));
                }
                self.ast_node(b, class, &values)?
            }
            TreeValue::List(items) => {
                let mut values = Vec::with_capacity(items.len());
                for item in items {
                    values.push(self.ast_value(b, item)?);
                }
                self.new_list(values)
            }
            TreeValue::Scalar(TreeScalar::Str(s)) => self.new_str(*s),
            TreeValue::Scalar(TreeScalar::Int(n)) => Value::Int(*n),
            TreeValue::Scalar(TreeScalar::None) | TreeValue::Absent => Value::None,
            TreeValue::Scalar(TreeScalar::Constant(c)) => self.ast_constant(c),
        })
    }

    /// The value of a `Constant` node (a str keeps its lone surrogates, as aliases).
    fn ast_constant(&mut self, c: &Constant) -> Value {
        match c {
            Constant::None => Value::None,
            Constant::Bool(b) => Value::Bool(*b),
            Constant::Str(s) => self.new_str(s.to_aliased().as_ref()),
            Constant::Bytes(b) => Value::Obj(self.alloc(
                self.s.types.bytes,
                Payload::Bytes(b.clone().into_boxed_slice()),
            )),
            Constant::Int(i) => self.new_int(i.clone()),
            Constant::Float(f) => Value::Float(*f),
            Constant::Complex { real, imag } => Value::Obj(self.alloc(
                self.s.types.complex,
                Payload::Complex {
                    re: *real,
                    im: *imag,
                },
            )),
            Constant::Ellipsis => Value::Obj(self.s.ellipsis),
        }
    }
}
