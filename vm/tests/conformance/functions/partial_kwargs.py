from functools import partial
def greet(greeting, name, punct="!"):
    return f"{greeting}, {name}{punct}"
hi = partial(greet, "Hi")
print(hi("Ann"), hi("Bo", punct="?"))
p = partial(greet, punct=".")
print(p("Hey", "Cy"), p("Yo", "Di", punct="~"))
print(list(map(partial(int, base=2), ["101", "11"])))
