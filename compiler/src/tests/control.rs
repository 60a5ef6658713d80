//! Snapshots of control flow: loops with `else`, `break`/`continue`, and CPython 3.11's
//! zero-cost exception handling — `try`/`except`/`else`/`finally` and `with` — including
//! leaving them early with `return`, `break` and `continue`. Each exception table was
//! checked entry by entry against `python3 -m dis`.

use super::support::dis_test;

dis_test!(
    while_else_break_continue,
    "while a:\n    if b:\n        break\n    if c:\n        continue\n    d()\nelse:\n    e()\n"
);
dis_test!(
    for_else_break,
    "for x in xs:\n    if x:\n        break\nelse:\n    f()\n"
);
dis_test!(try_except_as, "try:\n    f()\nexcept E as e:\n    g(e)\n");
dis_test!(
    try_except_else_finally,
    "try:\n    f()\nexcept A:\n    g()\nexcept:\n    h()\nelse:\n    i()\nfinally:\n    j()\n"
);
dis_test!(try_finally, "try:\n    f()\nfinally:\n    g()\n");
dis_test!(return_through_finally_in_loop, "def f(xs):\n    for x in xs:\n        try:\n            return x\n        finally:\n            g()\n");
dis_test!(break_continue_through_finally, "for x in xs:\n    try:\n        if x:\n            break\n        continue\n    finally:\n        g(x)\n");
dis_test!(return_in_except_and_finally, "def f():\n    try:\n        pass\n    except E as e:\n        return e\n    finally:\n        return 3\n");
dis_test!(with_as, "with a as b:\n    body()\n");
dis_test!(with_several_items, "with a() as b, c():\n    body()\n");
dis_test!(return_and_break_in_with, "def f(xs):\n    for x in xs:\n        with open(x) as fh:\n            if fh:\n                return fh.read()\n            break\n");
dis_test!(
    nested_try_in_handler,
    "try:\n    f()\nexcept E:\n    try:\n        g()\n    except F as e:\n        h(e)\n"
);
