import importlib
m = importlib.import_module("pkg_basic.sub.deep.mod")
print(m.__name__, m.answer)
print(importlib.import_module(".sibling", "pkg_rel").shared)
print(importlib.import_module("..sibling", "pkg_rel.inner").__name__)
print(importlib.import_module(".inner", "pkg_rel").__name__)
try:
    importlib.import_module(".x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    importlib.import_module("nowhere_to_be_found")
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
