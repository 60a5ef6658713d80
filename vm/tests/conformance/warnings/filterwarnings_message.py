import warnings
warnings.filterwarnings("ignore", message="noisy")
warnings.warn("noisy thing")
warnings.warn("NOISY too, case is ignored")
warnings.warn("quiet thing noisy")
print("done")
