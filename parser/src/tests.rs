//! Unit tests of the parser's API and of behaviour the golden files do not show directly.
//! Expected values were checked against CPython 3.11.

use krait_ast::{ExprContext, ExprKind, StmtKind, SyntaxErrorKind};

use super::*;

fn error(source: &str) -> SyntaxError {
    parse_module(source).expect_err(source)
}

#[test]
fn module_spans_the_whole_file() {
    let module = parse_module("x = 1\n\n# end\n").unwrap();
    assert_eq!(module.range, TextRange::new(0.into(), 13.into()));
    assert_eq!(module.body.len(), 1);
    assert!(module.type_ignores.is_empty());
}

#[test]
fn empty_and_comment_only_files_have_no_statements() {
    for source in ["", "\n", "# just a comment", "\n\n   \n# c\n"] {
        assert!(parse_module(source).unwrap().body.is_empty(), "{source:?}");
    }
}

#[test]
fn parse_tokens_accepts_the_lexers_output() {
    let source = "a.b = c\n";
    let tokens = krait_lexer::tokenize(source).unwrap();
    let module = parse_tokens(source, &tokens).unwrap();
    let StmtKind::Assign { targets, .. } = &module.body[0].kind else {
        panic!("not an assignment")
    };
    assert!(matches!(
        targets[0].kind,
        ExprKind::Attribute {
            ctx: ExprContext::Store,
            ..
        }
    ));
}

#[test]
fn lexer_errors_pass_through() {
    let e = error("if x:\n  a\n b\n");
    assert_eq!(e.kind, SyntaxErrorKind::IndentationError);
    assert_eq!(
        e.message,
        "unindent does not match any outer indentation level"
    );
}

#[test]
fn indentation_errors_from_the_parser_have_their_class() {
    let e = error("x = 1\n    y = 2\n");
    assert_eq!(
        (e.kind, e.message.as_str()),
        (SyntaxErrorKind::IndentationError, "unexpected indent")
    );
    let e = error("for x in y:\nz = 1\n");
    assert_eq!(e.kind, SyntaxErrorKind::IndentationError);
    assert_eq!(
        e.message,
        "expected an indented block after 'for' statement on line 1"
    );
}

#[test]
fn stray_characters_are_invalid_syntax_where_they_stand() {
    let e = error("x = 1 $ 2");
    assert_eq!(e.message, "invalid syntax");
    assert_eq!(e.range, TextRange::new(6.into(), 7.into()));
}

#[test]
fn expression_depth_is_limited() {
    let ok = "-".repeat(500) + "x";
    assert!(parse_module(&ok).is_ok());
    let e = error(&("-".repeat(5000) + "x"));
    assert_eq!(e.message, "too many nested expressions");
}

#[test]
fn huge_decimal_literals_are_refused_like_cpython() {
    assert!(parse_module(&"1".repeat(4300)).is_ok());
    let e = error(&"1".repeat(4301));
    assert!(e.message.starts_with(
        "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits"
    ));
    assert!(parse_module(&("0x".to_owned() + &"f".repeat(5000))).is_ok());
}

#[test]
fn fstring_field_errors_are_prefixed() {
    assert_eq!(
        error("f'{a b}'").message,
        "f-string: invalid syntax. Perhaps you forgot a comma?"
    );
    // Tokenizer errors inside a field are not prefixed; an error passes through enclosing
    // fields unchanged unless it was raised outside a field's parser.
    assert_eq!(error("f'{1_}'").message, "invalid decimal literal");
    assert_eq!(
        error("f'{f\"{}\"}'").message,
        "f-string: f-string: empty expression not allowed"
    );
    assert_eq!(
        error("f'{f\"{a b}\"}'").message,
        "f-string: invalid syntax. Perhaps you forgot a comma?"
    );
}

#[test]
fn identifiers_are_nfkc_normalised() {
    let module = parse_module("ﬁ = 1").unwrap();
    let StmtKind::Assign { targets, .. } = &module.body[0].kind else {
        panic!("not an assignment")
    };
    assert!(matches!(&targets[0].kind, ExprKind::Name { id, .. } if id == "fi"));
}

#[test]
fn with_items_in_parentheses_are_items_unless_followed_by_as() {
    let module = parse_module("with (a, b): pass\nwith (a, b) as c: pass\n").unwrap();
    let StmtKind::With(first) = &module.body[0].kind else {
        panic!("not a with")
    };
    assert_eq!(first.items.len(), 2);
    let StmtKind::With(second) = &module.body[1].kind else {
        panic!("not a with")
    };
    assert_eq!(second.items.len(), 1);
    assert!(matches!(
        second.items[0].context_expr.kind,
        ExprKind::Tuple { .. }
    ));
}

/// The LR parser moves every value it reduces through its stack, whose entries are as large
/// as the largest value a grammar symbol may hold: the frequent ones are kept at four words
/// or less (an expression is a box and its depth), the rare large ones are boxed.
#[test]
fn grammar_values_stay_small() {
    use crate::build::args::ArgItem;
    use crate::build::arith::Arith;
    use crate::build::exprs::Generators;
    use crate::build::logic::Logic;
    use crate::build::{Body, Ex, Seq};
    use crate::tokens::Tok;
    use krait_ast::CmpOp;
    use std::mem::size_of;

    assert_eq!(size_of::<Ex>(), 16);
    assert_eq!(size_of::<Option<Ex>>(), 16);
    assert!(size_of::<(Tok, Ex)>() <= 24);
    assert!(size_of::<(CmpOp, Ex)>() <= 24);
    assert!(size_of::<Arith>() <= 24);
    assert!(size_of::<Logic>() <= 24);
    let largest = [
        size_of::<ArgItem>(),
        size_of::<(Vec<ArgItem>, bool)>(),
        size_of::<Seq>(),
        size_of::<Body>(),
        size_of::<Generators>(),
    ];
    assert!(largest.iter().all(|&n| n <= 32), "{largest:?}");
}
