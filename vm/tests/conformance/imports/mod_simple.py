"""Docstring of mod_simple."""
counter = 0
def bump():
    global counter
    counter += 1
    return counter
print("mod_simple runs", __name__)
