import warnings
for i in range(3):
    warnings.warn("in a loop")
warnings.warn("in a loop")
def f():
    warnings.warn("from f")
f()
f()
