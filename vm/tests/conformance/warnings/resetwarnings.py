import warnings
warnings.resetwarnings()
print(warnings.filters)
warnings.warn("deprecation now shown", DeprecationWarning)
