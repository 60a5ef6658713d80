# The compiler's warnings in each compile() mode, and from eval/exec of a string.
import warnings

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    compile("x is 5", "<e>", "eval")
    compile("x is 5\n", "<s>", "single")
    compile("x is 5", "<x>", "exec")
    print(eval("'a' is not 3", {}))
    exec("r = [1, 2] [1.5] if False else 0", {})
for x in w:
    print(x.filename, x.lineno, x.category.__name__, x.message)
