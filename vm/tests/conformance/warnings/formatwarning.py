import warnings
print(warnings.formatwarning("msg", UserWarning, "file.py", 12, "    x = compute()\n"), end="")
print(repr(warnings.formatwarning("no line", RuntimeWarning, "<string>", 1, "")))
def fmt(message, category, filename, lineno, line=None):
    return "custom: %s (%s)\n" % (message, category.__name__)
warnings.formatwarning = fmt
warnings.warn("formatted by fmt")
