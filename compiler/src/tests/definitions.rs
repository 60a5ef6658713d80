//! Snapshots of code objects nested in others: functions (defaults, keyword-only defaults,
//! annotations, closures, cells for captured parameters, docstrings, decorators), lambdas,
//! classes (`__build_class__`, the `__class__` cell), comprehensions and generators.

use super::support::dis_test;

dis_test!(
    function_defaults_and_closures,
    "def g(a, b=1, *c, d, e=2, **f):\n    def h():\n        return a + d\n    return h\n"
);
dis_test!(
    function_annotations,
    "def f(a: int, /, b: 'x' = 1, *c: t, d: u, **e: v) -> w:\n    pass\n"
);
dis_test!(
    docstring_and_decorators,
    "@dec(1)\n@dec2\ndef f():\n    '''Docs.'''\n    return 1\n"
);
dis_test!(lambda_with_default, "f = lambda x, y=2: x + y\n");
dis_test!(nonlocal_counter, "def counter():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n    return inc\n");
dis_test!(class_with_super, "class C(B, metaclass=M):\n    '''Docs.'''\n    x = 1\n    def f(self):\n        return super().f()\n");
dis_test!(class_in_function, "def outer(x):\n    class C:\n        y = x\n        def m(self):\n            return x\n    return C\n");
dis_test!(class_with_star_bases, "class C(*bases, **kw):\n    pass\n");
dis_test!(comprehensions, "def f(a, b):\n    x = [y * a for y in b if y]\n    d = {k: v for k, v in b}\n    s = {a for _ in b}\n    return x, d, s\n");
dis_test!(
    generator_expression_nested,
    "g = (z for x in a if x for z in x)\n"
);
dis_test!(
    generator_function,
    "def gen():\n    x = yield 1\n    yield from x\n    return 2\n"
);
dis_test!(generator_lambda, "f = lambda: (yield)\n");
dis_test!(
    private_names,
    "class C:\n    def __f(self, __a=1, *, __b=2):\n        self.__x = __a\n"
);
dis_test!(
    async_function,
    "async def f(m, it):\n    x = await g()\n    async with m as v:\n        pass\n    async for y in it:\n        break\n    return x\n"
);
dis_test!(
    async_generator_and_comprehensions,
    "async def f(it):\n    yield [x async for x in it]\n    yield (await x for x in it)\n"
);
