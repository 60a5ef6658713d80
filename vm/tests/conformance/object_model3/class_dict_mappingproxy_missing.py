# Looking up a missing key in a class's __dict__ raises KeyError; an uncaught one ends the program.
class C:
    pass


print(C.__dict__.get("missing"))
print(list(C.__dict__.keys())[:1])
C.__dict__["missing"]
