//! Checks of the dump layout against text printed by CPython 3.11's `ast.dump`.

use super::*;
use crate::{Arg, Arguments, FunctionDef};

fn range(start: u32, end: u32) -> TextRange {
    TextRange::new(start.into(), end.into())
}

fn name(id: &str, ctx: ExprContext, start: u32, end: u32) -> Expr {
    Expr::new(
        ExprKind::Name {
            id: id.to_owned(),
            ctx,
        },
        range(start, end),
    )
}

fn module(body: Vec<Stmt>, len: u32) -> Module {
    Module {
        body,
        type_ignores: Vec::new(),
        range: range(0, len),
    }
}

/// `x = 1`
fn assign() -> Module {
    let value = Expr::new(
        ExprKind::Constant {
            value: Constant::Int(1.into()),
            kind: None,
        },
        range(4, 5),
    );
    let stmt = Stmt::new(
        StmtKind::Assign {
            targets: vec![name("x", ExprContext::Store, 0, 1)],
            value: Box::new(value),
            type_comment: None,
        },
        range(0, 5),
    );
    module(vec![stmt], 5)
}

#[test]
fn one_line() {
    let m = assign();
    let text = dump(&m, &LineIndex::new("x = 1"), &DumpOptions::default());
    assert_eq!(
        text,
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])"
    );
}

#[test]
fn indented_with_attributes() {
    let m = assign();
    let options = DumpOptions {
        indent: Some(2),
        include_attributes: true,
    };
    let text = dump(&m, &LineIndex::new("x = 1"), &options);
    let want = "Module(
  body=[
    Assign(
      targets=[
        Name(
          id='x',
          ctx=Store(),
          lineno=1,
          col_offset=0,
          end_lineno=1,
          end_col_offset=1)],
      value=Constant(
        value=1,
        lineno=1,
        col_offset=4,
        end_lineno=1,
        end_col_offset=5),
      lineno=1,
      col_offset=0,
      end_lineno=1,
      end_col_offset=5)],
  type_ignores=[])";
    assert_eq!(text, want);
}

#[test]
fn non_empty_lists_are_never_simple() {
    // `global a, b`
    let stmt = Stmt::new(
        StmtKind::Global {
            names: vec!["a".into(), "b".into()],
        },
        range(0, 11),
    );
    let text = dump(
        &module(vec![stmt], 11),
        &LineIndex::new("global a, b"),
        &DumpOptions {
            indent: Some(4),
            include_attributes: false,
        },
    );
    let want = "Module(
    body=[
        Global(
            names=[
                'a',
                'b'])],
    type_ignores=[])";
    assert_eq!(text, want);
}

#[test]
fn optional_fields_are_omitted_and_none_list_items_kept() {
    // `def f(*, k): return`
    let args = Arguments {
        kwonlyargs: vec![Arg {
            arg: "k".into(),
            annotation: None,
            type_comment: None,
            range: range(9, 10),
        }],
        kw_defaults: vec![None],
        ..Arguments::default()
    };
    let def = FunctionDef {
        is_async: false,
        name: "f".into(),
        args: Box::new(args),
        body: vec![Stmt::new(StmtKind::Return { value: None }, range(13, 19))],
        decorator_list: Vec::new(),
        returns: None,
        type_comment: None,
    };
    let m = module(
        vec![Stmt::new(StmtKind::FunctionDef(def), range(0, 19))],
        19,
    );
    let text = dump(
        &m,
        &LineIndex::new("def f(*, k): return"),
        &DumpOptions {
            indent: Some(1),
            include_attributes: false,
        },
    );
    let want = "Module(
 body=[
  FunctionDef(
   name='f',
   args=arguments(
    posonlyargs=[],
    args=[],
    kwonlyargs=[
     arg(arg='k')],
    kw_defaults=[
     None],
    defaults=[]),
   body=[
    Return()],
   decorator_list=[])],
 type_ignores=[])";
    assert_eq!(text, want);
}

#[test]
fn dict_unpacking_key_is_none() {
    // `{**a}`
    let dict = Expr::new(
        ExprKind::Dict {
            keys: vec![None],
            values: vec![name("a", ExprContext::Load, 3, 4)],
        },
        range(0, 5),
    );
    let m = module(
        vec![Stmt::new(
            StmtKind::Expr {
                value: Box::new(dict),
            },
            range(0, 5),
        )],
        5,
    );
    assert_eq!(
        dump(&m, &LineIndex::new("{**a}"), &DumpOptions::default()),
        "Module(body=[Expr(value=Dict(keys=[None], values=[Name(id='a', ctx=Load())]))], type_ignores=[])"
    );
}

#[test]
fn complex_reprs() {
    let cases = [
        ((0.0, 1.0), "1j"),
        ((0.0, 2.5), "2.5j"),
        ((0.0, 1e16), "1e+16j"),
        ((0.0, 1e15), "1000000000000000j"),
        ((-0.0, 1.0), "(-0+1j)"),
        ((1.0, -2.0), "(1-2j)"),
        ((1.0, f64::NAN), "(1+nanj)"),
        ((0.0, f64::INFINITY), "infj"),
    ];
    for ((real, imag), want) in cases {
        assert_eq!(constant_repr(&Constant::Complex { real, imag }), want);
    }
}
