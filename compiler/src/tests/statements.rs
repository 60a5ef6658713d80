//! Snapshots of simple statements: assignment forms, augmented and annotated assignment,
//! `del`, imports, `assert`, `raise`, `global`. Compared by hand with `python3 -m dis`.

use super::support::dis_test;

dis_test!(
    assignment_forms,
    "a = b = c\na, b = c\na, *b, c = d\n[a, (b, c)] = d\n"
);
dis_test!(aug_assign_targets, "a += 1\na.b -= 2\na[i] *= 3\n");
dis_test!(delete_targets, "del a, b.c, d[0]\n");
dis_test!(imports, "import a\nimport a.b.c\nimport a.b.c as d\nfrom ..m import x as y, z\nfrom . import w\nfrom m import *\n");
dis_test!(assert_forms, "assert x\nassert x, 'message'\n");
dis_test!(
    raise_forms,
    "def f(a):\n    if a:\n        raise\n    if a:\n        raise E\n    raise E from a\n"
);
dis_test!(
    module_annotations,
    "a: int = 1\nb: str\nc.d: int\ne[0]: int = 2\n"
);
dis_test!(module_docstring, "'''The docs.'''\nx = 1\n");
dis_test!(
    if_elif_else,
    "if a:\n    x = 1\nelif b and c:\n    x = 2\nelse:\n    x = 3\n"
);
dis_test!(
    constant_conditions,
    "if 0:\n    x = 1\nwhile 1:\n    y = 2\n"
);
dis_test!(
    global_declarations,
    "def f():\n    global g\n    g = 1\n    del g\ng = 2\n"
);
