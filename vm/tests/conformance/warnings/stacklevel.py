import warnings
def deprecated_api():
    warnings.warn("use the new api", stacklevel=2)
def inner():
    warnings.warn("level 3", stacklevel=3)
def outer():
    inner()
deprecated_api()
outer()
warnings.warn("too deep", stacklevel=50)
