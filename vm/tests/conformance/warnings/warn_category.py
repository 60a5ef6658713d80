import warnings
warnings.warn("runtime trouble", RuntimeWarning)
warnings.warn("bytes trouble", BytesWarning)
warnings.warn("future trouble", FutureWarning)
print("done")
