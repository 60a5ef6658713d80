# Which attributes an exception keeps outside its __dict__ (errno, name, obj, …) depends on
# the slotted builtin bases in its MRO; the first in a fixed order wins. Also the args of
# exceptions the VM raises itself and of those made by BaseException.__new__/__init__.


class AppError(Exception):
    def __init__(self, key):
        Exception.__init__(self, key)
        self.key = key


class MyAttr(AttributeError):
    pass


class MyOS(OSError):
    pass


class Both(MyAttr, AppError):
    pass


class Deep(MyAttr):
    pass


class Meta(type):
    def mro(cls):
        return super().mro()


class WithMeta(NameError, metaclass=Meta):
    pass


for cls in (AppError, MyAttr, MyOS, Both, Deep, WithMeta, UnicodeDecodeError, SyntaxError):
    e = cls.__new__(cls)
    for field in ("key", "name", "obj", "path", "errno", "print_file_and_line", "reason"):
        try:
            setattr(e, field, 7)
        except AttributeError as err:
            print(cls.__name__, field, "refused:", err)
            continue
        print(cls.__name__, field, "in __dict__:", field in e.__dict__)

a = AppError("k")
print(a.args, a.key, a.__dict__)
print(Exception.__new__(Exception, 1, 2).args, Exception().args)
e = MyAttr("m")
e.name = "nm"
e.obj = 3
print(e.name, e.obj, e.__dict__, e.args)

try:
    {}["missing"]
except KeyError as k:
    print(repr(k), k.args)
try:
    [][1]
except IndexError as i:
    print(repr(i), i.args)
try:
    1 // 0
except ZeroDivisionError as z:
    print(repr(z), z.args)
try:
    object().nope
except AttributeError as x:
    print(repr(x), x.args, x.name, type(x.obj).__name__)
