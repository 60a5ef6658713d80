import warnings
warnings.simplefilter("always")
for i in range(3):
    warnings.warn("every time")
