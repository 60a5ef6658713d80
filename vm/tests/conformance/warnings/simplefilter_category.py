import warnings
warnings.simplefilter("ignore", RuntimeWarning)
warnings.warn("hidden", RuntimeWarning)
warnings.warn("shown", UserWarning)
class Sub(RuntimeWarning):
    pass
warnings.warn("subclass hidden too", Sub)
