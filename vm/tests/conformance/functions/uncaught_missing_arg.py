def greet(name, greeting):
    return greeting + name

print(greet("a", "b"))
greet("only")
