import warnings
warnings.filterwarnings("error", module="__main__")
try:
    warnings.warn("from main")
except UserWarning as e:
    print("error in main:", e)
warnings.resetwarnings()
warnings.filterwarnings("error", module="elsewhere")
warnings.warn("not matched, shown")
