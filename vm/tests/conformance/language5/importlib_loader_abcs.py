# The loader ABCs' concrete methods: source to code with the file name, exec_module.
import importlib.abc
import sys


class Mem(importlib.abc.ExecutionLoader):
    def get_source(self, fullname):
        return "value = 6 * 7\n"

    def get_filename(self, fullname):
        return f"<mem {fullname}>"


loader = Mem()
code = loader.get_code("m")
print(code.co_filename)
module = type(sys)("m")
loader.exec_module(module)
print(module.value)


class NoFile(importlib.abc.ExecutionLoader):
    def get_source(self, fullname):
        return "x = 1\n"

    def get_filename(self, fullname):
        raise ImportError


print(NoFile().get_code("n").co_filename)


class Files(importlib.abc.FileLoader):
    def get_source(self, fullname):
        return "answer = 'from ' + __name__\n"


fl = Files("mod", "/nowhere/mod.py")
print(fl.name, fl.path, fl.get_filename("mod"), fl.get_code("mod").co_filename)
mod = type(sys)("mod")
fl.exec_module(mod)
print(mod.answer)


class Bare(importlib.abc.FileLoader):
    pass


try:
    Bare("b", "/b.py")
except TypeError as e:
    print(type(e).__name__)
print(issubclass(importlib.abc.SourceLoader, importlib.abc.ResourceLoader),
      issubclass(importlib.abc.FileLoader, importlib.abc.ExecutionLoader))
for name in ("ExecutionLoader", "InspectLoader", "ResourceLoader", "FileLoader"):
    try:
        getattr(importlib.abc, name)()
    except TypeError as e:
        print(name, type(e).__name__)
