//! The `match` statement: snapshots of each pattern kind's code (compared by hand with
//! `python3 -m dis`, which differs only where CPython's peephole pass drops redundant
//! `SWAP`s and `NOP`s), and the compile-time errors with CPython's messages and ranges.

use super::support::{compile_error, dis_test};

dis_test!(
    match_literals_and_captures,
    "match x:\n    case 1 | -2 | 'a':\n        pass\n    case None:\n        pass\n    case y if y:\n        pass\n    case _:\n        pass\n"
);
dis_test!(
    match_sequences,
    "match x:\n    case [a, b]:\n        pass\n    case (a, *rest):\n        pass\n    case [_, *_, last]:\n        pass\n"
);
dis_test!(
    match_mapping_and_class,
    "def f(x):\n    match x:\n        case {'k': v, **rest}:\n            return v, rest\n        case P(a, b=c):\n            return a, c\n"
);
dis_test!(
    match_or_reorders_captures,
    "match x:\n    case [a, b] | {'b': b, 'a': a}:\n        pass\n"
);

fn check(source: &str, message: &str, text: &str) {
    assert_eq!(
        compile_error(source),
        (message.to_owned(), text.to_owned()),
        "{source}"
    );
}

fn case(pattern: &str) -> String {
    format!("match x:\n    case {pattern}:\n        pass\n    case 0:\n        pass\n")
}

fn last_case(pattern: &str) -> String {
    format!("match x:\n    case {pattern}:\n        pass\n")
}

#[test]
fn unreachable_patterns() {
    check(
        &case("y"),
        "name capture 'y' makes remaining patterns unreachable",
        "y",
    );
    check(
        &case("_"),
        "wildcard makes remaining patterns unreachable",
        "_",
    );
    check(
        &last_case("_ | 1"),
        "wildcard makes remaining patterns unreachable",
        "_",
    );
    check(
        &last_case("(1 | y) | 2"),
        "name capture 'y' makes remaining patterns unreachable",
        "y",
    );
}

#[test]
fn binding_errors() {
    check(
        &last_case("[a] | (b,)"),
        "alternative patterns bind different names",
        "b",
    );
    check(
        &last_case("[a, a]"),
        "multiple assignments to name 'a' in pattern",
        "a",
    );
    check(
        &last_case("[y] | [y] as y"),
        "multiple assignments to name 'y' in pattern",
        "y",
    );
    check(
        &last_case("__debug__"),
        "cannot assign to __debug__",
        "__debug__",
    );
    check(
        &last_case("[a, *b, *c]"),
        "multiple starred names in sequence pattern",
        "[a, *b, *c]",
    );
    check(
        &last_case("C(a=1, a=2)"),
        "attribute name repeated in class pattern: a",
        "2",
    );
}

#[test]
fn duplicate_mapping_keys() {
    check(
        &last_case("{1: a, True: b}"),
        "mapping pattern checks duplicate key (True)",
        "{1: a, True: b}",
    );
    check(
        &last_case("{-1: a, -1.0: b}"),
        "mapping pattern checks duplicate key (-1.0)",
        "{-1: a, -1.0: b}",
    );
    check(
        &last_case("{1j: a, 0+1j: b}"),
        "mapping pattern checks duplicate key (1j)",
        "{1j: a, 0+1j: b}",
    );
    check(
        &last_case("{'a': 1, 'a': 2}"),
        "mapping pattern checks duplicate key ('a')",
        "{'a': 1, 'a': 2}",
    );
}

/// Nested patterns whose captures sit at many stack depths: the code must pass
/// [`crate::verify`] (consistent depths on every path, exact `max_stack`).
#[test]
fn nested_patterns_verify() {
    let sources = [
        "match s:\n    case [a, ([b, c] | {'c': c, 'b': b}), *d] if a:\n        pass\n    case {'k': (x, y) | [y, x], **rest}:\n        pass\n",
        "def f(s):\n    match s:\n        case P(Q(a, b) as q, y=[*c, (1 | 2) as d]) | [[q, a], b, c, d]:\n            return a, b, c, d, q\n        case ((0 | 1) as n, m) | (m, (3 | 4) as n):\n            return n, m\n",
        "for s in t:\n    match s:\n        case [_, *_, 0]:\n            continue\n        case str() | bytes():\n            break\n        case _ if s:\n            pass\n",
    ];
    for source in sources {
        super::support::compile(source);
    }
}
