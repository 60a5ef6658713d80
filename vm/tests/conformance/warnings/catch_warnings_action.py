import warnings
with warnings.catch_warnings(action="error", category=RuntimeWarning):
    try:
        warnings.warn("as error", RuntimeWarning)
    except RuntimeWarning as e:
        print("caught", e)
with warnings.catch_warnings(record=True, action="always") as log:
    warnings.warn("x"); warnings.warn("x")
print(len(log))
