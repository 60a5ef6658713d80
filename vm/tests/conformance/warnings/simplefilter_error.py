import warnings
warnings.simplefilter("error")
try:
    warnings.warn("now an error")
except UserWarning as e:
    print("caught", type(e).__name__, e.args)
try:
    warnings.warn("runtime", RuntimeWarning)
except RuntimeWarning as e:
    print("caught", type(e).__name__, e)
