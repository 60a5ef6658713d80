import warnings
def show(message, category, filename, lineno, file=None, line=None):
    print("SHOW", message, category.__name__, lineno, file, line)
warnings.showwarning = show
warnings.warn("through show")
warnings.warn("again", RuntimeWarning)
