# With warnings as errors, the first warning in source order is the error; the ones after
# it are not issued.
import warnings

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("error", "assertion", SyntaxWarning)
    try:
        compile("a is 1\nassert (a, 1)\nb is 2", "<w>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
print([(x.lineno, str(x.message)) for x in w])
