import warnings
warnings.warn_explicit("explicit", UserWarning, "made_up.py", 42)
warnings.warn_explicit("explicit", UserWarning, "made_up.py", 42)
reg = {}
warnings.warn_explicit("with registry", RuntimeWarning, "other.py", 3, registry=reg)
warnings.warn_explicit("with registry", RuntimeWarning, "other.py", 3, registry=reg)
print(sorted(k for k in reg if k != "version"))
warnings.simplefilter("error")
try:
    warnings.warn_explicit("err", UserWarning, "x.py", 1, module="x")
except UserWarning as e:
    print("caught", e)
