import warnings
warnings.simplefilter("ignore")
warnings.simplefilter("error", RuntimeWarning)
try:
    warnings.warn("rt", RuntimeWarning)
except RuntimeWarning as e:
    print("error wins, it was inserted last:", e)
warnings.warn("user warnings still ignored")
warnings.simplefilter("always", append=True)
print(len(warnings.filters), warnings.filters[0][0], warnings.filters[-1][0])
warnings.simplefilter("error", RuntimeWarning)
print(len(warnings.filters), "(no duplicate)")
