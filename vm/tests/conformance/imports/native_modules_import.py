# Every module implemented in Rust imports by name, also through importlib.
import importlib
for name in ["sys", "math", "time", "gc", "_weakref", "io", "os", "builtins"]:
    m = importlib.import_module(name)
    print(name, m.__name__, type(m).__name__)
import os.path
print(os.path.join("a", "b"))
