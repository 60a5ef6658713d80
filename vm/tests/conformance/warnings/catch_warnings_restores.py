import warnings
before = list(warnings.filters)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("ignored inside")
    print(len(warnings.filters) == len(before) + 1)
print(warnings.filters == before)
try:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        warnings.warn("boom")
except UserWarning as e:
    print("raised inside:", e)
print(warnings.filters == before)
cw = warnings.catch_warnings()
print(repr(cw))
try:
    cw.__exit__(None, None, None)
except RuntimeError as e:
    print("RuntimeError", e)
