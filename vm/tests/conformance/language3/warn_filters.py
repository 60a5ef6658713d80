# The compiler's warnings go through the filters: ignored by message or category,
# shown once under "default" for the same location.
import warnings

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", '"is" with a literal', SyntaxWarning)
    compile("x is 1\nassert (x, 1)", "<f>", "exec")
print([str(x.message) for x in w])

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("ignore", SyntaxWarning)
    compile("x is 1\n1if x else 2", "<f>", "exec")
print(len(w))

with warnings.catch_warnings(record=True) as w:
    warnings.resetwarnings()
    warnings.simplefilter("default")
    compile("x is 1", "<g>", "exec")
    compile("x is 1", "<g>", "exec")
    compile("\nx is 1", "<g>", "exec")
print([(x.lineno, str(x.message)) for x in w])
