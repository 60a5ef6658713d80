import warnings
warnings.simplefilter("error", RuntimeWarning)
print("before")
def f():
    warnings.warn("fatal", RuntimeWarning)
f()
print("not reached")
