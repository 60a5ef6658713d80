//! The `cell` type (`types.CellType`): construction, and comparisons by contents (an
//! empty cell orders before any full one), as CPython's cells compare. Reading
//! `cell_contents` is in `special_attrs`; writing and deleting it in `set_cell_contents`.

use crate::builtins::{arity, method, method_arity, method_kind};
use crate::error::PyResult;
use crate::object::function::KwArgs;
use crate::object::{BuiltinKind, Payload};
use crate::value::Value;
use crate::vm::Vm;
use krait_bytecode::CompareKind;

pub(crate) fn install(vm: &mut Vm) {
    let c = vm.s.types.cell;
    method_kind(vm, c, "__new__", cell_new, BuiltinKind::StaticMethod);
    method(vm, c, "__eq__", |vm, a, _| {
        cell_compare(vm, a, CompareKind::Eq)
    });
    method(vm, c, "__ne__", |vm, a, _| {
        cell_compare(vm, a, CompareKind::Ne)
    });
    method(vm, c, "__lt__", |vm, a, _| {
        cell_compare(vm, a, CompareKind::Lt)
    });
    method(vm, c, "__le__", |vm, a, _| {
        cell_compare(vm, a, CompareKind::Le)
    });
    method(vm, c, "__gt__", |vm, a, _| {
        cell_compare(vm, a, CompareKind::Gt)
    });
    method(vm, c, "__ge__", |vm, a, _| {
        cell_compare(vm, a, CompareKind::Ge)
    });
}

/// `cell()` (empty) / `cell(contents)`.
fn cell_new(vm: &mut Vm, args: &[Value], kw: KwArgs<'_>) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("cell() takes no keyword arguments"));
    }
    let args = &args[1.min(args.len())..];
    arity(vm, "cell", args, 0, 1)?;
    let contents = args.first().copied().unwrap_or(vm.null());
    Ok(vm.new_cell(contents))
}

/// The contents of a cell, `None` when empty or not a cell.
fn contents(vm: &Vm, v: Value) -> Option<Option<Value>> {
    match v.payload() {
        Some(Payload::Cell(c)) => {
            let x = c.get();
            Some(if vm.is_null(x) { None } else { Some(x) })
        }
        _ => None,
    }
}

fn cell_compare(vm: &mut Vm, args: &[Value], kind: CompareKind) -> PyResult<Value> {
    method_arity(vm, "__eq__", args, 1, 1)?;
    let (Some(a), Some(b)) = (contents(vm, args[0]), contents(vm, args[1])) else {
        return Ok(vm.not_implemented());
    };
    match (a, b) {
        (Some(x), Some(y)) => vm.compare_op(x, y, kind),
        // Empty cells are equal to each other and less than full ones.
        (x, y) => {
            let (l, r) = (x.is_some() as u8, y.is_some() as u8);
            Ok(Value::Bool(match kind {
                CompareKind::Eq => l == r,
                CompareKind::Ne => l != r,
                CompareKind::Lt => l < r,
                CompareKind::Le => l <= r,
                CompareKind::Gt => l > r,
                CompareKind::Ge => l >= r,
            }))
        }
    }
}

impl Vm {
    /// `cell.cell_contents = v` (`Some`) / `del cell.cell_contents` (`None`).
    pub(crate) fn set_cell_contents(&mut self, cell: Value, v: Option<Value>) {
        let v = v.unwrap_or(self.null());
        self.cell_set(cell, v);
    }
}
