"""Krait's `_pickle`: the names of CPython's C accelerator, each standing for the
pure-Python implementation in `pickle` (`Pickler` is `pickle._Pickler`, `dumps` is
`pickle._dumps`, ...), so code and tests that import `_pickle` get the one implementation.

The names are resolved on first use rather than at import: `pickle` imports this module
while it is still being executed, and reads the names back once its own classes exist.
`PickleBuffer` is not provided (pickle then runs without out-of-band buffers)."""

# Each public name and the name of what it stands for in `pickle`.
_FROM_PICKLE = {
    "PickleError": "PickleError",
    "PicklingError": "PicklingError",
    "UnpicklingError": "UnpicklingError",
    "Pickler": "_Pickler",
    "Unpickler": "_Unpickler",
    "dump": "_dump",
    "dumps": "_dumps",
    "load": "_load",
    "loads": "_loads",
}


def __getattr__(name):
    source = _FROM_PICKLE.get(name)
    if source is None:
        raise AttributeError(f"module '_pickle' has no attribute '{name}'")
    import pickle
    value = getattr(pickle, source)
    if type(value).__name__ == "function":
        # C functions do not bind as methods: a class that takes `load = _pickle.load` as
        # an attribute (test_pickle's) calls it without the instance.
        value = staticmethod(value)
    globals()[name] = value
    return value


def __dir__():
    return sorted(set(globals()) | set(_FROM_PICKLE))
