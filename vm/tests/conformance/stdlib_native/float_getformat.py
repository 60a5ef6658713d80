# float.__getformat__ reports IEEE doubles.
print(float.__getformat__("double"), float.__getformat__("float"))
try:
    float.__getformat__("int")
except ValueError as e:
    print("ValueError", e)
