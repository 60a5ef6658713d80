import warnings
warnings.simplefilter("module")
def a():
    warnings.warn("per module")
def b():
    warnings.warn("per module")
a(); b()
warnings.warn("another")
