import warnings
warnings.simplefilter("once")
def a():
    warnings.warn("same text")
def b():
    warnings.warn("same text")
a(); b(); a()
warnings.warn("other text")
