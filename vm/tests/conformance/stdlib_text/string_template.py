# string.Template: substitute, safe_substitute, is_valid, get_identifiers.
from string import Template

t = Template("$who likes ${what}; costs $$10")
print(t.substitute(who="tim", what="ham"))
print(t.substitute({"who": "tim", "what": "ham"}))
print(t.substitute({"who": "tim", "what": "ham"}, what="eggs"))
print(t.safe_substitute(who="tim"))
print(t.is_valid(), t.get_identifiers())
try:
    t.substitute(who="tim")
except KeyError as e:
    print("KeyError", e)
bad = Template("ok\nline two $ here")
try:
    bad.substitute()
except ValueError as e:
    print(type(e).__name__, e)
print(bad.safe_substitute(), bad.is_valid())
try:
    Template("$").substitute()
except ValueError as e:
    print(type(e).__name__, e)
print(Template("$a $b $a ${c} $$d $1").get_identifiers())
print(Template("$x").substitute(x=3.5), Template("${x}y").substitute(x=[1]))
print(Template("$X $x").substitute(X=1, x=2))
print(t.template, Template.delimiter, Template.idpattern, Template.braceidpattern)
print(Template.flags, type(Template.pattern).__name__)
try:
    t.substitute({}, {})
except TypeError as e:
    print(type(e).__name__)
print(Template("$self $mapping").substitute(self=1, mapping=2))
