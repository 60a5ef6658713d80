import warnings
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("fields", source=None)
w = log[0]
print(w.message, w.category.__name__, w.lineno, w.file, w.line, w.source)
print(str(w).startswith("{message : UserWarning('fields'), category : 'UserWarning', filename : "))
