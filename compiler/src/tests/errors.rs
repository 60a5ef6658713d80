//! The compile-time errors: CPython 3.11's message and the source range it points at, for
//! each case checked with `compile()` in CPython (which gives the same line and columns).

use super::support::compile_error;

fn check(source: &str, message: &str, text: &str) {
    assert_eq!(
        compile_error(source),
        (message.to_owned(), text.to_owned()),
        "{source}"
    );
}

#[test]
fn scope_errors() {
    check(
        "nonlocal x\n",
        "nonlocal declaration not allowed at module level",
        "nonlocal x",
    );
    check(
        "def f():\n    nonlocal x\n",
        "no binding for nonlocal 'x' found",
        "nonlocal x",
    );
    check(
        "def f():\n    x = 1\n    global x\n",
        "name 'x' is assigned to before global declaration",
        "global x",
    );
    check(
        "def f():\n    print(x)\n    global x\n",
        "name 'x' is used prior to global declaration",
        "global x",
    );
    check(
        "def f(x):\n    global x\n",
        "name 'x' is parameter and global",
        "global x",
    );
    check(
        "def f(x):\n    nonlocal x\n",
        "name 'x' is parameter and nonlocal",
        "nonlocal x",
    );
    check(
        "def f():\n    global x\n    nonlocal x\n",
        "name 'x' is nonlocal and global",
        "global x",
    );
    check(
        "def f(x, x): pass\n",
        "duplicate argument 'x' in function definition",
        "x",
    );
    check(
        "def f():\n    x: int\n    global x\n",
        "annotated name 'x' can't be global",
        "global x",
    );
    check(
        "def f():\n    from m import *\n",
        "import * only allowed at module level",
        "*",
    );
}

#[test]
fn misplaced_statements() {
    check("return 1\n", "'return' outside function", "return 1");
    check(
        "class C:\n    return\n",
        "'return' outside function",
        "return",
    );
    check("break\n", "'break' outside loop", "break");
    check("continue\n", "'continue' not properly in loop", "continue");
    check(
        "def f():\n    for x in y:\n        def g():\n            break\n",
        "'break' outside loop",
        "break",
    );
    check("yield 1\n", "'yield' outside function", "yield 1");
    check(
        "class C:\n    yield 1\n",
        "'yield' outside function",
        "yield 1",
    );
    check(
        "[(yield x) for x in y]\n",
        "'yield' inside list comprehension",
        "yield x",
    );
    check("await x\n", "'await' outside function", "await x");
    check(
        "def f():\n    await x\n",
        "'await' outside async function",
        "await x",
    );
}

#[test]
fn invalid_targets_and_arguments() {
    check("f(a=1, a=2)\n", "keyword argument repeated: a", "a=2");
    check(
        "*a = b\n",
        "starred assignment target must be in a list or tuple",
        "*a",
    );
    check(
        "a, *b, *c = d\n",
        "multiple starred expressions in assignment",
        "a, *b, *c",
    );
    check(
        "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n",
        "default 'except:' must be last",
        "except:\n    pass",
    );
}

#[test]
fn assignment_expression_scopes() {
    check(
        "[x := 1 for x in y]\n",
        "assignment expression cannot rebind comprehension iteration variable 'x'",
        "x",
    );
    check(
        "class C:\n    [y := 1 for x in z]\n",
        "assignment expression within a comprehension cannot be used in a class body",
        "y",
    );
    check(
        "[x for x in (y := z)]\n",
        "assignment expression cannot be used in a comprehension iterable expression",
        "y := z",
    );
}

#[test]
fn async_errors() {
    check("x = 1 + await  g\n", "'await' outside function", "await  g");
    check(
        "class C:\n    await x\n",
        "'await' outside function",
        "await x",
    );
    check(
        "def f():\n    x = 1 + await g\n",
        "'await' outside async function",
        "await g",
    );
    check(
        "async def f():\n    lambda: await x\n",
        "'await' outside async function",
        "await x",
    );
    check(
        "async def f():\n    def g():\n        await x\n",
        "'await' outside async function",
        "await x",
    );
    check(
        "async def f():\n    x = 1 + (yield from g)\n",
        "'yield from' inside async function",
        "yield from g",
    );
    check(
        "async def f():\n    yield 1\n    return  (3)\n",
        "'return' with value in async generator",
        "return  (3)",
    );
    check(
        "async def f():\n    return None\n    yield\n",
        "'return' with value in async generator",
        "return None",
    );
    check(
        "def f():\n    async for x in y:\n        pass\n",
        "'async for' outside async function",
        "async for x in y:\n        pass",
    );
    check(
        "async for x in y:\n    pass\n",
        "'async for' outside async function",
        "async for x in y:\n    pass",
    );
    check(
        "def f():\n    async with a as b, c:\n        pass\n",
        "'async with' outside async function",
        "async with a as b, c:\n        pass",
    );
    check(
        "def f():\n    return 1 + [x async for x in y]\n",
        "asynchronous comprehension outside of an asynchronous function",
        "[x async for x in y]",
    );
    check(
        "def f():\n    return 1 + {await x for x in y}\n",
        "asynchronous comprehension outside of an asynchronous function",
        "{await x for x in y}",
    );
    check(
        "def f():\n    return [[x async for x in z] for z in y]\n",
        "asynchronous comprehension outside of an asynchronous function",
        "[[x async for x in z] for z in y]",
    );
    check(
        "[x async for x in y]\n",
        "asynchronous comprehension outside of an asynchronous function",
        "[x async for x in y]",
    );
}

#[test]
fn jumps_out_of_except_star() {
    let message = "'break', 'continue' and 'return' cannot appear in an except* block";
    check(
        "for i in x:\n    try:\n        pass\n    except* E:\n        break\n",
        message,
        "break",
    );
    check(
        "for i in x:\n    try:\n        pass\n    except* E:\n        continue\n",
        message,
        "continue",
    );
    check(
        "def f():\n    try:\n        pass\n    except* E:\n        return 1\n",
        message,
        "1",
    );
    check(
        "def f():\n    try:\n        pass\n    except* E:\n        return g(1)\n",
        message,
        "return g(1)",
    );
    check(
        "def f():\n    try:\n        pass\n    except* E:\n        for i in x:\n            return\n",
        message,
        "return",
    );
    // Outside any loop the except* error still wins, as in CPython.
    check("try:\n    pass\nexcept* E:\n    break\n", message, "break");
}

#[test]
fn future_imports() {
    let late = "from __future__ imports must occur at the beginning of the file";
    check(
        "import os\nfrom __future__ import annotations\n",
        late,
        "from __future__ import annotations",
    );
    check(
        "def f():\n    from __future__ import division\n",
        late,
        "from __future__ import division",
    );
    // Found in every kind of nested body: handlers, `case` blocks, classes after a lambda.
    check(
        "try:\n    pass\nexcept E:\n    from __future__ import division\n",
        late,
        "from __future__ import division",
    );
    check(
        "match x:\n    case [1, *_] if f(lambda: 0):\n        from __future__ import division\n",
        late,
        "from __future__ import division",
    );
    check(
        "with f(lambda: 0) as g:\n    class C(k=1):\n        from __future__ import division\n",
        late,
        "from __future__ import division",
    );
    check(
        "from __future__ import annotations\n'late doc'\nfrom __future__ import division\n",
        late,
        "from __future__ import division",
    );
    check(
        "'''doc'''\nfrom __future__ import nested_scopes, braces\n",
        "not a chance",
        "",
    );
    check(
        "from __future__ import nested_scopes, rested\n",
        "future feature rested is not defined",
        "",
    );
    // After the docstring and other future imports is the right place.
    super::support::compile(
        "'''doc'''\nfrom __future__ import annotations\nfrom __future__ import division\nx = 1\n",
    );
}
