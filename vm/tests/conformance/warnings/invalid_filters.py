import warnings
for args in [("bogus",), ("error", 5), ("error", "", int), ("error", "", Warning, 3), ("error", "", Warning, "", -1)]:
    try:
        warnings.filterwarnings(*args)
    except AssertionError as e:
        print("AssertionError", e)
try:
    warnings.simplefilter("nope")
except AssertionError as e:
    print("AssertionError", e)
