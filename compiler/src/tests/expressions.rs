//! Snapshots of expression code: operators, constants and folding, comparisons and boolean
//! operators, calls, displays, subscripts, f-strings. Each snapshot was compared by hand
//! with `python3 -m dis` (3.11) on the same source; the differences are Krait's by design
//! (no RESUME/PRECALL/PUSH_NULL/KW_NAMES/CACHE, `MAKE_FUNCTION` takes the qualified name
//! from the stack, `CALL n` counts every argument, `CALL_KW` takes a names tuple).

use super::support::dis_test;

dis_test!(
    arithmetic_and_constants,
    "x = -1\ny = (1, (2, 'a'), -2.5, None)\nz = a * (b + c) ** -d\nw = not a\n"
);
dis_test!(chained_comparison_value, "x = a < b <= c\n");
dis_test!(
    comparison_operators,
    "x = (a is not b, a in b, a not in b, a != b)\n"
);
dis_test!(
    bool_op_values,
    "x = a and b and c\ny = a or b\nz = a if b else c\n"
);
dis_test!(calls, "f()\nf(a, b)\nf(a, k=1, j=2)\no.m(a)\no.m(a, k=1)\n");
dis_test!(
    star_calls,
    "f(*a)\nf(**d)\nf(1, *a, 2, k=3, **d)\nf(x, *a)\n"
);
dis_test!(
    displays,
    "l = [a, b]\nt = (a, b)\ns = {a, b}\nd = {a: 1, 'b': c}\ne = ()\n"
);
dis_test!(
    star_displays,
    "l = [*a, 1]\nt = (*a, 1)\ns = {*a}\nd = {**m, 'x': 1}\n"
);
dis_test!(
    subscripts_and_slices,
    "x = a[i]\ny = a[1:2]\nz = a[::k]\nw = a[i, j:]\n"
);
dis_test!(attributes, "x = a.b.c\na.b = x\ndel a.b\n");
dis_test!(
    fstrings,
    "s = f'x{a!r:>{w}}y'\nt = f'{a}'\nu = f'{a!s}{b!a}'\n"
);
dis_test!(walrus, "if (n := len(a)) > 10:\n    print(n)\n");
