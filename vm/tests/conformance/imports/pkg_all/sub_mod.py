print("sub_mod imported through __all__")
