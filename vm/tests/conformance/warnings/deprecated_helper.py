# `warnings._deprecated`, which CPython's own deprecated modules call on import.
import sys
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings._deprecated("oldmod", remove=(3, 13))
    warnings._deprecated("other", "{name!r} goes in {remove}", remove=(3, 12))
for w in caught:
    print(w.category.__name__, w.message)

try:
    warnings._deprecated("gone", remove=(3, 11))
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    warnings._deprecated("alpha", remove=(3, 11), _version=(3, 11, 0, "alpha", 1))
except RuntimeError as e:
    print("unexpected", e)
else:
    print("alpha of the removal version only warns")
