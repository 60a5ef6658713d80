# format(), f-strings and str.format call a subclass's own __format__ (int, float, str
# subclasses), and an empty spec on a str subclass goes through its __str__.
class I(int):
    def __format__(self, spec):
        return "I!" + spec


class F(float):
    def __format__(self, spec):
        return "F<" + spec + ">"


class S(str):
    def __str__(self):
        return "STR"


class T(str):
    def __format__(self, spec):
        return spec.upper() or "empty"


print(format(I(3), "x"), f"{I(3):y}", "{:z}".format(I(3)), f"{I(3)}")
print(format(F(1.5), ".2f"), f"{F(2.0)}")
print(format(S("a")), f"{S('a')}", "{}".format(S("a")), "%s" % S("a"), f"{S('a')!r}")
print(format(T("a"), "abc"), f"{T('x')}")


class Plain(int):
    pass


print(format(Plain(255), "x"), f"{Plain(7):>4}|", f"{Plain(7)}")


class Bad(int):
    def __format__(self, spec):
        return 42


try:
    format(Bad(1))
except TypeError as e:
    print("TypeError", e)

# The builtin types' own __format__, called directly or through super().
print(float.__format__(1.5, '.2f'), (1.5).__format__('e'), int.__format__(3, 'x'),
      str.__format__('a', '>3'), (True).__format__('d'), format(True), format(True, '>5'))


class J(int):
    def __format__(self, spec):
        return 'J' + super().__format__(spec)


class U(str):
    def __format__(self, spec):
        return '<' + super().__format__(spec) + '>'


print(format(J(10), 'x'), f'{J(5)}', format(U('ab'), '^6'))
try:
    float.__format__(1.0, 'q')
except ValueError as e:
    print("ValueError", e)
