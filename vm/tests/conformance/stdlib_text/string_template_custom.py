# Template subclasses: their own delimiter, idpattern, braceidpattern, flags or pattern.
import re
from string import Template


class Percent(Template):
    delimiter = "%"


print(Percent("%who owes %{amount}, 100%%").substitute(who="bob", amount=3))


class Dotted(Template):
    idpattern = r"[_a-z][_a-z0-9]*(\.[_a-z][_a-z0-9]*)*"


print(Dotted("$foo.bar and $baz").substitute({"foo.bar": 1, "baz": 2}))


class CaseSensitive(Template):
    flags = 0
    idpattern = r"[a-z]+"


print(CaseSensitive("$lower $UPPER").safe_substitute(lower="x", UPPER="y"))


class Braced(Template):
    braceidpattern = r"[^}]+"


print(Braced("${a b} $c").substitute({"a b": 1, "c": 2}))


class Own(Template):
    pattern = r"""
    @(?:
      (?P<escaped>@) |
      (?P<named>[a-z]+) |
      <(?P<braced>[a-z]+)> |
      (?P<invalid>)
    )
    """


o = Own("@x @<y> @@ z")
print(o.substitute(x=1, y=2), o.get_identifiers(), o.is_valid())
print(type(Own.pattern).__name__, Own.pattern.flags & re.VERBOSE != 0)


class NoGroups(Template):
    pattern = r"#(?P<named>[a-z]+)|#(?P<other>!)"


try:
    NoGroups("#!").substitute()
except (ValueError, IndexError) as e:
    print(type(e).__name__)
