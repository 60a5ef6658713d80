import warnings
warnings.warn("a plain warning")
print("after")
