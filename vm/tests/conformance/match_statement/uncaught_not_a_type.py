# An uncaught TypeError from a class pattern whose class is not a type.
handlers = {"int": int}
print("start")
match 3:
    case handlers.get():
        print("never")
