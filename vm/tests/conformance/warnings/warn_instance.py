import warnings
warnings.warn(RuntimeWarning("an instance"))
class MyWarning(UserWarning):
    pass
warnings.warn(MyWarning("custom class"))
warnings.warn("custom by category", MyWarning)
