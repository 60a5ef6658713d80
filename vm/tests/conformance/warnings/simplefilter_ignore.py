import warnings
warnings.simplefilter("ignore")
warnings.warn("hidden")
warnings.warn("hidden too", RuntimeWarning)
print("nothing on stderr")
