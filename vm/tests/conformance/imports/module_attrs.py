# the attributes a loaded module has
import mod_simple as m, pkg_basic.sub as s
here = __file__.rsplit("/", 1)[0] + "/"
print(m.__name__, m.__doc__, m.__package__ == "")
print(m.__file__.replace(here, ""), s.__file__.replace(here, ""))
print(m.__spec__.name, m.__spec__.origin.replace(here, ""), m.__spec__.parent == "")
print(m.__spec__.submodule_search_locations, m.__spec__.has_location)
print(s.__spec__.name, s.__spec__.parent, [p.replace(here, "") for p in s.__spec__.submodule_search_locations])
print(s.__path__[0].replace(here, ""), s.__package__)
print(m.__loader__ is m.__spec__.loader, m.__builtins__ is __builtins__ or type(m.__builtins__).__name__)
print(sorted(k for k in vars(m) if k.startswith("__")))
