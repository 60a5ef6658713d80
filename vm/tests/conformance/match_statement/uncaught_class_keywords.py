# The traceback of a failing class pattern written over several lines with keyword
# sub-patterns points at the whole class pattern.
Shape = "not a class"

match {"kind": "circle"}:
    case {"kind": "square"}:
        print("square")
    case Shape(kind="circle",
               radius=r):
        print("circle", r)
