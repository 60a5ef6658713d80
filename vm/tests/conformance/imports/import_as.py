# import a.b as c binds the submodule itself
import pkg_basic.sub.deep.mod as m
print(m.answer, m.__name__)
import pkg_basic.sub as s
print(s.__name__)
print("pkg_basic" in globals(), "m" in globals())
import pkg_basic.plain as p, mod_simple as ms
print(p.x, ms.counter)
