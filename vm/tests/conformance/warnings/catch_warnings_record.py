import warnings
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", RuntimeWarning)
    warnings.warn(DeprecationWarning("third"))
for w in log:
    print(type(w.message).__name__, w.message, w.category.__name__, w.lineno, w.filename.endswith(".py"))
print(len(warnings.filters))
warnings.warn("outside, shown on stderr")
