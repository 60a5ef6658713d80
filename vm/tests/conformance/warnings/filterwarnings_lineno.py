import warnings
warnings.filterwarnings("ignore", lineno=4)
warnings.warn("line 4 ignored")
warnings.warn("line 5 shown")
