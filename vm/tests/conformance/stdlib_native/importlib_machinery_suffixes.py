# importlib.machinery's suffix lists.
import importlib.machinery as m
import importlib

print(m.SOURCE_SUFFIXES, ".py" in m.all_suffixes(), importlib.machinery is m)
print(m.__name__)
